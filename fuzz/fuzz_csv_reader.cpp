// Fuzzes vfu::CsvReader::parse: any bytes, with the separator detected or given. Beyond
// crashes and undefined behaviour, it checks what the reader promises: line numbers start at 1
// and never go back, and what CsvWriter writes of a read document reads back the same.

#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // libFuzzer keeps the input that got here as a crash
}

// A field the writer cannot keep as it is, by design: a leading byte order mark on the first
// field would be read back as the file's mark.
bool roundTrips(const vfu::CsvDocument &document)
{
    if (document.isEmpty())
        return false;
    const QStringList first = document.record(0).fields;
    return first.isEmpty() || !first.constFirst().startsWith(QChar(0xfeff));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;

    // The first byte chooses how the separator is found; the rest is the file.
    static const std::optional<QChar> separators[] = {std::nullopt, QChar(u','), QChar(u';'),
                                                      QChar(u'\t')};
    const std::optional<QChar> separator = separators[data[0] % 4];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1),
                           static_cast<qsizetype>(size - 1));

    const vfu::Result<vfu::CsvDocument> document = vfu::CsvReader::parse(bytes, separator);
    if (!document)
        return 0;

    int line = 1;
    for (const vfu::CsvRecord &record : document->records()) {
        check(record.line >= line);
        line = record.line;
        check(!record.fields.isEmpty());
    }

    if (roundTrips(*document)) {
        QList<QStringList> rows;
        for (const vfu::CsvRecord &record : document->records())
            rows.append(record.fields);
        const QByteArray written = vfu::writeCsv(rows, vfu::CsvDialect::Rfc4180);
        const vfu::Result<vfu::CsvDocument> again = vfu::CsvReader::parse(written, QChar(u','));
        check(again.isOk());
        check(again->size() == document->size());
        for (qsizetype i = 0; i < again->size(); ++i)
            check(again->record(i).fields == document->record(i).fields);
    }
    return 0;
}
