#include "leads/leadservice.h"

#include "clock.h"
#include "events/eventbus.h"
#include "leads/touchlog.h"
#include "people/lastchange.h"
#include "people/leadaccess.h"
#include "people/permissions.h"
#include "phone/homeregion.h"
#include "routing/routingservice.h"
#include "scoring/scoringservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/leadrepository.h"
#include "storage/timelinerepository.h"
#include "storage/userrepository.h"

#include <QRegularExpression>

namespace bantam {

LeadService::LeadService(const Database &db, const EventBus &events, const Clock &clock,
    const RoutingService &routing, const ScoringService &scoring)
    : m_db(db)
    , m_events(events)
    , m_clock(clock)
    , m_routing(routing)
    , m_scoring(scoring)
{ }

void LeadService::rescore(qint64 leadId) const
{
    if (auto r = m_scoring.rescore({leadId}); !r)
        qWarning("Scoring lead %lld failed: %s", static_cast<long long>(leadId),
            qPrintable(r.error().message));
}

Result<LeadProfile> LeadService::validate(const LeadProfile &in)
{
    LeadProfile p = in;
    constexpr int maxLength = 200;
    for (const ProfileField &f : ProfileFields::all()) {
        QString &value = p.*f.member;
        value = value.simplified();
        if (value.size() > maxLength)
            return Error::invalid(tr("%1 is too long (%2 characters, at most %3).")
                                      .arg(ProfileFields::label(f))
                                      .arg(value.size())
                                      .arg(maxLength),
                QString::fromLatin1(f.key));
    }
    if (p.firstName.isEmpty() && p.lastName.isEmpty() && p.email.isEmpty() && p.phone.isEmpty()
        && p.company.isEmpty())
        return Error::invalid(tr("A lead needs at least a name, a company, an e-mail address or a "
                                 "phone number."),
            QStringLiteral("lastName"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch())
        return Error::invalid(
            tr("'%1' is not a valid e-mail address.").arg(p.email), QStringLiteral("email"));
    if (!p.phone.isEmpty()) {
        static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()/.\\-]+$"));
        int digits = 0;
        for (QChar c : std::as_const(p.phone))
            digits += c.isDigit() ? 1 : 0;
        if (!phone.match(p.phone).hasMatch() || digits < 5 || digits > 15)
            return Error::invalid(tr("'%1' is not a valid phone number (digits, spaces, + ( ) / - "
                                     "only; 5 to 15 digits).")
                                      .arg(p.phone),
                QStringLiteral("phone"));
    }
    p.country = p.country.toUpper();
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!p.country.isEmpty() && !country.match(p.country).hasMatch())
        return Error::invalid(
            tr("'%1' is not a country code; use two letters such as DE, AT or CH.").arg(p.country),
            QStringLiteral("country"));
    return p;
}

Result<Lead> LeadService::create(const User &actor, const LeadProfile &profile) const
{
    if (auto p = permissions::mayCreateLead(actor); !p)
        return p.error();
    auto valid = validate(profile);
    if (!valid)
        return valid.error();
    const QDateTime now = m_clock.now();
    Lead lead;
    lead.profile = valid.value();
    lead.phoneE164 = HomeRegion::e164(m_db, lead.profile.phone, lead.profile.country);
    lead.createdAt = lead.updatedAt = lead.stageChangedAt = now;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto id = LeadRepository(m_db).insert(lead);
    if (!id)
        return id.error();
    lead.id = id.value();
    HistoryEntry h;
    h.leadId = lead.id;
    h.action = QStringLiteral("create");
    h.to = Stage::Lead;
    h.at = now;
    h.actorId = actor.id;
    if (auto w = TimelineRepository(m_db).insertHistory(h); !w)
        return w.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    m_events.publish(LeadUpdated {lead.id});
    // Scored, then routed (on its band), after the commit: a scoring failure leaves the score to
    // the next recompute, a routing failure leaves the lead in the unassigned queue with its
    // reason; neither loses the lead.
    rescore(lead.id);
    if (auto routed = m_routing.routeAutomatically(actor, {lead.id}); !routed)
        qWarning("Routing lead %lld failed: %s", static_cast<long long>(lead.id),
            qPrintable(routed.error().message));
    if (auto reread = LeadRepository(m_db).byId(lead.id))
        return reread.value();
    return lead;
}

Result<Lead> LeadService::updateProfile(
    const User &actor, qint64 leadId, const LeadProfile &profile, int expectedVersion) const
{
    auto valid = validate(profile);
    if (!valid)
        return valid.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto current = LeadRepository(m_db).byId(leadId);
    if (!current)
        return current.error();
    if (current->version != expectedVersion)
        return Error::conflict(conflictMessage(m_db, leadId, m_clock.now()));
    return writeProfile(actor, tx, current.value(), valid.value());
}

Result<ProfileSave> LeadService::saveProfile(
    const User &actor, qint64 leadId, const LeadProfile &mine, const LeadProfile &base) const
{
    auto valid = validate(mine);
    if (!valid)
        return valid.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto current = LeadRepository(m_db).byId(leadId);
    if (!current)
        return current.error();
    ProfileMerge merge = mergeProfiles(base, current->profile, valid.value());
    if (!merge.conflicts.empty()) {
        if (auto p = mayEditLead(m_db, actor, current.value()); !p)
            return p.error();
        return ProfileSave {current.value(), std::move(merge.conflicts), merge.merged};
    }
    auto merged = validate(merge.merged); // both halves were valid; their mix must be too
    if (!merged)
        return merged.error();
    auto saved = writeProfile(actor, tx, current.value(), merged.value());
    if (!saved)
        return saved.error();
    return ProfileSave {saved.value(), {}, saved->profile};
}

Result<bool> LeadService::storeProfile(const Database &db, const AuditLog &audit, const User &actor,
    const Lead &current, const LeadProfile &profile, const QDateTime &now)
{
    if (auto p = mayEditLead(db, actor, current); !p)
        return p.error();
    if (profile == current.profile)
        return false;
    if (auto w = LeadRepository(db).updateProfile(current.id, profile, current.version, now); !w)
        return w.error();
    // A changed number is found again by its international form (a ringing caller, search).
    if (profile.phone != current.profile.phone || profile.country != current.profile.country) {
        const QString e164 = HomeRegion::e164(db, profile.phone, profile.country);
        if (auto k = LeadRepository(db).writeImportKeys(current.id, QString(), e164, false); !k)
            return k.error();
    }
    for (const ProfileField &f : ProfileFields::all()) {
        if (auto a = audit.recordChange(actor.id, now, QStringLiteral("lead"), current.id,
                QString::fromLatin1(f.key), current.profile.*f.member, profile.*f.member);
            !a)
            return a.error();
    }
    return true;
}

// The profile write of updateProfile and saveProfile, in their transaction: storeProfile, then
// the commit, the event and the rescore.
Result<Lead> LeadService::writeProfile(
    const User &actor, Transaction &tx, const Lead &current, const LeadProfile &profile) const
{
    const QDateTime now = m_clock.now();
    auto stored = storeProfile(m_db, AuditLog(m_db), actor, current, profile, now);
    if (!stored) {
        if (stored.error().kind != Error::Kind::Conflict)
            return stored.error();
        tx.rollback();
        return Error::conflict(conflictMessage(m_db, current.id, now));
    }
    if (!stored.value())
        return current;
    if (auto c = tx.commit(); !c)
        return c.error();
    m_events.publish(LeadUpdated {current.id});
    rescore(current.id); // the fit follows the profile (job title, industry, size, country)
    return LeadRepository(m_db).byId(current.id);
}

QStringList LeadService::loggableActivityTypes()
{
    return {QStringLiteral("call"), QStringLiteral("email"), QStringLiteral("meeting"),
        QStringLiteral("note")};
}

Result<void> LeadService::logActivity(const User &actor, qint64 leadId, const QString &type,
    const QString &detail, std::optional<CallOutcome> outcome) const
{
    if (!loggableActivityTypes().contains(type))
        return Error::invalid(tr("'%1' is not an activity a person logs (%2).")
                                  .arg(type, loggableActivityTypes().join(QLatin1String(", "))),
            QStringLiteral("type"));
    if (outcome && type != QLatin1String("call"))
        return Error::invalid(
            tr("Only a call has an outcome (not '%1').").arg(type), QStringLiteral("outcome"));
    if (outcome == CallOutcome::CallBack)
        return Error::invalid(
            tr("'Call back' needs a time: promise the callback with its time instead."),
            QStringLiteral("outcome"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto lead = LeadRepository(m_db).byId(leadId);
    if (!lead)
        return lead.error();
    if (auto p = mayEditLead(m_db, actor, lead.value()); !p)
        return p;
    const QDateTime now = m_clock.now();
    const TouchLog log(m_db);
    if (type == QLatin1String("call")) {
        // A call logged after the fact is a call like one from call mode: it counts as an attempt
        // of the cadence and in the day's calls (an unknown outcome as not reached).
        Call call;
        call.startedAt = now;
        call.endedAt = now;
        call.outcome = outcome;
        call.notes = detail.trimmed();
        QString text = detail.trimmed();
        if (outcome)
            text = text.isEmpty() ? callOutcomeName(*outcome)
                                  : callOutcomeName(*outcome) + QStringLiteral(": ") + text;
        if (auto w = log.call(lead.value(), call, actor.id, text, now); !w)
            return w;
    } else {
        Activity a;
        a.leadId = leadId;
        a.type = type;
        a.at = now;
        a.userId = actor.id;
        a.detail = detail.trimmed();
        if (auto w = log.touch(lead.value(), a); !w)
            return w;
    }
    if (auto c = tx.commit(); !c)
        return c;
    m_events.publish(LeadUpdated {leadId});
    return {};
}

} // namespace bantam
