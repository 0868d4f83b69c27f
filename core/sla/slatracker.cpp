#include "sla/slatracker.h"

#include "storage/database.h"
#include "storage/slarepository.h"

namespace bantam {

SlaLeadFacts leadFacts(const Lead &lead)
{
    return {lead.id, lead.stage, lead.ownerId, lead.fastTrack, lead.score};
}

template <typename Apply>
Result<void> SlaTracker::update(qint64 leadId, Apply apply) const
{
    const SlaRepository &repository = m_repository;
    if (!m_rules) {
        auto rules = SlaRules::load(repository);
        if (!rules)
            return rules.error();
        m_rules.emplace(std::move(rules).value());
    }
    auto clocks = repository.openClocks(leadId);
    if (!clocks)
        return clocks.error();
    apply(*m_rules, clocks.value());
    return repository.save(clocks.value());
}

Result<void> SlaTracker::stageChanged(
    const Lead &after, std::optional<Stage> from, const QString &action, const QDateTime &at) const
{
    return update(after.id, [&](const SlaRules &rules, std::vector<SlaClock> &clocks) {
        rules.stageChanged(from, leadFacts(after), action, at, clocks);
    });
}

Result<void> SlaTracker::activityLogged(
    const Lead &lead, const QString &type, const QDateTime &at) const
{
    return update(lead.id, [&](const SlaRules &rules, std::vector<SlaClock> &clocks) {
        rules.activityLogged(leadFacts(lead), type, at, clocks);
    });
}

Result<void> SlaTracker::ownerChanged(const Lead &after, const QDateTime &at) const
{
    return update(after.id, [&](const SlaRules &rules, std::vector<SlaClock> &clocks) {
        rules.ownerChanged(leadFacts(after), at, clocks);
    });
}

} // namespace bantam
