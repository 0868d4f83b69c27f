// `bantam-cli copy-to URL`: moves the whole database named by --db into an empty team database
// on a PostgreSQL server (storage/databasecopy.h), in one transaction, with progress on stderr.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "storage/database.h"
#include "storage/databasecopy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace bantam::cli {

namespace {

int copyTo(Context &c)
{
    if (c.positional.size() != 1)
        throw UsageError {QStringLiteral("'copy-to' takes the team database to copy into, e.g. "
                                         "copy-to postgresql://admin@db.example/bantam")};
    const QString target = c.positional.at(0);
    if (!ServerLocation::isServer(target))
        throw UsageError {QStringLiteral("'%1' is not a PostgreSQL address; copy-to copies into "
                                         "a team database (postgresql://user@host:port/database)")
                              .arg(target)};
    if (!c.open())
        return Failed;
    auto to = Database::open(target);
    if (!to)
        return c.fail(to.error());
    QElapsedTimer timer;
    timer.start();
    QString lastTable;
    qint64 lastTenth = -1;
    auto summary
        = DatabaseCopy(c.db(), *to.value())
              .run([&](const QString &table, qint64 done, qint64 total) {
                  // Each table at its start, every tenth and its end; then the
                  // indexes, once.
                  const qint64 tenth = total > 0 ? done * 10 / total : 10;
                  if (table.isEmpty()) {
                      if (done == 0)
                          c.err << "  indexes and foreign keys: building " << total << "\n";
                  } else if (table != lastTable || tenth != lastTenth) {
                      c.err << "  " << table << ": " << done << " of " << total << " rows\n";
                  }
                  c.err.flush();
                  lastTable = table;
                  lastTenth = tenth;
              });
    if (!summary)
        return c.fail(summary.error());
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (c.json) {
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("target"), to.value()->displayName()},
                {QStringLiteral("tables"), summary->tables},
                {QStringLiteral("rows"), summary->rows}, {QStringLiteral("seconds"), seconds}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        c.out << "Copied " << summary->rows << " rows of " << summary->tables << " tables into "
              << to.value()->displayName() << " in " << QString::number(seconds, 'f', 1) << " s.\n";
    }
    return Ok;
}

class CopyToCommand : public Command
{
public:
    CopyToCommand()
        : Command(QStringLiteral("copy-to"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QStringLiteral("URL"),
            QStringLiteral("copy everything into an empty team database (PostgreSQL)"), {}}};
    }

    QList<Option> options() const override { return {}; }

    QString details(const Form &) const override
    {
        return QStringLiteral(
            "Copies leads, history, activities, scores and model versions, users, teams, rules,\n"
            "SLA clocks, the audit log, import runs and attributes in one transaction. The\n"
            "target must exist and be empty (createdb bantam); it is migrated first. If the copy\n"
            "fails or is interrupted, the target stays empty.\n\n"
            "Example:\n"
            "  bantam-cli --db ~/bantam.sqlite copy-to "
            "postgresql://admin@db.example:5432/bantam\n");
    }

    int run(Context &c) const override { return copyTo(c); }
};

} // namespace

std::unique_ptr<Command> makeCopyToCommand()
{
    return std::make_unique<CopyToCommand>();
}

} // namespace bantam::cli
