// PredictiveModelDialog: Scoring › Predictive model…. Marketing chooses what the learned score
// predicts (reaching SQL, or won) and what to leave out, trains a candidate on a worker thread
// with progress and Cancel, looks at its evaluation on held-out leads beside the rule model's
// (ROC AUC, Brier score, conversion per decile, a calibration chart, the leakage warning), then
// activates it — every open lead gets its chance in one transaction — or discards it.
#pragma once

#include "scoring/predictivetrainer.h"

#include <QDialog>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bantam {

class Session;

class PredictiveModelDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PredictiveModelDialog(Session &session, QWidget *parent = nullptr);

    QComboBox *targetBox() const { return m_target; }
    QLineEdit *exclusionsEdit() const { return m_exclusions; }
    QTableWidget *evaluationTable() const { return m_evaluation; }
    QTableWidget *decileTable() const { return m_deciles; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *activateButton() const { return m_activate; }
    const std::optional<TrainingResult> &candidate() const { return m_candidate; }

public Q_SLOTS:
    bool train();
    bool activate();
    void discard();

private:
    void showEvaluation(const TrainingEvaluation &e);
    void showActive();
    void showError(const QString &message);

    Session &m_session;
    QComboBox *m_target;
    QLineEdit *m_exclusions;
    QSpinBox *m_holdout;
    QPushButton *m_train;
    QLabel *m_active;
    QLabel *m_message;
    QTableWidget *m_evaluation;
    QTableWidget *m_deciles;
    QChartView *m_chart;
    QPushButton *m_activate;
    QPushButton *m_discard;
    std::optional<TrainingResult> m_candidate;
};

} // namespace bantam
