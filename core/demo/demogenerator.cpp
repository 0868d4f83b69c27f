#include "demo/demogenerator.h"

#include "clock.h"
#include "domain/businesscalendar.h"
#include "domain/lead.h"
#include "domain/user.h"
#include "events/eventbus.h"
#include "io/phonenormalizer.h"
#include "scoring/scoringservice.h"
#include "services.h"
#include "sla/slaservice.h"
#include "storage/database.h"
#include "storage/deferredindexes.h"
#include "storage/leadrepository.h"
#include "storage/routingrepository.h"
#include "storage/slarepository.h"
#include "storage/timelinerepository.h"
#include "storage/userrepository.h"

#include <QRandomGenerator>

#include <array>
#include <vector>

namespace bantam {

namespace {

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    { }
    QDateTime now() const override { return m_at; }

private:
    QDateTime m_at;
};

const char *const kFirstNames[] = {"Anna", "Lukas", "Sophie", "Maximilian", "Marie", "Jonas",
    "Laura", "Felix", "Julia", "Leon", "Lena", "Paul", "Katharina", "Tim", "Sarah", "Niklas",
    "Johanna", "Moritz", "Lea", "David", "Hannah", "Jan", "Clara", "Simon", "Emma", "Tobias", "Mia",
    "Florian", "Nina", "Stefan", "Sandra", "Michael", "Petra", "Andreas", "Claudia", "Markus",
    "Sabine", "Thomas", "Birgit", "Matthias", "Özlem", "Mehmet", "Jürgen", "Ursula", "Björn",
    "Anja", "Daniel", "Elif", "Oliver", "Isabel"};
const char *const kLastNames[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
    "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein",
    "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
    "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid",
    "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser",
    "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Yılmaz", "Kaya",
    "Novak", "Keller", "Vogel", "Friedrich"};
const char *const kCompanyStems[] = {"Nordlicht", "Alpen", "Rhein", "Elbe", "Donau", "Hanse",
    "Spree", "Isar", "Main", "Weser", "Bodensee", "Schwarzwald", "Taunus", "Harz", "Eifel",
    "Allgäu", "Ostsee", "Mosel", "Neckar", "Ruhr", "Brenner", "Zugspitz", "Fichtel", "Saale",
    "Lech", "Havel", "Inn", "Lahn", "Fulda", "Werra"};
const char *const kCompanyKinds[] = {"Logistik", "Maschinenbau", "Software", "Energie",
    "Medizintechnik", "Versicherung", "Bau", "Handel", "Consulting", "Automotive", "Pharma",
    "Systemhaus", "Druck", "Lebensmittel", "Textil"};
const char *const kLegalForms[] = {"GmbH", "AG", "GmbH & Co. KG", "SE", "KG", "e.K."};
const char *const kTitles[] = {"Geschäftsführer", "Geschäftsführerin", "CEO", "CTO", "CFO",
    "IT-Leiter", "IT-Leiterin", "Head of IT", "Head of Marketing", "VP Sales", "Vertriebsleiter",
    "Einkaufsleiterin", "Abteilungsleiter Produktion", "Teamleiterin Buchhaltung", "Projektmanager",
    "Sachbearbeiterin", "Systemadministrator", "Marketing Manager", "Werkstudent", "Student",
    "Assistenz der Geschäftsführung", "Director Operations", "Prokurist"};
// The demo is a German team's data (DACH companies, German campaigns and notes): its industries,
// sources and call notes are what such a team types, in German. The default scoring model
// scores these industry names as their English ones.
const char *const kIndustries[]
    = {"Maschinenbau", "Logistik", "IT-Dienstleistungen", "Gesundheitswesen", "Finanzwesen",
        "Einzelhandel", "Energie", "Bauwesen", "Öffentlicher Sektor", "Automobilindustrie"};
const char *const kSizes[] = {"1-9", "10-49", "50-249", "250-999", "1000+"};
const char *const kSources[] = {"Website", "Messe", "Webinar", "Adresskauf", "Empfehlung",
    "LinkedIn", "Google Ads", "Partner", "Newsletter"};
const char *const kCampaigns[] = {"Hannover Messe 2026", "Frühjahrs-Webinar",
    "Whitepaper Digitalisierung", "Newsletter Q3", "Partner-Event Süd", "Retargeting Herbst", ""};
const char *const kCountries[]
    = {"DE", "DE", "DE", "DE", "DE", "DE", "AT", "AT", "CH", "CH", "NL", "LU"};
const char *const kMarketingActivities[] = {"page_visit", "page_visit", "page_visit",
    "pricing_page", "product_page", "download", "email_open", "email_open", "email_click",
    "webinar", "social", "contact_form", "demo_request", "trial_signup"};
const char *const kDisqualifyReasons[] = {"no_budget", "no_authority", "no_need", "bad_timing",
    "competitor", "student", "invalid_data", "duplicate", "unreachable"};
const char *const kRejectReasons[]
    = {"not_icp", "no_interest", "too_early", "wrong_contact", "insufficient_info"};
const char *const kLostReasons[]
    = {"price", "competitor", "no_decision", "missing_features", "timing"};
const char *const kCallOutcomes[]
    = {"Erreicht – interessiert, Folgetermin vereinbart", "Auf die Mailbox gesprochen",
        "Nicht erreicht", "Erreicht – möchte Informationen per E-Mail", "Bittet um Rückruf"};

template <typename T, size_t N>
QString pick(QRandomGenerator &rng, const T (&items)[N])
{
    return QString::fromUtf8(items[rng.bounded(int(N))]);
}

QString asciiFold(QString s)
{
    s.replace(QChar(0x00E4), QLatin1String("ae")).replace(QChar(0x00F6), QLatin1String("oe"));
    s.replace(QChar(0x00FC), QLatin1String("ue")).replace(QChar(0x00DF), QLatin1String("ss"));
    s.replace(QChar(0x00D6), QLatin1String("Oe")).replace(QChar(0x0131), QLatin1String("i"));
    s.replace(QChar(0x00C4), QLatin1String("Ae")).replace(QChar(0x00DC), QLatin1String("Ue"));
    QString out;
    for (QChar c : s.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

struct DemoUser
{
    const char *login;
    const char *name;
    Role role;
    int team; // -1 none, 0 Nord, 1 Süd
};

const DemoUser kUsers[] = {
    {"mkoch", "Miriam Koch", Role::MarketingManager, -1},
    {"jlange", "Jens Lange", Role::MarketingManager, -1},
    {"tbauer", "Thomas Bauer", Role::TeamLead, 0},
    {"sweber", "Sabine Weber", Role::TeamLead, 1},
    {"lfischer", "Laura Fischer", Role::SeniorRep, 0},
    {"kschulz", "Kevin Schulz", Role::Rep, 0},
    {"nyilmaz", "Nora Yılmaz", Role::Rep, 0},
    {"pwagner", "Paul Wagner", Role::Rep, 0},
    {"ahartmann", "Anke Hartmann", Role::Rep, 0},
    {"mbrandt", "Marco Brandt", Role::SeniorRep, 1},
    {"eschmitt", "Elena Schmitt", Role::Rep, 1},
    {"dkoenig", "David König", Role::Rep, 1},
    {"jmeier", "Julia Meier", Role::Rep, 1},
    {"fhuber", "Felix Huber", Role::Rep, 1},
};

// Who the demo's leads are handed to: the ids by role, and the reps of each team.
struct DemoPeople
{
    std::vector<qint64> reps, seniors, marketing;
    std::array<std::vector<qint64>, 2> teamReps;
};

// The two teams and the users of kUsers, in one transaction, all created 400 days before anchor.
Result<DemoPeople> createPeople(const Database &db, const QDateTime &anchor, DemoSummary &summary)
{
    UserRepository users(db);
    DemoPeople people;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    std::array<qint64, 2> teamIds {};
    const char *teamNames[] = {"Inside Sales Nord", "Inside Sales Süd"};
    for (int i = 0; i < 2; ++i) {
        auto id = users.insertTeam(QString::fromUtf8(teamNames[i]));
        if (!id)
            return id.error();
        teamIds[i] = id.value();
    }
    for (const DemoUser &d : kUsers) {
        User u;
        u.login = QString::fromUtf8(d.login);
        u.name = QString::fromUtf8(d.name);
        u.role = d.role;
        if (d.team >= 0)
            u.teamId = teamIds[d.team];
        auto id = users.insert(u, anchor.addDays(-400));
        if (!id)
            return id.error();
        ++summary.users;
        if (d.role == Role::MarketingManager)
            people.marketing.push_back(id.value());
        if (d.role == Role::Rep || d.role == Role::SeniorRep) {
            people.reps.push_back(id.value());
            people.teamReps[d.team].push_back(id.value());
        }
        if (d.role == Role::SeniorRep)
            people.seniors.push_back(id.value());
    }
    // Routing rules a team like this would have, so the routing preview has something to show
    // from the first start: Austria and Switzerland to team Süd (hot leads to its senior reps),
    // Germany to the least loaded rep of team Nord, everything else round-robin in team Nord.
    const RoutingRepository routing(db);
    RoutingRule south;
    south.position = 1;
    south.name = QStringLiteral("Österreich und Schweiz");
    south.countries = {QStringLiteral("AT"), QStringLiteral("CH")};
    south.targetTeamId = teamIds[1];
    south.hotToSenior = true;
    RoutingRule germany;
    germany.position = 2;
    germany.name = QStringLiteral("Deutschland");
    germany.countries = {QStringLiteral("DE")};
    germany.targetTeamId = teamIds[0];
    germany.method = RoutingMethod::LeastLoaded;
    RoutingRule rest;
    rest.position = 3;
    rest.name = QStringLiteral("Alle anderen Länder");
    rest.targetTeamId = teamIds[0];
    for (const RoutingRule &r : {south, germany, rest}) {
        if (auto id = routing.insertRule(r, anchor.addDays(-400)); !id)
            return id.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return people;
}

// A mobile number of the country that libphonenumber accepts (a re-import of the demo's own
// export must not reject its phones), made from the two random numbers the demo always drew, so
// a seed still gives the same leads: the first of the country's mobile prefixes, taken in turn
// from a, with a subscriber number of 7 or 8 digits from b that libphonenumber accepts.
//
// Whether libphonenumber accepts such a number depends on its prefix and its length only (the
// mobile ranges of AT, CH and DE are a prefix and a count of any digits), so each (prefix, length)
// is checked once per process with one number of that form, not each of a million numbers
// (that check was a seventh of a demo's time). tst_cli checks the demo's phones one by one.
QString demoPhone(const QString &country, quint32 a, quint32 b)
{
    struct Plan
    {
        const char *region;
        const char *code;
        std::array<const char *, 4> prefixes;
    };
    static const Plan plans[] = {{"AT", "+43", {"664", "660", "676", "699"}},
        {"CH", "+41", {"79", "78", "77", "76"}}, {"DE", "+49", {"151", "160", "170", "176"}}};
    const auto phoneOf = [](const Plan &p, const char *prefix, int digits, quint32 subscriber) {
        return QStringLiteral("%1 %2 %3")
            .arg(QLatin1String(p.code), QLatin1String(prefix),
                QString::number(1000000 + subscriber % 9000000)
                    .rightJustified(digits, QLatin1Char('5')));
    };
    // Per plan, prefix and length (7, 8 digits): whether libphonenumber accepts it (made once,
    // thread-safe as a static's initialisation).
    using Accepted = std::array<std::array<std::array<bool, 2>, 4>, std::size(plans)>;
    static const Accepted accepted = [&] {
        Accepted out {};
        for (size_t p = 0; p < std::size(plans); ++p) {
            for (size_t i = 0; i < plans[p].prefixes.size(); ++i) {
                for (int digits : {7, 8}) {
                    const QString sample = phoneOf(plans[p], plans[p].prefixes[i], digits, 0);
                    const QString region = QLatin1String(plans[p].region);
                    out[p][i][size_t(digits - 7)] = PhoneNormalizer::toE164(sample, region).ok();
                }
            }
        }
        return out;
    }();
    size_t planIndex = 2;
    for (size_t p = 0; p < std::size(plans); ++p) {
        if (country == QLatin1String(plans[p].region))
            planIndex = p;
    }
    const Plan &plan = plans[planIndex];
    for (size_t i = 0; i < plan.prefixes.size(); ++i) {
        const size_t prefix = (a + i) % plan.prefixes.size();
        for (int digits : {7, 8}) {
            if (accepted[planIndex][prefix][size_t(digits - 7)])
                return phoneOf(plan, plan.prefixes[prefix], digits, b);
        }
    }
    qFatal("No valid demo phone number for %s", plan.region); // the plans above are wrong
}

// A lead's contact and company data; number (1, 2, ...) keeps the e-mail addresses unique.
LeadProfile randomProfile(QRandomGenerator &rng, qint64 number)
{
    LeadProfile p;
    p.firstName = pick(rng, kFirstNames);
    p.lastName = pick(rng, kLastNames);
    const QString stem = pick(rng, kCompanyStems);
    const QString kind = pick(rng, kCompanyKinds);
    p.company = QStringLiteral("%1 %2 %3").arg(stem, kind, pick(rng, kLegalForms));
    const QString domain = asciiFold(stem + kind) + QStringLiteral(".example");
    p.email = QStringLiteral("%1.%2%3@%4")
                  .arg(asciiFold(p.firstName), asciiFold(p.lastName))
                  .arg(number)
                  .arg(domain);
    p.country = pick(rng, kCountries);
    const quint32 area = rng.bounded(900);
    p.phone = demoPhone(p.country, area, rng.bounded(8999999));
    p.jobTitle = pick(rng, kTitles);
    p.industry = pick(rng, kIndustries);
    p.companySize = pick(rng, kSizes);
    p.source = pick(rng, kSources);
    p.campaign = pick(rng, kCampaigns);
    return p;
}

// The stage history of one lead, written step by step from its creation. A step follows the
// previous one after a random time, or with within > 0 within that many business seconds (a rep
// answering a handover during working hours); never later than ten minutes before the anchor.
struct DemoPath
{
    QRandomGenerator &rng;
    const BusinessCalendar &calendar;
    QDateTime anchor;
    int ageDays = 0;
    QDateTime t; // the time of the last step
    std::vector<HistoryEntry> entries;

    void step(const char *action, std::optional<Stage> from, Stage to, qint64 actor,
        QString reason = {}, QString note = {}, int within = 0)
    {
        const QDateTime next = within > 0
            ? calendar.addBusinessSeconds(t, 300 + rng.bounded(within))
            : t.addSecs(3600 + rng.bounded(ageDays * 20000 / 4 + 1));
        t = std::min(next, anchor.addSecs(-600));
        HistoryEntry h;
        h.action = QString::fromLatin1(action);
        h.from = from;
        h.to = to;
        h.at = t;
        h.actorId = actor;
        h.reasonCode = std::move(reason);
        h.note = std::move(note);
        entries.push_back(std::move(h));
    }
};

// The path a lead created at path.t took through the pipeline, decided by roll (0-99): still a
// lead, disqualified by marketing, or handed over to owner and worked by sales. Returns whether
// the lead reached sales (and so has an owner).
bool walkPipeline(DemoPath &path, int roll, qint64 owner, qint64 marketer)
{
    QRandomGenerator &rng = path.rng;
    HistoryEntry created;
    created.action = QStringLiteral("create");
    created.to = Stage::Lead;
    created.at = path.t;
    path.entries.push_back(created);
    if (roll < 40) {
        // Still a lead; some were already rejected once by sales.
        if (rng.bounded(10) == 0) {
            path.step("promote", Stage::Lead, Stage::Mql, marketer);
            path.step("reject", Stage::Mql, Stage::Lead, owner, pick(rng, kRejectReasons));
        }
        return false;
    }
    if (roll < 55) {
        path.step("disqualify", Stage::Lead, Stage::Disqualified, marketer,
            pick(rng, kDisqualifyReasons));
        return false;
    }
    path.step("promote", Stage::Lead, Stage::Mql, marketer);
    const int r2 = rng.bounded(100);
    // Most handovers are answered within a few hours (the SLA dashboard shows the rest).
    const int answer = rng.bounded(100) < 80 ? 5 * 3600 : 0;
    if (r2 < 35) {
        if (rng.bounded(2) == 0) {
            path.step("accept", Stage::Mql, Stage::Mql, owner, {}, {}, answer);
        } else {
            // Still waiting for sales: most were handed over in the last day and a half, the
            // rest in the last five days (a team that mostly keeps its service levels has a
            // few handovers breached by days, none by months).
            const int window = rng.bounded(3) > 0 ? 36 * 3600 : 5 * 86400;
            std::vector<HistoryEntry> &e = path.entries;
            e.back().at = std::max(
                e[e.size() - 2].at.addSecs(60), path.anchor.addSecs(-rng.bounded(window)));
            path.t = e.back().at;
        }
    } else if (r2 < 45) {
        path.step(
            "disqualify", Stage::Mql, Stage::Disqualified, owner, pick(rng, kDisqualifyReasons));
    } else {
        path.step("accept", Stage::Mql, Stage::Mql, owner, {}, {}, answer);
        path.step("qualify", Stage::Mql, Stage::Sql, owner);
        const int r3 = rng.bounded(100);
        if (r3 < 30) {
            path.step("win", Stage::Sql, Stage::Won, owner);
        } else if (r3 < 55) {
            path.step("lose", Stage::Sql, Stage::Lost, owner, pick(rng, kLostReasons));
        } else if (r3 < 62) {
            path.step("disqualify", Stage::Sql, Stage::Disqualified, owner,
                pick(rng, kDisqualifyReasons));
        }
    }
    return true;
}

// The lead's stage, times and milestones after its path, as PipelineService would have set them.
void applyPath(Lead &lead, const std::vector<HistoryEntry> &path)
{
    const HistoryEntry &last = path.back();
    lead.stage = last.to;
    lead.stageChangedAt = last.at;
    lead.updatedAt = last.at;
    for (const HistoryEntry &h : path) {
        if (h.action == QLatin1String("accept") || h.action == QLatin1String("qualify"))
            lead.acceptedAt = lead.acceptedAt.isValid() ? lead.acceptedAt : h.at;
        lead.reachMilestone(h.to, h.at);
    }
}

// Marketing touches before and around the handover; sales touches after it (owner: the lead's
// owner, if it reached sales).
std::vector<Activity> randomActivities(QRandomGenerator &rng, const Lead &lead, int ageDays,
    const QDateTime &anchor, std::optional<qint64> owner)
{
    std::vector<Activity> acts;
    const int touches = 1 + rng.bounded(lead.stage == Stage::Lead ? 3 : 5);
    for (int i = 0; i < touches; ++i) {
        Activity a;
        a.type = pick(rng, kMarketingActivities);
        a.at = std::min(
            lead.createdAt.addSecs(rng.bounded(ageDays * 86400 / 2 + 1)), anchor.addSecs(-300));
        acts.push_back(std::move(a));
    }
    if (owner && lead.acceptedAt.isValid()) {
        const int calls = 1 + rng.bounded(3);
        for (int i = 0; i < calls; ++i) {
            Activity a;
            a.type = rng.bounded(4) == 0 ? QStringLiteral("email") : QStringLiteral("call");
            a.at = std::min(
                lead.acceptedAt.addSecs(i * 86400 + rng.bounded(7200)), anchor.addSecs(-60));
            a.userId = owner;
            a.detail = a.type == QLatin1String("call")
                ? pick(rng, kCallOutcomes)
                : QStringLiteral("Informationsmaterial gesendet");
            acts.push_back(std::move(a));
        }
    }
    if (owner && lead.sqlAt.isValid() && rng.bounded(100) < 85) {
        // The next step after SQL: a meeting, mostly within two days.
        Activity a;
        a.type = QStringLiteral("meeting");
        a.at = std::min(lead.sqlAt.addSecs(600 + rng.bounded(3 * 86400)), anchor.addSecs(-60));
        a.userId = owner;
        a.detail = QString::fromUtf8("Termin: Anforderungen und nächste Schritte");
        acts.push_back(std::move(a));
    }
    if (owner && lead.acceptedAt.isValid()
        && (lead.stage == Stage::Mql || lead.stage == Stage::Sql)) {
        // Open leads in work: nine in ten were touched in the last six days, the rest a little
        // over a week ago (their "untouched" clocks breached by days, not months).
        const qint64 ago = rng.bounded(100) < 90 ? 60 + rng.bounded(6 * 86400)
                                                 : 8 * 86400 + rng.bounded(3 * 86400);
        Activity a;
        a.type = QStringLiteral("call");
        a.at = std::min(
            std::max(lead.stageChangedAt.addSecs(60), anchor.addSecs(-ago)), anchor.addSecs(-60));
        a.userId = owner;
        a.detail = pick(rng, kCallOutcomes);
        acts.push_back(std::move(a));
    }
    return acts;
}

// One demo lead with its stage history and activities.
struct DemoLead
{
    Lead lead;
    std::vector<HistoryEntry> path;
    std::vector<Activity> activities;
};

// The number-th lead (1, 2, ...), created up to 540 days before anchor.
DemoLead randomLead(QRandomGenerator &rng, const BusinessCalendar &calendar,
    const QDateTime &anchor, const DemoPeople &people, qint64 number)
{
    DemoLead d;
    Lead &lead = d.lead;
    lead.profile = randomProfile(rng, number);
    const int ageDays = 1 + rng.bounded(540);
    lead.createdAt = anchor.addSecs(-qint64(ageDays) * 86400 + rng.bounded(8 * 3600, 18 * 3600));
    const int roll = rng.bounded(100);
    const int team = rng.bounded(2);
    const std::vector<qint64> &teamReps = people.teamReps[team];
    const qint64 owner = teamReps[rng.bounded(int(teamReps.size()))];
    const qint64 marketer = people.marketing[rng.bounded(int(people.marketing.size()))];
    DemoPath path {rng, calendar, anchor, ageDays, lead.createdAt, {}};
    const bool owned = walkPipeline(path, roll, owner, marketer);
    d.path = std::move(path.entries);
    applyPath(lead, d.path);
    if (owned)
        lead.ownerId = owner;
    d.activities = randomActivities(
        rng, lead, ageDays, anchor, owned ? std::optional<qint64>(owner) : std::nullopt);
    for (const Activity &a : d.activities)
        lead.updatedAt = std::max(lead.updatedAt, a.at);
    return d;
}

// The next count leads (numbered from done + 1) with their history and activities: made first
// (the same random draws in the same order as one by one), scored by scoring (on the anchor's
// clock, from what was made: each lead is written once, with its score), then written table by
// table through the bulk writers, in the caller's transaction.
Result<void> writeBatch(const Database &db, const ScoringService &scoring, QRandomGenerator &rng,
    const QDateTime &anchor, const DemoPeople &people, qint64 done, qint64 count,
    DemoSummary &summary)
{
    static const BusinessCalendar calendar = BusinessCalendar::germanDefault();
    std::vector<DemoLead> made;
    made.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i)
        made.push_back(randomLead(rng, calendar, anchor, people, done + i + 1));
    std::vector<LeadFacts> facts;
    std::vector<std::vector<Activity>> acts;
    facts.reserve(made.size());
    acts.reserve(made.size());
    for (DemoLead &d : made) {
        facts.push_back(ScoringService::factsOf(d.lead.profile));
        acts.push_back(std::move(d.activities));
    }
    auto scores = scoring.scoreGenerated(facts, acts);
    if (!scores)
        return scores.error();
    std::vector<Lead> rows;
    rows.reserve(made.size());
    for (size_t i = 0; i < made.size(); ++i) {
        rows.push_back(made[i].lead);
        rows.back().score = scores->rows[i].score;
        rows.back().fastTrack = scores->rows[i].fastTrack;
    }
    auto ids = LeadRepository(db).insertMany(rows);
    if (!ids)
        return ids.error();
    std::vector<HistoryEntry> history;
    std::vector<Activity> activities;
    for (size_t i = 0; i < made.size(); ++i) {
        for (HistoryEntry &h : made[i].path) {
            h.leadId = ids.value()[i];
            history.push_back(std::move(h));
        }
        for (Activity &a : acts[i]) {
            a.leadId = ids.value()[i];
            activities.push_back(std::move(a));
        }
    }
    const TimelineRepository timeline(db);
    if (auto w = timeline.insertHistory(history); !w)
        return w;
    if (auto w = timeline.insertActivities(activities); !w)
        return w;
    if (auto w = scoring.storeNewScores(scores.value(), ids.value()); !w)
        return w;
    summary.leads += qint64(made.size());
    summary.historyRows += qint64(history.size());
    summary.activities += qint64(activities.size());
    return {};
}

// Writes the leads in batches of 20,000, each in its own transaction (a cancel through progress
// stops after a whole batch); from options.indexesAfterFrom leads on in one transaction, the
// indexes of the tables it fills made at the end (DeferredIndexes; a cancel writes nothing).
Result<void> writeLeads(const Database &db, const ScoringService &scoring, QRandomGenerator &rng,
    const QDateTime &anchor, const DemoPeople &people, const DemoOptions &options,
    const DemoGenerator::Progress &progress, DemoSummary &summary)
{
    constexpr qint64 batch = 20000;
    const qint64 total = options.leads;
    if (total < options.indexesAfterFrom) {
        for (qint64 done = 0; done < total;) {
            Transaction tx(db);
            if (!tx.isActive())
                return tx.beginError();
            const qint64 count = std::min(batch, total - done);
            if (auto w = writeBatch(db, scoring, rng, anchor, people, done, count, summary); !w)
                return w;
            if (auto c = tx.commit(); !c)
                return c.error();
            done += count;
            if (progress && !progress(done, total))
                break;
        }
        return {};
    }
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto indexes = DeferredIndexes::drop(db,
        {QStringLiteral("leads"), QStringLiteral("stage_history"), QStringLiteral("activities")});
    if (!indexes)
        return indexes.error();
    for (qint64 done = 0; done < total;) {
        const qint64 count = std::min(batch, total - done);
        if (auto w = writeBatch(db, scoring, rng, anchor, people, done, count, summary); !w)
            return w;
        done += count;
        if (progress && !progress(done, total)) {
            summary = DemoSummary {summary.users, 0, 0, 0};
            return {}; // rolled back: nothing written
        }
    }
    if (auto w = indexes->restore(db); !w)
        return w;
    return tx.commit();
}

// Marketing's MQL targets for the 18 months up to anchor's: near what they reached, some missed.
Result<void> setMqlTargets(const Database &db, QRandomGenerator &rng, const QDateTime &anchor)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    const LeadRepository leads(db);
    const SlaRepository sla(db);
    const QDate thisMonth(anchor.date().year(), anchor.date().month(), 1);
    for (QDate m = thisMonth.addMonths(-17); m <= thisMonth; m = m.addMonths(1)) {
        const auto reached = leads.countEnteredMql(
            QDateTime(m, QTime(0, 0), Qt::UTC), QDateTime(m.addMonths(1), QTime(0, 0), Qt::UTC));
        if (!reached)
            return Error::storage(DemoGenerator::tr("Cannot count the demo MQLs."));
        if (reached.value() == 0)
            continue;
        const qint64 target
            = std::max<qint64>(10, (reached.value() * (90 + rng.bounded(30)) / 100 + 5) / 10 * 10);
        if (auto w = sla.setMqlTarget(m.toString(QStringLiteral("yyyy-MM")), target); !w)
            return w.error();
    }
    return tx.commit();
}

} // namespace

DemoGenerator::DemoGenerator(const Services &services)
    : m_services(services)
    , m_db(services.database())
    , m_events(services.events())
    , m_clock(services.clock())
{ }

Result<DemoSummary> DemoGenerator::generate(
    const DemoOptions &options, const Progress &progress) const
{
    if (options.leads < 0 || options.leads > 10'000'000)
        return Error::invalid(
            tr("The number of demo leads must be between 0 and 10,000,000, not %1.")
                .arg(options.leads),
            QStringLiteral("leads"));
    auto existing = LeadRepository(m_db).count({});
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return Error::invalid(
            tr("The database already holds %1 leads; demo data is only added to an "
               "empty database.")
                .arg(existing.value()),
            QStringLiteral("database"));

    QRandomGenerator rng(quint32(options.seed ^ (options.seed >> 32)));
    // Dates are anchored to the start of today, so a seed gives the same data all day.
    const QDateTime anchor(m_clock.now().date(), QTime(0, 0), Qt::UTC);
    DemoSummary summary;
    auto people = createPeople(m_db, anchor, summary);
    if (!people)
        return people.error();
    // Scores, bands and fast-track come from the scoring engine, computed as of the anchor so
    // that a seed gives the same data all day: services of their own on that clock. Each batch
    // is scored before it is written (what a full recompute after the insert would store).
    const FixedClock scoredAt(anchor);
    const Services asOfAnchor(m_db, m_events, scoredAt);
    const ScoringService &scoring = asOfAnchor.scoring();
    if (auto w = writeLeads(m_db, scoring, rng, anchor, people.value(), options, progress, summary);
        !w)
        return w.error();
    if (auto w = setMqlTargets(m_db, rng, anchor); !w)
        return w.error();
    m_db.optimize();
    // The leads their score promotes to MQL move through the pipeline; they keep no owner (as
    // generated), they are not handed to routing.
    if (auto promoted = scoring.promoteReachedLeads(PipelineService::Handover::Keep); !promoted)
        return promoted.error();
    // The owners came with the leads; the fairness report reads them from the assignments (one
    // statement, so all or none).
    if (auto w = RoutingRepository(m_db).recordOwnersAsRouted(); !w)
        return w.error();
    // The SLA clocks of the history just written, so the SLA dashboard has figures at once (a
    // large demo's in one transaction, as its leads).
    const auto writes = options.leads >= options.indexesAfterFrom ? SlaService::Writes::AtOnce
                                                                  : SlaService::Writes::InBatches;
    if (auto sla = m_services.sla().rebuildAll({}, writes); !sla)
        return sla.error();
    m_events.publish(LeadsReloaded {summary.leads});
    return summary;
}

} // namespace bantam
