#include "core/io/StudentImport.h"

#include <QFileInfo>
#include <QRegularExpression>

// The reading side of a student import: a file into an ImportSource, its header found and its
// columns recognised by name.

namespace vfu {
namespace {

// A Ladok export has a few key/value lines above the header; a file whose header is further
// down than this is not a student list.
constexpr qsizetype headerSearchDepth = 30;

QString normalisedHeader(const QString &header)
{
    return header.simplified().toCaseFolded();
}

struct HeaderNames
{
    StudentField field;
    QStringList exact;    // case-folded
    QStringList prefixes; // case-folded
};

const QList<HeaderNames> &headerNames()
{
    static const QList<HeaderNames> names = {
        {StudentField::Identity,
         {QStringLiteral("personnummer (student)"), QStringLiteral("personnummer"),
          QStringLiteral("person number"), QStringLiteral("personal identity number"),
          QStringLiteral("identity number"), QStringLiteral("identity")},
         {}},
        {StudentField::FamilyName,
         {QStringLiteral("efternamn (student)"), QStringLiteral("efternamn"),
          QStringLiteral("family name"), QStringLiteral("last name"), QStringLiteral("surname")},
         {}},
        {StudentField::GivenNames,
         {QStringLiteral("förnamn (student)"), QStringLiteral("förnamn"),
          QStringLiteral("given names"), QStringLiteral("given name"),
          QStringLiteral("first name")},
         {}},
        {StudentField::Email,
         {},
         {QStringLiteral("e-post"), QStringLiteral("epost"), QStringLiteral("e-mail"),
          QStringLiteral("email")}},
        {StudentField::ProgrammeCode,
         {QStringLiteral("kod (kurspaketering)"), QStringLiteral("programkod"),
          QStringLiteral("programme code"), QStringLiteral("program code")},
         {}},
        {StudentField::ProgrammeName,
         {QStringLiteral("benämning (kurspaketering)"), QStringLiteral("program"),
          QStringLiteral("programnamn"), QStringLiteral("programme"),
          QStringLiteral("programme name"), QStringLiteral("program name")},
         {}},
    };
    return names;
}

bool matches(const HeaderNames &names, const QString &header)
{
    const QString folded = normalisedHeader(header);
    if (names.exact.contains(folded))
        return true;
    for (const QString &prefix : names.prefixes) {
        if (folded.startsWith(prefix))
            return true;
    }
    return false;
}

Result<ImportSource> withHeaderFound(CsvDocument document, const QString &fileName)
{
    using R = Result<ImportSource>;
    const qsizetype depth = std::min(document.size(), headerSearchDepth);
    for (qsizetype i = 0; i < depth; ++i) {
        const CsvRecord record = document.record(i);
        if (!StudentImport::guessMapping(record.fields).maps(StudentField::Identity))
            continue;
        // A header name with a byte the encoding has no character for would not be recognised,
        // and its column left out of the import without a word.
        for (qsizetype column = 0; column < record.fields.size(); ++column) {
            if (!record.fields.at(column).contains(QChar(QChar::ReplacementCharacter)))
                continue;
            return R::failure(
                StudentImport::tr("%1, line %2, column %3: the header \"%4\" holds %5; correct it "
                                  "in the file and import the list again.")
                    .arg(fileName, QString::number(record.line), QString::number(column + 1),
                         record.fields.at(column), CsvReader::replacementMeaning(document)));
        }
        ImportSource source;
        source.fileName = fileName;
        source.headerRecord = i;
        source.headerLine = record.line;
        source.header = record.fields;
        for (qsizetype p = 0; p < i; ++p) {
            source.preamble.append(document.record(p).fields.join(QStringLiteral(": ")));
        }
        source.document = std::move(document);
        return R::success(std::move(source));
    }
    return R::failure(
        StudentImport::tr("%1: no header with a column of identity numbers was found "
                          "in the first %2 lines (looked for \"Personnummer (Student)\", "
                          "\"Personnummer\" or \"Identity\").")
            .arg(fileName)
            .arg(headerSearchDepth));
}

} // namespace

Result<ImportSource> StudentImport::readFile(const QString &path)
{
    Result<CsvDocument> document = CsvReader::readFile(path);
    if (!document)
        return Result<ImportSource>::failure(document.error());
    return withHeaderFound(std::move(document).value(), QFileInfo(path).fileName());
}

Result<ImportSource> StudentImport::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    Result<CsvDocument> document = CsvReader::parse(bytes, std::nullopt, fileName);
    if (!document)
        return Result<ImportSource>::failure(document.error());
    return withHeaderFound(std::move(document).value(), fileName);
}

ColumnMapping StudentImport::guessMapping(const QStringList &header)
{
    ColumnMapping mapping;
    for (const HeaderNames &names : headerNames()) {
        for (int column = 0; column < header.size(); ++column) {
            if (matches(names, header.at(column))) {
                mapping.set(names.field, column);
                break;
            }
        }
    }
    return mapping;
}

bool StudentImport::isAddressColumn(const QString &header)
{
    static const QRegularExpression address(
        QStringLiteral("adress|address|postnummer|postort|postal|zip|c/o|gatu|street"),
        QRegularExpression::CaseInsensitiveOption);
    return address.match(header).hasMatch();
}

} // namespace vfu
