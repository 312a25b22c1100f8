#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vfu {

// How the bytes of a file were turned into text. Excel on a Swedish Windows saves "CSV" as
// Windows-1252 and "CSV UTF-8" with a byte order mark; Ladok exports UTF-8 with a mark.
enum class TextEncoding { Utf8, Utf8WithBom, Windows1252 };

struct CsvRecord
{
    int line = 0; // 1-based physical line where the record starts, for "line L" in import errors
    QStringList fields;
};

struct CsvDocument
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar separator = u',';
    QList<CsvRecord> records; // blank lines skipped; every record keeps its line number
};

// Reads what Ladok, Excel and people make of CSV. Lenient wherever a reading is still
// unambiguous (a stray quote inside an unquoted field is kept as a character), strict only
// where it is not (a quoted field that never closes would swallow the rest of the file).
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::CsvReader)

public:
    // Detects the encoding, and the separator unless one is given, then parses everything.
    // Fails only on what cannot be read: a quoted field still open at the end of the file.
    static Result<CsvDocument> parse(const QByteArray &bytes,
                                     std::optional<QChar> separator = std::nullopt);
    // As parse(); the message names the file when it cannot be opened or read.
    static Result<CsvDocument> readFile(const QString &path);
    // "UTF-8", "UTF-8 with BOM", "Windows-1252": what an import report shows.
    static QString encodingName(TextEncoding encoding);
};

} // namespace vfu
