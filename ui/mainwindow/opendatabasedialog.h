// OpenDatabaseDialog: File › Open team database… — host, port, database, user and password of a
// PostgreSQL server, the recent connections (remembered without their password), and the
// connection tried before the dialog closes: what went wrong stays in the dialog to be fixed.
#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bantam {

class Database;

class OpenDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenDatabaseDialog(QWidget *parent = nullptr);
    ~OpenDatabaseDialog() override;

    // The database opened (and migrated) when the dialog was accepted.
    std::unique_ptr<Database> takeDatabase();

    void accept() override; // connects; stays open with the error if that fails

private:
    void fillFrom(const QString &recent);

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    std::unique_ptr<Database> m_opened;
};

} // namespace bantam
