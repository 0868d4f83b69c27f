// Demo data on first start: asks whether to fill an empty database, then generates the data
// on a worker thread with a progress dialog that can be cancelled.
#pragma once

#include "result.h"

class QWidget;

namespace bantam {

class Session;

// Returns the number of leads created (0 when the user declined).
Result<qint64> offerDemoData(Session &session, QWidget *parent, int leads = 3000);
Result<qint64> generateDemoData(Session &session, QWidget *parent, int leads);

} // namespace bantam
