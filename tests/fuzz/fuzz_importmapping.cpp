// Fuzz target: how lead import understands a file (io/leadimport.h) — the columns it recognises
// from the headers and sample rows, the order of slash dates it settles, and the dates, stages
// and phone numbers it reads from the values — on any CSV bytes, read as the import reads them.
// Checks: a suggested mapping has one column per header, survives the JSON a saved mapping is
// stored as, and maps the same headers to the same fields again.
#include "fuzzcheck.h"
#include "io/csvreader.h"
#include "io/leadimport.h"
#include "io/phonenormalizer.h"

#include <QBuffer>

using namespace bantam;

namespace {

constexpr int MaxRows = 50; // the wizard's sample is larger; enough for the code paths

void readValues(const ImportColumn &column, const QStringList &values)
{
    switch (column.field) {
    case ImportField::CreatedAt:
    case ImportField::StageDate: {
        const DateDetection detection = detectDates(values);
        FUZZ_CHECK(detection.empty + detection.invalid + detection.iso + detection.dotted
                + detection.slashed + detection.compact + detection.serial
            == values.size());
        (void)detection.describe();
        for (const QString &v : values) {
            const QDateTime t = parseImportDate(v, column.dateOrder);
            FUZZ_CHECK(t.isNull() || t.isValid());
        }
        break;
    }
    case ImportField::Stage:
        for (const QString &v : values)
            (void)parseImportStage(column, v);
        break;
    case ImportField::Phone:
        for (const QString &v : values) {
            auto e164 = PhoneNormalizer::toE164(v, QStringLiteral("DE"));
            FUZZ_CHECK(!e164 || e164.value().startsWith(QLatin1Char('+')));
        }
        break;
    default:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const auto detected = CsvReader::detect(bytes.left(CsvReader::DetectionHeadSize));
    if (!detected)
        return 0; // the import stops here too
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, detected->format);
    CsvRecord header;
    if (!reader.next(header))
        return 0;
    std::vector<QStringList> rows;
    CsvRecord record;
    while (int(rows.size()) < MaxRows && reader.next(record))
        rows.push_back(record.fields);

    for (const QString &h : std::as_const(header.fields)) {
        (void)foldImportHeader(h);
        (void)ImportMapping::suggestDateStage(h);
    }
    ImportMapping mapping = ImportMapping::suggest(header.fields, rows);
    FUZZ_CHECK(qsizetype(mapping.columns.size()) == header.fields.size());
    mapping.detectDateOrders(rows, size % 2 ? QStringLiteral("US") : QStringLiteral("DE"));
    (void)mapping.canIdentify();
    for (qsizetype i = 0; i < qsizetype(mapping.columns.size()); ++i) {
        QStringList values;
        for (const QStringList &row : rows)
            values << row.value(i);
        readValues(mapping.columns[size_t(i)], values);
    }

    // Saved as JSON and read back (the wizard's "Save mapping", --map FILE), it is the same
    // mapping, and it maps the same file the same way.
    const QJsonObject json = mapping.toJson();
    auto again = ImportMapping::fromJson(json);
    FUZZ_CHECK(!header.fields.isEmpty());
    if (!again) {
        // Only a header the JSON cannot hold as a column's name may be refused: an empty one.
        FUZZ_CHECK(header.fields.contains(QString()));
        return 0;
    }
    FUZZ_CHECK(again.value().toJson() == json);
    const ImportMapping applied = again.value().forHeaders(header.fields, rows);
    FUZZ_CHECK(applied.columns.size() == mapping.columns.size());
    return 0;
}
