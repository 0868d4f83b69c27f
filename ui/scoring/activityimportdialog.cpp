#include "scoring/activityimportdialog.h"

#include "common/backgroundtask.h"
#include "common/session.h"
#include "io/activityimport.h"
#include "people/permissions.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bantam {

ActivityImportDialog::ActivityImportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_file(new QLineEdit(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_report(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import activities"));
    setObjectName(QStringLiteral("activityImportDialog"));
    resize(760, 460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A CSV export of your marketing-automation tool with the columns lead e-mail, "
           "activity type, timestamp and (optional) detail — German or English headers, "
           "any common delimiter and encoding. Lines that cannot be used are listed; the "
           "rest is imported and the leads are rescored at once."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *fileRow = new QHBoxLayout;
    m_file->setObjectName(QStringLiteral("activityFile"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    layout->addWidget(m_report, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import->setObjectName(QStringLiteral("importButton"));
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Activities to import"),
            QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_import, &QPushButton::clicked, this, &ActivityImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (auto allowed = permissions::mayImportActivities(m_session.currentUser()); !allowed) {
        m_import->setEnabled(false);
        m_import->setToolTip(allowed.error().message);
    }
}

bool ActivityImportDialog::import()
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty())
        return false;
    std::optional<Result<ActivityImportSummary>> outcome;
    runWithProgress(
        this, tr("Importing activities…"), 0, m_session.database(), [&](const ProgressReport &) {
            outcome = m_session.services().activityImporter().run(m_session.currentUser(), path);
        });
    if (!outcome || !outcome->ok()) {
        m_report->setPlainText(outcome ? outcome->error().message : tr("The import failed."));
        return false;
    }
    const ActivityImportSummary &s = outcome->value();
    const QLocale l;
    QStringList lines;
    lines << tr(
        "Imported %1 of %2 activities; %3 lines rejected. %4 leads rescored, %5 promoted to MQL.")
                 .arg(l.toString(s.imported), l.toString(s.rows),
                     l.toString(qint64(s.issues.size())), l.toString(s.leads),
                     l.toString(s.promoted));
    for (const ActivityImportIssue &i : s.issues)
        lines << tr("line %1, %2: %3").arg(i.line).arg(i.field, i.reason);
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    return true;
}

} // namespace bantam
