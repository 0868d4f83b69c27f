// The permission matrix (issue 19): every write path × every role × the lead's relation to the
// one acting (their own lead, a teammate's, another team's, an unassigned one), from ONE table
// that mirrors the README's rules ("Who may do what" under the pipeline, "Teams, routing and the
// audit log", the server's table under "Signing in"). Each cell calls the service through the
// front door (Services) as that user. Allowed: the change is there and the row that records it
// (audit log, stage history, assignment, activity, callback, model version) names the user.
// Refused: a permission error (Error::Kind::Forbidden, or for an import the row in the rejects
// file with the same reason) and not one row of the database changed.
#include "cadence/cadenceservice.h"
#include "callbacks/callbackservice.h"
#include "events/eventbus.h"
#include "io/leadimport.h"
#include "leads/leadservice.h"
#include "people/directory.h"
#include "people/leadaccess.h"
#include "pipeline/pipelineservice.h"
#include "routing/routingrules.h"
#include "routing/routingservice.h"
#include "scoring/scoringmodel.h"
#include "scoring/scoringservice.h"
#include "services.h"
#include "sla/slaservice.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/reasonrepository.h"
#include "storage/slarepository.h"
#include "storage/userrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>

using namespace bantam;
using namespace bantam::testing;

namespace {

// The lead's relation to the one acting. Paths that are not about one lead have None.
enum class Relation { Own, Teammate, OtherTeam, Unassigned, None };

char letter(Relation r)
{
    switch (r) {
    case Relation::Own:
        return 'o';
    case Relation::Teammate:
        return 't';
    case Relation::OtherTeam:
        return 'x';
    case Relation::Unassigned:
        return 'u';
    case Relation::None:
        break;
    }
    return 'g';
}

const char *relationName(Relation r)
{
    switch (r) {
    case Relation::Own:
        return "own";
    case Relation::Teammate:
        return "teammate's";
    case Relation::OtherTeam:
        return "other team's";
    case Relation::Unassigned:
        return "unassigned";
    case Relation::None:
        break;
    }
    return "-";
}

// One database per path: two teams, one user of each role (the team lead and both reps in team
// Nord, admin and marketing in none), and the owners of the leads the cells act on.
struct World
{
    const Services &services;
    const Database &db;
    FakeClock &clock;
    Builders make;
    User admin, marketing, teamLead, senior, rep; // the actors
    User mate; // owns the "teammate's" leads (Nord)
    User mate2; // receives reassigned and routed leads (Nord)
    User other; // owns the "other team's" leads (Süd)
    qint64 nord = 0;

    const User &actor(Role role) const
    {
        switch (role) {
        case Role::Admin:
            return admin;
        case Role::MarketingManager:
            return marketing;
        case Role::TeamLead:
            return teamLead;
        case Role::SeniorRep:
            return senior;
        case Role::Rep:
            break;
        }
        return rep;
    }
};

// What a cell works on: the lead (per-lead paths) or another subject, and a number that makes
// the cell's values unique.
struct Cell
{
    Relation relation = Relation::None;
    Lead lead;
    User subject;
    int serial = 0;
};

using Act = std::function<Result<void>(const World &, const User &, const Cell &)>;
using Prepare = std::function<void(const World &, Cell &)>;
using Done = std::function<bool(const World &, const Cell &)>;

// The allowed relations per role, as letters: o own, t teammate's, x other team's,
// u unassigned; g for a path that is not about one lead. Empty: refused.
struct Allowed
{
    const char *admin, *marketing, *teamLead, *seniorRep, *rep;

    QByteArray of(Role role) const
    {
        switch (role) {
        case Role::Admin:
            return admin;
        case Role::MarketingManager:
            return marketing;
        case Role::TeamLead:
            return teamLead;
        case Role::SeniorRep:
            return seniorRep;
        case Role::Rep:
            break;
        }
        return rep;
    }
};

struct WritePath
{
    const char *name;
    Allowed allowed;
    std::optional<Stage> stage; // per-lead paths: the stage of the cell's lead; else nullopt
    std::vector<Relation> relations; // per-lead paths: which relations the path has
    Act act;
    Done done; // the change is there
    // Rows that record the change in the actor's name (:actor, and :lead if the query has it).
    const char *trace;
    Prepare prepare = {}; // before the cell's snapshot; per-lead paths get their lead first
};

const std::vector<Relation> allRelations
    = {Relation::Own, Relation::Teammate, Relation::OtherTeam, Relation::Unassigned};

template <typename T>
Result<void> plain(const Result<T> &r)
{
    if (r)
        return {};
    return r.error();
}

Lead reread(const World &w, qint64 id)
{
    auto l = LeadRepository(w.db).byId(id);
    return l ? l.value() : Lead();
}

QString someReason(const World &w, const QString &kind)
{
    auto list = ReasonRepository(w.db).list(kind);
    return list && !list->empty() ? list->back().code : QString();
}

qint64 count(const World &w, const QString &sql, const User &actor, qint64 leadId)
{
    QSqlQuery q(w.db.connection());
    q.prepare(sql);
    if (sql.contains(QLatin1String(":actor")))
        q.bindValue(QStringLiteral(":actor"), actor.id);
    if (sql.contains(QLatin1String(":lead")))
        q.bindValue(QStringLiteral(":lead"), leadId);
    if (!q.exec() || !q.next()) {
        QTest::qFail(qPrintable(sql), __FILE__, __LINE__);
        return -1;
    }
    return q.value(0).toLongLong();
}

// The tables a refused write must leave exactly as they were.
const QStringList watchedTables
    = {QStringLiteral("leads"), QStringLiteral("lead_attributes"), QStringLiteral("stage_history"),
        QStringLiteral("activities"), QStringLiteral("calls"), QStringLiteral("assignments"),
        QStringLiteral("audit_log"), QStringLiteral("callbacks"), QStringLiteral("inbox"),
        QStringLiteral("users"), QStringLiteral("routing_rules"), QStringLiteral("scoring_models"),
        QStringLiteral("scoring_settings"), QStringLiteral("sla_policies")};

QStringList snapshot(const World &w)
{
    QStringList all;
    for (const QString &t : watchedTables) {
        for (const QString &row : tableRows(w.db, t))
            all << t + QLatin1Char(':') + row;
    }
    return all;
}

StageChange moveOf(const World &w, const Cell &c, PipelineAction action, const QString &kind = {})
{
    StageChange change;
    change.leadId = c.lead.id;
    change.action = action;
    if (kind == QLatin1String("text"))
        change.reason = QStringLiteral("Back in play");
    else if (!kind.isEmpty())
        change.reason = someReason(w, kind);
    if (action == PipelineAction::Recycle)
        change.recontactOn = w.clock.now().date().addDays(30);
    return change;
}

WritePath stageMove(const char *name, Allowed allowed, Stage from, PipelineAction action, Stage to,
    const QString &reasonKind = {}) // a reason list, "text" for free text, or none
{
    return {name, allowed, from, allRelations,
        [action, reasonKind](const World &w, const User &a, const Cell &c) {
            return plain(w.services.pipeline().change(a, moveOf(w, c, action, reasonKind)));
        },
        [to](const World &w, const Cell &c) { return reread(w, c.lead.id).stage == to; },
        "SELECT count(*) FROM stage_history WHERE actor_id = :actor AND lead_id = :lead"};
}

// An update or merge import of the cell's lead (found by its e-mail) as the actor. A row the
// actor may not change comes back as the permission error the rejects file gives for it.
Result<void> importOver(
    const World &w, const User &a, const Cell &c, DuplicatePolicy policy, const QString &folder)
{
    const QString path = QStringLiteral("%1/update-%2.csv").arg(folder).arg(c.serial);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::invalid(path);
    // The lead has no job title: an update sets it, a merge fills it in.
    f.write(QStringLiteral("Email,Job Title\n%1,Imported %2\n")
                .arg(c.lead.profile.email)
                .arg(c.serial)
                .toUtf8());
    f.close();
    ImportOptions options;
    options.duplicates = policy;
    auto r = w.services.leadImporter().run(a, path, options);
    if (!r)
        return r.error();
    if (r->updated + r->merged == 1 && r->rejected == 0)
        return {};
    QFile rejects(r->rejectedFile);
    const QString listed
        = rejects.open(QIODevice::ReadOnly) ? QString::fromUtf8(rejects.readAll()) : QString();
    auto rule = mayEditLead(w.db, a, c.lead);
    if (r->rejected == 1 && !rule && listed.contains(rule.error().message))
        return rule.error();
    return Error::invalid(QStringLiteral("updated %1, merged %2, rejected %3: %4")
                              .arg(r->updated)
                              .arg(r->merged)
                              .arg(r->rejected)
                              .arg(listed));
}

// THE table. Roles: admin, marketing manager, team lead, senior rep, rep.
std::vector<WritePath> writePaths(const QString &folder)
{
    const Allowed editing {"otxu", "otxu", "otu", "o", "o"};
    const Allowed sales {"otxu", "", "otu", "o", "o"};
    const Allowed adminOnly {"g", "", "", "", ""};
    const Allowed marketingAndAdmin {"g", "g", "", "", ""};
    const Allowed leadsAndAdmin {"g", "", "g", "", ""};
    const char *leadAudit = "SELECT count(*) FROM audit_log WHERE entity = 'lead' AND entity_id = "
                            ":lead AND actor_id = :actor";
    return {
        {"create lead", {"g", "g", "g", "g", "g"}, std::nullopt, {Relation::None},
            [](const World &w, const User &a, const Cell &c) {
                LeadProfile p;
                p.lastName = QStringLiteral("Created%1").arg(c.serial);
                return plain(w.services.leads().create(a, p));
            },
            [](const World &w, const Cell &c) {
                return count(w,
                           QStringLiteral(
                               "SELECT count(*) FROM leads WHERE last_name = 'Created%1'")
                               .arg(c.serial),
                           {}, 0)
                    == 1;
            },
            "SELECT count(*) FROM stage_history WHERE actor_id = :actor AND action = 'create'"},
        {"edit profile (lead form)", editing, Stage::Lead, allRelations,
            [](const World &w, const User &a, const Cell &c) {
                LeadProfile mine = c.lead.profile;
                mine.company = QStringLiteral("Edited %1").arg(c.serial);
                return plain(w.services.leads().saveProfile(a, c.lead.id, mine, c.lead.profile));
            },
            [](const World &w, const Cell &c) {
                return reread(w, c.lead.id).profile.company
                    == QStringLiteral("Edited %1").arg(c.serial);
            },
            leadAudit},
        {"edit profile (leads edit)", editing, Stage::Lead, allRelations,
            [](const World &w, const User &a, const Cell &c) {
                LeadProfile p = c.lead.profile;
                p.jobTitle = QStringLiteral("CEO %1").arg(c.serial);
                return plain(w.services.leads().updateProfile(a, c.lead.id, p, c.lead.version));
            },
            [](const World &w, const Cell &c) {
                return reread(w, c.lead.id).profile.jobTitle
                    == QStringLiteral("CEO %1").arg(c.serial);
            },
            leadAudit},
        {"log call", editing, Stage::Mql, allRelations,
            [](const World &w, const User &a, const Cell &c) {
                return w.services.leads().logActivity(
                    a, c.lead.id, QStringLiteral("call"), QStringLiteral("Matrix"));
            },
            [](const World &w, const Cell &c) {
                return count(w,
                           QStringLiteral("SELECT count(*) FROM activities WHERE lead_id = :lead "
                                          "AND type = 'call'"),
                           {}, c.lead.id)
                    == 1;
            },
            "SELECT count(*) FROM activities WHERE user_id = :actor AND lead_id = :lead"},
        {"set callback", editing, Stage::Mql, allRelations,
            [](const World &w, const User &a, const Cell &c) {
                return plain(w.services.callbacks().schedule(
                    a, c.lead.id, w.clock.now().addDays(1), QStringLiteral("Matrix")));
            },
            [](const World &w, const Cell &c) {
                auto open = w.services.callbacks().openOf(c.lead.id);
                return open && open->size() == 1;
            },
            "SELECT count(*) FROM callbacks WHERE created_by = :actor AND lead_id = :lead"},
        stageMove("promote to MQL", {"otxu", "otxu", "", "", ""}, Stage::Lead,
            PipelineAction::Promote, Stage::Mql),
        stageMove("qualify (MQL to SQL)", sales, Stage::Mql, PipelineAction::Qualify, Stage::Sql),
        stageMove("reject to marketing", sales, Stage::Mql, PipelineAction::Reject, Stage::Lead,
            QStringLiteral("reject")),
        stageMove("disqualify in stage Lead", editing, Stage::Lead, PipelineAction::Disqualify,
            Stage::Disqualified, QStringLiteral("disqualify")),
        stageMove("disqualify an MQL", sales, Stage::Mql, PipelineAction::Disqualify,
            Stage::Disqualified, QStringLiteral("disqualify")),
        stageMove(
            "lose", sales, Stage::Sql, PipelineAction::Lose, Stage::Lost, QStringLiteral("lost")),
        stageMove("accept (first touch)", sales, Stage::Mql, PipelineAction::Accept, Stage::Mql),
        stageMove("win", sales, Stage::Sql, PipelineAction::Win, Stage::Won),
        stageMove("recycle", sales, Stage::Mql, PipelineAction::Recycle, Stage::Lead,
            QStringLiteral("recycle")),
        stageMove("reopen", {"otxu", "otxu", "otu", "", ""}, Stage::Lost, PipelineAction::Reopen,
            Stage::Lead, QStringLiteral("text")),
        {"reassign to a Nord rep", sales, Stage::Mql, allRelations,
            [](const World &w, const User &a, const Cell &c) {
                return plain(w.services.routing().reassign(
                    a, {c.lead.id}, w.mate2.id, QStringLiteral("Matrix")));
            },
            [](const World &w, const Cell &c) {
                return reread(w, c.lead.id).ownerId == w.mate2.id;
            },
            "SELECT count(*) FROM assignments WHERE actor_id = :actor AND lead_id = :lead"},
        {"import --on-duplicate update", editing, Stage::Lead, allRelations,
            [folder](const World &w, const User &a, const Cell &c) {
                return importOver(w, a, c, DuplicatePolicy::Update, folder);
            },
            [](const World &w, const Cell &c) {
                return reread(w, c.lead.id).profile.jobTitle
                    == QStringLiteral("Imported %1").arg(c.serial);
            },
            leadAudit},
        {"import --on-duplicate merge", editing, Stage::Lead, allRelations,
            [folder](const World &w, const User &a, const Cell &c) {
                return importOver(w, a, c, DuplicatePolicy::Merge, folder);
            },
            [](const World &w, const Cell &c) {
                return reread(w, c.lead.id).profile.jobTitle
                    == QStringLiteral("Imported %1").arg(c.serial);
            },
            leadAudit},
        {"route apply", {"u", "", "u", "", ""}, Stage::Lead, {Relation::Unassigned},
            [](const World &w, const User &a, const Cell &c) {
                return plain(w.services.routing().apply(a, {c.lead.id}));
            },
            [](const World &w, const Cell &c) {
                return reread(w, c.lead.id).ownerId == w.mate2.id;
            },
            "SELECT count(*) FROM assignments WHERE actor_id = :actor AND lead_id = :lead",
            [](const World &w, Cell &) {
                if (w.services.routingRules().list()->empty()) {
                    RoutingRule all;
                    all.name = QStringLiteral("Everything to mate2");
                    all.targetUserId = w.mate2.id;
                    QVERIFY(w.services.routingRules().add(w.admin, all));
                }
            }},
        {"rules import", leadsAndAdmin, std::nullopt, {Relation::None},
            [](const World &w, const User &a, const Cell &c) {
                const QJsonArray rules {
                    QJsonObject {{QStringLiteral("name"), QStringLiteral("Rule %1").arg(c.serial)},
                        {QStringLiteral("targetUser"), w.mate2.login}}};
                return plain(w.services.routingRules().importJson(a, rules));
            },
            [](const World &w, const Cell &c) {
                auto rules = w.services.routingRules().list();
                return rules && rules->size() == 1
                    && rules->front().name == QStringLiteral("Rule %1").arg(c.serial);
            },
            "SELECT count(*) FROM audit_log WHERE entity = 'routing_rule' AND actor_id = :actor"},
        {"scoring model save", marketingAndAdmin, std::nullopt, {Relation::None},
            [](const World &w, const User &a, const Cell &c) {
                return plain(w.services.scoring().saveModel(
                    a, ScoringModel::defaults(), QStringLiteral("m%1").arg(c.serial)));
            },
            [](const World &w, const Cell &c) {
                return count(w,
                           QStringLiteral("SELECT count(*) FROM scoring_models WHERE active = 1 "
                                          "AND note = 'm%1'")
                               .arg(c.serial),
                           {}, 0)
                    == 1;
            },
            "SELECT count(*) FROM scoring_models WHERE created_by = :actor"},
        {"scoring model activate (restore)", marketingAndAdmin, std::nullopt, {Relation::None},
            [](const World &w, const User &a, const Cell &) {
                return plain(w.services.scoring().restore(a, 1));
            },
            [](const World &w, const Cell &) {
                return count(w,
                           QStringLiteral("SELECT count(*) FROM scoring_models WHERE active = 1 "
                                          "AND version = 1"),
                           {}, 0)
                    == 1;
            },
            "SELECT count(*) FROM audit_log WHERE entity = 'score_model' AND actor_id = :actor",
            [](const World &w, Cell &c) {
                // A newer version than 1 is active (the first save makes version 1), so restoring
                // version 1 changes something.
                for (int i = 0; i < 2; ++i)
                    QVERIFY(w.services.scoring().saveModel(w.admin, ScoringModel::defaults(),
                        QStringLiteral("before %1").arg(c.serial)));
            }},
        {"score driver", marketingAndAdmin, std::nullopt, {Relation::None},
            [](const World &w, const User &a, const Cell &c) {
                ScoreDriverSetting s;
                s.learnedMql = 0.05 + 0.01 * c.serial;
                return plain(w.services.scoring().setScoreDriver(a, s));
            },
            [](const World &w, const Cell &c) {
                auto s = w.services.scoring().scoreDriver();
                return s && qFuzzyCompare(s->learnedMql, 0.05 + 0.01 * c.serial);
            },
            "SELECT count(*) FROM audit_log WHERE entity = 'scoring_settings' AND actor_id = "
            ":actor"},
        {"SLA policy edit", adminOnly, std::nullopt, {Relation::None},
            [](const World &w, const User &a, const Cell &c) {
                auto policies = SlaRepository(w.db).policies();
                if (!policies || policies->empty())
                    return Result<void>(Error::notFound(QStringLiteral("no SLA policy")));
                SlaPolicy p = policies->front();
                p.allowed = 100 + c.serial;
                return plain(w.services.sla().savePolicy(a, p));
            },
            [](const World &w, const Cell &c) {
                auto policies = SlaRepository(w.db).policies();
                return policies && !policies->empty()
                    && policies->front().allowed == 100 + c.serial;
            },
            "SELECT count(*) FROM audit_log WHERE entity = 'sla_policy' AND actor_id = :actor"},
        {"home region", adminOnly, std::nullopt, {Relation::None},
            [](const World &w, const User &a, const Cell &c) {
                // Alternating, so every allowed cell changes it.
                return plain(w.services.cadence().saveHomeRegion(
                    a, c.serial % 2 ? QStringLiteral("AT") : QStringLiteral("CH")));
            },
            [](const World &w, const Cell &c) {
                return w.services.cadence().homeRegion().value()
                    == (c.serial % 2 ? QStringLiteral("AT") : QStringLiteral("CH"));
            },
            "SELECT count(*) FROM audit_log WHERE entity = 'call_settings' AND field = "
            "'home_region' AND actor_id = :actor"},
        // A rep's capacity: own = the actor's own, teammate's = a Nord rep's, other team's = a
        // Süd rep's (README: admins; team leads for their team).
        {"rep capacity", {"otx", "", "ot", "", ""}, std::nullopt,
            {Relation::Own, Relation::Teammate, Relation::OtherTeam},
            [](const World &w, const User &a, const Cell &c) {
                User u = c.subject;
                u.capacityOpen = 10 + c.serial;
                return plain(w.services.directory().updateUser(a, u));
            },
            [](const World &w, const Cell &c) {
                return count(w,
                           QStringLiteral("SELECT count(*) FROM users WHERE id = %1 AND "
                                          "capacity_open = %2")
                               .arg(c.subject.id)
                               .arg(10 + c.serial),
                           {}, 0)
                    == 1;
            },
            "SELECT count(*) FROM audit_log WHERE entity = 'user' AND actor_id = :actor",
            [](const World &w, Cell &c) {
                // The subject starts as the actor (own); as stored now.
                const qint64 id = c.relation == Relation::Teammate ? w.mate.id
                    : c.relation == Relation::OtherTeam            ? w.other.id
                                                                   : c.subject.id;
                c.subject = UserRepository(w.db).byId(id).value();
            }},
        {"users add", adminOnly, std::nullopt, {Relation::None},
            [](const World &w, const User &a, const Cell &c) {
                User u;
                u.login = QStringLiteral("new%1").arg(c.serial);
                u.role = Role::Rep;
                u.teamId = w.nord;
                return plain(w.services.directory().addUser(a, u));
            },
            [](const World &w, const Cell &c) {
                return count(w,
                           QStringLiteral("SELECT count(*) FROM users WHERE login = 'new%1'")
                               .arg(c.serial),
                           {}, 0)
                    == 1;
            },
            "SELECT count(*) FROM audit_log WHERE entity = 'user' AND actor_id = :actor"},
        {"users role change", adminOnly, std::nullopt, {Relation::None},
            [](const World &w, const User &a, const Cell &c) {
                User u = c.subject;
                u.role = Role::SeniorRep;
                return plain(w.services.directory().updateUser(a, u));
            },
            [](const World &w, const Cell &c) {
                return count(w,
                           QStringLiteral("SELECT count(*) FROM users WHERE login = 'promo%1' AND "
                                          "role = 'senior_rep'")
                               .arg(c.serial),
                           {}, 0)
                    == 1;
            },
            "SELECT count(*) FROM audit_log WHERE entity = 'user' AND field = 'role' AND "
            "actor_id = :actor",
            [](const World &w, Cell &c) {
                c.subject = w.make.user(QStringLiteral("promo%1").arg(c.serial), Role::Rep, w.nord);
            }},
    };
}

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWritePathEveryRoleEveryRelation_data();
    void everyWritePathEveryRoleEveryRelation();
};

void TestPermissionMatrix::everyWritePathEveryRoleEveryRelation_data()
{
    QTest::addColumn<int>("path");
    const auto paths = writePaths({});
    for (size_t i = 0; i < paths.size(); ++i)
        QTest::newRow(paths[i].name) << int(i);
}

void TestPermissionMatrix::everyWritePathEveryRoleEveryRelation()
{
    QFETCH(int, path);
    TestDatabase tdb;
    QVERIFY2(tdb.isValid(), qPrintable(tdb.errorMessage()));
    FakeClock clock;
    EventBus bus;
    const Services services(tdb.db(), bus, clock);
    World w {services, tdb.db(), clock, Builders(tdb.db(), clock), {}, {}, {}, {}, {}, {}, {}, {}};
    w.nord = w.make.team(QStringLiteral("Nord"));
    const qint64 sued = w.make.team(QStringLiteral("Süd"));
    w.admin = w.make.user(QStringLiteral("admin"), Role::Admin);
    w.marketing = w.make.user(QStringLiteral("mkoch"), Role::MarketingManager);
    w.teamLead = w.make.user(QStringLiteral("tbauer"), Role::TeamLead, w.nord);
    w.senior = w.make.user(QStringLiteral("svogel"), Role::SeniorRep, w.nord);
    w.rep = w.make.user(QStringLiteral("kschulz"), Role::Rep, w.nord);
    w.mate = w.make.user(QStringLiteral("mate"), Role::Rep, w.nord);
    w.mate2 = w.make.user(QStringLiteral("mate2"), Role::Rep, w.nord);
    w.other = w.make.user(QStringLiteral("other"), Role::Rep, sued);

    const WritePath p = writePaths(tdb.dirPath()).at(path);
    QStringList mismatches;
    int serial = 0;
    for (Role role :
        {Role::Admin, Role::MarketingManager, Role::TeamLead, Role::SeniorRep, Role::Rep}) {
        const User &actor = w.actor(role);
        for (Relation relation : p.relations) {
            Cell c;
            c.serial = ++serial;
            c.relation = relation;
            c.subject = actor;
            if (p.stage) {
                LeadBuilder lead = w.make.lead()
                                       .name(QStringLiteral("M"), QStringLiteral("L%1").arg(serial))
                                       .email(QStringLiteral("lead%1@example.com").arg(serial))
                                       .company(QStringLiteral("Co %1").arg(serial))
                                       .stage(*p.stage);
                if (relation == Relation::Own)
                    lead.owner(actor);
                else if (relation == Relation::Teammate)
                    lead.owner(w.mate);
                else if (relation == Relation::OtherTeam)
                    lead.owner(w.other);
                c.lead = lead.insert();
            }
            if (p.prepare)
                p.prepare(w, c);
            if (QTest::currentTestFailed())
                return;
            const QString where = QStringLiteral("%1 as %2, %3")
                                      .arg(QLatin1String(p.name), roleName(role),
                                          QLatin1String(relationName(relation)));
            const bool expected = p.allowed.of(role).contains(letter(relation));
            const QStringList before = snapshot(w);
            const qint64 traced = count(w, QLatin1String(p.trace), actor, c.lead.id);
            const Result<void> r = p.act(w, actor, c);
            if (expected) {
                if (!r) {
                    mismatches << where + QStringLiteral(": refused, README allows it: ")
                            + r.error().message;
                } else if (!p.done(w, c)) {
                    mismatches << where + QStringLiteral(": allowed but the change is not there");
                } else if (count(w, QLatin1String(p.trace), actor, c.lead.id) <= traced) {
                    mismatches << where
                            + QStringLiteral(": allowed but not recorded in the name "
                                             "of the user (audit)");
                }
            } else if (r) {
                mismatches << where + QStringLiteral(": allowed, README refuses it");
            } else if (r.error().kind != Error::Kind::Forbidden || r.error().message.isEmpty()) {
                mismatches << where + QStringLiteral(": refused, but not as a permission: ")
                        + r.error().message;
            } else if (snapshot(w) != before) {
                mismatches << where + QStringLiteral(": refused, but the database changed");
            }
        }
    }
    QVERIFY2(
        mismatches.isEmpty(), qPrintable(QLatin1Char('\n') + mismatches.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "tst_permissionmatrix.moc"
