#include "storage/routingrepository.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bantam {

namespace {

// What the workload report reads of each assignment (migration 22). A new assignment is its
// lead's latest by id: it takes (kFactsColumns) the time of the lead's latest earlier assignment
// to the same rep and the lead's milestones, and has no later one to someone else yet; the lead's
// earlier assignments to other reps take its time as their next one to someone else, unless they
// have an earlier one already.
const QString kFactsColumns = QStringLiteral("prev_same_at, lead_sql_at, lead_won_at");
QString factsValues(const QString &lead, const QString &user)
{
    return QStringLiteral("(SELECT max(p.assigned_at) FROM assignments p WHERE p.lead_id = %1 AND "
                          "p.user_id + 0 = %2), (SELECT l.sql_at FROM leads l WHERE l.id = %1), "
                          "(SELECT l.won_at FROM leads l WHERE l.id = %1)")
        .arg(lead, user);
}
QString nextOtherSql(const QString &whichLeads, const QString &newUser)
{
    return QStringLiteral("UPDATE assignments SET next_other_at = ? WHERE lead_id IN (%1) AND "
                          "user_id <> %2 AND (next_other_at IS NULL OR next_other_at > ?)")
        .arg(whichLeads, newUser);
}

const QString kLeadColumns = QStringLiteral(
    "SELECT id, country, postcode, language, source, industry, company_size, score, fast_track, "
    "unassigned_reason, unassigned_rule_id, "
    "COALESCE((SELECT ls.band FROM lead_scores ls WHERE ls.lead_id = leads.id), ''), "
    "(SELECT lc.chance FROM lead_chances lc WHERE lc.lead_id = leads.id) "
    "FROM leads WHERE owner_id IS NULL AND stage IN ('lead', 'mql', 'sql')");
const QString kLeadOrder = QStringLiteral(" ORDER BY fast_track DESC, score DESC, id");

RoutingLeadRow readLead(const QSqlQuery &q)
{
    RoutingLeadRow r;
    RoutingLead &l = r.lead;
    l.id = q.value(0).toLongLong();
    l.country = q.value(1).toString();
    l.postcode = q.value(2).toString();
    l.language = q.value(3).toString();
    l.source = q.value(4).toString();
    l.industry = q.value(5).toString();
    l.companySize = q.value(6).toString();
    l.score = q.value(7).toInt();
    l.fastTrack = q.value(8).toInt() != 0;
    r.unassignedReason = q.value(9).toString();
    if (!q.value(10).isNull())
        r.unassignedRuleId = q.value(10).toLongLong();
    l.band = q.value(11).toString();
    if (!q.value(12).isNull())
        l.chance = q.value(12).toInt();
    return r;
}

const QString kRuleColumns = QStringLiteral(
    "SELECT id, position, name, active, territory_id, countries, languages, sources, score_bands, "
    "company_sizes, industries, fast_track, target_user_id, target_team_id, method, "
    "hot_to_senior FROM routing_rules ");

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QVariant idOrNull(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant();
}

RoutingRule readRule(const QSqlQuery &q)
{
    RoutingRule r;
    r.id = q.value(0).toLongLong();
    r.position = q.value(1).toInt();
    r.name = q.value(2).toString();
    r.active = q.value(3).toInt() != 0;
    r.territoryId = optionalId(q.value(4));
    r.countries = splitList(q.value(5).toString());
    r.languages = splitList(q.value(6).toString());
    r.sources = splitList(q.value(7).toString());
    for (const QString &b : splitList(q.value(8).toString())) {
        if (auto band = scoreBandFromKey(b))
            r.scoreBands.push_back(*band);
    }
    r.companySizes = splitList(q.value(9).toString());
    r.industries = splitList(q.value(10).toString());
    if (!q.value(11).isNull())
        r.fastTrack = q.value(11).toInt() != 0;
    r.targetUserId = optionalId(q.value(12));
    r.targetTeamId = optionalId(q.value(13));
    r.method = routingMethodFromKey(q.value(14).toString()).value_or(RoutingMethod::RoundRobin);
    r.hotToSenior = q.value(15).toInt() != 0;
    return r;
}

void bindRule(QSqlQuery &q, const RoutingRule &r, const QDateTime &now)
{
    QStringList bands;
    for (ScoreBand b : r.scoreBands)
        bands << scoreBandKey(b);
    q.bindValue(QStringLiteral(":position"), r.position);
    q.bindValue(QStringLiteral(":name"), r.name);
    q.bindValue(QStringLiteral(":active"), r.active ? 1 : 0);
    q.bindValue(QStringLiteral(":territory"), idOrNull(r.territoryId));
    q.bindValue(QStringLiteral(":countries"), sql::text(joinList(r.countries)));
    q.bindValue(QStringLiteral(":languages"), sql::text(joinList(r.languages)));
    q.bindValue(QStringLiteral(":sources"), sql::text(joinList(r.sources)));
    q.bindValue(QStringLiteral(":bands"), sql::text(joinList(bands)));
    q.bindValue(QStringLiteral(":sizes"), sql::text(joinList(r.companySizes)));
    q.bindValue(QStringLiteral(":industries"), sql::text(joinList(r.industries)));
    q.bindValue(QStringLiteral(":fast"), r.fastTrack ? QVariant(*r.fastTrack ? 1 : 0) : QVariant());
    q.bindValue(QStringLiteral(":user"), idOrNull(r.targetUserId));
    q.bindValue(QStringLiteral(":team"), idOrNull(r.targetTeamId));
    q.bindValue(QStringLiteral(":method"), routingMethodKey(r.method));
    q.bindValue(QStringLiteral(":senior"), r.hotToSenior ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
}

} // namespace

Result<std::vector<RoutingLeadRow>> RoutingRepository::unassignedLeads(
    const std::vector<qint64> &ids) const
{
    std::vector<RoutingLeadRow> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (ids.empty()) {
        q.prepare(kLeadColumns + kLeadOrder);
        if (auto r = sql::run(q, Database::tr("reading the unassigned leads")); !r)
            return r.error();
        while (q.next())
            out.push_back(readLead(q));
        return out;
    }
    // The given leads, in chunks of bound ids (SQLite's and PostgreSQL's limits are far above).
    constexpr size_t chunk = 500;
    for (size_t from = 0; from < ids.size(); from += chunk) {
        const size_t n = std::min(chunk, ids.size() - from);
        QStringList marks;
        for (size_t i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        q.prepare(
            kLeadColumns + QStringLiteral(" AND id IN (%1)").arg(marks.join(QLatin1Char(','))));
        for (size_t i = 0; i < n; ++i)
            q.bindValue(int(i), ids[from + i]);
        if (auto r = sql::run(q, Database::tr("reading the leads to route")); !r)
            return r.error();
        while (q.next())
            out.push_back(readLead(q));
    }
    std::stable_sort(out.begin(), out.end(), [](const RoutingLeadRow &a, const RoutingLeadRow &b) {
        if (a.lead.fastTrack != b.lead.fastTrack)
            return a.lead.fastTrack;
        if (a.lead.score != b.lead.score)
            return a.lead.score > b.lead.score;
        return a.lead.id < b.lead.id;
    });
    return out;
}

Result<std::map<qint64, RepLoad>> RoutingRepository::loads(const QDateTime &dayStart) const
{
    std::map<qint64, RepLoad> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT owner_id, count(*) FROM leads WHERE owner_id IS NOT NULL "
                             "AND stage IN ('lead', 'mql', 'sql') GROUP BY owner_id"));
    if (auto r = sql::run(q, Database::tr("counting the reps' open leads")); !r)
        return r.error();
    while (q.next())
        out[q.value(0).toLongLong()].openLeads = q.value(1).toLongLong();
    q.prepare(
        QStringLiteral("SELECT user_id, count(*) FROM assignments WHERE assigned_at >= :start "
                       "GROUP BY user_id"));
    q.bindValue(QStringLiteral(":start"), sql::epoch(dayStart));
    if (auto r = sql::run(q, Database::tr("counting today's assignments")); !r)
        return r.error();
    while (q.next())
        out[q.value(0).toLongLong()].assignedToday = q.value(1).toLongLong();
    return out;
}

Result<std::vector<RoutingRepository::QueueRow>> RoutingRepository::queue(
    int limit, qint64 offset) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT l.id, l.first_name, l.last_name, l.company, l.country, l.source, l.stage, l.score, "
        "l.unassigned_reason, r.name FROM leads l LEFT JOIN routing_rules r ON r.id = "
        "l.unassigned_rule_id WHERE l.owner_id IS NULL AND l.stage IN ('lead', 'mql', 'sql') "
        "ORDER BY l.id DESC LIMIT :limit OFFSET :offset"));
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (auto r = sql::run(q, Database::tr("reading the unassigned queue")); !r)
        return r.error();
    std::vector<QueueRow> out;
    while (q.next()) {
        QueueRow row;
        row.id = q.value(0).toLongLong();
        row.name = (q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString()).trimmed();
        row.company = q.value(3).toString();
        row.country = q.value(4).toString();
        row.source = q.value(5).toString();
        row.stage = q.value(6).toString();
        row.score = q.value(7).toInt();
        row.reason = q.value(8).toString();
        row.ruleName = q.value(9).toString();
        out.push_back(std::move(row));
    }
    return out;
}

Result<void> RoutingRepository::markRoutingOwed(const std::vector<qint64> &leadIds) const
{
    if (leadIds.empty())
        return {};
    const QString context = Database::tr("marking the new leads' routing owed");
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        // An import batch's new leads: row by row through the C API (no round trip).
        SqliteStatement q(m_db.connection(),
            "UPDATE leads SET unassigned_reason = ?1 WHERE id = ?2 AND owner_id IS NULL", context);
        if (!q.ok())
            return q.error();
        const QString owed = routingOwed();
        for (qint64 id : leadIds) {
            q.bind(1, owed);
            q.bind(2, id);
            if (auto r = q.run(); !r)
                return r;
        }
        return {};
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE leads SET unassigned_reason = :owed WHERE id = :id AND "
                             "owner_id IS NULL"));
    q.bindValue(QStringLiteral(":owed"), routingOwed());
    for (qint64 id : leadIds) {
        q.bindValue(QStringLiteral(":id"), id);
        if (auto r = sql::run(q, context); !r)
            return r;
    }
    return {};
}

Result<qint64> RoutingRepository::queueCount() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM leads WHERE owner_id IS NULL AND stage IN "
                             "('lead', 'mql', 'sql')"));
    if (auto r = sql::run(q, Database::tr("counting the unassigned queue")); !r)
        return r.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<std::vector<RoutingRule>> RoutingRepository::rules() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kRuleColumns + QStringLiteral("ORDER BY position, id"));
    if (auto r = sql::run(q, Database::tr("reading the routing rules")); !r)
        return r.error();
    std::vector<RoutingRule> out;
    while (q.next())
        out.push_back(readRule(q));
    return out;
}

Result<RoutingRule> RoutingRepository::rule(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kRuleColumns + QStringLiteral("WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto r = sql::run(q, Database::tr("reading a routing rule")); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(Database::tr("There is no routing rule %1.").arg(id));
    return readRule(q);
}

Result<qint64> RoutingRepository::insertRule(const RoutingRule &rule, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO routing_rules (position, name, active, territory_id, countries, languages, "
        "sources, score_bands, company_sizes, industries, fast_track, target_user_id, "
        "target_team_id, method, hot_to_senior, updated_at) VALUES (:position, :name, :active, "
        ":territory, :countries, :languages, :sources, :bands, :sizes, :industries, :fast, :user, "
        ":team, :method, :senior, :now) RETURNING id"));
    bindRule(q, rule, now);
    return sql::insertReturningId(q, Database::tr("saving routing rule '%1'").arg(rule.name));
}

Result<void> RoutingRepository::updateRule(const RoutingRule &rule, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE routing_rules SET position = :position, name = :name, active = :active, "
        "territory_id = :territory, countries = :countries, languages = :languages, "
        "sources = :sources, score_bands = :bands, company_sizes = :sizes, "
        "industries = :industries, fast_track = :fast, target_user_id = :user, "
        "target_team_id = :team, method = :method, hot_to_senior = :senior, updated_at = :now "
        "WHERE id = :id"));
    bindRule(q, rule, now);
    q.bindValue(QStringLiteral(":id"), rule.id);
    return sql::run(q, Database::tr("saving routing rule '%1'").arg(rule.name));
}

Result<void> RoutingRepository::deleteRule(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE leads SET unassigned_rule_id = NULL WHERE unassigned_rule_id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto r = sql::run(q, Database::tr("deleting routing rule %1").arg(id)); !r)
        return r;
    q.prepare(QStringLiteral("DELETE FROM routing_rules WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return sql::run(q, Database::tr("deleting routing rule %1").arg(id));
}

Result<std::map<qint64, TeamCursor>> RoutingRepository::cursors() const
{
    std::map<qint64, TeamCursor> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT team_id, last_user_id, version FROM routing_state"));
    if (auto r = sql::run(q, Database::tr("reading the round-robin state")); !r)
        return r.error();
    while (q.next()) {
        TeamCursor &c = out[q.value(0).toLongLong()];
        c.lastUserId = q.value(1).toLongLong();
        c.version = q.value(2).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT team_id, user_id, credit FROM routing_credits"));
    if (auto r = sql::run(q, Database::tr("reading the round-robin state")); !r)
        return r.error();
    while (q.next())
        out[q.value(0).toLongLong()].credits[q.value(1).toLongLong()] = q.value(2).toLongLong();
    return out;
}

Result<void> RoutingRepository::saveCursor(qint64 teamId, const TeamCursor &cursor) const
{
    const QString context = Database::tr("saving the round-robin state");
    QSqlQuery q(m_db.connection());
    // The atomic step: only the instance that still sees the version it read moves it on. A
    // team without a row yet gets one; two first inserts collide on the primary key (Conflict).
    q.prepare(QStringLiteral("UPDATE routing_state SET last_user_id = :last, version = version + 1 "
                             "WHERE team_id = :team AND version = :version"));
    q.bindValue(
        QStringLiteral(":last"), cursor.lastUserId ? QVariant(cursor.lastUserId) : QVariant());
    q.bindValue(QStringLiteral(":team"), teamId);
    q.bindValue(QStringLiteral(":version"), cursor.version);
    if (auto r = sql::run(q, context); !r)
        return r;
    if (q.numRowsAffected() != 1) {
        if (cursor.version != 0)
            return Error::conflict(Database::tr("Another instance routed leads for the same team "
                                                "at the same time. Route again."));
        q.prepare(QStringLiteral("INSERT INTO routing_state (team_id, last_user_id, version) "
                                 "VALUES (:team, :last, 1)"));
        q.bindValue(QStringLiteral(":team"), teamId);
        q.bindValue(
            QStringLiteral(":last"), cursor.lastUserId ? QVariant(cursor.lastUserId) : QVariant());
        if (auto r = sql::run(q, context); !r)
            return r;
    }
    q.prepare(QStringLiteral("DELETE FROM routing_credits WHERE team_id = :team"));
    q.bindValue(QStringLiteral(":team"), teamId);
    if (auto r = sql::run(q, context); !r)
        return r;
    q.prepare(
        QStringLiteral("INSERT INTO routing_credits (team_id, user_id, credit) VALUES (:team, "
                       ":user, :credit)"));
    for (const auto &[user, credit] : cursor.credits) {
        q.bindValue(QStringLiteral(":team"), teamId);
        q.bindValue(QStringLiteral(":user"), user);
        q.bindValue(QStringLiteral(":credit"), credit);
        if (auto r = sql::run(q, context); !r)
            return r;
    }
    return {};
}

Result<void> RoutingRepository::assignUnowned(
    qint64 leadId, qint64 userId, const QDateTime &now) const
{
    if (!m_assign) {
        m_assign.emplace(m_db.connection());
        m_assign->prepare(QStringLiteral(
            "UPDATE leads SET owner_id = ?, unassigned_reason = '', unassigned_rule_id = NULL, "
            "updated_at = ?, version = version + 1 WHERE id = ? AND owner_id IS NULL"));
    }
    QSqlQuery &q = *m_assign;
    q.bindValue(0, userId);
    q.bindValue(1, sql::epoch(now));
    q.bindValue(2, leadId);
    if (auto r = sql::run(q, Database::tr("assigning lead %1").arg(leadId)); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error::conflict(
            Database::tr("Lead %1 was assigned by someone else in the meantime.").arg(leadId));
    return {};
}

// The decisions of one routing run, staged for the set-based writes of assignRouted(): a
// temporary table of the connection, emptied before and after each use. SQLite keys it by the
// rowid, PostgreSQL's ids are BIGINT (one statement each, the same columns).
Result<void> RoutingRepository::stageRouted(const std::vector<RoutedLead> &leads) const
{
    const QString context = Database::tr("staging the routing decisions");
    const bool sqlite = m_db.dialect() == Database::Dialect::Sqlite;
    const QSqlDatabase db = m_db.connection();
    if (auto r = sql::exec(db,
            sqlite ? QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS routed_leads (lead_id INTEGER "
                                    "PRIMARY KEY, seq INTEGER NOT NULL, user_id INTEGER NOT NULL, "
                                    "rule_id INTEGER, score INTEGER NOT NULL, hot INTEGER NOT "
                                    "NULL, reason TEXT NOT NULL, login TEXT NOT NULL)")
                   : QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS routed_leads (lead_id BIGINT "
                                    "PRIMARY KEY, seq BIGINT NOT NULL, user_id BIGINT NOT NULL, "
                                    "rule_id BIGINT, score INTEGER NOT NULL, hot INTEGER NOT "
                                    "NULL, reason TEXT NOT NULL, login TEXT NOT NULL)"),
            context);
        !r)
        return r;
    if (auto r = sql::exec(db, QStringLiteral("DELETE FROM routed_leads"), context); !r)
        return r;
    if (sqlite) {
        // In-process, one prepared statement per row costs no round trip and no JSON.
        SqliteStatement q(db,
            "INSERT INTO routed_leads (lead_id, seq, user_id, rule_id, score, hot, reason, login) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            context);
        if (!q.ok())
            return q.error();
        qint64 seq = 0;
        for (const RoutedLead &l : leads) {
            q.bind(1, l.leadId);
            q.bind(2, ++seq);
            q.bind(3, l.userId);
            if (l.ruleId)
                q.bind(4, *l.ruleId);
            else
                q.bindNull(4);
            q.bind(5, qint64(l.score));
            q.bind(6, qint64(l.hot ? 1 : 0));
            q.bind(7, l.reason);
            q.bind(8, l.login);
            if (auto w = q.run(); !w)
                return w;
        }
        return {};
    }
    // PostgreSQL: all of them in one statement, as one bound JSON array.
    QJsonArray all;
    qint64 seq = 0;
    for (const RoutedLead &l : leads) {
        all.append(
            QJsonArray {l.leadId, ++seq, l.userId, l.ruleId ? QJsonValue(*l.ruleId) : QJsonValue(),
                l.score, l.hot ? 1 : 0, l.reason, l.login});
    }
    QStringList columns;
    for (int i = 0; i < 8; ++i)
        columns << sql::jsonColumn(i, i >= 6 ? "TEXT" : "BIGINT");
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO routed_leads (lead_id, seq, user_id, rule_id, score, hot, "
                       "reason, login) SELECT %1 FROM %2")
            .arg(columns.join(QLatin1String(", ")), sql::jsonRowsFrom(m_db)));
    q.bindValue(0, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    return sql::run(q, context);
}

Result<void> RoutingRepository::assignRouted(
    const std::vector<RoutedLead> &leads, std::optional<qint64> actorId, const QDateTime &now) const
{
    if (leads.empty())
        return {};
    if (auto s = stageRouted(leads); !s)
        return s;
    QSqlQuery q(m_db.connection());
    // owner_id + 0: the leads are looked up by id, never by walking the owner index over every
    // unassigned lead.
    q.prepare(QStringLiteral("UPDATE leads SET owner_id = d.user_id, unassigned_reason = '', "
                             "unassigned_rule_id = NULL, updated_at = ?, version = version + 1 "
                             "FROM routed_leads d WHERE leads.id = d.lead_id "
                             "AND leads.owner_id + 0 IS NULL"));
    q.bindValue(0, sql::epoch(now));
    if (auto r = sql::run(q, Database::tr("assigning leads")); !r)
        return r;
    if (q.numRowsAffected() != int(leads.size()))
        return Error::conflict(
            Database::tr("Some of the leads were assigned by someone else in the meantime."));
    return recordStaged(actorId, now);
}

Result<void> RoutingRepository::recordRouted(
    const std::vector<RoutedLead> &leads, std::optional<qint64> actorId, const QDateTime &now) const
{
    if (leads.empty())
        return {};
    if (auto s = stageRouted(leads); !s)
        return s;
    return recordStaged(actorId, now);
}

Result<void> RoutingRepository::recordStaged(
    std::optional<qint64> actorId, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO assignments (lead_id, user_id, previous_user_id, "
                             "assigned_at, actor_id, kind, rule_id, score_at_assignment, hot, "
                             "reason, %1) SELECT d.lead_id, d.user_id, NULL, ?, ?, 'routing', "
                             "d.rule_id, d.score, d.hot, d.reason, %2 FROM routed_leads d "
                             "ORDER BY d.seq")
                  .arg(kFactsColumns,
                      factsValues(QStringLiteral("d.lead_id"), QStringLiteral("d.user_id"))));
    q.bindValue(0, sql::epoch(now));
    q.bindValue(1, idOrNull(actorId));
    if (auto r = sql::run(q, Database::tr("recording assignments")); !r)
        return r;
    q.prepare(nextOtherSql(QStringLiteral("SELECT d.lead_id FROM routed_leads d"),
        QStringLiteral("(SELECT d.user_id FROM routed_leads d WHERE d.lead_id = "
                       "assignments.lead_id)")));
    q.bindValue(0, sql::epoch(now));
    q.bindValue(1, sql::epoch(now));
    if (auto r = sql::run(q, Database::tr("recording assignments")); !r)
        return r;
    // The owner change in the audit log, as AuditLog::recordChange writes it for one lead.
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor_id, entity, entity_id, field, "
                             "old_value, new_value, reason) SELECT ?, ?, 'lead', lead_id, 'owner', "
                             "NULL, login, reason FROM routed_leads ORDER BY seq"));
    q.bindValue(0, sql::epoch(now));
    q.bindValue(1, idOrNull(actorId));
    if (auto r = sql::run(q, Database::tr("writing the audit log")); !r)
        return r;
    return sql::exec(m_db.connection(), QStringLiteral("DELETE FROM routed_leads"),
        Database::tr("staging the routing decisions"));
}

Result<void> RoutingRepository::releaseOwner(
    qint64 leadId, const QString &reason, int expectedVersion, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE leads SET owner_id = NULL, unassigned_reason = :reason, "
                             "unassigned_rule_id = NULL, updated_at = :now, version = version + 1 "
                             "WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":reason"), reason);
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    q.bindValue(QStringLiteral(":id"), leadId);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    if (auto r = sql::run(q, Database::tr("releasing lead %1").arg(leadId)); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error::conflict(Database::tr("Lead %1 was changed by someone else in the meantime. "
                                            "Reload it and try again.")
                                   .arg(leadId));
    return {};
}

Result<void> RoutingRepository::changeOwner(
    qint64 leadId, qint64 userId, int expectedVersion, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE leads SET owner_id = :owner, unassigned_reason = '', "
                             "unassigned_rule_id = NULL, updated_at = :now, version = version + 1 "
                             "WHERE id = :id AND version = :version"));
    q.bindValue(QStringLiteral(":owner"), userId);
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    q.bindValue(QStringLiteral(":id"), leadId);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    if (auto r = sql::run(q, Database::tr("reassigning lead %1").arg(leadId)); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error::conflict(Database::tr("Lead %1 was changed by someone else in the meantime. "
                                            "Reload it and try again.")
                                   .arg(leadId));
    return {};
}

Result<void> RoutingRepository::setUnassignedReasons(
    const std::vector<UnassignedReason> &reasons) const
{
    if (reasons.empty())
        return {};
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        // In-process, a prepared statement per lead costs no round trip (and SQLite would run
        // UPDATE ... FROM as a scan of the leads).
        if (!m_reason) {
            m_reason.emplace(m_db.connection());
            m_reason->prepare(QStringLiteral(
                "UPDATE leads SET unassigned_reason = ?, unassigned_rule_id = ? WHERE id = ?"));
        }
        for (const UnassignedReason &r : reasons) {
            m_reason->bindValue(0, r.reason);
            m_reason->bindValue(1, idOrNull(r.ruleId));
            m_reason->bindValue(2, r.leadId);
            if (auto w = sql::run(
                    *m_reason, Database::tr("recording why lead %1 is unassigned").arg(r.leadId));
                !w)
                return w;
        }
        return {};
    }
    QJsonArray all;
    for (const UnassignedReason &r : reasons)
        all.append(
            QJsonArray {r.leadId, r.reason, r.ruleId ? QJsonValue(*r.ruleId) : QJsonValue()});
    QSqlQuery q(m_db.connection());
    // PostgreSQL: one UPDATE ... FROM for all of them.
    q.prepare(QStringLiteral("UPDATE leads SET unassigned_reason = v.reason, unassigned_rule_id = "
                             "v.rule FROM (SELECT %1 AS id, %2 AS reason, %3 AS rule FROM %4) AS v "
                             "WHERE leads.id = v.id")
                  .arg(sql::jsonColumn(0, "BIGINT"), sql::jsonColumn(1, "TEXT"),
                      sql::jsonColumn(2, "BIGINT"), sql::jsonRowsFrom(m_db)));
    q.bindValue(0, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    return sql::run(q, Database::tr("recording why leads are unassigned"));
}

Result<void> RoutingRepository::recordOwnersAsRouted() const
{
    // Leads without assignments: nothing earlier or later, the milestones as they are. The rows
    // numbered in lead order, whatever plan the statistics of the moment give.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO assignments (lead_id, user_id, assigned_at, kind, score_at_assignment, hot, "
        "reason, %1) SELECT l.id, l.owner_id, l.mql_at, 'routing', l.score, "
        "CASE WHEN s.band = 'hot' THEN 1 ELSE 0 END, '', NULL, l.sql_at, l.won_at FROM leads l "
        "LEFT JOIN lead_scores s ON s.lead_id = l.id "
        "WHERE l.owner_id IS NOT NULL AND l.mql_at IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.lead_id = l.id) ORDER BY l.id")
                  .arg(kFactsColumns));
    return sql::run(q, Database::tr("recording the owners' assignments"));
}

Result<void> RoutingRepository::insertAssignment(const AssignmentRow &a) const
{
    if (!m_assignment) {
        m_assignment.emplace(m_db.connection());
        m_assignment->prepare(
            QStringLiteral("INSERT INTO assignments (lead_id, user_id, "
                           "previous_user_id, assigned_at, actor_id, kind, "
                           "rule_id, score_at_assignment, hot, reason, %1) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %2)")
                .arg(kFactsColumns, factsValues(QStringLiteral("?"), QStringLiteral("?"))));
    }
    QSqlQuery &q = *m_assignment;
    q.bindValue(0, a.leadId);
    q.bindValue(1, a.userId);
    q.bindValue(2, idOrNull(a.previousUserId));
    q.bindValue(3, sql::epoch(a.at));
    q.bindValue(4, idOrNull(a.actorId));
    q.bindValue(5, a.kind);
    q.bindValue(6, idOrNull(a.ruleId));
    q.bindValue(7, a.score);
    q.bindValue(8, a.hot ? 1 : 0);
    q.bindValue(9, sql::text(a.reason));
    q.bindValue(10, a.leadId); // the facts: the latest earlier assignment to the rep
    q.bindValue(11, a.userId);
    q.bindValue(12, a.leadId); // the milestones
    q.bindValue(13, a.leadId);
    const QString context = Database::tr("recording the assignment of lead %1").arg(a.leadId);
    if (auto r = sql::run(q, context); !r)
        return r;
    // The lead's earlier assignments to other reps (none for most leads).
    QSqlQuery next(m_db.connection());
    next.prepare(nextOtherSql(QStringLiteral("?"), QStringLiteral("?")));
    next.bindValue(0, sql::epoch(a.at));
    next.bindValue(1, a.leadId);
    next.bindValue(2, a.userId);
    next.bindValue(3, sql::epoch(a.at));
    return sql::run(next, context);
}

namespace {
Result<std::vector<qint64>> idColumn(QSqlQuery &q, const QString &context)
{
    if (auto r = sql::run(q, context); !r)
        return r.error();
    std::vector<qint64> out;
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}
} // namespace

Result<qint64> RoutingRepository::insertReassignmentJob(
    const ReassignmentJob &job, const std::vector<qint64> &leadIds, const QDateTime &now) const
{
    const QString context = Database::tr("recording a reassignment");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO reassignment_jobs (actor_id, to_user_id, reason, "
                             "created_at) VALUES (:actor, :to, :reason, :now)")
        + sql::returningId(m_db));
    q.bindValue(QStringLiteral(":actor"), job.actorId);
    q.bindValue(QStringLiteral(":to"), job.toUserId);
    q.bindValue(QStringLiteral(":reason"), sql::text(job.reason));
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    auto id = sql::insertReturningId(q, context);
    if (!id)
        return id;
    QSqlQuery lead(m_db.connection());
    lead.prepare(QStringLiteral(
        "INSERT INTO reassignment_job_leads (job_id, lead_id) VALUES (:job, :lead)"));
    lead.bindValue(QStringLiteral(":job"), id.value());
    for (qint64 leadId : leadIds) {
        lead.bindValue(QStringLiteral(":lead"), leadId);
        if (auto r = sql::run(lead, context); !r)
            return r.error();
    }
    return id;
}

Result<std::vector<ReassignmentJob>> RoutingRepository::reassignmentJobs() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, actor_id, to_user_id, reason FROM reassignment_jobs ORDER BY id"));
    if (auto r = sql::run(q, Database::tr("reading unfinished reassignments")); !r)
        return r.error();
    std::vector<ReassignmentJob> out;
    while (q.next()) {
        out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toString()});
    }
    return out;
}

Result<std::vector<qint64>> RoutingRepository::reassignmentJobLeads(qint64 jobId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT lead_id FROM reassignment_job_leads WHERE job_id = :job "
                             "ORDER BY lead_id LIMIT :limit"));
    q.bindValue(QStringLiteral(":job"), jobId);
    q.bindValue(QStringLiteral(":limit"), limit);
    return idColumn(q, Database::tr("reading the leads of a reassignment"));
}

Result<void> RoutingRepository::removeReassignmentJobLeads(
    qint64 jobId, const std::vector<qint64> &leadIds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "DELETE FROM reassignment_job_leads WHERE job_id = :job AND lead_id = :lead"));
    q.bindValue(QStringLiteral(":job"), jobId);
    for (qint64 id : leadIds) {
        q.bindValue(QStringLiteral(":lead"), id);
        if (auto r = sql::run(q, Database::tr("recording the reassignment's progress")); !r)
            return r;
    }
    return {};
}

Result<void> RoutingRepository::deleteReassignmentJob(qint64 jobId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM reassignment_jobs WHERE id = :job"));
    q.bindValue(QStringLiteral(":job"), jobId);
    return sql::run(q, Database::tr("recording the end of a reassignment"));
}

} // namespace bantam
