// Tests RoutingEngine, the pure routing decision: each distribution method over a sequence of
// leads with the exact owners expected, capacity, absence and daily-cap skips, fast-track,
// hot leads to senior reps, territories and languages, rule priority and fall-through, and the
// unassigned reasons.
#include "routing/routingengine.h"
#include "scoring/scoringmodel.h"

#include <QTest>

using namespace bantam;

namespace {

// Leads never scored fall back to the default scoring model's thresholds.
// (Functions: the embedded model is readable only once static initialisation is over.)
int hotFromScore()
{
    return int(ScoringModel::defaults().hot);
}
int warmFromScore()
{
    return int(ScoringModel::defaults().warm);
}

constexpr qint64 kTeam = 10;
const QDate kToday(2026, 3, 3);

User rep(qint64 id, Role role = Role::Rep, qint64 team = kTeam)
{
    User u;
    u.id = id;
    u.login = QStringLiteral("u%1").arg(id);
    u.name = u.login;
    u.role = role;
    u.teamId = team;
    return u;
}

RoutingRule teamRule(qint64 id, RoutingMethod method, qint64 team = kTeam)
{
    RoutingRule r;
    r.id = id;
    r.position = int(id);
    r.name = QStringLiteral("rule %1").arg(id);
    r.targetTeamId = team;
    r.method = method;
    return r;
}

std::vector<RoutingLead> leads(int n, int score = 10, const QString &country = QStringLiteral("DE"))
{
    std::vector<RoutingLead> out;
    for (int i = 1; i <= n; ++i) {
        RoutingLead l;
        l.id = 100 + i;
        l.score = score;
        l.country = country;
        out.push_back(l);
    }
    return out;
}

RoutingInput input(
    std::vector<User> users, std::vector<RoutingRule> rules, std::vector<RoutingLead> ls)
{
    RoutingInput in;
    in.users = std::move(users);
    in.rules = std::move(rules);
    in.leads = std::move(ls);
    in.today = kToday;
    return in;
}

// The owners in decision order; 0 for unassigned.
QList<qint64> owners(const RoutingOutcome &out)
{
    QList<qint64> o;
    for (const RoutingDecision &d : out.decisions)
        o << d.userId.value_or(0);
    return o;
}

} // namespace

class TestRoutingEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundRobinCyclesInIdOrder();
    void roundRobinContinuesFromStoredState();
    void weightedRoundRobinFollowsWeights();
    void leastLoadedFillsTheEmptiest();
    void skipsAbsentReps();
    void skipsRepsAtOpenCapacity();
    void dailyCapAndFastTrack();
    void hotLeadsGoToSeniorReps();
    void namedRepTarget();
    void noMatchingRuleIsUnassigned();
    void noAvailableRepFallsThroughThenUnassigned();
    void matchesOnLeadFields();
    void territoriesAndLanguagesOfReps();
    void inactiveRepsAndOtherRolesGetNothing();
};

void TestRoutingEngine::roundRobinCyclesInIdOrder()
{
    const auto out = RoutingEngine::route(
        input({rep(3), rep(1), rep(2)}, {teamRule(1, RoutingMethod::RoundRobin)}, leads(7)));
    QCOMPARE(owners(out), (QList<qint64> {1, 2, 3, 1, 2, 3, 1}));
    QCOMPARE(out.cursors.at(kTeam).lastUserId, 1);
    QCOMPARE(out.perRep.at(1), 3);
    QCOMPARE(out.assigned, 7);
}

void TestRoutingEngine::roundRobinContinuesFromStoredState()
{
    auto in = input({rep(1), rep(2), rep(3)}, {teamRule(1, RoutingMethod::RoundRobin)}, leads(4));
    in.cursors[kTeam].lastUserId = 2;
    QCOMPARE(owners(RoutingEngine::route(in)), (QList<qint64> {3, 1, 2, 3}));
}

void TestRoutingEngine::weightedRoundRobinFollowsWeights()
{
    User a = rep(1), b = rep(2);
    a.weight = 2;
    b.weight = 1;
    const auto out = RoutingEngine::route(
        input({a, b}, {teamRule(1, RoutingMethod::WeightedRoundRobin)}, leads(6)));
    // Smooth weighted round-robin: 2:1, interleaved.
    QCOMPARE(owners(out), (QList<qint64> {1, 2, 1, 1, 2, 1}));
    // A rep with weight 0 gets nothing this way.
    User c = rep(3);
    c.weight = 0;
    const auto zero = RoutingEngine::route(
        input({rep(1), c}, {teamRule(1, RoutingMethod::WeightedRoundRobin)}, leads(3)));
    QCOMPARE(owners(zero), (QList<qint64> {1, 1, 1}));
}

void TestRoutingEngine::leastLoadedFillsTheEmptiest()
{
    auto in = input({rep(1), rep(2), rep(3)}, {teamRule(1, RoutingMethod::LeastLoaded)}, leads(6));
    in.loads[1].openLeads = 3;
    in.loads[2].openLeads = 1;
    in.loads[3].openLeads = 2;
    // 2 (1 -> 2), 2 (tie with 3 at 2, lower id; -> 3), 3 (-> 3), then all at 3: 1, 2, 3.
    QCOMPARE(owners(RoutingEngine::route(in)), (QList<qint64> {2, 2, 3, 1, 2, 3}));
}

void TestRoutingEngine::skipsAbsentReps()
{
    User a = rep(1), b = rep(2), c = rep(3);
    a.absentFrom = kToday.addDays(-1);
    a.absentTo = kToday; // inclusive: still away today
    c.absentFrom = kToday.addDays(1); // from tomorrow: here today
    const auto out = RoutingEngine::route(
        input({a, b, c}, {teamRule(1, RoutingMethod::RoundRobin)}, leads(4)));
    QCOMPARE(owners(out), (QList<qint64> {2, 3, 2, 3}));
}

void TestRoutingEngine::skipsRepsAtOpenCapacity()
{
    User a = rep(1), b = rep(2);
    a.capacityOpen = 2;
    b.capacityOpen = 3;
    auto in = input({a, b}, {teamRule(1, RoutingMethod::RoundRobin)}, leads(5));
    in.loads[1].openLeads = 1;
    in.loads[2].openLeads = 1;
    const auto out = RoutingEngine::route(in);
    // a takes one (full at 2), b takes two (full at 3), the fifth lead finds nobody.
    QCOMPARE(owners(out), (QList<qint64> {1, 2, 2, 0, 0}));
    QCOMPARE(out.decisions[3].reason, QStringLiteral("no_rep"));
    QCOMPARE(out.decisions[3].ruleId, 1);
    QCOMPARE(out.decisions[3].skipped.openCapacity, 2);
    QCOMPARE(out.unassigned, 2);
}

void TestRoutingEngine::dailyCapAndFastTrack()
{
    User a = rep(1), b = rep(2);
    a.capacityDaily = 2;
    b.capacityDaily = 1;
    auto ls = leads(5);
    ls[4].fastTrack = true; // the fifth lead skips daily caps
    auto in = input({a, b}, {teamRule(1, RoutingMethod::RoundRobin)}, ls);
    in.loads[1].assignedToday = 1; // a got one earlier today
    const auto out = RoutingEngine::route(in);
    // 1: a (a at 2 = cap), 2: b (b at cap), 3 and 4: nobody, 5 (fast-track): next after b = a.
    QCOMPARE(owners(out), (QList<qint64> {1, 2, 0, 0, 1}));
    QCOMPARE(out.decisions[2].skipped.dailyCap, 2);
}

void TestRoutingEngine::hotLeadsGoToSeniorReps()
{
    RoutingRule rule = teamRule(1, RoutingMethod::RoundRobin);
    rule.hotToSenior = true;
    std::vector<RoutingLead> ls = leads(4);
    ls[0].score = hotFromScore(); // hot
    ls[1].score = hotFromScore() - 1; // warm
    ls[2].score = 5; // cold by its score, but the scoring model made it hot: the band counts
    ls[2].band = QStringLiteral("hot");
    ls[3].score = 95; // hot by its score, but scored cold under the active model
    ls[3].band = QStringLiteral("cold");
    const auto out
        = RoutingEngine::route(input({rep(1), rep(2, Role::SeniorRep), rep(3)}, {rule}, ls));
    // Hot leads only to the senior rep (2); the others round-robin over everyone.
    QCOMPARE(owners(out), (QList<qint64> {2, 3, 2, 3}));
    QVERIFY(out.decisions[0].hot);
    QVERIFY(!out.decisions[1].hot);
    // Without a senior rep present, a hot lead stays unassigned under that rule.
    User senior = rep(2, Role::SeniorRep);
    senior.absentFrom = kToday;
    const auto none = RoutingEngine::route(input({rep(1), senior}, {rule}, {ls[0]}));
    QCOMPARE(owners(none), (QList<qint64> {0}));
    QCOMPARE(none.decisions[0].skipped.notSenior, 1);
    QCOMPARE(none.decisions[0].skipped.absent, 1);
}

void TestRoutingEngine::namedRepTarget()
{
    RoutingRule named;
    named.id = 1;
    named.position = 1;
    named.name = QStringLiteral("key accounts");
    named.targetUserId = 3;
    named.sources = {QStringLiteral("Partner")};
    auto ls = leads(3);
    ls[0].source = QStringLiteral("partner"); // case does not matter
    ls[2].source = QStringLiteral("Partner");
    const auto out = RoutingEngine::route(input({rep(1), rep(2), rep(3, Role::TeamLead)},
        {named, teamRule(2, RoutingMethod::RoundRobin)}, ls));
    QCOMPARE(owners(out), (QList<qint64> {3, 1, 3}));
    QCOMPARE(out.decisions[0].ruleId, 1);
    QCOMPARE(out.decisions[1].ruleId, 2);
}

void TestRoutingEngine::noMatchingRuleIsUnassigned()
{
    RoutingRule de = teamRule(1, RoutingMethod::RoundRobin);
    de.countries = {QStringLiteral("DE"), QStringLiteral("AT")};
    const auto out
        = RoutingEngine::route(input({rep(1)}, {de}, leads(1, 10, QStringLiteral("FR"))));
    QCOMPARE(owners(out), (QList<qint64> {0}));
    QCOMPARE(out.decisions[0].reason, QStringLiteral("no_rule"));
    QVERIFY(!out.decisions[0].ruleId);
    QCOMPARE(unassignedReasonText(out.decisions[0].reason, QString()),
        QStringLiteral("No routing rule matches the lead."));
    // Inactive rules do not match.
    de.countries.clear();
    de.active = false;
    QCOMPARE(owners(RoutingEngine::route(input({rep(1)}, {de}, leads(1)))), (QList<qint64> {0}));
}

void TestRoutingEngine::noAvailableRepFallsThroughThenUnassigned()
{
    User a = rep(1);
    a.absentFrom = kToday;
    const qint64 overflowTeam = 20;
    RoutingRule first = teamRule(1, RoutingMethod::RoundRobin);
    RoutingRule overflow = teamRule(2, RoutingMethod::RoundRobin, overflowTeam);
    overflow.position = 5;
    // The first rule's only rep is away: the overflow rule further down takes the lead.
    const auto out = RoutingEngine::route(
        input({a, rep(7, Role::Rep, overflowTeam)}, {overflow, first}, leads(1)));
    QCOMPARE(owners(out), (QList<qint64> {7}));
    QCOMPARE(out.decisions[0].ruleId, 2);
    // Without it, unassigned with the first matching rule and why.
    const auto none = RoutingEngine::route(input({a}, {first}, leads(1)));
    QCOMPARE(none.decisions[0].reason, QStringLiteral("no_rep"));
    QCOMPARE(none.decisions[0].ruleId, 1);
    QCOMPARE(unassignedReasonText(
                 none.decisions[0].reason, QStringLiteral("Nord"), none.decisions[0].skipped),
        QStringLiteral("Rule 'Nord' matches, but no rep can take the lead. Reps passed over: 1 "
                       "absent."));
}

void TestRoutingEngine::matchesOnLeadFields()
{
    RoutingRule r;
    r.countries = {QStringLiteral("DE")};
    r.languages = {QStringLiteral("de")};
    r.sources = {QStringLiteral("Web")};
    r.scoreBands = {ScoreBand::Warm, ScoreBand::Hot};
    r.companySizes = {QStringLiteral("50-249")};
    r.industries = {QStringLiteral("Maschinenbau")};
    r.fastTrack = true;
    RoutingLead l;
    l.country = QStringLiteral("DE");
    l.source = QStringLiteral("Web");
    l.score = warmFromScore();
    l.companySize = QStringLiteral("50-249");
    l.industry = QStringLiteral("Maschinenbau");
    l.fastTrack = true;
    QVERIFY(RoutingEngine::matches(r, l, {}));
    auto differs = [&](auto change) {
        RoutingLead x = l;
        change(x);
        return !RoutingEngine::matches(r, x, {});
    };
    QVERIFY(differs([](RoutingLead &x) { x.country = QStringLiteral("FR"); }));
    QVERIFY(differs([](RoutingLead &x) { x.language = QStringLiteral("en"); }));
    QVERIFY(differs([](RoutingLead &x) { x.source = QStringLiteral("Messe"); }));
    QVERIFY(differs([](RoutingLead &x) { x.score = warmFromScore() - 1; }));
    QVERIFY(differs([](RoutingLead &x) { x.companySize = QStringLiteral("1-9"); }));
    QVERIFY(differs([](RoutingLead &x) { x.industry = QStringLiteral("Handel"); }));
    QVERIFY(differs([](RoutingLead &x) { x.fastTrack = false; }));
    // Territory: countries plus postcode prefixes.
    Territory south {5, QStringLiteral("Süd"), {QStringLiteral("DE")},
        {QStringLiteral("8"), QStringLiteral("9")}};
    RoutingRule t;
    t.territoryId = 5;
    l.postcode = QStringLiteral("80331");
    QVERIFY(RoutingEngine::matches(t, l, {south}));
    l.postcode = QStringLiteral("20095");
    QVERIFY(!RoutingEngine::matches(t, l, {south}));
}

void TestRoutingEngine::territoriesAndLanguagesOfReps()
{
    Territory north {5, QStringLiteral("Nord"), {QStringLiteral("DE")}, {QStringLiteral("2")}};
    User a = rep(1), b = rep(2), c = rep(3);
    a.territoryIds = {5};
    b.languages = {QStringLiteral("en")};
    auto ls = leads(3);
    ls[0].postcode = QStringLiteral("20095"); // in Nord; German (from DE)
    ls[1].postcode = QStringLiteral("80331"); // not in Nord
    ls[2].postcode = QStringLiteral("80331");
    ls[2].language = QStringLiteral("en");
    auto in = input({a, b, c}, {teamRule(1, RoutingMethod::RoundRobin)}, ls);
    in.territories = {north};
    // Lead 1: a (covers Nord). Lead 2: not a (territory), not b (English only) -> c.
    // Lead 3: after c comes a (territory no), then b (speaks English).
    QCOMPARE(owners(RoutingEngine::route(in)), (QList<qint64> {1, 3, 2}));
}

void TestRoutingEngine::inactiveRepsAndOtherRolesGetNothing()
{
    User gone = rep(1);
    gone.active = false;
    const auto out = RoutingEngine::route(
        input({gone, rep(2, Role::TeamLead), rep(3, Role::MarketingManager), rep(4)},
            {teamRule(1, RoutingMethod::RoundRobin)}, leads(2)));
    QCOMPARE(owners(out), (QList<qint64> {4, 4}));
}

QTEST_GUILESS_MAIN(TestRoutingEngine)
#include "tst_routingengine.moc"
