// CallSettingsDialog: Settings › Calls… — how the team calls. The Cadence page edits the call
// cadence policies (attempts, business days, hours apart, different times of day), the Calling
// window page the hours leads are called in their local time, the Telephony page how F5 hands a
// number to the phone system (tel:, sip:, callto: or a URL template); team leads and administrators
// change them (CadenceService checks and audits), everybody else sees them.
#pragma once

#include "domain/cadence.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace bantam {

class Session;

class CallSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CallSettingsDialog(Session &session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *cadenceList() const { return m_list; }
    QSpinBox *attemptsField() const { return m_attempts; }
    QSpinBox *daysField() const { return m_days; }
    QSpinBox *gapField() const { return m_gap; }
    QLabel *messageLabel() const { return m_message; }
    bool saveCadence(); // the form into the selected policy
    QTimeEdit *windowFromField() const { return m_windowFrom; }
    QTimeEdit *windowToField() const { return m_windowTo; }
    bool saveWindow();
    QComboBox *dialWithField() const { return m_dialWith; }
    QLineEdit *templateField() const { return m_template; }
    QLabel *dialPreview() const { return m_dialPreview; }
    bool saveTelephony();
    QComboBox *homeRegionField() const { return m_homeRegion; }
    bool saveHomeRegion(); // administrators only

private:
    QWidget *cadencePage();
    QWidget *windowPage();
    QWidget *telephonyPage();
    void previewDial();
    void loadCadences(int select = 0);
    void showCadence(int row);
    CadencePolicy fromForm() const;

    Session &m_session;
    std::vector<CadencePolicy> m_policies;
    bool m_mayEdit = false;
    QTabWidget *m_tabs;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_stage = nullptr;
    QSpinBox *m_attempts = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_gap = nullptr;
    QCheckBox *m_vary = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    QTimeEdit *m_windowFrom = nullptr;
    QTimeEdit *m_windowTo = nullptr;
    QLabel *m_windowMessage = nullptr;
    QComboBox *m_dialWith = nullptr;
    QLineEdit *m_template = nullptr;
    QLabel *m_dialPreview = nullptr;
    QLabel *m_telephonyMessage = nullptr;
    QComboBox *m_homeRegion = nullptr;
};

} // namespace bantam
