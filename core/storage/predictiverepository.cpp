#include "storage/predictiverepository.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace bantam {

namespace {

const QString kColumns = QStringLiteral("m.version, m.target, m.model_json, m.evaluation_json, "
                                        "m.created_at, m.created_by, u.name, m.note, m.active");
const QString kFrom
    = QStringLiteral(" FROM predictive_models m LEFT JOIN users u ON u.id = m.created_by ");

StoredPrediction readVersion(const QSqlQuery &q)
{
    StoredPrediction p;
    p.version = q.value(0).toInt();
    p.target = q.value(1).toString();
    p.modelJson = q.value(2).toString().toUtf8();
    p.evaluationJson = q.value(3).toString().toUtf8();
    p.createdAt = sql::fromEpoch(q.value(4));
    if (!q.value(5).isNull())
        p.createdBy = q.value(5).toLongLong();
    p.createdByName = q.value(6).toString();
    p.note = q.value(7).toString();
    p.active = q.value(8).toInt() != 0;
    return p;
}

std::optional<qint64> optionalEpoch(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

} // namespace

PredictiveRepository::PredictiveRepository(const Database &db)
    : m_db(db)
{ }

Result<std::vector<StoredPrediction>> PredictiveRepository::versions() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("ORDER BY m.version DESC"));
    if (auto r = sql::run(q, Database::tr("reading the learned score's versions")); !r)
        return r.error();
    std::vector<StoredPrediction> out;
    while (q.next())
        out.push_back(readVersion(q));
    return out;
}

Result<std::optional<StoredPrediction>> PredictiveRepository::version(int version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("WHERE m.version = :v"));
    q.bindValue(QStringLiteral(":v"), version);
    if (auto r = sql::run(q, Database::tr("reading learned score version %1").arg(version)); !r)
        return r.error();
    if (!q.next())
        return std::optional<StoredPrediction>();
    return std::optional<StoredPrediction>(readVersion(q));
}

Result<std::optional<StoredPrediction>> PredictiveRepository::active() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom
        + QStringLiteral("WHERE m.active = 1 ORDER BY m.version DESC LIMIT 1"));
    if (auto r = sql::run(q, Database::tr("reading the active learned score")); !r)
        return r.error();
    if (!q.next())
        return std::optional<StoredPrediction>();
    return std::optional<StoredPrediction>(readVersion(q));
}

Result<int> PredictiveRepository::insertVersion(const StoredPrediction &p) const
{
    QSqlQuery next(m_db.connection());
    if (!next.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM predictive_models"))
        || !next.next())
        return sql::errorOf(next, Database::tr("numbering the learned score's version"));
    const int version = next.value(0).toInt();
    next.finish();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO predictive_models (version, target, model_json, "
                             "evaluation_json, created_at, created_by, note, active) "
                             "VALUES (:v, :target, :model, :evaluation, :at, :by, :note, 0)"));
    q.bindValue(QStringLiteral(":v"), version);
    q.bindValue(QStringLiteral(":target"), p.target);
    q.bindValue(QStringLiteral(":model"), QString::fromUtf8(p.modelJson));
    q.bindValue(QStringLiteral(":evaluation"), QString::fromUtf8(p.evaluationJson));
    q.bindValue(QStringLiteral(":at"), sql::epoch(p.createdAt));
    q.bindValue(QStringLiteral(":by"), p.createdBy ? QVariant(*p.createdBy) : QVariant());
    q.bindValue(QStringLiteral(":note"), sql::text(p.note));
    if (auto r = sql::run(q, Database::tr("saving learned score version %1").arg(version)); !r)
        return r.error();
    return version;
}

Result<void> PredictiveRepository::activate(int version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE predictive_models SET active = CASE WHEN version = :v THEN 1 ELSE 0 END"));
    q.bindValue(QStringLiteral(":v"), version);
    return sql::run(q, Database::tr("activating learned score version %1").arg(version));
}

Result<std::vector<PredictLead>> PredictiveRepository::leads(std::optional<qint64> onlyLead) const
{
    const QString where = onlyLead ? QStringLiteral(" WHERE l.id = :id") : QString();
    std::vector<PredictLead> out;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT l.id, l.job_title, l.industry, l.company_size, l.country, "
                                 "l.source, l.campaign, l.stage, l.sql_at, l.won_at, "
                                 "l.stage_changed_at, l.score FROM leads l")
            + where + QStringLiteral(" ORDER BY l.id"));
        if (onlyLead)
            q.bindValue(QStringLiteral(":id"), *onlyLead);
        if (auto r = sql::run(q, Database::tr("reading the leads for the learned score")); !r)
            return r.error();
        while (q.next()) {
            PredictLead l;
            l.id = q.value(0).toLongLong();
            l.input.jobTitle = q.value(1).toString();
            l.input.industry = q.value(2).toString();
            l.input.companySize = q.value(3).toString();
            l.input.country = q.value(4).toString();
            l.input.source = q.value(5).toString();
            l.input.campaign = q.value(6).toString();
            l.stage = stageFromKey(q.value(7).toString()).value_or(Stage::Lead);
            l.sqlAt = optionalEpoch(q.value(8));
            l.wonAt = optionalEpoch(q.value(9));
            l.stageChangedAt = q.value(10).toLongLong();
            l.score = q.value(11).toInt();
            out.push_back(std::move(l));
        }
    }
    auto find = [&out](qint64 id) -> PredictLead * {
        const auto it = std::lower_bound(
            out.begin(), out.end(), id, [](const PredictLead &l, qint64 v) { return l.id < v; });
        return it != out.end() && it->id == id ? &*it : nullptr;
    };
    const QString whereLead = onlyLead ? QStringLiteral(" WHERE lead_id = :id") : QString();
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT lead_id, name, value FROM lead_attributes") + whereLead
            + QStringLiteral(" ORDER BY lead_id, name"));
        if (onlyLead)
            q.bindValue(QStringLiteral(":id"), *onlyLead);
        if (auto r = sql::run(q, Database::tr("reading the leads' custom attributes")); !r)
            return r.error();
        while (q.next())
            if (PredictLead *l = find(q.value(0).toLongLong()))
                l->input.attributes.emplace_back(q.value(1).toString(), q.value(2).toString());
    }
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT lead_id, occurred_at, type FROM activities") + whereLead
            + QStringLiteral(" ORDER BY lead_id, occurred_at"));
        if (onlyLead)
            q.bindValue(QStringLiteral(":id"), *onlyLead);
        if (auto r = sql::run(q, Database::tr("reading the leads' activities")); !r)
            return r.error();
        while (q.next())
            if (PredictLead *l = find(q.value(0).toLongLong()))
                l->input.activities.emplace_back(q.value(1).toLongLong(), q.value(2).toString());
    }
    return out;
}

Result<void> PredictiveRepository::replaceChances(
    const std::vector<std::pair<qint64, int>> &chances, int version, const QDateTime &at) const
{
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM lead_chances"));
    if (auto r = sql::run(del, Database::tr("clearing the learned chances")); !r)
        return r;
    // Many rows travel as one bound JSON array per batch (sql.h).
    constexpr size_t Batch = 20000;
    for (size_t from = 0; from < chances.size(); from += Batch) {
        QJsonArray rows;
        for (size_t i = from; i < std::min(chances.size(), from + Batch); ++i)
            rows.append(QJsonArray {chances[i].first, chances[i].second});
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO lead_chances (lead_id, chance, model_version, "
            "scored_at) SELECT %1, %2, CAST(? AS INTEGER), CAST(? AS BIGINT) FROM %3")
                      .arg(sql::jsonColumn(0, "BIGINT"), sql::jsonColumn(1, "INTEGER"),
                          sql::jsonRowsFrom(m_db)));
        q.bindValue(0, version);
        q.bindValue(1, sql::epoch(at));
        q.bindValue(2, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        if (auto r = sql::run(q, Database::tr("saving the learned chances")); !r)
            return r;
    }
    return {};
}

Result<std::optional<LeadChance>> PredictiveRepository::chance(qint64 leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT chance, model_version, scored_at FROM lead_chances "
                             "WHERE lead_id = :id"));
    q.bindValue(QStringLiteral(":id"), leadId);
    if (auto r = sql::run(q, Database::tr("reading a lead's learned chance")); !r)
        return r.error();
    if (!q.next())
        return std::optional<LeadChance>();
    return std::optional<LeadChance>(
        LeadChance {leadId, q.value(0).toInt(), q.value(1).toInt(), sql::fromEpoch(q.value(2))});
}

} // namespace bantam
