#include "storage/timelinerepository.h"

#include "storage/database.h"
#include "storage/pgcopy.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"

#include <QSqlQuery>

namespace bantam {

namespace {

const QStringList kHistoryColumns
    = {QStringLiteral("lead_id"), QStringLiteral("action"), QStringLiteral("from_stage"),
        QStringLiteral("to_stage"), QStringLiteral("changed_at"), QStringLiteral("actor_id"),
        QStringLiteral("reason_code"), QStringLiteral("note"), QStringLiteral("recontact_on")};

QVariantList historyValues(const HistoryEntry &e)
{
    return {e.leadId, e.action, e.from ? QVariant(stageKey(*e.from)) : QVariant(), stageKey(e.to),
        sql::epoch(e.at), e.actorId ? QVariant(*e.actorId) : QVariant(),
        sql::nullable(e.reasonCode), sql::text(e.note),
        e.recontactOn.isValid() ? QVariant(e.recontactOn.toString(Qt::ISODate)) : QVariant()};
}

} // namespace

Result<void> TimelineRepository::insertHistory(const HistoryEntry &e) const
{
    if (!m_insertHistory) {
        m_insertHistory.emplace(m_db.connection());
        m_insertHistory->prepare(QStringLiteral("INSERT INTO stage_history (%1) VALUES (%2)")
                                     .arg(kHistoryColumns.join(QLatin1String(", ")),
                                         sql::placeholders(size_t(kHistoryColumns.size()), 1)));
    }
    QSqlQuery &q = *m_insertHistory;
    const QVariantList values = historyValues(e);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    return sql::run(q, Database::tr("recording the stage history of lead %1").arg(e.leadId));
}

Result<void> TimelineRepository::insertHistory(const std::vector<HistoryEntry> &entries) const
{
    if (entries.empty())
        return {};
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        if (!m_bulkHistory) {
            const QByteArray sql = QStringLiteral("INSERT INTO stage_history (%1) VALUES (%2)")
                                       .arg(kHistoryColumns.join(QLatin1String(", ")),
                                           sql::placeholders(size_t(kHistoryColumns.size()), 1))
                                       .toUtf8();
            m_bulkHistory = std::make_shared<SqliteStatement>(
                m_db.connection(), sql.constData(), Database::tr("recording stage history"));
        }
        if (!m_bulkHistory->ok())
            return m_bulkHistory->error();
        for (const HistoryEntry &e : entries) {
            if (auto w = m_bulkHistory->runRow(historyValues(e)); !w)
                return w;
        }
        return {};
    }
    PgCopy copy(m_db, QStringLiteral("stage_history"), kHistoryColumns,
        Database::tr("recording stage history"));
    for (size_t i = 0; i < entries.size() && copy.ok(); ++i)
        copy.addRow(historyValues(entries[i]));
    return copy.finish();
}

Result<void> TimelineRepository::insertActivity(const Activity &a) const
{
    if (!m_insertActivity) {
        m_insertActivity.emplace(m_db.connection());
        m_insertActivity->prepare(
            QStringLiteral("INSERT INTO activities (lead_id, type, occurred_at, user_id, detail) "
                           "VALUES (:lead, :type, :at, :user, :detail)"));
    }
    QSqlQuery &q = *m_insertActivity;
    q.bindValue(QStringLiteral(":lead"), a.leadId);
    q.bindValue(QStringLiteral(":type"), a.type);
    q.bindValue(QStringLiteral(":at"), sql::epoch(a.at));
    q.bindValue(QStringLiteral(":user"), a.userId ? QVariant(*a.userId) : QVariant());
    q.bindValue(QStringLiteral(":detail"), sql::text(a.detail));
    return sql::run(q, Database::tr("recording an activity of lead %1").arg(a.leadId));
}

Result<void> TimelineRepository::insertActivities(const std::vector<Activity> &activities) const
{
    if (m_db.dialect() != Database::Dialect::Sqlite) {
        for (const Activity &a : activities) {
            if (auto w = insertActivity(a); !w)
                return w;
        }
        return {};
    }
    if (!m_bulkActivity)
        m_bulkActivity = std::make_shared<SqliteStatement>(m_db.connection(),
            "INSERT INTO activities (lead_id, type, occurred_at, user_id, detail) VALUES (?1, ?2, "
            "?3, ?4, ?5)",
            Database::tr("recording activities"));
    SqliteStatement &q = *m_bulkActivity;
    if (!q.ok())
        return q.error();
    for (const Activity &a : activities) {
        if (auto w = q.runRow({a.leadId, a.type, sql::epoch(a.at),
                a.userId ? QVariant(*a.userId) : QVariant(), sql::text(a.detail)});
            !w)
            return w;
    }
    return {};
}

Result<std::vector<TimelineItem>> TimelineRepository::forLead(qint64 leadId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT * FROM ("
        " SELECT 0 AS kind, h.changed_at AS at, h.action AS type, h.from_stage, h.to_stage,"
        "  h.reason_code, h.note AS text, u.name AS user_name, h.id AS seq, h.recontact_on"
        " FROM stage_history h LEFT JOIN users u ON u.id = h.actor_id WHERE h.lead_id = :lead1"
        " UNION ALL"
        " SELECT 1, a.occurred_at, a.type, NULL, NULL, NULL, a.detail, u.name, a.id, NULL"
        " FROM activities a LEFT JOIN users u ON u.id = a.user_id WHERE a.lead_id = :lead2"
        ") t ORDER BY at DESC, kind ASC, seq DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":lead1"), leadId);
    q.bindValue(QStringLiteral(":lead2"), leadId);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (auto r = sql::run(q, Database::tr("reading the timeline of lead %1").arg(leadId)); !r)
        return r.error();
    std::vector<TimelineItem> items;
    while (q.next()) {
        TimelineItem it;
        it.kind = q.value(0).toInt() == 0 ? TimelineItem::Kind::StageChange
                                          : TimelineItem::Kind::Activity;
        it.at = sql::fromEpoch(q.value(1));
        it.type = q.value(2).toString();
        it.fromStage = q.value(3).toString();
        it.toStage = q.value(4).toString();
        it.reasonCode = q.value(5).toString();
        it.text = q.value(6).toString();
        it.userName = q.value(7).toString();
        it.recontactOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        items.push_back(std::move(it));
    }
    return items;
}

Result<std::vector<HistoryEntry>> TimelineRepository::historyOf(qint64 leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT action, from_stage, to_stage, changed_at, actor_id, reason_code, "
                       "note, recontact_on FROM stage_history WHERE lead_id = :lead "
                       "ORDER BY changed_at, id"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    if (auto r = sql::run(q, Database::tr("reading the stage history of lead %1").arg(leadId)); !r)
        return r.error();
    std::vector<HistoryEntry> out;
    while (q.next()) {
        HistoryEntry e;
        e.leadId = leadId;
        e.action = q.value(0).toString();
        e.from = stageFromKey(q.value(1).toString());
        e.to = stageFromKey(q.value(2).toString()).value_or(Stage::Lead);
        e.at = sql::fromEpoch(q.value(3));
        if (!q.value(4).isNull())
            e.actorId = q.value(4).toLongLong();
        e.reasonCode = q.value(5).toString();
        e.note = q.value(6).toString();
        e.recontactOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace bantam
