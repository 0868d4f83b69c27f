// RoutingPreviewDialog: a routing run before (or after) it is applied — per rep how many leads,
// per lead the rule or why not.
#pragma once

#include "routing/routingservice.h"

#include <QDialog>

namespace bantam {

class RoutingPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    RoutingPreviewDialog(const RoutingRun &run, bool applied, QWidget *parent = nullptr);
};

} // namespace bantam
