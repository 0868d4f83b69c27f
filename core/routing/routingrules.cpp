#include "routing/routingrules.h"

#include "clock.h"
#include "domain/named.h"
#include "domain/storedtext.h"
#include "jsonreader.h"
#include "people/permissions.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/routingrepository.h"
#include "storage/userrepository.h"

#include <QJsonDocument>

namespace bantam {

namespace {
const QString kEntity = QStringLiteral("routing_rule");

QString json(const RoutingRule &r)
{
    return QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
}
} // namespace

RoutingRules::RoutingRules(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<std::vector<RoutingRule>> RoutingRules::list() const
{
    return RoutingRepository(m_db).rules();
}

Result<void> RoutingRules::validate(const RoutingRule &r) const
{
    if (r.name.trimmed().isEmpty())
        return Error::invalid(tr("A routing rule needs a name."), QStringLiteral("name"));
    if (r.targetUserId.has_value() == r.targetTeamId.has_value())
        return Error::invalid(
            tr("Rule '%1' needs exactly one target: a rep or a team.").arg(r.name),
            QStringLiteral("target"));
    UserRepository people(m_db);
    if (r.targetUserId) {
        auto u = people.byId(*r.targetUserId);
        if (!u)
            return Error::invalid(u.error().message, QStringLiteral("target"));
        if (!u->isSales())
            return Error::invalid(
                tr("Rule '%1': %2 is not in sales and cannot take leads.").arg(r.name, u->name),
                QStringLiteral("target"));
    }
    // A referenced team or territory must exist.
    auto exists = [](const auto &items, qint64 id) {
        return std::any_of(items.begin(), items.end(), [id](const auto &x) { return x.id == id; });
    };
    if (r.targetTeamId) {
        auto teams = people.teams();
        if (!teams)
            return teams.error();
        if (!exists(teams.value(), *r.targetTeamId))
            return Error::invalid(
                tr("Rule '%1': there is no team %2.").arg(r.name).arg(*r.targetTeamId),
                QStringLiteral("target"));
    }
    if (r.territoryId) {
        auto territories = people.territories();
        if (!territories)
            return territories.error();
        if (!exists(territories.value(), *r.territoryId))
            return Error::invalid(
                tr("Rule '%1': there is no territory %2.").arg(r.name).arg(*r.territoryId),
                QStringLiteral("territory"));
    }
    return {};
}

Result<RoutingRule> RoutingRules::add(const User &actor, RoutingRule rule) const
{
    if (auto p = permissions::mayManageRouting(actor); !p)
        return p.error();
    rule.name = rule.name.trimmed();
    if (auto v = validate(rule); !v)
        return v.error();
    RoutingRepository repo(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (rule.position <= 0) {
        auto all = repo.rules();
        if (!all)
            return all.error();
        rule.position = all->empty() ? 1 : all->back().position + 1;
    }
    const QDateTime now = m_clock.now();
    auto id = repo.insertRule(rule, now);
    if (!id)
        return id.error();
    rule.id = id.value();
    if (auto a = AuditLog(m_db).recordChange(
            actor.id, now, kEntity, rule.id, QStringLiteral("definition"), QString(), json(rule));
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return rule;
}

Result<RoutingRule> RoutingRules::update(const User &actor, const RoutingRule &in) const
{
    if (auto p = permissions::mayManageRouting(actor); !p)
        return p.error();
    RoutingRule rule = in;
    rule.name = rule.name.trimmed();
    if (auto v = validate(rule); !v)
        return v.error();
    RoutingRepository repo(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto old = repo.rule(rule.id);
    if (!old)
        return old.error();
    const QDateTime now = m_clock.now();
    if (auto w = repo.updateRule(rule, now); !w)
        return w.error();
    if (auto a = AuditLog(m_db).recordChange(actor.id, now, kEntity, rule.id,
            QStringLiteral("definition"), json(old.value()), json(rule));
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return rule;
}

Result<void> RoutingRules::remove(const User &actor, qint64 ruleId) const
{
    if (auto p = permissions::mayManageRouting(actor); !p)
        return p;
    RoutingRepository repo(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto old = repo.rule(ruleId);
    if (!old)
        return old.error();
    if (auto w = repo.deleteRule(ruleId); !w)
        return w;
    if (auto a = AuditLog(m_db).recordChange(actor.id, m_clock.now(), kEntity, ruleId,
            QStringLiteral("definition"), json(old.value()), QString());
        !a)
        return a;
    return tx.commit();
}

Result<void> RoutingRules::move(const User &actor, qint64 ruleId, int delta) const
{
    if (auto p = permissions::mayManageRouting(actor); !p)
        return p;
    RoutingRepository repo(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto all = repo.rules();
    if (!all)
        return all.error();
    std::vector<RoutingRule> &rules = all.value();
    const auto it = std::find_if(
        rules.begin(), rules.end(), [ruleId](const RoutingRule &r) { return r.id == ruleId; });
    if (it == rules.end())
        return Error::notFound(tr("There is no routing rule %1.").arg(ruleId));
    const qsizetype from = it - rules.begin();
    const qsizetype to = from + (delta < 0 ? -1 : 1);
    if (to < 0 || to >= qsizetype(rules.size()))
        return {}; // already first or last
    std::swap(rules[size_t(from)], rules[size_t(to)]);
    const QDateTime now = m_clock.now();
    const AuditLog audit(m_db);
    // Renumber 1..n, so equal or sparse positions from imports become a clean order.
    for (size_t i = 0; i < rules.size(); ++i) {
        const int position = int(i) + 1;
        if (rules[i].position == position)
            continue;
        if (auto a
            = audit.recordChange(actor.id, now, kEntity, rules[i].id, QStringLiteral("position"),
                QString::number(rules[i].position), QString::number(position));
            !a)
            return a;
        rules[i].position = position;
        if (auto w = repo.updateRule(rules[i], now); !w)
            return w;
    }
    return tx.commit();
}

Result<QJsonArray> RoutingRules::exportJson() const
{
    auto rules = list();
    if (!rules)
        return rules.error();
    UserRepository people(m_db);
    auto users = people.all();
    auto teams = people.teams();
    auto territories = people.territories();
    if (!users || !teams || !territories)
        return Error::storage(tr("Cannot read users, teams or territories for the export."));
    QJsonArray out;
    for (const RoutingRule &r : rules.value()) {
        QJsonObject o = r.toJson();
        for (const char *k : {"id", "targetUserId", "targetTeamId", "territoryId", "position"})
            o.remove(QLatin1String(k));
        for (const User &u : users.value()) {
            if (r.targetUserId == u.id)
                o.insert(QStringLiteral("targetUser"), u.login);
        }
        for (const Team &t : teams.value()) {
            if (r.targetTeamId == t.id)
                o.insert(QStringLiteral("targetTeam"), t.name);
        }
        for (const Territory &t : territories.value()) {
            if (r.territoryId == t.id)
                o.insert(QStringLiteral("territory"), t.name);
        }
        out.append(o);
    }
    return out;
}

namespace {

// Replaces the stored rules with these (their ids set), each change in the audit log, in one
// transaction.
Result<void> replaceRules(
    const Database &db, const User &actor, const QDateTime &now, std::vector<RoutingRule> &rules)
{
    RoutingRepository repo(db);
    const AuditLog audit(db);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto old = repo.rules();
    if (!old)
        return old.error();
    for (const RoutingRule &r : old.value()) {
        if (auto w = repo.deleteRule(r.id); !w)
            return w.error();
        if (auto a = audit.recordChange(actor.id, now, kEntity, r.id, QStringLiteral("definition"),
                json(r), QString(), storedtext::encode("rules_import"));
            !a)
            return a.error();
    }
    for (RoutingRule &r : rules) {
        auto id = repo.insertRule(r, now);
        if (!id)
            return id.error();
        r.id = id.value();
        if (auto a = audit.recordChange(actor.id, now, kEntity, r.id, QStringLiteral("definition"),
                QString(), json(r), storedtext::encode("rules_import"));
            !a)
            return a.error();
    }
    return tx.commit();
}

// A rule of an imported file checked key by key before it is read: a typo must not become a
// rule that matches every lead (an unknown key, a text where a list belongs, an unknown method or
// score band). Problems name the rule by its path, rules[i].key.
Result<void> checkImportedRule(const QJsonArray &array, qsizetype i)
{
    JsonReader r;
    const QString path = JsonReader::at(QStringLiteral("rules"), i);
    const QJsonObject o = r.objectAt(array, i, QStringLiteral("rules"));
    r.onlyKeys(o, path,
        {"name", "active", "countries", "languages", "sources", "scoreBands", "companySizes",
            "industries", "method", "hotToSenior", "fastTrack", "targetUser", "targetTeam",
            "territory"});
    const auto at = [&path](const char *key) { return JsonReader::at(path, QLatin1String(key)); };
    r.text(o, QStringLiteral("name"), at("name"), true);
    r.flag(o, QStringLiteral("active"), at("active"), true);
    r.flag(o, QStringLiteral("hotToSenior"), at("hotToSenior"), false);
    r.flag(o, QStringLiteral("fastTrack"), at("fastTrack"), false);
    for (const char *key : {"targetUser", "targetTeam", "territory"})
        r.text(o, QLatin1String(key), at(key), false);
    r.texts(o, QStringLiteral("countries"), at("countries"), RoutingRules::tr("country codes"));
    r.texts(o, QStringLiteral("languages"), at("languages"), RoutingRules::tr("language codes"));
    r.texts(o, QStringLiteral("sources"), at("sources"), RoutingRules::tr("sources"));
    r.texts(
        o, QStringLiteral("companySizes"), at("companySizes"), RoutingRules::tr("company sizes"));
    r.texts(o, QStringLiteral("industries"), at("industries"), RoutingRules::tr("industries"));
    const QStringList bands = r.texts(o, QStringLiteral("scoreBands"), at("scoreBands"),
        RoutingRules::tr("score bands (cold, warm, hot)"));
    for (const QString &band : bands) {
        if (!scoreBandFromKey(band))
            r.fail(at("scoreBands"),
                RoutingRules::tr("'%1' is not a score band (cold, warm, hot)").arg(band));
    }
    const QString method = r.text(o, QStringLiteral("method"), at("method"), false);
    if (!r.failed() && o.contains(QStringLiteral("method")) && !routingMethodFromKey(method)) {
        r.fail(at("method"),
            RoutingRules::tr("'%1' is not a routing method (round_robin, weighted_round_robin, "
                             "least_loaded)")
                .arg(method));
    }
    if (r.error)
        return *r.error;
    return {};
}

} // namespace

Result<std::vector<RoutingRule>> RoutingRules::readFile(const QJsonArray &array)
{
    std::vector<RoutingRule> rules;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (auto checked = checkImportedRule(array, i); !checked)
            return checked.error();
        RoutingRule r = RoutingRule::fromJson(array.at(i).toObject());
        r.id = 0;
        r.position = int(i) + 1;
        r.targetUserId.reset();
        r.targetTeamId.reset();
        r.territoryId.reset();
        rules.push_back(r);
    }
    return rules;
}

Result<int> RoutingRules::importJson(const User &actor, const QJsonArray &array) const
{
    if (auto p = permissions::mayManageRouting(actor); !p)
        return p.error();
    UserRepository people(m_db);
    auto teams = people.teams();
    auto territories = people.territories();
    if (!teams || !territories)
        return Error::storage(tr("Cannot read teams or territories for the import."));
    auto read = readFile(array);
    if (!read)
        return read.error();
    std::vector<RoutingRule> &rules = read.value();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        RoutingRule &r = rules[size_t(i)];
        const QString where = tr("rule %1 ('%2')").arg(i + 1).arg(r.name);
        if (o.contains(QStringLiteral("targetUser"))) {
            auto u = people.byLogin(o.value(QStringLiteral("targetUser")).toString());
            if (!u)
                return Error::invalid(
                    where + QStringLiteral(": ") + u.error().message, QStringLiteral("targetUser"));
            r.targetUserId = u->id;
        }
        if (o.contains(QStringLiteral("targetTeam"))) {
            const QString name = o.value(QStringLiteral("targetTeam")).toString();
            const Team *team = findByName(teams.value(), name);
            if (!team)
                return Error::invalid(tr("%1: there is no team '%2'.").arg(where, name),
                    QStringLiteral("targetTeam"));
            r.targetTeamId = team->id;
        }
        if (o.contains(QStringLiteral("territory"))) {
            const QString name = o.value(QStringLiteral("territory")).toString();
            const Territory *territory = findByName(territories.value(), name);
            if (!territory)
                return Error::invalid(tr("%1: there is no territory '%2'.").arg(where, name),
                    QStringLiteral("territory"));
            r.territoryId = territory->id;
        }
        if (auto v = validate(r); !v)
            return Error::invalid(
                where + QStringLiteral(": ") + v.error().message, v.error().field);
    }
    if (auto w = replaceRules(m_db, actor, m_clock.now(), rules); !w)
        return w.error();
    return int(rules.size());
}

} // namespace bantam
