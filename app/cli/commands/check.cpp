// `bantam-cli check [--repair]`: the database's integrity and Bantam's rules across its tables
// (health/databasecheck.h); --repair finishes the work a crash left owed (scoring, routing).
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "health/databasecheck.h"
#include "services.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bantam::cli {

namespace {

QString kindKey(CheckFinding::Kind kind)
{
    using Kind = CheckFinding::Kind;
    switch (kind) {
    case Kind::Damaged:
        return QStringLiteral("damaged");
    case Kind::BrokenReference:
        return QStringLiteral("broken_reference");
    case Kind::StageNotLastHistory:
        return QStringLiteral("stage_not_last_history");
    case Kind::OwnerNotLastAssignment:
        return QStringLiteral("owner_not_last_assignment");
    case Kind::NotScored:
        return QStringLiteral("not_scored");
    case Kind::NotPromoted:
        return QStringLiteral("not_promoted");
    case Kind::NotRouted:
        return QStringLiteral("not_routed");
    case Kind::ReassignmentUnfinished:
        return QStringLiteral("reassignment_unfinished");
    }
    return {};
}

void print(Context &c, const CheckReport &report, const std::optional<OwedWorkDone> &repaired)
{
    if (c.json) {
        QJsonArray findings;
        for (const CheckFinding &f : report.findings)
            findings.append(QJsonObject {{QStringLiteral("kind"), kindKey(f.kind)},
                {QStringLiteral("count"), f.count},
                {QStringLiteral("examples"), QJsonArray::fromStringList(f.examples)},
                {QStringLiteral("repairable"), f.repairable()},
                {QStringLiteral("message"), f.text()}});
        QJsonObject o {{QStringLiteral("database"), c.db().displayName()},
            {QStringLiteral("ok"), report.clean()}, {QStringLiteral("findings"), findings}};
        if (repaired)
            o.insert(QStringLiteral("repaired"),
                QJsonObject {{QStringLiteral("scored"), repaired->scored},
                    {QStringLiteral("promoted"), repaired->promoted},
                    {QStringLiteral("reassigned"), repaired->reassigned},
                    {QStringLiteral("routed"), repaired->routed},
                    {QStringLiteral("unassigned"), repaired->routedUnassigned}});
        c.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return;
    }
    if (repaired)
        c.out << "Repaired: " << owedWorkDoneText(repaired.value()) << ".\n";
    if (report.clean()) {
        c.out << "No problems found in " << c.db().displayName() << ".\n";
        return;
    }
    for (const CheckFinding &f : report.findings)
        c.out << f.text() << '\n';
}

int check(Context &c)
{
    if (!c.positional.isEmpty())
        throw UsageError {QStringLiteral("'check' takes no arguments")};
    const bool repair = c.has(QStringLiteral("repair"));
    std::optional<User> actor;
    if (repair) {
        actor = c.openAsActor();
        if (!actor)
            return Failed;
    } else if (!c.open()) {
        return Failed;
    }
    const DatabaseCheck &check = c.services().check();
    std::optional<OwedWorkDone> repaired;
    if (repair) {
        auto r = check.repair(*actor);
        if (!r)
            return c.fail(r.error());
        repaired = r.value();
    }
    auto report = check.run();
    if (!report)
        return c.fail(report.error());
    print(c, report.value(), repaired);
    return report->clean() ? Ok : Failed;
}

class CheckCommand : public Command
{
public:
    CheckCommand()
        : Command(QStringLiteral("check"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QStringLiteral("[--repair]"),
            QStringLiteral("check the database's integrity and Bantam's rules; --repair\n"
                           "finishes owed scoring, promotion, routing and reassigning (admins)"),
            {QStringLiteral("repair")}}};
    }
    QList<Option> options() const override
    {
        return {{QStringLiteral("repair"), {},
            QStringLiteral("finish the scoring, promotion, routing and reassigning a crash\n"
                           "left owed")}};
    }
    QString details(const Form &) const override
    {
        return QStringLiteral(
            "Checks every page of an SQLite file (PRAGMA integrity_check) and its references\n"
            "(PRAGMA foreign_key_check), then that each lead's stage is its last history\n"
            "entry's, its owner its last assignment's, that it is scored by the active\n"
            "model, that a lead whose score reached the MQL threshold was promoted, and\n"
            "that an open lead without owner has the reason routing gave, and that no\n"
            "reassignment was left half done.\n"
            "Exit code 0 when nothing is wrong, 1 otherwise.\n");
    }
    int run(Context &c) const override { return check(c); }
};

} // namespace

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace bantam::cli
