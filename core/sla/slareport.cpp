#include "sla/slareport.h"

#include "reports/reportcatalog.h"
#include "reports/reportservice.h"
#include "sla/slarepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/userrepository.h"

#include <QCollator>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace bantam {

namespace {

qint64 startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

struct People
{
    std::map<qint64, User> users;
};

Result<People> people(const Database &db)
{
    People p;
    UserRepository users(db);
    auto all = users.all();
    if (!all)
        return all.error();
    for (const User &u : all.value())
        p.users[u.id] = u;
    return p;
}

QString unassigned()
{
    return QCoreApplication::translate("SlaReports", "(unassigned)");
}

// Rows per owner become rows per rep (by name), per team (by name) and the total; add(into, from)
// sums one row's counts into another.
template <typename Row, typename Add>
std::vector<Row> rollUp(
    const std::map<std::optional<qint64>, Row> &byOwner, const People &people, Add add)
{
    QCollator collator;
    std::vector<Row> reps;
    std::map<qint64, Row> teams;
    Row total;
    total.scope = QStringLiteral("all");
    total.name = QCoreApplication::translate("SlaReports", "All");
    for (const auto &[owner, counts] : byOwner) {
        Row r = counts;
        r.scope = QStringLiteral("rep");
        r.id = owner;
        r.name = unassigned();
        if (owner) {
            const auto u = people.users.find(*owner);
            if (u != people.users.end()) {
                r.name = u->second.name;
                r.team = u->second.teamName;
                if (u->second.teamId) {
                    Row &t = teams[*u->second.teamId];
                    t.scope = QStringLiteral("team");
                    t.id = u->second.teamId;
                    t.name = u->second.teamName;
                    add(t, r);
                }
            }
        }
        add(total, r);
        reps.push_back(std::move(r));
    }
    auto byName = [&collator](const Row &a, const Row &b) {
        const int c = collator.compare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    };
    std::sort(reps.begin(), reps.end(), byName);
    std::vector<Row> teamRows;
    for (auto &[id, row] : teams)
        teamRows.push_back(row);
    std::sort(teamRows.begin(), teamRows.end(), byName);
    reps.insert(reps.end(), teamRows.begin(), teamRows.end());
    reps.push_back(total);
    return reps;
}

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QVariant count(qint64 n)
{
    return QVariant::fromValue<qint64>(n);
}

} // namespace

double SlaComplianceRow::compliance() const
{
    return rate(metOnTime, counted());
}

Result<SlaStatus> SlaReports::status(const QDateTime &now) const
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
    if (auto r = sql::run(q, tr("counting the SLA states")); !r)
        return r.error();
    std::map<std::optional<qint64>, SlaStatusRow> byOwner;
    while (q.next()) {
        std::optional<qint64> owner;
        if (!q.value(0).isNull())
            owner = q.value(0).toLongLong();
        SlaStatusRow row;
        row.breached = q.value(1).toLongLong();
        row.dueSoon = q.value(2).toLongLong();
        row.onTrack = q.value(3).toLongLong() - row.breached - row.dueSoon;
        byOwner[owner] = row;
    }
    q.finish();
    auto who = people(m_db);
    if (!who)
        return who.error();
    SlaStatus status;
    status.at = now;
    status.rows = rollUp(byOwner, who.value(), [](SlaStatusRow &into, const SlaStatusRow &from) {
        into.onTrack += from.onTrack;
        into.dueSoon += from.dueSoon;
        into.breached += from.breached;
    });
    return status;
}

Result<SlaReport> SlaReports::report(const QDate &from, const QDate &to, const QDateTime &now) const
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::invalid(tr("The SLA report needs a start date on or before its end date."),
            QStringLiteral("from"));
    SlaReport report;
    report.from = from;
    report.to = to;
    report.at = now;
    const qint64 start = startOfDay(from), end = startOfDay(to.addDays(1));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);

    // Compliance per week and owner: the met and the open clocks of the period, each read from
    // its partial index in (week, owner) order; per owner, team and week summed up here. The
    // week range drives, the exact period filters.
    const qint64 week1 = slaWeekOf(QDateTime::fromSecsSinceEpoch(start, Qt::UTC));
    const qint64 week2 = slaWeekOf(QDateTime::fromSecsSinceEpoch(end - 1, Qt::UTC));
    const QString period
        = QStringLiteral(" AND c.start_week >= :week1 AND c.start_week <= :week2 AND "
                         "c.started_at >= :from AND c.started_at < :to "
                         "GROUP BY c.start_week, c.owner_id");
    std::map<std::optional<qint64>, SlaComplianceRow> byOwner;
    std::map<qint64, SlaWeek> byWeek;
    for (const bool met : {true, false}) {
        // met: (on time, all); open: (breached now, all)
        q.prepare(QStringLiteral("SELECT c.start_week, c.owner_id, sum(CASE WHEN ")
            + (met ? QStringLiteral("c.stopped_at <= c.due_at")
                   : QStringLiteral("c.due_at <= :now"))
            + QStringLiteral(" THEN 1 ELSE 0 END), count(*) FROM sla_clocks c WHERE ")
            + (met ? QStringLiteral("c.outcome = 'met'") : QStringLiteral("c.stopped_at IS NULL"))
            + period);
        if (!met)
            q.bindValue(QStringLiteral(":now"), sql::epoch(now));
        q.bindValue(QStringLiteral(":week1"), week1);
        q.bindValue(QStringLiteral(":week2"), week2);
        q.bindValue(QStringLiteral(":from"), start);
        q.bindValue(QStringLiteral(":to"), end);
        if (auto r = sql::run(q, tr("computing the SLA compliance")); !r)
            return r.error();
        while (q.next()) {
            std::optional<qint64> owner;
            if (!q.value(1).isNull())
                owner = q.value(1).toLongLong();
            SlaComplianceRow &row = byOwner[owner];
            SlaWeek &week = byWeek[q.value(0).toLongLong()];
            const qint64 flagged = q.value(2).toLongLong(),
                         others = q.value(3).toLongLong() - flagged;
            if (met) {
                row.metOnTime += flagged;
                row.metLate += others;
                week.metOnTime += flagged;
                week.metLate += others;
            } else {
                row.breachedOpen += flagged;
                row.pending += others;
                week.breachedOpen += flagged;
            }
        }
    }
    q.finish();
    auto who = people(m_db);
    if (!who)
        return who.error();
    report.compliance
        = rollUp(byOwner, who.value(), [](SlaComplianceRow &into, const SlaComplianceRow &from) {
              into.metOnTime += from.metOnTime;
              into.metLate += from.metLate;
              into.breachedOpen += from.breachedOpen;
              into.pending += from.pending;
          });
    for (auto &[number, week] : byWeek) {
        week.weekStart = slaWeekStart(number);
        report.weeks.push_back(week);
    }

    // Time to first touch: a histogram of whole business minutes.
    auto policies = SlaRepository(m_db).policies();
    if (!policies)
        return policies.error();
    QStringList ids;
    for (const SlaPolicy &p : policies.value()) {
        if (p.kind == QLatin1String("first_touch"))
            ids << QString::number(p.id);
    }
    // One histogram per first-touch policy, each read from idx_sla_clocks_touch.
    std::map<qint64, qint64> minutes;
    for (const QString &id : ids) {
        q.prepare(QStringLiteral(
            "SELECT c.elapsed_secs / 60, count(*) FROM sla_clocks c WHERE c.policy_id = "
            ":policy AND c.outcome = 'met' AND c.start_week >= :week1 AND c.start_week <= "
            ":week2 AND c.started_at >= :from AND c.started_at < :to "
            "GROUP BY c.elapsed_secs / 60"));
        q.bindValue(QStringLiteral(":policy"), id.toLongLong());
        q.bindValue(QStringLiteral(":week1"), week1);
        q.bindValue(QStringLiteral(":week2"), week2);
        q.bindValue(QStringLiteral(":from"), start);
        q.bindValue(QStringLiteral(":to"), end);
        if (auto r = sql::run(q, tr("computing the time to first touch")); !r)
            return r.error();
        while (q.next()) {
            minutes[q.value(0).toLongLong()] += q.value(1).toLongLong();
            report.firstTouches += q.value(1).toLongLong();
        }
    }
    {
        if (report.firstTouches > 0) {
            report.medianFirstTouchHours
                = double(valueAtRank(minutes, (report.firstTouches + 1) / 2)) / 60.0;
            report.p90FirstTouchHours
                = double(valueAtRank(minutes, (9 * report.firstTouches + 9) / 10)) / 60.0;
        }
    }

    // MQL target vs actual per whole month.
    auto targets = SlaRepository(m_db).mqlTargets();
    if (!targets)
        return targets.error();
    q.prepare(
        QStringLiteral("SELECT count(*) FROM leads l WHERE l.mql_at >= :from AND l.mql_at < :to"));
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        MqlMonth row;
        row.month = m.toString(QStringLiteral("yyyy-MM"));
        const auto t = targets->find(row.month);
        if (t != targets->end())
            row.target = t->second;
        q.bindValue(QStringLiteral(":from"), startOfDay(m));
        q.bindValue(QStringLiteral(":to"), startOfDay(m.addMonths(1)));
        if (auto r = sql::run(q, tr("counting the MQLs of %1").arg(row.month)); !r)
            return r.error();
        if (q.next())
            row.actual = q.value(0).toLongLong();
        q.finish();
        report.mql.push_back(row);
    }
    return report;
}

namespace {

const QString kClockRowColumns
    = QStringLiteral("c.id, c.lead_id, l.first_name, l.last_name, l.company, l.stage, l.score, "
                     "p.name, u.name, c.started_at, "
                     "c.due_soon_at, c.due_at, c.stopped_at, c.outcome");
const QString kClockRowJoins = QStringLiteral(
    " FROM sla_clocks c JOIN leads l ON l.id = c.lead_id JOIN sla_policies p ON p.id = c.policy_id "
    "LEFT JOIN users u ON u.id = c.owner_id");

std::vector<SlaClockRow> clockRows(QSqlQuery &q, const QDateTime &now)
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
        r.policy = slaPolicyDisplayName(q.value(7).toString());
        r.owner = q.value(8).isNull() ? unassigned() : q.value(8).toString();
        SlaClock c;
        c.startedAt = r.startedAt = sql::fromEpoch(q.value(9));
        c.dueSoonAt = r.dueSoonAt = sql::fromEpoch(q.value(10));
        c.dueAt = r.dueAt = sql::fromEpoch(q.value(11));
        c.stoppedAt = r.stoppedAt = sql::fromEpoch(q.value(12));
        c.outcome = clockOutcomeFromKey(q.value(13).toString());
        r.state = c.stateAt(now);
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

Result<std::vector<SlaClockRow>> SlaReports::breaches(
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
    if (auto r = sql::run(q, tr("listing the SLA breaches")); !r)
        return r.error();
    return clockRows(q, now);
}

Result<std::vector<SlaClockRow>> SlaReports::queue(
    qint64 ownerId, const QDateTime &now, qint64 offset, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Each lead once, with its clock due first (ties: the older clock).
    q.prepare(QStringLiteral("SELECT ") + kClockRowColumns + kClockRowJoins
        + QStringLiteral(
            " WHERE c.owner_id = :owner AND c.stopped_at IS NULL AND NOT EXISTS (SELECT 1 FROM "
            "sla_clocks d WHERE d.lead_id = c.lead_id AND d.stopped_at IS NULL AND (d.due_at < "
            "c.due_at OR (d.due_at = c.due_at AND d.id < c.id))) ORDER BY c.due_at, c.id "
            "LIMIT :limit OFFSET :offset"));
    q.bindValue(QStringLiteral(":owner"), ownerId);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (auto r = sql::run(q, tr("reading your queue")); !r)
        return r.error();
    return clockRows(q, now);
}

Result<qint64> SlaReports::queueCount(qint64 ownerId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT count(DISTINCT c.lead_id) FROM sla_clocks c WHERE c.owner_id = :owner AND "
        "c.stopped_at IS NULL"));
    q.bindValue(QStringLiteral(":owner"), ownerId);
    if (auto r = sql::run(q, tr("counting your queue")); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

namespace {

// SLA rows are per rep, per team or for all.
QString scopeLabel(const QString &scope)
{
    if (scope == QLatin1String("rep"))
        return QCoreApplication::translate("ReportTable", "Rep");
    if (scope == QLatin1String("team"))
        return QCoreApplication::translate("ReportTable", "Team");
    if (scope == QLatin1String("all"))
        return QCoreApplication::translate("ReportTable", "All");
    return scope;
}

QString stateLabel(const QString &state)
{
    for (SlaState st : {SlaState::OnTrack, SlaState::DueSoon, SlaState::Breached,
             SlaState::MetOnTime, SlaState::MetLate, SlaState::Cancelled}) {
        if (state == slaStateKey(st))
            return slaStateName(st);
    }
    return state;
}

// The columns of the SLA tables (the report catalog's way of declaring them).
const ReportTableSpec &slaStatusSpec()
{
    static const ReportTableSpec spec {"status", QT_TRANSLATE_NOOP("ReportTable", "SLA clocks now"),
        {{"scope", QT_TRANSLATE_NOOP("ReportTable", "For"), CellKind::Code, scopeLabel},
            {"name", QT_TRANSLATE_NOOP("ReportTable", "Name"), CellKind::Text},
            {"team", QT_TRANSLATE_NOOP("ReportTable", "Team"), CellKind::Text},
            {"onTrack", QT_TRANSLATE_NOOP("ReportTable", "On track"), CellKind::Count},
            {"dueSoon", QT_TRANSLATE_NOOP("ReportTable", "Due soon"), CellKind::Count},
            {"breached", QT_TRANSLATE_NOOP("ReportTable", "Breached"), CellKind::Count},
            {"open", QT_TRANSLATE_NOOP("ReportTable", "Open clocks"), CellKind::Count}}};
    return spec;
}

const ReportTableSpec &slaComplianceSpec()
{
    static const ReportTableSpec spec {"compliance",
        QT_TRANSLATE_NOOP("ReportTable", "SLA compliance"),
        {{"scope", QT_TRANSLATE_NOOP("ReportTable", "For"), CellKind::Code, scopeLabel},
            {"name", QT_TRANSLATE_NOOP("ReportTable", "Name"), CellKind::Text},
            {"team", QT_TRANSLATE_NOOP("ReportTable", "Team"), CellKind::Text},
            {"metOnTime", QT_TRANSLATE_NOOP("ReportTable", "Met on time"), CellKind::Count},
            {"metLate", QT_TRANSLATE_NOOP("ReportTable", "Met late"), CellKind::Count},
            {"breachedOpen", QT_TRANSLATE_NOOP("ReportTable", "Breached, still open"),
                CellKind::Count},
            {"pending", QT_TRANSLATE_NOOP("ReportTable", "Pending"), CellKind::Count},
            {"complianceRate", QT_TRANSLATE_NOOP("ReportTable", "Compliance"), CellKind::Rate}}};
    return spec;
}

const ReportTableSpec &slaFirstTouchSpec()
{
    static const ReportTableSpec spec {"firstTouch",
        QT_TRANSLATE_NOOP("ReportTable", "Time to first touch (business hours)"),
        {{"firstTouches", QT_TRANSLATE_NOOP("ReportTable", "First touches"), CellKind::Count},
            {"medianHours", QT_TRANSLATE_NOOP("ReportTable", "Median (hours)"), CellKind::Hours},
            {"p90Hours", QT_TRANSLATE_NOOP("ReportTable", "90th percentile (hours)"),
                CellKind::Hours}}};
    return spec;
}

const ReportTableSpec &slaWeeklySpec()
{
    static const ReportTableSpec spec {"weekly",
        QT_TRANSLATE_NOOP("ReportTable", "SLA compliance by week"),
        {{"week", QT_TRANSLATE_NOOP("ReportTable", "Week from"), CellKind::Text},
            {"metOnTime", QT_TRANSLATE_NOOP("ReportTable", "Met on time"), CellKind::Count},
            {"metLate", QT_TRANSLATE_NOOP("ReportTable", "Met late"), CellKind::Count},
            {"breachedOpen", QT_TRANSLATE_NOOP("ReportTable", "Breached, still open"),
                CellKind::Count},
            {"complianceRate", QT_TRANSLATE_NOOP("ReportTable", "Compliance"), CellKind::Rate}}};
    return spec;
}

const ReportTableSpec &mqlTargetSpec()
{
    static const ReportTableSpec spec {"mqlTargets",
        QT_TRANSLATE_NOOP("ReportTable", "MQL target vs actual"),
        {{"month", QT_TRANSLATE_NOOP("ReportTable", "Month"), CellKind::Text},
            {"target", QT_TRANSLATE_NOOP("ReportTable", "MQL target"), CellKind::Count},
            {"actual", QT_TRANSLATE_NOOP("ReportTable", "MQLs"), CellKind::Count},
            {"attainmentRate", QT_TRANSLATE_NOOP("ReportTable", "Of target"), CellKind::Rate}}};
    return spec;
}

const ReportTableSpec &slaBreachSpec()
{
    static const ReportTableSpec spec {"breaches", QT_TRANSLATE_NOOP("ReportTable", "Breaches"),
        {{"leadId", QT_TRANSLATE_NOOP("ReportTable", "Lead id"), CellKind::Number},
            {"lead", QT_TRANSLATE_NOOP("ReportTable", "Lead"), CellKind::Text},
            {"company", QT_TRANSLATE_NOOP("ReportTable", "Company"), CellKind::Text},
            {"policy", QT_TRANSLATE_NOOP("ReportTable", "Policy"), CellKind::Text},
            {"owner", QT_TRANSLATE_NOOP("ReportTable", "Owner"), CellKind::Text},
            {"dueAt", QT_TRANSLATE_NOOP("ReportTable", "Due"), CellKind::Instant},
            {"state", QT_TRANSLATE_NOOP("ReportTable", "State"), CellKind::Code, stateLabel}}};
    return spec;
}

// ReportTable::display finds the SLA columns too (values read back from JSON by key).
[[maybe_unused]] const bool declared = declareReportTables({&slaStatusSpec(), &slaComplianceSpec(),
    &slaFirstTouchSpec(), &slaWeeklySpec(), &mqlTargetSpec(), &slaBreachSpec()});

} // namespace

ReportTable slaStatusTable(const SlaStatus &status)
{
    ReportTable t(slaStatusSpec());
    for (const SlaStatusRow &r : status.rows)
        t.rows.append({r.scope, r.name, r.team, count(r.onTrack), count(r.dueSoon),
            count(r.breached), count(r.open())});
    return t;
}

ReportTable slaComplianceTable(const SlaReport &report)
{
    ReportTable t(slaComplianceSpec());
    for (const SlaComplianceRow &r : report.compliance) {
        t.rows.append({r.scope, r.name, r.team, count(r.metOnTime), count(r.metLate),
            count(r.breachedOpen), count(r.pending), r.compliance()});
    }
    return t;
}

ReportTable slaFirstTouchTable(const SlaReport &report)
{
    ReportTable t(slaFirstTouchSpec());
    t.rows.append({count(report.firstTouches), durationCell(report.medianFirstTouchHours),
        durationCell(report.p90FirstTouchHours)});
    return t;
}

ReportTable slaWeeklyTable(const SlaReport &report)
{
    ReportTable t(slaWeeklySpec());
    for (const SlaWeek &w : report.weeks) {
        t.rows.append({w.weekStart.toString(Qt::ISODate), count(w.metOnTime), count(w.metLate),
            count(w.breachedOpen), rate(w.metOnTime, w.metOnTime + w.metLate + w.breachedOpen)});
    }
    return t;
}

ReportTable mqlTargetTable(const SlaReport &report)
{
    ReportTable t(mqlTargetSpec());
    for (const MqlMonth &m : report.mql) {
        t.rows.append({m.month, m.target ? count(*m.target) : QVariant(), count(m.actual),
            m.target && *m.target > 0 ? QVariant(rate(m.actual, *m.target)) : QVariant()});
    }
    return t;
}

ReportTable slaBreachTable(const std::vector<SlaClockRow> &rows)
{
    ReportTable t(slaBreachSpec());
    for (const SlaClockRow &r : rows)
        t.rows.append({count(r.leadId), r.leadName, r.company, r.policy, r.owner, iso(r.dueAt),
            slaStateKey(r.state)});
    return t;
}

} // namespace bantam
