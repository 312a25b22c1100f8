#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace vfu {

// Qt's SQLite driver turns every value it reads into a QVariant holding a UTF-16 copy: for a
// list of 100,000 rows of a dozen columns that costs several times SQLite's own query. What a
// long list shows of a row is therefore also kept packed in one blob (the journey cache's
// `shown` columns), written by PackedRowWriter and taken apart by PackedRow, field by field in
// the order they were written. A field is its length in UTF-8 bytes, ':' and the bytes; a
// null text is '-'.
class PackedRowWriter final
{
public:
    PackedRowWriter &text(const QString &text);
    PackedRowWriter &integer(qint64 value);
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Reads the bytes in place: they must outlive the PackedRow.
class PackedRow final
{
public:
    explicit PackedRow(QByteArrayView bytes);
    explicit PackedRow(QByteArray &&) = delete; // would read a temporary after its end

    // The next field as text; a null QString where a null was written.
    QString text();
    // The next field as a whole number; 0 where it was null or not a number.
    qint64 integer();
    // The next field's UTF-8 bytes, in place; isNull where a null was written or the blob is
    // malformed.
    QByteArrayView field();
    // Whether every field so far was where its length said: false for a blob not written by
    // PackedRowWriter, or one with fewer fields than were read.
    bool isValid() const { return m_valid; }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    bool m_valid = true;
};

} // namespace vfu
