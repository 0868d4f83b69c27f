// `bantam-cli demo`: fills an empty database with generated users, leads and their history.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "demo/demogenerator.h"
#include "people/accounts.h"
#include "services.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace bantam::cli {

namespace {

int demo(Context &c)
{
    if (!c.has(QStringLiteral("leads")))
        throw UsageError {QStringLiteral("'demo' needs --leads N")};
    DemoOptions options;
    options.leads = int(c.number(QStringLiteral("leads"), 0, 0, 10'000'000));
    options.seed
        = quint64(c.number(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max()));
    if (!c.open(Database::Options::Create::IfMissingOrEmpty))
        return Failed;
    if (auto admin = ensureAdministrator(c.db(), c.clock); !admin)
        return c.fail(admin.error());
    DemoGenerator generator(c.services());
    qint64 lastShown = 0;
    auto summary = generator.generate(options, [&](qint64 done, qint64 total) {
        if (total >= 100000 && done - lastShown >= total / 10) {
            lastShown = done;
            c.err << "  " << done << " / " << total << " leads\n";
            c.err.flush();
        }
        return true;
    });
    if (!summary)
        return c.fail(summary.error());
    if (c.json) {
        c.out << QJsonDocument(QJsonObject {{QStringLiteral("users"), summary->users},
                                   {QStringLiteral("leads"), summary->leads},
                                   {QStringLiteral("history"), summary->historyRows},
                                   {QStringLiteral("activities"), summary->activities}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        c.out << "Created " << summary->users << " users, " << summary->leads << " leads, "
              << summary->historyRows << " history entries and " << summary->activities
              << " activities.\n";
    }
    return Ok;
}

class DemoCommand : public Command
{
public:
    DemoCommand()
        : Command(QStringLiteral("demo"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QStringLiteral("--leads N [--seed S]"),
            QStringLiteral("fill an empty database with demo data"),
            {QStringLiteral("leads"), QStringLiteral("seed")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("leads"), QStringLiteral("N"),
                    QStringLiteral("how many leads to create (up to 10,000,000)")},
            {QStringLiteral("seed"), QStringLiteral("S"),
                QStringLiteral("the random seed; the same seed gives the same data (default 1)")}};
    }

    int run(Context &c) const override { return demo(c); }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace bantam::cli
