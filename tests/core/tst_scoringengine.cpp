// Tests the scoring engine: points, caps per period, negative points, decay at several ages,
// fit from German and English job titles, company sizes as numbers and ranges, numeric and field
// rules, the clamp to 0–100, bands, and explanations that add up to the score.
#include "scoring/scoringengine.h"

#include <QTest>

#include <limits>

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
    int sum = e.roundingTenths + e.clampTenths;
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
    void germanIndustriesScoreAsTheEnglish_data();
    void germanIndustriesScoreAsTheEnglish();
    void negativePoints();
    void scoresAreClampedAndTheClampExplained();
    void hugePointsClampLikeAnyOther();
    void companySizes_data();
    void companySizes();
    void numericAttributeRules();
    void fieldRules();
    void usB2bExportTitlesAndSizes();
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

// German CRM data (and the demo, a German team's data) names industries in German: the default
// model gives them the points of their English names.
void TestScoringEngine::germanIndustriesScoreAsTheEnglish_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");
    QTest::newRow("Manufacturing")
        << QStringLiteral("Manufacturing") << QStringLiteral("Maschinenbau");
    QTest::newRow("IT services") << QStringLiteral("IT services")
                                 << QStringLiteral("IT-Dienstleistungen");
    QTest::newRow("Automotive") << QStringLiteral("Automotive")
                                << QStringLiteral("Automobilindustrie");
    QTest::newRow("Logistics") << QStringLiteral("Logistics") << QStringLiteral("Logistik");
    QTest::newRow("Energy") << QStringLiteral("Energy") << QStringLiteral("Energie");
    QTest::newRow("Healthcare") << QStringLiteral("Healthcare")
                                << QStringLiteral("Gesundheitswesen");
    QTest::newRow("Finance") << QStringLiteral("Finance") << QStringLiteral("Finanzwesen");
    QTest::newRow("Construction") << QStringLiteral("Construction") << QStringLiteral("Bauwesen");
    QTest::newRow("Retail") << QStringLiteral("Retail") << QStringLiteral("Einzelhandel");
    QTest::newRow("Public sector")
        << QStringLiteral("Public sector") << QStringLiteral("Öffentlicher Sektor");
}

void TestScoringEngine::germanIndustriesScoreAsTheEnglish()
{
    QFETCH(QString, english);
    QFETCH(QString, german);
    const ScoringEngine e(ScoringModel::defaults());
    QVERIFY(e.knowsIndustry(german));
    LeadFacts en;
    en.industry = english;
    LeadFacts de;
    de.industry = german;
    QCOMPARE(e.score(de, {}, kNow).score, e.score(en, {}, kNow).score);
}

void TestScoringEngine::negativePoints()
{
    const ScoringEngine e(smallModel());
    std::vector<ActivityEvent> acts = {at(e, "demo_request", 0), at(e, "unsubscribe", 0)};
    QCOMPARE(e.score(LeadFacts {}, acts, kNow).score, 10);
    // Only an unsubscribe: the sum goes below zero, the score stops at 0.
    QCOMPARE(e.score(LeadFacts {}, {at(e, "unsubscribe", 0)}, kNow).score, 0);
}

void TestScoringEngine::scoresAreClampedAndTheClampExplained()
{
    const ScoringEngine e(smallModel());
    const auto now = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC);
    // −20 − 15 (student): the clamp adds 35 back, shown as its own line.
    LeadFacts student;
    student.jobTitle = QStringLiteral("Student");
    const std::vector<ActivityEvent> low = {at(e, "unsubscribe", 0)};
    const ScoreResult r = e.score(student, low, kNow);
    QCOMPARE(r.score, 0);
    QCOMPARE(r.band, ScoreBand::Cold);
    Explanation x = e.explain(student, low, now);
    QCOMPARE(x.score, 0);
    QCOMPARE(x.clampTenths, 350);
    QCOMPARE(tenthsSum(x), 0);
    // 20 + 10 + 5 + 4 fit and four demo requests (120): 159, capped at 100.
    const LeadFacts ceo {QStringLiteral("CEO"), QStringLiteral("Manufacturing"),
        QStringLiteral("50-249"), QStringLiteral("DE"), {}};
    const std::vector<ActivityEvent> high = {at(e, "demo_request", 0), at(e, "demo_request", 0),
        at(e, "demo_request", 0), at(e, "demo_request", 0)};
    QCOMPARE(e.score(ceo, high, kNow).score, 100);
    x = e.explain(ceo, high, now);
    QCOMPARE(x.score, 100);
    QCOMPARE(x.clampTenths, -590);
    QCOMPARE(x.roundingTenths, 0);
    QCOMPARE(tenthsSum(x), 1000);
    // Within 0–100 there is no clamp line.
    x = e.explain(ceo, {}, now);
    QCOMPARE(x.score, 39);
    QCOMPARE(x.clampTenths, 0);
}

// ScoringModel::fromJson refuses points beyond ±1000; a model built in code may still hold
// 1e300. Converted to an int unbounded (undefined behaviour), such a sum came out as INT_MIN on
// x86: a score of 0 instead of 100.
void TestScoringEngine::hugePointsClampLikeAnyOther()
{
    ScoringModel m = smallModel();
    m.activities[1].points = 1e300; // demo_request
    m.activities[2].points = -1e300; // unsubscribe
    const ScoringEngine e(m);
    const auto now = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC);
    const std::vector<ActivityEvent> demo = {at(e, "demo_request", 1)};
    QCOMPARE(e.score(LeadFacts {}, demo, kNow).score, 100);
    QCOMPARE(e.score(LeadFacts {}, demo, kNow).band, ScoreBand::Hot);
    Explanation x = e.explain(LeadFacts {}, demo, now);
    QCOMPARE(x.score, 100);
    QCOMPARE(tenthsSum(x), 1000);
    const std::vector<ActivityEvent> gone = {at(e, "unsubscribe", 1)};
    QCOMPARE(e.score(LeadFacts {}, gone, kNow).score, 0);
    x = e.explain(LeadFacts {}, gone, now);
    QCOMPARE(x.score, 0);
    QCOMPARE(tenthsSum(x), 0);
    // Infinite both ways (1e300 × 1e10 overflows): no number at all counts as 0.
    m.activities[1].points = std::numeric_limits<double>::infinity();
    m.activities[2].points = -std::numeric_limits<double>::infinity();
    const ScoringEngine inf(m);
    const std::vector<ActivityEvent> both = {at(inf, "demo_request", 1), at(inf, "unsubscribe", 1)};
    QCOMPARE(inf.score(LeadFacts {}, both, kNow).score, 0);
    QCOMPARE(tenthsSum(inf.explain(LeadFacts {}, both, now)), 0);
    QCOMPARE(ScoringEngine::roundScore(-1e300), -100'000'000);
    QCOMPARE(ScoringEngine::roundScore(99.5), 100);
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
    // The common titles and seniority picklists of B2B exports.
    row("C-Level", "c_level");
    row("C - Level", "c_level");
    row("C-Suite", "c_level");
    row("Owner", "c_level");
    row("Founder", "c_level");
    row("Co-Founder", "c_level");
    row("Inhaber", "c_level");
    row("Inhaberin", "c_level");
    row("Geschäftsführer", "c_level");
    row("Geschäftsleitung", "c_level");
    row("Partner", "c_level");
    row("VP-Level", "vp");
    row("Director-Level", "director");
    row("Abteilungsleitung Einkauf", "director");
    row("Manager-Level", "manager");
    row("Partner Manager", "manager");
    row("Supervisor", "manager");
    row("Staff", "individual");
    row("Mitarbeiter", "individual");
    row("Mitarbeiterin Vertrieb", "individual");
    row("Designer", "individual");
    row("UX-Designerin", "individual");
    row("Engineer", "individual");
    row("Senior Software Engineer", "individual");
    row("Consultant", "individual");
    row("Berater", "individual");
    row("Assistant", "individual");
    row("Assistenz", "individual");
    row("Product Owner", "individual");
    row("Account Executive", "individual");
    row("Industriekauffrau", "individual");
    row("Senior", "individual");
    row("Intern", "student_other");
    row("Praktikant", "student_other");
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

void TestScoringEngine::companySizes_data()
{
    // smallModel's bands plus the shipped ones: 1-9, 10-49, 50-249, 250-999, 1000+.
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("band");
    auto row = [](const char *size, const char *band) {
        QTest::newRow(size) << QString::fromUtf8(size) << QString::fromUtf8(band);
    };
    row("50-249", "50-249"); // the band's own name
    row("50", "50-249");
    row("51-200", "50-249");
    row("51 - 200", "50-249");
    row("51\u2013200 employees", "50-249");
    row("5", "1-9");
    row("11-50", "10-49"); // its middle, 30.5
    row("201-500", "250-999"); // its middle, 350.5
    row("249", "50-249");
    row("250", "250-999");
    row("1.000+", "1000+");
    row("1,001-5,000", "1000+");
    row("10k", "1000+");
    row("10.000+", "1000+");
    row("10,001+", "1000+");
    row("2.500 Mitarbeiter", "1000+");
    row("KMU", "");
    row("", "");
    row("-5", "");
}

void TestScoringEngine::companySizes()
{
    QFETCH(QString, size);
    QFETCH(QString, band);
    ScoringModel m = smallModel();
    m.companySizes = ScoringModel::defaults().companySizes;
    const ScoringEngine e(m);
    const ValuePoints *found = e.sizeBand(size);
    QCOMPARE(found ? found->value : QString(), band);
    LeadFacts f;
    f.companySize = size;
    QCOMPARE(e.fitPoints(f), found ? found->points : 0.0);
    const Explanation x = e.explain(f, {}, QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
    QCOMPARE(x.contributions[2].kind, Contribution::Kind::CompanySize);
    if (found && band != size)
        QCOMPARE(describeContribution(x.contributions[2]),
            QStringLiteral("Company size \u201C%1\u201D: band %2").arg(size, band));
}

// The education company's web-behaviour columns: numbers in German and English notation.
void TestScoringEngine::numericAttributeRules()
{
    ScoringModel m = smallModel();
    AttributeRule time {QStringLiteral("Total Time Spent on Website"), QString(), 20};
    time.min = 600;
    AttributeRule views {QStringLiteral("Page Views Per Visit"), QString(), 5};
    views.min = 2;
    views.max = 5;
    AttributeRule shortVisit {QStringLiteral("Total Time Spent on Website"), QString(), -5};
    shortVisit.max = 60;
    m.attributes = {time, views, shortVisit};
    const ScoringEngine e(m);
    auto points = [&e](const QString &seconds, const QString &pageViews) {
        LeadFacts f;
        f.attributes = {{QStringLiteral("Total Time Spent on Website"), seconds},
            {QStringLiteral("Page Views Per Visit"), pageViews}};
        return e.fitPoints(f);
    };
    QCOMPARE(points(QStringLiteral("600"), QString()), 20.0); // from min on
    QCOMPARE(points(QStringLiteral("599"), QString()), 0.0);
    QCOMPARE(points(QStringLiteral("1.234,5"), QStringLiteral("2,5")), 25.0);
    QCOMPARE(points(QStringLiteral("1,234.5"), QStringLiteral("2.5")), 25.0);
    QCOMPARE(points(QStringLiteral("1234"), QStringLiteral("5")), 20.0); // max is below
    QCOMPARE(points(QStringLiteral("59"), QStringLiteral("4.99")), 0.0); // −5 + 5
    QCOMPARE(points(QStringLiteral("0"), QStringLiteral("1")), -5.0);
    QCOMPARE(points(QStringLiteral("lange"), QStringLiteral("")), 0.0); // not a number
    QCOMPARE(points(QString(), QString()), 0.0);

    LeadFacts f;
    f.attributes = {{QStringLiteral("total time spent on website"), QStringLiteral("1.234,5")}};
    const Explanation x = e.explain(f, {}, QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
    QCOMPARE(x.contributions.size(), size_t(5));
    QCOMPARE(describeContribution(x.contributions[4]),
        QStringLiteral("Attribute Total Time Spent on Website = 1.234,5 (at least 600)"));
    QCOMPARE(x.contributions[4].tenths, 200);
    QCOMPARE(x.score, 20);
}

void TestScoringEngine::fieldRules()
{
    ScoringModel m = smallModel();
    AttributeRule webinar {QString(), QStringLiteral("Webinar"), 6};
    webinar.field = RuleField::Source;
    AttributeRule anyCampaign {QString(), QString(), 2};
    anyCampaign.field = RuleField::Campaign;
    AttributeRule large {QString(), QString(), 4};
    large.field = RuleField::CompanySize;
    large.min = 1000;
    m.attributes = {webinar, anyCampaign, large};
    const ScoringEngine e(m);
    QVERIFY(!e.hasAttributeRules()); // no custom attribute needs to be read
    LeadFacts f;
    QCOMPARE(e.fitPoints(f), 0.0);
    f.source = QStringLiteral(" webinar ");
    QCOMPARE(e.fitPoints(f), 6.0);
    f.campaign = QStringLiteral("Herbst 2026");
    f.companySize = QStringLiteral("10k");
    QCOMPARE(e.fitPoints(f), 12.0);
    f.companySize = QStringLiteral("51-200"); // band 50-249: 5, but below the rule's 1000
    f.source = QStringLiteral("Messe");
    QCOMPARE(e.fitPoints(f), 2.0 + 5);
    f.companySize = QStringLiteral("1.000+");
    const Explanation x = e.explain(f, {}, QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
    QStringList lines;
    for (const Contribution &c : x.contributions) {
        if (c.kind == Contribution::Kind::Attribute)
            lines << describeContribution(c);
    }
    QCOMPARE(lines,
        QStringList({QStringLiteral("Campaign = Herbst 2026 (any value)"),
            QStringLiteral("Company size = 1.000+ (at least 1,000)")}));
}

// Job titles and sizes as a US B2B export has them (a seniority picklist and LinkedIn's size
// ranges): under the shipped model each of them counts.
void TestScoringEngine::usB2bExportTitlesAndSizes()
{
    const ScoringEngine e(ScoringModel::defaults());
    const ScoringModel &m = e.model();
    for (const char *title : {"C - Level", "VP-Level", "Director-Level", "Manager-Level", "Staff",
             "Owner", "Partner", "Founder", "Senior", "Entry", "Intern"})
        QVERIFY2(e.titleLevel(QString::fromLatin1(title)), title);
    for (const char *size : {"1-10", "11-50", "51-200", "201-500", "501-1,000", "1,001-5,000",
             "5,001-10,000", "10,001+"})
        QVERIFY2(e.sizeBand(QString::fromLatin1(size)), size);
    LeadFacts f;
    f.jobTitle = QStringLiteral("C - Level");
    f.companySize = QStringLiteral("51-200");
    QCOMPARE(e.fitPoints(f),
        m.levelPoints[size_t(TitleLevel::CLevel)] + e.sizeBand(QStringLiteral("50-249"))->points);
}

QTEST_GUILESS_MAIN(TestScoringEngine)
#include "tst_scoringengine.moc"
