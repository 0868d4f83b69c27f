#include "common/shortcutlist.h"

#include <QAbstractButton>
#include <QAction>
#include <QMenu>
#include <QShortcut>
#include <QWidget>

namespace bantam {

QString withoutMnemonic(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size())
            ++i; // "&&" is a literal '&'
        out += text[i];
    }
    return out;
}

QList<ShortcutEntry> collectShortcuts(
    const QWidget *window, const std::function<QString(const QWidget *)> &where)
{
    QList<ShortcutEntry> out;
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->isSeparator())
            continue;
        QString menu;
        for (const QObject *o : a->associatedObjects()) {
            if (const auto *m = qobject_cast<const QMenu *>(o)) {
                menu = withoutMnemonic(m->title());
                break;
            }
        }
        const auto *owner = qobject_cast<const QWidget *>(a->parent());
        for (const QKeySequence &k : a->shortcuts())
            out.push_back(
                {k, withoutMnemonic(a->text()), menu.isEmpty() && owner ? where(owner) : menu});
    }
    for (const QShortcut *s : window->findChildren<QShortcut *>()) {
        if (s->key().isEmpty() || s->whatsThis().isEmpty())
            continue; // one that does not say what it does is an alternative key of another
        const auto *owner = qobject_cast<const QWidget *>(s->parent());
        out.push_back({s->key(), s->whatsThis(), owner ? where(owner) : QString()});
    }
    for (const QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        const QKeySequence k = b->shortcut();
        if (k.isEmpty() || k == QKeySequence::mnemonic(b->text()))
            continue;
        QString what = withoutMnemonic(b->text());
        if (what.isEmpty())
            what = b->toolTip();
        out.push_back({k, what, where(b)});
    }
    return out;
}

} // namespace bantam
