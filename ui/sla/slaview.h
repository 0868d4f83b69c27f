// SlaView: the "Service levels" section — My queue for reps, the SLA dashboard for team leads,
// and the service-level settings. While the application runs it records breaches once a minute
// (SlaService::escalate, which publishes SlaBreached for the inbox and reassignment).
#pragma once

#include <QWidget>

class QTabWidget;
class QTimer;

namespace bantam {

class MyQueueView;
class Session;
class SlaDashboard;

class SlaView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int EscalateMs = 60000;

    explicit SlaView(Session &session, QWidget *parent = nullptr);

    MyQueueView *queue() const { return m_queue; }
    SlaDashboard *dashboard() const { return m_dashboard; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void editSettings();
    void escalate();

Q_SIGNALS:
    void openLead(qint64 leadId);
    void message(const QString &text);

private:
    Session &m_session;
    QTabWidget *m_tabs;
    MyQueueView *m_queue;
    SlaDashboard *m_dashboard;
    QTimer *m_escalation;
};

} // namespace bantam
