#include "team/teamforms.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bantam {

QTableWidgetItem *readOnlyCell(const QVariant &value)
{
    auto *i = new QTableWidgetItem;
    i->setData(Qt::DisplayRole, value);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    return i;
}

QTableWidget *newPeopleTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

void allow(QWidget *w, const Result<void> &allowed, const QString &hint)
{
    w->setEnabled(allowed.ok());
    w->setToolTip(allowed ? hint : allowed.error().message);
}

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("formError"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b03030;"));
    l->hide();
    return l;
}

QDialogButtonBox *finishForm(
    QDialog *dialog, QFormLayout *form, QLabel *error, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    return buttons;
}

} // namespace bantam
