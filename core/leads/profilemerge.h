// Profile merge: the lead profile's fields one by one (key, label, member), and the three-way
// merge of two people's edits of one profile — what each changed since the version they both
// started from (base). A field only one of them changed takes that change; a field both changed
// to different values is a conflict for the person saving second to decide.
#pragma once

#include "domain/lead.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <vector>

namespace bantam {

struct ProfileField
{
    QString LeadProfile::*member;
    const char *key; // "firstName": the form's and the errors' field name
    const char *label; // untranslated; ProfileFields::label() translates
};

class ProfileFields
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFields)

public:
    static const std::array<ProfileField, 11> &all();
    // The field's name as the user sees it ("First name"), translated.
    static QString label(const ProfileField &field);
};

struct FieldConflict
{
    QString key;
    QString label;
    QString base; // what both started from
    QString theirs; // what is stored now
    QString mine; // what the person saving typed
};

struct ProfileMerge
{
    LeadProfile merged; // theirs, with every change of mine that does not conflict
    std::vector<FieldConflict> conflicts;
    QStringList changedKeys; // fields where merged differs from theirs
};

ProfileMerge mergeProfiles(
    const LeadProfile &base, const LeadProfile &theirs, const LeadProfile &mine);

} // namespace bantam
