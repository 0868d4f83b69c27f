// ImportRepository: the SQL of lead import — import_runs (how far a run got, for resume), custom
// lead attributes, and the duplicate lookups by external id, e-mail, E.164 phone, name + company.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QMap>
#include <QSqlQuery>

#include <array>
#include <optional>

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
    std::array<qint64, 5> counts {}; // new, updated, merged, skipped, rejected
    QString status = QStringLiteral("running"); // running, cancelled, done
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
    // Writes offset, line, counts, status and finish time (callers own the transaction).
    Result<void> saveProgress(const ImportRun &run) const;

    // overwrite false keeps an existing value (merge).
    Result<void> setAttribute(
        qint64 leadId, const QString &name, const QString &value, bool overwrite) const;
    Result<QMap<QString, QString>> attributes(qint64 leadId) const;

    // The first lead matching by external id, then e-mail, then phone, then name + company.
    Result<std::optional<qint64>> findDuplicate(const DuplicateKeys &keys) const;
    Result<bool> anyLead() const;

private:
    Result<std::optional<qint64>> findBy(int which, const QStringList &values) const;

    const Database &m_db;
    mutable std::optional<QSqlQuery> m_find[4]; // prepared once; hot during an import
    mutable std::optional<QSqlQuery> m_setAttribute[2];
};

} // namespace bantam
