// Builders for test fixtures: teams, users and leads written straight through the repositories.
// Only fixture setup inserts this way; what a test checks goes through the services.
// On a failure they record a test failure (QTest::qFail) and return an empty value (id 0).
#pragma once

#include "domain/lead.h"
#include "domain/user.h"

#include <optional>

namespace bantam {
class Clock;
class Database;
} // namespace bantam

namespace bantam::testing {

class LeadBuilder
{
public:
    LeadBuilder(const Database &db, const Clock &clock);

    LeadBuilder &name(const QString &first, const QString &last);
    LeadBuilder &email(const QString &email);
    LeadBuilder &phone(const QString &phone);
    LeadBuilder &company(const QString &company);
    LeadBuilder &source(const QString &source);
    LeadBuilder &country(const QString &country);
    LeadBuilder &profile(const LeadProfile &profile);
    LeadBuilder &stage(Stage stage);
    LeadBuilder &owner(const User &owner);
    LeadBuilder &owner(std::optional<qint64> ownerId);
    LeadBuilder &accepted(bool accepted = true); // accepted by sales at the clock's now
    LeadBuilder &score(int score);
    LeadBuilder &fastTrack(bool fastTrack = true);
    LeadBuilder &createdAt(const QDateTime &at); // also updatedAt and stageChangedAt

    // Inserts the lead and reads it back from the database.
    Lead insert() const;

private:
    const Database &m_db;
    Lead m_lead;
};

class Builders
{
public:
    Builders(const Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    { }

    qint64 team(const QString &name) const;
    // name defaults to the login.
    User user(const QString &login, Role role, std::optional<qint64> teamId = std::nullopt,
        bool active = true, const QString &name = {}) const;
    LeadBuilder lead() const { return LeadBuilder(m_db, m_clock); }

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace bantam::testing
