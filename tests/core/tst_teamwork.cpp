// Tests what several people on one database need from core: the change feed that tells one
// connection what another changed (NOTIFY on a team database, PRAGMA data_version on a file),
// profile edits merged field by field with conflicts reported instead of overwritten, every
// profile change in the audit log, and conflicts on stage moves and reassignments that say who
// got there first.
#include "events/eventbus.h"
#include "leads/leadservice.h"
#include "pipeline/pipelineservice.h"
#include "routing/routingservice.h"
#include "services.h"
#include "storage/auditlog.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "support/builders.h"
#include "support/fakeclock.h"
#include "support/testdatabase.h"

#include <QTest>

#include <memory>

using namespace bantam;
using namespace bantam::testing;

class TestTeamwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void noticesAreParsed();
    void anotherConnectionsChangeReachesTheFeed();
    void ownChangesAreNotReportedOnTheServer();
    void differentFieldsEditedByTwoPeopleBothPersist();
    void theSameFieldEditedByTwoPeopleIsAConflict();
    void profileChangesAreAudited();
    void aStaleAcceptSaysWhoAcceptedFirst();
    void aStaleProfileReplaceSaysWhoChangedIt();
    void aStaleReassignmentSaysWhoReassignedFirst();

private:
    // Eva Klein, eva@klein.de, owned by Anna.
    Lead annasLead(Stage stage = Stage::Lead) const
    {
        return Builders(m_t->db(), m_clock)
            .lead()
            .name(QStringLiteral("Eva"), QStringLiteral("Klein"))
            .email(QStringLiteral("eva@klein.de"))
            .stage(stage)
            .owner(m_anna)
            .insert();
    }

    std::unique_ptr<TestDatabase> m_t;
    FakeClock m_clock;
    EventBus m_events;
    std::unique_ptr<Services> m_services;
    User m_admin, m_lead, m_anna, m_ben;
    qint64 m_team = 0;
};

void TestTeamwork::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY2(m_t->isValid(), qPrintable(m_t->errorMessage()));
    m_clock.set(QDateTime::currentDateTimeUtc());
    m_services = std::make_unique<Services>(m_t->db(), m_events, m_clock);
    Builders b(m_t->db(), m_clock);
    m_team = b.team(QStringLiteral("Inside Sales Nord"));
    m_admin = b.user(QStringLiteral("admin"), Role::Admin);
    m_lead = b.user(
        QStringLiteral("tbauer"), Role::TeamLead, m_team, true, QStringLiteral("Tobias Bauer"));
    m_anna
        = b.user(QStringLiteral("anna"), Role::Rep, m_team, true, QStringLiteral("Anna Schmidt"));
    m_ben = b.user(QStringLiteral("ben"), Role::Rep, m_team, true, QStringLiteral("Ben Wolf"));
}

void TestTeamwork::cleanup()
{
    m_services.reset();
    m_t.reset();
}

void TestTeamwork::noticesAreParsed()
{
    ChangedElsewhere c;
    QVERIFY(ChangeFeed::parseNotice(QStringLiteral("leads:4,17,4"), &c));
    QCOMPARE(c.leadIds, (std::vector<qint64> {4, 17, 4}));
    QVERIFY(!c.anyLead);
    QVERIFY(ChangeFeed::parseNotice(QStringLiteral("leads:*"), &c));
    QVERIFY(c.anyLead);
    QVERIFY(ChangeFeed::parseNotice(QStringLiteral("inbox"), &c));
    QVERIFY(c.inbox);
    QVERIFY(!c.people);
    QVERIFY(ChangeFeed::parseNotice(QStringLiteral("people"), &c));
    QVERIFY(c.people);
    ChangedElsewhere none;
    QVERIFY(!ChangeFeed::parseNotice(QStringLiteral("leads:"), &none));
    QVERIFY(!ChangeFeed::parseNotice(QStringLiteral("something else"), &none));
    QVERIFY(none.isEmpty());
}

// A second Database on the same file or server database stands for another window or user.
void TestTeamwork::anotherConnectionsChangeReachesTheFeed()
{
    auto other = Database::open(m_t->path());
    QVERIFY2(other, other ? "" : qPrintable(other.error().message));
    EventBus otherEvents;
    std::vector<ChangedElsewhere> seen;
    auto subscription
        = otherEvents.onChangedElsewhere([&seen](const ChangedElsewhere &e) { seen.push_back(e); });
    ChangeFeed feed(
        *other.value(), [&otherEvents](const ChangedElsewhere &e) { otherEvents.publish(e); });
    feed.start(100);

    const Lead lead = Builders(m_t->db(), m_clock)
                          .lead()
                          .name(QStringLiteral("Eva"), QStringLiteral("Klein"))
                          .insert();
    QTRY_VERIFY_WITH_TIMEOUT(!seen.empty(), 2000);
    if (TestDatabase::onServer()) {
        QCOMPARE(seen.back().leadIds, std::vector<qint64> {lead.id});
        QVERIFY(!seen.back().anyLead);
    } else {
        QVERIFY(seen.back().anyLead); // a file says only that something changed
    }

    seen.clear();
    auto moved = m_services->routing().reassign(m_lead, {lead.id}, m_anna.id, QStringLiteral("x"));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(!seen.empty(), 2000);
    QTest::qWait(300); // one coalesced event, or a few
    bool inbox = false, leadNamed = false;
    for (const ChangedElsewhere &e : seen) {
        inbox = inbox || e.inbox;
        leadNamed = leadNamed || e.anyLead
            || std::find(e.leadIds.begin(), e.leadIds.end(), lead.id) != e.leadIds.end();
    }
    QVERIFY(inbox); // Anna's badge
    QVERIFY(leadNamed); // everybody's list and detail
}

void TestTeamwork::ownChangesAreNotReportedOnTheServer()
{
    if (!TestDatabase::onServer())
        QSKIP("A file's data_version moves only for other connections by definition.");
    std::vector<ChangedElsewhere> seen;
    auto subscription
        = m_events.onChangedElsewhere([&seen](const ChangedElsewhere &e) { seen.push_back(e); });
    ChangeFeed feed(m_t->db(), [this](const ChangedElsewhere &e) { m_events.publish(e); });
    feed.start(100);
    Builders(m_t->db(), m_clock)
        .lead()
        .name(QStringLiteral("Eva"), QStringLiteral("Klein"))
        .insert();
    QTest::qWait(700);
    QVERIFY(seen.empty());
}

void TestTeamwork::differentFieldsEditedByTwoPeopleBothPersist()
{
    const Lead lead = annasLead();
    // Anna and Tobias both opened the lead; Tobias saves the phone first.
    LeadProfile byTobias = lead.profile;
    byTobias.phone = QStringLiteral("+49 40 123456");
    auto first = m_services->leads().saveProfile(m_lead, lead.id, byTobias, lead.profile);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QVERIFY(first->conflicts.empty());
    // Anna, still on the old version, changes the company.
    LeadProfile byAnna = lead.profile;
    byAnna.company = QStringLiteral("Klein GmbH");
    auto second = m_services->leads().saveProfile(m_anna, lead.id, byAnna, lead.profile);
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    QVERIFY(second->conflicts.empty());
    auto stored = LeadRepository(m_t->db()).byId(lead.id);
    QVERIFY(stored);
    QCOMPARE(stored->profile.phone, QStringLiteral("+49 40 123456"));
    QCOMPARE(stored->profile.company, QStringLiteral("Klein GmbH"));
    QCOMPARE(stored->profile.email, QStringLiteral("eva@klein.de"));
}

void TestTeamwork::theSameFieldEditedByTwoPeopleIsAConflict()
{
    const Lead lead = annasLead();
    LeadProfile byTobias = lead.profile;
    byTobias.email = QStringLiteral("eva.klein@klein.de");
    byTobias.phone = QStringLiteral("+49 40 123456");
    QVERIFY(m_services->leads().saveProfile(m_lead, lead.id, byTobias, lead.profile));

    LeadProfile byAnna = lead.profile;
    byAnna.email = QStringLiteral("e.klein@klein.de");
    byAnna.company = QStringLiteral("Klein GmbH");
    auto second = m_services->leads().saveProfile(m_anna, lead.id, byAnna, lead.profile);
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    QCOMPARE(second->conflicts.size(), size_t(1));
    const FieldConflict &c = second->conflicts.front();
    QCOMPARE(c.key, QStringLiteral("email"));
    QCOMPARE(c.base, QStringLiteral("eva@klein.de"));
    QCOMPARE(c.theirs, QStringLiteral("eva.klein@klein.de"));
    QCOMPARE(c.mine, QStringLiteral("e.klein@klein.de"));
    // Nothing of Anna's was written, not even the company that did not conflict.
    auto stored = LeadRepository(m_t->db()).byId(lead.id);
    QCOMPARE(stored->profile.email, QStringLiteral("eva.klein@klein.de"));
    QCOMPARE(stored->profile.company, lead.profile.company);
    QCOMPARE(second->lead.profile, stored->profile);

    // Her other change is in the merged profile already, the conflicting field as stored.
    QCOMPARE(second->merged.company, QStringLiteral("Klein GmbH"));
    QCOMPARE(second->merged.email, QStringLiteral("eva.klein@klein.de"));
    QCOMPARE(second->merged.phone, QStringLiteral("+49 40 123456"));
    // Anna keeps her address; saved over the current version, with her company too.
    LeadProfile resolved = second->merged;
    resolved.email = c.mine;
    auto third = m_services->leads().saveProfile(m_anna, lead.id, resolved, second->lead.profile);
    QVERIFY2(third, third ? "" : qPrintable(third.error().message));
    QVERIFY(third->conflicts.empty());
    stored = LeadRepository(m_t->db()).byId(lead.id);
    QCOMPARE(stored->profile.email, QStringLiteral("e.klein@klein.de"));
    QCOMPARE(stored->profile.company, QStringLiteral("Klein GmbH"));
    QCOMPARE(stored->profile.phone, QStringLiteral("+49 40 123456")); // Tobias' stays
}

void TestTeamwork::profileChangesAreAudited()
{
    const Lead lead = annasLead();
    LeadProfile p = lead.profile;
    p.email = QStringLiteral("eva.klein@klein.de");
    p.company = QStringLiteral("Klein GmbH");
    QVERIFY(m_services->leads().saveProfile(m_anna, lead.id, p, lead.profile));
    AuditFilter f;
    f.entity = QStringLiteral("lead");
    f.entityId = lead.id;
    auto rows = AuditLog(m_t->db()).page(f, 0, 10);
    QVERIFY(rows);
    QStringList changes;
    for (const AuditEntry &e : rows.value()) {
        QCOMPARE(e.actorId, std::optional<qint64>(m_anna.id));
        changes << e.field + QLatin1Char(':') + e.oldValue + QStringLiteral("->") + e.newValue;
    }
    changes.sort();
    QCOMPARE(changes,
        QStringList({QStringLiteral("company:Musterfirma GmbH->Klein GmbH"),
            QStringLiteral("email:eva@klein.de->eva.klein@klein.de")}));
}

void TestTeamwork::aStaleAcceptSaysWhoAcceptedFirst()
{
    const Lead lead = annasLead(Stage::Mql);
    StageChange accept;
    accept.leadId = lead.id;
    accept.action = PipelineAction::Accept;
    accept.expectedVersion = lead.version; // both saw this version
    auto first = m_services->pipeline().change(m_anna, accept);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    auto second = m_services->pipeline().change(m_lead, accept);
    QVERIFY(!second);
    QCOMPARE(second.error().kind, Error::Kind::Conflict);
    const QString message = second.error().message;
    QVERIFY2(message.contains(
                 QStringLiteral("Lead %1 was already accepted by Anna Schmidt at ").arg(lead.id)),
        qPrintable(message));
}

void TestTeamwork::aStaleProfileReplaceSaysWhoChangedIt()
{
    const Lead lead = annasLead(Stage::Mql);
    StageChange promote;
    promote.leadId = lead.id;
    promote.action = PipelineAction::Qualify;
    QVERIFY(m_services->pipeline().change(m_lead, promote));
    LeadProfile p = lead.profile;
    p.company = QStringLiteral("Klein GmbH");
    auto stale = m_services->leads().updateProfile(m_anna, lead.id, p, lead.version);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY2(stale.error().message.contains(QStringLiteral("moved to SQL by Tobias Bauer")),
        qPrintable(stale.error().message));
}

// Two team members hand the same lead on, both from the list that showed it as Anna's: the
// first wins, the second is told who took it where.
void TestTeamwork::aStaleReassignmentSaysWhoReassignedFirst()
{
    const Lead lead = annasLead(Stage::Mql);
    auto first = m_services->routing().reassign(
        m_lead, {lead.id}, m_ben.id, QStringLiteral("Urlaub"), m_anna.id);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(first.value(), qint64(1));
    auto second = m_services->routing().reassign(
        m_admin, {lead.id}, m_lead.id, QStringLiteral("Eskalation"), m_anna.id);
    QVERIFY(!second);
    QCOMPARE(second.error().kind, Error::Kind::Conflict);
    QVERIFY2(second.error().message.contains(
                 QStringLiteral("Lead %1 was already reassigned to Ben Wolf by Tobias Bauer at ")
                     .arg(lead.id)),
        qPrintable(second.error().message));
    auto stored = LeadRepository(m_t->db()).byId(lead.id);
    QCOMPARE(stored->ownerId, std::optional<qint64>(m_ben.id));
}

QTEST_GUILESS_MAIN(TestTeamwork)
#include "tst_teamwork.moc"
