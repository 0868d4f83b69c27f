// `bantam-cli backup FILE` and `bantam-cli restore FILE`: a consistent copy of the whole
// database named by --db, and reading one back into a new file or an empty team database
// (storage/databasebackup.h).
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "storage/database.h"
#include "storage/databasebackup.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace bantam::cli {

namespace {

QString onlyFile(const Context &c, const QString &command)
{
    if (c.positional.size() != 1)
        throw UsageError {QStringLiteral("'%1' takes one file").arg(command)};
    return c.positional.at(0);
}

int backup(Context &c)
{
    const QString file = onlyFile(c, QStringLiteral("backup"));
    if (!c.open())
        return Failed;
    if (auto r = DatabaseBackup::write(c.db(), file); !r)
        return c.fail(r.error());
    const QString written = QFileInfo(file).absoluteFilePath();
    if (c.json) {
        c.out << QJsonDocument(QJsonObject {{QStringLiteral("database"), c.db().displayName()},
                                   {QStringLiteral("backup"), written},
                                   {QStringLiteral("bytes"), QFileInfo(file).size()}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        c.out << "Backed up " << c.db().displayName() << " to " << written << ".\n";
    }
    return Ok;
}

int restore(Context &c)
{
    const QString file = onlyFile(c, QStringLiteral("restore"));
    // Not c.open(): that would create and migrate the target before the backup goes in.
    const QString location = c.value(QStringLiteral("db")).isEmpty()
        ? Database::defaultPath()
        : c.value(QStringLiteral("db"));
    if (auto r = DatabaseBackup::restore(file, location); !r)
        return c.fail(r.error());
    if (c.json) {
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("restored"), QFileInfo(file).absoluteFilePath()}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        c.out << "Restored " << QFileInfo(file).absoluteFilePath() << ".\n";
    }
    return Ok;
}

class BackupCommand : public Command
{
public:
    BackupCommand()
        : Command(QStringLiteral("backup"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QStringLiteral("FILE"),
            QStringLiteral("write a consistent copy of the database to FILE"), {}}};
    }
    QList<Option> options() const override { return {}; }
    QString details(const Form &) const override
    {
        return QStringLiteral(
            "An SQLite database is copied as an SQLite file (readable by sqlite3).\n"
            "A team database is written by pg_dump in its custom format (Debian\n"
            "package postgresql-client); `restore` or pg_restore reads it back.\n");
    }
    int run(Context &c) const override { return backup(c); }
};

class RestoreCommand : public Command
{
public:
    RestoreCommand()
        : Command(QStringLiteral("restore"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QStringLiteral("FILE"),
            QStringLiteral("restore a backup into --db: a new file or an empty team database"),
            {}}};
    }
    QList<Option> options() const override { return {}; }
    QString details(const Form &) const override
    {
        return QStringLiteral(
            "Never overwrites: the --db file must not exist, and a team database\n"
            "must be empty (createdb a new one). Restored in one transaction.\n"
            "Example:\n"
            "  bantam-cli --db postgresql://admin@db/bantam backup team.dump\n"
            "  createdb bantam_restored\n"
            "  bantam-cli --db postgresql://admin@db/bantam_restored restore team.dump\n");
    }
    int run(Context &c) const override { return restore(c); }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

std::unique_ptr<Command> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace bantam::cli
