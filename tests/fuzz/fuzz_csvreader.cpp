// Fuzz target: the CSV reader of every import (io/csvreader.h) on any bytes. Detects the format
// as the import does, reads every record, and checks the reader's promises: line numbers grow,
// offsets stay in the file, no field is longer than the limit, reading never hangs. Then reads
// the same bytes again behind a block of blank lines that puts the 64 KiB read boundary inside
// them (same records expected), and resumes after the first record as import --resume does.
#include "fuzzcheck.h"
#include "io/csvreader.h"

#include <QBuffer>

using namespace bantam;

namespace {

struct Read
{
    QList<CsvRecord> records;
    bool failed = false;
    qint64 offset = 0;
};

Read readAll(const QByteArray &bytes, CsvFormat format, int maxFieldLength, qint64 startOffset = 0,
    qint64 startLine = 1, bool encodingSettled = false)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, format);
    reader.setMaxFieldLength(maxFieldLength);
    if (startOffset > 0)
        FUZZ_CHECK(reader.startAt(startOffset, startLine).ok());
    if (encodingSettled)
        reader.settleEncoding();
    Read read;
    CsvRecord record;
    qint64 lastLine = startLine - 1;
    while (reader.next(record)) {
        FUZZ_CHECK(record.line > lastLine);
        FUZZ_CHECK(!record.fields.isEmpty());
        FUZZ_CHECK(record.fields.size() <= CsvReader::MaxFieldCount);
        for (const QString &field : std::as_const(record.fields))
            FUZZ_CHECK(field.size() <= maxFieldLength);
        FUZZ_CHECK(reader.offset() > startOffset && reader.offset() <= bytes.size());
        lastLine = record.line;
        read.records.append(record);
    }
    read.failed = reader.error().has_value();
    FUZZ_CHECK(!read.failed || !reader.error()->message.isEmpty());
    FUZZ_CHECK(!reader.next(record)); // the end stays the end
    read.offset = reader.offset();
    return read;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const auto detected = CsvReader::detect(bytes.left(CsvReader::DetectionHeadSize));
    CsvFormat format;
    if (detected) {
        format = detected->format;
        // 0 when the head holds no whole record (a quote left open): reading then fails.
        FUZZ_CHECK(detected->columnCount >= 0);
    }
    // A short limit reaches the "field too long" paths with small inputs.
    const int limit = size % 3 == 0 ? 16 : CsvReader::DefaultMaxFieldLength;
    const Read whole = readAll(bytes, format, limit);

    // The same records when the read boundary falls elsewhere: blank lines first (skipped, but
    // counted), ending half-way into the input.
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (!bom && format.encoding != CsvEncoding::Utf8Bom) {
        const qsizetype blank = CsvReader::ReadChunkSize - bytes.size() / 2 - 1;
        const Read shifted = readAll(QByteArray(blank, '\n') + bytes, format, limit);
        FUZZ_CHECK(shifted.records.size() == whole.records.size());
        FUZZ_CHECK(shifted.failed == whole.failed);
        for (qsizetype i = 0; i < whole.records.size(); ++i) {
            FUZZ_CHECK(shifted.records[i].fields == whole.records[i].fields);
            FUZZ_CHECK(shifted.records[i].line == whole.records[i].line + blank);
        }
    }

    // Resuming after the first record reads the rest as the whole read did, given what the first
    // reader settled about the encoding (as import --resume restores it).
    if (whole.records.size() >= 2) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader first(buffer, format);
        first.setMaxFieldLength(limit);
        CsvRecord record;
        FUZZ_CHECK(first.next(record));
        const Read rest = readAll(bytes, first.format(), limit, first.offset(), first.nextLine(),
            first.encodingSettled());
        FUZZ_CHECK(rest.records.size() == whole.records.size() - 1);
        for (qsizetype i = 0; i < rest.records.size(); ++i) {
            FUZZ_CHECK(rest.records[i].fields == whole.records[i + 1].fields);
            FUZZ_CHECK(rest.records[i].line == whole.records[i + 1].line);
        }
    }
    return 0;
}
