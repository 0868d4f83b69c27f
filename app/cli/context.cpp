// The context commands run in: opening the database and the look-ups shared by commands.
#include "cli/context.h"

#include "domain/named.h"
#include "people/signin.h"
#include "services.h"
#include "storage/database.h"
#include "storage/userrepository.h"

namespace bantam::cli {

Context::Context(Arguments arguments, QTextStream &out, QTextStream &err)
    : args(std::move(arguments))
    , positional(args.positional)
    , out(out)
    , err(err)
    , json(args.has(QStringLiteral("json")))
{ }

Context::~Context() = default;

int Context::fail(const Error &e)
{
    err << "bantam-cli: " << e.message;
    if (!e.field.isEmpty())
        err << " [field: " << e.field << ']';
    err << Qt::endl;
    return Failed;
}

bool Context::open(Database::Options::Create create)
{
    const QString path = args.value(QStringLiteral("db"), Database::defaultPath());
    Database::Options options;
    options.create = create;
    auto db = Database::open(path, options);
    if (!db) {
        Error e = db.error();
        if (e.kind == Error::Kind::NotFound && e.field == QLatin1String("database"))
            e.message += QStringLiteral(" To make a new database there: bantam-cli --db %1 init")
                             .arg(path);
        fail(e);
        return false;
    }
    // On a team database, who connected: a Bantam user, or the setup login (which uses --as).
    auto signedIn = signedInUser(*db.value());
    if (!signedIn) {
        fail(signedIn.error());
        return false;
    }
    m_signedIn = signedIn.value();
    m_db = std::move(db).value();
    m_services = std::make_unique<Services>(*m_db, events, clock);
    return true;
}

std::optional<User> Context::actor()
{
    const QString login = args.value(QStringLiteral("as"));
    if (login.isEmpty()) {
        if (m_signedIn)
            return m_signedIn; // connected as a Bantam user: that is who acts
        fail(Error::invalid(
            QStringLiteral("this command changes data; say who you are with --as LOGIN"),
            QStringLiteral("--as")));
        return std::nullopt;
    }
    auto acting = user(login, QStringLiteral("--as"));
    if (!acting)
        return std::nullopt;
    if (auto may = mayActAs(m_signedIn, *acting); !may) {
        fail(Error::forbidden(may.error().message));
        return std::nullopt;
    }
    return acting;
}

std::optional<User> Context::openAsActor()
{
    if (!open())
        return std::nullopt;
    return actor();
}

std::optional<User> Context::user(const QString &login, const QString &option)
{
    auto u = UserRepository(*m_db).byLogin(login);
    if (!u) {
        fail(Error::invalid(u.error().message, option));
        return std::nullopt;
    }
    return u.value();
}

std::optional<qint64> Context::teamByName(const QString &name)
{
    auto teams = UserRepository(*m_db).teams();
    if (!teams) {
        fail(teams.error());
        return std::nullopt;
    }
    if (const Team *team = findByName(teams.value(), name))
        return team->id;
    QStringList known;
    for (const Team &t : teams.value())
        known << t.name;
    fail(Error::invalid(QStringLiteral("there is no team '%1' (teams: %2)")
                            .arg(name, known.join(QLatin1String(", "))),
        QStringLiteral("--team")));
    return std::nullopt;
}

} // namespace bantam::cli
