// How scores look in lists and headers: the trend as an arrow with the change over 7 days
// ("▲3", "▼4", "±0") and a colour per band (cold, warm, hot).
#pragma once

#include "scoring/scoringmodel.h"

#include <QColor>
#include <QString>

namespace bantam {

QString scoreTrendText(int trend);
QColor scoreBandColor(ScoreBand band);

} // namespace bantam
