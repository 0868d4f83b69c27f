// `bantam-cli users [add|set]`: the people who work leads, their roles, teams and routing
// attributes.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "domain/named.h"
#include "domain/typedlist.h"
#include "people/accounts.h"
#include "people/directory.h"
#include "services.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

#include <termios.h>
#include <unistd.h>

namespace bantam::cli {

namespace {

// The options of `users add|set` applied to u; false after printing why not.
bool readUserOptions(Context &c, User &u)
{
    if (c.has(QStringLiteral("name")))
        u.name = c.value(QStringLiteral("name"));
    if (c.has(QStringLiteral("role"))) {
        const auto role = roleFromKey(c.value(QStringLiteral("role")));
        if (!role)
            throw UsageError {
                QStringLiteral("--role: '%1' is not a role (rep, senior_rep, team_lead, "
                               "marketing_manager, admin)")
                    .arg(c.value(QStringLiteral("role")))};
        u.role = *role;
    }
    if (c.has(QStringLiteral("team"))) {
        const QString team = c.value(QStringLiteral("team"));
        if (team == QLatin1String("none")) {
            u.teamId.reset();
        } else {
            const auto id = c.teamByName(team);
            if (!id)
                return false;
            u.teamId = id;
        }
    }
    if (c.has(QStringLiteral("active")))
        u.active = c.number(QStringLiteral("active"), 1, 0, 1) == 1;
    if (c.has(QStringLiteral("languages")))
        u.languages = splitTypedList(c.value(QStringLiteral("languages")), ListItems::Codes);
    if (c.has(QStringLiteral("territories"))) {
        auto all = UserRepository(c.db()).territories();
        if (!all) {
            c.fail(all.error());
            return false;
        }
        u.territoryIds.clear();
        for (const QString &name :
            splitTypedList(c.value(QStringLiteral("territories")), ListItems::Names)) {
            const Territory *t = findByName(all.value(), name);
            if (!t) {
                c.fail(Error::invalid(QStringLiteral("there is no territory '%1'").arg(name),
                    QStringLiteral("--territories")));
                return false;
            }
            u.territoryIds.push_back(t->id);
        }
    }
    u.capacityOpen = int(c.number(QStringLiteral("capacity-open"), u.capacityOpen, 0, 1'000'000));
    u.capacityDaily
        = int(c.number(QStringLiteral("capacity-daily"), u.capacityDaily, 0, 1'000'000));
    u.weight = int(c.number(QStringLiteral("weight"), u.weight, 0, 100));
    for (const auto &[option, date] : {std::pair {QStringLiteral("absent-from"), &u.absentFrom},
             std::pair {QStringLiteral("absent-to"), &u.absentTo}}) {
        if (c.value(option) == QLatin1String("none"))
            *date = QDate();
        else if (c.has(option))
            *date = c.date(option);
    }
    return true;
}

// Passwords, one per prompt: asked on the terminal without echo, the last one twice; or one line
// each from standard input when that is not a terminal (scripts and tests pipe them). Nothing
// after printing why.
std::optional<QStringList> readPasswords(
    Context &c, const QStringList &prompts, const QString &option)
{
    QTextStream in(stdin);
    QStringList answers;
    if (!isatty(STDIN_FILENO)) {
        for (qsizetype i = 0; i < prompts.size(); ++i) {
            const QString line = in.readLine();
            if (line.isNull()) {
                c.fail(Error::invalid(QStringLiteral("no password on standard input"), option));
                return std::nullopt;
            }
            answers << line;
        }
        return answers;
    }
    termios echoing {};
    tcgetattr(STDIN_FILENO, &echoing);
    termios quiet = echoing;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    const auto ask = [&c, &in](const QString &prompt) {
        c.err << prompt << Qt::flush;
        const QString answer = in.readLine();
        c.err << Qt::endl;
        return answer;
    };
    for (const QString &prompt : prompts)
        answers << ask(prompt);
    const QString again = ask(QStringLiteral("The same password again: "));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &echoing);
    if (answers.last() != again) {
        c.fail(Error::invalid(
            QStringLiteral("the two passwords differ; nothing was changed"), option));
        return std::nullopt;
    }
    return answers;
}

// The password of --password-prompt.
std::optional<QString> readPassword(Context &c, const QString &login)
{
    auto answers = readPasswords(
        c, {QStringLiteral("Password for %1: ").arg(login)}, QStringLiteral("--password-prompt"));
    if (!answers)
        return std::nullopt;
    return answers->first();
}

// users password: the signed-in user's own password on a team database.
int usersPassword(Context &c)
{
    if (c.positional.size() != 1)
        throw UsageError {QStringLiteral("usage: users password (changes your own password)")};
    const auto me = c.openAsActor();
    if (!me)
        return Failed;
    auto answers = readPasswords(c,
        {QStringLiteral("Current password of %1: ").arg(me->login),
            QStringLiteral("New password: ")},
        QStringLiteral("users password"));
    if (!answers)
        return Failed;
    if (auto p = c.services().directory().changeOwnPassword(*me, answers->at(0), answers->at(1));
        !p)
        return c.fail(p.error());
    c.out << "Changed the password of " << me->login << "; it counts from the next sign-in.\n";
    return Ok;
}

int usersChange(Context &c, bool add)
{
    if (c.positional.size() != 2)
        throw UsageError {QStringLiteral("usage: users %1 LOGIN [options]")
                              .arg(add ? QStringLiteral("add") : QStringLiteral("set"))};
    if (add && !c.has(QStringLiteral("role")))
        throw UsageError {QStringLiteral(
            "'users add' needs --role (rep, senior_rep, team_lead, marketing_manager, admin)")};
    const auto me = c.openAsActor();
    if (!me)
        return Failed;
    User u;
    if (add) {
        u.login = c.positional[1];
    } else {
        auto existing = UserRepository(c.db()).byLogin(c.positional[1]);
        if (!existing)
            return c.fail(existing.error());
        u = existing.value();
    }
    if (!readUserOptions(c, u))
        return Failed;
    std::optional<QString> password;
    if (c.has(QStringLiteral("password-prompt"))) {
        password = readPassword(c, u.login);
        if (!password)
            return Failed;
    }
    const Directory &directory = c.services().directory();
    auto saved = add ? directory.addUser(*me, u, password) : directory.updateUser(*me, u);
    if (!saved)
        return c.fail(saved.error());
    if (!add && password) {
        if (auto p = directory.setPassword(*me, saved->id, *password); !p)
            return c.fail(p.error());
    }
    c.out << (add ? "Added " : "Saved ") << saved->login << " (" << roleKey(saved->role) << ")"
          << (password ? ", with a new password to sign in" : "") << ".\n";
    return Ok;
}

// Makes LOGIN an active admin without anyone acting (core decides who holds the database).
int usersRecoverAdmin(Context &c)
{
    if (c.positional.size() != 2)
        throw UsageError {QStringLiteral("usage: users recover-admin LOGIN")};
    if (!c.open())
        return Failed;
    auto admin = recoverAdministrator(c.db(), c.clock, c.positional[1]);
    if (!admin)
        return c.fail(admin.error());
    c.out << admin->login << " is an active admin (" << admin->name << ").\n";
    return Ok;
}

int users(Context &c)
{
    const QString sub = c.positional.value(0);
    if (sub == QLatin1String("recover-admin"))
        return usersRecoverAdmin(c);
    if (sub == QLatin1String("add") || sub == QLatin1String("set"))
        return usersChange(c, sub == QLatin1String("add"));
    if (sub == QLatin1String("password"))
        return usersPassword(c);
    if (!c.positional.isEmpty())
        throw UsageError {
            QStringLiteral("'users' takes 'add', 'set', 'password' or 'recover-admin', not '%1'")
                .arg(sub)};
    if (!c.open())
        return Failed;
    auto all = UserRepository(c.db()).all();
    if (!all)
        return c.fail(all.error());
    QJsonArray rows;
    for (const User &u : all.value()) {
        if (c.json) {
            rows.append(
                QJsonObject {{QStringLiteral("id"), u.id}, {QStringLiteral("login"), u.login},
                    {QStringLiteral("name"), u.name}, {QStringLiteral("role"), roleKey(u.role)},
                    {QStringLiteral("team"), u.teamName}, {QStringLiteral("active"), u.active},
                    {QStringLiteral("languages"), QJsonArray::fromStringList(u.languages)},
                    {QStringLiteral("capacityOpen"), u.capacityOpen},
                    {QStringLiteral("capacityDaily"), u.capacityDaily},
                    {QStringLiteral("absentFrom"), u.absentFrom.toString(Qt::ISODate)},
                    {QStringLiteral("absentTo"), u.absentTo.toString(Qt::ISODate)},
                    {QStringLiteral("weight"), u.weight}});
        } else {
            QString extra;
            if (u.capacityOpen || u.capacityDaily)
                extra += QStringLiteral(" capacity %1/%2").arg(u.capacityOpen).arg(u.capacityDaily);
            if (u.absentFrom.isValid() || u.absentTo.isValid())
                extra += QStringLiteral(" absent %1..%2")
                             .arg(u.absentFrom.toString(Qt::ISODate),
                                 u.absentTo.toString(Qt::ISODate));
            if (!u.languages.isEmpty())
                extra += QStringLiteral(" languages ") + u.languages.join(QLatin1Char(','));
            if (!u.active)
                extra += QStringLiteral(" (inactive)");
            c.out << pad(u.login, 12) << ' ' << pad(u.name, 22) << ' ' << pad(roleKey(u.role), 18)
                  << ' ' << pad(u.teamName, 20) << extra << '\n';
        }
    }
    if (c.json)
        c.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return Ok;
}

class UsersCommand : public Command
{
public:
    UsersCommand()
        : Command(QStringLiteral("users"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, {}, QStringLiteral("list users, roles, teams, capacity and absence"), {}},
            {{QStringLiteral("add")},
                QStringLiteral("LOGIN --role R [--name N] [--team T] [--password-prompt]\n"
                               "[routing attributes]"),
                QStringLiteral("add a user; on a team database --password-prompt also makes\n"
                               "the PostgreSQL login LOGIN signs in with"),
                {QStringLiteral("password-prompt"), QStringLiteral("name"), QStringLiteral("role"),
                    QStringLiteral("team"), QStringLiteral("languages"),
                    QStringLiteral("territories"), QStringLiteral("capacity-open"),
                    QStringLiteral("capacity-daily"), QStringLiteral("absent-from"),
                    QStringLiteral("absent-to"), QStringLiteral("weight"),
                    QStringLiteral("active")}},
            {{QStringLiteral("set")},
                QStringLiteral("LOGIN [--role R] [--name N] [--team T|none] [--active 0|1] "
                               "[--password-prompt] [routing attributes]"),
                QStringLiteral(
                    "change a user\nrouting attributes: --languages de,en --territories "
                    "A,B\n--capacity-open N --capacity-daily N (0 = no limit)\n--absent-from "
                    "YYYY-MM-DD --absent-to YYYY-MM-DD (none\nclears) --weight N"),
                {QStringLiteral("password-prompt"), QStringLiteral("name"), QStringLiteral("role"),
                    QStringLiteral("team"), QStringLiteral("languages"),
                    QStringLiteral("territories"), QStringLiteral("capacity-open"),
                    QStringLiteral("capacity-daily"), QStringLiteral("absent-from"),
                    QStringLiteral("absent-to"), QStringLiteral("weight"),
                    QStringLiteral("active")}},
            {{QStringLiteral("password")}, QString(),
                QStringLiteral("team databases: change your own password (asks for the\n"
                               "current one and the new one twice; from standard input:\n"
                               "two lines, the current and the new)"),
                {}},
            {{QStringLiteral("recover-admin")}, QStringLiteral("LOGIN"),
                QStringLiteral("make LOGIN an active admin again when nobody can manage\n"
                               "people; only the owner of the database file (or, on a team\n"
                               "database, the login that set it up) may"),
                {}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("role"), QStringLiteral("R"),
                    QStringLiteral("rep, senior_rep, team_lead, marketing_manager or admin")},
            {QStringLiteral("name"), QStringLiteral("N"), QStringLiteral("the full name")},
            {QStringLiteral("team"), QStringLiteral("T|none"),
                QStringLiteral("the team by name; none: no team")},
            {QStringLiteral("active"), QStringLiteral("0|1"),
                QStringLiteral("0: the user can no longer sign in or get leads")},
            {QStringLiteral("password-prompt"), QString(),
                QStringLiteral("team databases: ask for the user's new password (twice,\nwithout "
                               "echo; one line from standard input when it is\nnot a terminal)")},
            {QStringLiteral("languages"), QStringLiteral("de,en"),
                QStringLiteral("the languages the user speaks (commas, semicolons or spaces)")},
            {QStringLiteral("territories"), QStringLiteral("A,B"),
                QStringLiteral("the territories by name (commas or semicolons)")},
            {QStringLiteral("capacity-open"), QStringLiteral("N"),
                QStringLiteral("at most N open leads (0 = no limit)")},
            {QStringLiteral("capacity-daily"), QStringLiteral("N"),
                QStringLiteral("at most N new leads a day (0 = no limit)")},
            {QStringLiteral("absent-from"), QStringLiteral("YYYY-MM-DD"),
                QStringLiteral("first day of an absence (none clears)")},
            {QStringLiteral("absent-to"), QStringLiteral("YYYY-MM-DD"),
                QStringLiteral("last day of an absence (none clears)")},
            {QStringLiteral("weight"), QStringLiteral("N"),
                QStringLiteral("share of round-robin routing, 0 to 100")}};
    }

    int run(Context &c) const override { return users(c); }
};

} // namespace

std::unique_ptr<Command> makeUsersCommand()
{
    return std::make_unique<UsersCommand>();
}

} // namespace bantam::cli
