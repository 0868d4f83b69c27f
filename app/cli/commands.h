// bantam-cli's commands: each parses its arguments and calls the same core services the GUI
// uses. Errors go to stderr with a non-zero exit code; nothing is half-written.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace bantam::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Runs bantam-cli with its arguments (without the program name).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace bantam::cli
