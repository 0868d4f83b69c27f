// ImportRepository: the SQL of lead import — import_runs (how far a run got, for resume), custom
// lead attributes, and the duplicate lookups by external id, e-mail, E.164 phone, name + company.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace bantam {

class Database;

struct ImportRun
{
    qint64 id = 0;
    QString filePath;
    qint64 fileSize = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    std::optional<qint64> actorId;
    QString optionsJson;
    qint64 byteOffset = 0;
    qint64 nextLine = 1;
    // new, updated, merged, skipped, rejected, and of the imported rows those with warnings
    std::array<qint64, 6> counts {};
    QString status = QStringLiteral("running"); // running, cancelled, done
    QByteArray prefixSha256; // hex SHA-256 of the file's first byteOffset bytes
    // The sizes of the rejected-rows and warnings files when the last batch committed.
    qint64 rejectsBytes = 0;
    qint64 warningsBytes = 0;
};

// The keys a lead is matched on; empty keys are not compared.
struct DuplicateKeys
{
    QString externalId;
    QString emailKey; // searchKey of the e-mail
    QString phoneE164;
    QString firstNameKey, lastNameKey, companyKey; // all three compared, company non-empty
};

class ImportRepository
{
public:
    explicit ImportRepository(const Database &db)
        : m_db(db)
    { }

    Result<qint64> insertRun(const ImportRun &run) const;
    Result<ImportRun> run(qint64 id) const;
    // Runs that can be resumed (running or cancelled), newest first.
    Result<std::vector<ImportRun>> unfinishedRuns() const;
    // Writes offset, line, counts, status and finish time (callers own the transaction).
    Result<void> saveProgress(const ImportRun &run) const;

    // overwrite false keeps an existing value (merge).
    Result<void> setAttribute(
        qint64 leadId, const QString &name, const QString &value, bool overwrite) const;
    Result<QMap<QString, QString>> attributes(qint64 leadId) const;
    // The attributes of new leads (an import batch; no lead has any yet, each name once per
    // lead). PostgreSQL: one COPY.
    struct NewAttribute
    {
        qint64 leadId = 0;
        QString name, value;
    };
    Result<void> insertAttributes(const std::vector<NewAttribute> &attributes) const;
    // The attributes of several leads at once (a page of an export).
    Result<QHash<qint64, QMap<QString, QString>>> attributes(
        const std::vector<qint64> &leadIds) const;
    // The attribute names in use by any lead, sorted.
    Result<QStringList> attributeNames() const;
    // The distinct values of one attribute, sorted, at most limit of them.
    Result<QStringList> attributeValues(const QString &name, int limit) const;

    // Named column mappings saved by the import wizard (JSON of ImportMapping::toJson()).
    Result<QStringList> mappingNames() const;
    Result<QString> mapping(const QString &name) const; // NotFound if there is none
    Result<void> saveMapping(const QString &name, const QString &json, const QDateTime &now) const;
    Result<void> deleteMapping(const QString &name) const;

    // The first lead matching by external id, then e-mail, then phone, then name + company
    // (by name + company only where the row or the lead has no e-mail: two different e-mails are
    // two people).
    Result<std::optional<qint64>> findDuplicate(const DuplicateKeys &keys) const;
    Result<bool> anyLead() const;
    // The highest lead id (0 without leads): about how many leads there are, read instantly.
    Result<qint64> highestLeadId() const;

private:
    Result<std::optional<qint64>> findBy(int which, const QStringList &values) const;

    const Database &m_db;
    mutable std::optional<QSqlQuery> m_find[5]; // prepared once; hot during an import
    mutable std::optional<QSqlQuery> m_setAttribute[2];
};

} // namespace bantam
