#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace vfu {

// How the bytes of a file were turned into text. Excel on a Swedish Windows saves "CSV" as
// Windows-1252, "CSV UTF-8" with a byte order mark and "Unicode text" as UTF-16 with one;
// Ladok exports UTF-8 with a mark.
enum class TextEncoding { Utf8, Utf8WithBom, Windows1252, Utf16 };

struct CsvRecord
{
    int line = 0; // 1-based physical line where the record starts, for "line L" in import errors
    QStringList fields;
};

class CsvTokeniser;

// A read file: its records, blank lines skipped, each with the line it starts on. The text is
// kept once and each field as a place in it, so that a list of 100,000 students does not cost
// a string a field; field() gives views into it, valid while the document lives unchanged.
class CsvDocument final
{
public:
    TextEncoding encoding = TextEncoding::Utf8;
    QChar separator = u',';
    // Some bytes were no character in the encoding; each stands as U+FFFD in the text. Without
    // them, a U+FFFD is one the file itself holds.
    bool replacedBytes = false;

    qsizetype size() const { return m_records.size(); }
    bool isEmpty() const { return m_records.isEmpty(); }
    int line(qsizetype record) const { return m_records.at(record).line; }
    qsizetype fieldCount(qsizetype record) const { return m_records.at(record).count; }
    // The field at `column` of `record`; an empty view past the record's last field.
    QStringView field(qsizetype record, qsizetype column) const;

    // A record with its fields as strings; records() every record so.
    CsvRecord record(qsizetype record) const;
    QList<CsvRecord> records() const;

private:
    friend class CsvTokeniser;

    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool inText = true; // else in m_unescaped, where some quoted fields are built
    };
    struct Record
    {
        int line = 0;
        qsizetype first = 0; // index of its first field in m_fields
        qsizetype count = 0;
    };

    QString m_text;
    QString m_unescaped; // fields with doubled quotes, or text after their closing quote
    QList<Span> m_fields;
    QList<Record> m_records;
};

// Reads what Ladok, Excel and people make of CSV. Lenient wherever a reading is still
// unambiguous (a stray quote inside an unquoted field is kept as a character), strict only
// where it is not (a quoted field that never closes would swallow the rest of the file).
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::CsvReader)

public:
    // Detects the encoding, and the separator unless one is given, then parses everything.
    // Fails only on what cannot be read: a quoted field still open at the end of the file,
    // said with its line and column (field), and `source` (a file's name) when given.
    static Result<CsvDocument> parse(const QByteArray &bytes,
                                     std::optional<QChar> separator = std::nullopt,
                                     const QString &source = {});
    // As parse(); every message names the file.
    static Result<CsvDocument> readFile(const QString &path);
    // "UTF-8", "UTF-8 with BOM", "Windows-1252": what an import report shows.
    static QString encodingName(TextEncoding encoding);
    // What a U+FFFD in the document's text stands for, for a message that points at one: bytes
    // that were no character in its encoding (kept so), or, in a file without such bytes, the
    // character itself, which a program writes where it could not read a letter.
    static QString replacementMeaning(const CsvDocument &document);
};

} // namespace vfu
