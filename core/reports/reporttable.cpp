// ReportTable's mechanics: a table from its declared columns, JSON, and cells shown by kind.
#include "reports/reporttable.h"

#include "domain/slaclock.h"
#include "domain/stage.h"
#include "reports/reportcatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

namespace bantam {

ReportTable::ReportTable(const ReportTableSpec &spec)
    : key(QString::fromLatin1(spec.key))
    , title(QCoreApplication::translate("ReportTable", spec.title))
    , columns(spec.columns)
{
    for (const ReportColumn &c : columns) {
        keys << QString::fromLatin1(c.key);
        headers << QCoreApplication::translate("ReportTable", c.header);
    }
}

QJsonArray ReportTable::toJson() const
{
    QJsonArray out;
    for (const QVariantList &row : rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < keys.size() && i < row.size(); ++i)
            o.insert(keys[i], row[i].isNull() ? QJsonValue() : QJsonValue::fromVariant(row[i]));
        out.append(o);
    }
    return out;
}

QString ReportTable::text(qsizetype row, qsizetype column) const
{
    return formatCell(rows[row][column], columns[size_t(column)]);
}

QString ReportTable::display(const QVariant &cell, const QString &key)
{
    const ReportColumn *column = reportColumn(key);
    return formatCell(cell, column ? *column : ReportColumn {"", "", CellKind::Text});
}

QString formatCell(const QVariant &cell, const ReportColumn &column)
{
    if (cell.isNull())
        return QString();
    const QLocale locale;
    // A rate of 1 read back from JSON is an integer, and still 100.0%: the kind decides.
    switch (column.kind) {
    case CellKind::Count:
    case CellKind::Number:
        return locale.toString(cell.toLongLong());
    case CellKind::Rate:
        //: A share in percent, e.g. "45.6%"; add a space before % where the language wants one.
        return QCoreApplication::translate("ReportTable", "%1%")
            .arg(locale.toString(cell.toDouble() * 100.0, 'f', 1));
    case CellKind::Days:
    case CellKind::Hours:
    case CellKind::Score:
        return locale.toString(cell.toDouble(), 'f', 1);
    case CellKind::Stage:
        if (auto stage = stageFromKey(cell.toString()))
            return stageName(*stage);
        break;
    case CellKind::Instant: // stored as ISO UTC: local time for people
        if (const QDateTime at = QDateTime::fromString(cell.toString(), Qt::ISODate); at.isValid())
            return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
        break;
    case CellKind::Code:
        if (column.label)
            return column.label(cell.toString());
        break;
    case CellKind::Text:
        break;
    }
    return cell.toString();
}

QString formatCell(const QVariant &cell, CellKind kind)
{
    return formatCell(cell, ReportColumn {"", "", kind});
}

QVariant countCell(qint64 n)
{
    return QVariant::fromValue<qint64>(n);
}

QVariant durationCell(const std::optional<double> &d)
{
    return d ? QVariant(*d) : QVariant();
}

} // namespace bantam
