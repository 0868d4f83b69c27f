// The team tab's dialogs: the routing rules in priority order (add, edit, delete, move,
// import/export), the routing preview before applying, and the audit log viewer (filtered,
// one page of 100 entries at a time from the database).
#pragma once

#include "routing/routingservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace bantam {

class Session;

class RoutingRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoutingRulesDialog(Session &session, QWidget *parent = nullptr);

private:
    void load(qint64 selectId = 0);
    void edit(bool add);
    qint64 currentId() const;
    bool check(const Result<void> &r);

    Session &m_session;
    QListWidget *m_list;
    std::vector<RoutingRule> m_rules;
};

// Shows a RoutingRun: per rep how many, per lead the rule or why not.
class RoutingPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    RoutingPreviewDialog(const RoutingRun &run, bool applied, QWidget *parent = nullptr);
};

class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(Session &session, QWidget *parent = nullptr);

private:
    void load();

    Session &m_session;
    QComboBox *m_entity;
    QSpinBox *m_entityId;
    QComboBox *m_user;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_page;
    qint64 m_offset = 0;
    qint64 m_total = 0;
};

} // namespace bantam
