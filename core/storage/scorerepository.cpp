#include "storage/scorerepository.h"

#include "storage/database.h"
#include "storage/scanrows.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <string>

namespace bantam {

namespace {

const QString kModelColumns = QStringLiteral(
    "m.version, m.model_json, m.created_at, m.created_by, u.name, m.note, m.active");
const QString kModelFrom
    = QStringLiteral(" FROM scoring_models m LEFT JOIN users u ON u.id = m.created_by ");

StoredModel readModel(const QSqlQuery &q)
{
    StoredModel m;
    m.version = q.value(0).toInt();
    m.json = q.value(1).toString().toUtf8();
    m.createdAt = sql::fromEpoch(q.value(2));
    if (!q.value(3).isNull())
        m.createdBy = q.value(3).toLongLong();
    m.createdByName = q.value(4).toString();
    m.note = q.value(5).toString();
    m.active = q.value(6).toInt() != 0;
    return m;
}

const QString kLeadColumns = QStringLiteral(
    "l.id, l.job_title, l.industry, l.company_size, l.country, l.stage, l.mql_at, l.score, "
    "l.fast_track, s.band, l.historical, l.source, l.campaign");
const QString kLeadFrom
    = QStringLiteral(" FROM leads l LEFT JOIN lead_scores s ON s.lead_id = l.id ");

void readLead(const QSqlQuery &q, LeadScanItem &item)
{
    item.id = q.value(0).toLongLong();
    item.facts.jobTitle = q.value(1).toString();
    item.facts.industry = q.value(2).toString();
    item.facts.companySize = q.value(3).toString();
    item.facts.country = q.value(4).toString();
    item.inLeadStage = q.value(5).toString() == QLatin1String("lead") && q.value(10).toInt() == 0;
    item.everMql = !q.value(6).isNull();
    item.score = q.value(7).toInt();
    item.fastTrack = q.value(8).toInt() != 0;
    item.band = scoreBandFromKey(q.value(9).toString());
    item.facts.source = q.value(11).toString();
    item.facts.campaign = q.value(12).toString();
}

} // namespace

ScoreRepository::ScoreRepository(const Database &db)
    : m_db(db)
{ }

ScoreRepository::~ScoreRepository() = default;

Result<std::vector<StoredModel>> ScoreRepository::versions() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kModelColumns + kModelFrom
        + QStringLiteral("ORDER BY m.version DESC"));
    if (auto r = sql::run(q, Database::tr("reading the scoring model versions")); !r)
        return r.error();
    std::vector<StoredModel> out;
    while (q.next())
        out.push_back(readModel(q));
    return out;
}

Result<std::optional<StoredModel>> ScoreRepository::version(int version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kModelColumns + kModelFrom
        + QStringLiteral("WHERE m.version = :v"));
    q.bindValue(QStringLiteral(":v"), version);
    if (auto r = sql::run(q, Database::tr("reading scoring model version %1").arg(version)); !r)
        return r.error();
    if (!q.next())
        return std::optional<StoredModel>();
    return std::optional<StoredModel>(readModel(q));
}

Result<std::optional<StoredModel>> ScoreRepository::active() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kModelColumns + kModelFrom
        + QStringLiteral("WHERE m.active = 1 ORDER BY m.version DESC LIMIT 1"));
    if (auto r = sql::run(q, Database::tr("reading the active scoring model")); !r)
        return r.error();
    if (!q.next())
        return std::optional<StoredModel>();
    return std::optional<StoredModel>(readModel(q));
}

Result<int> ScoreRepository::insertVersion(const QByteArray &json, const QDateTime &at,
    std::optional<qint64> actorId, const QString &note) const
{
    QSqlQuery next(m_db.connection());
    if (!next.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM scoring_models"))
        || !next.next())
        return sql::errorOf(next, Database::tr("numbering the scoring model version"));
    const int version = next.value(0).toInt();
    next.finish();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO scoring_models (version, model_json, created_at, created_by, note, active) "
        "VALUES (:v, :json, :at, :by, :note, 0)"));
    q.bindValue(QStringLiteral(":v"), version);
    q.bindValue(QStringLiteral(":json"), QString::fromUtf8(json));
    q.bindValue(QStringLiteral(":at"), sql::epoch(at));
    q.bindValue(QStringLiteral(":by"), actorId ? QVariant(*actorId) : QVariant());
    q.bindValue(QStringLiteral(":note"), sql::text(note));
    if (auto r = sql::run(q, Database::tr("saving scoring model version %1").arg(version)); !r)
        return r.error();
    return version;
}

Result<void> ScoreRepository::activate(int version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE scoring_models SET active = CASE WHEN version = :v THEN 1 ELSE 0 END"));
    q.bindValue(QStringLiteral(":v"), version);
    return sql::run(q, Database::tr("activating scoring model version %1").arg(version));
}

Result<void> ScoreRepository::markOwed(const std::vector<qint64> &leadIds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE lead_scores SET model_version = -1 WHERE lead_id = :id"));
    for (qint64 id : leadIds) {
        q.bindValue(QStringLiteral(":id"), id);
        if (auto r = sql::run(q, Database::tr("marking the changed leads' scores owed")); !r)
            return r;
    }
    return {};
}

Result<std::vector<std::pair<QString, qint64>>> ScoreRepository::valueCounts(
    ProfileField field) const
{
    // A column name cannot be bound: one of three fixed statements.
    const char *column = field == ProfileField::JobTitle ? "job_title"
        : field == ProfileField::CompanySize             ? "company_size"
                                                         : "industry";
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, COUNT(*) FROM leads WHERE %1 <> '' GROUP BY %1")
                  .arg(QLatin1String(column)));
    if (auto r = sql::run(q, Database::tr("counting the leads per %1").arg(QLatin1String(column)));
        !r)
        return r.error();
    std::vector<std::pair<QString, qint64>> out;
    while (q.next())
        out.emplace_back(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<std::pair<qint64, qint64>> ScoreRepository::idRange() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT MIN(id), MAX(id) FROM leads")) || !q.next())
        return sql::errorOf(q, Database::tr("reading the lead ids"));
    if (q.value(0).isNull())
        return std::pair<qint64, qint64>(0, -1);
    return std::pair<qint64, qint64>(q.value(0).toLongLong(), q.value(1).toLongLong());
}

Result<qint64> ScoreRepository::leadCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM leads")) || !q.next())
        return sql::errorOf(q, Database::tr("counting the leads"));
    return q.value(0).toLongLong();
}

Result<qint64> ScoreRepository::scoredCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM lead_scores")) || !q.next())
        return sql::errorOf(q, Database::tr("counting the scored leads"));
    return q.value(0).toLongLong();
}

namespace {

// The scan's three reads of a chunk of lead ids [?, ?), each in lead id order: the leads with what
// is stored of their score (stage and band as numbers: fewer strings to copy for a million
// leads), their activities as plain rows straight from the index (lead_id, occurred_at, type),
// and the custom attributes the rules look at. SQL that SQLite and PostgreSQL both accept.
constexpr const char *kScanLeads
    = "SELECT l.id, l.job_title, l.industry, l.company_size, l.country, "
      "l.stage = 'lead' AND l.historical = 0, "
      "l.mql_at IS NOT NULL, l.score, l.fast_track, CASE s.band WHEN 'cold' THEN 0 WHEN "
      "'warm' THEN 1 WHEN 'hot' THEN 2 ELSE -1 END, s.score_week_ago, l.source, l.campaign "
      "FROM leads l LEFT JOIN "
      "lead_scores s ON s.lead_id = l.id WHERE l.id >= ? AND l.id < ? ORDER BY l.id";
constexpr const char *kScanActivities
    = "SELECT lead_id, occurred_at, type FROM activities WHERE lead_id >= ? AND lead_id < ? "
      "ORDER BY lead_id, occurred_at, type";

QByteArray scanAttributesSql(const QStringList &attributeNames)
{
    return QStringLiteral("SELECT lead_id, name, value FROM lead_attributes WHERE lead_id >= ? "
                          "AND lead_id < ? AND name IN (%1) ORDER BY lead_id")
        .arg(sql::placeholders(size_t(attributeNames.size()), 1))
        .toUtf8();
}

// One read of the scan: SqliteScanRows (storage/scanrows.h) on SQLite; QtScanRows on the others,
// not forward-only there: the three reads of a chunk are open at once, and QPSQL streams a
// forward-only result row by row over the connection, which a second statement on it would cut
// off. A chunk's rows are fetched whole instead (a chunk is a bounded range of lead ids).

// The merge of a chunk's three reads (attributes may be absent) into one item per lead, shared
// by both kinds of rows.
template <typename Rows>
void mergeScan(Rows &leads, Rows &acts, Rows *attrs, const ScoreRepository::ScanFn &fn)
{
    LeadScanItem item;
    std::vector<ActivityEvent> events;
    bool haveActivity = acts.next();
    bool haveAttribute = attrs && attrs->next();
    while (leads.next()) {
        item.id = leads.int64(0);
        item.facts.jobTitle = leads.sharedText(1);
        item.facts.industry = leads.sharedText(2);
        item.facts.companySize = leads.sharedText(3);
        item.facts.country = leads.sharedText(4);
        item.inLeadStage = leads.int64(5) != 0;
        item.everMql = leads.int64(6) != 0;
        item.score = int(leads.int64(7));
        item.fastTrack = leads.int64(8) != 0;
        const int band = int(leads.int64(9));
        item.band = band < 0 ? std::nullopt : std::optional<ScoreBand>(ScoreBand(band));
        item.weekAgo = int(leads.int64(10));
        item.facts.source = leads.sharedText(11);
        item.facts.campaign = leads.sharedText(12);
        events.clear();
        while (haveActivity && acts.int64(0) < item.id)
            haveActivity = acts.next(); // activities of a lead deleted in between: none here
        while (haveActivity && acts.int64(0) == item.id) {
            events.push_back({acts.int64(1), acts.type(2)});
            haveActivity = acts.next();
        }
        item.facts.attributes.clear();
        while (haveAttribute && attrs->int64(0) < item.id)
            haveAttribute = attrs->next();
        while (haveAttribute && attrs->int64(0) == item.id) {
            item.facts.attributes.emplace_back(attrs->string(1), attrs->string(2));
            haveAttribute = attrs->next();
        }
        fn(item, events);
    }
}

} // namespace

Result<void> ScoreRepository::scan(qint64 fromId, qint64 toId, const QHash<QString, int> &typeIndex,
    const QStringList &attributeNames, const ScanFn &fn) const
{
    if (m_db.dialect() == Database::Dialect::Sqlite)
        return scanSqlite(fromId, toId, typeIndex, attributeNames, fn);
    const QSqlDatabase db = m_db.connection();
    QtScanRows leads(db, typeIndex), acts(db, typeIndex);
    std::optional<QtScanRows> attrs;
    leads.query().prepare(QString::fromLatin1(kScanLeads));
    acts.query().prepare(QString::fromLatin1(kScanActivities));
    for (QSqlQuery *q : {&leads.query(), &acts.query()}) {
        q->addBindValue(fromId);
        q->addBindValue(toId);
    }
    if (auto r = sql::run(leads.query(), Database::tr("reading leads for scoring")); !r)
        return r;
    if (auto r = sql::run(acts.query(), Database::tr("reading activities for scoring")); !r)
        return r;
    if (!attributeNames.isEmpty()) {
        attrs.emplace(db, typeIndex);
        attrs->query().prepare(QString::fromUtf8(scanAttributesSql(attributeNames)));
        attrs->query().addBindValue(fromId);
        attrs->query().addBindValue(toId);
        for (const QString &name : attributeNames)
            attrs->query().addBindValue(name);
        if (auto r = sql::run(attrs->query(), Database::tr("reading lead attributes for scoring"));
            !r)
            return r;
    }
    mergeScan(leads, acts, attrs ? &*attrs : nullptr, fn);
    if (leads.query().lastError().isValid())
        return sql::errorOf(leads.query(), Database::tr("reading leads for scoring"));
    return {};
}

// The scan through the SQLite C API (a full recompute of a million leads spends most of its time
// here).
Result<void> ScoreRepository::scanSqlite(qint64 fromId, qint64 toId,
    const QHash<QString, int> &typeIndex, const QStringList &attributeNames, const ScanFn &fn) const
{
    const QSqlDatabase db = m_db.connection();
    std::vector<std::pair<std::string, int>> types;
    for (auto it = typeIndex.cbegin(); it != typeIndex.cend(); ++it)
        types.emplace_back(it.key().toStdString(), it.value());
    SqliteScanRows leads(db, kScanLeads, Database::tr("reading leads for scoring"), types);
    SqliteScanRows acts(db, kScanActivities, Database::tr("reading activities for scoring"), types);
    if (!leads.statement().ok())
        return leads.statement().error();
    if (!acts.statement().ok())
        return acts.statement().error();
    for (SqliteStatement *s : {&leads.statement(), &acts.statement()}) {
        s->bind(1, fromId);
        s->bind(2, toId);
    }
    std::unique_ptr<SqliteScanRows> attrs;
    if (!attributeNames.isEmpty()) {
        const QByteArray sql = scanAttributesSql(attributeNames);
        attrs = std::make_unique<SqliteScanRows>(
            db, sql.constData(), Database::tr("reading lead attributes for scoring"), types);
        SqliteStatement &s = attrs->statement();
        if (!s.ok())
            return s.error();
        s.bind(1, fromId);
        s.bind(2, toId);
        for (qsizetype i = 0; i < attributeNames.size(); ++i)
            s.bind(int(i) + 3, attributeNames[i]);
    }
    mergeScan(leads, acts, attrs.get(), fn);
    for (SqliteScanRows *rows : {&leads, &acts, attrs.get()}) {
        if (rows && rows->statement().failed())
            return rows->statement().error();
    }
    return {};
}

Result<LeadScanItem> ScoreRepository::lead(qint64 leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT ") + kLeadColumns + kLeadFrom + QStringLiteral("WHERE l.id = :id"));
    q.bindValue(QStringLiteral(":id"), leadId);
    if (auto r = sql::run(q, Database::tr("reading lead %1").arg(leadId)); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(Database::tr("There is no lead with the id %1.").arg(leadId));
    LeadScanItem item;
    readLead(q, item);
    return item;
}

Result<std::vector<ActivityEvent>> ScoreRepository::activities(
    qint64 leadId, const QHash<QString, int> &typeIndex) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT occurred_at, type FROM activities WHERE lead_id = :id ORDER BY occurred_at, type"));
    q.bindValue(QStringLiteral(":id"), leadId);
    if (auto r = sql::run(q, Database::tr("reading the activities of lead %1").arg(leadId)); !r)
        return r.error();
    std::vector<ActivityEvent> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), typeIndex.value(q.value(1).toString(), -1)});
    return out;
}

Result<LeadScoreState> ScoreRepository::state(qint64 leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT l.score, s.band, s.score_week_ago, s.model_version, s.scored_at "
        "FROM leads l LEFT JOIN lead_scores s ON s.lead_id = l.id WHERE l.id = :id"));
    q.bindValue(QStringLiteral(":id"), leadId);
    if (auto r = sql::run(q, Database::tr("reading the score of lead %1").arg(leadId)); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(Database::tr("There is no lead with the id %1.").arg(leadId));
    LeadScoreState s;
    s.leadId = leadId;
    s.score = q.value(0).toInt();
    s.band = scoreBandFromKey(q.value(1).toString());
    s.weekAgo = q.value(2).toInt();
    s.modelVersion = q.value(3).toInt();
    s.scoredAt = sql::fromEpoch(q.value(4));
    return s;
}

Result<void> ScoreRepository::stampStates(int modelVersion, const QDateTime &scoredAt) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE lead_scores SET model_version = :v, scored_at = :at"));
    q.bindValue(QStringLiteral(":v"), modelVersion);
    q.bindValue(QStringLiteral(":at"), sql::epoch(scoredAt));
    return sql::run(q, Database::tr("writing the lead scores"));
}

namespace {
void bindState(QSqlQuery &q, const LeadScoreState &s)
{
    q.bindValue(QStringLiteral(":lead"), s.leadId);
    q.bindValue(QStringLiteral(":band"), scoreBandKey(s.band.value_or(ScoreBand::Cold)));
    q.bindValue(QStringLiteral(":week"), s.weekAgo);
    q.bindValue(QStringLiteral(":version"), s.modelVersion);
    q.bindValue(QStringLiteral(":at"), sql::epoch(s.scoredAt));
}
} // namespace

Result<void> ScoreRepository::insertState(const LeadScoreState &s) const
{
    if (!m_insertState) {
        m_insertState.emplace(m_db.connection());
        m_insertState->prepare(QStringLiteral(
            "INSERT INTO lead_scores (lead_id, band, score_week_ago, model_version, scored_at) "
            "VALUES (:lead, :band, :week, :version, :at)"));
    }
    bindState(*m_insertState, s);
    return sql::run(*m_insertState, Database::tr("writing the score of lead %1").arg(s.leadId));
}

Result<void> ScoreRepository::upsertState(const LeadScoreState &s) const
{
    if (!m_upsertState) {
        m_upsertState.emplace(m_db.connection());
        // ON CONFLICT ... DO UPDATE: PostgreSQL and SQLite >= 3.24 alike.
        m_upsertState->prepare(QStringLiteral(
            "INSERT INTO lead_scores (lead_id, band, score_week_ago, model_version, scored_at) "
            "VALUES (:lead, :band, :week, :version, :at) ON CONFLICT (lead_id) DO UPDATE SET "
            "band = excluded.band, score_week_ago = excluded.score_week_ago, "
            "model_version = excluded.model_version, scored_at = excluded.scored_at"));
    }
    bindState(*m_upsertState, s);
    return sql::run(*m_upsertState, Database::tr("writing the score of lead %1").arg(s.leadId));
}

namespace {

constexpr int kRowsPerStatement = 200;
constexpr std::string_view kBandKeys[] = {"cold", "warm", "hot"}; // as scoreBandKey()

// Runs a statement of rowsPerStatement "(?, ...)" groups for each full batch of rows and one
// sized to the rest; bind(query, row, firstPlaceholder) binds one row.
template <typename Row, typename Bind>
Result<void> inBatches(const Database &db, const QString &head, const QString &group,
    const QString &tail, const std::vector<Row> &rows, const QString &context, const Bind &bind)
{
    const int perRow = int(group.count(QLatin1Char('?')));
    auto statement = [&](size_t n) {
        QStringList groups;
        for (size_t i = 0; i < n; ++i)
            groups << group;
        return head + groups.join(QLatin1Char(',')) + tail;
    };
    QSqlQuery full(db.connection());
    const size_t fullBatches = rows.size() / kRowsPerStatement;
    if (fullBatches > 0 && !full.prepare(statement(kRowsPerStatement)))
        return sql::errorOf(full, context);
    size_t at = 0;
    for (size_t b = 0; b < fullBatches; ++b) {
        for (int i = 0; i < kRowsPerStatement; ++i, ++at)
            bind(full, rows[at], i * perRow);
        if (auto r = sql::run(full, context); !r)
            return r;
    }
    if (at < rows.size()) {
        QSqlQuery rest(db.connection());
        if (!rest.prepare(statement(rows.size() - at)))
            return sql::errorOf(rest, context);
        for (int i = 0; at < rows.size(); ++i, ++at)
            bind(rest, rows[at], i * perRow);
        if (auto r = sql::run(rest, context); !r)
            return r;
    }
    return {};
}

// Writes score states row by row through one statement prepared once in statement (SQLite).
Result<void> writeStatesSqlite(const Database &db, std::unique_ptr<SqliteStatement> &statement,
    const char *sql, const std::vector<ScoreRepository::ScoreRow> &rows, int modelVersion,
    const QDateTime &scoredAt)
{
    if (!statement)
        statement = std::make_unique<SqliteStatement>(
            db.connection(), sql, Database::tr("writing the lead scores"));
    SqliteStatement &q = *statement;
    if (!q.ok())
        return q.error();
    const qint64 at = scoredAt.toSecsSinceEpoch();
    for (const ScoreRepository::ScoreRow &r : rows) {
        q.bind(1, r.leadId);
        q.bind(2, kBandKeys[int(r.band)]);
        q.bind(3, qint64(r.weekAgo));
        q.bind(4, qint64(modelVersion));
        q.bind(5, at);
        if (auto w = q.run(); !w)
            return w;
    }
    return {};
}

} // namespace

Result<void> ScoreRepository::insertStates(
    const std::vector<ScoreRow> &rows, int modelVersion, const QDateTime &scoredAt) const
{
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        // One prepared statement, row by row in lead id (rowid) order.
        return writeStatesSqlite(m_db, m_bulkInsertState,
            "INSERT INTO lead_scores (lead_id, band, score_week_ago, model_version, scored_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5)",
            rows, modelVersion, scoredAt);
    }
    static const QVariant bands[] = {QVariant(scoreBandKey(ScoreBand::Cold)),
        QVariant(scoreBandKey(ScoreBand::Warm)), QVariant(scoreBandKey(ScoreBand::Hot))};
    const QVariant version(modelVersion), at = sql::epoch(scoredAt);
    return inBatches(m_db,
        QStringLiteral("INSERT INTO lead_scores (lead_id, band, score_week_ago, model_version, "
                       "scored_at) VALUES "),
        QStringLiteral("(?,?,?,?,?)"), QString(), rows, Database::tr("writing the lead scores"),
        [&](QSqlQuery &q, const ScoreRow &r, int p) {
            q.bindValue(p, r.leadId);
            q.bindValue(p + 1, bands[int(r.band)]);
            q.bindValue(p + 2, r.weekAgo);
            q.bindValue(p + 3, version);
            q.bindValue(p + 4, at);
        });
}

Result<void> ScoreRepository::upsertStates(
    const std::vector<ScoreRow> &rows, int modelVersion, const QDateTime &scoredAt) const
{
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        // An import batch: one prepared statement through the C API, as insertStates().
        return writeStatesSqlite(m_db, m_bulkUpsertState,
            "INSERT INTO lead_scores (lead_id, band, score_week_ago, model_version, scored_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (lead_id) DO UPDATE SET band = "
            "excluded.band, score_week_ago = excluded.score_week_ago, model_version = "
            "excluded.model_version, scored_at = excluded.scored_at",
            rows, modelVersion, scoredAt);
    }
    const QVariant version(modelVersion), at = sql::epoch(scoredAt);
    return inBatches(m_db,
        QStringLiteral("INSERT INTO lead_scores (lead_id, band, score_week_ago, model_version, "
                       "scored_at) VALUES "),
        QStringLiteral("(?,?,?,?,?)"),
        QStringLiteral(" ON CONFLICT (lead_id) DO UPDATE SET band = excluded.band, "
                       "score_week_ago = excluded.score_week_ago, model_version = "
                       "excluded.model_version, scored_at = excluded.scored_at"),
        rows, Database::tr("writing the lead scores"), [&](QSqlQuery &q, const ScoreRow &r, int p) {
            q.bindValue(p, r.leadId);
            q.bindValue(p + 1, scoreBandKey(r.band));
            q.bindValue(p + 2, r.weekAgo);
            q.bindValue(p + 3, version);
            q.bindValue(p + 4, at);
        });
}

Result<void> ScoreRepository::writeLeadScores(const std::vector<ScoreRow> &rows) const
{
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        if (!m_bulkWriteScore)
            m_bulkWriteScore = std::make_unique<SqliteStatement>(m_db.connection(),
                "UPDATE leads SET score = ?1, fast_track = ?2 WHERE id = ?3",
                Database::tr("writing the lead scores"));
        SqliteStatement &q = *m_bulkWriteScore;
        if (!q.ok())
            return q.error();
        for (const ScoreRow &r : rows) {
            q.bind(1, qint64(r.score));
            q.bind(2, qint64(r.fastTrack ? 1 : 0));
            q.bind(3, r.leadId);
            if (auto w = q.run(); !w)
                return w;
        }
        return {};
    }
    // UPDATE ... FROM (VALUES ...): PostgreSQL and SQLite >= 3.33; VALUES columns are named
    // column1, column2, ... in both.
    return inBatches(m_db,
        QStringLiteral("UPDATE leads SET score = v.column2, fast_track = v.column3 FROM (VALUES "),
        // PostgreSQL types a VALUES list's parameters as text unless told.
        QStringLiteral("(CAST(? AS BIGINT),CAST(? AS INTEGER),CAST(? AS INTEGER))"),
        QStringLiteral(") AS v WHERE leads.id = v.column1"), rows,
        Database::tr("writing the lead scores"), [](QSqlQuery &q, const ScoreRow &r, int p) {
            q.bindValue(p, r.leadId);
            q.bindValue(p + 1, r.score);
            q.bindValue(p + 2, r.fastTrack ? 1 : 0);
        });
}

Result<void> ScoreRepository::writeLeadScore(qint64 leadId, int score, bool fastTrack) const
{
    if (!m_writeScore) {
        m_writeScore.emplace(m_db.connection());
        m_writeScore->prepare(
            QStringLiteral("UPDATE leads SET score = :score, fast_track = :fast WHERE id = :id"));
    }
    QSqlQuery &q = *m_writeScore;
    q.bindValue(QStringLiteral(":score"), score);
    q.bindValue(QStringLiteral(":fast"), fastTrack ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), leadId);
    return sql::run(q, Database::tr("writing the score of lead %1").arg(leadId));
}

Result<void> ScoreRepository::updateStates(const std::vector<ScoreRow> &rows) const
{
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        if (!m_bulkUpdateState)
            m_bulkUpdateState = std::make_unique<SqliteStatement>(m_db.connection(),
                "UPDATE lead_scores SET band = ?1, score_week_ago = ?2 WHERE lead_id = ?3",
                Database::tr("writing the lead scores"));
        SqliteStatement &q = *m_bulkUpdateState;
        if (!q.ok())
            return q.error();
        for (const ScoreRow &r : rows) {
            q.bind(1, kBandKeys[int(r.band)]);
            q.bind(2, qint64(r.weekAgo));
            q.bind(3, r.leadId);
            if (auto w = q.run(); !w)
                return w;
        }
        return {};
    }
    return inBatches(m_db,
        QStringLiteral("UPDATE lead_scores SET band = v.column2, score_week_ago = v.column3 FROM "
                       "(VALUES "),
        QStringLiteral("(CAST(? AS BIGINT),CAST(? AS TEXT),CAST(? AS INTEGER))"),
        QStringLiteral(") AS v WHERE lead_scores.lead_id = v.column1"), rows,
        Database::tr("writing the lead scores"), [](QSqlQuery &q, const ScoreRow &r, int p) {
            q.bindValue(p, r.leadId);
            q.bindValue(p + 1, scoreBandKey(r.band));
            q.bindValue(p + 2, r.weekAgo);
        });
}

namespace {

// Runs `base` (one ? for the threshold, rows of id, value[, version]) for all leads or the given
// ones, in chunks of bound ids (SQLite allows 32766 parameters, PostgreSQL 65535).
Result<std::vector<PromotionCandidate>> candidates(const Database &db, const QString &base,
    const QVariant &threshold, const QString &idColumn, const std::vector<qint64> &onlyLeads)
{
    std::vector<PromotionCandidate> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    auto collect = [&]() -> Result<void> {
        if (auto r = sql::run(q, Database::tr("finding leads that reached the MQL threshold")); !r)
            return r;
        while (q.next())
            out.push_back({q.value(0).toLongLong(), q.value(1).toInt(),
                q.record().count() > 2 ? q.value(2).toInt() : 0});
        return {};
    };
    if (onlyLeads.empty()) {
        q.prepare(base + QStringLiteral(" ORDER BY %1").arg(idColumn));
        q.addBindValue(threshold);
        if (auto r = collect(); !r)
            return r.error();
        return out;
    }
    constexpr size_t chunk = 500;
    for (size_t from = 0; from < onlyLeads.size(); from += chunk) {
        const size_t n = std::min(chunk, onlyLeads.size() - from);
        q.prepare(base
            + QStringLiteral(" AND %1 IN (%2) ORDER BY %1").arg(idColumn, sql::placeholders(n, 1)));
        q.addBindValue(threshold);
        for (size_t i = 0; i < n; ++i)
            q.addBindValue(onlyLeads[from + i]);
        if (auto r = collect(); !r)
            return r.error();
    }
    return out;
}

} // namespace

Result<std::vector<PromotionCandidate>> ScoreRepository::promotionCandidates(
    double mqlThreshold, const std::vector<qint64> &onlyLeads) const
{
    return candidates(m_db,
        QStringLiteral("SELECT id, score FROM leads WHERE stage = 'lead' AND score >= ? "
                       "AND mql_at IS NULL AND historical = 0"),
        mqlThreshold, QStringLiteral("id"), onlyLeads);
}

Result<std::vector<PromotionCandidate>> ScoreRepository::chanceCandidates(
    int minChance, const std::vector<qint64> &onlyLeads) const
{
    return candidates(m_db,
        QStringLiteral("SELECT l.id, c.chance, c.model_version FROM leads l JOIN lead_chances c "
                       "ON c.lead_id = l.id WHERE l.stage = 'lead' AND c.chance >= ? "
                       "AND l.mql_at IS NULL AND l.historical = 0"),
        minChance, QStringLiteral("l.id"), onlyLeads);
}

} // namespace bantam
