#include "storage/serverlocation.h"

#include "storage/libpq.h"

#include <QRegularExpression>
#include <QUrl>

#include <memory>

namespace bantam {

namespace {

// libpq's quoting for a keyword value: single quotes, backslash before ' and \.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// libpq's value for keyword when the location leaves it open (environment, service file,
// built-in default such as the login name for user).
QString libpqDefault(const char *keyword)
{
    const LibPq *pq = LibPq::get();
    if (!pq)
        return {};
    std::unique_ptr<PQconninfoOption, decltype(pq->conninfoFree)> defaults(
        pq->conndefaults(), pq->conninfoFree);
    for (PQconninfoOption *o = defaults.get(); o && o->keyword; ++o) {
        if (qstrcmp(o->keyword, keyword) == 0 && o->val)
            return QString::fromLocal8Bit(o->val);
    }
    return {};
}

} // namespace

bool ServerLocation::isServer(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return true;
    // A keyword string starts with one of libpq's connection keywords.
    static const QRegularExpression keyword(
        QStringLiteral("^(host|hostaddr|port|dbname|user|password|service|sslmode|passfile)\\s*="));
    return keyword.match(t).hasMatch();
}

QString ServerLocation::keywords(const QString &host, int port, const QString &database,
    const QString &user, const QString &password)
{
    QStringList parts;
    auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + quoted(value);
    };
    add("host", host.trimmed());
    add("port", port > 0 ? QString::number(port) : QString());
    add("dbname", database.trimmed());
    add("user", user.trimmed());
    add("password", password);
    return parts.join(QLatin1Char(' '));
}

Result<ServerLocation> ServerLocation::parse(const QString &text)
{
    QString unloaded;
    const LibPq *pq = LibPq::get(&unloaded);
    if (!pq)
        return Error::storage(unloaded);
    char *error = nullptr;
    const QByteArray raw = text.trimmed().toUtf8();
    std::unique_ptr<PQconninfoOption, decltype(pq->conninfoFree)> options(
        pq->conninfoParse(raw.constData(), &error), pq->conninfoFree);
    if (!options) {
        const QString why = error ? QString::fromLocal8Bit(error).trimmed() : QString();
        pq->freemem(error);
        return Error::invalid(tr("'%1' is not a valid PostgreSQL address: %2\nExample: "
                                 "postgresql://user@db.example:5432/bantam")
                                  .arg(text, why),
            QStringLiteral("database"));
    }
    ServerLocation loc;
    QStringList rest;
    for (PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (!o->val || !*o->val)
            continue;
        const QString key = QString::fromLatin1(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == QLatin1String("host"))
            loc.m_host = value;
        else if (key == QLatin1String("port")) {
            bool ok = false;
            loc.m_port = value.toInt(&ok);
            if (!ok || loc.m_port <= 0 || loc.m_port > 65535)
                return Error::invalid(tr("'%1' is not a port number (in '%2').").arg(value, text),
                    QStringLiteral("database"));
        } else if (key == QLatin1String("dbname"))
            loc.m_database = value;
        else if (key == QLatin1String("user"))
            loc.m_user = value;
        else if (key == QLatin1String("password"))
            loc.m_password = value;
        else {
            loc.m_other.emplace_back(key, value);
            rest << key + QLatin1Char('=') + quoted(value);
        }
    }
    if (!loc.m_other.empty() || !rest.isEmpty())
        loc.m_options = rest.join(QLatin1Char(' '));
    return loc;
}

QString ServerLocation::displayName() const
{
    const QString user = m_user.isEmpty() ? libpqDefault("user") : m_user;
    QString host = m_host.isEmpty() ? libpqDefault("host") : m_host;
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    const QString port = m_port > 0 ? QString::number(m_port) : libpqDefault("port");
    const QString db = m_database.isEmpty() ? libpqDefault("dbname") : m_database;
    return QStringLiteral("%1@%2:%3/%4").arg(user, host, port, db.isEmpty() ? user : db);
}

QString ServerLocation::urlWithoutPassword() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    // A socket folder is not a host name: it goes into ?host= as libpq reads it.
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    if (!m_host.isEmpty() && !socket)
        url.setHost(m_host);
    if (m_port > 0)
        url.setPort(m_port);
    if (!m_user.isEmpty())
        url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    QStringList query;
    if (socket)
        query << QStringLiteral("host=") + QString::fromLatin1(QUrl::toPercentEncoding(m_host));
    for (const auto &[key, value] : m_other)
        query << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    QString s = url.toString(QUrl::FullyEncoded);
    if (!query.isEmpty())
        s += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return s;
}

ServerLocation ServerLocation::withDatabase(const QString &name) const
{
    ServerLocation other = *this;
    other.m_database = name;
    return other;
}

void ServerLocation::configure(QSqlDatabase &db) const
{
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(m_password);
    QString options = QStringLiteral("application_name=bantam");
    if (!m_options.contains(QLatin1String("connect_timeout=")))
        options += QStringLiteral(" connect_timeout=10");
    if (!m_options.isEmpty())
        options += QLatin1Char(' ') + m_options;
    db.setConnectOptions(options);
}

QByteArray ServerLocation::conninfoWithoutPassword() const
{
    ServerLocation without = *this;
    without.m_password.clear();
    return without.conninfo();
}

QByteArray ServerLocation::conninfo() const
{
    QStringList parts;
    auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + quoted(value);
    };
    add("host", m_host);
    add("port", m_port > 0 ? QString::number(m_port) : QString());
    add("dbname", m_database);
    add("user", m_user);
    add("password", m_password);
    if (!m_options.isEmpty())
        parts << m_options;
    return parts.join(QLatin1Char(' ')).toUtf8();
}

QProcessEnvironment ServerLocation::toolEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), m_password);
    return env;
}

Result<void> ServerLocation::checkSignIn(const QString &login, const QString &password) const
{
    ServerLocation as = *this;
    as.m_user = login;
    as.m_password = password;
    QString unloaded;
    const LibPq *pq = LibPq::get(&unloaded);
    if (!pq)
        return Error::storage(unloaded);
    std::unique_ptr<PGconn, decltype(pq->finish)> conn(
        pq->connectdb(as.conninfo().constData()), pq->finish);
    if (pq->status(conn.get()) == CONNECTION_OK)
        return {};
    const QString why = QString::fromUtf8(pq->errorMessage(conn.get())).trimmed();
    if (pq->connectionUsedPassword(conn.get()) || pq->connectionNeedsPassword(conn.get())
        || why.contains(QLatin1String("password"))) {
        return Error::invalid(tr("The server did not accept that password for %1.").arg(login),
            QStringLiteral("password"));
    }
    return Error::storage(tr("Signing in to %1 as %2 failed: %3").arg(displayName(), login, why));
}

Result<void> ServerLocation::ping() const
{
    QString unloaded;
    const LibPq *pq = LibPq::get(&unloaded);
    if (!pq)
        return Error::storage(unloaded);
    switch (pq->ping(conninfo().constData())) {
    case PQPING_OK:
        return {};
    case PQPING_REJECT:
        return Error::storage(
            tr("The server of %1 is starting up or shutting down.").arg(displayName()));
    case PQPING_NO_ATTEMPT:
        return Error::invalid(tr("The address of %1 is not usable.").arg(displayName()));
    case PQPING_NO_RESPONSE:
    default:
        return Error::storage(tr("The server of %1 does not answer.").arg(displayName()));
    }
}

} // namespace bantam
