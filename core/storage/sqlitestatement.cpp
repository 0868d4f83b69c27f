#include "storage/sqlitestatement.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace bantam {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.constData());
}

} // namespace

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

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace bantam
