#include "core/csv/CsvReader.h"

#include "core/csv/Windows1252.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
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
    bool replacedBytes = false; // bytes that were no character stand as U+FFFD
};

// Whether the text holds a letter beyond ASCII that was decoded, not replaced.
bool holdsDecodedBeyondAscii(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x80 && c != QChar::ReplacementCharacter;
    });
}

// Puts U+FFFD where a surrogate stands alone in UTF-16 text, as a damaged file has it: what the
// rest of VFU Desk (and the UTF-8 it writes) can hold. True if there was one.
bool replaceLoneSurrogates(QString &text)
{
    bool replaced = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i; // a pair: one character
        } else if (c.isSurrogate()) {
            text[i] = QChar::ReplacementCharacter;
            replaced = true;
        }
    }
    return replaced;
}

Decoded decode(const QByteArray &bytes)
{
    // Excel's "Unicode text" is UTF-16 with a byte order mark (and tabs between fields).
    const bool utf16Le = bytes.startsWith("\xFF\xFE");
    if (utf16Le || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(utf16Le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                             QStringDecoder::Flag::Stateless);
        QString text = utf16.decode(QByteArrayView(bytes).sliced(2));
        const bool replaced = replaceLoneSurrogates(text) || utf16.hasError();
        return {std::move(text), TextEncoding::Utf16, replaced};
    }

    // A byte order mark is trusted even if invalid bytes follow; Qt's decoder drops it.
    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (hasBom)
        return {std::move(text), TextEncoding::Utf8WithBom, utf8.hasError()};

    // Text in Windows-1252 with any letter beyond ASCII is, in practice, never valid UTF-8. A
    // file that holds UTF-8's letters and a few bytes that are not is UTF-8 with damage: its
    // bad bytes are kept as U+FFFD, for the import to point at, rather than the whole file
    // read as Windows-1252 with every å turned into "Ã¥".
    if (!utf8.hasError() || holdsDecodedBeyondAscii(text))
        return {std::move(text), TextEncoding::Utf8, utf8.hasError()};
    return {decodeWindows1252(bytes), TextEncoding::Windows1252};
}

} // namespace

// One pass over the text, into a document's fields and records. Physical lines are counted as
// they are passed, inside quoted fields too, so every record knows the line it starts on.
class CsvTokeniser final
{
public:
    // A document of `text`, without records yet.
    static CsvDocument documentOf(QString text, QChar separator)
    {
        CsvDocument document;
        document.separator = separator;
        document.m_text = std::move(text);
        return document;
    }

    explicit CsvTokeniser(CsvDocument &document)
        : m_document(document)
        , m_text(document.m_text)
        , m_separator(document.separator)
    {}

    // Reads up to maxRecords records; false when a quoted field never closes, with the line it
    // starts on in unclosedQuoteLine() and its field, counted from 1, in unclosedQuoteColumn().
    bool run(qsizetype maxRecords)
    {
        while (m_pos < m_text.size() && m_document.m_records.size() < maxRecords) {
            if (!readRecord())
                return false;
            if (m_document.m_records.size() == recordsBeforeEstimate)
                reserveForTheRest();
        }
        return true;
    }

    int unclosedQuoteLine() const { return m_quoteLine; }
    qsizetype unclosedQuoteColumn() const { return m_quoteColumn; }

private:
    // Once this many records are read, the rest of a long file is estimated from them, so that
    // the lists of a 100,000-line file are not copied over and over as they grow.
    static constexpr qsizetype recordsBeforeEstimate = 64;

    void reserveForTheRest()
    {
        const double scale = 1.05 * static_cast<double>(m_text.size()) / static_cast<double>(m_pos);
        m_document.m_records.reserve(
            static_cast<qsizetype>(scale * static_cast<double>(m_document.m_records.size())));
        m_document.m_fields.reserve(
            static_cast<qsizetype>(scale * static_cast<double>(m_document.m_fields.size())));
    }

    bool atLineBreak(qsizetype pos) const
    {
        return pos < m_text.size() && (m_text[pos] == kCr || m_text[pos] == kLf);
    }

    // True at an LF, and at a CR that no LF follows: a CR LF is one line break, ended by its LF.
    bool endsPhysicalLine(qsizetype pos) const
    {
        if (m_text[pos] == kLf)
            return true;
        return m_text[pos] == kCr && (pos + 1 >= m_text.size() || m_text[pos + 1] != kLf);
    }

    // Where the unquoted run from `pos` ends: at the separator, a line break or the end.
    qsizetype endOfRun(qsizetype pos) const
    {
        const QChar *const text = m_text.constData();
        const qsizetype size = m_text.size();
        const char16_t separator = m_separator.unicode();
        while (pos < size) {
            const char16_t c = text[pos].unicode();
            if (c == separator || c == u'\r' || c == u'\n')
                break;
            ++pos;
        }
        return pos;
    }

    // Fields up to and including the record's line break; false on a quote that never closes.
    bool readRecord()
    {
        QList<CsvDocument::Span> &fields = m_document.m_fields;
        const qsizetype first = fields.size();
        const int line = m_line;
        bool blank = true;
        for (;;) {
            const bool quoted = m_pos < m_text.size() && m_text[m_pos] == kQuote;
            CsvDocument::Span field;
            if (quoted) {
                m_quoteColumn = fields.size() - first + 1;
                if (!readQuoted(field))
                    return false;
            } else {
                const qsizetype end = endOfRun(m_pos);
                field = {m_pos, end - m_pos, true};
                m_pos = end;
            }
            // One empty unquoted field on a line of its own is a blank line, not a record.
            blank = blank && !quoted && field.length == 0;
            fields.append(field);
            if (m_pos >= m_text.size() || m_text[m_pos] != m_separator)
                break;
            ++m_pos;
            blank = false;
        }

        if (atLineBreak(m_pos)) {
            if (!endsPhysicalLine(m_pos))
                ++m_pos; // the CR of a CR LF
            ++m_pos;
            ++m_line;
        }
        if (blank)
            fields.resize(first);
        else
            m_document.m_records.append({line, first, fields.size() - first});
        return true;
    }

    // From the opening quote to the closing one, and on to the separator or line break: what
    // follows a closing quote (as in "Anna" Berg) is kept rather than rejected. Line breaks
    // inside are kept as they are. A field with a doubled quote or such a tail is built in
    // the document's own buffer; any other is a place in the text.
    bool readQuoted(CsvDocument::Span &field)
    {
        QString &built = m_document.m_unescaped;
        const qsizetype builtStart = built.size();
        bool building = false;
        m_quoteLine = m_line;
        qsizetype runStart = ++m_pos;
        while (m_pos < m_text.size()) {
            if (m_text[m_pos] != kQuote) {
                if (endsPhysicalLine(m_pos))
                    ++m_line;
                ++m_pos;
                continue;
            }
            const QStringView run = QStringView(m_text).sliced(runStart, m_pos - runStart);
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kQuote) {
                built += run;
                built += kQuote; // a doubled quote stands for one
                building = true;
                m_pos += 2;
                runStart = m_pos;
                continue;
            }
            const qsizetype tailStart = ++m_pos;
            m_pos = endOfRun(m_pos);
            const QStringView tail = QStringView(m_text).sliced(tailStart, m_pos - tailStart);
            if (!building && tail.isEmpty()) {
                field = {runStart, run.size(), true};
                return true;
            }
            built += run;
            built += tail;
            field = {builtStart, built.size() - builtStart, false};
            return true;
        }
        return false;
    }

    CsvDocument &m_document;
    const QString &m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_quoteLine = 0; // where the quoted field being read started
    qsizetype m_quoteColumn = 0;
};

namespace {

// The candidate under which the most of the first records agree on one field count above one.
// A Ladok preamble ("Utbildningskod";"2SJ20 ...") has two fields a line and the table fifteen,
// so the table wins; with a tie, the wider table, then the earlier candidate.
QChar detectSeparator(const QString &text)
{
    QChar best = u',';
    qsizetype bestAgreeing = 0;
    qsizetype bestWidth = 0;
    for (const QChar candidate : kSeparatorCandidates) {
        CsvDocument sample = CsvTokeniser::documentOf(text, candidate);
        CsvTokeniser(sample).run(kRecordsForDetection);
        QHash<qsizetype, qsizetype> recordsByWidth;
        for (qsizetype r = 0; r < sample.size(); ++r) {
            if (sample.fieldCount(r) > 1)
                ++recordsByWidth[sample.fieldCount(r)];
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

Result<CsvDocument> CsvReader::parse(const QByteArray &bytes, std::optional<QChar> separator,
                                     const QString &source)
{
    Decoded decoded = decode(bytes);
    const QChar chosen = separator ? *separator : detectSeparator(decoded.text);
    CsvDocument document = CsvTokeniser::documentOf(std::move(decoded.text), chosen);
    document.encoding = decoded.encoding;
    document.replacedBytes = decoded.replacedBytes;

    CsvTokeniser tokeniser(document);
    if (!tokeniser.run(std::numeric_limits<qsizetype>::max())) {
        // One arg() each: a file's name may hold a "%2" of its own.
        const QString line = QString::number(tokeniser.unclosedQuoteLine());
        const QString column = QString::number(tokeniser.unclosedQuoteColumn());
        const QString where = source.isEmpty()
                                  ? tr("Line %1, column %2").arg(line, column)
                                  : tr("%1, line %2, column %3").arg(source, line, column);
        return Result<CsvDocument>::failure(
            tr("%1: a quoted field starts here and has no closing quote, so the rest of the "
               "file cannot be read.")
                .arg(where));
    }
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
    return parse(bytes, std::nullopt, QFileInfo(path).fileName());
}

QStringView CsvDocument::field(qsizetype record, qsizetype column) const
{
    const Record &r = m_records.at(record);
    if (column < 0 || column >= r.count)
        return {};
    const Span &span = m_fields.at(r.first + column);
    return QStringView(span.inText ? m_text : m_unescaped).sliced(span.start, span.length);
}

CsvRecord CsvDocument::record(qsizetype record) const
{
    CsvRecord result;
    result.line = line(record);
    result.fields.reserve(fieldCount(record));
    for (qsizetype column = 0; column < fieldCount(record); ++column)
        result.fields.append(field(record, column).toString());
    return result;
}

QList<CsvRecord> CsvDocument::records() const
{
    QList<CsvRecord> result;
    result.reserve(size());
    for (qsizetype r = 0; r < size(); ++r)
        result.append(record(r));
    return result;
}

QString CsvReader::replacementMeaning(const CsvDocument &document)
{
    if (document.replacedBytes)
        return tr("bytes that are no character in the file's encoding (%1, shown as %2)")
            .arg(encodingName(document.encoding), QChar(QChar::ReplacementCharacter));
    return tr("the character %1, which a program writes where it could not read a letter")
        .arg(QChar(QChar::ReplacementCharacter));
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
    case TextEncoding::Utf16:
        return QStringLiteral("UTF-16");
    }
    return {}; // not reached: the switch names every encoding, and -Wswitch keeps it so
}

} // namespace vfu
