// Where an export may be written. Exports write a temporary file and rename it over the target
// (QSaveFile), which would replace a device, a pipe or a socket by a regular file — as root even
// /dev/full. So a target is a regular file, or a name not yet taken in an existing folder.
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace bantam {

struct SaveTarget
{
    Q_DECLARE_TR_FUNCTIONS(SaveTarget)

public:
    // An error (field "file") naming the path and what it is instead.
    static Result<void> check(const QString &path);
};

} // namespace bantam
