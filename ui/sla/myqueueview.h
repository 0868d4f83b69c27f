// MyQueueView: the signed-in rep's queue — open leads by SLA due time with their state as a
// colour and the time left, refreshed every half minute while it is shown; opens a lead and
// logs a call, e-mail or meeting on it (which stops the clocks that touch answers).
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTableView;
class QTimer;

namespace bantam {

class MyQueueModel;
class Session;

class MyQueueView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshMs = 30000;

    explicit MyQueueView(Session &session, QWidget *parent = nullptr);

    MyQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Gives the list the keyboard focus, on the first lead when none is current, so Enter
    // starts the call right after switching here (Ctrl+3).
    void focusList();
    QTimer *timer() const { return m_timer; }
    qint64 currentLeadId() const;
    // Logs an activity of the type on the current lead as the signed-in user.
    bool logOnCurrent(const QString &type);

Q_SIGNALS:
    void openLead(qint64 leadId);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fitColumns();
    QHBoxLayout *buildActions();
    void connectUpdates();
    void refreshIfShown();
    void updateSummary();

    Session &m_session;
    MyQueueModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QTimer *m_timer;
    bool m_stale = true;
};

} // namespace bantam
