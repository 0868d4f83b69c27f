// Tests the scoring engine: points, caps per period, negative points, decay at several ages,
// fit from German and English job titles, bands, and explanations that add up to the score.
#include "scoring/scoringengine.h"

#include <QTest>

using namespace bantam;

namespace {

const qint64 kNow = QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
constexpr qint64 kDay = 86400;

// A small model with round numbers: half-life 10 days; page visits 2 points (at most 3 per
// 7 days), demo requests 30 (fast-track), unsubscribes −20, calls 0.
ScoringModel smallModel()
{
    ScoringModel m;
    m.halfLifeDays = 10;
    m.activities = {
        {QStringLiteral("page_visit"), QStringLiteral("Page visit"),
            QString::fromUtf8("Seitenbesuch"), 2, 3, 7, false},
        {QStringLiteral("demo_request"), QStringLiteral("Demo requested"),
            QStringLiteral("Demo angefragt"), 30, 0, 0, true},
        {QStringLiteral("unsubscribe"), QStringLiteral("Unsubscribed"),
            QStringLiteral("Abgemeldet"), -20, 0, 0, false},
        {QStringLiteral("call"), QStringLiteral("Call"), QStringLiteral("Anruf"), 0, 0, 0, false},
    };
    m.levelPoints = {20, 15, 12, 8, 3, -15};
    m.titlePatterns = {{QStringLiteral("werkstudent*"), TitleLevel::StudentOther},
        {QStringLiteral("student*"), TitleLevel::StudentOther},
        {QStringLiteral("ceo"), TitleLevel::CLevel}, {QStringLiteral("cto"), TitleLevel::CLevel},
        {QString::fromUtf8("geschäftsführ*"), TitleLevel::CLevel},
        {QStringLiteral("head of"), TitleLevel::Director},
        {QStringLiteral("*leiter*"), TitleLevel::Director}};
    m.industries = {{QStringLiteral("Manufacturing"), 10}};
    m.companySizes = {{QStringLiteral("50-249"), 5}};
    m.countries = {{QStringLiteral("DE"), 4}};
    m.warm = 20;
    m.mql = 40;
    m.hot = 60;
    return m;
}

ActivityEvent at(const ScoringEngine &e, const char *type, double daysAgo)
{
    return {kNow - qint64(daysAgo * kDay), e.typeIndex(QString::fromLatin1(type))};
}

int tenthsSum(const Explanation &e)
{
    int sum = e.roundingTenths;
    for (const Contribution &c : e.contributions)
        sum += c.tenths;
    return sum;
}

} // namespace

class TestScoringEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointsAddUp();
    void negativePoints();
    void decay_data();
    void decay();
    void capsPerPeriod();
    void futureActivitiesDoNotCount();
    void unknownTypesDoNotCount();
    void fastTrack();
    void titleLevels_data();
    void titleLevels();
    void defaultModelTitles_data();
    void defaultModelTitles();
    void fitFromProfile();
    void bands_data();
    void bands();
    void trendIsTheScoreAWeekAgo();
    void explanationSumsToScore_data();
    void explanationSumsToScore();
    void explanationShowsCapsAndDecay();
    void attributeRules();
};

void TestScoringEngine::pointsAddUp()
{
    const ScoringEngine e(smallModel());
    // Fresh activities (age 0): full points. Two visits and a demo request: 2 + 2 + 30.
    const std::vector<ActivityEvent> acts
        = {at(e, "page_visit", 0), at(e, "page_visit", 0), at(e, "demo_request", 0)};
    QCOMPARE(e.score(LeadFacts {}, acts, kNow).score, 34);
    QCOMPARE(e.score(LeadFacts {}, {}, kNow).score, 0);
}

void TestScoringEngine::negativePoints()
{
    const ScoringEngine e(smallModel());
    std::vector<ActivityEvent> acts = {at(e, "demo_request", 0), at(e, "unsubscribe", 0)};
    QCOMPARE(e.score(LeadFacts {}, acts, kNow).score, 10);
    // Only an unsubscribe: the score goes below zero.
    QCOMPARE(e.score(LeadFacts {}, {at(e, "unsubscribe", 0)}, kNow).score, -20);
}

void TestScoringEngine::decay_data()
{
    QTest::addColumn<double>("daysAgo");
    QTest::addColumn<int>("score"); // 30 points × 0.5^(days / 10), rounded half up
    QTest::addColumn<double>("exact");
    QTest::newRow("today") << 0.0 << 30 << 30.0;
    QTest::newRow("5 days") << 5.0 << 21 << 21.213203435596427;
    QTest::newRow("one half-life") << 10.0 << 15 << 15.0;
    QTest::newRow("two half-lives") << 20.0 << 8 << 7.5; // 7.5 rounds half up
    QTest::newRow("three half-lives") << 30.0 << 4 << 3.75;
    QTest::newRow("100 days") << 100.0 << 0 << 30.0 / 1024;
}

void TestScoringEngine::decay()
{
    QFETCH(double, daysAgo);
    QFETCH(int, score);
    QFETCH(double, exact);
    const ScoringEngine e(smallModel());
    const std::vector<ActivityEvent> acts = {at(e, "demo_request", daysAgo)};
    QCOMPARE(e.score(LeadFacts {}, acts, kNow).score, score);
    const Explanation x
        = e.explain(LeadFacts {}, acts, QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
    QCOMPARE(x.contributions.back().kind, Contribution::Kind::Activity);
    QVERIFY2(qAbs(x.exactTotal - exact) < 1e-9, qPrintable(QString::number(x.exactTotal, 'g', 17)));
    QVERIFY(qAbs(x.contributions.back().decay - exact / 30) < 1e-12);
}

void TestScoringEngine::capsPerPeriod()
{
    const ScoringEngine e(smallModel()); // page visits: at most 3 in any 7 days, 2 points each
    // Five visits a minute apart: only 3 count (fresh, so about 2 points each).
    std::vector<ActivityEvent> five;
    for (int i = 0; i < 5; ++i)
        five.push_back({kNow - 60 * (5 - i), e.typeIndex(QStringLiteral("page_visit"))});
    QCOMPARE(e.score(LeadFacts {}, five, kNow).score, 6);

    // A new window: visits 8 days apart count again. 3 visits at day −16, 3 at day −8, 3 today:
    // all 9 count; the window is rolling, not a calendar week.
    ScoringModel noDecay = smallModel();
    noDecay.halfLifeDays = 1e9; // decay negligible, so the points are countable
    const ScoringEngine flat(noDecay);
    std::vector<ActivityEvent> spread;
    for (double d : {16.0, 16.0, 16.0, 8.0, 8.0, 8.0, 0.0, 0.0, 0.0})
        spread.push_back(at(flat, "page_visit", d));
    QCOMPARE(flat.score(LeadFacts {}, spread, kNow).score, 18);
    // A fourth visit 6 days after the first three (inside their window) does not count.
    std::vector<ActivityEvent> inWindow;
    for (double d : {10.0, 10.0, 10.0, 4.0})
        inWindow.push_back(at(flat, "page_visit", d));
    QCOMPARE(flat.score(LeadFacts {}, inWindow, kNow).score, 6);
    // The cap applies per type: a demo request in the same window still counts.
    inWindow.push_back(at(flat, "demo_request", 4.0));
    QCOMPARE(flat.score(LeadFacts {}, inWindow, kNow).score, 36);
}

void TestScoringEngine::futureActivitiesDoNotCount()
{
    const ScoringEngine e(smallModel());
    const std::vector<ActivityEvent> acts
        = {at(e, "demo_request", 0), {kNow + 3600, e.typeIndex(QStringLiteral("demo_request"))}};
    QCOMPARE(e.score(LeadFacts {}, acts, kNow).score, 30);
}

void TestScoringEngine::unknownTypesDoNotCount()
{
    const ScoringEngine e(smallModel());
    QCOMPARE(e.typeIndex(QStringLiteral("fax")), -1);
    const std::vector<ActivityEvent> acts = {{kNow, -1}, at(e, "call", 0), at(e, "page_visit", 0)};
    QCOMPARE(e.score(LeadFacts {}, acts, kNow).score, 2);
}

void TestScoringEngine::fastTrack()
{
    const ScoringEngine e(smallModel());
    QVERIFY(!e.score(LeadFacts {}, {at(e, "page_visit", 1)}, kNow).fastTrack);
    // Even a demo request long ago (decayed to nothing) flags the lead.
    QVERIFY(e.score(LeadFacts {}, {at(e, "demo_request", 400)}, kNow).fastTrack);
}

void TestScoringEngine::titleLevels_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("level"); // -1: not recognised
    QTest::newRow("Geschäftsführer")
        << QString::fromUtf8("Geschäftsführer") << int(TitleLevel::CLevel);
    QTest::newRow("Geschäftsführerin")
        << QString::fromUtf8("Geschäftsführerin") << int(TitleLevel::CLevel);
    QTest::newRow("CEO") << QStringLiteral("CEO") << int(TitleLevel::CLevel);
    QTest::newRow("ceo & founder") << QStringLiteral("ceo & founder") << int(TitleLevel::CLevel);
    QTest::newRow("IT-Leiter") << QStringLiteral("IT-Leiter") << int(TitleLevel::Director);
    QTest::newRow("Head of IT") << QStringLiteral("Head of IT") << int(TitleLevel::Director);
    QTest::newRow("HEAD OF  IT") << QStringLiteral("HEAD OF  IT") << int(TitleLevel::Director);
    QTest::newRow("Werkstudent") << QStringLiteral("Werkstudent") << int(TitleLevel::StudentOther);
    QTest::newRow("Student") << QStringLiteral("Student") << int(TitleLevel::StudentOther);
    QTest::newRow("Studentin") << QStringLiteral("Studentin") << int(TitleLevel::StudentOther);
    QTest::newRow("head alone") << QStringLiteral("Head") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("Director holds no cto")
        << QStringLiteral("Director") << -1; // "cto" inside a word
}

void TestScoringEngine::titleLevels()
{
    QFETCH(QString, title);
    QFETCH(int, level);
    const ScoringEngine e(smallModel());
    const auto l = e.titleLevel(title);
    QCOMPARE(l ? int(*l) : -1, level);
}

void TestScoringEngine::defaultModelTitles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("level");
    auto row = [](const char *title, const char *level) {
        QTest::newRow(title) << QString::fromUtf8(title) << QString::fromLatin1(level);
    };
    row("Geschäftsführer", "c_level");
    row("Geschäftsführerin", "c_level");
    row("CEO", "c_level");
    row("CTO", "c_level");
    row("Managing Director", "c_level");
    row("Vorstandsvorsitzender", "c_level");
    row("VP Sales", "vp");
    row("Vice President Marketing", "vp");
    row("IT-Leiter", "director");
    row("IT-Leiterin", "director");
    row("Head of IT", "director");
    row("Head of Marketing", "director");
    row("Vertriebsleiter", "director");
    row("Director Operations", "director");
    row("Prokurist", "director");
    row("Teamleiterin Buchhaltung", "manager");
    row("Marketing Manager", "manager");
    row("Projektmanager", "manager");
    row("Sachbearbeiterin", "individual");
    row("Systemadministrator", "individual");
    row("Assistenz der Geschäftsführung", "individual");
    row("Werkstudent", "student_other");
    row("Student", "student_other");
    row("Praktikantin Marketing", "student_other");
}

void TestScoringEngine::defaultModelTitles()
{
    QFETCH(QString, title);
    QFETCH(QString, level);
    const ScoringEngine e(ScoringModel::defaults());
    const auto l = e.titleLevel(title);
    QVERIFY2(l, qPrintable(title));
    QCOMPARE(titleLevelKey(*l), level);
}

void TestScoringEngine::fitFromProfile()
{
    const ScoringEngine e(smallModel());
    LeadFacts f {QString::fromUtf8("Geschäftsführerin"), QStringLiteral("manufacturing"),
        QStringLiteral("50-249"), QStringLiteral("DE"), {}};
    QCOMPARE(e.fitPoints(f), 20.0 + 10 + 5 + 4);
    QCOMPARE(e.score(f, {}, kNow).score, 39);
    f.jobTitle = QStringLiteral("Werkstudent");
    f.country = QStringLiteral("FR"); // not in the model: 0
    QCOMPARE(e.score(f, {}, kNow).score, -15 + 10 + 5);
    // Fit does not decay.
    QCOMPARE(e.score(f, {}, kNow + 1000 * kDay).score, 0);
}

void TestScoringEngine::bands_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("band");
    QTest::newRow("negative") << -5 << QStringLiteral("cold");
    QTest::newRow("19") << 19 << QStringLiteral("cold");
    QTest::newRow("20 warm threshold") << 20 << QStringLiteral("warm");
    QTest::newRow("59") << 59 << QStringLiteral("warm");
    QTest::newRow("60 hot threshold") << 60 << QStringLiteral("hot");
}

void TestScoringEngine::bands()
{
    QFETCH(int, score);
    QFETCH(QString, band);
    QCOMPARE(scoreBandKey(ScoringEngine(smallModel()).band(score)), band);
}

void TestScoringEngine::trendIsTheScoreAWeekAgo()
{
    const ScoringEngine e(smallModel());
    // A demo request 10 days ago (15 now; 30 × 0.5^0.3 ≈ 24.4 a week ago) and a visit 2 days ago
    // (not there a week ago): the score fell from 24 to 17.
    const std::vector<ActivityEvent> acts = {at(e, "demo_request", 10), at(e, "page_visit", 2)};
    const ScoreResult r = e.score(LeadFacts {}, acts, kNow);
    QCOMPARE(r.score, ScoringEngine::roundScore(15 + 2 * std::exp2(-0.2)));
    QCOMPARE(r.score, 17);
    QCOMPARE(r.weekAgo, 24);
    // Equal to the score computed a week earlier with only what had happened by then.
    QCOMPARE(r.weekAgo, e.score(LeadFacts {}, {acts[0]}, kNow - 7 * kDay).score);
}

void TestScoringEngine::explanationSumsToScore_data()
{
    QTest::addColumn<QList<double>>("ages");
    QTest::newRow("none") << QList<double> {};
    QTest::newRow("thirds") << QList<double> {3.3, 6.6, 9.9, 13.2, 16.5};
    QTest::newRow("many small") << QList<double> {40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51};
    QTest::newRow("mixed") << QList<double> {0.5, 1.7, 2.25, 30, 31.1};
}

void TestScoringEngine::explanationSumsToScore()
{
    QFETCH(QList<double>, ages);
    const ScoringEngine e(smallModel());
    std::vector<ActivityEvent> acts;
    const char *types[] = {"page_visit", "demo_request", "unsubscribe"};
    int i = 0;
    for (double a : ages)
        acts.push_back(at(e, types[i++ % 3], a));
    std::sort(acts.begin(), acts.end(),
        [](const ActivityEvent &a, const ActivityEvent &b) { return a.at < b.at; });
    const LeadFacts f {QStringLiteral("Head of IT"), QStringLiteral("Manufacturing"), QString(),
        QStringLiteral("DE"), {}};
    const Explanation x = e.explain(f, acts, QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
    QCOMPARE(x.score, e.score(f, acts, kNow).score);
    QCOMPARE(tenthsSum(x), x.score * 10);
    QVERIFY(qAbs(x.roundingTenths) <= 5 + int(x.contributions.size()) / 2);
}

void TestScoringEngine::explanationShowsCapsAndDecay()
{
    const ScoringEngine e(smallModel());
    std::vector<ActivityEvent> acts;
    for (int i = 0; i < 4; ++i)
        acts.push_back({kNow - 10 * kDay + i, e.typeIndex(QStringLiteral("page_visit"))});
    const Explanation x
        = e.explain(LeadFacts {}, acts, QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
    // Four fit lines (title, industry, size, country; all 0 here), three counted visits at half
    // their points, one capped.
    QCOMPARE(x.contributions.size(), size_t(8));
    QCOMPARE(x.contributions[4].kind, Contribution::Kind::Activity);
    QCOMPARE(x.contributions[4].tenths, 10); // 2 × 0.5 = 1.0
    QCOMPARE(x.contributions[7].kind, Contribution::Kind::Capped);
    QCOMPARE(x.contributions[7].tenths, 0);
    QVERIFY(x.contributions[7].detail.contains(QStringLiteral("3")));
    QCOMPARE(x.score, 3);
    QCOMPARE(x.roundingTenths, 0);
}

void TestScoringEngine::attributeRules()
{
    ScoringModel m = smallModel();
    m.attributes = {{QStringLiteral("Messe-Stand"), QStringLiteral("A12"), 10},
        {QStringLiteral("Messe-Stand"), QString(), 2.5},
        {QString::fromUtf8("Größe Fuhrpark"), QStringLiteral("groß"), 7},
        {QStringLiteral("Newsletter"), QStringLiteral("nein"), -5}};
    const ScoringEngine e(m);
    QVERIFY(e.hasAttributeRules());
    QCOMPARE(e.attributeNames().size(), 3);
    QVERIFY(!ScoringEngine(smallModel()).hasAttributeRules());

    LeadFacts f;
    QCOMPARE(e.fitPoints(f), 0.0);
    // Names and values ignoring case and spaces; the any-value rule adds to the value rule.
    f.attributes = {{QStringLiteral(" messe-stand"), QStringLiteral("a12 ")}};
    QCOMPARE(e.fitPoints(f), 12.5);
    f.attributes = {{QStringLiteral("Messe-Stand"), QStringLiteral("B7")}};
    QCOMPARE(e.fitPoints(f), 2.5);
    f.attributes = {{QStringLiteral("Messe-Stand"), QStringLiteral("A12")},
        {QString::fromUtf8("GRÖßE FUHRPARK"), QStringLiteral("x")}, // another value
        {QStringLiteral("Newsletter"), QStringLiteral("Nein")},
        {QStringLiteral("Quelle"), QStringLiteral("A12")}}; // no rule for this name
    QCOMPARE(e.fitPoints(f), 10 + 2.5 - 5);
    f.attributes.push_back({QString::fromUtf8("größe fuhrpark"), QString::fromUtf8("GROß")});
    QCOMPARE(e.fitPoints(f), 10 + 2.5 - 5 + 7);
    f.jobTitle = QStringLiteral("CEO");
    QCOMPARE(e.score(f, {at(e, "demo_request", 0)}, kNow).score, 20 + 15 + 30); // 64.5 rounds up

    const Explanation x = e.explain(f, {}, QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
    QCOMPARE(x.score, 35);
    // Title, industry, size, country, then the matching rules in model order.
    QCOMPARE(x.contributions.size(), size_t(8));
    QCOMPARE(x.contributions[4].kind, Contribution::Kind::Attribute);
    QCOMPARE(
        describeContribution(x.contributions[4]), QStringLiteral("Attribute Messe-Stand = A12"));
    QCOMPARE(x.contributions[4].tenths, 100);
    QCOMPARE(describeContribution(x.contributions[5]),
        QStringLiteral("Attribute Messe-Stand = A12 (any value)"));
    QCOMPARE(x.contributions[5].tenths, 25);
    QCOMPARE(x.contributions[6].tenths, 70);
    QCOMPARE(
        describeContribution(x.contributions[7]), QStringLiteral("Attribute Newsletter = Nein"));
    QCOMPARE(x.contributions[7].tenths, -50);
    QCOMPARE(x.fitTenths(), 345);
    QCOMPARE(tenthsSum(x), 350);
}

QTEST_GUILESS_MAIN(TestScoringEngine)
#include "tst_scoringengine.moc"
