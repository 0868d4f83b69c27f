#include "storage/pgcopy.h"

#include "storage/database.h"
#include "storage/libpq.h"
#include "storage/sql.h"

#include <QSqlDriver>

#include <memory>

namespace bantam {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

using PgResult = std::unique_ptr<PGresult, decltype(LibPq::clear)>;

// One value in COPY's text format: \N for NULL; backslash, tab and line breaks escaped.
void appendValue(QByteArray &line, const QVariant &v)
{
    if (v.isNull()) {
        line += "\\N";
        return;
    }
    QByteArray text;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        line += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::Double:
        text = QByteArray::number(v.toDouble(), 'g', 17);
        break;
    case QMetaType::Bool:
        text = v.toBool() ? "1" : "0";
        break;
    default:
        text = v.toString().toUtf8();
    }
    line.reserve(line.size() + text.size());
    for (const char c : std::as_const(text)) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

} // namespace

pg_conn *PgCopy::handleOf(const QSqlDatabase &connection)
{
    const QVariant handle
        = connection.isOpen() && connection.driver() ? connection.driver()->handle() : QVariant();
    // Qt names the type after the struct behind libpq's PGconn typedef.
    if (handle.isValid()
        && (qstrcmp(handle.typeName(), "pg_conn*") == 0
            || qstrcmp(handle.typeName(), "PGconn*") == 0))
        return *static_cast<PGconn *const *>(handle.data());
    return nullptr;
}

PgCopy::PgCopy(
    pg_conn *conn, const QString &table, const QStringList &columns, const QString &context)
    : m_conn(conn)
    , m_context(context)
{
    start(table, columns);
}

PgCopy::PgCopy(
    const Database &db, const QString &table, const QStringList &columns, const QString &context)
    : m_conn(handleOf(db.connection()))
    , m_context(context)
{
    start(table, columns);
}

PgCopy::~PgCopy()
{
    if (m_started && !m_ended)
        abort("not finished");
}

void PgCopy::start(const QString &table, const QStringList &columns)
{
    if (!m_conn) {
        m_failed = true;
        m_message = QStringLiteral("not a team database connection");
        return;
    }
    m_pq = LibPq::get(&m_message);
    if (!m_pq) {
        m_failed = true;
        return;
    }
    QStringList quoted;
    for (const QString &c : columns)
        quoted << sql::identifier(c);
    const QString sql = QStringLiteral("COPY %1 (%2) FROM STDIN")
                            .arg(sql::identifier(table), quoted.join(QLatin1String(", ")));
    PgResult started(m_pq->exec(m_conn, sql.toUtf8().constData()), m_pq->clear);
    if (m_pq->resultStatus(started.get()) != PGRES_COPY_IN) {
        fail();
        return;
    }
    m_started = true;
}

void PgCopy::fail()
{
    m_failed = true;
    m_message = QString::fromUtf8(m_pq->errorMessage(m_conn)).trimmed();
}

Error PgCopy::error() const
{
    return Error::storage(Database::tr("Database error while %1: %2").arg(m_context, m_message));
}

void PgCopy::addRow(const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_buffer += '\t';
        appendValue(m_buffer, values[i]);
    }
    m_buffer += '\n';
    if (m_buffer.size() > kFlushBytes)
        flush();
}

bool PgCopy::flush()
{
    if (!ok())
        return false;
    if (!m_buffer.isEmpty()
        && m_pq->putCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
        fail();
        return false;
    }
    m_buffer.clear();
    return true;
}

Result<void> PgCopy::finish()
{
    if (!m_started)
        return error();
    const bool sent = flush();
    m_ended = true;
    if (m_pq->putCopyEnd(m_conn, sent ? nullptr : "aborted") != 1) {
        fail();
        return error();
    }
    PgResult end(m_pq->getResult(m_conn), m_pq->clear);
    const bool done = m_pq->resultStatus(end.get()) == PGRES_COMMAND_OK;
    if (!done)
        fail();
    while (PGresult *more = m_pq->getResult(m_conn))
        m_pq->clear(more);
    if (!done || !sent)
        return error();
    return {};
}

void PgCopy::abort(const char *why)
{
    if (!m_started || m_ended)
        return;
    m_ended = true;
    m_buffer.clear();
    m_pq->putCopyEnd(m_conn, why);
    while (PGresult *more = m_pq->getResult(m_conn))
        m_pq->clear(more);
}

} // namespace bantam
