#include "leads/profilemerge.h"

namespace bantam {

const std::array<ProfileField, 11> &ProfileFields::all()
{
    static const std::array<ProfileField, 11> fields = {{
        {&LeadProfile::firstName, "firstName", QT_TR_NOOP("First name")},
        {&LeadProfile::lastName, "lastName", QT_TR_NOOP("Last name")},
        {&LeadProfile::email, "email", QT_TR_NOOP("E-mail")},
        {&LeadProfile::phone, "phone", QT_TR_NOOP("Phone")},
        {&LeadProfile::company, "company", QT_TR_NOOP("Company")},
        {&LeadProfile::jobTitle, "jobTitle", QT_TR_NOOP("Job title")},
        {&LeadProfile::industry, "industry", QT_TR_NOOP("Industry")},
        {&LeadProfile::companySize, "companySize", QT_TR_NOOP("Company size")},
        {&LeadProfile::country, "country", QT_TR_NOOP("Country")},
        {&LeadProfile::source, "source", QT_TR_NOOP("Source")},
        {&LeadProfile::campaign, "campaign", QT_TR_NOOP("Campaign")},
    }};
    return fields;
}

QString ProfileFields::label(const ProfileField &field)
{
    return tr(field.label);
}

ProfileMerge mergeProfiles(
    const LeadProfile &base, const LeadProfile &theirs, const LeadProfile &mine)
{
    ProfileMerge m;
    m.merged = theirs;
    for (const ProfileField &f : ProfileFields::all()) {
        const QString &b = base.*f.member, &t = theirs.*f.member, &me = mine.*f.member;
        if (me == b || me == t)
            continue; // I did not change it, or we agree
        if (t == b) { // only I changed it
            m.merged.*f.member = me;
            m.changedKeys << QString::fromLatin1(f.key);
            continue;
        }
        m.conflicts.push_back({QString::fromLatin1(f.key), ProfileFields::label(f), b, t, me});
    }
    return m;
}

} // namespace bantam
