// How bantam-cli prints: fixed-width columns for people, JSON for scripts, report tables as
// text, CSV or JSON — one place so every command prints alike.
#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <utility>
#include <vector>

namespace bantam {
struct Lead;
struct ReportTable;
} // namespace bantam

namespace bantam::cli {

class Context;

// The text cut to width (with an ellipsis) and padded to it.
QString pad(const QString &s, int width);
// ISO 8601, or empty for an invalid instant.
QString iso(const QDateTime &dt);
// A lead as `leads list/show --json` print it.
QJsonObject leadJson(const Lead &l);

// A report table for people: translated headers, numbers as the locale writes them,
// right-aligned.
void printTable(QTextStream &out, const ReportTable &t);
// CSV for scripts: the stable keys as header, plain numbers (rates from 0 to 1, a point as
// decimal separator), no BOM.
QString csvTable(const ReportTable &t);
// Tables as text, or as one JSON value: the array of the first table's rows, or (asObject) an
// object of the tables by name.
void printTables(
    Context &c, const std::vector<std::pair<QString, ReportTable>> &tables, bool asObject);

} // namespace bantam::cli
