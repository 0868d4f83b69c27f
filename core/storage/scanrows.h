// ScanRows: a bulk read of many rows, one value at a time, as the repositories that read every
// lead (scoring's full recompute, the learned score's training and scoring) step through it.
// Two kinds with the same members, for code written once as a template: SqliteScanRows through
// the SQLite C API (no QVariant per value; text that repeats — profile values, attribute names
// and values, activity types — becomes a QString once and is shared after), QtScanRows through
// Qt's driver for the other databases.
#pragma once

#include "storage/sqlitestatement.h"

#include <QHash>
#include <QSqlQuery>

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace bantam {

class SqliteScanRows
{
public:
    // types: activity types by their stored bytes, for type() (a handful: compared in turn).
    SqliteScanRows(const QSqlDatabase &db, const char *sql, const QString &context,
        const std::vector<std::pair<std::string, int>> &types = {})
        : m_statement(db, sql, context)
        , m_types(types)
    { }
    SqliteStatement &statement() { return m_statement; }
    bool next() { return m_statement.next(); }
    qint64 int64(int column) const { return m_statement.int64(column); }
    bool isNull(int column) const { return m_statement.isNull(column); }
    QString string(int column) const { return m_statement.string(column); }
    // The text as stored, valid until the next step.
    std::string_view utf8(int column) const { return m_statement.text(column); }
    // Text that repeats: each distinct value converted once, then shared (implicitly). Past
    // MostShared distinct values a new one is converted each time (free text does not repeat).
    QString sharedText(int column)
    {
        const std::string_view t = m_statement.text(column);
        m_key.assign(t.data(), t.size());
        const auto it = m_strings.find(m_key);
        if (it != m_strings.end())
            return it->second;
        QString s = QString::fromUtf8(t.data(), qsizetype(t.size()));
        if (m_strings.size() < MostShared)
            m_strings.emplace(m_key, s);
        return s;
    }
    int type(int column) const
    {
        const std::string_view t = m_statement.text(column);
        for (const auto &[name, index] : m_types) {
            if (name == t)
                return index;
        }
        return -1;
    }

private:
    static constexpr size_t MostShared = 1 << 16;
    SqliteStatement m_statement;
    std::vector<std::pair<std::string, int>> m_types;
    std::unordered_map<std::string, QString> m_strings;
    std::string m_key;
};

// The same read through Qt's driver, for databases other than SQLite.
class QtScanRows
{
public:
    QtScanRows(const QSqlDatabase &db, const QHash<QString, int> &typeIndex = {})
        : m_query(db)
        , m_types(typeIndex)
    { }
    QSqlQuery &query() { return m_query; }
    bool next() { return m_query.next(); }
    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    bool isNull(int column) const { return m_query.value(column).isNull(); }
    QString string(int column) const { return m_query.value(column).toString(); }
    QString sharedText(int column) const { return string(column); }
    // The text as UTF-8, valid until the next call for the same column.
    std::string_view utf8(int column)
    {
        if (size_t(column) >= m_bytes.size())
            m_bytes.resize(size_t(column) + 1);
        QByteArray &b = m_bytes[size_t(column)];
        b = string(column).toUtf8();
        return {b.constData(), size_t(b.size())};
    }
    int type(int column) const { return m_types.value(string(column), -1); }

private:
    QSqlQuery m_query;
    QHash<QString, int> m_types;
    std::vector<QByteArray> m_bytes;
};

} // namespace bantam
