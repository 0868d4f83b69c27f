// StageChangeDialog: asks for what a pipeline move requires — a reason from the list, a
// free-text reason, a re-contact date — before the move is sent to the pipeline service.
#pragma once

#include "domain/lead.h"
#include "domain/transitions.h"
#include "storage/reasonrepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace bantam {

class StageChangeDialog : public QDialog
{
    Q_OBJECT

public:
    StageChangeDialog(const Transition &transition, const Lead &lead,
        const std::vector<Reason> &reasons, const QDate &today, QWidget *parent = nullptr);

    // Whether the move needs this dialog at all (a required reason or date).
    static bool isNeeded(const Transition &transition);

    // Chooses the reason (a code of the list, or the free text) and writes the note, e.g. the
    // reason a call cadence suggests; the user can still change both.
    void prefill(const QString &reason, const QString &note);

    QString reason() const; // the reason code, or the free text
    QString note() const;
    QDate recontactOn() const;

private:
    void updateOk();

    Transition m_transition;
    QComboBox *m_reasonList = nullptr;
    QLineEdit *m_reasonText = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDateEdit *m_recontact = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace bantam
