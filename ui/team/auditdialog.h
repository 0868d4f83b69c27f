// AuditDialog: the audit log viewer — filtered by entity, id, who and when, one page of 100
// entries at a time from the database.
#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace bantam {

class Session;
struct AuditEntry;

class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(Session &session, QWidget *parent = nullptr);

private:
    void load();
    QString shown(const AuditEntry &e, const QString &value) const;

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
    QHash<QString, QString> m_names; // login → name
};

} // namespace bantam
