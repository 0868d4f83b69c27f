// TeamView: the team lead's tab — the unassigned queue with the reasons, each rep's open load
// against capacity, reassigning a selection (or dropping leads onto a rep) with a reason,
// routing with a preview, the routing rules, the inbox and the audit log.
#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace bantam {

class Session;
class TeamLeadModel;

class TeamView : public QWidget
{
    Q_OBJECT

public:
    explicit TeamView(Session &session, QWidget *parent = nullptr);

    void reload();
    int unreadCount() const { return m_unread; }

Q_SIGNALS:
    void unreadChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QHBoxLayout *buildToolbar();
    void buildLeadTable();
    void buildRepTable();
    void loadLeads();
    void showLeadCount();
    void loadReps();
    void refreshElsewhere();
    void updateUnread();
    void chooseReassignTarget();
    void reassignSelected(qint64 toUserId);
    void route();
    void showInbox();
    std::vector<qint64> selectedLeads() const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    Session &m_session;
    QComboBox *m_owner;
    QLabel *m_count;
    QTableView *m_leads;
    QTableWidget *m_reps;
    QPushButton *m_inbox;
    TeamLeadModel *m_leadModel;
    int m_unread = 0;
    bool m_listsStale = false; // reloaded while hidden: the lists load when shown
};

} // namespace bantam
