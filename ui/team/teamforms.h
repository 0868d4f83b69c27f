// Small pieces the Team tab's tables and dialogs share: read-only table cells, the people
// tables, enabling a control by the core's permission check (its reason as tooltip), the red
// error line under a form, and splitting a typed list.
#pragma once

#include "result.h"

#include <QStringList>
#include <QVariant>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace bantam {

QTableWidgetItem *readOnlyCell(const QVariant &value);

// A table of whole rows, one selectable at a time, with these column headers.
QTableWidget *newPeopleTable(const QStringList &headers, QWidget *parent);

// Enables w when allowed; otherwise disables it and says why (the core's message).
void allow(QWidget *w, const Result<void> &allowed, const QString &hint = {});

// Red text under a form: the core's message about what is wrong (hidden until there is one).
QLabel *errorLabel(QWidget *parent);

// Below a dialog's form: the error line, then OK (labelled okText) and Cancel. OK calls the
// dialog's accept(), which saves and stays open on an error.
QDialogButtonBox *finishForm(
    QDialog *dialog, QFormLayout *form, QLabel *error, const QString &okText);

} // namespace bantam
