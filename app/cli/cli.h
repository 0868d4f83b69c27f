// bantam-cli: finds the command a command line names, checks its options and runs it. Errors go
// to stderr with a non-zero exit code (1: the command failed, 2: a wrong command line).
#pragma once

#include "cli/command.h"

#include <QStringList>
#include <QTextStream>

namespace bantam::cli {

// Runs bantam-cli with its arguments (without the program name).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `bantam-cli --help`: every form of every command, generated from the commands.
QString globalUsage();

} // namespace bantam::cli
