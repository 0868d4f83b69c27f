#include "storage/cadencerepository.h"

#include "storage/database.h"
#include "storage/settingstable.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace bantam {

namespace {

const QString kPolicyColumns
    = QStringLiteral("id, code, name, stage, attempts, within_days, gap_hours, vary_time, active");

CadencePolicy readPolicy(const QSqlQuery &q)
{
    CadencePolicy p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.stage = stageFromKey(q.value(3).toString()).value_or(Stage::Mql);
    p.attempts = q.value(4).toInt();
    p.withinDays = q.value(5).toInt();
    p.gapHours = q.value(6).toInt();
    p.varyTimeOfDay = q.value(7).toInt() != 0;
    p.active = q.value(8).toInt() != 0;
    return p;
}

} // namespace

Result<std::vector<CadencePolicy>> CadenceRepository::policies() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kPolicyColumns
        + QStringLiteral(" FROM cadence_policies ORDER BY id"));
    if (auto r = sql::run(q, Database::tr("reading the call cadences")); !r)
        return r.error();
    std::vector<CadencePolicy> out;
    while (q.next())
        out.push_back(readPolicy(q));
    return out;
}

Result<std::optional<CadencePolicy>> CadenceRepository::policyFor(Stage stage) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kPolicyColumns
        + QStringLiteral(" FROM cadence_policies WHERE stage = :stage AND active = 1"));
    q.bindValue(QStringLiteral(":stage"), stageKey(stage));
    if (auto r = sql::run(q, Database::tr("reading the call cadence")); !r)
        return r.error();
    if (!q.next())
        return std::optional<CadencePolicy>();
    return std::optional<CadencePolicy>(readPolicy(q));
}

Result<void> CadenceRepository::updatePolicy(
    const CadencePolicy &p, const QDateTime &now, qint64 actorId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE cadence_policies SET name = :name, attempts = :attempts, within_days = :days, "
        "gap_hours = :gap, vary_time = :vary, active = :active, updated_at = :at, updated_by = "
        ":by WHERE id = :id"));
    q.bindValue(QStringLiteral(":name"), p.name);
    q.bindValue(QStringLiteral(":attempts"), p.attempts);
    q.bindValue(QStringLiteral(":days"), p.withinDays);
    q.bindValue(QStringLiteral(":gap"), p.gapHours);
    q.bindValue(QStringLiteral(":vary"), p.varyTimeOfDay ? 1 : 0);
    q.bindValue(QStringLiteral(":active"), p.active ? 1 : 0);
    q.bindValue(QStringLiteral(":at"), sql::epoch(now));
    q.bindValue(QStringLiteral(":by"), actorId ? QVariant(actorId) : QVariant());
    q.bindValue(QStringLiteral(":id"), p.id);
    if (auto r = sql::run(q, Database::tr("saving the call cadence %1").arg(p.code)); !r)
        return r.error();
    if (q.numRowsAffected() == 0)
        return Error::notFound(Database::tr("There is no call cadence %1.").arg(p.code));
    return {};
}

Result<QMap<QString, QString>> CadenceRepository::settings() const
{
    return SettingsTable(m_db, "call_settings").all();
}

Result<QString> CadenceRepository::setSetting(
    const QString &key, const QString &value, const QDateTime &now, qint64 actorId) const
{
    return SettingsTable(m_db, "call_settings").set(key, value, now, actorId);
}

Result<std::vector<Call>> CadenceRepository::callsSince(qint64 leadId, const QDateTime &since) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, started_at, ended_at, outcome FROM calls WHERE lead_id = :lead AND ended_at "
        "IS NOT NULL AND started_at >= :since ORDER BY started_at, id"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    q.bindValue(QStringLiteral(":since"), sql::epoch(since));
    if (auto r = sql::run(q, Database::tr("reading the calls of lead %1").arg(leadId)); !r)
        return r.error();
    std::vector<Call> out;
    while (q.next()) {
        Call c;
        c.id = q.value(0).toLongLong();
        c.leadId = leadId;
        c.startedAt = sql::fromEpoch(q.value(1));
        c.endedAt = sql::fromEpoch(q.value(2));
        c.outcome = callOutcomeFromKey(q.value(3).toString());
        out.push_back(c);
    }
    return out;
}

Result<std::optional<CadenceState>> CadenceRepository::stateOf(
    qint64 leadId, const QDateTime &since) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT policy_id, attempts, attempts_of, last_outcome, last_at, next_at, ends_at, "
        "reached FROM lead_cadence WHERE lead_id = :lead AND since = :since"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    q.bindValue(QStringLiteral(":since"), sql::epoch(since));
    if (auto r = sql::run(q, Database::tr("reading the call cadence of lead %1").arg(leadId)); !r)
        return r.error();
    if (!q.next())
        return std::optional<CadenceState>();
    CadenceState s;
    s.leadId = leadId;
    s.since = since;
    s.policyId = q.value(0).toLongLong();
    s.attempts = q.value(1).toInt();
    s.of = q.value(2).toInt();
    s.lastOutcome = callOutcomeFromKey(q.value(3).toString());
    s.lastAt = sql::fromEpoch(q.value(4));
    s.nextAt = sql::fromEpoch(q.value(5));
    s.endsAt = sql::fromEpoch(q.value(6));
    s.reached = q.value(7).toInt() != 0;
    return std::optional<CadenceState>(s);
}

Result<void> CadenceRepository::saveState(const CadenceState &s) const
{
    // Delete and insert: the same statements on both engines (no upsert dialects).
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM lead_cadence WHERE lead_id = :lead"));
    del.bindValue(QStringLiteral(":lead"), s.leadId);
    const QString context = Database::tr("saving the call cadence of lead %1").arg(s.leadId);
    if (auto r = sql::run(del, context); !r)
        return r.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO lead_cadence (lead_id, policy_id, since, attempts, attempts_of, "
        "last_outcome, last_at, next_at, ends_at, reached) VALUES (:lead, :policy, :since, "
        ":attempts, :of, :outcome, :last, :next, :ends, :reached)"));
    q.bindValue(QStringLiteral(":lead"), s.leadId);
    q.bindValue(QStringLiteral(":policy"), s.policyId);
    q.bindValue(QStringLiteral(":since"), sql::epoch(s.since));
    q.bindValue(QStringLiteral(":attempts"), s.attempts);
    q.bindValue(QStringLiteral(":of"), s.of);
    q.bindValue(QStringLiteral(":outcome"),
        s.lastOutcome ? QVariant(callOutcomeKey(*s.lastOutcome)) : QVariant());
    q.bindValue(QStringLiteral(":last"), sql::epoch(s.lastAt));
    q.bindValue(QStringLiteral(":next"), sql::epoch(s.nextAt));
    q.bindValue(QStringLiteral(":ends"), sql::epoch(s.endsAt));
    q.bindValue(QStringLiteral(":reached"), s.reached ? 1 : 0);
    return sql::run(q, context);
}

} // namespace bantam
