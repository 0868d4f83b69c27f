// Fuzz target: an import mapping file (bantam-cli import leads --map FILE.json, a saved mapping)
// read by ImportMapping::fromJson (io/leadimport.h) from any bytes. Checks: a mapping it accepts
// is written back to the same JSON and applies to its own headers column by column.
#include "fuzzcheck.h"
#include "io/leadimport.h"
#include "jsonreader.h"

using namespace bantam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    JsonReader reader;
    const auto json = reader.parseObject(fuzz::bytesOf(data, size), QStringLiteral("--map"));
    if (!json) {
        FUZZ_CHECK(reader.failed() && !reader.error->message.isEmpty());
        return 0;
    }
    auto mapping = ImportMapping::fromJson(*json);
    if (!mapping) {
        FUZZ_CHECK(!mapping.error().message.isEmpty());
        return 0;
    }
    const QJsonObject written = mapping.value().toJson();
    auto again = ImportMapping::fromJson(written);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().toJson() == written);

    QStringList headers;
    for (const ImportColumn &c : mapping.value().columns)
        headers << c.header;
    const ImportMapping applied = mapping.value().forHeaders(headers);
    FUZZ_CHECK(applied.columns.size() == mapping.value().columns.size());
    (void)applied.canIdentify();
    return 0;
}
