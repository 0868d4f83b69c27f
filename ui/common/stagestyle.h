// Stage colours, shared by the stage bar, the lead table and the detail header.
#pragma once

#include "domain/stage.h"

#include <QColor>

namespace bantam {

QColor stageColor(Stage stage); // strong colour for badges and text
QColor stageTint(Stage stage); // light background
QString stageBadgeStyle(Stage stage); // style sheet for a QLabel badge

} // namespace bantam
