#include "mainwindow/opendatabasedialog.h"

#include "people/signin.h"
#include "settings/preferences.h"
#include "storage/database.h"
#include "storage/serverlocation.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bantam {

OpenDatabaseDialog::OpenDatabaseDialog(QWidget *parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("openDatabaseDialog"));
    setWindowTitle(tr("Open team database"));
    auto *intro = new QLabel(tr("A team works in one PostgreSQL database. Ask your administrator "
                                "for the server's address and your user name."),
        this);
    intro->setWordWrap(true);

    m_recent->setObjectName(QStringLiteral("recent"));
    m_recent->addItem(tr("New connection"), QString());
    for (const QString &url : preferences::recentServers()) {
        auto location = ServerLocation::parse(url);
        m_recent->addItem(location ? location->displayName() : url, url);
    }
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.com or /run/postgresql"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setText(QStringLiteral("bantam"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("asked each time, never stored"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recent, &QComboBox::activated, this,
        [this](int i) { fillFrom(m_recent->itemData(i).toString()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    if (m_recent->count() > 1) {
        m_recent->setCurrentIndex(1);
        fillFrom(m_recent->itemData(1).toString());
    }
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
}

OpenDatabaseDialog::~OpenDatabaseDialog() = default;

std::unique_ptr<Database> OpenDatabaseDialog::takeDatabase()
{
    return std::move(m_opened);
}

void OpenDatabaseDialog::fillFrom(const QString &recent)
{
    auto location = ServerLocation::parse(recent);
    if (recent.isEmpty() || !location)
        return;
    m_host->setText(location->host());
    if (location->port() > 0)
        m_port->setValue(location->port());
    m_database->setText(location->database());
    m_user->setText(location->user());
    m_password->clear();
    m_password->setFocus();
}

void OpenDatabaseDialog::accept()
{
    if (m_host->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter the server's name or address."));
        m_error->show();
        m_host->setFocus();
        return;
    }
    const QString location = ServerLocation::keywords(
        m_host->text(), m_port->value(), m_database->text(), m_user->text(), m_password->text());
    m_error->setText(tr("Connecting…"));
    m_error->show();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Database::open(location);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_error->setText(opened.error().message);
        return;
    }
    // A login the server knows but Bantam does not (or a deactivated user): said here, where the
    // user can name another.
    if (auto signedIn = signedInUser(*opened.value()); !signedIn) {
        m_error->setText(signedIn.error().message);
        return;
    }
    m_opened = std::move(opened).value();
    preferences::addRecentServer(m_opened->server().urlWithoutPassword());
    QDialog::accept();
}

} // namespace bantam
