// The parts of a command that do not depend on what it does: which form a command line uses,
// and the help and usage texts generated from the forms and options a command declares.
#include "cli/command.h"

#include "cli/arguments.h"

namespace bantam::cli {

namespace {

constexpr qsizetype kDescriptionColumn = 36; // where descriptions start in the global usage
constexpr qsizetype kOptionColumn = 26; // where option help starts in a command's help

bool startsWith(const QStringList &list, const QStringList &prefix)
{
    return prefix.size() <= list.size() && list.mid(0, prefix.size()) == prefix;
}

QString indentLines(const QString &text, qsizetype indent)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(QString(indent, QLatin1Char(' ')));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// "  --name VALUE" and its help, the help wrapped lines aligned.
QString optionLine(const Option &o)
{
    QString head = QStringLiteral("  --") + o.name;
    if (!o.isFlag())
        head += QLatin1Char(' ') + o.value;
    QStringList help = o.help.split(QLatin1Char('\n'));
    QString text = head.size() + 2 <= kOptionColumn
        ? head.leftJustified(kOptionColumn) + help.takeFirst()
        : head + QLatin1Char('\n') + QString(kOptionColumn, QLatin1Char(' ')) + help.takeFirst();
    for (const QString &line : help)
        text += QLatin1Char('\n') + QString(kOptionColumn, QLatin1Char(' ')) + line;
    return text + QLatin1Char('\n');
}

QString Command::details(const Form &) const
{
    return {};
}

std::optional<QStringList> Command::optionsFor(const QStringList &positional) const
{
    const QList<Form> all = forms();
    qsizetype longest = -1;
    for (const Form &f : all) {
        if (startsWith(positional, f.words))
            longest = std::max(longest, f.words.size());
    }
    if (longest < 0)
        return std::nullopt;
    QStringList names;
    for (const Form &f : all) {
        if (f.words.size() == longest && startsWith(positional, f.words))
            names += f.options;
    }
    return names;
}

QStringList Command::optionNames() const
{
    QStringList names;
    for (const Option &o : options())
        names << o.name;
    return names;
}

QString Command::usageLines() const
{
    QString text;
    for (const Form &f : forms()) {
        QString head = QStringLiteral("  ") + m_name;
        if (!f.words.isEmpty())
            head += QLatin1Char(' ') + f.words.join(QLatin1Char(' '));
        QStringList synopsis
            = f.synopsis.isEmpty() ? QStringList {} : f.synopsis.split(QLatin1Char('\n'));
        QString last = synopsis.isEmpty() ? head : head + QLatin1Char(' ') + synopsis.takeFirst();
        for (const QString &line : std::as_const(synopsis)) {
            text += last + QLatin1Char('\n');
            last = QString(head.size() + 1, QLatin1Char(' ')) + line;
        }
        if (f.description.isEmpty()) {
            text += last + QLatin1Char('\n');
            continue;
        }
        QStringList description = f.description.split(QLatin1Char('\n'));
        if (last.size() + 2 <= kDescriptionColumn)
            text += last.leftJustified(kDescriptionColumn) + description.takeFirst()
                + QLatin1Char('\n');
        else
            text += last + QLatin1Char('\n');
        for (const QString &line : std::as_const(description))
            text += QString(kDescriptionColumn, QLatin1Char(' ')) + line + QLatin1Char('\n');
    }
    return text;
}

QString Command::help(const QStringList &positional) const
{
    const QList<Form> all = forms();
    // The longest start of the arguments that names sub-commands, e.g. "holidays" of
    // "sla holidays": every form that begins with it is shown.
    QStringList words;
    for (const QString &arg : positional) {
        QStringList longer = words;
        longer << arg;
        if (std::none_of(all.begin(), all.end(),
                [&longer](const Form &f) { return startsWith(f.words, longer); }))
            break;
        words = longer;
    }
    QString text = QStringLiteral("Usage:\n");
    QStringList optionNames, more;
    for (const Form &f : all) {
        if (!startsWith(f.words, words))
            continue;
        QString head = QStringLiteral("  bantam-cli ") + m_name;
        if (!f.words.isEmpty())
            head += QLatin1Char(' ') + f.words.join(QLatin1Char(' '));
        QStringList synopsis = f.synopsis.split(QLatin1Char('\n'));
        text += head + (f.synopsis.isEmpty() ? QString() : QLatin1Char(' ') + synopsis.takeFirst());
        for (const QString &line : std::as_const(synopsis))
            text += QLatin1Char('\n') + QString(head.size() + 1, QLatin1Char(' ')) + line;
        text += QLatin1Char('\n') + indentLines(f.description, 6) + QLatin1Char('\n');
        for (const QString &name : f.options) {
            if (!optionNames.contains(name))
                optionNames << name;
        }
        if (const QString extra = details(f); !extra.isEmpty() && !more.contains(extra))
            more << extra;
    }
    if (!optionNames.isEmpty()) {
        text += QStringLiteral("\nOptions:\n");
        for (const Option &o : options()) {
            if (optionNames.contains(o.name))
                text += optionLine(o);
        }
    }
    text += QStringLiteral("\nGlobal options:\n");
    for (const Option &o : globalOptions())
        text += optionLine(o);
    for (const QString &m : std::as_const(more))
        text += QLatin1Char('\n') + m;
    return text;
}

} // namespace bantam::cli
