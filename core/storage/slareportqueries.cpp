#include "storage/slareportqueries.h"

#include "domain/callback.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>

namespace bantam {

namespace {

qint64 startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

// The period's clocks by start: the week range drives (the partial indexes are in week, owner
// order), the exact period filters.
struct Period
{
    qint64 start = 0, end = 0; // [start, end) in seconds since 1970
    qint64 week1 = 0, week2 = 0;

    Period(const QDate &from, const QDate &to)
        : start(startOfDay(from))
        , end(startOfDay(to.addDays(1)))
        , week1(slaWeekOf(QDateTime::fromSecsSinceEpoch(start, Qt::UTC)))
        , week2(slaWeekOf(QDateTime::fromSecsSinceEpoch(end - 1, Qt::UTC)))
    { }

    static QString condition()
    {
        return QStringLiteral("c.start_week >= :week1 AND c.start_week <= :week2 AND "
                              "c.started_at >= :from AND c.started_at < :to");
    }
    void bind(QSqlQuery &q) const
    {
        q.bindValue(QStringLiteral(":week1"), week1);
        q.bindValue(QStringLiteral(":week2"), week2);
        q.bindValue(QStringLiteral(":from"), start);
        q.bindValue(QStringLiteral(":to"), end);
    }
};

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

const QString kClockRowColumns
    = QStringLiteral("c.id, c.lead_id, l.first_name, l.last_name, l.company, l.stage, l.score, "
                     "p.name, u.name, c.started_at, "
                     "c.due_soon_at, c.due_at, c.stopped_at, c.outcome");
const QString kClockRowJoins = QStringLiteral(
    " FROM sla_clocks c JOIN leads l ON l.id = c.lead_id JOIN sla_policies p ON p.id = c.policy_id "
    "LEFT JOIN users u ON u.id = c.owner_id");

// queueRows: the rows of queue(), whose column 14 says callback (0) or clock (1).
std::vector<SlaClockRow> clockRows(QSqlQuery &q, const QDateTime &now, bool queueRows = false)
{
    std::vector<SlaClockRow> out;
    while (q.next()) {
        SlaClockRow r;
        r.clockId = q.value(0).toLongLong();
        r.leadId = q.value(1).toLongLong();
        r.leadName
            = QStringLiteral("%1 %2").arg(q.value(2).toString(), q.value(3).toString()).trimmed();
        r.company = q.value(4).toString();
        r.stage = stageFromKey(q.value(5).toString()).value_or(Stage::Lead);
        r.score = q.value(6).toInt();
        r.policy = q.value(7).toString();
        r.owner = q.value(8).isNull() ? QString() : q.value(8).toString();
        SlaClock c;
        c.startedAt = r.startedAt = sql::fromEpoch(q.value(9));
        c.dueSoonAt = r.dueSoonAt = sql::fromEpoch(q.value(10));
        c.dueAt = r.dueAt = sql::fromEpoch(q.value(11));
        c.stoppedAt = r.stoppedAt = sql::fromEpoch(q.value(12));
        c.outcome = clockOutcomeFromKey(q.value(13).toString());
        r.state = c.stateAt(now);
        // My queue's callbacks (row_kind 0): due, or overdue after a few minutes.
        if (queueRows && q.value(14).toInt() == 0) {
            Callback cb;
            cb.dueAt = r.dueAt;
            r.callback = true;
            r.state = cb.stateAt(now) == Callback::State::Overdue ? SlaState::Breached
                                                                  : SlaState::DueSoon;
        }
        if (queueRows) {
            r.attemptNotYetDue = q.value(14).toInt() == 2;
            if (!q.value(17).isNull()) {
                r.attempts = q.value(17).toInt();
                r.attemptsOf = q.value(18).toInt();
                r.lastOutcome = callOutcomeFromKey(q.value(19).toString());
                r.nextAttemptAt = sql::fromEpoch(q.value(20));
            }
            r.phone = q.value(22).toString();
            r.country = q.value(23).toString();
            if (q.value(21).toInt() == 1) {
                r.cadenceOnly = true;
                r.state = r.attemptNotYetDue ? SlaState::OnTrack : SlaState::DueSoon;
            }
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

Result<std::vector<SlaReportQueries::OwnerStates>> SlaReportQueries::openStates(
    const QDateTime &now) const
{
    // One pass over the open-clock index: each state is a comparison with now.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.owner_id, sum(CASE WHEN c.due_at <= :now1 THEN 1 ELSE 0 END), "
        "sum(CASE WHEN c.due_at > :now2 AND c.due_soon_at <= :now3 THEN 1 ELSE 0 END), "
        "count(*) FROM sla_clocks c WHERE c.stopped_at IS NULL GROUP BY c.owner_id"));
    for (const char *name : {":now1", ":now2", ":now3"})
        q.bindValue(QLatin1String(name), sql::epoch(now));
    if (auto r = sql::run(q, Database::tr("counting the SLA states")); !r)
        return r.error();
    std::vector<OwnerStates> out;
    while (q.next()) {
        out.push_back({optionalId(q.value(0)), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toLongLong()});
    }
    return out;
}

Result<std::map<std::optional<qint64>, qint64>> SlaReportQueries::missedCallbacks(
    const QDateTime &before) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.owner_id, count(*) FROM callbacks cb JOIN leads l ON l.id = "
                             "cb.lead_id WHERE cb.done_at IS NULL AND cb.due_at <= :before GROUP "
                             "BY l.owner_id"));
    q.bindValue(QStringLiteral(":before"), sql::epoch(before));
    if (auto r = sql::run(q, Database::tr("counting the missed callbacks")); !r)
        return r.error();
    std::map<std::optional<qint64>, qint64> out;
    while (q.next())
        out[optionalId(q.value(0))] = q.value(1).toLongLong();
    return out;
}

Result<std::vector<SlaReportQueries::WeekCounts>> SlaReportQueries::weekCounts(
    const QDate &from, const QDate &to, const QDateTime &now) const
{
    const Period period(from, to);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    std::vector<WeekCounts> out;
    // Each from its partial index in (week, owner) order.
    for (const bool met : {true, false}) {
        // met: (on time, all); open: (breached now, all)
        q.prepare(QStringLiteral("SELECT c.start_week, c.owner_id, sum(CASE WHEN ")
            + (met ? QStringLiteral("c.stopped_at <= c.due_at")
                   : QStringLiteral("c.due_at <= :now"))
            + QStringLiteral(" THEN 1 ELSE 0 END), count(*) FROM sla_clocks c WHERE ")
            + (met ? QStringLiteral("c.outcome = 'met'") : QStringLiteral("c.stopped_at IS NULL"))
            + QStringLiteral(" AND ") + Period::condition()
            + QStringLiteral(" GROUP BY c.start_week, c.owner_id"));
        if (!met)
            q.bindValue(QStringLiteral(":now"), sql::epoch(now));
        period.bind(q);
        if (auto r = sql::run(q, Database::tr("computing the SLA compliance")); !r)
            return r.error();
        while (q.next()) {
            WeekCounts c;
            c.week = q.value(0).toLongLong();
            c.ownerId = optionalId(q.value(1));
            const qint64 flagged = q.value(2).toLongLong(),
                         others = q.value(3).toLongLong() - flagged;
            (met ? c.metOnTime : c.breachedOpen) = flagged;
            (met ? c.metLate : c.pending) = others;
            out.push_back(c);
        }
    }
    return out;
}

Result<std::map<qint64, qint64>> SlaReportQueries::metMinutes(
    qint64 policyId, const QDate &from, const QDate &to) const
{
    // Read from idx_sla_clocks_touch.
    const Period period(from, to);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.elapsed_secs / 60, count(*) FROM sla_clocks c WHERE "
                             "c.policy_id = :policy AND c.outcome = 'met' AND ")
        + Period::condition() + QStringLiteral(" GROUP BY c.elapsed_secs / 60"));
    q.bindValue(QStringLiteral(":policy"), policyId);
    period.bind(q);
    if (auto r = sql::run(q, Database::tr("computing the time to first touch")); !r)
        return r.error();
    std::map<qint64, qint64> minutes;
    while (q.next())
        minutes[q.value(0).toLongLong()] += q.value(1).toLongLong();
    return minutes;
}

Result<qint64> SlaReportQueries::mqlCount(const QDate &from, const QDate &until) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT count(*) FROM leads l WHERE l.mql_at >= :from AND l.mql_at < :to"));
    q.bindValue(QStringLiteral(":from"), startOfDay(from));
    q.bindValue(QStringLiteral(":to"), startOfDay(until));
    if (auto r = sql::run(q,
            Database::tr("counting the MQLs of %1").arg(from.toString(QStringLiteral("yyyy-MM"))));
        !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<std::vector<SlaClockRow>> SlaReportQueries::breaches(
    const QDate &from, const QDate &to, const QDateTime &now, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Latest due first through idx_sla_clocks_breached (whose condition is the first term here).
    q.prepare(QStringLiteral("SELECT ") + kClockRowColumns + kClockRowJoins
        + QStringLiteral(
            " WHERE (c.stopped_at IS NULL OR c.stopped_at > c.due_at) AND c.due_at <= :now "
            "AND c.outcome <> 'cancelled' AND c.started_at >= :from AND c.started_at < :to "
            "ORDER BY c.due_at DESC, c.id DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":from"), startOfDay(from));
    q.bindValue(QStringLiteral(":to"), startOfDay(to.addDays(1)));
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (auto r = sql::run(q, Database::tr("listing the SLA breaches")); !r)
        return r.error();
    return clockRows(q, now);
}

Result<std::vector<SlaClockRow>> SlaReportQueries::queue(
    qint64 ownerId, const QDateTime &now, qint64 offset, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // row_kind 0: due callbacks (each lead once, its earliest); 1: each other lead once with its
    // clock due first (ties: the older clock), and the leads in a call cadence without a clock
    // whose next attempt is due; 2: those whose next attempt is not due yet, by that time. The
    // cadence (lead_cadence) counts for the lead's current stage only (since = stage_changed_at).
    const QString cadence = QStringLiteral(
        " LEFT JOIN lead_cadence k ON k.lead_id = l.id AND k.since = l.stage_changed_at");
    const QString cadenceColumns
        = QStringLiteral(", k.attempts, k.attempts_of, k.last_outcome, k.next_at");
    q.prepare(QStringLiteral("SELECT * FROM (SELECT ") + kClockRowColumns
        + QStringLiteral(", CASE WHEN k.next_at > :now0 THEN 2 ELSE 1 END AS row_kind, CASE WHEN "
                         "k.next_at > :now00 THEN k.next_at ELSE c.due_at END AS row_due, c.id AS "
                         "row_id")
        + cadenceColumns + QStringLiteral(", 0 AS row_cadence, l.phone, l.country") + kClockRowJoins
        + cadence
        + QStringLiteral(
            " WHERE c.owner_id = :owner1 AND c.stopped_at IS NULL AND NOT EXISTS (SELECT 1 FROM "
            "sla_clocks d WHERE d.lead_id = c.lead_id AND d.stopped_at IS NULL AND (d.due_at < "
            "c.due_at OR (d.due_at = c.due_at AND d.id < c.id))) AND NOT EXISTS (SELECT 1 FROM "
            "callbacks e WHERE e.lead_id = c.lead_id AND e.done_at IS NULL AND e.due_at <= "
            ":now1) "
            "UNION ALL SELECT cb.id, cb.lead_id, l.first_name, l.last_name, l.company, l.stage, "
            "l.score, '', u.name, cb.created_at, cb.due_at, cb.due_at, NULL, 'open', 0, cb.due_at, "
            "cb.id")
        + cadenceColumns
        + QStringLiteral(", 0, l.phone, l.country FROM callbacks cb JOIN leads l ON l.id = "
                         "cb.lead_id LEFT JOIN users u ON u.id = l.owner_id")
        + cadence
        + QStringLiteral(
            " WHERE l.owner_id = :owner2 AND cb.done_at IS NULL AND cb.due_at <= :now2 "
            "AND NOT EXISTS (SELECT 1 FROM callbacks e WHERE e.lead_id = cb.lead_id AND e.done_at "
            "IS NULL AND (e.due_at < cb.due_at OR (e.due_at = cb.due_at AND e.id < cb.id))) "
            "UNION ALL SELECT l.id, l.id, l.first_name, l.last_name, l.company, l.stage, l.score, "
            "'', u.name, k.since, k.next_at, k.next_at, NULL, 'open', CASE WHEN k.next_at > :now3 "
            "THEN 2 ELSE 1 END, k.next_at, l.id")
        + cadenceColumns
        + QStringLiteral(
            ", 1, l.phone, l.country FROM lead_cadence k JOIN leads l ON l.id = k.lead_id AND "
            "k.since = "
            "l.stage_changed_at LEFT JOIN users u ON u.id = l.owner_id WHERE l.owner_id = :owner3 "
            "AND k.next_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sla_clocks d WHERE d.lead_id "
            "= l.id AND d.owner_id = :owner4 AND d.stopped_at IS NULL) AND NOT EXISTS (SELECT 1 "
            "FROM callbacks e WHERE e.lead_id = l.id AND e.done_at IS NULL AND e.due_at <= :now4)"
            ") t ORDER BY row_kind, row_due, row_id LIMIT :limit OFFSET :offset"));
    q.bindValue(QStringLiteral(":now0"), sql::epoch(now));
    q.bindValue(QStringLiteral(":now00"), sql::epoch(now));
    q.bindValue(QStringLiteral(":owner1"), ownerId);
    q.bindValue(QStringLiteral(":owner2"), ownerId);
    q.bindValue(QStringLiteral(":owner3"), ownerId);
    q.bindValue(QStringLiteral(":owner4"), ownerId);
    q.bindValue(QStringLiteral(":now1"), sql::epoch(now));
    q.bindValue(QStringLiteral(":now2"), sql::epoch(now));
    q.bindValue(QStringLiteral(":now3"), sql::epoch(now));
    q.bindValue(QStringLiteral(":now4"), sql::epoch(now));
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (auto r = sql::run(q, Database::tr("reading your queue")); !r)
        return r.error();
    std::vector<SlaClockRow> rows = clockRows(q, now, true);
    if (auto r = addChances(rows); !r)
        return r.error();
    return rows;
}

// The learned chances of a page of queue rows, read apart from the queue's own query.
Result<void> SlaReportQueries::addChances(std::vector<SlaClockRow> &rows) const
{
    if (rows.empty())
        return {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT lead_id, chance FROM lead_chances WHERE lead_id IN (%1)")
                  .arg(sql::placeholders(rows.size(), 1)));
    for (const SlaClockRow &r : rows)
        q.addBindValue(r.leadId);
    if (auto r = sql::run(q, Database::tr("reading the learned chances")); !r)
        return r;
    QHash<qint64, int> chances;
    while (q.next())
        chances.insert(q.value(0).toLongLong(), q.value(1).toInt());
    for (SlaClockRow &r : rows) {
        if (auto it = chances.constFind(r.leadId); it != chances.cend())
            r.chance = it.value();
    }
    return {};
}

Result<qint64> SlaReportQueries::queueCount(qint64 ownerId, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM (SELECT c.lead_id FROM sla_clocks c WHERE c.owner_id = :owner1 AND "
        "c.stopped_at IS NULL UNION SELECT cb.lead_id FROM callbacks cb JOIN leads l ON l.id = "
        "cb.lead_id WHERE l.owner_id = :owner2 AND cb.done_at IS NULL AND cb.due_at <= :now "
        "UNION SELECT k.lead_id FROM lead_cadence k JOIN leads l ON l.id = k.lead_id AND k.since "
        "= l.stage_changed_at WHERE l.owner_id = :owner3 AND k.next_at IS NOT NULL) t"));
    q.bindValue(QStringLiteral(":owner1"), ownerId);
    q.bindValue(QStringLiteral(":owner2"), ownerId);
    q.bindValue(QStringLiteral(":owner3"), ownerId);
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    if (auto r = sql::run(q, Database::tr("counting your queue")); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace bantam
