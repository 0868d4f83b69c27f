#include "storage/reportqueries.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace bantam {

namespace {

// One statement with its bound values; the SQL is built from fixed fragments only.
struct Statement
{
    QString sql;
    QList<QPair<QString, QVariant>> binds;

    void bind(const QString &name, const QVariant &value) { binds.append({name, value}); }
};

qint64 startOfDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

// Days since 1970-01-01 (UTC): epoch seconds / 86400 in SQL, for whole non-negative seconds.
qint64 epochDay(QDate day)
{
    return day.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}

// "Reached" counts a later stage too: a lead that skipped MQL (Lead -> SQL) has reached MQL.
const QString kReachedMql = QStringLiteral(
    "sum(CASE WHEN l.mql_at IS NOT NULL OR l.sql_at IS NOT NULL OR l.won_at IS NOT NULL "
    "THEN 1 ELSE 0 END)");
const QString kReachedSql = QStringLiteral(
    "sum(CASE WHEN l.sql_at IS NOT NULL OR l.won_at IS NOT NULL THEN 1 ELSE 0 END)");
const QString kReachedWon = QStringLiteral("sum(CASE WHEN l.won_at IS NOT NULL THEN 1 ELSE 0 END)");

// Which index column a report may reach its rows through. Every report aggregates one covering
// index in its GROUP BY order (see migration 3); a filter on any other column is written as a
// no-op expression (x || '' for text, x + 0 for numbers, as in LeadRepository), which SQLite
// cannot look up in an index, so its planner never trades the covering scan for a narrower
// index plus a table read per row (e.g. a team's 500,000 leads through idx_leads_owner_stage).
// PostgreSQL reads them as the plain values.
enum class Drive { Nothing, Source, Owner, Anything };

// The conditions on leads l other than the creation date. suffix keeps the parameter names of
// several SELECTs in one statement apart (Qt binds each name once).
QStringList leadConditions(const ReportFilter &f, Statement &st, const QString &suffix, Drive drive)
{
    QStringList where;
    auto text = [&](const char *column, bool indexed) {
        return indexed || drive == Drive::Anything
            ? QStringLiteral("l.%1").arg(QLatin1String(column))
            : QStringLiteral("l.%1 || ''").arg(QLatin1String(column));
    };
    auto equal = [&](const QString &column, const char *param, const QVariant &value) {
        const QString name = QLatin1Char(':') + QLatin1String(param) + suffix;
        where << column + QStringLiteral(" = ") + name;
        st.bind(name, value);
    };
    if (!f.source.isEmpty())
        equal(text("source", drive == Drive::Source), "source", f.source);
    if (!f.campaign.isEmpty())
        equal(text("campaign", false), "campaign", f.campaign);
    if (!f.country.isEmpty())
        equal(text("country", false), "country", f.country);
    const QString owner = drive == Drive::Owner || drive == Drive::Anything
        ? QStringLiteral("l.owner_id")
        : QStringLiteral("l.owner_id + 0");
    if (f.ownerId)
        equal(owner, "owner", *f.ownerId);
    if (f.teamId) {
        const QString name = QStringLiteral(":team") + suffix;
        where << owner
                + QStringLiteral(" IN (SELECT u.id FROM users u WHERE u.team_id = %1)").arg(name);
        st.bind(name, *f.teamId);
    }
    return where;
}

// The cohort: leads created in the range (whole UTC days) that match the other filters. The
// creation date never drives (a year is most of the leads: idx_leads_created plus a table read
// per lead would be the slowest way there).
QStringList cohortConditions(
    const ReportFilter &f, Statement &st, Drive drive, const QString &suffix = {})
{
    QStringList where;
    if (f.from.isValid()) {
        where << QStringLiteral("l.created_at + 0 >= :from") + suffix;
        st.bind(QStringLiteral(":from") + suffix, startOfDay(f.from));
    }
    if (f.to.isValid()) {
        where << QStringLiteral("l.created_at + 0 < :to") + suffix;
        st.bind(QStringLiteral(":to") + suffix, startOfDay(f.to.addDays(1)));
    }
    return where + leadConditions(f, st, suffix, drive);
}

QString whereClause(const QStringList &conditions)
{
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

Statement funnelSql(const ReportFilter &f)
{
    Statement st;
    st.sql = QStringLiteral("SELECT count(*), %1, %2, %3 FROM leads l")
                 .arg(kReachedMql, kReachedSql, kReachedWon)
        + whereClause(cohortConditions(f, st, Drive::Source));
    return st;
}

Statement sourcesSql(const ReportFilter &f)
{
    Statement st;
    st.sql = QStringLiteral("SELECT l.source, count(*), %1, %2, %3 FROM leads l")
                 .arg(kReachedMql, kReachedSql, kReachedWon)
        + whereClause(cohortConditions(f, st, Drive::Source))
        + QStringLiteral(" GROUP BY l.source ORDER BY l.source"); // ties keep this order
    return st;
}

// The three steps, each an hour histogram read from its own partial expression index (see
// migration 3); the step's condition is the index's WHERE, the expression its key.
struct Step
{
    Stage from, to;
    const char *hours;
    const char *made;
};
const Step kSteps[] = {
    {Stage::Lead, Stage::Mql, "(l.mql_at - l.created_at) / 3600", "l.mql_at >= l.created_at"},
    {Stage::Mql, Stage::Sql, "(l.sql_at - l.mql_at) / 3600", "l.sql_at >= l.mql_at"},
    {Stage::Sql, Stage::Won, "(l.won_at - l.sql_at) / 3600", "l.won_at >= l.sql_at"},
};

Statement velocitySql(const ReportFilter &f)
{
    Statement st;
    QStringList parts;
    for (int i = 0; i < 3; ++i) {
        const Step &s = kSteps[i];
        const QString hours = QLatin1String(s.hours);
        const QStringList where = QStringList {QLatin1String(s.made)}
            + cohortConditions(f, st, Drive::Nothing, QString::number(i + 1));
        parts << QStringLiteral("SELECT %1 AS step, %2 AS hours, count(*) AS leads FROM leads l")
                     .arg(i)
                     .arg(hours)
                + whereClause(where) + QStringLiteral(" GROUP BY ") + hours;
    }
    st.sql = parts.join(QLatin1String(" UNION ALL "));
    return st;
}

// Events in the range, not a cohort: disqualifications and rejections by the day they happened,
// grouped in the order of idx_history_reason_day; months and totals are summed up from the days.
Statement reasonsSql(const ReportFilter &f)
{
    Statement st;
    // An import's closing step counts as the move it stands for (disqualify or lose).
    QStringList where = {QStringLiteral("h.reason_code IS NOT NULL"),
        QStringLiteral("(h.action IN ('disqualify', 'reject', 'lose') OR (h.action = 'import' AND "
                       "h.to_stage IN ('disqualified', 'lost')))")};
    if (f.from.isValid()) {
        where << QStringLiteral("h.changed_at / 86400 >= :fromday");
        st.bind(QStringLiteral(":fromday"), epochDay(f.from));
    }
    if (f.to.isValid()) {
        where << QStringLiteral("h.changed_at / 86400 <= :today");
        st.bind(QStringLiteral(":today"), epochDay(f.to));
    }
    // The matching leads' ids are collected once and looked up while reading the index (the
    // + 0 keeps SQLite from reading the history lead by lead instead).
    const QStringList leads = leadConditions(f, st, {}, Drive::Anything);
    if (!leads.isEmpty())
        where << QStringLiteral("h.lead_id + 0 IN (SELECT l.id FROM leads l") + whereClause(leads)
                + QLatin1Char(')');
    const QString action = QStringLiteral(
        "CASE WHEN h.action <> 'import' THEN h.action WHEN h.to_stage = 'lost' THEN 'lose' "
        "ELSE 'disqualify' END");
    st.sql = QStringLiteral("SELECT %1, h.reason_code, h.changed_at / 86400, count(*) "
                            "FROM stage_history h")
                 .arg(action)
        + whereClause(where)
        + QStringLiteral(" GROUP BY %1, h.reason_code, h.changed_at / 86400").arg(action);
    return st;
}

// Per rep: the leads assigned to them in the range (the first assignment of each lead to each rep
// there), with the score and band the lead had then; whether the lead first reached SQL (Won)
// while that rep had it, i.e. at or after this assignment and before the lead's next assignment
// to someone else; and the rep's open load now against their capacity. Every active rep and
// senior rep gets a row, so one who received nothing shows up too. What each assignment needs is
// kept on it (migration 22), so without lead filters this reads idx_assignments_user_time alone,
// in the order of its GROUP BY.
Statement fairnessSql(const ReportFilter &f)
{
    Statement st;
    QStringList received;
    // The first assignment of the lead to the rep in the range: none earlier to the rep at all,
    // or the latest earlier one before the range. One after the range (an assignment written
    // with an earlier time than one before it) is the rare case looked up.
    QStringList first = {QStringLiteral("a.prev_same_at IS NULL")};
    QStringList earlier = {QStringLiteral("g.lead_id = a.lead_id"),
        QStringLiteral("g.user_id + 0 = a.user_id"), QStringLiteral("g.id < a.id")};
    if (f.from.isValid()) {
        received << QStringLiteral("a.assigned_at >= :afrom");
        first << QStringLiteral("a.prev_same_at < :pfrom");
        earlier << QStringLiteral("g.assigned_at >= :gfrom");
        st.bind(QStringLiteral(":afrom"), startOfDay(f.from));
        st.bind(QStringLiteral(":pfrom"), startOfDay(f.from));
        st.bind(QStringLiteral(":gfrom"), startOfDay(f.from));
    }
    if (f.to.isValid()) {
        received << QStringLiteral("a.assigned_at < :ato");
        earlier << QStringLiteral("g.assigned_at < :gto");
        first << QStringLiteral("(a.prev_same_at >= :pto AND NOT EXISTS (SELECT 1 FROM "
                                "assignments g WHERE %1))")
                     .arg(earlier.join(QLatin1String(" AND ")));
        st.bind(QStringLiteral(":ato"), startOfDay(f.to.addDays(1)));
        st.bind(QStringLiteral(":pto"), startOfDay(f.to.addDays(1)));
        st.bind(QStringLiteral(":gto"), startOfDay(f.to.addDays(1)));
    }
    received << QLatin1Char('(') + first.join(QLatin1String(" OR ")) + QLatin1Char(')');
    // Team and rep are the receiving rep's (below); the lead filters apply to the lead.
    ReportFilter leadFilter = f;
    leadFilter.teamId.reset();
    leadFilter.ownerId.reset();
    const QStringList leadWhere = leadConditions(leadFilter, st, {}, Drive::Anything);
    // Whether the lead first entered SQL (a lead that went straight to Won: then) or Won in the
    // rep's time with it: at or after this assignment, before the next one to someone else.
    auto during = [](const char *at) {
        return QStringLiteral("sum(CASE WHEN x.%1 >= x.assigned_at AND (x.next_at IS NULL "
                              "OR x.%1 < x.next_at) THEN 1 ELSE 0 END)")
            .arg(QLatin1String(at));
    };
    QStringList users = {QStringLiteral(
        "(r.user_id IS NOT NULL OR (u.active = 1 AND u.role IN ('rep', 'senior_rep')))")};
    if (f.teamId) {
        users << QStringLiteral("u.team_id = :team");
        st.bind(QStringLiteral(":team"), *f.teamId);
    }
    if (f.ownerId) {
        users << QStringLiteral("u.id = :owner");
        st.bind(QStringLiteral(":owner"), *f.ownerId);
    }
    st.sql = QStringLiteral(
                 "SELECT u.id, u.name, t.name, coalesce(r.received, 0), r.average_score, "
                 "coalesce(r.hot, 0), coalesce(r.reached_sql, 0), coalesce(r.reached_won, 0), "
                 "(SELECT count(*) FROM leads o WHERE o.owner_id = u.id "
                 "AND o.stage IN ('lead', 'mql', 'sql')), u.capacity_open "
                 "FROM users u LEFT JOIN teams t ON t.id = u.team_id LEFT JOIN ("
                 "SELECT x.user_id AS user_id, count(*) AS received, "
                 "avg(x.score) AS average_score, sum(x.hot) AS hot, "
                 "%1 AS reached_sql, %2 AS reached_won FROM ("
                 "SELECT a.user_id AS user_id, a.score_at_assignment AS score, a.hot AS hot, "
                 "a.assigned_at AS assigned_at, coalesce(a.lead_sql_at, a.lead_won_at) AS sql_at, "
                 "a.lead_won_at AS won_at, a.next_other_at AS next_at FROM assignments a")
                 .arg(during("sql_at"), during("won_at"))
        + (leadWhere.isEmpty() ? QString() : QStringLiteral(" JOIN leads l ON l.id = a.lead_id"))
        + whereClause(received + leadWhere)
        + QStringLiteral(") x GROUP BY x.user_id) r ON r.user_id = u.id") + whereClause(users);
    return st;
}

// Per score (the order of idx_leads_report_score); the bands are summed up from the scores.
Statement calibrationSql(const ReportFilter &f)
{
    Statement st;
    st.sql = QStringLiteral("SELECT l.score, count(*), %1, %2 FROM leads l")
                 .arg(kReachedSql, kReachedWon)
        + whereClause(cohortConditions(f, st, Drive::Nothing))
        + QStringLiteral(" GROUP BY l.score");
    return st;
}

Statement statementFor(ReportKind kind, const ReportFilter &f)
{
    switch (kind) {
    case ReportKind::Funnel:
        return funnelSql(f);
    case ReportKind::Sources:
        return sourcesSql(f);
    case ReportKind::Velocity:
        return velocitySql(f);
    case ReportKind::Reasons:
        return reasonsSql(f);
    case ReportKind::Fairness:
        return fairnessSql(f);
    case ReportKind::Calibration:
        return calibrationSql(f);
    }
    return {};
}

QString literal(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::QString) {
        QString s = v.toString();
        return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QLatin1String("''"))
            + QLatin1Char('\'');
    }
    return QString::number(v.toLongLong());
}

Result<void> exec(QSqlQuery &q, const Statement &st, const QString &context)
{
    q.setForwardOnly(true);
    if (!q.prepare(st.sql))
        return sql::errorOf(q, context);
    for (const auto &[name, value] : st.binds)
        q.bindValue(name, value);
    return sql::run(q, context);
}

} // namespace

Result<FunnelReport> ReportQueries::funnel(const ReportFilter &filter) const
{
    QSqlQuery q(m_db.connection());
    if (auto r = exec(q, funnelSql(filter), Database::tr("computing the funnel report")); !r)
        return r.error();
    FunnelReport report;
    if (q.next()) {
        report.leads = q.value(0).toLongLong();
        report.mql = q.value(1).toLongLong(); // sum() of no rows is NULL: 0
        report.sql = q.value(2).toLongLong();
        report.won = q.value(3).toLongLong();
    }
    return report;
}

Result<std::vector<SourceRow>> ReportQueries::sources(const ReportFilter &filter) const
{
    QSqlQuery q(m_db.connection());
    if (auto r = exec(q, sourcesSql(filter), Database::tr("computing the sources report")); !r)
        return r.error();
    std::vector<SourceRow> rows;
    while (q.next()) {
        rows.push_back({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toLongLong(), q.value(4).toLongLong()});
    }
    return rows;
}

Result<std::vector<ReportQueries::StepHours>> ReportQueries::velocity(
    const ReportFilter &filter) const
{
    QSqlQuery q(m_db.connection());
    if (auto r = exec(q, velocitySql(filter), Database::tr("computing the velocity report")); !r)
        return r.error();
    std::vector<StepHours> steps;
    for (const Step &s : kSteps)
        steps.push_back({s.from, s.to, {}});
    while (q.next()) {
        const int step = q.value(0).toInt();
        if (step >= 0 && step < 3)
            steps[size_t(step)].hours[q.value(1).toLongLong()] += q.value(2).toLongLong();
    }
    return steps;
}

Result<std::vector<ReportQueries::ReasonDay>> ReportQueries::reasonDays(
    const ReportFilter &filter) const
{
    QSqlQuery q(m_db.connection());
    if (auto r = exec(q, reasonsSql(filter), Database::tr("computing the reasons report")); !r)
        return r.error();
    std::vector<ReasonDay> days;
    while (q.next()) {
        days.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toLongLong()});
    }
    return days;
}

Result<std::vector<FairnessRow>> ReportQueries::fairness(const ReportFilter &filter) const
{
    QSqlQuery q(m_db.connection());
    if (auto r = exec(q, fairnessSql(filter), Database::tr("computing the workload report")); !r)
        return r.error();
    std::vector<FairnessRow> rows;
    while (q.next()) {
        FairnessRow row;
        row.userId = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.team = q.value(2).toString();
        row.received = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            row.averageScore = q.value(4).toDouble();
        row.hot = q.value(5).toLongLong();
        row.sql = q.value(6).toLongLong();
        row.won = q.value(7).toLongLong();
        row.openLeads = q.value(8).toLongLong();
        row.capacityOpen = q.value(9).toInt();
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<ReportQueries::ScoreCount>> ReportQueries::scores(
    const ReportFilter &filter) const
{
    QSqlQuery q(m_db.connection());
    if (auto r = exec(q, calibrationSql(filter), Database::tr("computing the calibration report"));
        !r)
        return r.error();
    std::vector<ScoreCount> counts;
    while (q.next()) {
        counts.push_back({q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toLongLong()});
    }
    return counts;
}

QStringList ReportQueries::statements(ReportKind kind, const ReportFilter &filter)
{
    const Statement st = statementFor(kind, filter);
    QString sql = st.sql;
    auto binds = st.binds;
    // Longest names first, so ":to" never replaces the start of ":today".
    std::sort(binds.begin(), binds.end(),
        [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &[name, value] : binds)
        sql.replace(name, literal(value));
    return {sql};
}

} // namespace bantam
