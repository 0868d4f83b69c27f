// ImportedHistory: what an import brings of a lead's past besides its profile — the owner (a
// user named by login, e-mail or full name), the reasons of its closed stages (matched onto the
// reason lists; a text the list lacks becomes a new reason under that text), and moves of a lead
// that is already there (an update import's stage, a history file's events), dated by the file
// and recorded as a move in the app is: stage, milestones, history, audit and SLA clocks.
#pragma once

#include "domain/stage.h"
#include "domain/user.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace bantam {

class Database;

// Whether an import may move a lead from one stage to another: along a transition of the
// pipeline, or forward from an open stage (a file that says an MQL was won skips what the file
// does not tell). A closed lead is only reopened; it never moves to another closed stage.
bool importMoveAllowed(Stage from, Stage to);
// The reason list a move into `to` from `from` draws on: "disqualify", "lost", "reject" (an MQL
// back to Lead), "recycle" (an SQL back to Lead), or empty.
QString importReasonKind(std::optional<Stage> from, Stage to);

class ImportedHistory
{
    Q_DECLARE_TR_FUNCTIONS(ImportedHistory)

public:
    explicit ImportedHistory(const Database &db)
        : m_db(db)
    { }

    // Reads the users once; findUser() is safe from several threads afterwards.
    Result<void> loadUsers();
    struct UserMatch
    {
        std::optional<User> user;
        QString why; // when none: what was wrong, in the user's words
    };
    // A user by login (any case), by e-mail (its name part against logins and full names: both
    // "a.schmidt@firma.de" and "anna.schmidt@firma.de" find Anna Schmidt, login a.schmidt) or by
    // full name, ignoring case, spaces and punctuation. A text that fits two users finds none.
    UserMatch findUser(const QString &text) const;

    // The code of the reason the file's text stands for in the kind's list: through `values`
    // (the mapping's file value -> code or label), else by code or label in either language,
    // ignoring case. A text the list lacks becomes a new reason (`add`) or is only counted in
    // newReasons() (a dry run). The code is empty for an empty text.
    Result<QString> reasonCode(
        const QString &kind, const QString &text, const QMap<QString, QString> &values, bool add);
    // The reasons added (or, in a dry run, that would be), "kind" -> text -> rows.
    const std::map<QString, std::map<QString, qint64>> &newReasons() const { return m_new; }

    struct Step
    {
        Stage stage = Stage::Lead;
        QDateTime at; // null: the time of the import
        QString reasonText;
        std::optional<qint64> actorId; // who made the move in the old system
        QString note;
    };
    struct Refusal
    {
        size_t step; // index in the steps given
        QString why;
    };
    struct Moved
    {
        qint64 moves = 0, unchanged = 0;
        std::vector<Refusal> refused;
    };
    // Moves a lead that is there along the steps (in the order of their times), in the caller's
    // transaction. A step the pipeline refuses (importMoveAllowed), or one older than the lead's
    // last stage change, is not applied and comes back refused; a step to the stage the lead is
    // in is no move, nor (skipRecorded) one its history already has at that time — so a history
    // file imported twice changes nothing the second time. The actor must be allowed to edit the
    // lead.
    Result<Moved> move(qint64 leadId, const std::vector<Step> &steps, const User &actor,
        const QDateTime &now, const QMap<QString, QString> &reasonValues,
        bool skipRecorded = false);

private:
    const Database &m_db;
    std::vector<User> m_users;
    QHash<QString, qsizetype> m_userKeys; // folded login/name -> index; -1 when two users share it
    QHash<QString, QString> m_codes; // "kind\n" + folded text -> code (lists read and added)
    QHash<QString, bool> m_listsRead; // kinds whose list is in m_codes
    std::map<QString, std::map<QString, qint64>> m_new;
};

} // namespace bantam
