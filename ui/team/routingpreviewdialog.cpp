#include "team/routingpreviewdialog.h"

#include "team/teamforms.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bantam {

RoutingPreviewDialog::RoutingPreviewDialog(const RoutingRun &run, bool applied, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(applied ? tr("Routing result") : tr("Routing preview"));
    auto *perRep = new QTableWidget(0, 2, this);
    perRep->setObjectName(QStringLiteral("previewPerRep"));
    perRep->setHorizontalHeaderLabels({tr("Rep"), tr("New leads")});
    for (const auto &[id, n] : run.outcome.perRep) {
        const int row = perRep->rowCount();
        perRep->insertRow(row);
        const User *u = run.user(id);
        perRep->setItem(row, 0, readOnlyCell(u ? u->name : QString::number(id)));
        perRep->setItem(row, 1, readOnlyCell(n));
    }
    perRep->verticalHeader()->hide();
    perRep->resizeColumnsToContents();
    auto *perLead = new QTableWidget(0, 3, this);
    perLead->setObjectName(QStringLiteral("previewPerLead"));
    perLead->setHorizontalHeaderLabels({tr("Lead"), tr("Goes to"), tr("Rule or why not")});
    // At most the first 2,000 leads are listed; the counts above cover all.
    const size_t shown = std::min<size_t>(run.outcome.decisions.size(), 2000);
    perLead->setRowCount(int(shown));
    for (size_t i = 0; i < shown; ++i) {
        const RoutingDecision &d = run.outcome.decisions[i];
        const User *u = d.userId ? run.user(*d.userId) : nullptr;
        perLead->setItem(int(i), 0, readOnlyCell(d.leadId));
        perLead->setItem(int(i), 1, readOnlyCell(u ? u->name : tr("stays unassigned")));
        perLead->setItem(
            int(i), 2, readOnlyCell(d.userId ? run.ruleName(d.ruleId) : run.reasonText(d)));
    }
    perLead->verticalHeader()->hide();
    perLead->horizontalHeader()->setStretchLastSection(true);
    auto *summary = new QLabel(tr("%1 of %2 leads would be assigned; %3 stay unassigned.")
                                   .arg(run.outcome.assigned)
                                   .arg(run.outcome.decisions.size())
                                   .arg(run.outcome.unassigned),
        this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (!applied && run.outcome.assigned > 0) {
        QPushButton *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
        apply->setObjectName(QStringLiteral("applyRouting"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *tables = new QHBoxLayout;
    tables->addWidget(perRep, 1);
    tables->addWidget(perLead, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(tables, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

} // namespace bantam
