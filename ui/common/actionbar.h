// ActionBar: a row of buttons in two groups — steps forward from the left, the ones that end or
// set back something at the right edge, apart. Where one row is too narrow (a German stage's
// buttons in the detail pane of a 1366 px screen) the right group moves to a second row, still at
// the right edge, instead of forcing the window wider than the screen.
#pragma once

#include <QWidget>

class QBoxLayout;
class QHBoxLayout;

namespace bantam {

class ActionBar : public QWidget
{
    Q_OBJECT

public:
    explicit ActionBar(QWidget *parent = nullptr);

    void clear(); // removes (and deletes later) every widget
    void addLeft(QWidget *w);
    void addRight(QWidget *w);
    bool isWrapped() const; // the right group is on a row of its own

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int width);

    QBoxLayout *m_outer;
    QWidget *m_leftBox, *m_rightBox;
    QHBoxLayout *m_left, *m_right;
};

} // namespace bantam
