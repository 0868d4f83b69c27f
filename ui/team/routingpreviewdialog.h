// RoutingPreviewDialog: a routing run before (or after) it is applied — per rep how many leads,
// per lead (by name, company and score band) the rep it goes to and the rule, or why not.
#pragma once

#include "domain/lead.h"
#include "routing/routingservice.h"

#include <QDialog>

#include <vector>

namespace bantam {

class RoutingPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // leads: the leads listed (the first PreviewRows of the run), for their names.
    RoutingPreviewDialog(const RoutingRun &run, const std::vector<Lead> &leads, bool applied,
        QWidget *parent = nullptr);
    static constexpr size_t PreviewRows = 2000; // the counts cover all
};

} // namespace bantam
