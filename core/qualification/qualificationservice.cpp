#include "qualification/qualificationservice.h"

#include "clock.h"
#include "events/eventbus.h"
#include "leads/touchlog.h"
#include "people/leadaccess.h"
#include "people/permissions.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/userrepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace bantam {

namespace {

const QString kQuestionnaire = QStringLiteral("questionnaire");
const QString kFrameworks = QStringLiteral("frameworks");
constexpr int kMaxNotes = 4000;

Result<void> checkLength(const QString &text, const QString &label, const QString &field)
{
    if (text.size() > kMaxNotes)
        return Error::invalid(
            QualificationService::tr("%1 is too long (%2 characters, at most %3).")
                .arg(label)
                .arg(text.size())
                .arg(kMaxNotes),
            field);
    return {};
}

QString duration(int secs)
{
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QualificationService::QualificationService(
    const Database &db, const EventBus &events, const Clock &clock, const PipelineService &pipeline)
    : m_db(db)
    , m_events(events)
    , m_clock(clock)
    , m_pipeline(pipeline)
{ }

Result<QualificationSetup> QualificationService::setup() const
{
    QualificationRepository repo(m_db);
    auto q = repo.latestDefinition(kQuestionnaire);
    if (!q)
        return q.error();
    auto f = repo.latestDefinition(kFrameworks);
    if (!f)
        return f.error();
    auto questionnaire = Questionnaire::fromJson(q->body);
    if (!questionnaire)
        return Error::storage(tr("The stored questionnaire (version %1) is invalid: %2")
                                  .arg(q->version)
                                  .arg(questionnaire.error().message));
    auto frameworks = FrameworkSet::fromJson(f->body);
    if (!frameworks)
        return Error::storage(tr("The stored framework templates (version %1) are invalid: %2")
                                  .arg(f->version)
                                  .arg(frameworks.error().message));
    return QualificationSetup {questionnaire.value(), q->version, frameworks.value(), f->version};
}

Result<int> QualificationService::saveQuestionnaire(
    const User &actor, const Questionnaire &questionnaire) const
{
    if (auto p = permissions::mayEditQualificationSetup(actor); !p)
        return p.error();
    if (auto v = questionnaire.validate(); !v)
        return v.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto version = QualificationRepository(m_db).insertDefinition(
        kQuestionnaire, questionnaire.toJson(), m_clock.now(), actor.id);
    if (!version)
        return version.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return version;
}

Result<int> QualificationService::saveFrameworks(
    const User &actor, const FrameworkSet &frameworks) const
{
    if (auto p = permissions::mayEditQualificationSetup(actor); !p)
        return p.error();
    if (auto v = frameworks.validate(); !v)
        return v.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto version = QualificationRepository(m_db).insertDefinition(
        kFrameworks, frameworks.toJson(), m_clock.now(), actor.id);
    if (!version)
        return version.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return version;
}

Result<LeadQualification> QualificationService::load(qint64 leadId) const
{
    auto s = setup();
    if (!s)
        return s.error();
    auto lead = LeadRepository(m_db).byId(leadId);
    if (!lead)
        return lead.error();
    QualificationRepository repo(m_db);
    LeadQualification out;
    out.lead = lead.value();
    auto answers = repo.answers(leadId);
    if (!answers)
        return answers.error();
    out.answers = answers.value();
    auto criteria = repo.criteria(leadId);
    if (!criteria)
        return criteria.error();
    QMap<QString, CriterionStatus> manual;
    for (const CriterionEntry &e : criteria.value()) {
        out.criteria.insert(e.key, e);
        if (e.status)
            manual.insert(e.key, *e.status);
    }
    auto facts = repo.facts(leadId);
    if (!facts)
        return facts.error();
    out.facts = facts.value();
    out.assessment = assess(s->questionnaire, s->frameworks.active(), out.answers, manual);
    return out;
}

Result<Lead> QualificationService::editableLead(const User &actor, qint64 leadId) const
{
    auto lead = LeadRepository(m_db).byId(leadId);
    if (!lead)
        return lead.error();
    if (auto p = mayEditLead(m_db, actor, lead.value()); !p)
        return p.error();
    return lead;
}

Result<Assessment> QualificationService::reassess(
    const QualificationSetup &s, const Lead &lead, bool *stageChanged) const
{
    QualificationRepository repo(m_db);
    auto answers = repo.answers(lead.id);
    if (!answers)
        return answers.error();
    auto criteria = repo.criteria(lead.id);
    if (!criteria)
        return criteria.error();
    QMap<QString, CriterionStatus> manual;
    for (const CriterionEntry &e : criteria.value()) {
        if (e.status)
            manual.insert(e.key, *e.status);
    }
    Assessment a = assess(s.questionnaire, s.frameworks.active(), answers.value(), manual);
    *stageChanged = a.stage != lead.qualificationStage;
    if (*stageChanged) {
        if (auto w = LeadRepository(m_db).writeQualificationStage(lead.id, a.stage); !w)
            return w.error();
    }
    return a;
}

template <typename Write>
Result<Assessment> QualificationService::write(
    const User &actor, qint64 leadId, Write &&writeFn) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto s = setup();
    if (!s)
        return s.error();
    auto lead = editableLead(actor, leadId);
    if (!lead)
        return lead.error();
    if (Result<void> w = writeFn(s.value(), lead.value()); !w)
        return w.error();
    bool stageChanged = false;
    auto a = reassess(s.value(), lead.value(), &stageChanged);
    if (!a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    if (stageChanged)
        m_events.publish(LeadUpdated {leadId});
    return a;
}

Result<Assessment> QualificationService::answer(const User &actor, qint64 leadId,
    const QString &questionKey, const QString &value, const QLocale &typedIn) const
{
    return answerAll(actor, leadId, {{questionKey, value}}, typedIn);
}

Result<Assessment> QualificationService::answerAll(const User &actor, qint64 leadId,
    const QList<QPair<QString, QString>> &answers, const QLocale &typedIn) const
{
    const QDateTime now = m_clock.now();
    return write(actor, leadId, [&](const QualificationSetup &s, const Lead &lead) -> Result<void> {
        QualificationRepository repo(m_db);
        std::vector<std::pair<const Question *, EvaluatedAnswer>> valid;
        for (const auto &[key, value] : answers) {
            auto canonical = s.questionnaire.readTyped(key, value, typedIn);
            if (!canonical)
                return canonical.error();
            auto e = s.questionnaire.evaluate(key, canonical.value(), now.date());
            if (!e)
                return e.error();
            valid.emplace_back(s.questionnaire.find(key), e.value());
        }
        std::optional<QualificationFacts> facts;
        for (const auto &[question, e] : valid) {
            if (auto w = repo.upsertAnswer(
                    lead.id, question->key, e.value, s.questionnaireVersion, now, actor.id);
                !w)
                return w;
            // A budget or a date given as an answer fills the BANT form's field.
            const bool budget = question->criterion == QLatin1String("budget")
                && question->type == AnswerType::Number;
            const bool timing = question->criterion == QLatin1String("timing")
                && question->type == AnswerType::Date;
            if (!budget && !timing)
                continue;
            if (!facts) {
                auto current = repo.facts(lead.id);
                if (!current)
                    return current.error();
                facts = current.value();
            }
            if (budget) {
                facts->budgetAmount = qint64(QLocale::c().toDouble(e.value));
                if (!question->unit.isEmpty())
                    facts->budgetCurrency = question->unit;
            } else {
                facts->targetDate = QDate::fromString(e.value, Qt::ISODate);
            }
        }
        if (facts)
            return repo.upsertFacts(lead.id, *facts, now, actor.id);
        return {};
    });
}

Result<Assessment> QualificationService::clearAnswer(
    const User &actor, qint64 leadId, const QString &questionKey) const
{
    return write(actor, leadId, [&](const QualificationSetup &, const Lead &lead) {
        return QualificationRepository(m_db).deleteAnswer(lead.id, questionKey);
    });
}

Result<Assessment> QualificationService::setCriterion(const User &actor, qint64 leadId,
    const QString &criterionKey, std::optional<CriterionStatus> status, const QString &notes) const
{
    return write(actor, leadId, [&](const QualificationSetup &s, const Lead &lead) -> Result<void> {
        bool known = baseCriteria.contains(criterionKey);
        for (const Framework &f : s.frameworks.frameworks)
            known = known || f.find(criterionKey);
        if (!known)
            return Error::invalid(
                tr("'%1' is not a criterion of any framework.").arg(criterionKey), criterionKey);
        if (auto l
            = checkLength(notes.trimmed(), tr("The note on %1").arg(criterionKey), criterionKey);
            !l)
            return l;
        return QualificationRepository(m_db).upsertCriterion(
            lead.id, {criterionKey, status, notes.trimmed()}, m_clock.now(), actor.id);
    });
}

Result<Assessment> QualificationService::saveFacts(
    const User &actor, qint64 leadId, const QualificationFacts &in) const
{
    QualificationFacts f = in;
    for (QString *text : {&f.budgetCurrency, &f.decisionMaker, &f.decisionMakerRole, &f.pain,
             &f.useCase, &f.urgency, &f.notes})
        *text = text->trimmed();
    f.budgetCurrency = f.budgetCurrency.toUpper();
    if (f.budgetAmount && *f.budgetAmount < 0)
        return Error::invalid(
            tr("The budget must not be negative."), QStringLiteral("budgetAmount"));
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!f.budgetCurrency.isEmpty() && !currency.match(f.budgetCurrency).hasMatch())
        return Error::invalid(
            tr("'%1' is not a currency code; use three letters such as EUR or CHF.")
                .arg(f.budgetCurrency),
            QStringLiteral("budgetCurrency"));
    static const QStringList urgencies
        = {QString(), QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    if (!urgencies.contains(f.urgency))
        return Error::invalid(tr("'%1' is not an urgency (low, medium, high).").arg(f.urgency),
            QStringLiteral("urgency"));
    const std::pair<QString *, const char *> texts[]
        = {{&f.decisionMaker, "decisionMaker"}, {&f.decisionMakerRole, "decisionMakerRole"},
            {&f.pain, "pain"}, {&f.useCase, "useCase"}, {&f.notes, "notes"}};
    for (const auto &[text, field] : texts) {
        if (auto l = checkLength(*text, QString::fromLatin1(field), QString::fromLatin1(field)); !l)
            return l.error();
    }
    return write(actor, leadId, [&](const QualificationSetup &, const Lead &lead) {
        return QualificationRepository(m_db).upsertFacts(lead.id, f, m_clock.now(), actor.id);
    });
}

Result<Call> QualificationService::startCall(const User &actor, qint64 leadId) const
{
    auto lead = editableLead(actor, leadId);
    if (!lead)
        return lead.error();
    Call c;
    c.leadId = leadId;
    c.userId = actor.id;
    c.startedAt = m_clock.now();
    auto id = QualificationRepository(m_db).insertCall(c);
    if (!id)
        return id.error();
    c.id = id.value();
    return c;
}

Result<void> QualificationService::saveDraftNotes(
    const User &actor, qint64 callId, const QString &notes) const
{
    QualificationRepository repo(m_db);
    auto call = repo.call(callId);
    if (!call)
        return call.error();
    if (call->userId != std::optional<qint64>(actor.id))
        return Error::forbidden(tr("Call %1 is not yours.").arg(callId));
    if (auto l = checkLength(notes.trimmed(), tr("The call notes"), QStringLiteral("notes")); !l)
        return l.error();
    return repo.saveDraftNotes(callId, notes);
}

Result<std::optional<Call>> QualificationService::takeDraft(
    const User &actor, qint64 leadId, qint64 callId) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QualificationRepository repo(m_db);
    auto draft = repo.unloggedDraft(leadId, actor.id, callId);
    if (!draft || !draft.value())
        return draft;
    if (auto w = repo.clearUnloggedDrafts(leadId, actor.id, callId); !w)
        return w.error();
    if (auto w = repo.saveDraftNotes(callId, draft.value()->notes); !w)
        return w.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return draft;
}

Result<CallCount> QualificationService::callsToday(const User &actor) const
{
    const QDateTime start(m_clock.now().toLocalTime().date(), QTime(0, 0));
    return QualificationRepository(m_db).countCalls(
        actor.id, start.toUTC(), start.addDays(1).toUTC());
}

Result<Call> QualificationService::endCall(const User &actor, qint64 callId, CallOutcome outcome,
    const QDateTime &callbackAt, const QString &notes, const QDateTime &hungUpAt) const
{
    QualificationRepository repo(m_db);
    const QDateTime now = m_clock.now();
    if (outcome == CallOutcome::CallBack && (!callbackAt.isValid() || callbackAt <= now))
        return Error::invalid(
            tr("'Call back' needs a time in the future."), QStringLiteral("callback"));
    if (auto l = checkLength(notes.trimmed(), tr("The call notes"), QStringLiteral("notes")); !l)
        return l.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto found = repo.call(callId);
    if (!found)
        return found.error();
    Call c = found.value();
    if (c.endedAt.isValid())
        return Error::conflict(tr("Call %1 has already been logged.").arg(callId));
    auto lead = editableLead(actor, c.leadId);
    if (!lead)
        return lead.error();
    c.endedAt = hungUpAt.isValid() ? std::clamp(hungUpAt, c.startedAt, now) : now;
    c.durationSecs = int(std::max<qint64>(0, c.startedAt.secsTo(c.endedAt)));
    c.outcome = outcome;
    c.callbackAt = outcome == CallOutcome::CallBack ? callbackAt : QDateTime();
    c.notes = notes.trimmed();
    QString detail = tr("%1, %2 min").arg(callOutcomeName(outcome), duration(c.durationSecs));
    if (c.callbackAt.isValid())
        detail += QStringLiteral(" — ")
            + tr("call back %1")
                  .arg(QLocale().toString(c.callbackAt.toLocalTime(), QLocale::ShortFormat));
    if (!c.notes.isEmpty())
        detail += QStringLiteral(": ") + c.notes;
    // The one path of a logged call (SLA clocks, cadence, callbacks), as from My queue.
    if (auto w = TouchLog(m_db).call(lead.value(), c, actor.id, detail, now); !w)
        return w.error();
    if (auto commit = tx.commit(); !commit)
        return commit.error();
    m_events.publish(LeadUpdated {c.leadId});
    return c;
}

Result<Lead> QualificationService::move(const User &actor, qint64 leadId, PipelineAction action,
    const QString &reason, const QString &note, const QDate &recontactOn) const
{
    StageChange change;
    change.leadId = leadId;
    change.action = action;
    change.reason = reason;
    change.note = note;
    change.recontactOn = recontactOn;
    return m_pipeline.change(actor, change);
}

Result<Lead> QualificationService::acceptMql(const User &actor, qint64 leadId) const
{
    return move(actor, leadId, PipelineAction::Accept, {}, {});
}

Result<Lead> QualificationService::promoteToSql(
    const User &actor, qint64 leadId, const QString &overrideReason) const
{
    auto s = setup();
    if (!s)
        return s.error();
    auto q = load(leadId);
    if (!q)
        return q.error();
    const Framework &framework = s->frameworks.active();
    const Verdict &verdict = q->assessment.verdict;
    if (verdict.salesReady)
        return move(actor, leadId, PipelineAction::Qualify,
            tr("Qualified by phone (%1): %2").arg(framework.name, verdict.text()), {});
    if (overrideReason.trimmed().isEmpty())
        return Error::invalid(
            tr("The %1 rule (%2) is not met — %3. Promoting to SQL anyway needs an "
               "override with a reason.")
                .arg(framework.name, framework.ruleText(), verdict.text()),
            QStringLiteral("override"));
    return move(actor, leadId, PipelineAction::Qualify,
        tr("Override of the %1 rule (%2): %3")
            .arg(framework.name, verdict.text(), overrideReason.trimmed()),
        {});
}

Result<Lead> QualificationService::rejectToMarketing(
    const User &actor, qint64 leadId, const QString &reason, const QString &note) const
{
    return move(actor, leadId, PipelineAction::Reject, reason, note);
}

Result<Lead> QualificationService::disqualify(
    const User &actor, qint64 leadId, const QString &reason, const QString &note) const
{
    return move(actor, leadId, PipelineAction::Disqualify, reason, note);
}

Result<Lead> QualificationService::recycle(const User &actor, qint64 leadId, const QString &reason,
    const QDate &recontactOn, const QString &note) const
{
    return move(actor, leadId, PipelineAction::Recycle, reason, note, recontactOn);
}

} // namespace bantam
