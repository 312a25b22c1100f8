#pragma once

#include "core/csv/CsvReader.h"
#include "support/Catch.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace vfu::test {

// The document of bytes that must parse; fails the running test with the reader's message.
inline CsvDocument parsedCsv(const QByteArray &bytes, std::optional<QChar> separator = {})
{
    const Result<CsvDocument> result = CsvReader::parse(bytes, separator);
    INFO("error: " << result.error());
    REQUIRE(result.isOk());
    return result.value();
}

inline QList<QStringList> fieldsOf(const CsvDocument &document)
{
    QList<QStringList> rows;
    for (const CsvRecord &record : document.records())
        rows.append(record.fields);
    return rows;
}

inline QList<int> linesOf(const CsvDocument &document)
{
    QList<int> lines;
    for (const CsvRecord &record : document.records())
        lines.append(record.line);
    return lines;
}

} // namespace vfu::test
