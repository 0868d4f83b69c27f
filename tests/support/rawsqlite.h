// RawSqlite: a plain QSQLITE connection to any file, closed and removed with the object; for
// looking at files the way another program would (no pragmas, no migration).
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace bantam::testing {

class RawSqlite
{
public:
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const;
    // The first column of the first row; invalid if the query fails or returns no row.
    QVariant scalar(const QString &sql) const;
    bool exec(const QString &sql) const;

private:
    QString m_name;
    bool m_open = false;
};

} // namespace bantam::testing
