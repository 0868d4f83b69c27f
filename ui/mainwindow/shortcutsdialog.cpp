#include "mainwindow/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bantam {

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &shortcuts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    // Grouped by the place they work in, in the order the places come (the menus first), and by
    // key within a place.
    QStringList places;
    for (const ShortcutEntry &e : shortcuts) {
        if (!places.contains(e.where))
            places << e.where;
    }
    QList<ShortcutEntry> rows = shortcuts;
    std::stable_sort(
        rows.begin(), rows.end(), [&places](const ShortcutEntry &a, const ShortcutEntry &b) {
            if (a.where != b.where)
                return places.indexOf(a.where) < places.indexOf(b.where);
            return a.keys.toString(QKeySequence::PortableText)
                < b.keys.toString(QKeySequence::PortableText);
        });
    auto *table = new QTableWidget(int(rows.size()), 3, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    for (int r = 0; r < int(rows.size()); ++r) {
        const ShortcutEntry &e = rows[r];
        // NativeText: the key names of the user's language ("Strg+E" in German).
        table->setItem(r, 0, new QTableWidgetItem(e.keys.toString(QKeySequence::NativeText)));
        table->setItem(r, 1, new QTableWidgetItem(e.what));
        table->setItem(r, 2, new QTableWidgetItem(e.where));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace bantam
