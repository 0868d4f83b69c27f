#include "storage/slarepository.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"

namespace bantam {

namespace {

const QString kClockColumns = QStringLiteral(
    "id, lead_id, policy_id, owner_id, started_at, due_soon_at, due_at, stopped_at, outcome, "
    "elapsed_secs, stopped_by");

SlaClock clockFrom(const QSqlQuery &q)
{
    SlaClock c;
    c.id = q.value(0).toLongLong();
    c.leadId = q.value(1).toLongLong();
    c.policyId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        c.ownerId = q.value(3).toLongLong();
    c.startedAt = sql::fromEpoch(q.value(4));
    c.dueSoonAt = sql::fromEpoch(q.value(5));
    c.dueAt = sql::fromEpoch(q.value(6));
    c.stoppedAt = sql::fromEpoch(q.value(7));
    c.outcome = clockOutcomeFromKey(q.value(8).toString());
    if (!q.value(9).isNull())
        c.elapsedSecs = q.value(9).toLongLong();
    c.stoppedBy = q.value(10).toString();
    return c;
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant();
}

void bindPolicy(QSqlQuery &q, const SlaPolicy &p)
{
    QStringList stages;
    for (Stage s : p.stages)
        stages << stageKey(s);
    q.bindValue(QStringLiteral(":code"), p.code.trimmed());
    q.bindValue(QStringLiteral(":name"), p.name.trimmed());
    q.bindValue(QStringLiteral(":kind"), p.kind);
    q.bindValue(QStringLiteral(":stages"), stages.join(QLatin1Char(',')));
    q.bindValue(QStringLiteral(":fast"), p.fastTrack ? QVariant(*p.fastTrack ? 1 : 0) : QVariant());
    q.bindValue(QStringLiteral(":score"), p.minScore);
    q.bindValue(QStringLiteral(":allowed"), p.allowed);
    q.bindValue(QStringLiteral(":unit"), slaUnitKey(p.unit));
    q.bindValue(QStringLiteral(":soon"), p.dueSoonPercent);
    q.bindValue(QStringLiteral(":activities"), p.stopActivities.join(QLatin1Char(',')));
    q.bindValue(QStringLiteral(":actions"), p.stopActions.join(QLatin1Char(',')));
    q.bindValue(QStringLiteral(":restart"), p.restartOnReassign ? 1 : 0);
    q.bindValue(QStringLiteral(":escalate"), p.escalate ? 1 : 0);
    q.bindValue(QStringLiteral(":reassign"), p.autoReassign ? 1 : 0);
    q.bindValue(QStringLiteral(":active"), p.active ? 1 : 0);
    q.bindValue(QStringLiteral(":sort"), p.sortOrder);
}

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

} // namespace

Result<BusinessCalendar> SlaRepository::calendar() const
{
    BusinessCalendar c;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT time_zone FROM sla_calendar WHERE id = 1")))
        return sql::errorOf(q, Database::tr("reading the business calendar"));
    if (q.next()) {
        const QTimeZone zone(q.value(0).toString().toUtf8());
        if (!zone.isValid())
            return Error::invalid(
                Database::tr("The business calendar's time zone '%1' is not known on "
                             "this computer (is tzdata installed?).")
                    .arg(q.value(0).toString()),
                QStringLiteral("timeZone"));
        c.setTimeZone(zone);
    }
    if (!q.exec(QStringLiteral("SELECT weekday, start_minute, end_minute FROM sla_working_hours")))
        return sql::errorOf(q, Database::tr("reading the working hours"));
    while (q.next()) {
        const int day = q.value(0).toInt();
        if (day >= 1 && day <= 7)
            c.setHours(day, {q.value(1).toInt(), q.value(2).toInt()});
    }
    if (!q.exec(QStringLiteral("SELECT day, name FROM sla_holidays")))
        return sql::errorOf(q, Database::tr("reading the holidays"));
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (day.isValid())
            c.addHoliday(day, q.value(1).toString());
    }
    return c;
}

Result<std::vector<SlaPolicy>> SlaRepository::policies() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, code, name, clock_kind, stages, fast_track, min_score, allowed, "
            "unit, due_soon_percent, stop_activities, stop_actions, "
            "restart_on_reassign, escalate, auto_reassign, active, sort_order "
            "FROM sla_policies ORDER BY sort_order, id")))
        return sql::errorOf(q, Database::tr("reading the SLA policies"));
    std::vector<SlaPolicy> out;
    while (q.next()) {
        SlaPolicy p;
        p.id = q.value(0).toLongLong();
        p.code = q.value(1).toString();
        p.name = q.value(2).toString();
        p.kind = q.value(3).toString();
        for (const QString &key : listOf(q.value(4).toString())) {
            if (auto s = stageFromKey(key))
                p.stages.push_back(*s);
        }
        if (!q.value(5).isNull())
            p.fastTrack = q.value(5).toInt() != 0;
        p.minScore = q.value(6).toInt();
        p.allowed = q.value(7).toInt();
        p.unit = slaUnitFromKey(q.value(8).toString()).value_or(SlaUnit::BusinessMinutes);
        p.dueSoonPercent = q.value(9).toInt();
        p.stopActivities = listOf(q.value(10).toString());
        p.stopActions = listOf(q.value(11).toString());
        p.restartOnReassign = q.value(12).toInt() != 0;
        p.escalate = q.value(13).toInt() != 0;
        p.autoReassign = q.value(14).toInt() != 0;
        p.active = q.value(15).toInt() != 0;
        p.sortOrder = q.value(16).toInt();
        out.push_back(std::move(p));
    }
    return out;
}

Result<void> SlaRepository::setTimeZone(const QByteArray &zoneId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sla_calendar SET time_zone = :zone WHERE id = 1"));
    q.bindValue(QStringLiteral(":zone"), QString::fromUtf8(zoneId));
    return sql::run(q, Database::tr("saving the calendar's time zone"));
}

Result<void> SlaRepository::setWorkingHours(int weekday, const WorkingHours &hours) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE sla_working_hours SET start_minute = :start, end_minute = :end "
                       "WHERE weekday = :day"));
    q.bindValue(QStringLiteral(":start"), hours.startMinute);
    q.bindValue(QStringLiteral(":end"), hours.endMinute);
    q.bindValue(QStringLiteral(":day"), weekday);
    return sql::run(q, Database::tr("saving the working hours"));
}

Result<void> SlaRepository::addHoliday(const QDate &day, const QString &name) const
{
    QSqlQuery q(m_db.connection());
    // Remove and insert: the same statements on SQLite and PostgreSQL (no upsert needed).
    q.prepare(QStringLiteral("DELETE FROM sla_holidays WHERE day = :day"));
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (auto r = sql::run(q, Database::tr("saving a holiday")); !r)
        return r;
    q.prepare(QStringLiteral("INSERT INTO sla_holidays (day, name) VALUES (:day, :name)"));
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":name"), name);
    return sql::run(q, Database::tr("saving a holiday"));
}

Result<bool> SlaRepository::removeHoliday(const QDate &day) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sla_holidays WHERE day = :day"));
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (auto r = sql::run(q, Database::tr("removing a holiday")); !r)
        return r.error();
    return q.numRowsAffected() > 0;
}

Result<qint64> SlaRepository::insertPolicy(const SlaPolicy &policy) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sla_policies (code, name, clock_kind, stages, fast_track, min_score, "
        "allowed, unit, due_soon_percent, stop_activities, stop_actions, "
        "restart_on_reassign, escalate, auto_reassign, active, sort_order) VALUES "
        "(:code, :name, :kind, :stages, :fast, :score, :allowed, :unit, :soon, "
        ":activities, :actions, :restart, :escalate, :reassign, :active, :sort) "
        "RETURNING id"));
    bindPolicy(q, policy);
    return sql::insertReturningId(q, Database::tr("saving the SLA policy '%1'").arg(policy.code));
}

Result<void> SlaRepository::updatePolicy(const SlaPolicy &policy) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE sla_policies SET code = :code, name = :name, clock_kind = :kind, "
        "stages = :stages, fast_track = :fast, min_score = :score, allowed = :allowed, "
        "unit = :unit, due_soon_percent = :soon, stop_activities = :activities, "
        "stop_actions = :actions, restart_on_reassign = :restart, escalate = :escalate, "
        "auto_reassign = :reassign, active = :active, sort_order = :sort WHERE id = :id"));
    bindPolicy(q, policy);
    q.bindValue(QStringLiteral(":id"), policy.id);
    if (auto r = sql::run(q, Database::tr("saving the SLA policy '%1'").arg(policy.code)); !r)
        return r;
    if (q.numRowsAffected() == 0)
        return Error::notFound(Database::tr("There is no SLA policy with id %1.").arg(policy.id));
    return {};
}

namespace {

// A lead's clocks: the open ones (in the order they started) or all.
// query: prepared once by the caller for repeated reads (a batch of stage changes), or empty.
Result<std::vector<SlaClock>> clocksOfLead(
    const Database &db, qint64 leadId, bool openOnly, std::optional<QSqlQuery> &query)
{
    if (!query) {
        query.emplace(db.connection());
        query->setForwardOnly(true);
        query->prepare(
            QStringLiteral("SELECT %1 FROM sla_clocks WHERE lead_id = :lead%2 ORDER BY started_at, "
                           "id")
                .arg(kClockColumns,
                    openOnly ? QStringLiteral(" AND stopped_at IS NULL") : QString()));
    }
    QSqlQuery &q = *query;
    q.bindValue(QStringLiteral(":lead"), leadId);
    if (auto r = sql::run(q, Database::tr("reading the SLA clocks of lead %1").arg(leadId)); !r)
        return r.error();
    std::vector<SlaClock> out;
    while (q.next())
        out.push_back(clockFrom(q));
    q.finish();
    return out;
}

} // namespace

Result<std::vector<SlaClock>> SlaRepository::openClocks(qint64 leadId) const
{
    return clocksOfLead(m_db, leadId, true, m_openClocks);
}

Result<std::vector<SlaClock>> SlaRepository::clocksOf(qint64 leadId) const
{
    std::optional<QSqlQuery> once;
    return clocksOfLead(m_db, leadId, false, once);
}

namespace {

// Positional (?) placeholders: the Qt drivers and SQLite's C API take the same statement.
const char *const kInsertClock
    = "INSERT INTO sla_clocks (lead_id, policy_id, owner_id, started_at, start_week, due_soon_at, "
      "due_at, stopped_at, outcome, elapsed_secs, stopped_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?)";

QVariantList insertValues(const SlaClock &c)
{
    return {c.leadId, c.policyId, optionalId(c.ownerId), sql::epoch(c.startedAt),
        slaWeekOf(c.startedAt), sql::epoch(c.dueSoonAt), sql::epoch(c.dueAt),
        sql::epoch(c.stoppedAt), clockOutcomeKey(c.outcome), optionalId(c.elapsedSecs),
        sql::text(c.stoppedBy)};
}

} // namespace

Result<void> SlaRepository::save(std::vector<SlaClock> &clocks) const
{
    for (SlaClock &c : clocks) {
        if (!c.changed)
            continue;
        if (c.id == 0 && m_db.dialect() == Database::Dialect::Sqlite) {
            // SQLite: through the C API, a rebuild inserts millions of clocks (the Qt driver's
            // per-value conversions cost more than the insert).
            if (!m_bulkInsert)
                m_bulkInsert = std::make_shared<SqliteStatement>(
                    m_db.connection(), kInsertClock, Database::tr("starting an SLA clock"));
            if (!m_bulkInsert->ok())
                return m_bulkInsert->error();
            if (auto w = m_bulkInsert->runRow(insertValues(c)); !w)
                return w;
            c.id = m_bulkInsert->lastInsertRowId();
        } else if (c.id == 0) {
            if (!m_insert) {
                m_insert.emplace(m_db.connection());
                m_insert->prepare(QString::fromLatin1(kInsertClock) + sql::returningId(m_db));
            }
            QSqlQuery &q = *m_insert;
            const QVariantList values = insertValues(c);
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values[i]);
            auto id = sql::insertReturningId(
                q, Database::tr("starting an SLA clock of lead %1").arg(c.leadId));
            if (!id)
                return id.error();
            c.id = id.value();
        } else {
            if (!m_update) {
                m_update.emplace(m_db.connection());
                m_update->prepare(
                    QStringLiteral("UPDATE sla_clocks SET owner_id = :owner, stopped_at = "
                                   ":stopped, outcome = :outcome, "
                                   "elapsed_secs = :elapsed, stopped_by = :by WHERE id = :id"));
            }
            QSqlQuery &q = *m_update;
            q.bindValue(QStringLiteral(":owner"), optionalId(c.ownerId));
            q.bindValue(QStringLiteral(":stopped"), sql::epoch(c.stoppedAt));
            q.bindValue(QStringLiteral(":outcome"), clockOutcomeKey(c.outcome));
            q.bindValue(QStringLiteral(":elapsed"), optionalId(c.elapsedSecs));
            q.bindValue(QStringLiteral(":by"), sql::text(c.stoppedBy));
            q.bindValue(QStringLiteral(":id"), c.id);
            if (auto r
                = sql::run(q, Database::tr("updating an SLA clock of lead %1").arg(c.leadId));
                !r)
                return r;
        }
        c.changed = false;
    }
    return {};
}

Result<void> SlaRepository::deleteClocks(qint64 fromId, qint64 toId) const
{
    // The breaches were recorded on these clocks: they go first.
    for (const char *table : {"sla_breaches", "sla_clocks"}) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE lead_id >= :from AND lead_id < :to")
                      .arg(QLatin1String(table)));
        q.bindValue(QStringLiteral(":from"), fromId);
        q.bindValue(QStringLiteral(":to"), toId);
        if (auto r = sql::run(q, Database::tr("removing the SLA clocks")); !r)
            return r;
    }
    return {};
}

Result<LeadIdRange> SlaRepository::leadIdRange() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT min(id), max(id), count(*) FROM leads")))
        return sql::errorOf(q, Database::tr("counting the leads"));
    q.next();
    return LeadIdRange {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Result<std::map<qint64, SlaLeadFacts>> SlaRepository::leadFacts(qint64 fromId, qint64 toId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, stage, owner_id, fast_track, score FROM leads "
                             "WHERE id >= :lo AND id < :hi"));
    q.bindValue(QStringLiteral(":lo"), fromId);
    q.bindValue(QStringLiteral(":hi"), toId);
    if (auto r = sql::run(q, Database::tr("reading leads for the SLA clocks")); !r)
        return r.error();
    std::map<qint64, SlaLeadFacts> leads;
    while (q.next()) {
        SlaLeadFacts f;
        f.leadId = q.value(0).toLongLong();
        f.stage = stageFromKey(q.value(1).toString()).value_or(Stage::Lead);
        if (!q.value(2).isNull())
            f.ownerId = q.value(2).toLongLong();
        f.fastTrack = q.value(3).toInt() != 0;
        f.score = q.value(4).toInt();
        leads[f.leadId] = f;
    }
    return leads;
}

Result<std::map<qint64, std::vector<SlaLeadEvent>>> SlaRepository::leadEvents(
    qint64 fromId, qint64 toId, const QStringList &activityTypes) const
{
    std::map<qint64, std::vector<SlaLeadEvent>> events;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT lead_id, changed_at, action, from_stage, to_stage FROM stage_history "
        "WHERE lead_id >= :lo AND lead_id < :hi ORDER BY lead_id, changed_at, id"));
    q.bindValue(QStringLiteral(":lo"), fromId);
    q.bindValue(QStringLiteral(":hi"), toId);
    if (auto r = sql::run(q, Database::tr("reading the stage history for the SLA clocks")); !r)
        return r.error();
    while (q.next()) {
        SlaLeadEvent e;
        e.at = sql::fromEpoch(q.value(1));
        e.action = q.value(2).toString();
        e.from = stageFromKey(q.value(3).toString());
        e.to = stageFromKey(q.value(4).toString()).value_or(Stage::Lead);
        events[q.value(0).toLongLong()].push_back(std::move(e));
    }
    if (activityTypes.isEmpty())
        return events;
    QStringList typeParams;
    for (int i = 0; i < activityTypes.size(); ++i)
        typeParams << QStringLiteral(":t%1").arg(i);
    q.prepare(
        QStringLiteral("SELECT lead_id, occurred_at, type FROM activities WHERE lead_id >= :lo "
                       "AND lead_id < :hi AND type IN (%1) ORDER BY lead_id, occurred_at, id")
            .arg(typeParams.join(QLatin1String(", "))));
    q.bindValue(QStringLiteral(":lo"), fromId);
    q.bindValue(QStringLiteral(":hi"), toId);
    for (int i = 0; i < activityTypes.size(); ++i)
        q.bindValue(typeParams[i], activityTypes[i]);
    if (auto r = sql::run(q, Database::tr("reading the activities for the SLA clocks")); !r)
        return r.error();
    while (q.next()) {
        SlaLeadEvent e;
        e.at = sql::fromEpoch(q.value(1));
        e.isActivity = true;
        e.action = q.value(2).toString();
        events[q.value(0).toLongLong()].push_back(std::move(e));
    }
    return events;
}

Result<DeferredIndexes> SlaRepository::dropIndexesForRebuild() const
{
    return DeferredIndexes::drop(m_db,
        {QStringLiteral("sla_clocks"), QStringLiteral("sla_breaches")},
        {QStringLiteral("idx_sla_clocks_lead")});
}

Result<void> SlaRepository::recordPastBreaches(
    const QDateTime &now, qint64 fromId, qint64 toId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sla_breaches (clock_id, lead_id, policy_id, owner_id, team_id, "
        "breached_at, recorded_at) SELECT c.id, c.lead_id, c.policy_id, c.owner_id, "
        "u.team_id, c.due_at, :now FROM sla_clocks c LEFT JOIN users u ON u.id = c.owner_id "
        "WHERE c.stopped_at IS NULL AND c.due_at <= :now2 AND c.lead_id >= :from AND "
        "c.lead_id < :to ORDER BY c.id")); // the breaches numbered as their clocks, whatever plan
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    q.bindValue(QStringLiteral(":now2"), sql::epoch(now));
    q.bindValue(QStringLiteral(":from"), fromId);
    q.bindValue(QStringLiteral(":to"), toId);
    if (auto r = sql::run(q, Database::tr("recording past SLA breaches")); !r)
        return r;
    q.prepare(QStringLiteral("UPDATE sla_clocks SET escalated_at = :now WHERE stopped_at IS NULL "
                             "AND due_at <= :now2 AND lead_id >= :from AND lead_id < :to"));
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    q.bindValue(QStringLiteral(":now2"), sql::epoch(now));
    q.bindValue(QStringLiteral(":from"), fromId);
    q.bindValue(QStringLiteral(":to"), toId);
    return sql::run(q, Database::tr("recording past SLA breaches"));
}

Result<std::vector<DueBreach>> SlaRepository::dueForEscalation(
    const QDateTime &now, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT c.id, c.lead_id, c.policy_id, c.owner_id, u.team_id, c.due_at "
                       "FROM sla_clocks c LEFT JOIN users u ON u.id = c.owner_id "
                       "WHERE c.stopped_at IS NULL AND c.escalated_at IS NULL AND c.due_at <= :now "
                       "ORDER BY c.due_at LIMIT :limit"));
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (auto r = sql::run(q, Database::tr("looking for SLA breaches")); !r)
        return r.error();
    std::vector<DueBreach> out;
    while (q.next()) {
        DueBreach b;
        b.clockId = q.value(0).toLongLong();
        b.leadId = q.value(1).toLongLong();
        b.policyId = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            b.ownerId = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            b.teamId = q.value(4).toLongLong();
        b.dueAt = sql::fromEpoch(q.value(5));
        out.push_back(b);
    }
    return out;
}

Result<void> SlaRepository::recordBreach(const DueBreach &b, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sla_breaches (clock_id, lead_id, policy_id, owner_id, team_id, "
        "breached_at, recorded_at) VALUES (:clock, :lead, :policy, :owner, :team, :due, "
        ":now)"));
    q.bindValue(QStringLiteral(":clock"), b.clockId);
    q.bindValue(QStringLiteral(":lead"), b.leadId);
    q.bindValue(QStringLiteral(":policy"), b.policyId);
    q.bindValue(QStringLiteral(":owner"), optionalId(b.ownerId));
    q.bindValue(QStringLiteral(":team"), optionalId(b.teamId));
    q.bindValue(QStringLiteral(":due"), sql::epoch(b.dueAt));
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    if (auto r = sql::run(q, Database::tr("recording an SLA breach of lead %1").arg(b.leadId)); !r)
        return r;
    q.prepare(QStringLiteral("UPDATE sla_clocks SET escalated_at = :now WHERE id = :clock"));
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    q.bindValue(QStringLiteral(":clock"), b.clockId);
    return sql::run(q, Database::tr("recording an SLA breach of lead %1").arg(b.leadId));
}

Result<std::map<QString, qint64>> SlaRepository::mqlTargets() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT month, target FROM sla_mql_targets")))
        return sql::errorOf(q, Database::tr("reading the MQL targets"));
    std::map<QString, qint64> out;
    while (q.next())
        out[q.value(0).toString()] = q.value(1).toLongLong();
    return out;
}

Result<void> SlaRepository::setMqlTarget(const QString &month, std::optional<qint64> target) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sla_mql_targets WHERE month = :month"));
    q.bindValue(QStringLiteral(":month"), month);
    if (auto r = sql::run(q, Database::tr("saving the MQL target for %1").arg(month));
        !r || !target)
        return r;
    q.prepare(
        QStringLiteral("INSERT INTO sla_mql_targets (month, target) VALUES (:month, :target)"));
    q.bindValue(QStringLiteral(":month"), month);
    q.bindValue(QStringLiteral(":target"), *target);
    return sql::run(q, Database::tr("saving the MQL target for %1").arg(month));
}

Result<bool> SlaRepository::holdEscalationLock() const
{
    if (!m_db.isServer())
        return true;
    QSqlQuery q(m_db.connection());
    // The key: "bant" and 1, the only advisory lock Bantam keeps (migrations use their own).
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(:key)"));
    q.bindValue(QStringLiteral(":key"), (qint64(0x62616e74) << 32) | 1);
    if (auto r = sql::run(q, Database::tr("taking the escalation lock")); !r)
        return r.error();
    return q.next() && q.value(0).toBool();
}

} // namespace bantam
