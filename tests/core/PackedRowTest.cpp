#include "core/storage/PackedRow.h"

#include "support/Catch.h"

using namespace vfu;

TEST_CASE("A packed row gives back every text as written, in order")
{
    // Empty and null differ; a NUL, a colon, digits, a non-BMP character and a long text
    // come back whole.
    const QString emoji = QString::fromUtf8("Gr\xC3\xA4ns \xF0\x9F\x98\x80");
    const QString withNul = QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
    const QString longText(70000, QChar(u'\u00e5'));
    PackedRowWriter writer;
    writer.text(QStringLiteral("Åberg"))
        .text(QString())
        .text(QStringLiteral(""))
        .text(QStringLiteral("12:3-"))
        .text(emoji)
        .text(withNul)
        .integer(-42)
        .text(longText);
    CHECK(writer.bytes().startsWith("6:\xC3\x85"
                                    "berg-0:5:12:3-"));

    PackedRow row(writer.bytes());
    CHECK(row.text() == QStringLiteral("Åberg"));
    const QString null = row.text();
    CHECK(null.isNull());
    const QString empty = row.text();
    CHECK(empty.isEmpty());
    CHECK_FALSE(empty.isNull());
    CHECK(row.text() == QStringLiteral("12:3-"));
    CHECK(row.text() == emoji);
    CHECK(row.text() == withNul);
    CHECK(row.integer() == -42);
    CHECK(row.text() == longText);
    CHECK(row.isValid());
}

TEST_CASE("A packed row that is not what the writer wrote is found out, not misread")
{
    const auto readAll = [](const QByteArray &bytes, int fields) {
        PackedRow row(bytes);
        QStringList texts;
        for (int i = 0; i < fields; ++i)
            texts.append(row.text());
        return std::make_pair(texts, row.isValid());
    };
    CHECK(readAll("3:abc", 1) == std::make_pair(QStringList{QStringLiteral("abc")}, true));
    // Fewer fields than read, a length past the end, no colon, no length, a huge length.
    CHECK_FALSE(readAll("3:abc", 2).second);
    CHECK_FALSE(readAll("4:abc", 1).second);
    CHECK_FALSE(readAll("3abc", 1).second);
    CHECK_FALSE(readAll(":abc", 1).second);
    CHECK_FALSE(readAll("99999999999999999999999:abc", 1).second);
    CHECK_FALSE(readAll(QByteArray(), 1).second);
    // Nothing is read past the first fault.
    CHECK(readAll("x3:abc", 2).first == QStringList{QString(), QString()});
}

TEST_CASE("A packed row gives a field's bytes in place, where they were written")
{
    PackedRowWriter writer;
    writer.text(QStringLiteral("jobsh-link-missing")).text(QString()).text(QStringLiteral("Å"));
    PackedRow row(writer.bytes());
    const QByteArrayView code = row.field();
    CHECK(code == QByteArrayView("jobsh-link-missing"));
    CHECK(code.data() == writer.bytes().constData() + 3);
    CHECK(row.field().isNull());
    CHECK(row.field() == QByteArrayView("\xC3\x85"));
    CHECK(row.isValid());
}
