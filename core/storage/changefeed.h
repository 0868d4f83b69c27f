// ChangeFeed: tells this process what other connections changed in the database — another
// window, another user, bantam-cli, a script — by handing ChangedElsewhere to its sink (the
// front door publishes it on the event bus, core/services.h), so open windows refresh within a
// second or two without anyone pressing F5.
//
//   Team database: LISTEN bantam_changes on the calling thread's connection. Migration 10's
//   statement triggers NOTIFY the changed lead ids (or "many"), the inbox and people topics;
//   the server delivers them when the writer commits. Notices of this connection's own
//   statements are skipped (their events were published in-process already). A connection
//   that was opened again (see Database::connection) is subscribed again, and since notices
//   may have been missed meanwhile, everything counts as changed.
//   SQLite file: PRAGMA data_version on the calling thread's connection, once a poll interval;
//   it moves when another connection committed. Which leads is not known: anyLead.
//
// Notices that arrive within a quarter second are published as one event. It lives on the
// thread whose connection it uses (the GUI thread) and needs that thread's event loop. Cheap: no
// statement at all on a team database, one pragma per second on a file.
#pragma once

#include "domain/changedelsewhere.h"

#include <QString>

#include <functional>
#include <memory>

namespace bantam {

class Database;

class ChangeFeed
{
public:
    using Sink = std::function<void(const ChangedElsewhere &)>;
    ChangeFeed(const Database &db, Sink sink);
    ~ChangeFeed();
    ChangeFeed(const ChangeFeed &) = delete;
    ChangeFeed &operator=(const ChangeFeed &) = delete;

    // Starts watching; pollMs is the file's polling interval and the team database's check that
    // the subscription still stands.
    void start(int pollMs = 1000);
    void stop();

    // A notice's payload ("leads:1,2", "leads:*", "inbox", "people") into the pending change;
    // public for the tests.
    static bool parseNotice(const QString &payload, ChangedElsewhere *into);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace bantam
