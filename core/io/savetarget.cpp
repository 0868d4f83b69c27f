#include "io/savetarget.h"

#include <QDir>
#include <QFileInfo>

namespace bantam {

Result<void> SaveTarget::check(const QString &path)
{
    const QFileInfo info(path);
    if (path.trimmed().isEmpty())
        return Error::invalid(tr("No file name to export to."), QStringLiteral("file"));
    if (info.isDir())
        return Error::invalid(tr("'%1' is a folder; name a file in it to export to.").arg(path),
            QStringLiteral("file"));
    // exists() follows symbolic links: a link to a device counts as the device.
    if (info.exists() && !info.isFile())
        return Error::invalid(tr("'%1' is not a regular file (a device, a pipe or a socket); "
                                 "export to a file instead.")
                                  .arg(path),
            QStringLiteral("file"));
    if (!info.exists() && !QFileInfo(info.absolutePath()).isDir())
        return Error::invalid(tr("Cannot write '%1': the folder '%2' does not exist.")
                                  .arg(path, QDir::toNativeSeparators(info.absolutePath())),
            QStringLiteral("file"));
    return {};
}

} // namespace bantam
