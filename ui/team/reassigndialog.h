// ReassignDialog: one dialog for reassigning leads — the new owner (only the reps the user may
// give leads to) and the reason both owners will read.
#pragma once

#include "domain/user.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace bantam {

class ReassignDialog : public QDialog
{
    Q_OBJECT

public:
    // reps: every user; the dialog offers the active sales people the actor may choose (admins
    // anyone, everyone else their own team), preselecting preferredUserId if given.
    ReassignDialog(const User &actor, const std::vector<User> &users, int leadCount,
        qint64 preferredUserId = 0, QWidget *parent = nullptr);

    qint64 userId() const;
    QString userName() const;
    QString reason() const;

private:
    QComboBox *m_rep;
    QLineEdit *m_reason;
    QPushButton *m_ok;
};

} // namespace bantam
