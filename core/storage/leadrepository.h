// LeadRepository: all SQL on the leads table — the paged, sorted and filtered list, counts per
// stage, single leads, and the writes the lead and pipeline services perform.
#pragma once

#include "domain/lead.h"
#include "result.h"

#include <QSqlQuery>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace bantam {

class SqliteStatement;

class Database;

struct LeadFilter
{
    std::optional<Stage> stage;
    std::optional<qint64> ownerId; // a user's id
    bool unassignedOnly = false; // only leads without an owner (ownerId is ignored)
    QString source; // exact source; empty = any
    QString search; // prefix of name, company, e-mail or phone; empty = none
    // A custom attribute (an imported column kept on the lead): leads that have it, with exactly
    // this value unless attributeValue is empty. Names are compared exactly.
    QString attributeName;
    QString attributeValue;
    QString externalId; // the lead's id in the system it was imported from (exactly)
    // The home region's country calling code (Germany: 49): a phone number searched in national
    // format ("0151 1070") also finds it stored in international format ("+49 151 1070…"), and
    // the other way round.
    QString homeCallingCode = QStringLiteral("49");

    bool operator==(const LeadFilter &) const = default;
};

enum class LeadColumn {
    Id,
    Name,
    Company,
    Email,
    Phone,
    Stage,
    Owner,
    Source,
    Score,
    Created,
    Updated,
    Qualification,
    Chance
};

struct LeadSort
{
    LeadColumn column = LeadColumn::Updated;
    bool descending = true;
    bool operator==(const LeadSort &) const = default;
};

using StageCounts = std::array<qint64, 6>; // indexed by Stage

class LeadRepository
{
public:
    explicit LeadRepository(const Database &db)
        : m_db(db)
    { }

    Result<Lead> byId(qint64 id) const;
    // Many leads by id (those that exist), e.g. to name the leads of a routing preview.
    Result<std::vector<Lead>> byIds(const std::vector<qint64> &ids) const;
    // The leads whose phone is this number: stored as E.164, or with these digits (the number's
    // international and national digits), newest first, at most limit.
    Result<std::vector<Lead>> withPhone(
        const QString &e164, const QStringList &digitForms, int limit) const;
    // Recycled leads whose re-contact date has come (recontact_on <= day, still in stage Lead),
    // earliest date first, at most limit.
    Result<std::vector<Lead>> recontactDue(const QDate &day, int limit) const;
    // The oldest lead with this e-mail (compared case- and accent-insensitively); none if none.
    Result<std::optional<qint64>> idByEmail(const QString &email) const;
    // matchingRows: how many rows the filter matches, if the caller knows (it has counted);
    // it lets the query pick between walking the sort index and sorting the matches.
    Result<std::vector<Lead>> page(const LeadFilter &filter, const LeadSort &sort, qint64 offset,
        int limit, qint64 matchingRows = -1) const;
    Result<qint64> count(const LeadFilter &filter) const;
    // Whether there is any lead at all: one row read, not a count of a million.
    Result<bool> isEmpty() const;
    // Leads that first entered MQL in [from, to).
    Result<qint64> countEnteredMql(const QDateTime &from, const QDateTime &to) const;
    // Counts per stage for the filter, ignoring its stage.
    Result<StageCounts> countByStage(const LeadFilter &filter) const;
    enum class Distinct { Source, Campaign, Country };
    // The values in use for a filter field, sorted, without the empty value.
    Result<QStringList> distinctValues(Distinct field) const;
    Result<QStringList> sources() const { return distinctValues(Distinct::Source); }

    // Writes. Callers own the transaction; only the services call these.
    Result<qint64> insert(const Lead &lead) const;
    // New leads in bulk (an import batch); their ids in the same order. PostgreSQL: one COPY.
    Result<std::vector<qint64>> insertMany(const std::vector<Lead> &leads) const;
    // Fails with a Conflict when the lead's version is no longer expectedVersion.
    Result<void> updateProfile(
        qint64 id, const LeadProfile &profile, int expectedVersion, const QDateTime &now) const;
    // The import's duplicate keys (Lead::externalId, Lead::phoneE164) of an existing lead. Empty
    // values leave a key as it is; keepExisting only fills empty keys (merge).
    // phoneInvalid, when set, marks the phone as kept although not valid (or clears the mark).
    Result<void> writeImportKeys(qint64 id, const QString &externalId, const QString &phoneE164,
        bool keepExisting, std::optional<bool> phoneInvalid = std::nullopt) const;
    // Only PipelineService calls this: the one place the stage column is written.
    Result<void> writeStage(const Lead &lead, int expectedVersion) const;
    // Only QualificationService calls this: the derived qualification stage 1-5. It is not an
    // edit of the lead, so neither its version nor its last activity changes.
    Result<void> writeQualificationStage(qint64 id, int stage) const;

private:
    const Database &m_db;
    mutable std::optional<QSqlQuery> m_insert; // prepared once; bulk writers reuse the repository
    mutable std::optional<QSqlQuery> m_writeStage, m_writeMilestones; // as m_insert
    mutable std::shared_ptr<SqliteStatement> m_bulkInsert; // insertMany() on SQLite
};

} // namespace bantam
