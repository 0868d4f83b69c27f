#include "storage/changefeed.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace bantam {

namespace {
const QString kChannel = QStringLiteral("bantam_changes");
constexpr int kCoalesceMs = 250;
} // namespace

struct ChangeFeed::Impl
{
    Impl(const Database &db, Sink sink)
        : db(db)
        , sink(std::move(sink))
    { }

    const Database &db;
    Sink sink;
    QTimer poll;
    QTimer flush;
    ChangedElsewhere pending;
    // Team database: the connection listened on (held, so a check never opens one on the GUI
    // thread), and whether it was subscribed before (a lost subscription may have missed notices).
    QSqlDatabase connection;
    QMetaObject::Connection notices;
    bool subscribedOnce = false;
    // File: the last data_version seen; -1 before the first.
    qint64 dataVersion = -1;

    void check();
    void listen();
    void pollFile();
    void everything()
    {
        pending.anyLead = pending.inbox = pending.people = true;
        flush.start();
    }
    void publish()
    {
        if (pending.isEmpty())
            return;
        ChangedElsewhere event = std::move(pending);
        pending = {};
        std::sort(event.leadIds.begin(), event.leadIds.end());
        event.leadIds.erase(
            std::unique(event.leadIds.begin(), event.leadIds.end()), event.leadIds.end());
        if (event.anyLead)
            event.leadIds.clear();
        sink(event);
    }
};

ChangeFeed::ChangeFeed(const Database &db, Sink sink)
    : d(std::make_unique<Impl>(db, std::move(sink)))
{
    d->flush.setSingleShot(true);
    d->flush.setInterval(kCoalesceMs);
    QObject::connect(&d->flush, &QTimer::timeout, &d->flush, [impl = d.get()] { impl->publish(); });
    QObject::connect(&d->poll, &QTimer::timeout, &d->poll, [impl = d.get()] { impl->check(); });
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

void ChangeFeed::start(int pollMs)
{
    if (d->db.isServer())
        d->connection = d->db.connection();
    d->poll.setInterval(pollMs);
    d->check();
    d->poll.start();
}

void ChangeFeed::stop()
{
    d->poll.stop();
    d->flush.stop();
    QObject::disconnect(d->notices);
    if (d->connection.isValid() && d->connection.driver())
        d->connection.driver()->unsubscribeFromNotification(kChannel);
}

void ChangeFeed::Impl::check()
{
    if (db.isServer())
        listen();
    else
        pollFile();
}

void ChangeFeed::Impl::listen()
{
    QSqlDriver *driver = connection.driver();
    if (!driver || !connection.isOpen() || driver->subscribedToNotifications().contains(kChannel))
        return;
    QObject::disconnect(notices);
    if (!driver->subscribeToNotification(kChannel))
        return; // the connection is down; the next check tries again
    notices = QObject::connect(driver, &QSqlDriver::notification, &poll,
        [this](
            const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            if (name != kChannel || source == QSqlDriver::SelfSource)
                return;
            if (parseNotice(payload.toString(), &pending))
                flush.start();
        });
    if (subscribedOnce)
        everything(); // the connection was opened again: what happened meanwhile is unknown
    subscribedOnce = true;
}

void ChangeFeed::Impl::pollFile()
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    if (dataVersion >= 0 && version != dataVersion)
        everything();
    dataVersion = version;
}

bool ChangeFeed::parseNotice(const QString &payload, ChangedElsewhere *into)
{
    if (payload == QLatin1String("inbox")) {
        into->inbox = true;
        return true;
    }
    if (payload == QLatin1String("people")) {
        into->people = true;
        return true;
    }
    if (!payload.startsWith(QLatin1String("leads:")))
        return false;
    const QStringView ids = QStringView(payload).mid(6);
    if (ids == QLatin1String("*")) {
        into->anyLead = true;
        return true;
    }
    bool any = false;
    for (QStringView id : ids.split(QLatin1Char(','))) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (ok && value > 0) {
            into->leadIds.push_back(value);
            any = true;
        }
    }
    return any;
}

} // namespace bantam
