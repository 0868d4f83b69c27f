// resizeWithinScreen: a window's default size, as large as it wants where the screen has room
// and never larger than the screen it opens on (a 1366×768 laptop keeps every button in sight).
#pragma once

#include <QSize>

class QLineEdit;
class QWidget;

namespace bantam {

void resizeWithinScreen(QWidget *window, QSize wanted);
// A field at least as wide as its hint (the placeholder text), in the reader's language.
void showWholePlaceholder(QLineEdit *field);

} // namespace bantam
