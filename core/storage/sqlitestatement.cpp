#include "storage/sqlitestatement.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace bantam {

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.constData());
}

void SqliteStatement::configureLibrary()
{
    static const bool once
        = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    Q_UNUSED(once);
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql, const QString &context)
    : m_db(handleOf(db))
    , m_context(context)
{
    if (!m_db) {
        m_prepareError = QStringLiteral("not an open SQLite connection");
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

Error SqliteStatement::error() const
{
    const QString text = !m_prepareError.isEmpty() ? m_prepareError
        : m_db                                     ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                                   : QString();
    const auto kind = text.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
        ? Error::Kind::Conflict
        : Error::Kind::Storage;
    return Error {kind, Database::tr("Database error while %1: %2").arg(m_context, text), {}};
}

void SqliteStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_stmt, position, value);
}

void SqliteStatement::bind(int position, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, position, utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int position)
{
    sqlite3_bind_null(m_stmt, position);
}

void SqliteStatement::bind(int position, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, position, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int position, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        bind(position, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, position, value.toDouble());
        return;
    default: {
        // A null QString is NULL, as the Qt driver binds it.
        const QString text = value.toString();
        if (text.isNull())
            bindNull(position);
        else
            bind(position, text);
    }
    }
}

Result<void> SqliteStatement::runRow(const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        bind(int(i + 1), values[i]);
    return run();
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    return false;
}

Result<void> SqliteStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        Error e = error();
        sqlite3_reset(m_stmt);
        return e;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    m_failed = false;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string_view SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, column)))
             : std::string_view();
}

QString SqliteStatement::string(int column) const
{
    const std::string_view t = text(column);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace bantam
