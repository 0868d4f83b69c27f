#include "lead/scoreexplanationwidget.h"

#include "common/session.h"
#include "common/wrappingdelegate.h"
#include "scoring/scoringservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bantam {

ScoreExplanationWidget::ScoreExplanationWidget(Session &session, QWidget *parent)
    : QGroupBox(tr("Why this score?"), parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("scoreExplanation"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree->setObjectName(QStringLiteral("scoreContributions"));
    m_tree->setHeaderLabels({tr("Points"), tr("Contribution")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // A contribution reads as a sentence ("Social media interaction on …, 287 days ago: …"): it
    // wraps in a narrow detail pane instead of being cut off at the right.
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    layout->addWidget(m_tree);
}

void ScoreExplanationWidget::showLead(qint64 leadId)
{
    m_tree->clear();
    auto x = m_session.scoring().explain(leadId);
    if (!x) {
        m_summary->setText(x.error().message);
        return;
    }
    const Explanation &e = x->explanation;
    const QLocale l;
    QString text = tr("Score %1 (%2) under scoring model version %3, computed %4.")
                       .arg(e.score)
                       .arg(scoreBandName(e.band))
                       .arg(x->modelVersion)
                       .arg(l.toString(e.at.toLocalTime(), QLocale::ShortFormat));
    if (!x->scored)
        text += QLatin1Char(' ') + tr("Not scored yet: this is what the active model gives now.");
    if (x->stale)
        text += QLatin1Char(' ')
            + tr("The lead's data changed since then (the stored score is %1); the next recompute "
                 "updates it.")
                  .arg(x->storedScore);
    m_summary->setText(text);
    auto add = [this](const QString &points, const QString &what, bool muted) {
        auto *row = new QTreeWidgetItem(m_tree, {points, what});
        row->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        if (muted) {
            row->setForeground(0, QColor(Qt::gray));
            row->setForeground(1, QColor(Qt::gray));
        }
        return row;
    };
    for (const Contribution &c : e.contributions)
        add(formatTenths(c.tenths, l), describeContribution(c), c.tenths == 0);
    if (e.roundingTenths != 0)
        add(formatTenths(e.roundingTenths, l), tr("Rounding to a whole score"), true);
    if (e.clampTenths != 0)
        add(formatTenths(e.clampTenths, l),
            e.clampTenths > 0 ? tr("Raised to the lowest score, 0")
                              : tr("Capped at the highest score, 100"),
            false);
    QTreeWidgetItem *total = add(QString::number(e.score), tr("Score"), false);
    QFont bold = total->font(0);
    bold.setBold(true);
    total->setFont(0, bold);
    total->setFont(1, bold);
}

} // namespace bantam
