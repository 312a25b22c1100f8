#include "core/csv/CsvWriter.h"

#include <QBuffer>
#include <QIODevice>

#include <algorithm>

namespace vfu {

using namespace Qt::StringLiterals;

namespace {

constexpr QChar kQuote = u'"';

// Appends the field to the line, quoted only when it holds the separator, a quote, CR or LF.
void appendField(QString &line, QStringView field, QChar separator)
{
    const bool needsQuotes = std::any_of(field.begin(), field.end(), [separator](QChar c) {
        return c == separator || c == kQuote || c == u'\r' || c == u'\n';
    });
    if (!needsQuotes) {
        line += field;
        return;
    }
    line += kQuote;
    for (const QChar c : field) {
        if (c == kQuote)
            line += kQuote;
        line += c;
    }
    line += kQuote;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvDialect dialect)
    : m_device(device)
    , m_dialect(dialect)
{}

void CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_startWritten) {
        m_startWritten = true;
        // The mark is what makes Excel read the file as UTF-8 rather than as Windows-1252.
        if (m_dialect == CsvDialect::ExcelSwedish)
            write(QByteArrayLiteral("\xEF\xBB\xBF"));
    }

    // One line buffer for every row: a row is built and written without a string per cell.
    QString &line = m_line;
    line.clear();
    if (fields.size() == 1 && fields.first().isEmpty()) {
        line = u"\"\""_s;
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += separator();
            if (m_dialect == CsvDialect::ExcelSwedish)
                appendField(line, neutraliseFormula(fields.at(i)), separator());
            else
                appendField(line, fields.at(i), separator());
        }
    }
    line += u"\r\n"_s;
    write(line.toUtf8());
}

QString CsvWriter::neutraliseFormula(const QString &cell)
{
    static constexpr QStringView triggers = u"=+-@\t\r";
    if (cell.isEmpty() || !triggers.contains(cell.front()))
        return cell;
    return QChar(u'\'') + cell;
}

QChar CsvWriter::separator() const
{
    return m_dialect == CsvDialect::ExcelSwedish ? u';' : u',';
}

void CsvWriter::write(const QByteArray &bytes)
{
    // After a failed write the file already has a hole; more rows would only hide where it is.
    if (!m_ok)
        return;
    m_ok = m_device != nullptr && m_device->write(bytes) == bytes.size();
}

QByteArray writeCsv(const QList<QStringList> &rows, CsvDialect dialect)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, dialect);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    return bytes;
}

} // namespace vfu
