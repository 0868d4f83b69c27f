// bantam-cli's output helpers: columns, JSON and report tables.
#include "cli/output.h"

#include "cli/context.h"
#include "domain/lead.h"
#include "io/csvwriter.h"
#include "reports/reporttable.h"

#include <QBuffer>

namespace bantam::cli {

namespace {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(Qt::ISODate) : QString();
}

QJsonObject leadJson(const Lead &l)
{
    const LeadProfile &p = l.profile;
    QJsonObject o {{QStringLiteral("id"), l.id}, {QStringLiteral("firstName"), p.firstName},
        {QStringLiteral("lastName"), p.lastName}, {QStringLiteral("email"), p.email},
        {QStringLiteral("phone"), p.phone}, {QStringLiteral("phoneValid"), !l.phoneInvalid},
        {QStringLiteral("externalId"), l.externalId}, {QStringLiteral("company"), p.company},
        {QStringLiteral("jobTitle"), p.jobTitle}, {QStringLiteral("industry"), p.industry},
        {QStringLiteral("companySize"), p.companySize}, {QStringLiteral("country"), p.country},
        {QStringLiteral("source"), p.source}, {QStringLiteral("campaign"), p.campaign},
        {QStringLiteral("stage"), stageKey(l.stage)}, {QStringLiteral("owner"), l.ownerName},
        {QStringLiteral("ownerId"), l.ownerId ? QJsonValue(*l.ownerId) : QJsonValue()},
        {QStringLiteral("score"), l.score}, {QStringLiteral("fastTrack"), l.fastTrack},
        {QStringLiteral("createdAt"), iso(l.createdAt)},
        {QStringLiteral("updatedAt"), iso(l.updatedAt)},
        {QStringLiteral("stageChangedAt"), iso(l.stageChangedAt)},
        {QStringLiteral("acceptedAt"), iso(l.acceptedAt)},
        {QStringLiteral("recontactOn"), l.recontactOn.toString(Qt::ISODate)},
        {QStringLiteral("qualificationStage"), l.qualificationStage},
        {QStringLiteral("version"), l.version}};
    return o;
}

QString pad(const QString &s, int width)
{
    const QString cut = s.size() > width ? s.left(width - 1) + QChar(0x2026) : s;
    return cut.leftJustified(width);
}

void printTable(QTextStream &out, const ReportTable &t)
{
    QList<QStringList> cells;
    QList<qsizetype> widths;
    for (const QString &h : t.headers)
        widths << h.size();
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QVariantList &row = t.rows[r];
        QStringList line;
        for (qsizetype i = 0; i < row.size() && i < t.keys.size(); ++i) {
            const QString text = row[i].isNull() ? QStringLiteral("-") : t.text(r, i);
            widths[i] = std::max(widths[i], text.size());
            line << text;
        }
        cells << line;
    }
    out << t.title << '\n';
    auto print = [&](const QStringList &line, const QVariantList *row) {
        QStringList padded;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const bool right = row ? isNumber(row->at(i)) || row->at(i).isNull() : false;
            padded << (right ? line[i].rightJustified(widths[i])
                             : line[i].leftJustified(widths[i]));
        }
        QString text = padded.join(QLatin1String("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    };
    print(t.headers, nullptr);
    for (qsizetype r = 0; r < cells.size(); ++r)
        print(cells[r], &t.rows[r]);
}

QString csvTable(const ReportTable &t)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer, QLatin1Char(','), false);
    csv.writeRow(t.keys);
    for (const QVariantList &row : t.rows) {
        QStringList line;
        for (const QVariant &v : row) {
            if (v.isNull())
                line << QString();
            else if (v.typeId() == QMetaType::Double)
                line << QString::number(v.toDouble(), 'g', 15);
            else
                line << v.toString();
        }
        csv.writeRow(line);
    }
    (void)csv.finish(); // a QBuffer does not fail
    return QString::fromUtf8(buffer.data());
}

void printTables(
    Context &c, const std::vector<std::pair<QString, ReportTable>> &tables, bool asObject)
{
    if (c.json) {
        if (!asObject) {
            c.out << QJsonDocument(tables.front().second.toJson()).toJson(QJsonDocument::Indented);
            return;
        }
        QJsonObject o;
        for (const auto &[key, table] : tables)
            o.insert(key, table.toJson());
        c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return;
    }
    for (size_t i = 0; i < tables.size(); ++i) {
        if (i > 0)
            c.out << '\n';
        printTable(c.out, tables[i].second);
    }
}

} // namespace bantam::cli
