// Tests the qualification rules on the default questionnaire and framework templates shipped in
// resources/: scoring out of 100, what answers say about the criteria, the verdict of every
// framework's rule, the qualification stage 1-5 from every combination of what is known, the
// recommended next step, and the validation of edited definitions.
#include "qualification/assessment.h"

#include <QJsonArray>
#include <QTest>

using namespace bantam;

Q_DECLARE_METATYPE(bantam::CriterionStatus)

namespace {

using Answers = QMap<QString, StoredAnswer>;
const QDate kToday(2026, 3, 3);

Answers answers(std::initializer_list<std::pair<const char *, QString>> list)
{
    Answers out;
    for (const auto &[key, value] : list)
        out.insert(QLatin1String(key), {value, kToday});
    return out;
}

QString inDays(int days)
{
    return kToday.addDays(days).toString(Qt::ISODate);
}

// How a test sets one level's questions to a status with real answers (unknown: not asked).
void answerLevel(Answers &a, const QStringList &keys, CriterionStatus status)
{
    for (const QString &key : keys) {
        QString value;
        if (key == QLatin1String("contact_role")) {
            value = status == CriterionStatus::Met  ? QStringLiteral("management")
                : status == CriterionStatus::Partly ? QStringLiteral("specialist")
                : status == CriterionStatus::NotMet ? QStringLiteral("not_relevant")
                                                    : QString();
        } else {
            value = status == CriterionStatus::Met  ? QStringLiteral("yes")
                : status == CriterionStatus::Partly ? QStringLiteral("partly")
                : status == CriterionStatus::NotMet ? QStringLiteral("no")
                                                    : QString();
        }
        if (!value.isEmpty())
            a.insert(key, {value, kToday});
    }
}

} // namespace

class TestQualificationRules : public QObject
{
    Q_OBJECT

private:
    Questionnaire m_questionnaire = Questionnaire::defaults();
    FrameworkSet m_frameworks = FrameworkSet::defaults();

    Assessment run(const Answers &a, const QMap<QString, CriterionStatus> &manual = {},
        const QString &framework = QStringLiteral("bant"))
    {
        const Framework *f = m_frameworks.find(framework);
        Q_ASSERT(f);
        return assess(m_questionnaire, *f, a, manual);
    }

private Q_SLOTS:
    void defaultsShipTenQuestionsInThreeGroups()
    {
        QCOMPARE(int(m_questionnaire.questions.size()), 10);
        QCOMPARE(m_questionnaire.maxPoints(), 100);
        QStringList groups;
        for (const Question &q : m_questionnaire.questions) {
            groups << groupKey(q.group);
            QVERIFY2(!q.text.de.isEmpty() && !q.text.en.isEmpty() && !q.hint.de.isEmpty()
                    && !q.hint.en.isEmpty(),
                qPrintable(q.key));
        }
        QCOMPARE(groups.count(QStringLiteral("organisation")), 2);
        QCOMPARE(groups.count(QStringLiteral("opportunity")), 4);
        QCOMPARE(groups.count(QStringLiteral("stakeholder")), 4);
        QStringList keys;
        for (const Framework &f : m_frameworks.frameworks)
            keys << f.name;
        QCOMPARE(keys,
            (QStringList {QStringLiteral("BANT"), QStringLiteral("CHAMP"), QStringLiteral("ANUM"),
                QStringLiteral("FAINT"), QStringLiteral("GPCT"), QStringLiteral("MAN-T")}));
        QCOMPARE(m_frameworks.active().key, QStringLiteral("bant"));
    }

    void definitionsSurviveJson()
    {
        auto q = Questionnaire::fromJson(m_questionnaire.toJson());
        QVERIFY(q.ok());
        QCOMPARE(q->questions, m_questionnaire.questions);
        auto f = FrameworkSet::fromJson(m_frameworks.toJson());
        QVERIFY(f.ok());
        QCOMPARE(f->frameworks, m_frameworks.frameworks);
    }

    void scoring_data()
    {
        QTest::addColumn<Answers>("given");
        QTest::addColumn<int>("score");
        QTest::addColumn<int>("answered");
        QTest::newRow("nothing asked") << Answers() << 0 << 0;
        QTest::newRow("everything met") << answers(
            {{"icp_fit", QStringLiteral("yes")}, {"contact_role", QStringLiteral("head_of_unit")},
                {"need", QStringLiteral("yes")}, {"solution_fit", QStringLiteral("yes")},
                {"requirements", QStringLiteral("yes")}, {"buying_process", QStringLiteral("yes")},
                {"budget", QStringLiteral("25000")}, {"authority", QStringLiteral("decides")},
                {"timing", inDays(90)}, {"next_step", QStringLiteral("Demo on Friday")}})
                                        << 100 << 10;
        // 10 + 2 (an option with its own points) + 5 + 5 (budget below 10,000) + 0 (a year and
        // more away) + 10
        QTest::newRow("mixed") << answers(
            {{"icp_fit", QStringLiteral("yes")}, {"contact_role", QStringLiteral("other_unit")},
                {"need", QStringLiteral("partly")}, {"budget", QStringLiteral("5000")},
                {"timing", inDays(400)}, {"next_step", QStringLiteral("Whitepaper")}})
                               << 32 << 6;
        QTest::newRow("unknown and no give nothing")
            << answers({{"icp_fit", QStringLiteral("unknown")}, {"need", QStringLiteral("no")},
                   {"budget", QStringLiteral("0")}, {"timing", inDays(-1)}})
            << 0 << 4;
        QTest::newRow("partly everywhere") << answers({{"icp_fit", QStringLiteral("partly")},
            {"contact_role", QStringLiteral("specialist")}, {"need", QStringLiteral("partly")},
            {"solution_fit", QStringLiteral("partly")}, {"requirements", QStringLiteral("partly")},
            {"buying_process", QStringLiteral("partly")}, {"budget", QStringLiteral("1")},
            {"authority", QStringLiteral("co_decides")}, {"timing", inDays(365)}})
                                           << 45 << 9;
    }

    void scoring()
    {
        QFETCH(Answers, given);
        QFETCH(int, score);
        QFETCH(int, answered);
        const Assessment a = run(given);
        QCOMPARE(a.score, score);
        QCOMPARE(a.answered, answered);
    }

    void answerMeaning_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("value");
        QTest::addColumn<CriterionStatus>("status");
        QTest::addColumn<QString>("stored");
        QTest::newRow("yes") << "need"
                             << "YES" << CriterionStatus::Met << "yes";
        QTest::newRow("choice") << "authority"
                                << "influences" << CriterionStatus::Partly << "influences";
        QTest::newRow("budget met") << "budget"
                                    << "10000" << CriterionStatus::Met << "10000";
        QTest::newRow("budget partly") << "budget"
                                       << "9999.50" << CriterionStatus::Partly << "9999.50";
        QTest::newRow("no budget") << "budget"
                                   << "0" << CriterionStatus::NotMet << "0";
        QTest::newRow("date in 180 days")
            << "timing" << inDays(180) << CriterionStatus::Met << inDays(180);
        QTest::newRow("date in 181 days")
            << "timing" << inDays(181) << CriterionStatus::Partly << inDays(181);
        QTest::newRow("date in 366 days")
            << "timing" << inDays(366) << CriterionStatus::NotMet << inDays(366);
        QTest::newRow("date passed")
            << "timing" << inDays(-3) << CriterionStatus::NotMet << inDays(-3);
        QTest::newRow("text") << "next_step"
                              << "  Demo  " << CriterionStatus::Met << "Demo";
    }

    void answerMeaning()
    {
        QFETCH(QString, question);
        QFETCH(QString, value);
        QFETCH(CriterionStatus, status);
        QFETCH(QString, stored);
        auto e = m_questionnaire.evaluate(question, value, kToday);
        QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
        QCOMPARE(e->status, status);
        QCOMPARE(e->value, stored);
    }

    void invalidAnswersNameTheQuestion_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("value");
        QTest::newRow("not an option") << "icp_fit"
                                       << "maybe";
        QTest::newRow("not a choice") << "contact_role"
                                      << "ceo";
        QTest::newRow("not a number") << "budget"
                                      << "lots";
        QTest::newRow("negative") << "budget"
                                  << "-5";
        QTest::newRow("two decimal marks") << "budget"
                                           << "1,5,5";
        QTest::newRow("a date, not a number") << "budget"
                                              << "30.06.2027";
        QTest::newRow("not a date") << "timing"
                                    << "next spring";
        QTest::newRow("no such day") << "timing"
                                     << "2026-02-30";
        QTest::newRow("no such German day") << "timing"
                                            << "31.06.2027";
        QTest::newRow("empty text") << "next_step"
                                    << "   ";
        QTest::newRow("unknown question") << "favourite_colour"
                                          << "blue";
    }

    void invalidAnswersNameTheQuestion()
    {
        QFETCH(QString, question);
        QFETCH(QString, value);
        // As the service reads a typed answer: in the user's language, then checked.
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        auto typed = m_questionnaire.readTyped(question, value, english);
        auto e = typed ? m_questionnaire.evaluate(question, typed.value(), kToday)
                       : Result<EvaluatedAnswer>(typed.error());
        QVERIFY(!e.ok());
        QCOMPARE(e.error().kind, Error::Kind::Invalid);
        QCOMPARE(e.error().field, question);
        // The rep sees the question's number and text, never the internal key.
        const Question *q = m_questionnaire.find(question);
        const QString expected = q ? q->text.en : question;
        QVERIFY2(e.error().message.contains(expected), qPrintable(e.error().message));
        if (q)
            QVERIFY2(!e.error().message.contains(QLatin1Char('\'') + question + QLatin1Char('\'')),
                qPrintable(e.error().message));
    }

    // Numbers and dates as a rep types them, in German and in English, stored one way.
    void typedAnswers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shownBack");
        QTest::newRow("de thousands") << "de_DE"
                                      << "budget"
                                      << "25.000"
                                      << "25000"
                                      << "25.000";
        QTest::newRow("de decimals") << "de_DE"
                                     << "budget"
                                     << "25.000,50"
                                     << "25000.5"
                                     << "25.000,5";
        QTest::newRow("de with unit") << "de_DE"
                                      << "budget"
                                      << "25.000 EUR"
                                      << "25000"
                                      << "25.000";
        QTest::newRow("de plain") << "de_DE"
                                  << "budget"
                                  << "25000"
                                  << "25000"
                                  << "25.000";
        QTest::newRow("de English decimals") << "de_DE"
                                             << "budget"
                                             << "1.5"
                                             << "1.5"
                                             << "1,5";
        QTest::newRow("de spaced") << "de_DE"
                                   << "budget"
                                   << "25 000"
                                   << "25000"
                                   << "25.000";
        QTest::newRow("en thousands") << "en_US"
                                      << "budget"
                                      << "25,000"
                                      << "25000"
                                      << "25,000";
        QTest::newRow("en German notation") << "en_US"
                                            << "budget"
                                            << "25.000,50"
                                            << "25000.5"
                                            << "25,000.5";
        QTest::newRow("de date") << "de_DE"
                                 << "timing"
                                 << "30.06.2027"
                                 << "2027-06-30"
                                 << "30.06.2027";
        QTest::newRow("de short year") << "de_DE"
                                       << "timing"
                                       << "30.6.27"
                                       << "2027-06-30"
                                       << "30.06.2027";
        QTest::newRow("de ISO") << "de_DE"
                                << "timing"
                                << "2027-06-30"
                                << "2027-06-30"
                                << "30.06.2027";
        QTest::newRow("de long") << "de_DE"
                                 << "timing"
                                 << "Mittwoch, 30. Juni 2027"
                                 << "2027-06-30"
                                 << "30.06.2027";
        QTest::newRow("en date") << "en_US"
                                 << "timing"
                                 << "6/30/2027"
                                 << "2027-06-30"
                                 << "6/30/2027";
        QTest::newRow("en dotted date") << "en_US"
                                        << "timing"
                                        << "30.06.2027"
                                        << "2027-06-30"
                                        << "6/30/2027";
        QTest::newRow("en-GB date") << "en_GB"
                                    << "timing"
                                    << "30/06/2027"
                                    << "2027-06-30"
                                    << "30/06/2027";
    }

    void typedAnswers()
    {
        QFETCH(QString, language);
        QFETCH(QString, question);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, shownBack);
        const QLocale locale(language);
        auto read = m_questionnaire.readTyped(question, typed, locale);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read.value(), stored);
        QVERIFY(m_questionnaire.evaluate(question, read.value(), kToday).ok());
        QCOMPARE(m_questionnaire.typedValue(question, stored, locale), shownBack);
        // What the field shows reads back as the same answer.
        QCOMPARE(m_questionnaire.readTyped(question, shownBack, locale).value(), stored);
    }

    // Each framework's rule, given the statuses of its criteria directly.
    void verdicts_data()
    {
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QStringList>("met");
        QTest::addColumn<QStringList>("partly");
        QTest::addColumn<bool>("salesReady");
        auto l = [](std::initializer_list<const char *> keys) {
            QStringList out;
            for (const char *k : keys)
                out << QLatin1String(k);
            return out;
        };
        QTest::newRow("BANT 4 of 4")
            << "bant" << l({"budget", "authority", "need", "timing"}) << l({}) << true;
        QTest::newRow("BANT 3 of 4")
            << "bant" << l({"budget", "need", "timing"}) << l({"authority"}) << true;
        QTest::newRow("BANT 2 of 4, 2 partly")
            << "bant" << l({"need", "timing"}) << l({"budget", "authority"}) << false;
        QTest::newRow("BANT nothing") << "bant" << l({}) << l({}) << false;
        QTest::newRow("CHAMP 3 with challenges")
            << "champ" << l({"challenges", "authority", "money"}) << l({}) << true;
        QTest::newRow("CHAMP 3 without challenges")
            << "champ" << l({"authority", "money", "prioritization"}) << l({"challenges"}) << false;
        QTest::newRow("ANUM 3 with authority")
            << "anum" << l({"authority", "need", "money"}) << l({}) << true;
        QTest::newRow("ANUM 3 without authority")
            << "anum" << l({"need", "urgency", "money"}) << l({}) << false;
        QTest::newRow("FAINT 4 of 5")
            << "faint" << l({"funds", "authority", "need", "timing"}) << l({}) << true;
        QTest::newRow("FAINT 3 of 5")
            << "faint" << l({"funds", "authority", "need"}) << l({"interest"}) << false;
        QTest::newRow("GPCT 3 with challenges")
            << "gpct" << l({"goals", "challenges", "timeline"}) << l({}) << true;
        QTest::newRow("GPCT 3 without challenges")
            << "gpct" << l({"goals", "plans", "timeline"}) << l({}) << false;
        QTest::newRow("MAN-T money authority need")
            << "man_t" << l({"money", "authority", "need"}) << l({}) << true;
        QTest::newRow("MAN-T without money")
            << "man_t" << l({"authority", "need", "timing"}) << l({"money"}) << false;
    }

    void verdicts()
    {
        QFETCH(QString, framework);
        QFETCH(QStringList, met);
        QFETCH(QStringList, partly);
        QFETCH(bool, salesReady);
        const Framework *f = m_frameworks.find(framework);
        QVERIFY(f);
        QMap<QString, CriterionStatus> statuses;
        for (const QString &k : met) {
            QVERIFY2(f->find(k), qPrintable(k));
            statuses.insert(k, CriterionStatus::Met);
        }
        for (const QString &k : partly)
            statuses.insert(k, CriterionStatus::Partly);
        const Verdict v = f->verdict(statuses);
        QCOMPARE(v.salesReady, salesReady);
        QCOMPARE(v.met, int(met.size()));
        QCOMPARE(v.total, int(f->criteria.size()));
    }

    // The questionnaire's answers reach each framework's criteria through the base criteria.
    void answersFillFrameworkCriteria()
    {
        const Answers a = answers({{"need", QStringLiteral("yes")},
            {"solution_fit", QStringLiteral("partly")}, {"budget", QStringLiteral("50000")},
            {"authority", QStringLiteral("decides")}, {"timing", inDays(30)}});
        const Assessment bant = run(a);
        QCOMPARE(
            bant.base.value(QStringLiteral("need")), CriterionStatus::Partly); // the weaker answer
        QCOMPARE(bant.criteria.value(QStringLiteral("budget")), CriterionStatus::Met);
        QCOMPARE(bant.verdict.met, 3);
        QVERIFY(bant.verdict.salesReady);
        // CHAMP requires its challenges (from the need), which are only partly there.
        const Assessment champ = run(a, {}, QStringLiteral("champ"));
        QCOMPARE(champ.criteria.value(QStringLiteral("challenges")), CriterionStatus::Partly);
        QCOMPARE(champ.criteria.value(QStringLiteral("money")), CriterionStatus::Met);
        QVERIFY(!champ.verdict.salesReady);
        // ...until the rep judges them met by hand.
        const Assessment judged = run(
            a, {{QStringLiteral("challenges"), CriterionStatus::Met}}, QStringLiteral("champ"));
        QVERIFY(judged.verdict.salesReady);
        QVERIFY(judged.manual.contains(QStringLiteral("challenges")));
        // FAINT's interest comes from no question: unknown until the rep sets it.
        const Assessment faint = run(a, {}, QStringLiteral("faint"));
        QCOMPARE(faint.criteria.value(QStringLiteral("interest")), CriterionStatus::Unknown);
        QCOMPARE(faint.verdict.met, 3);
        QVERIFY(!faint.verdict.salesReady);
    }

    void stages_data()
    {
        QTest::addColumn<CriterionStatus>("organisation");
        QTest::addColumn<CriterionStatus>("need");
        QTest::addColumn<CriterionStatus>("requirements");
        QTest::addColumn<bool>("budgetAuthorityTimingMet");
        QTest::addColumn<int>("stage");
        const CriterionStatus all[] = {CriterionStatus::Met, CriterionStatus::Partly,
            CriterionStatus::NotMet, CriterionStatus::Unknown};
        auto positive = [](CriterionStatus s) {
            return s == CriterionStatus::Met || s == CriterionStatus::Partly;
        };
        for (CriterionStatus org : all) {
            for (CriterionStatus need : all) {
                for (CriterionStatus req : all) {
                    for (bool bat : {true, false}) {
                        // The spec: 1 contact only; 2 target person in a fitting company; 3 + need
                        // identified; 4 + requirements and buying process known; 5 + budget,
                        // authority, need and timing fully qualified. Each builds on the one below.
                        int stage = 1;
                        if (positive(org)) {
                            stage = 2;
                            if (positive(need)) {
                                stage = 3;
                                if (positive(req)) {
                                    stage = 4;
                                    if (bat && need == CriterionStatus::Met)
                                        stage = 5;
                                }
                            }
                        }
                        QTest::addRow("org %s, need %s, requirements %s, BAT %s",
                            qPrintable(statusKey(org)), qPrintable(statusKey(need)),
                            qPrintable(statusKey(req)), bat ? "met" : "open")
                            << org << need << req << bat << stage;
                    }
                }
            }
        }
    }

    void stages()
    {
        QFETCH(CriterionStatus, organisation);
        QFETCH(CriterionStatus, need);
        QFETCH(CriterionStatus, requirements);
        QFETCH(bool, budgetAuthorityTimingMet);
        QFETCH(int, stage);
        Answers a;
        answerLevel(a, {QStringLiteral("icp_fit"), QStringLiteral("contact_role")}, organisation);
        answerLevel(a, {QStringLiteral("need"), QStringLiteral("solution_fit")}, need);
        answerLevel(
            a, {QStringLiteral("requirements"), QStringLiteral("buying_process")}, requirements);
        if (budgetAuthorityTimingMet) {
            a.insert(QStringLiteral("budget"), {QStringLiteral("20000"), kToday});
            a.insert(QStringLiteral("authority"), {QStringLiteral("decides"), kToday});
            a.insert(QStringLiteral("timing"), {inDays(60), kToday});
        } else {
            a.insert(QStringLiteral("budget"), {QStringLiteral("20000"), kToday});
            a.insert(QStringLiteral("authority"), {QStringLiteral("influences"), kToday});
        }
        QCOMPARE(run(a).stage, stage);
    }

    void stageNeedsEveryQuestionOfALevel()
    {
        // A fitting company, but the contact is not relevant: no target person yet.
        Answers a = answers(
            {{"icp_fit", QStringLiteral("yes")}, {"contact_role", QStringLiteral("not_relevant")},
                {"need", QStringLiteral("yes")}, {"solution_fit", QStringLiteral("yes")}});
        QCOMPARE(run(a).stage, 1);
        // A need without the offer solving it is not a need identified for us.
        a = answers({{"icp_fit", QStringLiteral("yes")},
            {"contact_role", QStringLiteral("management")}, {"need", QStringLiteral("yes")}});
        QCOMPARE(run(a).stage, 2);
    }

    void stageUsesTheRepsJudgement()
    {
        // Need judged met in the form without asking the two need questions: stage 3.
        const Answers a = answers(
            {{"icp_fit", QStringLiteral("yes")}, {"contact_role", QStringLiteral("management")}});
        QCOMPARE(run(a).stage, 2);
        QCOMPARE(run(a, {{QStringLiteral("need"), CriterionStatus::Met}}).stage, 3);
        // All four judged met and the opportunity known: fully qualified.
        Answers b = a;
        b.insert(QStringLiteral("requirements"), {QStringLiteral("yes"), kToday});
        b.insert(QStringLiteral("buying_process"), {QStringLiteral("partly"), kToday});
        const QMap<QString, CriterionStatus> all
            = {{QStringLiteral("budget"), CriterionStatus::Met},
                {QStringLiteral("authority"), CriterionStatus::Met},
                {QStringLiteral("need"), CriterionStatus::Met},
                {QStringLiteral("timing"), CriterionStatus::Met}};
        QCOMPARE(run(b, all).stage, 5);
    }

    void nextStep_data()
    {
        QTest::addColumn<Answers>("given");
        QTest::addColumn<int>("step");
        QTest::newRow("not called yet") << Answers() << int(NextStep::FollowUpCall);
        QTest::newRow("wrong company")
            << answers({{"icp_fit", QStringLiteral("no")}, {"need", QStringLiteral("yes")}})
            << int(NextStep::Disqualify);
        QTest::newRow("no need") << answers({{"icp_fit", QStringLiteral("yes")},
            {"contact_role", QStringLiteral("management")}, {"need", QStringLiteral("no")}})
                                 << int(NextStep::NurtureInMarketing);
        QTest::newRow("sales-ready") << answers(
            {{"icp_fit", QStringLiteral("yes")}, {"contact_role", QStringLiteral("management")},
                {"need", QStringLiteral("yes")}, {"solution_fit", QStringLiteral("yes")},
                {"budget", QStringLiteral("30000")}, {"authority", QStringLiteral("decides")}})
                                     << int(NextStep::PromoteToSql);
        QTest::newRow("need, criteria open") << answers(
            {{"icp_fit", QStringLiteral("yes")}, {"contact_role", QStringLiteral("management")},
                {"need", QStringLiteral("yes")}, {"solution_fit", QStringLiteral("yes")}})
                                             << int(NextStep::FollowUpCall);
    }

    void nextStep()
    {
        QFETCH(Answers, given);
        QFETCH(int, step);
        const Assessment a = run(given);
        QCOMPARE(int(a.nextStep), step);
        QVERIFY(!a.nextStepText().isEmpty());
        if (a.nextStep == NextStep::FollowUpCall && a.answered > 0)
            QVERIFY2(
                a.nextStepText().contains(QStringLiteral("Budget")), qPrintable(a.nextStepText()));
        // A lead that is already an SQL is not told to be promoted; a closed lead not at all.
        QCOMPARE(a.nextStepText(Stage::Mql), a.nextStepText());
        QVERIFY(!a.nextStepText(Stage::Sql).contains(QStringLiteral("Promote")));
        if (a.nextStep == NextStep::PromoteToSql) {
            QVERIFY2(a.nextStepText(Stage::Sql).startsWith(QStringLiteral("Already an SQL")),
                qPrintable(a.nextStepText(Stage::Sql)));
        }
        QVERIFY(a.nextStepText(Stage::Won).contains(QStringLiteral("closed")));
    }

    void editedQuestionnaireIsValidated_data()
    {
        QTest::addColumn<QString>("path"); // question index / field to break
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("type") << "0/type" << QJsonValue(QStringLiteral("essay")) << "icp_fit.type";
        QTest::newRow("group") << "0/group" << QJsonValue(QStringLiteral("budgeting"))
                               << "icp_fit.group";
        QTest::newRow("level") << "2/level" << QJsonValue(7) << "need.level";
        QTest::newRow("criterion")
            << "2/criterion" << QJsonValue(QStringLiteral("money")) << "need.criterion";
        QTest::newRow("points") << "2/points"
                                << QJsonValue(QJsonObject {
                                       {QStringLiteral("met"), 5}, {QStringLiteral("partly"), 8}})
                                << "need.points";
        QTest::newRow("german text")
            << "3/text" << QJsonValue(QJsonObject {{QStringLiteral("en"), QStringLiteral("Fit?")}})
            << "solution_fit.text";
        QTest::newRow("duplicate key")
            << "1/key" << QJsonValue(QStringLiteral("icp_fit")) << "icp_fit.key";
        QTest::newRow("one option")
            << "1/options"
            << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("key"), QStringLiteral("a")},
                   {QStringLiteral("text"), QStringLiteral("A")},
                   {QStringLiteral("status"), QStringLiteral("met")}}})
            << "contact_role.options";
    }

    void editedQuestionnaireIsValidated()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject json = m_questionnaire.toJson();
        QJsonArray list = json.value(QStringLiteral("questions")).toArray();
        const int index = path.section(QLatin1Char('/'), 0, 0).toInt();
        QJsonObject q = list[index].toObject();
        q.insert(path.section(QLatin1Char('/'), 1), value);
        list[index] = q;
        json.insert(QStringLiteral("questions"), list);
        auto parsed = Questionnaire::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, field);
    }

    void everyStageNeedsAQuestion()
    {
        Questionnaire q = m_questionnaire;
        std::erase_if(q.questions, [](const Question &x) { return x.level == 4; });
        auto v = q.validate();
        QVERIFY(!v.ok());
        QCOMPARE(v.error().field, QStringLiteral("level"));
    }

    void editedFrameworksAreValidated()
    {
        FrameworkSet f = m_frameworks;
        f.frameworks[0].rule.required = {QStringLiteral("money")};
        auto v = f.validate();
        QVERIFY(!v.ok());
        QCOMPARE(v.error().field, QStringLiteral("bant.rule"));
        f = m_frameworks;
        f.frameworks[0].rule.atLeast = 5;
        QCOMPARE(f.validate().error().field, QStringLiteral("bant.rule"));
        f = m_frameworks;
        f.frameworks[1].criteria[0].from = {QStringLiteral("money")};
        QCOMPARE(f.validate().error().field, QStringLiteral("champ.criteria"));
        f = m_frameworks;
        f.activeKey = QStringLiteral("spin");
        QCOMPARE(f.validate().error().field, QStringLiteral("active"));
    }

    // A file of answers (bantam-cli qualify ID --answers FILE.json): texts and numbers keyed by
    // question; anything else is refused saying what is wrong and where.
    void answerFilesAreReadStrictly()
    {
        auto read = Questionnaire::answersFromJson(R"({"budget": 25000.5, "need": "yes"})");
        QVERIFY(read.ok());
        const QList<QPair<QString, QString>> expected
            = {{QStringLiteral("budget"), QStringLiteral("25000.5")},
                {QStringLiteral("need"), QStringLiteral("yes")}};
        QCOMPARE(read.value(), expected);

        auto list = Questionnaire::answersFromJson(R"(["yes", "no"])");
        QVERIFY(!list.ok());
        QVERIFY2(
            list.error().message.contains(QStringLiteral("expected a JSON object, found a list")),
            qPrintable(list.error().message));
        auto broken = Questionnaire::answersFromJson(R"({"need": "yes",)");
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.contains(QStringLiteral("not valid JSON at character")),
            qPrintable(broken.error().message));
        auto nested = Questionnaire::answersFromJson(R"({"need": "yes", "budget": {"eur": 5}})");
        QVERIFY(!nested.ok());
        QCOMPARE(nested.error().field, QStringLiteral("budget"));
        QVERIFY2(nested.error().message.contains(QStringLiteral("must be a text or a number")),
            qPrintable(nested.error().message));
    }
};

QTEST_GUILESS_MAIN(TestQualificationRules)
#include "tst_qualificationrules.moc"
