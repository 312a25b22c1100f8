#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace vfu {

enum class CsvDialect {
    // UTF-8 without a byte order mark, ',' between fields, CRLF after every row.
    Rfc4180,
    // What a Swedish Excel opens by double-click with å ä ö and identity numbers intact: UTF-8
    // with a byte order mark, ';' (the list separator of the Swedish locale), CRLF, and cells
    // that Excel would run as a formula neutralised.
    ExcelSwedish,
};

class CsvWriter final
{
public:
    // The device is not owned and must stay open for writing while rows are written.
    explicit CsvWriter(QIODevice *device, CsvDialect dialect);

    // Quotes a field only when it holds the separator, a quote, CR or LF. A row of one empty
    // field is written as "" so that a reader does not take it for a blank line.
    void writeRow(const QStringList &fields);

    // Prefixes ' to a cell starting with = + - @ tab or CR, which a spreadsheet would otherwise
    // evaluate (CSV injection). Applied by ExcelSwedish only: Rfc4180 output is data for
    // programs, and changing a value there would be corruption.
    static QString neutraliseFormula(const QString &cell);

    QChar separator() const;
    // False once the device has failed to take a write; nothing more is written after that.
    bool ok() const { return m_ok; }

private:
    void write(const QByteArray &bytes);

    QIODevice *m_device = nullptr;
    CsvDialect m_dialect = CsvDialect::Rfc4180;
    QString m_line;
    bool m_startWritten = false;
    bool m_ok = true;
};

// The whole document as bytes, the way CsvWriter writes it to a device.
QByteArray writeCsv(const QList<QStringList> &rows, CsvDialect dialect);

} // namespace vfu
