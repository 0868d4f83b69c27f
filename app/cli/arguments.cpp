// Splitting and reading bantam-cli's command line; every mistake is a UsageError naming the
// option or argument.
#include "cli/arguments.h"

#include <QRegularExpression>

namespace bantam::cli {

const QList<Option> &globalOptions()
{
    static const QList<Option> options = {
        {QStringLiteral("db"), QStringLiteral("FILE|URL"),
            QStringLiteral("an SQLite file (default: the GUI's database in your data folder)\n"
                           "or a team database: postgresql://user@host:port/database\n"
                           "(PGPASSFILE, PGSERVICE and the PG* variables work as in psql)")},
        {QStringLiteral("as"), QStringLiteral("USER"),
            QStringLiteral("the login of the user who acts (required for changes)")},
        {QStringLiteral("json"), QString(), QStringLiteral("machine-readable output")},
        {QStringLiteral("help"), QString(),
            QStringLiteral("the usage; after a command, the command's own help")},
    };
    return options;
}

Arguments parseArguments(
    const QStringList &arguments, const QStringList &valueOptions, const QStringList &flags)
{
    Arguments a;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (!arg.startsWith(QLatin1String("--"))) {
            if (a.command.isEmpty())
                a.command = arg;
            else
                a.positional << arg;
            continue;
        }
        QString name = arg.mid(2), value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name)) {
            if (inlineValue)
                throw UsageError {QStringLiteral("--%1 takes no value").arg(name)};
            a.options.insert(name, QString());
        } else if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size())
                    throw UsageError {QStringLiteral("--%1 needs a value").arg(name)};
                value = arguments[++i];
            }
            a.options.insert(name, value);
        } else {
            throw UsageError {QStringLiteral("unknown option '%1'").arg(arg)};
        }
    }
    return a;
}

qint64 Arguments::number(const QString &option, qint64 fallback, qint64 min, qint64 max) const
{
    if (!has(option))
        return fallback;
    bool ok = false;
    const qint64 v = value(option).toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw UsageError {QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'")
                              .arg(option)
                              .arg(min)
                              .arg(max)
                              .arg(value(option))};
    return v;
}

QDate Arguments::date(const QString &option) const
{
    if (!has(option))
        return {};
    const QString text = value(option);
    static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!iso.match(text).hasMatch() || !d.isValid())
        throw UsageError {
            QStringLiteral("--%1: '%2' is not a date (YYYY-MM-DD)").arg(option, text)};
    return d;
}

qint64 leadId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError {QStringLiteral("'%1' is not a lead id (a positive number)").arg(text)};
    return id;
}

} // namespace bantam::cli
