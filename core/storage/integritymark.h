// IntegrityMark: a small file beside an SQLite database (FILE.checked) that remembers the
// database file's size and modification time after Bantam found the file intact or closed it
// cleanly. Opening skips the page-by-page PRAGMA quick_check (1.5–1.9 s on 200,000 leads) only
// when the file is exactly as Bantam left it: same size, same time, no WAL left behind (a crash,
// or another program that has it open) and not touched in the same clock tick as the mark was
// written (file times are coarse: the mark is written again until its time is later than the
// file's, and a file changed in the mark's tick counts as changed, as in git's "racy clean").
#pragma once

#include <QString>

namespace bantam {

class IntegrityMark
{
public:
    static QString pathFor(const QString &database);
    // Whether the database file is unchanged since the mark was recorded.
    static bool matches(const QString &database);
    // Remembers the file as it is now (best effort: a folder Bantam cannot write to keeps no
    // mark, and every open checks).
    static void record(const QString &database);
    static void forget(const QString &database);
};

} // namespace bantam
