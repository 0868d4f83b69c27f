#include "storage/predictiverepository.h"

#include "storage/database.h"
#include "storage/scanrows.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

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

namespace {

// The three reads of PredictiveRepository::leads(), each in lead id order, on either kind of
// rows (storage/scanrows.h): text that repeats (profile values, attribute names and values,
// activity types) is shared, not copied per lead — a million leads carry 30 million attribute
// values.
const QString LeadColumns = QStringLiteral(
    "SELECT l.id, l.job_title, l.industry, l.company_size, l.country, l.source, l.campaign, "
    "l.stage, l.sql_at, l.won_at, l.stage_changed_at, l.score FROM leads l");

// One row of LeadColumns into l (its attributes and activities left as they are).
template <typename Rows>
void readLeadRow(Rows &q, PredictLead &l)
{
    l.id = q.int64(0);
    l.input.jobTitle = q.sharedText(1);
    l.input.industry = q.sharedText(2);
    l.input.companySize = q.sharedText(3);
    l.input.country = q.sharedText(4);
    l.input.source = q.sharedText(5);
    l.input.campaign = q.sharedText(6);
    l.stage = stageFromKey(q.sharedText(7)).value_or(Stage::Lead);
    l.sqlAt = q.isNull(8) ? std::nullopt : std::optional<qint64>(q.int64(8));
    l.wonAt = q.isNull(9) ? std::nullopt : std::optional<qint64>(q.int64(9));
    l.stageChangedAt = q.int64(10);
    l.score = int(q.int64(11));
}

template <typename Rows>
void readLeadRows(Rows &q, std::vector<PredictLead> &out)
{
    while (q.next()) {
        PredictLead l;
        readLeadRow(q, l);
        out.push_back(std::move(l));
    }
}

// The three reads of a scan (leads, attributes, activities, each in lead id order) stepped side
// by side: each lead goes to the sink with its rows, and nothing is kept.
template <typename Rows>
bool mergeOpenLeads(
    Rows &leads, Rows &attributes, Rows &activities, PredictiveRepository::OpenLeadSink &sink)
{
    PredictLead l;
    bool attribute = attributes.next(), activity = activities.next();
    while (leads.next()) {
        readLeadRow(leads, l);
        sink.lead(l);
        // Rows of a lead the first read did not give are passed over.
        while (attribute && attributes.int64(0) < l.id)
            attribute = attributes.next();
        for (; attribute && attributes.int64(0) == l.id; attribute = attributes.next())
            sink.attribute(attributes.utf8(1), attributes.utf8(2));
        while (activity && activities.int64(0) < l.id)
            activity = activities.next();
        for (; activity && activities.int64(0) == l.id; activity = activities.next())
            sink.activity(activities.int64(1), activities.utf8(2));
        if (!sink.leadDone())
            return false;
    }
    return true;
}

PredictLead *findLead(std::vector<PredictLead> &leads, qint64 id)
{
    const auto it = std::lower_bound(
        leads.begin(), leads.end(), id, [](const PredictLead &l, qint64 v) { return l.id < v; });
    return it != leads.end() && it->id == id ? &*it : nullptr;
}

// Rows of lead_id first, in lead id order: each row added to its lead by add(lead, rows).
template <typename Rows, typename Add>
void readPerLead(Rows &q, std::vector<PredictLead> &out, const Add &add)
{
    PredictLead *l = nullptr;
    while (q.next()) {
        const qint64 id = q.int64(0);
        if (!l || l->id != id)
            l = findLead(out, id);
        if (l)
            add(*l, q);
    }
}

// Runs one read with its binds (by position) and hands its rows to fill: through the SQLite C API
// on SQLite, through Qt's driver (forward-only: the reads run one after another) otherwise.
template <typename Fill>
Result<void> readRows(const Database &db, const QString &sql, const QVariantList &binds,
    const QString &context, const Fill &fill)
{
    if (db.dialect() == Database::Dialect::Sqlite) {
        const QByteArray utf8 = sql.toUtf8();
        SqliteScanRows rows(db.connection(), utf8.constData(), context);
        if (!rows.statement().ok())
            return rows.statement().error();
        for (qsizetype i = 0; i < binds.size(); ++i)
            rows.statement().bind(int(i) + 1, binds[i]);
        fill(rows);
        if (rows.statement().failed())
            return rows.statement().error();
        return {};
    }
    QtScanRows rows(db.connection());
    rows.query().setForwardOnly(true);
    rows.query().prepare(sql);
    for (const QVariant &v : binds)
        rows.query().addBindValue(v);
    if (auto r = sql::run(rows.query(), context); !r)
        return r;
    fill(rows);
    if (rows.query().lastError().isValid())
        return sql::errorOf(rows.query(), context);
    return {};
}

} // namespace

Result<std::vector<PredictLead>> PredictiveRepository::leads(std::optional<qint64> onlyLead) const
{
    if (onlyLead)
        return readLeads(
            QStringLiteral(" WHERE l.id = ?"), QStringLiteral(" WHERE lead_id = ?"), {*onlyLead});
    return readLeads(QString(), QString(), {});
}

Result<qint64> PredictiveRepository::openLeadCount() const
{
    QVariantList binds;
    for (const Stage s : allStages)
        if (isOpenStage(s))
            binds << stageKey(s);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM leads WHERE stage IN (%1)")
                  .arg(sql::placeholders(size_t(binds.size()), 1)));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (auto r = sql::run(q, Database::tr("counting the open leads")); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<bool> PredictiveRepository::scanOpenLeads(
    qint64 fromId, qint64 toId, OpenLeadSink &sink, int chunkLeads) const
{
    QVariantList binds;
    for (const Stage s : allStages)
        if (isOpenStage(s))
            binds << stageKey(s);
    const QString open = QStringLiteral("l.stage IN (%1) AND l.id >= ? AND l.id < ?")
                             .arg(sql::placeholders(size_t(binds.size()), 1));
    binds << fromId << toId;
    // The same binds in the same order for the three statements. Attributes and activities are
    // read lead by lead from the open leads (CROSS JOIN keeps SQLite to that order), not by a
    // range of lead ids, which would read the closed leads' rows too.
    const QString leadSql
        = LeadColumns + QStringLiteral(" WHERE ") + open + QStringLiteral(" ORDER BY l.id");
    const QString attributeSql
        = QStringLiteral("SELECT a.lead_id, a.name, a.value FROM leads l CROSS JOIN "
                         "lead_attributes a WHERE a.lead_id = l.id AND ")
        + open + QStringLiteral(" ORDER BY l.id, a.name");
    const QString activitySql
        = QStringLiteral("SELECT a.lead_id, a.occurred_at, a.type FROM leads l CROSS JOIN "
                         "activities a WHERE a.lead_id = l.id AND ")
        + open + QStringLiteral(" ORDER BY l.id, a.occurred_at");
    const QString contexts[] = {Database::tr("reading the leads for the learned score"),
        Database::tr("reading the leads' custom attributes"),
        Database::tr("reading the leads' activities")};
    // One chunk of leads, fromId and toId bound as given.
    const auto scanChunk = [&](const QVariantList &chunk) -> Result<bool> {
        if (m_db.dialect() == Database::Dialect::Sqlite) {
            const QByteArray sqls[]
                = {leadSql.toUtf8(), attributeSql.toUtf8(), activitySql.toUtf8()};
            SqliteScanRows leads(m_db.connection(), sqls[0].constData(), contexts[0]);
            SqliteScanRows attributes(m_db.connection(), sqls[1].constData(), contexts[1]);
            SqliteScanRows activities(m_db.connection(), sqls[2].constData(), contexts[2]);
            SqliteScanRows *all[] = {&leads, &attributes, &activities};
            for (SqliteScanRows *rows : all) {
                if (!rows->statement().ok())
                    return rows->statement().error();
                for (qsizetype i = 0; i < chunk.size(); ++i)
                    rows->statement().bind(int(i) + 1, chunk[i]);
            }
            const bool whole = mergeOpenLeads(leads, attributes, activities, sink);
            for (SqliteScanRows *rows : all)
                if (rows->statement().failed())
                    return rows->statement().error();
            return whole;
        }
        // Qt's driver: three results open at once on one connection, so they are fetched whole
        // rather than forward-only.
        QtScanRows leads(m_db.connection()), attributes(m_db.connection()),
            activities(m_db.connection());
        const std::pair<QtScanRows *, const QString *> all[]
            = {{&leads, &leadSql}, {&attributes, &attributeSql}, {&activities, &activitySql}};
        for (size_t k = 0; k < std::size(all); ++k) {
            QSqlQuery &q = all[k].first->query();
            q.prepare(*all[k].second);
            for (const QVariant &v : chunk)
                q.addBindValue(v);
            if (auto r = sql::run(q, contexts[k]); !r)
                return r.error();
        }
        const bool whole = mergeOpenLeads(leads, attributes, activities, sink);
        for (size_t k = 0; k < std::size(all); ++k)
            if (all[k].first->query().lastError().isValid())
                return sql::errorOf(all[k].first->query(), contexts[k]);
        return whole;
    };
    // Chunks of chunkLeads open leads: what a team database's driver holds at once stays small.
    const qsizetype range = binds.size() - 2; // the positions of fromId and toId
    for (qint64 start = fromId; start < toId;) {
        QVariantList chunk = binds;
        chunk[range] = start;
        QSqlQuery next(m_db.connection());
        next.prepare(QStringLiteral("SELECT l.id FROM leads l WHERE ") + open
            + QStringLiteral(" ORDER BY l.id LIMIT 1 OFFSET %1").arg(std::max(chunkLeads, 1)));
        for (const QVariant &v : chunk)
            next.addBindValue(v);
        if (auto r = sql::run(next, contexts[0]); !r)
            return r.error();
        const qint64 end = next.next() ? next.value(0).toLongLong() : toId;
        chunk[range + 1] = end;
        auto whole = scanChunk(chunk);
        if (!whole || !whole.value())
            return whole;
        start = end;
    }
    return true;
}

Result<std::vector<PredictLead>> PredictiveRepository::readLeads(
    const QString &where, const QString &whereLead, const QVariantList &binds) const
{
    std::vector<PredictLead> out;
    const auto read = [&](const QString &sql, const QString &context, const auto &fill) {
        return readRows(m_db, sql, binds, context, fill);
    };
    Result<void> r = read(LeadColumns + where + QStringLiteral(" ORDER BY l.id"),
        Database::tr("reading the leads for the learned score"),
        [&out](auto &rows) { readLeadRows(rows, out); });
    if (r)
        r = read(QStringLiteral("SELECT lead_id, name, value FROM lead_attributes") + whereLead
                + QStringLiteral(" ORDER BY lead_id, name"),
            Database::tr("reading the leads' custom attributes"), [&out](auto &rows) {
                readPerLead(rows, out, [](PredictLead &l, auto &q) {
                    l.input.attributes.emplace_back(q.sharedText(1), q.sharedText(2));
                });
            });
    if (r)
        r = read(QStringLiteral("SELECT lead_id, occurred_at, type FROM activities") + whereLead
                + QStringLiteral(" ORDER BY lead_id, occurred_at"),
            Database::tr("reading the leads' activities"), [&out](auto &rows) {
                readPerLead(rows, out, [](PredictLead &l, auto &q) {
                    l.input.activities.emplace_back(q.int64(1), q.sharedText(2));
                });
            });
    if (!r)
        return r.error();
    return out;
}

Result<void> PredictiveRepository::replaceChances(
    const std::vector<std::pair<qint64, int>> &chances, int version, const QDateTime &at) const
{
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM lead_chances"));
    if (auto r = sql::run(del, Database::tr("clearing the learned chances")); !r)
        return r;
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        // One prepared statement through the C API: no JSON, no QVariant per value.
        SqliteStatement q(m_db.connection(),
            "INSERT INTO lead_chances (lead_id, chance, model_version, scored_at) "
            "VALUES (?, ?, ?, ?)",
            Database::tr("saving the learned chances"));
        if (!q.ok())
            return q.error();
        const QVariant scoredAt = sql::epoch(at);
        for (const auto &[leadId, chance] : chances) {
            q.bind(1, leadId);
            q.bind(2, qint64(chance));
            q.bind(3, qint64(version));
            q.bind(4, scoredAt);
            if (auto r = q.run(); !r)
                return r;
        }
        return {};
    }
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
