#include "demo/demogenerator.h"

#include "clock.h"
#include "domain/lead.h"
#include "domain/user.h"
#include "events/eventbus.h"
#include "scoring/scoringservice.h"
#include "services.h"
#include "sla/businesscalendar.h"
#include "sla/slarepository.h"
#include "sla/slaservice.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/routingrepository.h"
#include "storage/timelinerepository.h"
#include "storage/userrepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>

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
const char *const kIndustries[] = {"Manufacturing", "Logistics", "IT services", "Healthcare",
    "Finance", "Retail", "Energy", "Construction", "Public sector", "Automotive"};
const char *const kSizes[] = {"1-9", "10-49", "50-249", "250-999", "1000+"};
const char *const kSources[] = {"Website", "Trade fair", "Webinar", "Purchased list", "Referral",
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
const char *const kCallOutcomes[] = {"Reached — interested, follow-up agreed", "Voicemail left",
    "No answer", "Reached — asked for information by e-mail", "Call back requested"};

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
    LeadRepository leads(m_db);
    auto existing = leads.count({});
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
    const BusinessCalendar calendar = BusinessCalendar::germanDefault();
    UserRepository users(m_db);
    TimelineRepository timeline(m_db);

    // People first, in one transaction.
    std::vector<qint64> reps, seniors, marketing;
    std::array<std::vector<qint64>, 2> teamReps;
    {
        Transaction tx(m_db);
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
                marketing.push_back(id.value());
            if (d.role == Role::Rep || d.role == Role::SeniorRep) {
                reps.push_back(id.value());
                teamReps[d.team].push_back(id.value());
            }
            if (d.role == Role::SeniorRep)
                seniors.push_back(id.value());
        }
        if (auto c = tx.commit(); !c)
            return c.error();
    }

    const qint64 total = options.leads;
    const int batch = 20000;
    qint64 done = 0;
    while (done < total) {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        const qint64 end = std::min(total, done + batch);
        for (; done < end; ++done) {
            Lead lead;
            LeadProfile &p = lead.profile;
            p.firstName = pick(rng, kFirstNames);
            p.lastName = pick(rng, kLastNames);
            const QString stem = pick(rng, kCompanyStems);
            const QString kind = pick(rng, kCompanyKinds);
            p.company = QStringLiteral("%1 %2 %3").arg(stem, kind, pick(rng, kLegalForms));
            const QString domain = asciiFold(stem + kind) + QStringLiteral(".example");
            p.email = QStringLiteral("%1.%2%3@%4")
                          .arg(asciiFold(p.firstName), asciiFold(p.lastName))
                          .arg(done + 1)
                          .arg(domain);
            p.country = pick(rng, kCountries);
            const QString prefix = p.country == QLatin1String("AT") ? QStringLiteral("+43")
                : p.country == QLatin1String("CH")                  ? QStringLiteral("+41")
                                                                    : QStringLiteral("+49");
            p.phone = QStringLiteral("%1 %2 %3")
                          .arg(prefix)
                          .arg(30 + rng.bounded(900))
                          .arg(1000000 + rng.bounded(8999999));
            p.jobTitle = pick(rng, kTitles);
            p.industry = pick(rng, kIndustries);
            p.companySize = pick(rng, kSizes);
            p.source = pick(rng, kSources);
            p.campaign = pick(rng, kCampaigns);

            const int ageDays = 1 + rng.bounded(540);
            const QDateTime created
                = anchor.addSecs(-qint64(ageDays) * 86400 + rng.bounded(8 * 3600, 18 * 3600));
            lead.createdAt = created;

            // The path this lead took through the pipeline.
            const int roll = rng.bounded(100);
            const int team = rng.bounded(2);
            const qint64 owner = teamReps[team][rng.bounded(int(teamReps[team].size()))];
            const qint64 marketer = marketing[rng.bounded(int(marketing.size()))];
            std::vector<HistoryEntry> path;
            QDateTime t = created;
            // within > 0: the step follows within that many business seconds (a rep answering a
            // handover during working hours).
            auto step = [&](const char *action, std::optional<Stage> from, Stage to, qint64 actor,
                            QString reason = {}, QString note = {}, int within = 0) {
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
                path.push_back(std::move(h));
            };
            HistoryEntry created_;
            created_.action = QStringLiteral("create");
            created_.to = Stage::Lead;
            created_.at = created;
            path.push_back(created_);
            bool owned = false;
            if (roll < 40) {
                // Still a lead; some were already rejected once by sales.
                if (rng.bounded(10) == 0) {
                    step("promote", Stage::Lead, Stage::Mql, marketer);
                    step("reject", Stage::Mql, Stage::Lead, owner, pick(rng, kRejectReasons));
                }
            } else if (roll < 55) {
                step("disqualify", Stage::Lead, Stage::Disqualified, marketer,
                    pick(rng, kDisqualifyReasons));
            } else {
                step("promote", Stage::Lead, Stage::Mql, marketer);
                owned = true;
                const int r2 = rng.bounded(100);
                // Most handovers are answered within a few hours (the SLA dashboard shows the
                // rest).
                const int answer = rng.bounded(100) < 80 ? 5 * 3600 : 0;
                if (r2 < 35) {
                    if (rng.bounded(2) == 0) {
                        step("accept", Stage::Mql, Stage::Mql, owner, {}, {}, answer);
                    } else if (rng.bounded(3) > 0) {
                        // Still waiting for sales: most were handed over in the last day and a
                        // half.
                        path.back().at = std::max(path[path.size() - 2].at.addSecs(60),
                            anchor.addSecs(-rng.bounded(36 * 3600)));
                        t = path.back().at;
                    }
                } else if (r2 < 45) {
                    step("disqualify", Stage::Mql, Stage::Disqualified, owner,
                        pick(rng, kDisqualifyReasons));
                } else {
                    step("accept", Stage::Mql, Stage::Mql, owner, {}, {}, answer);
                    step("qualify", Stage::Mql, Stage::Sql, owner);
                    const int r3 = rng.bounded(100);
                    if (r3 < 30) {
                        step("win", Stage::Sql, Stage::Won, owner);
                    } else if (r3 < 55) {
                        step("lose", Stage::Sql, Stage::Lost, owner, pick(rng, kLostReasons));
                    } else if (r3 < 62) {
                        step("disqualify", Stage::Sql, Stage::Disqualified, owner,
                            pick(rng, kDisqualifyReasons));
                    }
                }
            }
            const HistoryEntry &last = path.back();
            lead.stage = last.to;
            lead.stageChangedAt = last.at;
            lead.updatedAt = last.at;
            for (const HistoryEntry &h : path) {
                if (h.action == QLatin1String("accept") || h.action == QLatin1String("qualify"))
                    lead.acceptedAt = lead.acceptedAt.isValid() ? lead.acceptedAt : h.at;
                lead.reachMilestone(h.to, h.at); // as PipelineService would have on these moves
            }
            if (owned)
                lead.ownerId = owner;

            // Marketing touches before and around the handover; sales touches after it.
            std::vector<Activity> acts;
            const int touches = 1 + rng.bounded(lead.stage == Stage::Lead ? 3 : 5);
            for (int i = 0; i < touches; ++i) {
                Activity a;
                a.type = pick(rng, kMarketingActivities);
                a.at = std::min(
                    created.addSecs(rng.bounded(ageDays * 86400 / 2 + 1)), anchor.addSecs(-300));
                acts.push_back(std::move(a));
            }
            if (owned && lead.acceptedAt.isValid()) {
                const int calls = 1 + rng.bounded(3);
                for (int i = 0; i < calls; ++i) {
                    Activity a;
                    a.type = rng.bounded(4) == 0 ? QStringLiteral("email") : QStringLiteral("call");
                    a.at = std::min(lead.acceptedAt.addSecs(i * 86400 + rng.bounded(7200)),
                        anchor.addSecs(-60));
                    a.userId = owner;
                    a.detail = a.type == QLatin1String("call")
                        ? pick(rng, kCallOutcomes)
                        : QStringLiteral("Informationsmaterial gesendet");
                    acts.push_back(std::move(a));
                }
            }
            if (owned && lead.sqlAt.isValid() && rng.bounded(100) < 85) {
                // The next step after SQL: a meeting, mostly within two days.
                Activity a;
                a.type = QStringLiteral("meeting");
                a.at = std::min(
                    lead.sqlAt.addSecs(600 + rng.bounded(3 * 86400)), anchor.addSecs(-60));
                a.userId = owner;
                a.detail = QString::fromUtf8("Termin: Anforderungen und nächste Schritte");
                acts.push_back(std::move(a));
            }
            if (owned && lead.acceptedAt.isValid()
                && (lead.stage == Stage::Mql || lead.stage == Stage::Sql)
                && rng.bounded(100) < 75) {
                // Open leads in work: most were touched in the last week.
                Activity a;
                a.type = QStringLiteral("call");
                a.at = std::max(
                    lead.stageChangedAt.addSecs(60), anchor.addSecs(-rng.bounded(6 * 86400) - 60));
                a.userId = owner;
                a.detail = pick(rng, kCallOutcomes);
                acts.push_back(std::move(a));
            }
            for (const Activity &a : acts)
                lead.updatedAt = std::max(lead.updatedAt, a.at);

            auto id = leads.insert(lead);
            if (!id)
                return id.error();
            for (HistoryEntry &h : path) {
                h.leadId = id.value();
                if (auto w = timeline.insertHistory(h); !w)
                    return w.error();
                ++summary.historyRows;
            }
            for (Activity &a : acts) {
                a.leadId = id.value();
                if (auto w = timeline.insertActivity(a); !w)
                    return w.error();
                ++summary.activities;
            }
            ++summary.leads;
        }
        if (auto c = tx.commit(); !c)
            return c.error();
        if (progress && !progress(done, total))
            break;
    }
    // Marketing's MQL targets for the months of the demo: near what they reached, some missed.
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("SELECT count(*) FROM leads WHERE mql_at >= :from AND mql_at < :to"));
        const SlaRepository sla(m_db);
        const QDate thisMonth(anchor.date().year(), anchor.date().month(), 1);
        for (QDate m = thisMonth.addMonths(-17); m <= thisMonth; m = m.addMonths(1)) {
            q.bindValue(
                QStringLiteral(":from"), QDateTime(m, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
            q.bindValue(QStringLiteral(":to"),
                QDateTime(m.addMonths(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
            if (!q.exec() || !q.next())
                return Error::storage(tr("Cannot count the demo MQLs."));
            const qint64 reached = q.value(0).toLongLong();
            q.finish();
            if (reached == 0)
                continue;
            const qint64 target
                = std::max<qint64>(10, (reached * (90 + rng.bounded(30)) / 100 + 5) / 10 * 10);
            if (auto w = sla.setMqlTarget(m.toString(QStringLiteral("yyyy-MM")), target); !w)
                return w.error();
        }
        if (auto c = tx.commit(); !c)
            return c.error();
    }
    m_db.optimize();
    // Scores, bands and fast-track come from the scoring engine (which also promotes the leads
    // that reach MQL), computed as of the anchor so that a seed gives the same data all day:
    // services of their own on that clock. The leads it promotes keep no owner (as generated),
    // they are not handed to routing.
    const FixedClock scoredAt(anchor);
    const Services asOfAnchor(m_db, m_events, scoredAt);
    if (auto scored = asOfAnchor.scoring().recomputeAutomatically(PipelineService::Handover::Keep);
        !scored)
        return scored.error();
    // The owners came with the leads; the fairness report reads them from the assignments (one
    // statement, so all or none).
    if (auto w = RoutingRepository(m_db).recordOwnersAsRouted(); !w)
        return w.error();
    // The SLA clocks of the history just written, so the SLA dashboard has figures at once.
    if (auto sla = m_services.sla().rebuildAll(); !sla)
        return sla.error();
    m_events.publish(LeadsReloaded {summary.leads});
    return summary;
}

} // namespace bantam
