// SlaSettingsDialog: the admin's editor of the service levels — the SLA policies, the business
// calendar (time zone, working hours, holidays) — and marketing's MQL targets. Every change
// goes through SlaService, which checks the signed-in user's role.
#pragma once

#include "sla/slarules.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace bantam {

class CheckListButton;

class Session;

class SlaSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SlaSettingsDialog(Session &session, QWidget *parent = nullptr);

    QListWidget *policyList() const { return m_policies; }
    QSpinBox *allowedField() const { return m_allowed; }
    QTableWidget *holidayTable() const { return m_holidays; }
    bool savePolicy(); // the form into the selected policy
    bool saveCalendar(); // time zone and working hours
    bool addHoliday(const QDate &day, const QString &name);
    bool setTarget(const QString &month, qint64 target);
    bool rebuildClocks(); // with a progress dialog; the result is shown in the dialog
    // The Recompute button: says what a recompute does to how many leads, then rebuildClocks()
    // if the user goes on. False when cancelled.
    bool confirmAndRebuildClocks();

private:
    QWidget *policiesPage();
    QFormLayout *buildPolicyForm(QWidget *page);
    QWidget *calendarPage();
    QWidget *targetsPage();
    void loadPolicies(int select = 0);
    void showPolicy(int row);
    void loadCalendar();
    void loadTargets();
    bool check(const Result<void> &result);

    Session &m_session;
    std::vector<SlaPolicy> m_list;
    QListWidget *m_policies;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QCheckBox *m_stages[3];
    QComboBox *m_fastTrack;
    QSpinBox *m_minScore;
    QSpinBox *m_allowed;
    QComboBox *m_unit;
    QSpinBox *m_dueSoon;
    CheckListButton *m_stopActivities;
    CheckListButton *m_stopActions;
    QCheckBox *m_restart;
    QCheckBox *m_escalate;
    QCheckBox *m_autoReassign;
    QCheckBox *m_active;
    QComboBox *m_zone;
    QCheckBox *m_workDay[7];
    QTimeEdit *m_start[7];
    QTimeEdit *m_end[7];
    QTableWidget *m_holidays;
    QTableWidget *m_targets;
    QLabel *m_note;
};

} // namespace bantam
