#include "storage/leadrepository.h"

#include "storage/database.h"
#include "storage/pgcopy.h"
#include "storage/routingrepository.h"
#include "storage/searchkey.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace bantam {

namespace {

const QString kColumns = QStringLiteral(
    "l.id, l.first_name, l.last_name, l.email, l.phone, l.company, l.job_title, l.industry, "
    "l.company_size, l.country, l.source, l.campaign, l.stage, l.owner_id, u.name, l.score, "
    "l.fast_track, l.created_at, l.updated_at, l.stage_changed_at, l.accepted_at, l.recontact_on, "
    "l.version, l.mql_at, l.sql_at, l.won_at, ls.band, ls.score_week_ago, l.qualification_stage, "
    "l.external_id, l.phone_e164, l.phone_invalid, lc.chance");
const QString kFrom = QStringLiteral(" FROM leads l LEFT JOIN users u ON u.id = l.owner_id "
                                     "LEFT JOIN lead_scores ls ON ls.lead_id = l.id "
                                     "LEFT JOIN lead_chances lc ON lc.lead_id = l.id ");

Lead readLead(const QSqlQuery &q)
{
    Lead l;
    l.id = q.value(0).toLongLong();
    LeadProfile &p = l.profile;
    p.firstName = q.value(1).toString();
    p.lastName = q.value(2).toString();
    p.email = q.value(3).toString();
    p.phone = q.value(4).toString();
    p.company = q.value(5).toString();
    p.jobTitle = q.value(6).toString();
    p.industry = q.value(7).toString();
    p.companySize = q.value(8).toString();
    p.country = q.value(9).toString();
    p.source = q.value(10).toString();
    p.campaign = q.value(11).toString();
    l.stage = stageFromKey(q.value(12).toString()).value_or(Stage::Lead);
    if (!q.value(13).isNull())
        l.ownerId = q.value(13).toLongLong();
    l.ownerName = q.value(14).toString();
    l.score = q.value(15).toInt();
    l.fastTrack = q.value(16).toInt() != 0;
    l.createdAt = sql::fromEpoch(q.value(17));
    l.updatedAt = sql::fromEpoch(q.value(18));
    l.stageChangedAt = sql::fromEpoch(q.value(19));
    l.acceptedAt = sql::fromEpoch(q.value(20));
    l.recontactOn = QDate::fromString(q.value(21).toString(), Qt::ISODate);
    l.version = q.value(22).toInt();
    l.mqlAt = sql::fromEpoch(q.value(23));
    l.sqlAt = sql::fromEpoch(q.value(24));
    l.wonAt = sql::fromEpoch(q.value(25));
    l.scoreBand = q.value(26).toString();
    if (!q.value(27).isNull())
        l.scoreWeekAgo = q.value(27).toInt();
    l.qualificationStage = q.value(28).toInt();
    l.externalId = q.value(29).toString();
    l.phoneE164 = q.value(30).toString();
    l.phoneInvalid = q.value(31).toInt() != 0;
    if (!q.value(32).isNull())
        l.chance = q.value(32).toInt();
    return l;
}

// A WHERE clause built only from fixed fragments; every value is bound.
struct Where
{
    QStringList parts;
    QList<QPair<QString, QVariant>> binds;

    void add(const QString &part) { parts << part; }
    void bind(const QString &name, const QVariant &v) { binds.append({name, v}); }
    QString sql() const
    {
        return parts.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
    }
    void apply(QSqlQuery &q) const
    {
        for (const auto &[name, v] : binds)
            q.bindValue(name, v);
    }
};

void addPrefix(Where &w, QStringList &alternatives, const QString &column, const QString &prefix,
    const QString &param)
{
    alternatives << QStringLiteral("(%1 >= :%2lo AND %1 < :%2hi)").arg(column, param);
    w.bind(QLatin1Char(':') + param + QLatin1String("lo"), prefix);
    w.bind(QLatin1Char(':') + param + QLatin1String("hi"), prefixUpperBound(prefix));
}

Where whereOf(const LeadFilter &f, bool withStage)
{
    Where w;
    if (withStage && f.stage) {
        w.add(QStringLiteral("l.stage = :stage"));
        w.bind(QStringLiteral(":stage"), stageKey(*f.stage));
    }
    if (f.unassignedOnly) {
        w.add(QStringLiteral("l.owner_id IS NULL"));
    } else if (f.ownerId) {
        w.add(QStringLiteral("l.owner_id = :owner"));
        w.bind(QStringLiteral(":owner"), *f.ownerId);
    }
    if (!f.source.isEmpty()) {
        w.add(QStringLiteral("l.source = :source"));
        w.bind(QStringLiteral(":source"), f.source);
    }
    if (!f.externalId.isEmpty()) {
        // <> '': the partial index holds only leads with an external id.
        w.add(QStringLiteral("l.external_id = :extid AND l.external_id <> ''"));
        w.bind(QStringLiteral(":extid"), f.externalId);
    }
    if (!f.attributeName.isEmpty()) {
        // The matching ids come from idx_lead_attributes_name_value alone.
        if (f.attributeValue.isEmpty()) {
            w.add(QStringLiteral("l.id IN (SELECT a.lead_id FROM lead_attributes a"
                                 " WHERE a.name = :attrname)"));
        } else {
            w.add(QStringLiteral("l.id IN (SELECT a.lead_id FROM lead_attributes a"
                                 " WHERE a.name = :attrname AND a.value = :attrvalue)"));
            w.bind(QStringLiteral(":attrvalue"), f.attributeValue);
        }
        w.bind(QStringLiteral(":attrname"), f.attributeName);
    }
    const QString term = searchKey(f.search).simplified();
    if (!term.isEmpty()) {
        // Prefix ranges on the folded keys, so each alternative is an index range scan.
        QStringList any;
        const QStringList words = term.split(QLatin1Char(' '));
        static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9 ()/.\\-]+$"));
        const QString digits = phoneKey(term);
        if (digits.size() >= 3 && phoneLike.match(term).hasMatch()) {
            // A phone number as people write it: "+49 30 1234", "030/1234".
            addPrefix(w, any, QStringLiteral("l.phone_key"), digits, QStringLiteral("p"));
            // The same number in the other format: "0151 1070" is "+49 151 1070" at home, and
            // "0049 151" is "+49 151".
            const QString &home = f.homeCallingCode;
            QString other;
            if (digits.startsWith(QLatin1String("00")))
                other = digits.mid(2);
            else if (digits.startsWith(QLatin1Char('0')) && !home.isEmpty())
                other = home + digits.mid(1);
            else if (!home.isEmpty() && digits.startsWith(home))
                other = QLatin1Char('0') + digits.mid(home.size());
            if (other.size() >= 3)
                addPrefix(w, any, QStringLiteral("l.phone_key"), other, QStringLiteral("q"));
        } else if (words.size() >= 2 && !term.contains(QLatin1Char('@'))) {
            const QString &a = words.first();
            const QString b = words.mid(1).join(QLatin1Char(' '));
            QStringList ab, ba;
            addPrefix(w, ab, QStringLiteral("l.first_name_key"), a, QStringLiteral("fa"));
            addPrefix(w, ab, QStringLiteral("l.last_name_key"), b, QStringLiteral("lb"));
            addPrefix(w, ba, QStringLiteral("l.last_name_key"), a, QStringLiteral("la"));
            addPrefix(w, ba, QStringLiteral("l.first_name_key"), b, QStringLiteral("fb"));
            any << QLatin1Char('(') + ab.join(QLatin1String(" AND ")) + QLatin1Char(')')
                << QLatin1Char('(') + ba.join(QLatin1String(" AND ")) + QLatin1Char(')');
            addPrefix(w, any, QStringLiteral("l.company_key"), term, QStringLiteral("c"));
        } else {
            addPrefix(w, any, QStringLiteral("l.last_name_key"), term, QStringLiteral("l"));
            addPrefix(w, any, QStringLiteral("l.first_name_key"), term, QStringLiteral("f"));
            addPrefix(w, any, QStringLiteral("l.email_key"), term, QStringLiteral("e"));
            addPrefix(w, any, QStringLiteral("l.company_key"), term, QStringLiteral("c"));
        }
        w.add(QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    return w;
}

// ORDER BY for a sort. The id breaks ties so that pages never overlap or skip rows.
// avoidSortIndex wraps the sort key in a no-op (|| '' or + 0, valid in SQLite and PostgreSQL)
// so the planner drives a selective search through the search indexes and sorts the few
// matches, instead of walking the whole sort index looking for them.
QString orderBy(const LeadSort &s, bool avoidSortIndex)
{
    const QString dir = s.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    auto key = [&](const char *column, bool text) {
        QString c = QLatin1String(column);
        if (!avoidSortIndex)
            return c;
        return text ? c + QStringLiteral(" || ''") : c + QStringLiteral(" + 0");
    };
    QString expr;
    switch (s.column) {
    case LeadColumn::Id:
        return QStringLiteral(" ORDER BY %1 %2").arg(key("l.id", false), dir);
    case LeadColumn::Name:
        expr = key("l.last_name_key", true) + QLatin1Char(' ') + dir
            + QStringLiteral(", l.first_name_key");
        break;
    case LeadColumn::Company:
        expr = key("l.company_key", true);
        break;
    case LeadColumn::Email:
        expr = key("l.email_key", true);
        break;
    case LeadColumn::Phone:
        expr = key("l.phone_key", true);
        break;
    case LeadColumn::Stage:
        expr = key("l.stage_rank", false);
        break;
    case LeadColumn::Owner:
        // Unassigned leads first when ascending on both engines (SQLite sorts NULL first,
        // PostgreSQL last).
        expr = QStringLiteral("COALESCE(u.name, '')");
        break;
    case LeadColumn::Source:
        expr = key("l.source", true);
        break;
    case LeadColumn::Score:
        expr = key("l.score", false);
        break;
    case LeadColumn::Created:
        expr = key("l.created_at", false);
        break;
    case LeadColumn::Updated:
        expr = key("l.updated_at", false);
        break;
    case LeadColumn::Qualification:
        expr = key("l.qualification_stage", false);
        break;
    case LeadColumn::Chance: // no index: the learned chance is advisory, sorted on demand
        expr = QStringLiteral("COALESCE(lc.chance, -1)");
        break;
    }
    return QStringLiteral(" ORDER BY %1 %2, l.id %2").arg(expr, dir);
}

void bindProfile(QSqlQuery &q, const LeadProfile &p)
{
    q.bindValue(QStringLiteral(":first"), sql::text(p.firstName));
    q.bindValue(QStringLiteral(":last"), sql::text(p.lastName));
    q.bindValue(QStringLiteral(":email"), sql::text(p.email));
    q.bindValue(QStringLiteral(":phone"), sql::text(p.phone));
    q.bindValue(QStringLiteral(":company"), sql::text(p.company));
    q.bindValue(QStringLiteral(":title"), sql::text(p.jobTitle));
    q.bindValue(QStringLiteral(":industry"), sql::text(p.industry));
    q.bindValue(QStringLiteral(":size"), sql::text(p.companySize));
    q.bindValue(QStringLiteral(":country"), sql::text(p.country));
    q.bindValue(QStringLiteral(":source"), sql::text(p.source));
    q.bindValue(QStringLiteral(":campaign"), sql::text(p.campaign));
    q.bindValue(QStringLiteral(":kfirst"), sql::text(searchKey(p.firstName)));
    q.bindValue(QStringLiteral(":klast"), sql::text(searchKey(p.lastName)));
    q.bindValue(QStringLiteral(":kemail"), sql::text(searchKey(p.email)));
    q.bindValue(QStringLiteral(":kcompany"), sql::text(searchKey(p.company)));
    q.bindValue(QStringLiteral(":kphone"), sql::text(phoneKey(p.phone)));
}

void bindMilestones(QSqlQuery &q, const Lead &lead)
{
    q.bindValue(QStringLiteral(":mqlat"), sql::epoch(lead.mqlAt));
    q.bindValue(QStringLiteral(":sqlat"), sql::epoch(lead.sqlAt));
    q.bindValue(QStringLiteral(":wonat"), sql::epoch(lead.wonAt));
}

const QString kProfileAssignments = QStringLiteral(
    "first_name = :first, last_name = :last, email = :email, phone = :phone, company = :company, "
    "job_title = :title, industry = :industry, company_size = :size, country = :country, "
    "source = :source, campaign = :campaign, first_name_key = :kfirst, last_name_key = :klast, "
    "email_key = :kemail, company_key = :kcompany, phone_key = :kphone");

} // namespace

Result<Lead> LeadRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("WHERE l.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto r = sql::run(q, Database::tr("reading lead %1").arg(id)); !r)
        return r.error();
    if (!q.next())
        return Error::notFound(Database::tr("There is no lead with the id %1.").arg(id));
    return readLead(q);
}

Result<std::vector<Lead>> LeadRepository::byIds(const std::vector<qint64> &ids) const
{
    constexpr size_t chunk = 500; // bound parameters per statement, well inside both engines
    std::vector<Lead> leads;
    leads.reserve(ids.size());
    for (size_t from = 0; from < ids.size(); from += chunk) {
        const size_t n = std::min(chunk, ids.size() - from);
        QStringList marks;
        for (size_t i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("WHERE l.id IN (")
            + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        for (size_t i = 0; i < n; ++i)
            q.addBindValue(ids[from + i]);
        if (auto r = sql::run(q, Database::tr("reading %n lead(s)", nullptr, int(n))); !r)
            return r.error();
        while (q.next())
            leads.push_back(readLead(q));
    }
    return leads;
}

Result<std::vector<Lead>> LeadRepository::withPhone(
    const QString &e164, const QStringList &digitForms, int limit) const
{
    QStringList keys;
    for (int i = 0; i < digitForms.size(); ++i)
        keys << QStringLiteral(":k%1").arg(i);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom
        + QStringLiteral("WHERE (l.phone_e164 = :e164 AND l.phone_e164 <> '')")
        + (keys.isEmpty()
                ? QString()
                : QStringLiteral(" OR l.phone_key IN (%1)").arg(keys.join(QLatin1String(", "))))
        + QStringLiteral(" ORDER BY l.id DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":e164"), e164);
    for (int i = 0; i < digitForms.size(); ++i)
        q.bindValue(keys[i], digitForms[i]);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (auto r = sql::run(q, Database::tr("finding the leads with the number %1").arg(e164)); !r)
        return r.error();
    std::vector<Lead> out;
    while (q.next())
        out.push_back(readLead(q));
    return out;
}

Result<std::vector<Lead>> LeadRepository::recontactDue(const QDate &day, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // ISO dates compare as text on both engines.
    q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom
        + QStringLiteral("WHERE l.recontact_on IS NOT NULL AND l.recontact_on <= :day AND "
                         "l.stage = :stage ORDER BY l.recontact_on, l.id LIMIT :limit"));
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":stage"), stageKey(Stage::Lead));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (auto r = sql::run(q, Database::tr("finding the leads due for re-contact")); !r)
        return r.error();
    std::vector<Lead> out;
    while (q.next())
        out.push_back(readLead(q));
    return out;
}

Result<std::optional<qint64>> LeadRepository::idByEmail(const QString &email) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MIN(id) FROM leads WHERE email_key = :key"));
    q.bindValue(QStringLiteral(":key"), searchKey(email.trimmed()));
    if (auto r = sql::run(q, Database::tr("finding the lead with the e-mail %1").arg(email)); !r)
        return r.error();
    if (!q.next() || q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<std::vector<Lead>> LeadRepository::page(const LeadFilter &filter, const LeadSort &sort,
    qint64 offset, int limit, qint64 matchingRows) const
{
    const Where w = whereOf(filter, true);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Find the page's ids on the indexes alone, then read just those rows: an OFFSET deep
    // into the list then skips index entries, not whole rows.
    // A search matching few leads is faster driven by the search indexes (and its matches
    // sorted); one matching many ("m") finds a page sooner walking the sort index.
    constexpr qint64 sortMatchesUpTo = 50000;
    const bool searching = !filter.search.trimmed().isEmpty()
        && (matchingRows < 0 || matchingRows <= sortMatchesUpTo);
    const QString ownerJoin = sort.column == LeadColumn::Owner
        ? QStringLiteral(" LEFT JOIN users u ON u.id = l.owner_id")
        : QString();
    const QString chanceJoin = sort.column == LeadColumn::Chance
        ? QStringLiteral(" LEFT JOIN lead_chances lc ON lc.lead_id = l.id")
        : QString();
    const QString ids = QStringLiteral("SELECT l.id FROM leads l") + ownerJoin + chanceJoin
        + w.sql() + orderBy(sort, searching) + QStringLiteral(" LIMIT :limit OFFSET :offset");
    q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral("WHERE l.id IN (") + ids
        + QLatin1Char(')') + orderBy(sort, false));
    w.apply(q);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (auto r = sql::run(q, Database::tr("reading the lead list")); !r)
        return r.error();
    std::vector<Lead> leads;
    leads.reserve(limit);
    while (q.next())
        leads.push_back(readLead(q));
    return leads;
}

Result<qint64> LeadRepository::count(const LeadFilter &filter) const
{
    const Where w = whereOf(filter, true);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM leads l") + w.sql());
    w.apply(q);
    if (auto r = sql::run(q, Database::tr("counting leads")); !r)
        return r.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<bool> LeadRepository::isEmpty() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM leads LIMIT 1"));
    if (auto r = sql::run(q, Database::tr("counting leads")); !r)
        return r.error();
    return !q.next();
}

Result<qint64> LeadRepository::countEnteredMql(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM leads WHERE mql_at >= :from AND mql_at < :to"));
    q.bindValue(QStringLiteral(":from"), sql::epoch(from));
    q.bindValue(QStringLiteral(":to"), sql::epoch(to));
    if (auto r = sql::run(q, Database::tr("counting the MQLs")); !r)
        return r.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<StageCounts> LeadRepository::countByStage(const LeadFilter &filter) const
{
    const Where w = whereOf(filter, false);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT l.stage, count(*) FROM leads l") + w.sql()
        + QStringLiteral(" GROUP BY l.stage"));
    w.apply(q);
    if (auto r = sql::run(q, Database::tr("counting leads per stage")); !r)
        return r.error();
    StageCounts counts {};
    while (q.next()) {
        if (auto s = stageFromKey(q.value(0).toString()))
            counts[size_t(*s)] = q.value(1).toLongLong();
    }
    return counts;
}

Result<QStringList> LeadRepository::distinctValues(Distinct field) const
{
    // Column names from a fixed list, never from input.
    const QString column = field == Distinct::Source ? QStringLiteral("source")
        : field == Distinct::Campaign                ? QStringLiteral("campaign")
                                                     : QStringLiteral("country");
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT DISTINCT %1 FROM leads WHERE %1 <> '' ORDER BY %1").arg(column));
    if (auto r = sql::run(q, Database::tr("reading the values of %1").arg(column)); !r)
        return r.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

namespace {

// The columns a new lead is written with, and its values in that order.
const QStringList kInsertColumns = {QStringLiteral("first_name"), QStringLiteral("last_name"),
    QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("company"),
    QStringLiteral("job_title"), QStringLiteral("industry"), QStringLiteral("company_size"),
    QStringLiteral("country"), QStringLiteral("source"), QStringLiteral("campaign"),
    QStringLiteral("first_name_key"), QStringLiteral("last_name_key"), QStringLiteral("email_key"),
    QStringLiteral("company_key"), QStringLiteral("phone_key"), QStringLiteral("stage"),
    QStringLiteral("stage_rank"), QStringLiteral("owner_id"), QStringLiteral("score"),
    QStringLiteral("fast_track"), QStringLiteral("accepted_at"), QStringLiteral("recontact_on"),
    QStringLiteral("stage_changed_at"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
    QStringLiteral("version"), QStringLiteral("mql_at"), QStringLiteral("sql_at"),
    QStringLiteral("won_at"), QStringLiteral("external_id"), QStringLiteral("phone_e164"),
    QStringLiteral("phone_invalid"), QStringLiteral("historical"),
    QStringLiteral("unassigned_reason"), QStringLiteral("unassigned_rule_id")};

QVariantList insertValues(const Lead &lead)
{
    const LeadProfile &p = lead.profile;
    return {sql::text(p.firstName), sql::text(p.lastName), sql::text(p.email), sql::text(p.phone),
        sql::text(p.company), sql::text(p.jobTitle), sql::text(p.industry),
        sql::text(p.companySize), sql::text(p.country), sql::text(p.source), sql::text(p.campaign),
        sql::text(searchKey(p.firstName)), sql::text(searchKey(p.lastName)),
        sql::text(searchKey(p.email)), sql::text(searchKey(p.company)),
        sql::text(phoneKey(p.phone)), stageKey(lead.stage), stageRank(lead.stage),
        lead.ownerId ? QVariant(*lead.ownerId) : QVariant(), lead.score, lead.fastTrack ? 1 : 0,
        sql::epoch(lead.acceptedAt),
        lead.recontactOn.isValid() ? QVariant(lead.recontactOn.toString(Qt::ISODate)) : QVariant(),
        sql::epoch(lead.stageChangedAt), sql::epoch(lead.createdAt), sql::epoch(lead.updatedAt),
        lead.version, sql::epoch(lead.mqlAt), sql::epoch(lead.sqlAt), sql::epoch(lead.wonAt),
        sql::text(lead.externalId), sql::text(lead.phoneE164), lead.phoneInvalid ? 1 : 0,
        lead.historical ? 1 : 0,
        sql::text(lead.routingOwed ? RoutingRepository::routingOwed() : lead.unassignedReason),
        lead.unassignedRuleId ? QVariant(*lead.unassignedRuleId) : QVariant()};
}

} // namespace

Result<qint64> LeadRepository::insert(const Lead &lead) const
{
    if (!m_insert) {
        m_insert.emplace(m_db.connection());
        m_insert->prepare(QStringLiteral("INSERT INTO leads (%1) VALUES (%2)")
                              .arg(kInsertColumns.join(QLatin1String(", ")),
                                  sql::placeholders(size_t(kInsertColumns.size()), 1))
            + sql::returningId(m_db));
    }
    QSqlQuery &q = *m_insert;
    const QVariantList values = insertValues(lead);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    return sql::insertReturningId(q, Database::tr("saving a lead"));
}

Result<std::vector<qint64>> LeadRepository::insertMany(const std::vector<Lead> &leads) const
{
    std::vector<qint64> ids;
    ids.reserve(leads.size());
    if (leads.empty())
        return ids;
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        // SQLite runs in-process: one statement prepared once, run per row through the C API
        // (the Qt driver's per-value conversions cost more than the insert).
        if (!m_bulkInsert) {
            const QByteArray sql = QStringLiteral("INSERT INTO leads (%1) VALUES (%2)")
                                       .arg(kInsertColumns.join(QLatin1String(", ")),
                                           sql::placeholders(size_t(kInsertColumns.size()), 1))
                                       .toUtf8();
            m_bulkInsert = std::make_shared<SqliteStatement>(
                m_db.connection(), sql.constData(), Database::tr("saving leads"));
        }
        SqliteStatement &q = *m_bulkInsert;
        if (!q.ok())
            return q.error();
        for (const Lead &lead : leads) {
            if (auto w = q.runRow(insertValues(lead)); !w)
                return w.error();
            ids.push_back(q.lastInsertRowId());
        }
        return ids;
    }
    // PostgreSQL: the ids from the table's sequence in one statement, then one COPY.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT nextval(pg_get_serial_sequence('leads', 'id')) FROM "
                             "generate_series(1, CAST(:n AS INTEGER))"));
    q.bindValue(QStringLiteral(":n"), qint64(leads.size()));
    if (auto r = sql::run(q, Database::tr("numbering new leads")); !r)
        return r.error();
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    q.finish();
    if (ids.size() != leads.size())
        return Error::storage(Database::tr("Database error while numbering new leads: %1 ids for "
                                           "%2 leads")
                                  .arg(ids.size())
                                  .arg(leads.size()));
    PgCopy copy(m_db, QStringLiteral("leads"), QStringList {QStringLiteral("id")} + kInsertColumns,
        Database::tr("saving leads"));
    for (size_t i = 0; i < leads.size() && copy.ok(); ++i)
        copy.addRow(QVariantList {ids[i]} + insertValues(leads[i]));
    if (auto r = copy.finish(); !r)
        return r.error();
    return ids;
}

namespace {
Result<void> requireOneRow(const QSqlQuery &q, qint64 id, int expectedVersion)
{
    if (q.numRowsAffected() == 1)
        return {};
    return Error::conflict(Database::tr("Lead %1 was changed by someone else in the meantime "
                                        "(expected version %2). Reload it and try again.")
                               .arg(id)
                               .arg(expectedVersion));
}
} // namespace

Result<void> LeadRepository::updateProfile(
    qint64 id, const LeadProfile &profile, int expectedVersion, const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    // An edited phone is no longer the one an import marked as not valid.
    q.prepare(QStringLiteral("UPDATE leads SET ") + kProfileAssignments
        + QStringLiteral(", phone_invalid = CASE WHEN phone = :oldphone THEN phone_invalid "
                         "ELSE 0 END, updated_at = :now, version = version + 1 "
                         "WHERE id = :id AND version = :version"));
    bindProfile(q, profile);
    q.bindValue(QStringLiteral(":oldphone"), sql::text(profile.phone));
    q.bindValue(QStringLiteral(":now"), sql::epoch(now));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    if (auto r = sql::run(q, Database::tr("saving lead %1").arg(id)); !r)
        return r;
    return requireOneRow(q, id, expectedVersion);
}

Result<void> LeadRepository::writeImportKeys(qint64 id, const QString &externalId,
    const QString &phoneE164, bool keepExisting, std::optional<bool> phoneInvalid) const
{
    // An empty key never clears one; keepExisting (merge) only fills keys that are empty.
    const QString assign = keepExisting ? QStringLiteral("CASE WHEN %1 = '' THEN :%2 ELSE %1 END")
                                        : QStringLiteral("COALESCE(NULLIF(:%2, ''), %1)");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE leads SET external_id = %1, phone_e164 = %2%3 WHERE id = :id")
                  .arg(assign.arg(QStringLiteral("external_id"), QStringLiteral("extid")),
                      assign.arg(QStringLiteral("phone_e164"), QStringLiteral("e164")),
                      phoneInvalid ? QStringLiteral(", phone_invalid = :invalid") : QString()));
    if (phoneInvalid)
        q.bindValue(QStringLiteral(":invalid"), *phoneInvalid ? 1 : 0);
    q.bindValue(QStringLiteral(":extid"), sql::text(externalId));
    q.bindValue(QStringLiteral(":e164"), sql::text(phoneE164));
    q.bindValue(QStringLiteral(":id"), id);
    return sql::run(q, Database::tr("saving the import keys of lead %1").arg(id));
}

Result<void> LeadRepository::writeStage(const Lead &lead, int expectedVersion) const
{
    if (!m_writeStage) {
        m_writeStage.emplace(m_db.connection());
        m_writeStage->prepare(QStringLiteral(
            "UPDATE leads SET stage = :stage, stage_rank = :rank, stage_changed_at = :changed, "
            "accepted_at = :accepted, recontact_on = :recontact, updated_at = :updated, "
            "mql_at = :mqlat, sql_at = :sqlat, won_at = :wonat, "
            "version = version + 1 WHERE id = :id AND version = :version"));
    }
    QSqlQuery &q = *m_writeStage;
    q.bindValue(QStringLiteral(":stage"), stageKey(lead.stage));
    q.bindValue(QStringLiteral(":rank"), stageRank(lead.stage));
    q.bindValue(QStringLiteral(":changed"), sql::epoch(lead.stageChangedAt));
    q.bindValue(QStringLiteral(":accepted"), sql::epoch(lead.acceptedAt));
    q.bindValue(QStringLiteral(":recontact"),
        lead.recontactOn.isValid() ? QVariant(lead.recontactOn.toString(Qt::ISODate)) : QVariant());
    q.bindValue(QStringLiteral(":updated"), sql::epoch(lead.updatedAt));
    bindMilestones(q, lead);
    q.bindValue(QStringLiteral(":id"), lead.id);
    q.bindValue(QStringLiteral(":version"), expectedVersion);
    if (auto r = sql::run(q, Database::tr("changing the stage of lead %1").arg(lead.id)); !r)
        return r;
    if (auto r = requireOneRow(q, lead.id, expectedVersion); !r)
        return r;
    // The workload report reads the milestones from the lead's assignments (migration 22); only
    // a change of them writes there.
    if (!m_writeMilestones) {
        m_writeMilestones.emplace(m_db.connection());
        m_writeMilestones->prepare(QStringLiteral(
            "UPDATE assignments SET lead_sql_at = :sqlat, lead_won_at = :wonat WHERE lead_id = :id "
            "AND (lead_sql_at IS DISTINCT FROM :sqlat2 OR lead_won_at IS DISTINCT FROM :wonat2)"));
    }
    QSqlQuery &a = *m_writeMilestones;
    a.bindValue(QStringLiteral(":sqlat"), sql::epoch(lead.sqlAt));
    a.bindValue(QStringLiteral(":wonat"), sql::epoch(lead.wonAt));
    a.bindValue(QStringLiteral(":sqlat2"), sql::epoch(lead.sqlAt));
    a.bindValue(QStringLiteral(":wonat2"), sql::epoch(lead.wonAt));
    a.bindValue(QStringLiteral(":id"), lead.id);
    return sql::run(a, Database::tr("changing the stage of lead %1").arg(lead.id));
}

Result<void> LeadRepository::writeQualificationStage(qint64 id, int stage) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE leads SET qualification_stage = :stage WHERE id = :id"));
    q.bindValue(QStringLiteral(":stage"), stage);
    q.bindValue(QStringLiteral(":id"), id);
    return sql::run(q, Database::tr("saving the qualification stage of lead %1").arg(id));
}

} // namespace bantam
