#include "storage/importrepository.h"

#include "storage/database.h"
#include "storage/pgcopy.h"
#include "storage/sql.h"

namespace bantam {

Result<qint64> ImportRepository::insertRun(const ImportRun &r) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral(
            "INSERT INTO import_runs (file_path, file_size, started_at, actor_id, options_json, "
            "byte_offset, next_line, status) VALUES (:path, :size, :started, :actor, :options, "
            ":offset, :line, :status)")
        + sql::returningId(m_db));
    q.bindValue(QStringLiteral(":path"), r.filePath);
    q.bindValue(QStringLiteral(":size"), r.fileSize);
    q.bindValue(QStringLiteral(":started"), sql::epoch(r.startedAt));
    q.bindValue(QStringLiteral(":actor"), r.actorId ? QVariant(*r.actorId) : QVariant());
    q.bindValue(QStringLiteral(":options"), sql::text(r.optionsJson));
    q.bindValue(QStringLiteral(":offset"), r.byteOffset);
    q.bindValue(QStringLiteral(":line"), r.nextLine);
    q.bindValue(QStringLiteral(":status"), r.status);
    return sql::insertReturningId(q, Database::tr("starting an import"));
}

namespace {

const QLatin1String kRunColumns(
    "SELECT id, file_path, file_size, started_at, finished_at, actor_id, options_json, "
    "byte_offset, next_line, new_count, updated_count, merged_count, skipped_count, "
    "rejected_count, status, warned_count, prefix_sha256, rejects_bytes, warnings_bytes "
    "FROM import_runs ");

ImportRun readRun(const QSqlQuery &q)
{
    ImportRun r;
    r.id = q.value(0).toLongLong();
    r.filePath = q.value(1).toString();
    r.fileSize = q.value(2).toLongLong();
    r.startedAt = sql::fromEpoch(q.value(3));
    r.finishedAt = sql::fromEpoch(q.value(4));
    if (!q.value(5).isNull())
        r.actorId = q.value(5).toLongLong();
    r.optionsJson = q.value(6).toString();
    r.byteOffset = q.value(7).toLongLong();
    r.nextLine = q.value(8).toLongLong();
    for (int i = 0; i < 5; ++i)
        r.counts[size_t(i)] = q.value(9 + i).toLongLong();
    r.status = q.value(14).toString();
    r.counts[5] = q.value(15).toLongLong();
    r.prefixSha256 = q.value(16).toString().toLatin1();
    r.rejectsBytes = q.value(17).toLongLong();
    r.warningsBytes = q.value(18).toLongLong();
    return r;
}

} // namespace

Result<ImportRun> ImportRepository::run(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kRunColumns + QStringLiteral("WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto r = sql::run(q, Database::tr("reading import run %1").arg(id)); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(Database::tr("There is no import run with the id %1.").arg(id));
    return readRun(q);
}

Result<std::vector<ImportRun>> ImportRepository::unfinishedRuns() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kRunColumns + QStringLiteral("WHERE status <> 'done' ORDER BY id DESC"));
    if (auto r = sql::run(q, Database::tr("reading the unfinished imports")); !r)
        return r.error();
    std::vector<ImportRun> runs;
    while (q.next())
        runs.push_back(readRun(q));
    return runs;
}

Result<void> ImportRepository::saveProgress(const ImportRun &r) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE import_runs SET byte_offset = :offset, next_line = :line, new_count = :n, "
        "updated_count = :u, merged_count = :m, skipped_count = :s, rejected_count = :r, "
        "warned_count = :w, status = :status, finished_at = :finished, prefix_sha256 = :sha, "
        "rejects_bytes = :rb, warnings_bytes = :wb, options_json = :options WHERE id = :id"));
    q.bindValue(QStringLiteral(":offset"), r.byteOffset);
    q.bindValue(QStringLiteral(":line"), r.nextLine);
    q.bindValue(QStringLiteral(":n"), r.counts[0]);
    q.bindValue(QStringLiteral(":u"), r.counts[1]);
    q.bindValue(QStringLiteral(":m"), r.counts[2]);
    q.bindValue(QStringLiteral(":s"), r.counts[3]);
    q.bindValue(QStringLiteral(":r"), r.counts[4]);
    q.bindValue(QStringLiteral(":w"), r.counts[5]);
    q.bindValue(QStringLiteral(":status"), r.status);
    q.bindValue(QStringLiteral(":finished"), sql::epoch(r.finishedAt));
    q.bindValue(QStringLiteral(":sha"), QString::fromLatin1(r.prefixSha256));
    q.bindValue(QStringLiteral(":rb"), r.rejectsBytes);
    q.bindValue(QStringLiteral(":wb"), r.warningsBytes);
    q.bindValue(QStringLiteral(":options"), sql::text(r.optionsJson));
    q.bindValue(QStringLiteral(":id"), r.id);
    return sql::run(q, Database::tr("saving the progress of import run %1").arg(r.id));
}

Result<void> ImportRepository::setAttribute(
    qint64 leadId, const QString &name, const QString &value, bool overwrite) const
{
    // INSERT ... ON CONFLICT: the same form in SQLite (>= 3.24) and PostgreSQL.
    std::optional<QSqlQuery> &q = m_setAttribute[overwrite ? 1 : 0];
    if (!q) {
        q.emplace(m_db.connection());
        q->prepare(QStringLiteral("INSERT INTO lead_attributes (lead_id, name, value) VALUES "
                                  "(:lead, :name, :value) ON CONFLICT (lead_id, name) ")
            + (overwrite ? QStringLiteral("DO UPDATE SET value = excluded.value")
                         : QStringLiteral("DO NOTHING")));
    }
    q->bindValue(QStringLiteral(":lead"), leadId);
    q->bindValue(QStringLiteral(":name"), name);
    q->bindValue(QStringLiteral(":value"), sql::text(value));
    return sql::run(*q, Database::tr("saving attribute '%1' of lead %2").arg(name).arg(leadId));
}

Result<void> ImportRepository::insertAttributes(const std::vector<NewAttribute> &attributes) const
{
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        for (const NewAttribute &a : attributes) {
            if (auto w = setAttribute(a.leadId, a.name, a.value, true); !w)
                return w;
        }
        return {};
    }
    if (attributes.empty())
        return {};
    PgCopy copy(m_db, QStringLiteral("lead_attributes"),
        {QStringLiteral("lead_id"), QStringLiteral("name"), QStringLiteral("value")},
        Database::tr("saving the attributes of new leads"));
    for (size_t i = 0; i < attributes.size() && copy.ok(); ++i)
        copy.addRow({attributes[i].leadId, attributes[i].name, sql::text(attributes[i].value)});
    return copy.finish();
}

Result<QMap<QString, QString>> ImportRepository::attributes(qint64 leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, value FROM lead_attributes WHERE lead_id = :lead"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    if (auto r = sql::run(q, Database::tr("reading the attributes of lead %1").arg(leadId)); !r)
        return r.error();
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Result<QHash<qint64, QMap<QString, QString>>> ImportRepository::attributes(
    const std::vector<qint64> &leadIds) const
{
    QHash<qint64, QMap<QString, QString>> out;
    // In chunks of bound ids (SQLite allows 32766 parameters, PostgreSQL 65535).
    constexpr size_t chunk = 500;
    for (size_t from = 0; from < leadIds.size(); from += chunk) {
        const size_t n = std::min(chunk, leadIds.size() - from);
        QStringList marks;
        for (size_t i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT lead_id, name, value FROM lead_attributes WHERE lead_id "
                                 "IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
        for (size_t i = 0; i < n; ++i)
            q.addBindValue(leadIds[from + i]);
        if (auto r = sql::run(q, Database::tr("reading the attributes of leads")); !r)
            return r.error();
        while (q.next())
            out[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toString());
    }
    return out;
}

Result<QStringList> ImportRepository::attributeNames() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Distinct names by skipping through idx_lead_attributes_name_value.
    q.prepare(QStringLiteral("SELECT DISTINCT name FROM lead_attributes ORDER BY name"));
    if (auto r = sql::run(q, Database::tr("reading the attribute names")); !r)
        return r.error();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<QStringList> ImportRepository::attributeValues(const QString &name, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT value FROM lead_attributes WHERE name = :name "
                             "ORDER BY value LIMIT :limit"));
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (auto r = sql::run(q, Database::tr("reading the values of attribute '%1'").arg(name)); !r)
        return r.error();
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

Result<QStringList> ImportRepository::mappingNames() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM import_mappings ORDER BY name"));
    if (auto r = sql::run(q, Database::tr("reading the saved import mappings")); !r)
        return r.error();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<QString> ImportRepository::mapping(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT mapping_json FROM import_mappings WHERE name = :name"));
    q.bindValue(QStringLiteral(":name"), name);
    if (auto r = sql::run(q, Database::tr("reading the import mapping '%1'").arg(name)); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(
            Database::tr("There is no saved import mapping named '%1'.").arg(name));
    return q.value(0).toString();
}

Result<void> ImportRepository::saveMapping(
    const QString &name, const QString &json, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO import_mappings (name, mapping_json, saved_at) VALUES "
                             "(:name, :json, :at) ON CONFLICT (name) DO UPDATE SET "
                             "mapping_json = excluded.mapping_json, saved_at = excluded.saved_at"));
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":json"), json);
    q.bindValue(QStringLiteral(":at"), sql::epoch(now));
    return sql::run(q, Database::tr("saving the import mapping '%1'").arg(name));
}

Result<void> ImportRepository::deleteMapping(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM import_mappings WHERE name = :name"));
    q.bindValue(QStringLiteral(":name"), name);
    return sql::run(q, Database::tr("deleting the import mapping '%1'").arg(name));
}

Result<std::optional<qint64>> ImportRepository::findBy(int which, const QStringList &values) const
{
    // A key is never empty here; saying so lets the partial key indexes serve the lookup.
    static const char *const where[5] = {"external_id = :a AND external_id <> ''", "email_key = :a",
        "phone_e164 = :a AND phone_e164 <> ''",
        "last_name_key = :a AND first_name_key = :b AND company_key = :c",
        "last_name_key = :a AND first_name_key = :b AND company_key = :c AND email_key = ''"};
    std::optional<QSqlQuery> &q = m_find[which];
    if (!q) {
        q.emplace(m_db.connection());
        q->setForwardOnly(true);
        q->prepare(QStringLiteral("SELECT id FROM leads WHERE %1 ORDER BY id LIMIT 1")
                       .arg(QLatin1String(where[which])));
    }
    static const QString names[3]
        = {QStringLiteral(":a"), QStringLiteral(":b"), QStringLiteral(":c")};
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(names[i], values[i]);
    if (auto r = sql::run(*q, Database::tr("looking for duplicates")); !r)
        return r.error();
    std::optional<qint64> id;
    if (q->next())
        id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<std::optional<qint64>> ImportRepository::findDuplicate(const DuplicateKeys &k) const
{
    const QStringList candidates[4] = {
        k.externalId.isEmpty() ? QStringList() : QStringList {k.externalId},
        k.emailKey.isEmpty() ? QStringList() : QStringList {k.emailKey},
        k.phoneE164.isEmpty() ? QStringList() : QStringList {k.phoneE164},
        (k.companyKey.isEmpty() || (k.firstNameKey.isEmpty() && k.lastNameKey.isEmpty()))
            ? QStringList()
            : QStringList {k.lastNameKey, k.firstNameKey, k.companyKey},
    };
    for (int i = 0; i < 4; ++i) {
        if (candidates[i].isEmpty())
            continue;
        // Name + company: a lead with another e-mail than the row's is another person.
        const int which = i == 3 && !k.emailKey.isEmpty() ? 4 : i;
        auto found = findBy(which, candidates[i]);
        if (!found || found.value())
            return found;
    }
    return std::optional<qint64>();
}

Result<bool> ImportRepository::anyLead() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT 1 FROM leads LIMIT 1")))
        return sql::errorOf(q, Database::tr("reading the leads"));
    return q.next();
}

Result<qint64> ImportRepository::highestLeadId() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM leads")) || !q.next())
        return sql::errorOf(q, Database::tr("reading the leads"));
    return q.value(0).toLongLong();
}

} // namespace bantam
