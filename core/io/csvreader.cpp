// CsvReader: format detection and streaming RFC 4180 parsing for lead import.
//
// The parser works on raw bytes: in UTF-8 and Windows-1252 the bytes that matter to CSV
// (delimiter, quote, CR, LF) never occur inside a multi-byte character, so fields can be found
// first and decoded afterwards, and offset() is an exact byte position for resuming.
#include "io/csvreader.h"

#include <QFileInfo>

#include <QBuffer>

#include <algorithm>
#include <climits>
#include <cstring>
#include <map>

namespace bantam {

namespace {

constexpr int DetectionRecords = 100;

// Windows-1252 0x80..0x9F. The five unassigned bytes map to the C1 controls of the same value,
// as browsers do. QStringDecoder is not used: without ICU, Qt does not know Windows-1252.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80..87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88..8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90..97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98..9F
};

bool isAscii(const char *data, qsizetype size)
{
    uchar any = 0;
    for (qsizetype i = 0; i < size; ++i)
        any |= uchar(data[i]);
    return any < 0x80;
}

// Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF). With
// allowCutTail, a sequence cut off by the end of the data counts as valid.
bool isValidUtf8(const char *data, qsizetype size, bool allowCutTail)
{
    const auto *s = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    while (i < size) {
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length;
        char32_t cp;
        char32_t minimum;
        if ((c & 0xE0) == 0xC0) {
            length = 2, cp = c & 0x1F, minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, cp = c & 0x0F, minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, cp = c & 0x07, minimum = 0x10000;
        } else {
            return false;
        }
        const bool cut = i + length > size;
        const qsizetype available = cut ? size - i : length;
        for (qsizetype k = 1; k < available; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cut)
            return allowCutTail;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

// Widens ASCII/Latin-1 or Windows-1252 bytes into out, reusing its storage when it can.
void widen(QString &out, const char *data, qsizetype size, bool cp1252)
{
    out.resize(size);
    auto *d = reinterpret_cast<char16_t *>(out.data());
    const auto *s = reinterpret_cast<const uchar *>(data);
    if (!cp1252) {
        for (qsizetype i = 0; i < size; ++i)
            d[i] = s[i];
        return;
    }
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = s[i];
        d[i] = (c & 0xE0) == 0x80 ? Cp1252High[c - 0x80] : char16_t(c);
    }
}

// End of an unquoted stretch: the first delimiter, CR, LF or NUL at or after p.
inline const char *scanUnquoted(const char *p, const char *end, uchar delimiter)
{
    for (; p != end; ++p) {
        const uchar c = uchar(*p);
        if (c > '\r') {
            if (c == delimiter)
                break;
            continue;
        }
        if (c == '\n' || c == '\r' || c == 0 || c == delimiter)
            break;
    }
    return p;
}

// The first quote, CR, LF or NUL at or after p.
inline const char *scanQuoted(const char *p, const char *end)
{
    for (; p != end; ++p) {
        const uchar c = uchar(*p);
        if (c > '\r') {
            if (c == '"')
                break;
            continue;
        }
        if (c == '\n' || c == '\r' || c == 0)
            break;
    }
    return p;
}

// How the head splits with one delimiter: the field count of each sampled record.
struct Split
{
    QList<int> counts;
    bool anyRecord = false;
};

Split splitHead(const QByteArray &body, char delimiter)
{
    Split split;
    QByteArray copy = body;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    // Windows-1252 decodes any byte; the decoded text does not matter here, only the counts.
    CsvReader reader(buffer, {CsvEncoding::Windows1252, QLatin1Char(delimiter)});
    reader.setMaxFieldLength(int(std::min<qsizetype>(body.size() + 1, INT_MAX / 4)));
    CsvRecord record;
    while (split.counts.size() < DetectionRecords && reader.next(record)) {
        split.anyRecord = true;
        const qint64 end = reader.offset();
        const char last = body.at(end - 1);
        const bool terminated = last == '\n' || last == '\r';
        // The head may end in the middle of a record: an unterminated last record only counts
        // when it is the only one.
        if (!terminated && end == body.size() && !split.counts.isEmpty())
            break;
        split.counts.append(int(record.fields.size()));
    }
    return split;
}

} // namespace

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QCoreApplication::translate("CsvReader", "UTF-8");
    case CsvEncoding::Utf8Bom:
        return QCoreApplication::translate("CsvReader", "UTF-8 with BOM");
    case CsvEncoding::Windows1252:
        return QCoreApplication::translate("CsvReader", "Windows-1252 (Western European)");
    }
    return {};
}

Result<CsvDetection> CsvReader::detect(const QByteArray &head)
{
    if (head.isEmpty())
        return Error::invalid(tr("The file is empty."));
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return Error::invalid(tr("The file is encoded as UTF-16, which cannot be imported. Save it "
                                 "as \"CSV UTF-8\" and import that file."));
    if (head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0"))
        return Error::invalid(tr("The file is a spreadsheet workbook (such as .xlsx or .xls), not "
                                 "a CSV file. Save it as CSV and import that file."));

    CsvDetection detection;
    qsizetype start = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        detection.format.encoding = CsvEncoding::Utf8Bom;
        start = 3;
    }
    if (head.size() == start)
        return Error::invalid(tr("The file is empty."));

    qsizetype controls = 0;
    qsizetype firstControl = -1;
    for (qsizetype i = start; i < head.size(); ++i) {
        const uchar c = uchar(head.at(i));
        if (c == 0)
            return Error::invalid(
                tr("The file is not a text file (binary data at byte %1).").arg(i + 1));
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            ++controls;
            if (firstControl < 0)
                firstControl = i;
        }
    }
    if (controls * 10 > head.size() - start)
        return Error::invalid(
            tr("The file is not a text file (binary data at byte %1).").arg(firstControl + 1));

    const QByteArray body = head.sliced(start);
    if (start == 0) {
        detection.format.encoding = isValidUtf8(body.constData(), body.size(), true)
            ? CsvEncoding::Utf8
            : CsvEncoding::Windows1252;
    }

    // The delimiter that gives the most records with the same number of fields (at least two);
    // more fields break a tie, then the order below.
    int bestMatches = 0;
    int bestFields = 0;
    bool anyRecord = false;
    for (const char delimiter : {',', ';', '\t', '|'}) {
        const Split split = splitHead(body, delimiter);
        anyRecord = anyRecord || split.anyRecord;
        if (delimiter == ',' && !split.counts.isEmpty())
            detection.columnCount = split.counts.first();
        std::map<int, int> frequency;
        for (const int count : split.counts)
            ++frequency[count];
        int matches = 0;
        int fields = 0;
        for (const auto &[count, times] : frequency) {
            if (times >= matches) {
                matches = times;
                fields = count;
            }
        }
        if (fields < 2)
            continue;
        if (matches > bestMatches || (matches == bestMatches && fields > bestFields)) {
            bestMatches = matches;
            bestFields = fields;
            detection.format.delimiter = QLatin1Char(delimiter);
            detection.delimiterFound = true;
            detection.columnCount = split.counts.first();
        }
    }
    if (!anyRecord && body.trimmed().isEmpty())
        return Error::invalid(tr("The file contains only empty lines."));
    return detection;
}

CsvReader::CsvReader(QIODevice &device, CsvFormat format)
    : m_device(&device)
    , m_format(format)
{
    const char16_t d = format.delimiter.unicode();
    Q_ASSERT_X(d > 0 && d < 0x80 && d != '"' && d != '\r' && d != '\n', "CsvReader",
        "the delimiter must be an ASCII character other than quote, CR and LF");
    m_bufferOffset = device.isSequential() ? 0 : device.pos();
    m_checkBom = m_bufferOffset == 0;
}

void CsvReader::setMaxFieldLength(int characters)
{
    m_maxFieldLength = std::max(1, characters);
}

Result<void> CsvReader::startAt(qint64 byteOffset, qint64 lineNumber)
{
    if (byteOffset < 0 || m_device->isSequential() || !m_device->seek(byteOffset)) {
        const QString reason = m_device->errorString();
        if (reason.isEmpty())
            return Error::invalid(
                tr("Cannot continue reading the file at byte %1.").arg(byteOffset + 1));
        return Error::invalid(tr("Cannot continue reading the file at byte %1 (%2).")
                                  .arg(byteOffset + 1)
                                  .arg(reason));
    }
    m_buffer.clear();
    m_bufferOffset = byteOffset;
    m_pos = 0;
    m_line = lineNumber;
    m_eof = false;
    m_checkBom = byteOffset == 0;
    m_done = false;
    m_error.reset();
    m_readFailed = false;
    return {};
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_done)
        return false;
    if (m_checkBom)
        skipBom();
    while (!m_done) {
        qsizetype used = 0;
        switch (parseRecord(record, used)) {
        case Step::Record:
            if (record.fields.size() > used)
                record.fields.resize(used);
            return true;
        case Step::NeedMore:
            fill(); // at the end of the file the next parse sees m_eof
            break;
        case Step::End:
        case Step::Failed:
            m_done = true;
            break;
        }
    }
    return false;
}

void CsvReader::skipBom()
{
    m_checkBom = false;
    if (m_format.encoding == CsvEncoding::Windows1252)
        return;
    while (m_buffer.size() - m_pos < 3 && fill()) { }
    if (m_buffer.size() - m_pos >= 3
        && std::memcmp(m_buffer.constData() + m_pos, "\xEF\xBB\xBF", 3) == 0)
        m_pos += 3;
}

bool CsvReader::fill()
{
    if (m_eof || m_done)
        return false;
    if (m_readFailed) {
        fail(tr("Line %1: the file could not be read (%2).").arg(m_line).arg(m_readError));
        return false;
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_bufferOffset += m_pos;
        m_pos = 0;
    }
    // A record longer than the buffer doubles it, so re-parsing it from its start stays cheap.
    // Devices that return less than asked (pipes, slow media) are read until the chunk is full,
    // for the same reason.
    const qsizetype have = m_buffer.size();
    const qsizetype want = std::max(ReadChunkSize, have);
    m_buffer.resize(have + want);
    qsizetype got = 0;
    while (got < want) {
        const qint64 n = m_device->read(m_buffer.data() + have + got, want - got);
        if (n < 0) {
            // The records in what was read are still good; the error comes when the parser
            // needs more.
            m_readFailed = true;
            m_readError = m_device->errorString();
            break;
        }
        if (n == 0) {
            m_eof = true;
            break;
        }
        got += n;
    }
    m_buffer.resize(have + got);
    if (got == 0 && m_readFailed)
        return fill();
    return got > 0;
}

void CsvReader::fail(QString message)
{
    m_error = Error::invalid(std::move(message));
    m_done = true;
}

void CsvReader::failBinary(qint64 line, const char *at)
{
    const qint64 byte = m_bufferOffset + (at - m_buffer.constData()) + 1;
    fail(tr("Line %1: the file is not a text file (binary data at byte %2).").arg(line).arg(byte));
}

void CsvReader::failTooLong(qint64 line, qsizetype column, bool unclosed)
{
    if (unclosed) {
        fail(tr("Line %1, column %2: the quoted field is longer than %L3 characters; is its "
                "closing quote missing?")
                 .arg(line)
                 .arg(column)
                 .arg(m_maxFieldLength));
    } else {
        fail(tr("Line %1, column %2: the field is longer than %L3 characters.")
                 .arg(line)
                 .arg(column)
                 .arg(m_maxFieldLength));
    }
}

void CsvReader::decodeInto(QString &out, const char *data, qsizetype size)
{
    if (m_format.encoding == CsvEncoding::Windows1252) {
        widen(out, data, size, true);
        return;
    }
    if (isAscii(data, size)) {
        widen(out, data, size, false);
        return;
    }
    if (!m_encodingSettled && m_format.encoding == CsvEncoding::Utf8) {
        // The first non-ASCII bytes decide; all before them was ASCII, which both encodings
        // read alike.
        m_encodingSettled = true;
        if (!isValidUtf8(data, size, false)) {
            m_format.encoding = CsvEncoding::Windows1252;
            widen(out, data, size, true);
            return;
        }
    }
    out = QString::fromUtf8(data, size);
}

// The steps of parseRecord(). Always inlined: parseRecord() is the importer's inner loop, and
// inlined they keep the read position and line number in registers as one function would.

// Skips the blank lines at p; a result if the buffer ends before a record starts.
Q_ALWAYS_INLINE std::optional<CsvReader::Step> CsvReader::skipBlankLines(
    const char *&p, const char *end, qint64 &line) const
{
    for (;;) {
        if (p == end)
            return m_eof ? Step::End : Step::NeedMore;
        if (*p == '\n') {
            ++p;
            ++line;
        } else if (*p == '\r') {
            if (p + 1 == end && !m_eof)
                return Step::NeedMore;
            ++p;
            if (p != end && *p == '\n')
                ++p;
            ++line;
        } else {
            return std::nullopt;
        }
    }
}

// Where a field's text (from start) stopped: NeedMore if the buffer ends there and more data may
// follow (Failed if the field is already too long), Failed at a NUL byte, else Record. A field of
// more than three bytes per allowed character is too long in characters: no character takes more
// than three bytes per UTF-16 unit, and "" takes two for one.
Q_ALWAYS_INLINE CsvReader::Step CsvReader::checkFieldEnd(
    const char *start, const char *stop, const char *end, qint64 line, FieldStart field)
{
    if (stop == end && !m_eof) {
        if (stop - start > 3 * qint64(m_maxFieldLength)) {
            failTooLong(field.line, field.column, false);
            return Step::Failed;
        }
        return Step::NeedMore;
    }
    if (stop != end && *stop == 0) {
        failBinary(line, stop);
        return Step::Failed;
    }
    return Step::Record;
}

// Reads the quoted field that starts at p (with what may follow its closing quote up to the
// delimiter) into out, counting the line breaks inside it. Step::Record when read, p then at the
// delimiter or line break after it.
Q_ALWAYS_INLINE CsvReader::Step CsvReader::readQuotedField(
    const char *&p, const char *end, qint64 &line, FieldStart field, QString &out)
{
    const qint64 byteLimit = 3 * qint64(m_maxFieldLength); // see checkFieldEnd()
    const char *const open = p;
    const char *q = p + 1;
    bool doubled = false;
    for (;;) {
        q = scanQuoted(q, end);
        if (q == end) {
            if (q - open > byteLimit) {
                failTooLong(field.line, field.column, true);
                return Step::Failed;
            }
            if (!m_eof)
                return Step::NeedMore;
            // A line break as the file's last byte ends the last line; it starts none.
            const bool lastIsBreak = q[-1] == '\n' || q[-1] == '\r';
            fail(tr("Line %1, column %2: a quoted field is not closed (it runs to the end "
                    "of the file at line %3).")
                     .arg(field.line)
                     .arg(field.column)
                     .arg(lastIsBreak ? line - 1 : line));
            return Step::Failed;
        }
        const char c = *q;
        if (c == '"') {
            if (q + 1 == end && !m_eof)
                return Step::NeedMore;
            if (q + 1 != end && q[1] == '"') {
                doubled = true;
                q += 2;
                continue;
            }
            break;
        }
        if (c == '\n') {
            ++line;
            ++q;
        } else if (c == '\r') {
            if (q + 1 == end && !m_eof)
                return Step::NeedMore;
            ++line;
            ++q;
            if (q != end && *q == '\n')
                ++q;
        } else {
            failBinary(line, q);
            return Step::Failed;
        }
    }
    const char *const close = q;
    const char *const after = close + 1;
    const char *const stop = scanUnquoted(after, end, uchar(m_format.delimiter.unicode()));
    if (const Step s = checkFieldEnd(open, stop, end, line, field); s != Step::Record)
        return s;
    if (!doubled && stop == after) {
        decodeInto(out, open + 1, close - open - 1);
    } else {
        m_scratch.clear();
        for (const char *s = open + 1; s < close; ++s) {
            m_scratch.append(*s);
            if (*s == '"')
                ++s; // the second quote of a pair
        }
        m_scratch.append(after, stop - after);
        decodeInto(out, m_scratch.constData(), m_scratch.size());
    }
    p = stop;
    return Step::Record;
}

// Reads the unquoted field at p into out; Step::Record when read, p then at the delimiter or
// line break after it.
Q_ALWAYS_INLINE CsvReader::Step CsvReader::readPlainField(
    const char *&p, const char *end, qint64 line, FieldStart field, QString &out)
{
    const char *const stop = scanUnquoted(p, end, uchar(m_format.delimiter.unicode()));
    if (const Step s = checkFieldEnd(p, stop, end, line, field); s != Step::Record)
        return s;
    decodeInto(out, p, stop - p);
    p = stop;
    return Step::Record;
}

CsvReader::Step CsvReader::parseRecord(CsvRecord &record, qsizetype &used)
{
    const char *const begin = m_buffer.constData();
    const char *const end = begin + m_buffer.size();
    const char *p = begin + m_pos;
    qint64 line = m_line;
    const auto commit = [&] {
        m_pos = p - begin;
        m_line = line;
    };

    // Blank lines are consumed for good, even when the record after them needs more data.
    const std::optional<Step> beforeRecord = skipBlankLines(p, end, line);
    commit();
    if (beforeRecord)
        return *beforeRecord;

    const uchar delimiter = uchar(m_format.delimiter.unicode());
    record.line = line;
    used = 0;
    for (;;) {
        if (used == MaxFieldCount) {
            fail(tr("Line %1: the record has more than %L2 fields.")
                     .arg(record.line)
                     .arg(MaxFieldCount));
            return Step::Failed;
        }
        const FieldStart field {line, used + 1};
        if (used == record.fields.size())
            record.fields.emplace_back();
        QString &out = record.fields[used];
        const Step read = p != end && *p == '"' ? readQuotedField(p, end, line, field, out)
                                                : readPlainField(p, end, line, field, out);
        if (read != Step::Record)
            return read;
        ++used;
        if (out.size() > m_maxFieldLength) {
            failTooLong(field.line, field.column, false);
            return Step::Failed;
        }

        if (p == end) { // the last record has no line break
            commit();
            return Step::Record;
        }
        if (uchar(*p) == delimiter) {
            ++p;
            continue;
        }
        if (*p == '\r') {
            if (p + 1 == end && !m_eof)
                return Step::NeedMore;
            ++p;
            if (p != end && *p == '\n')
                ++p;
        } else {
            ++p; // '\n'
        }
        ++line;
        commit();
        return Step::Record;
    }
}

CsvInput::CsvInput(const QString &path)
    : m_file(path)
{ }

QString CsvInput::name() const
{
    return QFileInfo(m_file.fileName()).fileName();
}

Result<std::unique_ptr<CsvInput>> CsvInput::open(const QString &path)
{
    std::unique_ptr<CsvInput> in(new CsvInput(path));
    const QString name = in->name();
    if (!in->m_file.open(QIODevice::ReadOnly))
        return Error::invalid(
            tr("Cannot open %1: %2").arg(path, in->m_file.errorString()), QStringLiteral("file"));
    auto detected = CsvReader::detect(in->m_file.read(CsvReader::DetectionHeadSize));
    if (!detected)
        return Error::invalid(
            tr("%1: %2").arg(name, detected.error().message), QStringLiteral("file"));
    in->m_file.seek(0);
    in->m_reader.emplace(in->m_file, detected->format);
    if (!in->m_reader->next(in->m_header))
        return Error::invalid(in->m_reader->error()
                ? tr("%1: %2").arg(name, in->m_reader->error()->message)
                : tr("%1 is empty.").arg(name),
            QStringLiteral("file"));
    return in;
}

std::optional<Error> CsvInput::readError() const
{
    if (!m_reader->error())
        return std::nullopt;
    return Error::invalid(
        tr("%1: %2").arg(name(), m_reader->error()->message), QStringLiteral("file"));
}

} // namespace bantam
