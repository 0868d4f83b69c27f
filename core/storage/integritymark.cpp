#include "storage/integritymark.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

namespace bantam {

namespace {
constexpr char kFormat[] = "bantam-integrity-mark 1";

// What the mark holds: the database file's size and modification time (ms since the epoch).
QByteArray stateOf(const QString &database)
{
    const QFileInfo file(database);
    if (!file.exists())
        return {};
    return QByteArray(kFormat) + '\n' + QByteArray::number(file.size()) + ' '
        + QByteArray::number(file.lastModified().toMSecsSinceEpoch()) + '\n';
}

bool walLeftBehind(const QString &database)
{
    const QFileInfo wal(database + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}
} // namespace

QString IntegrityMark::pathFor(const QString &database)
{
    return database + QStringLiteral(".checked");
}

bool IntegrityMark::matches(const QString &database)
{
    QFile mark(pathFor(database));
    if (!mark.open(QIODevice::ReadOnly))
        return false;
    const QByteArray recorded = mark.read(256);
    const QFileInfo markInfo(mark.fileName());
    const QFileInfo file(database);
    mark.close();
    // Written within the same tick as the file's last change: a later change in that tick
    // would not show in the time. Such a file is checked (and then marked again).
    if (!file.exists() || file.lastModified() >= markInfo.lastModified())
        return false;
    return !walLeftBehind(database) && recorded == stateOf(database);
}

void IntegrityMark::record(const QString &database)
{
    const QByteArray state = stateOf(database);
    if (state.isEmpty() || walLeftBehind(database))
        return;
    // Written again until its time is later than the file's (file times are coarse: the last
    // checkpoint and the mark often share a tick), so that a change after it always shows.
    for (int attempt = 0; attempt < 20; ++attempt) {
        QSaveFile mark(pathFor(database));
        if (!mark.open(QIODevice::WriteOnly) || mark.write(state) != state.size()
            || !mark.commit()) {
            QFile::remove(pathFor(database));
            return;
        }
        if (QFileInfo(pathFor(database)).lastModified() > QFileInfo(database).lastModified())
            return;
        QThread::msleep(5);
    }
    QFile::remove(pathFor(database));
}

void IntegrityMark::forget(const QString &database)
{
    QFile::remove(pathFor(database));
}

} // namespace bantam
