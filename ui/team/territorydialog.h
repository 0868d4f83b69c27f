// TerritoryDialog: the people dialog's form for one territory.
#pragma once

#include "domain/territory.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace bantam {

class Session;

// A territory: name, countries, postcode prefixes.
class TerritoryDialog : public QDialog
{
    Q_OBJECT

public:
    TerritoryDialog(Session &session, const Territory &territory, QWidget *parent = nullptr);

    void accept() override;

private:
    Session &m_session;
    Territory m_territory;
    QLineEdit *m_name, *m_countries, *m_prefixes;
    QLabel *m_error;
};

} // namespace bantam
