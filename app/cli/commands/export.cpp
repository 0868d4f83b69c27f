// `bantam-cli export leads`: the filtered lead list as a CSV file for Excel.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/leadquery.h"
#include "cli/output.h"
#include "io/csvwriter.h"
#include "io/leadexport.h"
#include "services.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace bantam::cli {

namespace {

int exportLeads(Context &c)
{
    if (c.positional.value(0) != QLatin1String("leads") || c.positional.size() != 2)
        throw UsageError {QStringLiteral("usage: export leads FILE.csv [filters]")};
    LeadExportOptions options;
    const QString delimiter = c.value(QStringLiteral("delimiter"));
    if (delimiter.isEmpty())
        options.delimiter = CsvWriter::delimiterFor(QLocale::system());
    else if (delimiter == QLatin1String("tab"))
        options.delimiter = QLatin1Char('\t');
    else if (delimiter.size() == 1 && QStringLiteral(",;|").contains(delimiter))
        options.delimiter = delimiter.front();
    else
        throw UsageError {QStringLiteral("--delimiter: use , ; | or tab, not '%1'").arg(delimiter)};
    if (c.has(QStringLiteral("for-people")))
        options.reader = QLocale::system();
    if (!leadQuery(c, options.filter, options.sort))
        return Failed;
    const QString path = c.positional[1];
    auto written = c.services().leadExporter().exportTo(path, options);
    if (!written)
        return c.fail(written.error());
    if (c.json)
        c.out << QJsonDocument(QJsonObject {{QStringLiteral("file"), path},
                                   {QStringLiteral("leads"), written.value()}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        c.out << "Exported " << written.value() << " leads to " << path << ".\n";
    return Ok;
}

class ExportCommand : public Command
{
public:
    ExportCommand()
        : Command(QStringLiteral("export"))
    { }

    QList<Form> forms() const override
    {
        return {{{QStringLiteral("leads")},
            QStringLiteral(
                "FILE.csv [--stage S] [--owner U|me|none] [--source S] [--search TEXT]\n[--attr "
                "NAME[=VALUE]] [--sort COLUMN] [--desc] [--delimiter ,|;|tab]\n[--for-people]"),
            QStringLiteral(
                "the filtered list as CSV for Excel (UTF-8 with BOM;\n';' where the system locale "
                "writes decimal commas),\ncustom attributes as extra columns"),
            {QStringLiteral("stage"), QStringLiteral("owner"), QStringLiteral("source"),
                QStringLiteral("search"), QStringLiteral("attr"), QStringLiteral("external-id"),
                QStringLiteral("sort"), QStringLiteral("desc"), QStringLiteral("delimiter"),
                QStringLiteral("for-people")}}};
    }

    QList<Option> options() const override
    {
        return {leadQueryOptions()
            + QList<Option> {
                {QStringLiteral("delimiter"), QStringLiteral(",|;|tab"),
                    QStringLiteral(
                        "the field separator (default: ';' where the system locale\nwrites "
                        "decimal commas, else ',')")},
                {QStringLiteral("for-people"), QString(),
                    QStringLiteral("titles, stages and local times in the system locale's\n"
                                   "language and notation, as the window exports them")}}};
    }

    int run(Context &c) const override { return exportLeads(c); }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace bantam::cli
