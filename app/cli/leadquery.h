// The lead list options shared by `leads list` and `export leads`: which leads (--stage, --owner,
// --source, --search, --attr) in which order (--sort, --desc).
#pragma once

#include "cli/command.h"
#include "storage/leadrepository.h"

namespace bantam::cli {

class Context;

// The options, for the commands' declarations.
QList<Option> leadQueryOptions();
QStringList leadQueryOptionNames();

// Reads the options into filter and sort. Opens the database (the owner is a login); false
// after printing why not.
bool leadQuery(Context &c, LeadFilter &filter, LeadSort &sort);

} // namespace bantam::cli
