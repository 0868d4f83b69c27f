#include "storage/qualificationrepository.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace bantam {

namespace {

QVariant optionalBool(const std::optional<bool> &b)
{
    return b ? QVariant(*b ? 1 : 0) : QVariant();
}

std::optional<bool> readBool(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt() != 0;
}

QVariant isoDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Result<Definition> QualificationRepository::latestDefinition(const QString &kind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version, body, created_at FROM qualification_definitions "
                             "WHERE kind = :kind ORDER BY version DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":kind"), kind);
    if (auto r = sql::run(q, Database::tr("reading the %1").arg(kind)); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(Database::tr("The database holds no %1.").arg(kind));
    Definition d;
    d.version = q.value(0).toInt();
    d.body = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    d.createdAt = sql::fromEpoch(q.value(2));
    return d;
}

Result<int> QualificationRepository::insertDefinition(
    const QString &kind, const QJsonObject &body, const QDateTime &at, qint64 actorId) const
{
    auto latest = latestDefinition(kind);
    const int version = latest ? latest->version + 1 : 1;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO qualification_definitions (kind, version, body, created_at, "
                       "created_by) VALUES (:kind, :version, :body, :at, :by)"));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":version"), version);
    q.bindValue(QStringLiteral(":body"),
        QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":at"), sql::epoch(at));
    q.bindValue(QStringLiteral(":by"), actorId);
    if (auto r = sql::run(q, Database::tr("saving the %1").arg(kind)); !r)
        return r.error();
    return version;
}

Result<QMap<QString, StoredAnswer>> QualificationRepository::answers(qint64 leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT question_key, value, answered_at FROM qualification_answers "
                             "WHERE lead_id = :lead"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    if (auto r = sql::run(q, Database::tr("reading the answers of lead %1").arg(leadId)); !r)
        return r.error();
    QMap<QString, StoredAnswer> out;
    while (q.next())
        out.insert(
            q.value(0).toString(), {q.value(1).toString(), sql::fromEpoch(q.value(2)).date()});
    return out;
}

Result<void> QualificationRepository::upsertAnswer(qint64 leadId, const QString &questionKey,
    const QString &value, int questionnaireVersion, const QDateTime &at, qint64 actorId) const
{
    QSqlQuery q(m_db.connection());
    // INSERT ... ON CONFLICT DO UPDATE: the same text in SQLite (>= 3.24) and PostgreSQL.
    q.prepare(QStringLiteral(
        "INSERT INTO qualification_answers (lead_id, question_key, value, questionnaire_version, "
        "answered_at, answered_by) VALUES (:lead, :key, :value, :version, :at, :by) "
        "ON CONFLICT (lead_id, question_key) DO UPDATE SET value = excluded.value, "
        "questionnaire_version = excluded.questionnaire_version, answered_at = "
        "excluded.answered_at, "
        "answered_by = excluded.answered_by"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    q.bindValue(QStringLiteral(":key"), questionKey);
    q.bindValue(QStringLiteral(":value"), sql::text(value));
    q.bindValue(QStringLiteral(":version"), questionnaireVersion);
    q.bindValue(QStringLiteral(":at"), sql::epoch(at));
    q.bindValue(QStringLiteral(":by"), actorId);
    return sql::run(
        q, Database::tr("saving the answer '%1' of lead %2").arg(questionKey).arg(leadId));
}

Result<void> QualificationRepository::deleteAnswer(qint64 leadId, const QString &questionKey) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "DELETE FROM qualification_answers WHERE lead_id = :lead AND question_key = :key"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    q.bindValue(QStringLiteral(":key"), questionKey);
    return sql::run(
        q, Database::tr("clearing the answer '%1' of lead %2").arg(questionKey).arg(leadId));
}

Result<std::vector<CriterionEntry>> QualificationRepository::criteria(qint64 leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT criterion_key, status, notes FROM qualification_criteria "
                             "WHERE lead_id = :lead ORDER BY criterion_key"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    if (auto r = sql::run(q, Database::tr("reading the criteria of lead %1").arg(leadId)); !r)
        return r.error();
    std::vector<CriterionEntry> out;
    while (q.next())
        out.push_back(
            {q.value(0).toString(), statusFromKey(q.value(1).toString()), q.value(2).toString()});
    return out;
}

Result<void> QualificationRepository::upsertCriterion(
    qint64 leadId, const CriterionEntry &e, const QDateTime &at, qint64 actorId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO qualification_criteria (lead_id, criterion_key, status, notes, updated_at, "
        "updated_by) VALUES (:lead, :key, :status, :notes, :at, :by) "
        "ON CONFLICT (lead_id, criterion_key) DO UPDATE SET status = excluded.status, "
        "notes = excluded.notes, updated_at = excluded.updated_at, updated_by = "
        "excluded.updated_by"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    q.bindValue(QStringLiteral(":key"), e.key);
    q.bindValue(QStringLiteral(":status"), e.status ? QVariant(statusKey(*e.status)) : QVariant());
    q.bindValue(QStringLiteral(":notes"), sql::text(e.notes));
    q.bindValue(QStringLiteral(":at"), sql::epoch(at));
    q.bindValue(QStringLiteral(":by"), actorId);
    return sql::run(q, Database::tr("saving the criterion '%1' of lead %2").arg(e.key).arg(leadId));
}

Result<QualificationFacts> QualificationRepository::facts(qint64 leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT budget_amount, budget_currency, budget_approved, decision_maker, "
        "decision_maker_role, "
        "contact_decides, pain, use_case, target_date, urgency, notes FROM qualification_facts "
        "WHERE lead_id = :lead"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    if (auto r = sql::run(q, Database::tr("reading the qualification of lead %1").arg(leadId)); !r)
        return r.error();
    QualificationFacts f;
    if (!q.next())
        return f;
    if (!q.value(0).isNull())
        f.budgetAmount = q.value(0).toLongLong();
    f.budgetCurrency = q.value(1).toString();
    f.budgetApproved = readBool(q.value(2));
    f.decisionMaker = q.value(3).toString();
    f.decisionMakerRole = q.value(4).toString();
    f.contactDecides = readBool(q.value(5));
    f.pain = q.value(6).toString();
    f.useCase = q.value(7).toString();
    f.targetDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    f.urgency = q.value(9).toString();
    f.notes = q.value(10).toString();
    return f;
}

Result<void> QualificationRepository::upsertFacts(
    qint64 leadId, const QualificationFacts &f, const QDateTime &at, qint64 actorId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO qualification_facts (lead_id, budget_amount, budget_currency, "
        "budget_approved, "
        "decision_maker, decision_maker_role, contact_decides, pain, use_case, target_date, "
        "urgency, "
        "notes, updated_at, updated_by) VALUES (:lead, :amount, :currency, :approved, :dm, :role, "
        ":decides, :pain, :usecase, :target, :urgency, :notes, :at, :by) "
        "ON CONFLICT (lead_id) DO UPDATE SET budget_amount = excluded.budget_amount, "
        "budget_currency = excluded.budget_currency, budget_approved = excluded.budget_approved, "
        "decision_maker = excluded.decision_maker, decision_maker_role = "
        "excluded.decision_maker_role, "
        "contact_decides = excluded.contact_decides, pain = excluded.pain, use_case = "
        "excluded.use_case, "
        "target_date = excluded.target_date, urgency = excluded.urgency, notes = excluded.notes, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    q.bindValue(QStringLiteral(":amount"), f.budgetAmount ? QVariant(*f.budgetAmount) : QVariant());
    q.bindValue(QStringLiteral(":currency"), sql::text(f.budgetCurrency));
    q.bindValue(QStringLiteral(":approved"), optionalBool(f.budgetApproved));
    q.bindValue(QStringLiteral(":dm"), sql::text(f.decisionMaker));
    q.bindValue(QStringLiteral(":role"), sql::text(f.decisionMakerRole));
    q.bindValue(QStringLiteral(":decides"), optionalBool(f.contactDecides));
    q.bindValue(QStringLiteral(":pain"), sql::text(f.pain));
    q.bindValue(QStringLiteral(":usecase"), sql::text(f.useCase));
    q.bindValue(QStringLiteral(":target"), isoDate(f.targetDate));
    q.bindValue(QStringLiteral(":urgency"), sql::text(f.urgency));
    q.bindValue(QStringLiteral(":notes"), sql::text(f.notes));
    q.bindValue(QStringLiteral(":at"), sql::epoch(at));
    q.bindValue(QStringLiteral(":by"), actorId);
    return sql::run(q, Database::tr("saving the qualification of lead %1").arg(leadId));
}

Result<qint64> QualificationRepository::insertCall(const Call &c) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO calls (lead_id, user_id, started_at) VALUES (:lead, :user, :at) "
        "RETURNING id"));
    q.bindValue(QStringLiteral(":lead"), c.leadId);
    q.bindValue(QStringLiteral(":user"), c.userId ? QVariant(*c.userId) : QVariant());
    q.bindValue(QStringLiteral(":at"), sql::epoch(c.startedAt));
    return sql::insertReturningId(q, Database::tr("starting a call with lead %1").arg(c.leadId));
}

Result<void> QualificationRepository::finishCall(const Call &c) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE calls SET ended_at = :ended, duration_secs = :duration, "
        "outcome = :outcome, callback_at = :callback, notes = :notes WHERE id = :id"));
    q.bindValue(QStringLiteral(":ended"), sql::epoch(c.endedAt));
    q.bindValue(QStringLiteral(":duration"), c.durationSecs);
    q.bindValue(
        QStringLiteral(":outcome"), c.outcome ? QVariant(callOutcomeKey(*c.outcome)) : QVariant());
    q.bindValue(QStringLiteral(":callback"), sql::epoch(c.callbackAt));
    q.bindValue(QStringLiteral(":notes"), sql::text(c.notes));
    q.bindValue(QStringLiteral(":id"), c.id);
    return sql::run(q, Database::tr("logging call %1").arg(c.id));
}

namespace {
const QString kCallColumns = QStringLiteral(
    "SELECT id, lead_id, user_id, started_at, ended_at, duration_secs, outcome, callback_at, notes "
    "FROM calls ");

Call readCall(const QSqlQuery &q)
{
    Call c;
    c.id = q.value(0).toLongLong();
    c.leadId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        c.userId = q.value(2).toLongLong();
    c.startedAt = sql::fromEpoch(q.value(3));
    c.endedAt = sql::fromEpoch(q.value(4));
    c.durationSecs = q.value(5).toInt();
    c.outcome = callOutcomeFromKey(q.value(6).toString());
    c.callbackAt = sql::fromEpoch(q.value(7));
    c.notes = q.value(8).toString();
    return c;
}
} // namespace

Result<Call> QualificationRepository::call(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kCallColumns + QStringLiteral("WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto r = sql::run(q, Database::tr("reading call %1").arg(id)); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(Database::tr("There is no call with the id %1.").arg(id));
    return readCall(q);
}

Result<void> QualificationRepository::saveDraftNotes(qint64 callId, const QString &notes) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE calls SET notes = :notes WHERE id = :id AND ended_at IS NULL"));
    q.bindValue(QStringLiteral(":notes"), sql::text(notes));
    q.bindValue(QStringLiteral(":id"), callId);
    return sql::run(q, Database::tr("saving the notes of call %1").arg(callId));
}

Result<std::optional<Call>> QualificationRepository::unloggedDraft(
    qint64 leadId, qint64 userId, qint64 exceptCallId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kCallColumns
        + QStringLiteral("WHERE lead_id = :lead AND user_id = :user AND id <> :except AND "
                         "ended_at IS NULL AND notes <> '' ORDER BY id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    q.bindValue(QStringLiteral(":user"), userId);
    q.bindValue(QStringLiteral(":except"), exceptCallId);
    if (auto r = sql::run(q, Database::tr("reading the calls of lead %1").arg(leadId)); !r)
        return r.error();
    if (!q.next())
        return std::optional<Call>();
    return std::optional<Call>(readCall(q));
}

Result<void> QualificationRepository::clearUnloggedDrafts(
    qint64 leadId, qint64 userId, qint64 exceptCallId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE calls SET notes = '' WHERE lead_id = :lead AND user_id = "
                             ":user AND id <> :except AND ended_at IS NULL"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    q.bindValue(QStringLiteral(":user"), userId);
    q.bindValue(QStringLiteral(":except"), exceptCallId);
    return sql::run(q, Database::tr("saving the notes of call %1").arg(exceptCallId));
}

Result<CallCount> QualificationRepository::countCalls(
    qint64 userId, const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT count(*), sum(CASE WHEN outcome = 'reached' THEN 1 ELSE 0 END) "
                       "FROM calls WHERE user_id = :user AND ended_at >= :from AND ended_at "
                       "< :to"));
    q.bindValue(QStringLiteral(":user"), userId);
    q.bindValue(QStringLiteral(":from"), sql::epoch(from));
    q.bindValue(QStringLiteral(":to"), sql::epoch(to));
    if (auto r = sql::run(q, Database::tr("counting your calls")); !r)
        return r.error();
    CallCount n;
    if (q.next()) {
        n.made = q.value(0).toInt();
        n.reached = q.value(1).toInt(); // NULL (no calls) reads as 0
    }
    return n;
}

Result<std::vector<Call>> QualificationRepository::callsOf(qint64 leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        kCallColumns + QStringLiteral("WHERE lead_id = :lead ORDER BY started_at DESC, id DESC"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    if (auto r = sql::run(q, Database::tr("reading the calls of lead %1").arg(leadId)); !r)
        return r.error();
    std::vector<Call> out;
    while (q.next())
        out.push_back(readCall(q));
    return out;
}

} // namespace bantam
