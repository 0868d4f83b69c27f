// ShortcutGuard: keeps Bantam's own shortcuts working while a text field has the focus. On X11
// desktops Qt's line edits (also those inside spin and date boxes) claim some Ctrl keys for
// Emacs-style cursor movement — Ctrl+E is "end of line" — so Ctrl+E in the search box did not
// export the list, and in a call-mode answer did not end the call. Installed on the application,
// the guard lets the window's shortcut have the keys it names; a field still gets such a key
// where no shortcut of its window takes it.
#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

namespace bantam {

class ShortcutGuard : public QObject
{
    Q_OBJECT

public:
    ShortcutGuard(const QList<QKeySequence> &keys, QObject *parent = nullptr);
    // Puts a guard for keys on the application for as long as owner lives.
    static void install(const QList<QKeySequence> &keys, QObject *owner);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QKeySequence> m_keys;
};

} // namespace bantam
