#include "cadence/cadenceservice.h"

#include "cadence/cadencerules.h"
#include "clock.h"
#include "people/permissions.h"
#include "phone/homeregion.h"
#include "storage/auditlog.h"
#include "storage/cadencerepository.h"
#include "storage/database.h"
#include "storage/slarepository.h"

namespace bantam {

Result<void> CadenceTracker::callLogged(const Lead &lead) const
{
    const CadenceRepository repo(m_db);
    auto policy = repo.policyFor(lead.stage);
    if (!policy)
        return policy.error();
    if (!policy.value())
        return {};
    auto calendar = SlaRepository(m_db).calendar();
    if (!calendar)
        return calendar.error();
    auto calls = repo.callsSince(lead.id, lead.stageChangedAt);
    if (!calls)
        return calls.error();
    return repo.saveState(cadenceAfter(
        *policy.value(), calendar.value(), lead.id, lead.stageChangedAt, calls.value()));
}

CadenceService::CadenceService(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<std::vector<CadencePolicy>> CadenceService::policies() const
{
    return CadenceRepository(m_db).policies();
}

Result<CadencePolicy> CadenceService::save(const User &actor, const CadencePolicy &changed) const
{
    if (auto p = permissions::mayEditCadence(actor); !p)
        return p.error();
    CadencePolicy p = changed;
    p.name = p.name.simplified();
    if (p.name.isEmpty())
        return Error::invalid(tr("The cadence needs a name."), QStringLiteral("name"));
    auto range = [](int value, int low, int high, const QString &what,
                     const QString &field) -> Result<void> {
        if (value >= low && value <= high)
            return {};
        return Error::invalid(
            tr("%1 must be between %2 and %3 (not %4).").arg(what).arg(low).arg(high).arg(value),
            field);
    };
    if (auto r = range(p.attempts, 1, 20, tr("Attempts"), QStringLiteral("attempts")); !r)
        return r.error();
    if (auto r = range(p.withinDays, 1, 60, tr("Business days"), QStringLiteral("days")); !r)
        return r.error();
    if (auto r = range(p.gapHours, 0, 80, tr("Hours between attempts"), QStringLiteral("gap")); !r)
        return r.error();

    const CadenceRepository repo(m_db);
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto all = repo.policies();
    if (!all)
        return all.error();
    const CadencePolicy *old = nullptr;
    for (const CadencePolicy &o : all.value()) {
        if (o.id == p.id)
            old = &o;
    }
    if (!old)
        return Error::notFound(tr("There is no call cadence with the id %1.").arg(p.id));
    p.code = old->code;
    p.stage = old->stage;
    if (auto w = repo.updatePolicy(p, now, actor.id); !w)
        return w.error();
    const AuditLog audit(m_db);
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    const struct
    {
        const char *field;
        QString before, after;
    } fields[] = {
        {"name", old->name, p.name},
        {"attempts", QString::number(old->attempts), QString::number(p.attempts)},
        {"within_days", QString::number(old->withinDays), QString::number(p.withinDays)},
        {"gap_hours", QString::number(old->gapHours), QString::number(p.gapHours)},
        {"vary_time", yesNo(old->varyTimeOfDay), yesNo(p.varyTimeOfDay)},
        {"active", yesNo(old->active), yesNo(p.active)},
    };
    for (const auto &f : fields) {
        if (auto w = audit.recordChange(actor.id, now, QStringLiteral("cadence_policy"), p.id,
                QLatin1String(f.field), f.before, f.after);
            !w)
            return w.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return p;
}

Result<CallingWindow> CadenceService::callingWindow() const
{
    auto settings = CadenceRepository(m_db).settings();
    if (!settings)
        return settings.error();
    return CallingWindow::fromSettings(settings.value());
}

Result<void> CadenceService::saveCallingWindow(const User &actor, const CallingWindow &w) const
{
    if (!w.from.isValid() || !w.to.isValid() || w.from.secsTo(w.to) < 3600)
        return Error::invalid(tr("The calling window must end at least an hour after it starts "
                                 "(%1 to %2).")
                                  .arg(w.from.toString(QStringLiteral("HH:mm")),
                                      w.to.toString(QStringLiteral("HH:mm"))),
            QStringLiteral("window"));
    return saveSettings(actor,
        {{QStringLiteral("window_from"), w.from.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("window_to"), w.to.toString(QStringLiteral("HH:mm"))}});
}

Result<DialSettings> CadenceService::dialSettings() const
{
    auto settings = CadenceRepository(m_db).settings();
    if (!settings)
        return settings.error();
    return DialSettings::fromSettings(settings.value());
}

Result<void> CadenceService::saveDialSettings(const User &actor, const DialSettings &d) const
{
    DialSettings checked = d;
    checked.urlTemplate = d.urlTemplate.trimmed();
    if (auto c = checked.check(); !c)
        return c;
    return saveSettings(actor,
        {{QStringLiteral("dial_with"), dialWithKey(checked.with)},
            {QStringLiteral("dial_template"), checked.urlTemplate}});
}

Result<QString> CadenceService::homeRegion() const
{
    return HomeRegion::of(m_db);
}

Result<QString> CadenceService::saveHomeRegion(const User &actor, const QString &region) const
{
    if (auto p = permissions::mayEditHomeRegion(actor); !p)
        return p.error();
    auto valid = HomeRegion::validate(region);
    if (!valid)
        return valid.error();
    if (auto r = saveSettings(actor, {{QStringLiteral("home_region"), valid.value()}}); !r)
        return r.error();
    return valid.value();
}

Result<void> CadenceService::saveSettings(
    const User &actor, const std::vector<std::pair<QString, QString>> &values) const
{
    if (auto p = permissions::mayEditCadence(actor); !p)
        return p;
    const CadenceRepository repo(m_db);
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const AuditLog audit(m_db);
    for (const auto &[key, value] : values) {
        auto before = repo.setSetting(key, value, now, actor.id);
        if (!before)
            return before.error();
        if (auto a = audit.recordChange(
                actor.id, now, QStringLiteral("call_settings"), 0, key, before.value(), value);
            !a)
            return a;
    }
    return tx.commit();
}

Result<std::optional<CadenceState>> CadenceService::stateOf(const Lead &lead) const
{
    return CadenceRepository(m_db).stateOf(lead.id, lead.stageChangedAt);
}

} // namespace bantam
