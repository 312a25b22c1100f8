#include "core/csv/CsvWriter.h"

#include <QBuffer>
#include <QIODevice>

namespace vfu {

using namespace Qt::StringLiterals;

namespace {

constexpr QChar kQuote = u'"';

QString quotedIfNeeded(const QString &field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(kQuote) ||
                             field.contains(u'\r') || field.contains(u'\n');
    if (!needsQuotes)
        return field;

    QString escaped = field;
    escaped.replace(kQuote, u"\"\""_s);
    return kQuote + escaped + kQuote;
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

    QString line;
    if (fields.size() == 1 && fields.first().isEmpty()) {
        line = u"\"\""_s;
    } else {
        QStringList cells;
        cells.reserve(fields.size());
        for (const QString &field : fields) {
            const QString cell =
                m_dialect == CsvDialect::ExcelSwedish ? neutraliseFormula(field) : field;
            cells.append(quotedIfNeeded(cell, separator()));
        }
        line = cells.join(separator());
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
