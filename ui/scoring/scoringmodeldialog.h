// ScoringModelDialog: the scoring model editor (Scoring > Scoring model…). Editable tables for
// the activity types (points, caps, fast-track), the fit rules (job-title levels and taxonomy,
// industries, company sizes, countries, custom attributes), decay and thresholds; "Impact" previews
// how many leads would be promoted or change band; "Save" stores a new version and recomputes every
// lead on a worker thread with progress and Cancel; the versions tab restores an earlier version.
// The thresholds tab also says which score drives MQL handover (the rule score or the learned
// chance) and lets marketing change that.
// The model is validated by core (ScoringModel::fromJson); the message names the field.
#pragma once

#include "result.h"
#include "scoring/scoringmodel.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace bantam {

class Session;

class ScoringModelDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScoringModelDialog(Session &session, QWidget *parent = nullptr);

    void setModel(const ScoringModel &model);
    // The editor's content, validated; the error names the field ("activities[3].points: ...").
    Result<ScoringModel> editedModel() const;

    QTableWidget *activitiesTable() const { return m_activities; }
    QTableWidget *attributesTable() const { return m_attributes; }
    QDoubleSpinBox *halfLife() const { return m_halfLife; }
    QDoubleSpinBox *threshold(const char *name) const;
    QLabel *messageLabel() const { return m_message; }
    // After "Show impact": the job titles, sizes and industries the model does not recognise.
    QTreeWidget *unrecognisedList() const { return m_unrecognised; }
    QTreeWidget *versionsList() const { return m_versions; }
    // Which score drives MQL handover (the rule score or the learned chance) and the learned
    // threshold; "Apply" stores them (marketing managers and admins; audited).
    QComboBox *driverBox() const { return m_driver; }
    QDoubleSpinBox *learnedMqlBox() const { return m_learnedMql; }

public Q_SLOTS:
    bool showImpact();
    bool save();
    bool restoreSelected();
    bool applyDriver();
    void reject() override; // Close and Esc ask before unsaved edits are thrown away

private:
    QWidget *buildFitTab();
    QWidget *buildRulesTab();
    void buildVersionsTab();
    QWidget *tableEditor(QTableWidget *table, const QStringList &headers);
    void showError(const Error &error);
    void loadVersions();
    void loadDriver();
    void addPatternRow(const TitlePattern &pattern);
    void addAttributeRow(const AttributeRule &rule);
    qint64 leadCount() const;

    Session &m_session;
    std::optional<ScoringModel> m_unchanged; // what the editor showed when last loaded or saved
    QTabWidget *m_tabs;
    QTableWidget *m_activities;
    QTableWidget *m_levels;
    QTableWidget *m_patterns;
    QTableWidget *m_industries;
    QTableWidget *m_sizes;
    QTableWidget *m_countries;
    QTableWidget *m_attributes; // applies to, name, value (empty: any), from, below, points
    QDoubleSpinBox *m_halfLife;
    QDoubleSpinBox *m_warm;
    QDoubleSpinBox *m_mql;
    QDoubleSpinBox *m_hot;
    QComboBox *m_driver;
    QDoubleSpinBox *m_learnedMql;
    QPushButton *m_applyDriver;
    QLabel *m_message;
    QTreeWidget *m_unrecognised;
    QPushButton *m_impact;
    QPushButton *m_save;
    QTreeWidget *m_versions;
    QPushButton *m_restore;
};

} // namespace bantam
