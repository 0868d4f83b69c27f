// LeadForm: the editable profile fields of a lead, used by the detail panel and the new-lead
// dialog. Shows a validation error at the field it concerns.
#pragma once

#include "domain/lead.h"
#include "result.h"

#include <QWidget>

#include <map>

class QLabel;
class QLineEdit;
class QComboBox;

namespace bantam {

class LeadForm : public QWidget
{
    Q_OBJECT

public:
    explicit LeadForm(QWidget *parent = nullptr);

    LeadProfile profile() const;
    // phoneInvalid: the phone was imported as written although it is not a valid number; the
    // field says so until the phone is edited.
    void setProfile(const LeadProfile &profile, bool phoneInvalid = false);
    void setReadOnly(bool readOnly);
    bool isModified() const;
    // Marks the field the error names and shows the message; clearError() undoes it.
    void showError(const Error &error);
    void clearError();
    QLineEdit *field(const QString &key) const;

Q_SIGNALS:
    void edited();

private:
    QLineEdit *addField(const QString &key, const QString &label, int row);
    std::map<QString, QLineEdit *> m_fields;
    QComboBox *m_size;
    QLabel *m_error;
    LeadProfile m_loaded;
};

} // namespace bantam
