// The commands of bantam-cli, one group per file in this folder; cli.cpp lists them in the order
// the usage shows them.
#pragma once

#include "cli/command.h"

#include <memory>

namespace bantam::cli {

std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeLeadsCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeScoreCommand();
std::unique_ptr<Command> makeStageCommand();
std::unique_ptr<Command> makeQualifyCommand();
std::unique_ptr<Command> makeUsersCommand();
std::unique_ptr<Command> makeTeamsCommand();
std::unique_ptr<Command> makeTerritoriesCommand();
std::unique_ptr<Command> makeRulesCommand();
std::unique_ptr<Command> makeRouteCommand();
std::unique_ptr<Command> makeReassignCommand();
std::unique_ptr<Command> makeAuditCommand();
std::unique_ptr<Command> makeInboxCommand();
std::unique_ptr<Command> makeLogCommand();
std::unique_ptr<Command> makeQueueCommand();
std::unique_ptr<Command> makeCallbackCommand();
std::unique_ptr<Command> makeRecontactCommand();
std::unique_ptr<Command> makeCadenceCommand();
std::unique_ptr<Command> makeSettingsCommand();
std::unique_ptr<Command> makeSlaCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makeCopyToCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeRestoreCommand();

} // namespace bantam::cli
