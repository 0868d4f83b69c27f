#include "reports/reportservice.h"

#include "domain/stage.h"
#include "storage/reasonrepository.h"

#include <QCollator>

#include <algorithm>
#include <map>
#include <tuple>

namespace bantam {

double rate(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

qint64 valueAtRank(const std::map<qint64, qint64> &histogram, qint64 rank)
{
    qint64 seen = 0;
    for (const auto &[value, count] : histogram) {
        seen += count;
        if (seen >= rank)
            return value;
    }
    return histogram.empty() ? 0 : histogram.rbegin()->first;
}

namespace {

Result<void> check(const ReportFilter &f)
{
    if (f.from.isValid() && f.to.isValid() && f.from > f.to) {
        return Error::invalid(QCoreApplication::translate(
                                  "ReportService", "The start date %1 is after the end date %2.")
                                  .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)),
            QStringLiteral("from"));
    }
    return {};
}

} // namespace

Result<FunnelReport> ReportService::funnel(const ReportFilter &filter) const
{
    if (auto ok = check(filter); !ok)
        return ok.error();
    return ReportQueries(m_db).funnel(filter);
}

Result<std::vector<SourceRow>> ReportService::sources(const ReportFilter &filter) const
{
    if (auto ok = check(filter); !ok)
        return ok.error();
    auto rows = ReportQueries(m_db).sources(filter);
    if (!rows)
        return rows.error();
    // Which source brings the leads that close; rows come sorted by source for equal ones.
    std::stable_sort(
        rows.value().begin(), rows.value().end(), [](const SourceRow &a, const SourceRow &b) {
            const double ra = rate(a.won, a.leads), rb = rate(b.won, b.leads);
            return ra != rb ? ra > rb : a.leads > b.leads;
        });
    return rows;
}

Result<std::vector<VelocityStep>> ReportService::velocity(const ReportFilter &filter) const
{
    if (auto ok = check(filter); !ok)
        return ok.error();
    auto hours = ReportQueries(m_db).velocity(filter); // whole hours -> leads, per step
    if (!hours)
        return hours.error();
    std::vector<VelocityStep> steps;
    for (const ReportQueries::StepHours &h : hours.value()) {
        VelocityStep s;
        s.from = stageKey(h.from);
        s.to = stageKey(h.to);
        for (const auto &entry : h.hours)
            s.leads += entry.second;
        if (s.leads > 0) {
            const qint64 rank50 = (s.leads + 1) / 2; // ceil(n / 2)
            const qint64 rank90 = (9 * s.leads + 9) / 10; // ceil(9n / 10)
            s.medianDays = double(valueAtRank(h.hours, rank50)) / 24.0;
            s.p90Days = double(valueAtRank(h.hours, rank90)) / 24.0;
        }
        steps.push_back(std::move(s));
    }
    return steps;
}

Result<ReasonsReport> ReportService::reasons(const ReportFilter &filter) const
{
    if (auto ok = check(filter); !ok)
        return ok.error();
    auto days = ReportQueries(m_db).reasonDays(filter);
    if (!days)
        return days.error();
    using Key = std::pair<QString, QString>; // kind, code
    std::map<Key, qint64> totals;
    std::map<std::tuple<QString, QString, QString>, qint64> months; // month, kind, code
    const QDate epoch(1970, 1, 1);
    for (const ReportQueries::ReasonDay &d : days.value()) {
        // The history says what was done (lose), the report which list it is from (lost).
        const QString kind = d.kind == QLatin1String("lose") ? QStringLiteral("lost") : d.kind;
        totals[{kind, d.code}] += d.count;
        const QString month = epoch.addDays(d.day).toString(QStringLiteral("yyyy-MM"));
        months[{month, kind, d.code}] += d.count;
    }

    std::map<Key, QString> labels;
    ReasonRepository reasonList(m_db);
    for (const QString &kind :
        {QStringLiteral("disqualify"), QStringLiteral("reject"), QStringLiteral("lost")}) {
        auto list = reasonList.list(kind, true);
        if (!list)
            return list.error();
        for (const Reason &r : list.value())
            labels[{r.kind, r.code}] = r.label();
    }
    ReasonsReport report;
    for (const auto &[key, count] : totals) {
        const auto label = labels.find(key);
        report.totals.push_back(
            {key.first, key.second, label != labels.end() ? label->second : key.second, count});
    }
    std::stable_sort(
        report.totals.begin(), report.totals.end(), [](const ReasonCount &a, const ReasonCount &b) {
            return a.kind != b.kind ? a.kind < b.kind : a.count > b.count;
        });
    for (const auto &[key, count] : months)
        report.byMonth.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
    return report;
}

Result<std::vector<FairnessRow>> ReportService::fairness(const ReportFilter &filter) const
{
    if (auto ok = check(filter); !ok)
        return ok.error();
    auto rows = ReportQueries(m_db).fairness(filter);
    if (!rows)
        return rows.error();
    QCollator collator; // names as people sort them (Ö with O), in the UI language
    std::sort(rows.value().begin(), rows.value().end(),
        [&collator](const FairnessRow &a, const FairnessRow &b) {
            const int c = collator.compare(a.name, b.name);
            return c != 0 ? c < 0 : a.userId < b.userId;
        });
    return rows;
}

Result<LearnedCalibration> ReportService::learnedCalibration() const
{
    if (!m_learned)
        return LearnedCalibration {};
    return m_learned();
}

Result<std::vector<CalibrationRow>> ReportService::calibration(const ReportFilter &filter) const
{
    if (auto ok = check(filter); !ok)
        return ok.error();
    auto scores = ReportQueries(m_db).scores(filter);
    if (!scores)
        return scores.error();
    std::vector<CalibrationRow> bands;
    bands.reserve(10);
    for (int b = 0; b < 10; ++b)
        bands.push_back({b * 10, b == 9 ? 100 : b * 10 + 9, 0, 0, 0});
    for (const ReportQueries::ScoreCount &c : scores.value()) {
        // Scores outside 0..100 (none should be) count in the nearest band.
        const int band = std::clamp(c.score / 10, 0, 9);
        bands[band].leads += c.leads;
        bands[band].sql += c.sql;
        bands[band].won += c.won;
    }
    return bands;
}

} // namespace bantam
