// ScoreExplanationWidget: "Why this score?" in the lead detail — each contribution to the lead's
// score (profile fit, every activity with its decay, capped activities), as the scoring engine
// computed it, summing exactly to the score shown.
#pragma once

#include <QGroupBox>

class QLabel;
class QTreeWidget;

namespace bantam {

class Session;

class ScoreExplanationWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit ScoreExplanationWidget(Session &session, QWidget *parent = nullptr);

    QTreeWidget *contributions() const { return m_tree; }
    QLabel *summary() const { return m_summary; }

public Q_SLOTS:
    void showLead(qint64 leadId);

private:
    Session &m_session;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace bantam
