// LeadDetailWidget: one lead — header (stage, owner, score), the pipeline moves the current
// user may make, the editable profile and the timeline of stage changes and activities.
#pragma once

#include "domain/lead.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QTabWidget;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QHBoxLayout;
class QVBoxLayout;

namespace bantam {

class ActionBar;
class LeadForm;
class ScoreExplanationWidget;
class Session;
struct Transition;

class LeadDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LeadDetailWidget(Session &session, QWidget *parent = nullptr);

    qint64 leadId() const { return m_lead ? m_lead->id : 0; }
    const std::optional<Lead> &lead() const { return m_lead; }
    QPushButton *actionButton(const QString &actionKey) const;
    QTreeWidget *timeline() const { return m_timeline; }
    QLabel *attributes() const { return m_attributes; }
    LeadForm *form() const { return m_form; }

public Q_SLOTS:
    void showLead(qint64 leadId);
    void reload();
    bool save();
    void revert();

Q_SIGNALS:
    void message(const QString &text);

private:
    void buildHeader(QWidget *page, QVBoxLayout *layout);
    QGroupBox *buildProfileBox(QWidget *page);
    void buildLowerTabs(QWidget *page);
    void perform(const Transition &transition);
    void rebuildActions();
    void fillHeader();
    void fillTimeline();
    void fillAttributes();
    void updateEditState();
    void changedElsewhere(const QList<qint64> &leadIds);
    bool saveMerged(LeadProfile mine, LeadProfile base);

    Session &m_session;
    std::optional<Lead> m_lead;
    LeadProfile m_formBase; // the profile the form's edits started from (merge base on save)
    QStackedWidget *m_stack;
    QLabel *m_name;
    QLabel *m_subtitle;
    QLabel *m_changedBy; // "Anna Schmidt changed this lead at 14:03." (someone else's save)
    QLabel *m_stage;
    QLabel *m_facts;
    ActionBar *m_actions;
    LeadForm *m_form;
    QLabel *m_editHint;
    QPushButton *m_save;
    QPushButton *m_revert;
    QTreeWidget *m_timeline;
    QTabWidget *m_lowerTabs = nullptr;
    QGroupBox *m_attributesBox = nullptr;
    QLabel *m_attributes = nullptr;
    ScoreExplanationWidget *m_explanation;
};

} // namespace bantam
