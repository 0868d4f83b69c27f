// The command abstraction of bantam-cli (KeePassXC's src/cli is the model): each command group
// (leads, import, sla, ...) is one Command that declares the forms it is used in, the options
// it takes, its help text, and runs on a Context. cli.cpp finds the command for a command line,
// refuses options the form does not take and prints the help.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bantam::cli {

class Context;

// Partly: done, but not all of it (an import with warnings or rejected rows).
enum ExitCode { Ok = 0, Failed = 1, Usage = 2, Partly = 3 };

// A wrong command line: printed with a hint to --help, exit code Usage.
struct UsageError
{
    QString message;
};

struct Option
{
    QString name; // without the dashes: "stage"
    QString value; // what it takes, shown in the help ("S", "FILE"); empty for a flag
    QString help;

    bool isFlag() const { return value.isEmpty(); }
};

// One way to use a command: the sub-command words it starts with (none: the command alone),
// the rest of its synopsis, what it does, and the names of the options it takes. Synopsis and
// description may hold line breaks where a long one wraps.
struct Form
{
    QStringList words;
    QString synopsis;
    QString description;
    QStringList options;
};

// "  --name VALUE" and its help, the help's lines aligned in one column.
QString optionLine(const Option &o);

class Command
{
public:
    explicit Command(QString name)
        : m_name(std::move(name))
    { }
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    const QString &name() const { return m_name; }
    virtual QList<Form> forms() const = 0;
    virtual QList<Option> options() const = 0;
    // More help for a form than its description: file formats, examples. Empty by default.
    virtual QString details(const Form &form) const;
    // Runs the command; throws UsageError for a wrong command line.
    virtual int run(Context &c) const = 0;

    // The options of the forms the positional arguments use (those with the longest words
    // that start them); nothing when they use no form.
    std::optional<QStringList> optionsFor(const QStringList &positional) const;
    // The options any form of the command takes (for a command line that names no form).
    QStringList optionNames() const;
    // `bantam-cli COMMAND [WORDS] --help`: the forms starting with the words given, their
    // options and details.
    QString help(const QStringList &positional) const;
    // The command's lines in the global usage.
    QString usageLines() const;

private:
    QString m_name;
};

} // namespace bantam::cli
