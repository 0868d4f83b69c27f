// Preferences: the per-user UI settings, declared once as typed keys over QSettings.
// Business rules never live here; they live in the database.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bantam::preferences {

// "" = follow the system locale, otherwise a language code ("de", "en").
QString language();
void setLanguage(const QString &code);

QString lastUserLogin();
void setLastUserLogin(const QString &login);

bool demoDataOffered(const QString &databasePath);
void setDemoDataOffered(const QString &databasePath);

// Team databases opened lately, newest first, as addresses without a password (at most 8).
QStringList recentServers();
void addRecentServer(const QString &urlWithoutPassword);

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);
QByteArray windowState();
void setWindowState(const QByteArray &state);

// A table header's columns (shown, order, widths), by the table's name.
QByteArray headerState(const QString &table);
void setHeaderState(const QString &table, const QByteArray &state);
// Whether the user has sized a column of the table themselves (else its widths fit the window).
bool headerSizedByUser(const QString &table);
void setHeaderSizedByUser(const QString &table, bool sized);

} // namespace bantam::preferences
