#include "io/csvwriter.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QLocale>
#include <QRegularExpression>

namespace bantam {

CsvWriter::CsvWriter(QIODevice &device, QChar delimiter, bool withBom)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_bomPending(withBom)
{ }

void CsvWriter::writeRow(const QStringList &cells)
{
    QByteArray line;
    if (m_bomPending) {
        line = QByteArrayLiteral("\xEF\xBB\xBF"); // UTF-8 BOM: Excel reads the file as UTF-8
        m_bomPending = false;
    }
    QStringList escaped;
    escaped.reserve(cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i)
        escaped << escapeCell(cells[i], m_delimiter, m_numberColumns.contains(int(i)));
    line += escaped.join(m_delimiter).toUtf8();
    line += "\r\n"; // RFC 4180
    if (m_device.write(line) != line.size())
        m_failed = true;
}

Result<void> CsvWriter::finish()
{
    if (auto *file = qobject_cast<QFileDevice *>(&m_device); file && !file->flush())
        m_failed = true;
    if (m_failed) {
        return Error::storage(
            QCoreApplication::translate("CsvWriter", "Cannot write the CSV file: %1")
                .arg(m_device.errorString()));
    }
    return {};
}

QString CsvWriter::escapeCell(const QString &cell, QChar delimiter, bool numberColumn)
{
    QString out = cell;
    // A plain number in a number column is no formula: "-15" stays the number −15.
    static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    const bool number = numberColumn && plainNumber.match(out).hasMatch();
    // A spreadsheet runs a cell starting with one of these as a formula (or, for tab and CR,
    // after trimming); the apostrophe makes it text.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!number && !out.isEmpty() && formulaStarts.contains(out.front()))
        out.prepend(QLatin1Char('\''));
    if (out.contains(delimiter) || out.contains(QLatin1Char('"')) || out.contains(QLatin1Char('\r'))
        || out.contains(QLatin1Char('\n'))) {
        out.replace(QLatin1Char('"'), QLatin1String("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QChar CsvWriter::delimiterFor(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace bantam
