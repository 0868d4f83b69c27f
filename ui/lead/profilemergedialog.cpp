#include "lead/profilemergedialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bantam {

namespace {
enum Choice { Theirs, Mine, Edit };

QString shown(const QString &value)
{
    return value.isEmpty() ? ProfileMergeDialog::tr("(empty)") : value;
}
} // namespace

ProfileMergeDialog::ProfileMergeDialog(const std::vector<FieldConflict> &conflicts,
    const QString &who, const QString &when, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Merge changes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 saved this lead %2 while you were editing it, and changed some "
                                "of the fields you changed. Choose what to keep for each field; "
                                "your other changes and theirs are kept as they are.")
                                 .arg(who, when),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Theirs</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Yours</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Something else</b>"), this), 0, 3);
    int r = 1;
    for (const FieldConflict &c : conflicts) {
        auto *group = new QButtonGroup(this);
        auto *theirs = new QRadioButton(shown(c.theirs), this);
        auto *mine = new QRadioButton(shown(c.mine), this);
        auto *edit = new QRadioButton(this);
        auto *text = new QLineEdit(c.mine, this);
        theirs->setObjectName(QStringLiteral("theirs_") + c.key);
        mine->setObjectName(QStringLiteral("mine_") + c.key);
        text->setObjectName(QStringLiteral("edit_") + c.key);
        theirs->setToolTip(tr("Before both changes: %1").arg(shown(c.base)));
        group->addButton(theirs, Theirs);
        group->addButton(mine, Mine);
        group->addButton(edit, Edit);
        mine->setChecked(true);
        text->setEnabled(false);
        connect(edit, &QRadioButton::toggled, text, &QLineEdit::setEnabled);
        connect(text, &QLineEdit::textEdited, edit, [edit] { edit->setChecked(true); });
        auto *editBox = new QHBoxLayout;
        editBox->addWidget(edit);
        editBox->addWidget(text, 1);
        grid->addWidget(new QLabel(c.label, this), r, 0);
        grid->addWidget(theirs, r, 1);
        grid->addWidget(mine, r, 2);
        grid->addLayout(editBox, r, 3);
        m_rows.push_back({c, group, text});
        ++r;
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save merged"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

std::vector<std::pair<QString, QString>> ProfileMergeDialog::choices() const
{
    std::vector<std::pair<QString, QString>> out;
    for (const Row &row : m_rows) {
        QString value;
        switch (row.group->checkedId()) {
        case Theirs:
            value = row.conflict.theirs;
            break;
        case Edit:
            value = row.edit->text();
            break;
        default:
            value = row.conflict.mine;
        }
        out.emplace_back(row.conflict.key, value);
    }
    return out;
}

} // namespace bantam
