#include "common/screenfit.h"

#include <QLineEdit>
#include <QScreen>
#include <QWidget>

namespace bantam {

void resizeWithinScreen(QWidget *window, QSize wanted)
{
    const QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    if (const QScreen *shown = parent ? parent->screen() : window->screen()) {
        // Room for a window manager's frame around a dialog; none for the main window.
        const int frame = window->isWindow() && parent ? 40 : 0;
        wanted = wanted.boundedTo(shown->availableGeometry().size() - QSize(frame, frame));
    }
    window->resize(wanted);
}

void showWholePlaceholder(QLineEdit *field)
{
    // The text margins and the frame: a little more than the text itself.
    const int text = field->fontMetrics().horizontalAdvance(field->placeholderText());
    field->setMinimumWidth(text + 4 * field->fontMetrics().averageCharWidth());
}

} // namespace bantam
