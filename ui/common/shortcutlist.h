// The keyboard shortcuts a window defines, read from the window itself (its menu actions, its
// QShortcuts and the buttons with a key of their own), for Help › Keyboard shortcuts: the list
// can never name a key the program does not have, nor miss one it has.
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace bantam {

struct ShortcutEntry
{
    QKeySequence keys;
    QString what; // what the key does, in the user's language
    QString where; // the menu or the part of the window it works in
};

// Menu actions under their menu; QShortcuts that say what they do (their whatsThis) and buttons
// with a shortcut other than their text's mnemonic under where(the widget) — the part of the
// window, e.g. a tab's title.
QList<ShortcutEntry> collectShortcuts(
    const QWidget *window, const std::function<QString(const QWidget *)> &where);

// A menu's or action's text as read in a list: without the mnemonic's '&'.
QString withoutMnemonic(const QString &text);

} // namespace bantam
