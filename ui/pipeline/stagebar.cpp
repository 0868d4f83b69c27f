#include "pipeline/stagebar.h"

#include "common/stagestyle.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLocale>
#include <QShortcut>
#include <QToolButton>

namespace bantam {

StageBar::StageBar(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (int i = 0; i < 7; ++i) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->setMinimumHeight(46);
        const QString color
            = i == 0 ? QStringLiteral("#37474f") : stageColor(allStages[i - 1]).name();
        b->setStyleSheet(QStringLiteral(
            "QToolButton { border: 1px solid #c9ced6; border-top: 4px solid %1; border-radius: 4px;"
            " background: #ffffff; padding: 3px 10px; color: #1d2733; }"
            "QToolButton:checked { background: %1; color: white; border-color: %1; }"
            "QToolButton:hover:!checked { background: #f1f4f8; }")
                             .arg(color));
        // Alt+0 … Alt+6 from anywhere in the window, the search box included. (A button's own
        // shortcut would not do: setText() replaces it with the text's mnemonic, and the texts
        // change with every count.)
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + i)), this);
        shortcut->setContext(Qt::WindowShortcut);
        shortcut->setWhatsThis(i == 0
                ? tr("Show all leads matching the filters")
                : tr("Show only the leads in %1").arg(stageName(allStages[i - 1])));
        connect(shortcut, &QShortcut::activated, b, &QToolButton::click);
        m_group->addButton(b, i);
        layout->addWidget(b);
        m_buttons[size_t(i)] = b;
    }
    m_buttons[0]->setChecked(true);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this] { Q_EMIT stageSelected(); });
    updateTexts();
}

std::optional<Stage> StageBar::selectedStage() const
{
    const int id = m_group->checkedId();
    if (id <= 0)
        return std::nullopt;
    return allStages[size_t(id - 1)];
}

void StageBar::selectStage(std::optional<Stage> stage)
{
    buttonFor(stage)->setChecked(true);
    Q_EMIT stageSelected();
}

QToolButton *StageBar::buttonFor(std::optional<Stage> stage) const
{
    return m_buttons[stage ? size_t(*stage) + 1 : 0];
}

void StageBar::setCounts(const StageCounts &counts)
{
    m_counts = counts;
    m_counted = true;
    updateTexts();
}

void StageBar::updateTexts()
{
    const QLocale locale;
    qint64 all = 0;
    for (qint64 c : m_counts)
        all += c;
    const QString notYet = QStringLiteral("\u2026");
    m_buttons[0]->setText(tr("All\n%1").arg(m_counted ? locale.toString(all) : notYet));
    m_buttons[0]->setToolTip(tr("All leads matching the filters (Alt+0)"));
    for (size_t i = 0; i < allStages.size(); ++i) {
        const qint64 c = m_counts[i];
        QString text = stageName(allStages[i]) + QLatin1Char('\n')
            + (m_counted ? locale.toString(c) : notYet);
        m_buttons[i + 1]->setText(text);
        const double share = all > 0 ? 100.0 * double(c) / double(all) : 0.0;
        m_buttons[i + 1]->setToolTip(
            tr("%1: %2 leads (%3 %) — click to show only these (Alt+%4)")
                .arg(stageName(allStages[i]), locale.toString(c), locale.toString(share, 'f', 1))
                .arg(i + 1));
    }
}

} // namespace bantam
