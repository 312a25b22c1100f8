#include "core/csv/CsvReader.h"

#include "core/csv/Windows1252.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <array>
#include <limits>
#include <utility>

namespace vfu {

namespace {

constexpr QChar kQuote = u'"';
constexpr QChar kCr = u'\r';
constexpr QChar kLf = u'\n';

// In order of preference when two fit equally well: ';' first, since a Swedish Excel saves
// with it and a decimal comma ("7,5") is common in the data.
constexpr std::array<QChar, 3> kSeparatorCandidates = {u';', u',', u'\t'};

// Enough records to see past a Ladok preamble (three key/value lines) into the table.
constexpr qsizetype kRecordsForDetection = 20;

struct Decoded
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

Decoded decode(const QByteArray &bytes)
{
    // A byte order mark is trusted even if invalid bytes follow; Qt's decoder drops it.
    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (hasBom)
        return {std::move(text), TextEncoding::Utf8WithBom};

    // Text in Windows-1252 with any letter beyond ASCII is, in practice, never valid UTF-8.
    if (!utf8.hasError())
        return {std::move(text), TextEncoding::Utf8};
    return {decodeWindows1252(bytes), TextEncoding::Windows1252};
}

struct Tokenised
{
    QList<CsvRecord> records;
    int unterminatedQuoteLine = 0; // where the quoted field that never closes starts, or 0
};

// One pass over the text. Physical lines are counted as they are passed, inside quoted fields
// too, so every record knows the line it starts on.
class Tokeniser final
{
public:
    explicit Tokeniser(QStringView text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {}

    Tokenised run(qsizetype maxRecords)
    {
        Tokenised result;
        while (!atEnd() && result.records.size() < maxRecords) {
            CsvRecord record;
            record.line = m_line;
            const RecordEnd end = readRecord(record.fields);
            if (end == RecordEnd::UnclosedQuote) {
                result.unterminatedQuoteLine = m_quoteLine;
                break;
            }
            if (end == RecordEnd::Record)
                result.records.append(std::move(record));
        }
        return result;
    }

private:
    enum class RecordEnd { Record, BlankLine, UnclosedQuote };

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar current() const { return m_text.at(m_pos); }
    bool atSeparator() const { return !atEnd() && current() == m_separator; }
    bool atLineBreak() const { return !atEnd() && (current() == kCr || current() == kLf); }

    // True at an LF, and at a CR that no LF follows: a CR LF is one line break, ended by its LF.
    bool endsPhysicalLine() const
    {
        const bool crOfCrLf =
            current() == kCr && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == kLf;
        return (current() == kCr || current() == kLf) && !crOfCrLf;
    }

    // Fields up to and including the record's line break.
    RecordEnd readRecord(QStringList &fields)
    {
        bool blank = true;
        for (;;) {
            QString field;
            const bool quoted = !atEnd() && current() == kQuote;
            if (quoted && !readQuotedPart(field))
                return RecordEnd::UnclosedQuote;
            readUnquotedPart(field);
            // One empty unquoted field on a line of its own is a blank line, not a record.
            blank = blank && !quoted && field.isEmpty();
            fields.append(std::move(field));

            if (!atSeparator())
                break;
            ++m_pos;
            blank = false;
        }

        if (atLineBreak()) {
            if (!endsPhysicalLine())
                ++m_pos; // the CR of a CR LF
            ++m_pos;
            ++m_line;
        }
        return blank ? RecordEnd::BlankLine : RecordEnd::Record;
    }

    // From the opening quote to the closing one; line breaks inside are kept as they are.
    bool readQuotedPart(QString &field)
    {
        m_quoteLine = m_line;
        qsizetype runStart = ++m_pos;
        while (!atEnd()) {
            if (current() != kQuote) {
                if (endsPhysicalLine())
                    ++m_line;
                ++m_pos;
                continue;
            }
            field += m_text.sliced(runStart, m_pos - runStart);
            ++m_pos;
            if (atEnd() || current() != kQuote)
                return true;
            field += kQuote; // a doubled quote stands for one
            runStart = ++m_pos;
        }
        return false;
    }

    // Up to the separator or the line break. A quote here is an ordinary character, and so is
    // anything after a closing quote (as in "Anna" Berg): kept rather than rejected.
    void readUnquotedPart(QString &field)
    {
        const qsizetype start = m_pos;
        while (!atEnd() && !atSeparator() && !atLineBreak())
            ++m_pos;
        field += m_text.sliced(start, m_pos - start);
    }

    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_quoteLine = 0; // where the quoted field being read started
};

// The candidate under which the most of the first records agree on one field count above one.
// A Ladok preamble ("Utbildningskod";"2SJ20 ...") has two fields a line and the table fifteen,
// so the table wins; with a tie, the wider table, then the earlier candidate.
QChar detectSeparator(QStringView text)
{
    QChar best = u',';
    qsizetype bestAgreeing = 0;
    qsizetype bestWidth = 0;
    for (const QChar candidate : kSeparatorCandidates) {
        const Tokenised sample = Tokeniser(text, candidate).run(kRecordsForDetection);
        QHash<qsizetype, qsizetype> recordsByWidth;
        for (const CsvRecord &record : sample.records) {
            if (record.fields.size() > 1)
                ++recordsByWidth[record.fields.size()];
        }
        for (auto it = recordsByWidth.cbegin(); it != recordsByWidth.cend(); ++it) {
            const bool better =
                it.value() > bestAgreeing || (it.value() == bestAgreeing && it.key() > bestWidth);
            if (better) {
                best = candidate;
                bestAgreeing = it.value();
                bestWidth = it.key();
            }
        }
    }
    return best;
}

} // namespace

Result<CsvDocument> CsvReader::parse(const QByteArray &bytes, std::optional<QChar> separator)
{
    Decoded decoded = decode(bytes);

    CsvDocument document;
    document.encoding = decoded.encoding;
    document.separator = separator ? *separator : detectSeparator(decoded.text);

    Tokenised tokenised =
        Tokeniser(decoded.text, document.separator).run(std::numeric_limits<qsizetype>::max());
    if (tokenised.unterminatedQuoteLine > 0) {
        return Result<CsvDocument>::failure(
            tr("The quoted field that starts on line %1 has no closing quote.")
                .arg(tokenised.unterminatedQuoteLine));
    }
    document.records = std::move(tokenised.records);
    return Result<CsvDocument>::success(std::move(document));
}

Result<CsvDocument> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<CsvDocument>::failure(
            tr("Could not open the file %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }

    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Result<CsvDocument>::failure(
            tr("Could not read the file %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return parse(bytes);
}

QString CsvReader::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8WithBom:
        return tr("UTF-8 with BOM");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {}; // not reached: the switch names every encoding, and -Wswitch keeps it so
}

} // namespace vfu
