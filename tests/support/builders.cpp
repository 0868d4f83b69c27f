#include "support/builders.h"

#include "clock.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/userrepository.h"

#include <QTest>

namespace bantam::testing {

namespace {
void fail(const QString &what, const Error &error)
{
    QTest::qFail(
        qPrintable(QStringLiteral("fixture: %1: %2").arg(what, error.message)), __FILE__, __LINE__);
}
} // namespace

LeadBuilder::LeadBuilder(const Database &db, const Clock &clock)
    : m_db(db)
{
    m_lead.profile.firstName = QStringLiteral("Erika");
    m_lead.profile.lastName = QStringLiteral("Mustermann");
    m_lead.profile.company = QStringLiteral("Musterfirma GmbH");
    createdAt(clock.now());
}

LeadBuilder &LeadBuilder::name(const QString &first, const QString &last)
{
    m_lead.profile.firstName = first;
    m_lead.profile.lastName = last;
    return *this;
}

LeadBuilder &LeadBuilder::email(const QString &email)
{
    m_lead.profile.email = email;
    return *this;
}

LeadBuilder &LeadBuilder::phone(const QString &phone)
{
    m_lead.profile.phone = phone;
    return *this;
}

LeadBuilder &LeadBuilder::company(const QString &company)
{
    m_lead.profile.company = company;
    return *this;
}

LeadBuilder &LeadBuilder::source(const QString &source)
{
    m_lead.profile.source = source;
    return *this;
}

LeadBuilder &LeadBuilder::country(const QString &country)
{
    m_lead.profile.country = country;
    return *this;
}

LeadBuilder &LeadBuilder::profile(const LeadProfile &profile)
{
    m_lead.profile = profile;
    return *this;
}

LeadBuilder &LeadBuilder::stage(Stage stage)
{
    m_lead.stage = stage;
    return *this;
}

LeadBuilder &LeadBuilder::owner(const User &owner)
{
    m_lead.ownerId = owner.id;
    return *this;
}

LeadBuilder &LeadBuilder::owner(std::optional<qint64> ownerId)
{
    m_lead.ownerId = ownerId;
    return *this;
}

LeadBuilder &LeadBuilder::accepted(bool accepted)
{
    m_lead.acceptedAt = accepted ? m_lead.createdAt : QDateTime();
    return *this;
}

LeadBuilder &LeadBuilder::score(int score)
{
    m_lead.score = score;
    return *this;
}

LeadBuilder &LeadBuilder::fastTrack(bool fastTrack)
{
    m_lead.fastTrack = fastTrack;
    return *this;
}

LeadBuilder &LeadBuilder::createdAt(const QDateTime &at)
{
    m_lead.createdAt = m_lead.updatedAt = m_lead.stageChangedAt = at;
    if (m_lead.acceptedAt.isValid())
        m_lead.acceptedAt = at;
    return *this;
}

Lead LeadBuilder::insert() const
{
    LeadRepository leads(m_db);
    auto id = leads.insert(m_lead);
    if (!id) {
        fail(QStringLiteral("inserting lead %1").arg(m_lead.displayName()), id.error());
        return {};
    }
    auto lead = leads.byId(id.value());
    if (!lead) {
        fail(QStringLiteral("reading lead %1").arg(id.value()), lead.error());
        return {};
    }
    return lead.value();
}

qint64 Builders::team(const QString &name) const
{
    auto id = UserRepository(m_db).insertTeam(name);
    if (!id) {
        fail(QStringLiteral("inserting team %1").arg(name), id.error());
        return 0;
    }
    return id.value();
}

User Builders::user(const QString &login, Role role, std::optional<qint64> teamId, bool active,
    const QString &name) const
{
    User u;
    u.login = login;
    u.name = name.isEmpty() ? login : name;
    u.role = role;
    u.teamId = teamId;
    u.active = active;
    UserRepository users(m_db);
    auto id = users.insert(u, m_clock.now());
    if (!id) {
        fail(QStringLiteral("inserting user %1").arg(login), id.error());
        return {};
    }
    auto stored = users.byId(id.value());
    if (!stored) {
        fail(QStringLiteral("reading user %1").arg(login), stored.error());
        return {};
    }
    return stored.value();
}

} // namespace bantam::testing
