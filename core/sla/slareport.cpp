#include "sla/slareport.h"

#include "domain/callback.h"
#include "phone/homeregion.h"
#include "phone/localtime.h"
#include "reports/reportcatalog.h"
#include "reports/reportservice.h"
#include "storage/cadencerepository.h"
#include "storage/slarepository.h"
#include "storage/userrepository.h"

#include <QCollator>

#include <algorithm>
#include <map>

namespace bantam {

namespace {

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
    teamRows.reserve(teams.size());
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
    auto states = SlaReportQueries(m_db).openStates(now);
    if (!states)
        return states.error();
    std::map<std::optional<qint64>, SlaStatusRow> byOwner;
    for (const SlaReportQueries::OwnerStates &s : states.value()) {
        SlaStatusRow row;
        row.breached = s.breached;
        row.dueSoon = s.dueSoon;
        row.onTrack = s.open - row.breached - row.dueSoon;
        byOwner[s.ownerId] = row;
    }
    auto missed = SlaReportQueries(m_db).missedCallbacks(
        now.addSecs(-qint64(Callback::OverdueAfterMinutes) * 60));
    if (!missed)
        return missed.error();
    for (const auto &[owner, n] : missed.value())
        byOwner[owner].missedCallbacks = n;
    auto who = people(m_db);
    if (!who)
        return who.error();
    SlaStatus status;
    status.at = now;
    status.rows = rollUp(byOwner, who.value(), [](SlaStatusRow &into, const SlaStatusRow &from) {
        into.onTrack += from.onTrack;
        into.dueSoon += from.dueSoon;
        into.breached += from.breached;
        into.missedCallbacks += from.missedCallbacks;
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
    if (auto r = addCompliance(report); !r)
        return r.error();
    if (auto r = addFirstTouch(report); !r)
        return r.error();
    if (auto r = addMqlTargets(report); !r)
        return r.error();
    return report;
}

Result<void> SlaReports::addCompliance(SlaReport &report) const
{
    // Compliance per week and owner: the met and the open clocks of the period; per owner, team
    // and week summed up here.
    auto counts = SlaReportQueries(m_db).weekCounts(report.from, report.to, report.at);
    if (!counts)
        return counts.error();
    std::map<std::optional<qint64>, SlaComplianceRow> byOwner;
    std::map<qint64, SlaWeek> byWeek;
    for (const SlaReportQueries::WeekCounts &c : counts.value()) {
        SlaComplianceRow &row = byOwner[c.ownerId];
        row.metOnTime += c.metOnTime;
        row.metLate += c.metLate;
        row.breachedOpen += c.breachedOpen;
        row.pending += c.pending;
        SlaWeek &week = byWeek[c.week];
        week.metOnTime += c.metOnTime;
        week.metLate += c.metLate;
        week.breachedOpen += c.breachedOpen;
    }
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
    return {};
}

Result<void> SlaReports::addFirstTouch(SlaReport &report) const
{
    // Time to first touch: a histogram of whole business minutes over the first-touch policies.
    auto policies = SlaRepository(m_db).policies();
    if (!policies)
        return policies.error();
    std::map<qint64, qint64> minutes;
    for (const SlaPolicy &p : policies.value()) {
        if (p.kind != QLatin1String("first_touch"))
            continue;
        auto histogram = SlaReportQueries(m_db).metMinutes(p.id, report.from, report.to);
        if (!histogram)
            return histogram.error();
        for (const auto &[minute, clocks] : histogram.value()) {
            minutes[minute] += clocks;
            report.firstTouches += clocks;
        }
    }
    if (report.firstTouches > 0) {
        report.medianFirstTouchHours
            = double(valueAtRank(minutes, (report.firstTouches + 1) / 2)) / 60.0;
        report.p90FirstTouchHours
            = double(valueAtRank(minutes, (9 * report.firstTouches + 9) / 10)) / 60.0;
    }
    return {};
}

Result<void> SlaReports::addMqlTargets(SlaReport &report) const
{
    // MQL target vs actual per whole month.
    auto targets = SlaRepository(m_db).mqlTargets();
    if (!targets)
        return targets.error();
    for (QDate m(report.from.year(), report.from.month(), 1); m <= report.to; m = m.addMonths(1)) {
        MqlMonth row;
        row.month = m.toString(QStringLiteral("yyyy-MM"));
        const auto t = targets->find(row.month);
        if (t != targets->end())
            row.target = t->second;
        auto actual = SlaReportQueries(m_db).mqlCount(m, m.addMonths(1));
        if (!actual)
            return actual.error();
        row.actual = actual.value();
        report.mql.push_back(row);
    }
    return {};
}

namespace {

// The clocks of a list as people read them.
std::vector<SlaClockRow> forPeople(std::vector<SlaClockRow> rows)
{
    for (SlaClockRow &r : rows) {
        r.policy = r.callback ? SlaReports::tr("Callback")
            : r.cadenceOnly   ? SlaReports::tr("Call cadence")
                              : slaPolicyDisplayName(r.policy);
        if (r.owner.isNull())
            r.owner = unassigned();
    }
    return rows;
}

} // namespace

Result<std::vector<SlaClockRow>> SlaReports::breaches(
    const QDate &from, const QDate &to, const QDateTime &now, int limit) const
{
    auto rows = SlaReportQueries(m_db).breaches(from, to, now, limit);
    if (!rows)
        return rows.error();
    return forPeople(std::move(rows).value());
}

Result<std::vector<SlaClockRow>> SlaReports::queue(
    qint64 ownerId, const QDateTime &now, qint64 offset, int limit) const
{
    // The calling window needs each lead's local time, which SQL does not know: the queue is
    // read whole (up to QueueWindowRows) and its callable leads put first here, then paged.
    auto settings = CadenceRepository(m_db).settings();
    if (!settings)
        return settings.error();
    const CallingWindow window = CallingWindow::fromSettings(settings.value());
    // National numbers are the home region's (phone/homeregion.h), like everywhere else.
    const QString home = settings->value(QStringLiteral("home_region"), HomeRegion::Default);
    const SlaReportQueries queries(m_db);
    const auto annotate = [&](std::vector<SlaClockRow> rows) {
        rows = forPeople(std::move(rows));
        for (SlaClockRow &r : rows) {
            const LocalTime local = LocalTime::of(r.phone, r.country, home);
            r.localTime = local.text(now);
            r.localTimeDescription = local.description(now);
            r.outsideCallingWindow = local.isKnown() && !local.inWindow(now, window);
        }
        return rows;
    };
    // Beyond the first QueueWindowRows the queue keeps its SQL order (deep pages stay cheap).
    if (offset >= QueueWindowRows) {
        auto rows = queries.queue(ownerId, now, offset, limit);
        if (!rows)
            return rows.error();
        return annotate(std::move(rows).value());
    }
    auto rows = queries.queue(ownerId, now, 0, QueueWindowRows);
    if (!rows)
        return rows.error();
    std::vector<SlaClockRow> all = annotate(std::move(rows).value());
    // Due callbacks stay on top (a promised time is the lead's own); then the leads that can be
    // called now; then those outside the window and those whose next attempt is not due yet.
    std::stable_partition(all.begin(), all.end(), [](const SlaClockRow &r) {
        return r.callback || (!r.attemptNotYetDue && !r.outsideCallingWindow);
    });
    std::vector<SlaClockRow> page;
    for (qint64 i = offset; i < qint64(all.size()) && i < offset + limit; ++i)
        page.push_back(std::move(all[size_t(i)]));
    if (offset + limit > QueueWindowRows && qint64(all.size()) == QueueWindowRows) {
        auto more
            = queries.queue(ownerId, now, QueueWindowRows, int(offset + limit - QueueWindowRows));
        if (!more)
            return more.error();
        for (SlaClockRow &r : annotate(std::move(more).value()))
            page.push_back(std::move(r));
    }
    return page;
}

Result<qint64> SlaReports::queueCount(qint64 ownerId, const QDateTime &now) const
{
    return SlaReportQueries(m_db).queueCount(ownerId, now);
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
            {"open", QT_TRANSLATE_NOOP("ReportTable", "Open clocks"), CellKind::Count},
            {"missedCallbacks", QT_TRANSLATE_NOOP("ReportTable", "Missed callbacks"),
                CellKind::Count}}};
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
            count(r.breached), count(r.open()), count(r.missedCallbacks)});
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
