// CsvReader: the reading side of lead import. detect() guesses a file's encoding and delimiter
// from its first bytes; a CsvReader then streams RFC 4180 records from a QIODevice one at a time,
// each with the line it starts on, and can resume at a byte offset after a cancelled import.
//
// Reading rules (what the import wizard and its tests rely on):
// - Records end at CRLF, LF or CR, in any mix. The line number of a record is the 1-based
//   physical line its first character is on; line breaks inside quoted fields count as lines.
// - Blank lines (no characters at all before the line break) are skipped everywhere, at the
//   end of the file and in the middle; they still count for line numbers. A line holding only
//   spaces is not blank: it is a record with one field of spaces.
// - A field is quoted only if '"' is its first character. Inside, "" is one quote, and
//   delimiters and line breaks are data (kept as in the file: CRLF stays CRLF).
//   Text after the closing quote, up to the next delimiter, is appended literally ("ab"c -> abc),
//   as Excel does. A quote anywhere else in an unquoted field is an ordinary character
//   (ab"c -> ab"c; also  "a" with a leading space stays  "a" ). Fields are not trimmed.
// - A UTF-8 byte order mark at the start of the file is skipped (encodings Utf8 and Utf8Bom).
// - Utf8 without a BOM is a guess from the head of the file: if the first non-ASCII bytes the
//   reader meets are not valid UTF-8, it reads the file as Windows-1252 from there on (lossless,
//   as everything before was ASCII) and format() says so. Later invalid UTF-8 becomes U+FFFD.
// - Reading ends with an error (see error()) on: a quoted field not closed at the end of the
//   file, a field longer than maxFieldLength() characters, a record with more than
//   MaxFieldCount fields, a NUL byte (binary data), or a read error of the device.
//   Byte positions in messages are 1-based ("byte 1" is the first byte of the file).
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QStringList>

#include <memory>
#include <optional>

namespace bantam {

enum class CsvEncoding { Utf8, Utf8Bom, Windows1252 };

// For the wizard's encoding choice: "UTF-8", "UTF-8 with BOM", "Windows-1252 (Western European)".
QString csvEncodingName(CsvEncoding encoding);

struct CsvFormat
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = QLatin1Char(','); // one of , ; TAB |  (any ASCII character but " CR LF)

    friend bool operator==(const CsvFormat &, const CsvFormat &) = default;
};

struct CsvDetection
{
    CsvFormat format;
    int columnCount = 0; // fields in the first record (the header, usually) with that delimiter
    // False if none of , ; TAB | separates fields in the head: the file has one column, or
    // the wizard should ask. The format then has ',' as delimiter.
    bool delimiterFound = false;
};

struct CsvRecord
{
    qint64 line = 0; // 1-based physical line of the record's first character
    QStringList fields;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // How much of the file detect() wants to see.
    static constexpr qsizetype DetectionHeadSize = 64 * 1024;
    static constexpr int DefaultMaxFieldLength = 100'000; // characters
    static constexpr int MaxFieldCount = 10'000; // fields per record
    static constexpr qsizetype ReadChunkSize = 64 * 1024; // bytes read from the device at once

    // Guesses the format from the first bytes of a file (up to DetectionHeadSize; the head may
    // end in the middle of a record or character). Encoding: a UTF-8 BOM gives Utf8Bom, valid
    // UTF-8 (including plain ASCII) gives Utf8, anything else Windows1252. Delimiter: the one
    // of , ; TAB | that splits the first records (up to 100, quotes respected) into the most
    // consistent number of fields, more fields breaking a tie. Fails for an empty file, a file
    // of blank lines, a binary file (NUL bytes or mostly control characters), UTF-16 and
    // spreadsheet files (.xlsx/.xls).
    static Result<CsvDetection> detect(const QByteArray &head);

    // Reads from the device's current position (normally 0); the device must be open for
    // reading and outlive the reader. Offsets are positions in the device. Meant for files and
    // buffers: a read that returns nothing is taken as the end of the file.
    CsvReader(QIODevice &device, CsvFormat format);
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    void setMaxFieldLength(int characters);
    int maxFieldLength() const { return m_maxFieldLength; }

    // Continues reading at a byte offset that an earlier reader's offset() returned, numbering
    // lines from lineNumber (its nextLine()). Pass that reader's format(). Clears any error.
    // Fails if the device cannot seek there.
    Result<void> startAt(qint64 byteOffset, qint64 lineNumber);

    // The next record; false at the end of the file or on an error (then error() is set and
    // every later call returns false too). Reuses record's storage where it can.
    bool next(CsvRecord &record);
    const std::optional<Error> &error() const { return m_error; }

    // Where reading stands: the byte offset just after the last record returned (its line
    // break included) and the line number the next record would start on at the earliest.
    qint64 offset() const { return m_bufferOffset + m_pos; }
    qint64 nextLine() const { return m_line; }

    // The format in effect: the one given, unless Utf8 fell back to Windows1252 (see above).
    CsvFormat format() const { return m_format; }
    // True once Utf8 has met non-ASCII bytes that are valid UTF-8: no fallback any more, later
    // invalid bytes read as U+FFFD. A reader that resumes where this one stood (startAt) calls
    // settleEncoding() if this was true, and so reads the rest as this one would have.
    bool encodingSettled() const { return m_encodingSettled; }
    void settleEncoding() { m_encodingSettled = true; }

private:
    enum class Step { Record, NeedMore, End, Failed };

    Step parseRecord(CsvRecord &record, qsizetype &used);
    struct FieldStart // where a field starts, for messages
    {
        qint64 line;
        qsizetype column; // 1-based
    };
    Step checkFieldEnd(
        const char *start, const char *stop, const char *end, qint64 line, FieldStart field);
    std::optional<Step> skipBlankLines(const char *&p, const char *end, qint64 &line) const;
    Step readQuotedField(
        const char *&p, const char *end, qint64 &line, FieldStart field, QString &out);
    Step readPlainField(
        const char *&p, const char *end, qint64 line, FieldStart field, QString &out);
    bool fill();
    void skipBom();
    void decodeInto(QString &out, const char *data, qsizetype size);
    void fail(QString message);
    void failBinary(qint64 line, const char *at);
    void failTooLong(qint64 line, qsizetype column, bool unclosed);

    QIODevice *m_device;
    CsvFormat m_format;
    int m_maxFieldLength = DefaultMaxFieldLength;

    QByteArray m_buffer; // bytes read but not yet consumed, from m_pos on
    qint64 m_bufferOffset = 0; // device offset of m_buffer[0]
    qsizetype m_pos = 0; // start of the unconsumed bytes in m_buffer
    qint64 m_line = 1;
    bool m_eof = false;
    bool m_checkBom = false;
    bool m_encodingSettled = false; // Utf8 only: non-ASCII seen, so no fallback any more
    bool m_done = false;
    std::optional<Error> m_error;
    bool m_readFailed = false; // the device failed; reported when the parser needs more data
    QString m_readError;
    QByteArray m_scratch; // a quoted field with "" or trailing text, unescaped
};

// A CSV file opened for an import: its format detected and its header row read, the errors in
// the user's words with the file's name ("kunden.csv is empty.").
class CsvInput
{
    Q_DECLARE_TR_FUNCTIONS(CsvInput)

public:
    static Result<std::unique_ptr<CsvInput>> open(const QString &path);
    CsvReader &reader() { return *m_reader; }
    const CsvRecord &header() const { return m_header; }
    CsvFormat format() const { return m_reader->format(); }
    QString name() const; // the file's name, for messages
    // The reader's error after the last row, as the importers report it.
    std::optional<Error> readError() const;

private:
    explicit CsvInput(const QString &path);
    QFile m_file;
    std::optional<CsvReader> m_reader;
    CsvRecord m_header;
};

} // namespace bantam
