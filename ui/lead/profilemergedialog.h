// ProfileMergeDialog: someone else saved the lead's profile while the user was editing it, and
// both changed the same fields. Per field the user keeps theirs, takes their own, or types a
// third value; the other fields were merged already (LeadService::saveProfile).
#pragma once

#include "leads/profilemerge.h"

#include <QDialog>

#include <vector>

class QButtonGroup;
class QLineEdit;

namespace bantam {

class ProfileMergeDialog : public QDialog
{
    Q_OBJECT

public:
    // who and when ("Anna Schmidt", "at 14:03") saved the other version.
    ProfileMergeDialog(const std::vector<FieldConflict> &conflicts, const QString &who,
        const QString &when, QWidget *parent = nullptr);

    // The chosen value of each conflicting field, by key, in the order of the conflicts.
    std::vector<std::pair<QString, QString>> choices() const;

private:
    struct Row
    {
        FieldConflict conflict;
        QButtonGroup *group;
        QLineEdit *edit;
    };
    std::vector<Row> m_rows;
};

} // namespace bantam
