#include "reports/reporttable.h"

#include "domain/stage.h"
#include "sla/slapolicy.h"

#include <QJsonObject>
#include <QLocale>

#include <map>

namespace bantam {

namespace {

bool isRateKey(const QString &key)
{
    return key.endsWith(QLatin1String("Rate")) || key.startsWith(QLatin1String("rate"));
}

bool isStageKey(const QString &key)
{
    return key == QLatin1String("stage") || key == QLatin1String("from")
        || key == QLatin1String("to");
}

QVariant count(qint64 n)
{
    return QVariant::fromValue<qint64>(n);
}

QVariant days(const std::optional<double> &d)
{
    return d ? QVariant(*d) : QVariant();
}

} // namespace

QJsonArray ReportTable::toJson() const
{
    QJsonArray out;
    for (const QVariantList &row : rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < keys.size() && i < row.size(); ++i)
            o.insert(keys[i], row[i].isNull() ? QJsonValue() : QJsonValue::fromVariant(row[i]));
        out.append(o);
    }
    return out;
}

QString ReportTable::display(const QVariant &cell, const QString &key)
{
    if (cell.isNull())
        return QString();
    const QLocale locale;
    // Formatting follows the column, not the cell's type: a rate of 1 read back from JSON
    // is an integer, and still 100.0%.
    const bool decimalKey = key.endsWith(QLatin1String("Days"))
        || key.endsWith(QLatin1String("Hours")) || key == QLatin1String("averageScore");
    switch (cell.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        if (isRateKey(key))
            //: A share in percent, e.g. "45.6%"; add a space before % where the language wants one.
            return QCoreApplication::translate("ReportTable", "%1%")
                .arg(locale.toString(cell.toDouble() * 100.0, 'f', 1));
        if (decimalKey || cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Float)
            return locale.toString(cell.toDouble(), 'f', 1); // days, average scores
        return locale.toString(cell.toLongLong());
    default:
        break;
    }
    const QString text = cell.toString();
    if (isStageKey(key)) {
        if (auto stage = stageFromKey(text))
            return stageName(*stage);
    }
    if (key == QLatin1String("kind")) {
        if (text == QLatin1String("disqualify"))
            return QCoreApplication::translate("ReportTable", "Disqualification");
        if (text == QLatin1String("reject"))
            return QCoreApplication::translate("ReportTable", "MQL rejected by sales");
    }
    if (key == QLatin1String("scope")) { // SLA rows: per rep, per team, all
        if (text == QLatin1String("rep"))
            return QCoreApplication::translate("ReportTable", "Rep");
        if (text == QLatin1String("team"))
            return QCoreApplication::translate("ReportTable", "Team");
        if (text == QLatin1String("all"))
            return QCoreApplication::translate("ReportTable", "All");
    }
    if (key == QLatin1String("state")) { // SLA clock states
        for (SlaState st : {SlaState::OnTrack, SlaState::DueSoon, SlaState::Breached,
                 SlaState::MetOnTime, SlaState::MetLate, SlaState::Cancelled}) {
            if (text == slaStateKey(st))
                return slaStateName(st);
        }
    }
    if (key.endsWith(QLatin1String("At"))) { // instants, stored as ISO UTC: local time for people
        const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        if (at.isValid())
            return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
    }
    if (key == QLatin1String("source") && text.isEmpty())
        return QCoreApplication::translate("ReportTable", "(no source)");
    return text;
}

ReportTable funnelTable(const FunnelReport &report)
{
    ReportTable t;
    t.title = QCoreApplication::translate("ReportTable", "Funnel");
    t.keys = {QStringLiteral("stage"), QStringLiteral("leads"), QStringLiteral("stepRate"),
        QStringLiteral("cohortRate")};
    t.headers = {QCoreApplication::translate("ReportTable", "Stage"),
        QCoreApplication::translate("ReportTable", "Leads"),
        QCoreApplication::translate("ReportTable", "From previous stage"),
        QCoreApplication::translate("ReportTable", "Of all leads")};
    t.rows = {
        {stageKey(Stage::Lead), count(report.leads), QVariant(), rate(report.leads, report.leads)},
        {stageKey(Stage::Mql), count(report.mql), rate(report.mql, report.leads),
            rate(report.mql, report.leads)},
        {stageKey(Stage::Sql), count(report.sql), rate(report.sql, report.mql),
            rate(report.sql, report.leads)},
        {stageKey(Stage::Won), count(report.won), rate(report.won, report.sql),
            rate(report.won, report.leads)},
    };
    return t;
}

ReportTable sourcesTable(const std::vector<SourceRow> &rows)
{
    ReportTable t;
    t.title = QCoreApplication::translate("ReportTable", "Sources");
    t.keys = {QStringLiteral("source"), QStringLiteral("leads"), QStringLiteral("mql"),
        QStringLiteral("sql"), QStringLiteral("won"), QStringLiteral("leadToMqlRate"),
        QStringLiteral("mqlToSqlRate"), QStringLiteral("sqlToWonRate"),
        QStringLiteral("leadToWonRate")};
    t.headers = {QCoreApplication::translate("ReportTable", "Source"),
        QCoreApplication::translate("ReportTable", "Leads"),
        QCoreApplication::translate("ReportTable", "MQL"),
        QCoreApplication::translate("ReportTable", "SQL"),
        QCoreApplication::translate("ReportTable", "Won"),
        QCoreApplication::translate("ReportTable", "Lead → MQL"),
        QCoreApplication::translate("ReportTable", "MQL → SQL"),
        QCoreApplication::translate("ReportTable", "SQL → Won"),
        QCoreApplication::translate("ReportTable", "Close rate")};
    for (const SourceRow &r : rows) {
        t.rows.append({r.source, count(r.leads), count(r.mql), count(r.sql), count(r.won),
            rate(r.mql, r.leads), rate(r.sql, r.mql), rate(r.won, r.sql), rate(r.won, r.leads)});
    }
    return t;
}

ReportTable velocityTable(const std::vector<VelocityStep> &steps)
{
    ReportTable t;
    t.title = QCoreApplication::translate("ReportTable", "Velocity");
    t.keys = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("leads"),
        QStringLiteral("medianDays"), QStringLiteral("p90Days")};
    t.headers = {QCoreApplication::translate("ReportTable", "From"),
        QCoreApplication::translate("ReportTable", "To"),
        QCoreApplication::translate("ReportTable", "Leads"),
        QCoreApplication::translate("ReportTable", "Median (days)"),
        QCoreApplication::translate("ReportTable", "90th percentile (days)")};
    for (const VelocityStep &s : steps)
        t.rows.append({s.from, s.to, count(s.leads), days(s.medianDays), days(s.p90Days)});
    return t;
}

ReportTable reasonsTable(const ReasonsReport &report)
{
    ReportTable t;
    t.title = QCoreApplication::translate("ReportTable", "Reasons");
    t.keys = {QStringLiteral("kind"), QStringLiteral("code"), QStringLiteral("reason"),
        QStringLiteral("count")};
    t.headers = {QCoreApplication::translate("ReportTable", "Kind"),
        QCoreApplication::translate("ReportTable", "Code"),
        QCoreApplication::translate("ReportTable", "Reason"),
        QCoreApplication::translate("ReportTable", "Count")};
    for (const ReasonCount &r : report.totals)
        t.rows.append({r.kind, r.code, r.label, count(r.count)});
    return t;
}

ReportTable reasonsByMonthTable(const ReasonsReport &report)
{
    std::map<std::pair<QString, QString>, QString> labels;
    for (const ReasonCount &r : report.totals)
        labels[{r.kind, r.code}] = r.label;
    ReportTable t;
    t.title = QCoreApplication::translate("ReportTable", "Reasons by month");
    t.keys = {QStringLiteral("month"), QStringLiteral("kind"), QStringLiteral("code"),
        QStringLiteral("reason"), QStringLiteral("count")};
    t.headers = {QCoreApplication::translate("ReportTable", "Month"),
        QCoreApplication::translate("ReportTable", "Kind"),
        QCoreApplication::translate("ReportTable", "Code"),
        QCoreApplication::translate("ReportTable", "Reason"),
        QCoreApplication::translate("ReportTable", "Count")};
    for (const ReasonMonth &m : report.byMonth) {
        const auto label = labels.find({m.kind, m.code});
        t.rows.append({m.month, m.kind, m.code, label != labels.end() ? label->second : m.code,
            count(m.count)});
    }
    return t;
}

ReportTable fairnessTable(const std::vector<FairnessRow> &rows)
{
    ReportTable t;
    t.title = QCoreApplication::translate("ReportTable", "Workload by rep");
    t.keys = {QStringLiteral("rep"), QStringLiteral("team"), QStringLiteral("received"),
        QStringLiteral("averageScore"), QStringLiteral("hot"), QStringLiteral("hotRate"),
        QStringLiteral("sql"), QStringLiteral("won"), QStringLiteral("sqlRate"),
        QStringLiteral("wonRate"), QStringLiteral("openLeads"), QStringLiteral("capacity"),
        QStringLiteral("loadRate")};
    t.headers = {QCoreApplication::translate("ReportTable", "Rep"),
        QCoreApplication::translate("ReportTable", "Team"),
        QCoreApplication::translate("ReportTable", "Leads received"),
        QCoreApplication::translate("ReportTable", "Average score at assignment"),
        QCoreApplication::translate("ReportTable", "Hot"),
        QCoreApplication::translate("ReportTable", "Hot share"),
        QCoreApplication::translate("ReportTable", "SQL"),
        QCoreApplication::translate("ReportTable", "Won"),
        QCoreApplication::translate("ReportTable", "SQL rate"),
        QCoreApplication::translate("ReportTable", "Won rate"),
        QCoreApplication::translate("ReportTable", "Open leads now"),
        QCoreApplication::translate("ReportTable", "Capacity"),
        QCoreApplication::translate("ReportTable", "Load")};
    for (const FairnessRow &r : rows) {
        // No capacity (0) is no limit: no capacity and no load share to show.
        const bool limited = r.capacityOpen > 0;
        t.rows.append({r.name, r.team, count(r.received),
            r.averageScore ? QVariant(*r.averageScore) : QVariant(), count(r.hot),
            rate(r.hot, r.received), count(r.sql), count(r.won), rate(r.sql, r.received),
            rate(r.won, r.received), count(r.openLeads),
            limited ? count(r.capacityOpen) : QVariant(),
            limited ? QVariant(rate(r.openLeads, r.capacityOpen)) : QVariant()});
    }
    return t;
}

ReportTable calibrationTable(const std::vector<CalibrationRow> &rows)
{
    ReportTable t;
    t.title = QCoreApplication::translate("ReportTable", "Score calibration");
    t.keys = {QStringLiteral("scoreFrom"), QStringLiteral("scoreTo"), QStringLiteral("leads"),
        QStringLiteral("sql"), QStringLiteral("won"), QStringLiteral("sqlRate"),
        QStringLiteral("wonRate")};
    t.headers = {QCoreApplication::translate("ReportTable", "Score from"),
        QCoreApplication::translate("ReportTable", "Score to"),
        QCoreApplication::translate("ReportTable", "Leads"),
        QCoreApplication::translate("ReportTable", "SQL"),
        QCoreApplication::translate("ReportTable", "Won"),
        QCoreApplication::translate("ReportTable", "SQL rate"),
        QCoreApplication::translate("ReportTable", "Won rate")};
    for (const CalibrationRow &r : rows) {
        t.rows.append({r.scoreFrom, r.scoreTo, count(r.leads), count(r.sql), count(r.won),
            rate(r.sql, r.leads), rate(r.won, r.leads)});
    }
    return t;
}

} // namespace bantam
