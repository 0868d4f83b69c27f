// The report catalog: the six reports of ReportService, their tables and their columns.
#include "reports/reportcatalog.h"

#include "domain/stage.h"

#include <QCoreApplication>

#include <map>

namespace bantam {

namespace {

QString sourceLabel(const QString &source)
{
    return source.isEmpty() ? QCoreApplication::translate("ReportTable", "(no source)") : source;
}

QString reasonKindLabel(const QString &kind)
{
    if (kind == QLatin1String("disqualify"))
        return QCoreApplication::translate("ReportTable", "Disqualification");
    if (kind == QLatin1String("reject"))
        return QCoreApplication::translate("ReportTable", "MQL rejected by sales");
    if (kind == QLatin1String("lost"))
        return QCoreApplication::translate("ReportTable", "Deal lost");
    return kind;
}

const ReportTableSpec &funnelSpec()
{
    static const ReportTableSpec spec {"funnel", QT_TRANSLATE_NOOP("ReportTable", "Funnel"),
        {{"stage", QT_TRANSLATE_NOOP("ReportTable", "Stage"), CellKind::Stage},
            {"leads", QT_TRANSLATE_NOOP("ReportTable", "Leads"), CellKind::Count},
            {"stepRate", QT_TRANSLATE_NOOP("ReportTable", "From previous stage"), CellKind::Rate},
            {"cohortRate", QT_TRANSLATE_NOOP("ReportTable", "Of all leads"), CellKind::Rate}}};
    return spec;
}

const ReportTableSpec &sourcesSpec()
{
    static const ReportTableSpec spec {"sources", QT_TRANSLATE_NOOP("ReportTable", "Sources"),
        {{"source", QT_TRANSLATE_NOOP("ReportTable", "Source"), CellKind::Code, sourceLabel},
            {"leads", QT_TRANSLATE_NOOP("ReportTable", "Leads"), CellKind::Count},
            {"mql", QT_TRANSLATE_NOOP("ReportTable", "MQL"), CellKind::Count},
            {"sql", QT_TRANSLATE_NOOP("ReportTable", "SQL"), CellKind::Count},
            {"won", QT_TRANSLATE_NOOP("ReportTable", "Won"), CellKind::Count},
            {"leadToMqlRate", QT_TRANSLATE_NOOP("ReportTable", "Lead → MQL"), CellKind::Rate},
            {"mqlToSqlRate", QT_TRANSLATE_NOOP("ReportTable", "MQL → SQL"), CellKind::Rate},
            {"sqlToWonRate", QT_TRANSLATE_NOOP("ReportTable", "SQL → Won"), CellKind::Rate},
            {"leadToWonRate", QT_TRANSLATE_NOOP("ReportTable", "Close rate"), CellKind::Rate}}};
    return spec;
}

const ReportTableSpec &velocitySpec()
{
    static const ReportTableSpec spec {"velocity", QT_TRANSLATE_NOOP("ReportTable", "Velocity"),
        {{"from", QT_TRANSLATE_NOOP("ReportTable", "From"), CellKind::Stage},
            {"to", QT_TRANSLATE_NOOP("ReportTable", "To"), CellKind::Stage},
            {"leads", QT_TRANSLATE_NOOP("ReportTable", "Leads"), CellKind::Count},
            {"medianDays", QT_TRANSLATE_NOOP("ReportTable", "Median (days)"), CellKind::Days},
            {"p90Days", QT_TRANSLATE_NOOP("ReportTable", "90th percentile (days)"),
                CellKind::Days}}};
    return spec;
}

const ReportTableSpec &reasonsSpec()
{
    static const ReportTableSpec spec {"totals", QT_TRANSLATE_NOOP("ReportTable", "Reasons"),
        {{"kind", QT_TRANSLATE_NOOP("ReportTable", "Kind"), CellKind::Code, reasonKindLabel},
            {"code", QT_TRANSLATE_NOOP("ReportTable", "Code"), CellKind::Text},
            {"reason", QT_TRANSLATE_NOOP("ReportTable", "Reason"), CellKind::Text},
            {"count", QT_TRANSLATE_NOOP("ReportTable", "Count"), CellKind::Count}}};
    return spec;
}

const ReportTableSpec &reasonsByMonthSpec()
{
    static const ReportTableSpec spec {"byMonth",
        QT_TRANSLATE_NOOP("ReportTable", "Reasons by month"),
        {{"month", QT_TRANSLATE_NOOP("ReportTable", "Month"), CellKind::Text},
            {"kind", QT_TRANSLATE_NOOP("ReportTable", "Kind"), CellKind::Code, reasonKindLabel},
            {"code", QT_TRANSLATE_NOOP("ReportTable", "Code"), CellKind::Text},
            {"reason", QT_TRANSLATE_NOOP("ReportTable", "Reason"), CellKind::Text},
            {"count", QT_TRANSLATE_NOOP("ReportTable", "Count"), CellKind::Count}}};
    return spec;
}

const ReportTableSpec &fairnessSpec()
{
    static const ReportTableSpec spec {"fairness",
        QT_TRANSLATE_NOOP("ReportTable", "Workload by rep"),
        {{"rep", QT_TRANSLATE_NOOP("ReportTable", "Rep"), CellKind::Text},
            {"team", QT_TRANSLATE_NOOP("ReportTable", "Team"), CellKind::Text},
            {"received", QT_TRANSLATE_NOOP("ReportTable", "Leads received"), CellKind::Count},
            {"averageScore", QT_TRANSLATE_NOOP("ReportTable", "Average score at assignment"),
                CellKind::Score},
            {"hot", QT_TRANSLATE_NOOP("ReportTable", "Hot"), CellKind::Count},
            {"hotRate", QT_TRANSLATE_NOOP("ReportTable", "Hot share"), CellKind::Rate},
            {"sql", QT_TRANSLATE_NOOP("ReportTable", "SQL"), CellKind::Count},
            {"won", QT_TRANSLATE_NOOP("ReportTable", "Won"), CellKind::Count},
            {"sqlRate", QT_TRANSLATE_NOOP("ReportTable", "SQL rate"), CellKind::Rate},
            {"wonRate", QT_TRANSLATE_NOOP("ReportTable", "Won rate"), CellKind::Rate},
            {"openLeads", QT_TRANSLATE_NOOP("ReportTable", "Open leads now"), CellKind::Count},
            {"capacity", QT_TRANSLATE_NOOP("ReportTable", "Capacity"), CellKind::Count},
            {"loadRate", QT_TRANSLATE_NOOP("ReportTable", "Load"), CellKind::Rate}}};
    return spec;
}

const ReportTableSpec &calibrationSpec()
{
    static const ReportTableSpec spec {"calibration",
        QT_TRANSLATE_NOOP("ReportTable", "Score calibration"),
        {{"scoreFrom", QT_TRANSLATE_NOOP("ReportTable", "Score from"), CellKind::Number},
            {"scoreTo", QT_TRANSLATE_NOOP("ReportTable", "Score to"), CellKind::Number},
            {"leads", QT_TRANSLATE_NOOP("ReportTable", "Leads"), CellKind::Count},
            {"sql", QT_TRANSLATE_NOOP("ReportTable", "SQL"), CellKind::Count},
            {"won", QT_TRANSLATE_NOOP("ReportTable", "Won"), CellKind::Count},
            {"sqlRate", QT_TRANSLATE_NOOP("ReportTable", "SQL rate"), CellKind::Rate},
            {"wonRate", QT_TRANSLATE_NOOP("ReportTable", "Won rate"), CellKind::Rate}}};
    return spec;
}

const ReportTableSpec &learnedCalibrationSpec()
{
    static const ReportTableSpec spec {"learned",
        QT_TRANSLATE_NOOP("ReportTable", "Learned score: predicted and actual per decile"),
        {{"decile", QT_TRANSLATE_NOOP("ReportTable", "Decile"), CellKind::Number},
            {"leads", QT_TRANSLATE_NOOP("ReportTable", "Leads"), CellKind::Count},
            {"predictedRate", QT_TRANSLATE_NOOP("ReportTable", "Predicted"), CellKind::Rate},
            {"actualRate", QT_TRANSLATE_NOOP("ReportTable", "Actual"), CellKind::Rate}}};
    return spec;
}

// Stores a computed report's value into the results, or gives its error.
template <typename T>
Result<void> into(Result<T> computed, T &into)
{
    if (!computed)
        return computed.error();
    into = std::move(computed).value();
    return {};
}

} // namespace

QString ReportEntry::translatedTitle() const
{
    return QCoreApplication::translate("ReportCatalog", title);
}

const std::vector<ReportEntry> &reportCatalog()
{
    using S = const ReportService &;
    using F = const ReportFilter &;
    using R = ReportResults;
    static const std::vector<ReportEntry> catalog = {
        {ReportKind::Funnel, "funnel", QT_TRANSLATE_NOOP("ReportCatalog", "Funnel"),
            [](S s, F f, R &r) { return into(s.funnel(f), r.funnel); },
            [](const R &r) { return std::vector {funnelTable(r.funnel)}; }},
        {ReportKind::Sources, "sources", QT_TRANSLATE_NOOP("ReportCatalog", "Sources"),
            [](S s, F f, R &r) { return into(s.sources(f), r.sources); },
            [](const R &r) { return std::vector {sourcesTable(r.sources)}; }},
        {ReportKind::Velocity, "velocity", QT_TRANSLATE_NOOP("ReportCatalog", "Velocity"),
            [](S s, F f, R &r) { return into(s.velocity(f), r.velocity); },
            [](const R &r) { return std::vector {velocityTable(r.velocity)}; }},
        {ReportKind::Reasons, "reasons", QT_TRANSLATE_NOOP("ReportCatalog", "Reasons"),
            [](S s, F f, R &r) { return into(s.reasons(f), r.reasons); },
            [](const R &r) {
                return std::vector {reasonsTable(r.reasons), reasonsByMonthTable(r.reasons)};
            }},
        {ReportKind::Fairness, "fairness", QT_TRANSLATE_NOOP("ReportCatalog", "Fairness"),
            [](S s, F f, R &r) { return into(s.fairness(f), r.fairness); },
            [](const R &r) { return std::vector {fairnessTable(r.fairness)}; }},
        {ReportKind::Calibration, "calibration", QT_TRANSLATE_NOOP("ReportCatalog", "Calibration"),
            [](S s, F f, R &r) {
                if (auto bands = into(s.calibration(f), r.calibration); !bands)
                    return bands;
                return into(s.learnedCalibration(), r.learnedCalibration);
            },
            [](const R &r) {
                return std::vector {
                    calibrationTable(r.calibration), learnedCalibrationTable(r.learnedCalibration)};
            }},
    };
    return catalog;
}

const ReportEntry *findReport(const QString &key)
{
    for (const ReportEntry &e : reportCatalog()) {
        if (key == QLatin1String(e.key))
            return &e;
    }
    return nullptr;
}

namespace {

// The tables reportColumn searches: the catalog's, then those declared by other folders (filled
// by static initialisers, before main; read only after).
std::vector<const ReportTableSpec *> &knownTables()
{
    static std::vector<const ReportTableSpec *> tables
        = {&funnelSpec(), &sourcesSpec(), &velocitySpec(), &reasonsSpec(), &reasonsByMonthSpec(),
            &fairnessSpec(), &calibrationSpec(), &learnedCalibrationSpec()};
    return tables;
}

} // namespace

bool declareReportTables(std::initializer_list<const ReportTableSpec *> specs)
{
    knownTables().insert(knownTables().end(), specs);
    return true;
}

const ReportColumn *reportColumn(const QString &key)
{
    for (const ReportTableSpec *spec : knownTables()) {
        for (const ReportColumn &c : spec->columns) {
            if (key == QLatin1String(c.key))
                return &c;
        }
    }
    return nullptr;
}

ReportTable funnelTable(const FunnelReport &report)
{
    ReportTable t(funnelSpec());
    t.rows = {
        {stageKey(Stage::Lead), countCell(report.leads), QVariant(),
            rate(report.leads, report.leads)},
        {stageKey(Stage::Mql), countCell(report.mql), rate(report.mql, report.leads),
            rate(report.mql, report.leads)},
        {stageKey(Stage::Sql), countCell(report.sql), rate(report.sql, report.mql),
            rate(report.sql, report.leads)},
        {stageKey(Stage::Won), countCell(report.won), rate(report.won, report.sql),
            rate(report.won, report.leads)},
    };
    return t;
}

ReportTable sourcesTable(const std::vector<SourceRow> &rows)
{
    ReportTable t(sourcesSpec());
    for (const SourceRow &r : rows) {
        t.rows.append({r.source, countCell(r.leads), countCell(r.mql), countCell(r.sql),
            countCell(r.won), rate(r.mql, r.leads), rate(r.sql, r.mql), rate(r.won, r.sql),
            rate(r.won, r.leads)});
    }
    return t;
}

ReportTable velocityTable(const std::vector<VelocityStep> &steps)
{
    ReportTable t(velocitySpec());
    for (const VelocityStep &s : steps) {
        t.rows.append({s.from, s.to, countCell(s.leads), durationCell(s.medianDays),
            durationCell(s.p90Days)});
    }
    return t;
}

ReportTable reasonsTable(const ReasonsReport &report)
{
    ReportTable t(reasonsSpec());
    for (const ReasonCount &r : report.totals)
        t.rows.append({r.kind, r.code, r.label, countCell(r.count)});
    return t;
}

ReportTable reasonsByMonthTable(const ReasonsReport &report)
{
    std::map<std::pair<QString, QString>, QString> labels;
    for (const ReasonCount &r : report.totals)
        labels[{r.kind, r.code}] = r.label;
    ReportTable t(reasonsByMonthSpec());
    for (const ReasonMonth &m : report.byMonth) {
        const auto label = labels.find({m.kind, m.code});
        t.rows.append({m.month, m.kind, m.code, label != labels.end() ? label->second : m.code,
            countCell(m.count)});
    }
    return t;
}

ReportTable fairnessTable(const std::vector<FairnessRow> &rows)
{
    ReportTable t(fairnessSpec());
    for (const FairnessRow &r : rows) {
        // No capacity (0) is no limit: no capacity and no load share to show.
        const bool limited = r.capacityOpen > 0;
        t.rows.append({r.name, r.team, countCell(r.received),
            r.averageScore ? QVariant(*r.averageScore) : QVariant(), countCell(r.hot),
            rate(r.hot, r.received), countCell(r.sql), countCell(r.won), rate(r.sql, r.received),
            rate(r.won, r.received), countCell(r.openLeads),
            limited ? countCell(r.capacityOpen) : QVariant(),
            limited ? QVariant(rate(r.openLeads, r.capacityOpen)) : QVariant()});
    }
    return t;
}

ReportTable calibrationTable(const std::vector<CalibrationRow> &rows)
{
    ReportTable t(calibrationSpec());
    for (const CalibrationRow &r : rows) {
        t.rows.append({r.scoreFrom, r.scoreTo, countCell(r.leads), countCell(r.sql),
            countCell(r.won), rate(r.sql, r.leads), rate(r.won, r.leads)});
    }
    return t;
}

ReportTable learnedCalibrationTable(const LearnedCalibration &calibration)
{
    ReportTable t(learnedCalibrationSpec());
    if (calibration.version > 0)
        t.title = QCoreApplication::translate("ReportTable",
            "Learned score (version %1): predicted and actual per decile of its held-out leads")
                      .arg(calibration.version);
    for (const LearnedDecile &d : calibration.deciles)
        t.rows.append({d.decile, countCell(d.leads), d.predicted, d.actual});
    return t;
}

} // namespace bantam
