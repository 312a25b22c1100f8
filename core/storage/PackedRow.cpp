#include "core/storage/PackedRow.h"

namespace vfu {

PackedRowWriter &PackedRowWriter::text(const QString &text)
{
    if (text.isNull()) {
        m_bytes.append('-');
        return *this;
    }
    const QByteArray utf8 = text.toUtf8();
    m_bytes.append(QByteArray::number(utf8.size()));
    m_bytes.append(':');
    m_bytes.append(utf8);
    return *this;
}

PackedRowWriter &PackedRowWriter::integer(qint64 value)
{
    return text(QString::number(value));
}

PackedRow::PackedRow(QByteArrayView bytes)
    : m_bytes(bytes)
{}

QByteArrayView PackedRow::field()
{
    if (!m_valid || m_pos >= m_bytes.size()) {
        m_valid = false;
        return {};
    }
    if (m_bytes.at(m_pos) == '-') {
        ++m_pos;
        return {};
    }
    qsizetype length = 0;
    qsizetype pos = m_pos;
    // Past the size of the blob a length is wrong already: stop before it could overflow.
    while (pos < m_bytes.size() && m_bytes.at(pos) >= '0' && m_bytes.at(pos) <= '9' &&
           length <= m_bytes.size())
        length = length * 10 + (m_bytes.at(pos++) - '0');
    if (pos == m_pos || pos >= m_bytes.size() || m_bytes.at(pos) != ':' ||
        length > m_bytes.size() - pos - 1) {
        m_valid = false;
        return {};
    }
    m_pos = pos + 1 + length;
    // Not null even when empty: an empty text is not a null one.
    return QByteArrayView(m_bytes.constData() + pos + 1, length);
}

QString PackedRow::text()
{
    const QByteArrayView bytes = field();
    if (bytes.isNull())
        return {};
    if (bytes.isEmpty())
        return QStringLiteral("");
    return QString::fromUtf8(bytes);
}

qint64 PackedRow::integer()
{
    const QByteArrayView bytes = field();
    bool ok = false;
    const qint64 value = bytes.toLongLong(&ok);
    return ok ? value : 0;
}

} // namespace vfu
