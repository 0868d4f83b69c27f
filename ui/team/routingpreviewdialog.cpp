#include "team/routingpreviewdialog.h"

#include "domain/scoreband.h"
#include "team/teamforms.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace bantam {

RoutingPreviewDialog::RoutingPreviewDialog(
    const RoutingRun &run, const std::vector<Lead> &leads, bool applied, QWidget *parent)
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
    std::map<qint64, const Lead *> byId;
    for (const Lead &l : leads)
        byId[l.id] = &l;
    std::map<qint64, const RoutingLead *> routed;
    for (const RoutingLeadRow &row : run.leads)
        routed[row.lead.id] = &row.lead;
    auto *perLead = new QTableWidget(0, 5, this);
    perLead->setObjectName(QStringLiteral("previewPerLead"));
    perLead->setHorizontalHeaderLabels(
        {tr("Lead"), tr("Company"), tr("Score"), tr("Goes to"), tr("Rule or why not")});
    const size_t shown = std::min(run.outcome.decisions.size(), PreviewRows);
    perLead->setRowCount(int(shown));
    for (size_t i = 0; i < shown; ++i) {
        const RoutingDecision &d = run.outcome.decisions[i];
        const User *u = d.userId ? run.user(*d.userId) : nullptr;
        const auto lead = byId.find(d.leadId);
        const QString name = lead == byId.end()
            ? QString::number(d.leadId)
            : QStringLiteral("%1 %2")
                  .arg(lead->second->profile.firstName, lead->second->profile.lastName)
                  .trimmed();
        perLead->setItem(int(i), 0, readOnlyCell(name));
        perLead->item(int(i), 0)->setToolTip(tr("Lead %1").arg(d.leadId));
        perLead->setItem(int(i), 1,
            readOnlyCell(lead == byId.end() ? QString() : lead->second->profile.company));
        const auto r = routed.find(d.leadId);
        QString score;
        if (r != routed.end()) {
            const QString band = scoreBandName(routingBand(r->second->band, r->second->score));
            score = !run.bands.byChance ? tr("%1 (%2)").arg(r->second->score).arg(band)
                : r->second->chance     ? tr("%1 (%2 by its chance of %3 %)")
                                          .arg(r->second->score)
                                          .arg(band)
                                          .arg(*r->second->chance)
                                    : tr("%1 (%2: no chance yet)").arg(r->second->score).arg(band);
        }
        perLead->setItem(int(i), 2, readOnlyCell(score));
        perLead->setItem(int(i), 3, readOnlyCell(u ? u->name : tr("stays unassigned")));
        perLead->setItem(
            int(i), 4, readOnlyCell(d.userId ? run.ruleName(d.ruleId) : run.reasonText(d)));
    }
    perLead->resizeColumnsToContents();
    perLead->verticalHeader()->hide();
    perLead->horizontalHeader()->setStretchLastSection(true);
    auto *summary = new QLabel(tr("%1 of %2 leads would be assigned; %3 stay unassigned.")
                                   .arg(run.outcome.assigned)
                                   .arg(run.outcome.decisions.size())
                                   .arg(run.outcome.unassigned),
        this);
    // Which score the bands were read from, when it is not the rule score people expect.
    QLabel *bands = nullptr;
    if (run.bands.byChance) {
        bands = new QLabel(routingBandsText(run.bands), this);
        bands->setObjectName(QStringLiteral("previewBands"));
        bands->setWordWrap(true);
    }
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
    if (bands)
        layout->addWidget(bands);
    layout->addLayout(tables, 1);
    layout->addWidget(buttons);
    resize(1240, 560); // the rule column in sight on a 1366 px screen
}

} // namespace bantam
