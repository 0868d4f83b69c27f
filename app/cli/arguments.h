// bantam-cli's command line: split into the command, its positional arguments and its options,
// and read back as typed values (numbers, dates, lead ids) whose errors name the option.
#pragma once

#include "cli/command.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace bantam::cli {

struct Arguments
{
    QString command;
    QStringList positional; // after the command, sub-command words first
    QMap<QString, QString> options; // name -> value ("" for flags)

    bool has(const QString &option) const { return options.contains(option); }
    QString value(const QString &option, const QString &fallback = {}) const
    {
        return options.value(option, fallback);
    }
    // A whole number from min to max, fallback when the option is not given.
    qint64 number(const QString &option, qint64 fallback, qint64 min, qint64 max) const;
    // A date written YYYY-MM-DD; invalid when the option is not given.
    QDate date(const QString &option) const;
};

// --db, --as, --json and --help: taken by every command.
const QList<Option> &globalOptions();

// Splits a command line. valueOptions take the next word (or `=value`), flags take none; any
// other option is refused. The first word that is no option's value is the command.
Arguments parseArguments(
    const QStringList &arguments, const QStringList &valueOptions, const QStringList &flags);

// A lead id written by a person: a positive number.
qint64 leadId(const QString &text);

} // namespace bantam::cli
