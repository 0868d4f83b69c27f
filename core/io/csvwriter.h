// CsvWriter: CSV that Excel opens correctly — UTF-8 with BOM, a chosen delimiter (';' for
// German Excel), RFC 4180 quoting, and text cells starting with = + - @ (or tab / CR)
// neutralised with a leading apostrophe so a spreadsheet never runs them as formulas. Columns
// declared as numbers write a plain number ("-15", "3.5") as it is, so a negative score stays a
// number; anything else in them is guarded like text.
#pragma once

#include "result.h"

#include <QChar>
#include <QIODevice>
#include <QStringList>

namespace bantam {

class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device, QChar delimiter = QLatin1Char(','), bool withBom = true);
    // The (0-based) columns that hold numbers.
    void setNumberColumns(const QList<int> &columns) { m_numberColumns = columns; }
    void writeRow(const QStringList &cells);
    Result<void> finish(); // flush; reports a write error

    static QString escapeCell(const QString &cell, QChar delimiter, bool numberColumn = false);
    // ';' where the locale writes decimal commas (German Excel), ',' otherwise.
    static QChar delimiterFor(const QLocale &locale);

private:
    QIODevice &m_device;
    QChar m_delimiter;
    bool m_bomPending;
    bool m_failed = false;
    QList<int> m_numberColumns;
};

} // namespace bantam
