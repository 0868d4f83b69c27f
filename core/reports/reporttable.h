// ReportTable: a report as a plain table — its columns as the report catalog declares them (key,
// translated header, kind of value) and typed cells — the one form the GUI's tables, CSV export
// and bantam-cli (text, CSV, JSON) all print, so their numbers agree. A cell is shown as its
// column's kind says, never guessed from the column's name.
#pragma once

#include <QJsonArray>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace bantam {

// What a column holds, and so how people read it.
enum class CellKind {
    Text, // as it is
    Code, // a stored code shown by the name the column's label gives it
    Stage, // a stage key, shown by the stage's name
    Instant, // ISO UTC date and time, shown in local time
    Count, // a whole number of things, as the locale writes it
    Number, // another whole number (an id, a score bound), as the locale writes it
    Rate, // a share from 0 to 1, shown in percent with one decimal
    Days, // a duration in days, one decimal
    Hours, // a duration in hours, one decimal
    Score, // an average score, one decimal
};

struct ReportColumn
{
    const char *key; // stable name for JSON and CSV ("leadToMqlRate")
    const char *header; // source text, translated in the context "ReportTable"
    CellKind kind;
    QString (*label)(const QString &code) = nullptr; // Code: the name of a stored code
};

// A table as the catalog describes it: its JSON name within its report, title and columns.
struct ReportTableSpec
{
    const char *key; // "totals", "byMonth"; the report's key for a report of one table
    const char *title; // source text, translated in the context "ReportTable"
    std::vector<ReportColumn> columns;
};

struct ReportTable
{
    ReportTable() = default;
    explicit ReportTable(const ReportTableSpec &spec);

    QString key; // the table's name where a report has several ("totals", "byMonth")
    QString title;
    QStringList keys; // stable column names for JSON ("source", "leads", "leadToMql", ...)
    QStringList headers; // translated column titles
    std::vector<ReportColumn> columns; // as declared: keys, headers and kinds
    QList<QVariantList> rows; // cells: QString, qint64, double (rates 0..1, days), or null

    QJsonArray toJson() const;
    // The cell as shown to people, by its column's kind; empty for null.
    QString text(qsizetype row, qsizetype column) const;
    // A cell of the column named key of a report in the catalog, as shown to people (for
    // values read back from JSON, where only the key is at hand).
    static QString display(const QVariant &cell, const QString &key);
};

// A cell as people read it in a column of this kind; empty for null.
QString formatCell(const QVariant &cell, const ReportColumn &column);
QString formatCell(const QVariant &cell, CellKind kind);
// Cells of tables, for the tables' builders: a count, and days or hours if known.
QVariant countCell(qint64 n);
QVariant durationCell(const std::optional<double> &d);

} // namespace bantam
