#include "support/outcomedata.h"

#include "clock.h"
#include "storage/database.h"
#include "support/builders.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <random>

namespace bantam::testing {

namespace {

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    { }
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    int below(int n) { return int(uniform() * n); }

private:
    std::mt19937_64 m_engine;
};

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    QTest::qFail(qPrintable(q.lastQuery()), __FILE__, __LINE__);
    return false;
}

} // namespace

OutcomeData generateOutcomes(int leads, quint64 seed, bool leakColumn)
{
    OutcomeData g;
    Random rnd(seed);
    const char *sources[] = {"event", "partner", "web", "list"};
    const double sourceEffect[] = {1.2, 0.6, 0, -1.0};
    const char *budgets[] = {"yes", "unknown", "no"};
    const double budgetEffect[] = {0.9, 0, -0.7};
    for (int i = 0; i < leads; ++i) {
        TrainingExample e;
        e.leadId = 1000 + i;
        e.at = kOutcomeAt;
        const int s = rnd.below(4);
        const int b = rnd.below(3);
        const double minutes = std::floor(-std::log(1 - rnd.uniform()) * 120) / 10; // mean 12
        const int visits = rnd.below(5);
        e.input.source = QString::fromLatin1(sources[s]);
        e.input.attributes.emplace_back(QStringLiteral("Budget"), QString::fromLatin1(budgets[b]));
        QString minutesText = QString::number(minutes, 'f', 1);
        if (i % 2 == 1)
            minutesText.replace(QLatin1Char('.'), QLatin1Char(',')); // German notation
        e.input.attributes.emplace_back(QStringLiteral("Minutes on site"), minutesText);
        for (int v = 0; v < visits; ++v) // on the day of the outcome: no decay to speak of
            e.input.activities.emplace_back(
                kOutcomeAt - 60 * (v + 1), QStringLiteral("pricing_page"));
        const double logOdds
            = -0.5 + sourceEffect[s] + budgetEffect[b] + 0.05 * minutes + 0.4 * visits;
        e.positive = rnd.uniform() < 1 / (1 + std::exp(-logOdds));
        // The rule model knows only the source.
        e.ruleScore = s == 0 ? 60 : s == 1 ? 40 : 20;
        if (leakColumn)
            e.input.attributes.emplace_back(QStringLiteral("Closed won reason"),
                e.positive ? QStringLiteral("signed") : QStringLiteral("none"));
        g.examples.push_back(e);
        g.trueLogOdds.push_back(logOdds);
    }
    return g;
}

std::vector<qint64> writeOutcomes(
    const Database &db, const Clock &clock, int closed, int open, quint64 seed)
{
    const OutcomeData g = generateOutcomes(closed + open, seed);
    Builders b(db, clock);
    const qint64 outcomeAt = clock.now().toSecsSinceEpoch() - 86400;
    std::vector<qint64> openLeads;
    Transaction tx(db);
    if (!tx.isActive())
        return {};
    for (size_t i = 0; i < g.examples.size(); ++i) {
        const TrainingExample &e = g.examples[i];
        LeadProfile p;
        p.lastName = QStringLiteral("Lead %1").arg(i);
        p.source = e.input.source;
        const Lead lead = b.lead().profile(p).insert();
        if (lead.id <= 0)
            return {};
        QSqlQuery q(db.connection());
        if (int(i) >= closed) {
            openLeads.push_back(lead.id);
        } else {
            q.prepare(QStringLiteral("UPDATE leads SET stage = :stage, sql_at = :sql, "
                                     "won_at = :sql, stage_changed_at = :at WHERE id = :id"));
            q.bindValue(QStringLiteral(":stage"),
                e.positive ? QStringLiteral("won") : QStringLiteral("disqualified"));
            q.bindValue(QStringLiteral(":sql"), e.positive ? QVariant(outcomeAt) : QVariant());
            q.bindValue(QStringLiteral(":at"), outcomeAt);
            q.bindValue(QStringLiteral(":id"), lead.id);
            if (!exec(q))
                return {};
        }
        for (const auto &[name, value] : e.input.attributes) {
            q.prepare(QStringLiteral(
                "INSERT INTO lead_attributes (lead_id, name, value) VALUES (:id, :n, :v)"));
            q.bindValue(QStringLiteral(":id"), lead.id);
            q.bindValue(QStringLiteral(":n"), name);
            q.bindValue(QStringLiteral(":v"), value);
            if (!exec(q))
                return {};
        }
        for (size_t v = 0; v < e.input.activities.size(); ++v) {
            q.prepare(QStringLiteral("INSERT INTO activities (lead_id, type, occurred_at) "
                                     "VALUES (:id, 'pricing_page', :at)"));
            q.bindValue(QStringLiteral(":id"), lead.id);
            q.bindValue(QStringLiteral(":at"), outcomeAt - 60 * qint64(v + 1));
            if (!exec(q))
                return {};
        }
    }
    if (!tx.commit().ok())
        return {};
    return openLeads;
}

} // namespace bantam::testing
