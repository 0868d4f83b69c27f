#include "settings/preferences.h"

#include <QCryptographicHash>
#include <QSettings>

namespace bantam::preferences {

namespace {
template <typename T>
T get(const char *key, const T &fallback = T())
{
    return QSettings().value(QLatin1String(key), QVariant::fromValue(fallback)).template value<T>();
}
void put(const char *key, const QVariant &value)
{
    QSettings().setValue(QLatin1String(key), value);
}
QString perDatabaseKey(const char *prefix, const QString &path)
{
    return QLatin1String(prefix)
        + QString::fromLatin1(
            QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}
} // namespace

QString language()
{
    return get<QString>("ui/language");
}
void setLanguage(const QString &code)
{
    put("ui/language", code);
}
QStringList recentServers()
{
    return get<QStringList>("session/recentServers");
}
void addRecentServer(const QString &urlWithoutPassword)
{
    QStringList recent = recentServers();
    recent.removeAll(urlWithoutPassword);
    recent.prepend(urlWithoutPassword);
    put("session/recentServers", recent.mid(0, 8));
}
QString lastUserLogin()
{
    return get<QString>("session/userLogin");
}
void setLastUserLogin(const QString &login)
{
    put("session/userLogin", login);
}

bool demoDataOffered(const QString &databasePath)
{
    return QSettings().value(perDatabaseKey("demoOffered/", databasePath), false).toBool();
}
void setDemoDataOffered(const QString &databasePath)
{
    QSettings().setValue(perDatabaseKey("demoOffered/", databasePath), true);
}

QByteArray windowGeometry()
{
    return get<QByteArray>("ui/geometry");
}
void setWindowGeometry(const QByteArray &geometry)
{
    put("ui/geometry", geometry);
}
QByteArray windowState()
{
    return get<QByteArray>("ui/state");
}
void setWindowState(const QByteArray &state)
{
    put("ui/state", state);
}
QByteArray headerState(const QString &table)
{
    return QSettings().value(QLatin1String("ui/columns/") + table).toByteArray();
}
void setHeaderState(const QString &table, const QByteArray &state)
{
    QSettings().setValue(QLatin1String("ui/columns/") + table, state);
}
bool headerSizedByUser(const QString &table)
{
    return QSettings().value(QLatin1String("ui/columnsSizedByUser/") + table, false).toBool();
}
void setHeaderSizedByUser(const QString &table, bool sized)
{
    QSettings().setValue(QLatin1String("ui/columnsSizedByUser/") + table, sized);
}

} // namespace bantam::preferences
