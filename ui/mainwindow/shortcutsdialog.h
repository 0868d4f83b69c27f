// Help › Keyboard shortcuts…: every key the main window and call mode define, with what it does
// and where it works, in the user's language.
#pragma once

#include "common/shortcutlist.h"

#include <QDialog>

namespace bantam {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<ShortcutEntry> &shortcuts, QWidget *parent = nullptr);
};

} // namespace bantam
