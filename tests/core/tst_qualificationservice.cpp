// Tests QualificationService on a real database: answers written the moment they are given (and
// still there after a crash), all-or-nothing answer files, the stored qualification stage, who may
// qualify and who may edit the questionnaire, calls logged to the timeline, the result actions
// with their reasons enforced, and the order of "My queue".
#include "events/eventbus.h"
#include "qualification/qualificationservice.h"
#include "services.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/timelinerepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace bantam;
using namespace bantam::testing;

class TestQualificationService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    FakeClock m_clock;
    EventBus m_events;
    std::unique_ptr<Services> m_services;
    User m_rep, m_otherRep, m_marketing;
    Lead m_mql;

    const QualificationService &service() const { return m_services->qualification(); }

    QMap<QString, QString> storedAnswers(qint64 leadId) const
    {
        QSqlQuery q(m_db->db().connection());
        q.prepare(QStringLiteral(
            "SELECT question_key, value FROM qualification_answers WHERE lead_id = :id"));
        q.bindValue(QStringLiteral(":id"), leadId);
        q.exec();
        QMap<QString, QString> out;
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
        return out;
    }

    int storedStage(qint64 leadId) const
    {
        auto l = LeadRepository(m_db->db()).byId(leadId);
        return l ? l->qualificationStage : -1;
    }

    // Answers that meet BANT's rule (3 of 4) and reach stage 3.
    QList<QPair<QString, QString>> salesReadyAnswers() const
    {
        return {{QStringLiteral("icp_fit"), QStringLiteral("yes")},
            {QStringLiteral("contact_role"), QStringLiteral("management")},
            {QStringLiteral("need"), QStringLiteral("yes")},
            {QStringLiteral("solution_fit"), QStringLiteral("yes")},
            {QStringLiteral("budget"), QStringLiteral("40000")},
            {QStringLiteral("authority"), QStringLiteral("decides")}};
    }

private Q_SLOTS:
    void init()
    {
        m_services.reset();
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorMessage()));
        m_services = std::make_unique<Services>(m_db->db(), m_events, m_clock);
        Builders b(m_db->db(), m_clock);
        const qint64 team = b.team(QStringLiteral("Inside Sales"));
        m_rep = b.user(QStringLiteral("rep"), Role::Rep, team, true, QStringLiteral("Rita Rep"));
        m_otherRep
            = b.user(QStringLiteral("other"), Role::Rep, team, true, QStringLiteral("Otto Other"));
        m_marketing = b.user(QStringLiteral("mm"), Role::MarketingManager);
        m_mql = b.lead().stage(Stage::Mql).owner(m_rep).insert();
    }

    void eachAnswerIsStoredWhenGiven()
    {
        QCOMPARE(storedStage(m_mql.id), 1);
        auto a
            = service().answer(m_rep, m_mql.id, QStringLiteral("icp_fit"), QStringLiteral("yes"));
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        QCOMPARE(storedAnswers(m_mql.id),
            (QMap<QString, QString> {{QStringLiteral("icp_fit"), QStringLiteral("yes")}}));
        QCOMPARE(a->score, 10);
        QCOMPARE(storedStage(m_mql.id), 1);
        a = service().answer(
            m_rep, m_mql.id, QStringLiteral("contact_role"), QStringLiteral("head_of_unit"));
        QVERIFY(a.ok());
        QCOMPARE(a->stage, 2);
        QCOMPARE(storedStage(m_mql.id), 2); // the lead list shows and sorts by it
        // Answering again replaces the answer: one row per question.
        QVERIFY(service()
                    .answer(m_rep, m_mql.id, QStringLiteral("icp_fit"), QStringLiteral("no"))
                    .ok());
        QCOMPARE(storedAnswers(m_mql.id).value(QStringLiteral("icp_fit")), QStringLiteral("no"));
        QCOMPARE(storedAnswers(m_mql.id).size(), 2);
        QCOMPARE(storedStage(m_mql.id), 1);
        // The lead's version is untouched: a profile being edited meanwhile still saves.
        QCOMPARE(LeadRepository(m_db->db()).byId(m_mql.id)->version, m_mql.version);
    }

    void answersSurviveACrash()
    {
        const QList<QPair<QString, QString>> four
            = {{QStringLiteral("icp_fit"), QStringLiteral("yes")},
                {QStringLiteral("contact_role"), QStringLiteral("specialist")},
                {QStringLiteral("need"), QStringLiteral("partly")},
                {QStringLiteral("solution_fit"), QStringLiteral("yes")}};
        for (const auto &[key, value] : four)
            QVERIFY(service().answer(m_rep, m_mql.id, key, value).ok());
        m_services.reset();
        m_db->close(); // the program dies mid-call
        QVERIFY(m_db->reopen());
        m_services = std::make_unique<Services>(m_db->db(), m_events, m_clock);
        QCOMPARE(storedAnswers(m_mql.id).size(), 4);
        auto loaded = service().load(m_mql.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->answers.value(QStringLiteral("contact_role")).value,
            QStringLiteral("specialist"));
        QCOMPARE(loaded->assessment.stage, 3);
        QCOMPARE(loaded->lead.qualificationStage, 3);
    }

    void answerFileIsAllOrNothing()
    {
        auto list = salesReadyAnswers();
        list.append({QStringLiteral("timing"), QStringLiteral("soon")});
        auto a = service().answerAll(m_rep, m_mql.id, list);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().field, QStringLiteral("timing"));
        QVERIFY(storedAnswers(m_mql.id).isEmpty());
        QCOMPARE(storedStage(m_mql.id), 1);
    }

    void answersFillTheBantForm()
    {
        QVERIFY(service()
                    .answerAll(m_rep, m_mql.id,
                        {{QStringLiteral("budget"), QStringLiteral("25000")},
                            {QStringLiteral("timing"), QStringLiteral("2026-06-30")}})
                    .ok());
        auto loaded = service().load(m_mql.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->facts.budgetAmount, std::optional<qint64>(25000));
        QCOMPARE(loaded->facts.budgetCurrency, QStringLiteral("EUR"));
        QCOMPARE(loaded->facts.targetDate, QDate(2026, 6, 30));
        QCOMPARE(loaded->assessment.criteria.value(QStringLiteral("budget")), CriterionStatus::Met);
        // The rep's own judgement wins over the answers, and can be taken back.
        QVERIFY(service()
                    .setCriterion(m_rep, m_mql.id, QStringLiteral("budget"),
                        CriterionStatus::Partly, QStringLiteral("Only half approved"))
                    .ok());
        loaded = service().load(m_mql.id);
        QCOMPARE(
            loaded->assessment.criteria.value(QStringLiteral("budget")), CriterionStatus::Partly);
        QCOMPARE(loaded->criteria.value(QStringLiteral("budget")).notes,
            QStringLiteral("Only half approved"));
        QVERIFY(service()
                    .setCriterion(m_rep, m_mql.id, QStringLiteral("budget"), std::nullopt,
                        QStringLiteral("Only half approved"))
                    .ok());
        QCOMPARE(service().load(m_mql.id)->assessment.criteria.value(QStringLiteral("budget")),
            CriterionStatus::Met);
        auto bad = service().setCriterion(
            m_rep, m_mql.id, QStringLiteral("charisma"), CriterionStatus::Met, {});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("charisma"));
    }

    void factsAreValidated()
    {
        QualificationFacts f;
        f.budgetAmount = 12000;
        f.budgetCurrency = QStringLiteral("euro");
        auto r = service().saveFacts(m_rep, m_mql.id, f);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("budgetCurrency"));
        f.budgetCurrency = QStringLiteral("chf");
        f.budgetApproved = true;
        f.decisionMaker = QStringLiteral("Dr. Jürgen Weiß");
        f.contactDecides = false;
        f.urgency = QStringLiteral("high");
        QVERIFY(service().saveFacts(m_rep, m_mql.id, f).ok());
        auto loaded = service().load(m_mql.id);
        QCOMPARE(loaded->facts.budgetCurrency, QStringLiteral("CHF"));
        QCOMPARE(loaded->facts.budgetApproved, std::optional<bool>(true));
        QCOMPARE(loaded->facts.contactDecides, std::optional<bool>(false));
        QCOMPARE(loaded->facts.decisionMaker, QString::fromUtf8("Dr. Jürgen Weiß"));
    }

    void onlyTheOwnerQualifies()
    {
        auto a = service().answer(
            m_otherRep, m_mql.id, QStringLiteral("icp_fit"), QStringLiteral("yes"));
        QVERIFY(!a.ok());
        QCOMPARE(a.error().kind, Error::Kind::Forbidden);
        QVERIFY(storedAnswers(m_mql.id).isEmpty());
        QVERIFY(!service().startCall(m_otherRep, m_mql.id).ok());
    }

    void callsAreLoggedToTheTimeline()
    {
        auto call = service().startCall(m_rep, m_mql.id);
        QVERIFY(call.ok());
        m_clock.advanceSecs(272);
        auto callBackTooEarly = service().endCall(
            m_rep, call->id, CallOutcome::CallBack, m_clock.now().addSecs(-60), {});
        QVERIFY(!callBackTooEarly.ok());
        QCOMPARE(callBackTooEarly.error().field, QStringLiteral("callback"));
        auto ended = service().endCall(m_rep, call->id, CallOutcome::CallBack,
            m_clock.now().addDays(1), QStringLiteral("Wants the price list first"));
        QVERIFY2(ended.ok(), qPrintable(ended.ok() ? QString() : ended.error().message));
        QCOMPARE(ended->durationSecs, 272);
        QCOMPARE(QualificationRepository(m_db->db()).call(call->id)->outcome,
            std::optional(CallOutcome::CallBack));
        auto timeline = TimelineRepository(m_db->db()).forLead(m_mql.id, 10);
        QVERIFY(timeline.ok());
        QCOMPARE(timeline->front().type, QStringLiteral("call"));
        QVERIFY2(timeline->front().text.contains(QStringLiteral("4:32")),
            qPrintable(timeline->front().text));
        QVERIFY(timeline->front().text.contains(QStringLiteral("Wants the price list first")));
        QVERIFY(timeline->front().text.contains(QStringLiteral("Call back")));
        QCOMPARE(service().endCall(m_rep, call->id, CallOutcome::Reached, {}, {}).error().kind,
            Error::Kind::Conflict);
    }

    void promotionNeedsTheRuleOrAnOverride()
    {
        auto refused = service().promoteToSql(m_rep, m_mql.id, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("override"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("0 of 4")),
            qPrintable(refused.error().message));
        QCOMPARE(LeadRepository(m_db->db()).byId(m_mql.id)->stage, Stage::Mql);

        auto promoted
            = service().promoteToSql(m_rep, m_mql.id, QStringLiteral("CEO asked for an offer"));
        QVERIFY2(promoted.ok(), qPrintable(promoted.ok() ? QString() : promoted.error().message));
        QCOMPARE(promoted->stage, Stage::Sql);
        auto history = TimelineRepository(m_db->db()).historyOf(m_mql.id);
        QVERIFY(history->back().note.contains(QStringLiteral("CEO asked for an offer")));
        QVERIFY(history->back().note.contains(QStringLiteral("Override")));
    }

    void promotionWhenTheRuleIsMet()
    {
        QVERIFY(service().answerAll(m_rep, m_mql.id, salesReadyAnswers()).ok());
        auto promoted = service().promoteToSql(m_rep, m_mql.id, {});
        QVERIFY2(promoted.ok(), qPrintable(promoted.ok() ? QString() : promoted.error().message));
        QCOMPARE(promoted->stage, Stage::Sql);
        QVERIFY(promoted->acceptedAt.isValid());
        QVERIFY(TimelineRepository(m_db->db())
                    .historyOf(m_mql.id)
                    ->back()
                    .note.contains(QStringLiteral("3 of 4")));
    }

    void acceptRejectDisqualifyRecycleNeedTheirReasons()
    {
        QVERIFY(service().acceptMql(m_rep, m_mql.id).ok());
        QCOMPARE(
            service().acceptMql(m_rep, m_mql.id).error().kind, Error::Kind::Invalid); // once only

        auto reject = service().rejectToMarketing(m_rep, m_mql.id, {}, QStringLiteral("no"));
        QVERIFY(!reject.ok());
        QCOMPARE(reject.error().field, QStringLiteral("reason"));
        QVERIFY(!service().rejectToMarketing(m_rep, m_mql.id, QStringLiteral("bored"), {}).ok());
        auto dq = service().disqualify(m_rep, m_mql.id, QStringLiteral(" "), {});
        QVERIFY(!dq.ok());
        QCOMPARE(dq.error().field, QStringLiteral("reason"));
        auto recycle = service().recycle(m_rep, m_mql.id, QStringLiteral("not_now"), {}, {});
        QVERIFY(!recycle.ok());
        QCOMPARE(recycle.error().field, QStringLiteral("recontact"));
        QCOMPARE(LeadRepository(m_db->db()).byId(m_mql.id)->stage, Stage::Mql);

        auto rejected = service().rejectToMarketing(
            m_rep, m_mql.id, QStringLiteral("too_early"), QStringLiteral("Budget in Q3"));
        QVERIFY(rejected.ok());
        QCOMPARE(rejected->stage, Stage::Lead);
        QCOMPARE(TimelineRepository(m_db->db()).historyOf(m_mql.id)->back().reasonCode,
            QStringLiteral("too_early"));

        const Lead other
            = Builders(m_db->db(), m_clock).lead().stage(Stage::Mql).owner(m_rep).insert();
        auto recycled = service().recycle(
            m_rep, other.id, QStringLiteral("not_now"), m_clock.today().addMonths(2), {});
        QVERIFY(recycled.ok());
        QCOMPARE(recycled->recontactOn, m_clock.today().addMonths(2));
        const Lead third
            = Builders(m_db->db(), m_clock).lead().stage(Stage::Mql).owner(m_rep).insert();
        auto disqualified = service().disqualify(m_rep, third.id, QStringLiteral("no_budget"), {});
        QVERIFY(disqualified.ok());
        QCOMPARE(disqualified->stage, Stage::Disqualified);
    }

    void onlyMarketingAndAdminsEditTheQuestionnaire()
    {
        auto setup = service().setup();
        QVERIFY(setup.ok());
        QCOMPARE(setup->questionnaireVersion, 1);
        Questionnaire q = setup->questionnaire;
        q.questions[0].text.en = QStringLiteral("Is this company one of our target accounts?");
        auto refused = service().saveQuestionnaire(m_rep, q);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        auto saved = service().saveQuestionnaire(m_marketing, q);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value(), 2);
        QCOMPARE(service().setup()->questionnaire.questions[0].text.en, q.questions[0].text.en);
        q.questions[0].level = 9;
        auto invalid = service().saveQuestionnaire(m_marketing, q);
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().field, QStringLiteral("icp_fit.level"));
        QCOMPARE(service().setup()->questionnaireVersion, 2);

        FrameworkSet f = setup->frameworks;
        f.activeKey = QStringLiteral("champ");
        QVERIFY(service().saveFrameworks(m_marketing, f).ok());
        QCOMPARE(service().setup()->frameworks.active().name, QStringLiteral("CHAMP"));
        QVERIFY(service().answerAll(m_rep, m_mql.id, salesReadyAnswers()).ok());
        QVERIFY(
            service().load(m_mql.id)->assessment.criteria.contains(QStringLiteral("challenges")));
    }
};

QTEST_GUILESS_MAIN(TestQualificationService)
#include "tst_qualificationservice.moc"
