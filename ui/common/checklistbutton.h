// CheckListButton: picks several of a fixed set of codes (activity types, pipeline moves) by
// their names in the reader's language; the button shows the names chosen. Codes it does not
// know (e.g. from an older version or an import) are kept and shown as stored.
#pragma once

#include <QStringList>
#include <QToolButton>

#include <utility>
#include <vector>

namespace bantam {

class CheckListButton : public QToolButton
{
    Q_OBJECT

public:
    explicit CheckListButton(QWidget *parent = nullptr);

    void setChoices(const std::vector<std::pair<QString, QString>> &codeAndName);
    void setChecked(const QStringList &codes);
    QStringList checked() const; // in the order of the choices

    QSize sizeHint() const override; // not wider than a form field, whatever is chosen

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showChecked();
    void elide();

    QString m_names; // the names chosen, in full (the button shows what fits)
};

} // namespace bantam
