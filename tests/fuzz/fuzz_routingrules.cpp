// Fuzz target: a routing rules file (bantam-cli rules import FILE.json, the rules dialog's
// import) read by RoutingRules::readFile (routing/routingrules.h) from any bytes — the checks and
// the reading importJson does before it looks names up. A rule it accepts has a name, and
// written back as JSON and read again it is the same rule.
#include "fuzzcheck.h"
#include "jsonreader.h"
#include "routing/routingrules.h"

using namespace bantam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    JsonReader reader;
    const auto array = reader.parseArray(fuzz::bytesOf(data, size), QStringLiteral("file"));
    if (!array) {
        FUZZ_CHECK(reader.failed() && !reader.error->message.isEmpty());
        return 0;
    }
    auto rules = RoutingRules::readFile(*array);
    if (!rules) {
        FUZZ_CHECK(!rules.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(qsizetype(rules.value().size()) == array->size());
    for (const RoutingRule &rule : rules.value()) {
        FUZZ_CHECK(rule.id == 0 && !rule.targetUserId && !rule.targetTeamId && !rule.territoryId);
        const QJsonObject written = rule.toJson();
        RoutingRule again = RoutingRule::fromJson(written);
        FUZZ_CHECK(again.toJson() == written);
    }
    return 0;
}
