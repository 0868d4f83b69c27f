#include "common/checklistbutton.h"

#include <QAction>
#include <QMenu>
#include <QResizeEvent>

#include <algorithm>

namespace bantam {

CheckListButton::CheckListButton(QWidget *parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMenu(new QMenu(this));
}

void CheckListButton::setChoices(const std::vector<std::pair<QString, QString>> &codeAndName)
{
    menu()->clear();
    for (const auto &[code, name] : codeAndName) {
        QAction *a = menu()->addAction(name);
        a->setData(code);
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, &CheckListButton::showChecked);
    }
    showChecked();
}

void CheckListButton::setChecked(const QStringList &codes)
{
    for (QAction *a : menu()->actions()) {
        const QString code = a->data().toString();
        if (!codes.contains(code) && a->property("unknown").toBool()) {
            menu()->removeAction(a);
            a->deleteLater();
        }
    }
    QStringList known;
    for (QAction *a : menu()->actions()) {
        known << a->data().toString();
        const QSignalBlocker quiet(a);
        a->setChecked(codes.contains(a->data().toString()));
    }
    for (const QString &code : codes) {
        if (known.contains(code))
            continue;
        QAction *a = menu()->addAction(code);
        a->setData(code);
        a->setProperty("unknown", true);
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this, &CheckListButton::showChecked);
    }
    showChecked();
}

QStringList CheckListButton::checked() const
{
    QStringList codes;
    for (const QAction *a : menu()->actions()) {
        if (a->isChecked())
            codes << a->data().toString();
    }
    return codes;
}

void CheckListButton::showChecked()
{
    QStringList names;
    for (const QAction *a : menu()->actions()) {
        if (a->isChecked())
            names << a->text();
    }
    m_names = names.isEmpty() ? tr("(none)") : names.join(QLatin1String(", "));
    setToolTip(m_names);
    elide();
    updateGeometry();
}

void CheckListButton::elide()
{
    // Room for the menu arrow and the frame.
    const int room = std::max(40, width() - 3 * fontMetrics().averageCharWidth() - 12);
    setText(fontMetrics().elidedText(m_names, Qt::ElideRight, room));
}

QSize CheckListButton::sizeHint() const
{
    const QSize hint = QToolButton::sizeHint();
    return {std::min(hint.width(), fontMetrics().averageCharWidth() * 40), hint.height()};
}

void CheckListButton::resizeEvent(QResizeEvent *event)
{
    QToolButton::resizeEvent(event);
    elide();
}

} // namespace bantam
