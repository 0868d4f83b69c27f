#include "people/leadaccess.h"

#include "people/permissions.h"
#include "storage/userrepository.h"

namespace bantam {

Result<std::optional<User>> ownerOf(const Database &db, const Lead &lead)
{
    if (!lead.ownerId)
        return std::optional<User>();
    auto owner = UserRepository(db).byId(*lead.ownerId);
    if (!owner)
        return owner.error();
    return std::optional<User>(std::move(owner).value());
}

Result<void> mayEditLead(const Database &db, const User &actor, const Lead &lead)
{
    auto owner = ownerOf(db, lead);
    if (!owner)
        return owner.error();
    return permissions::mayEditLead(actor, lead, owner.value());
}

Result<void> mayChangeStage(
    const Database &db, const User &actor, PipelineAction action, const Lead &lead)
{
    auto owner = ownerOf(db, lead);
    if (!owner)
        return owner.error();
    return permissions::mayChangeStage(actor, action, lead, owner.value());
}

} // namespace bantam
