#include "common/shortcutguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace bantam {

ShortcutGuard::ShortcutGuard(const QList<QKeySequence> &keys, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
{ }

void ShortcutGuard::install(const QList<QKeySequence> &keys, QObject *owner)
{
    qApp->installEventFilter(new ShortcutGuard(keys, owner));
}

bool ShortcutGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride
        || !(qobject_cast<QLineEdit *>(watched) || qobject_cast<QAbstractSpinBox *>(watched)))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    // Not accepted and not passed on: the shortcut map goes on to the window's shortcuts; with
    // none for the key, the key press itself still reaches the field.
    return m_keys.contains(QKeySequence(key->keyCombination()));
}

} // namespace bantam
