#include "support/TestData.h"

#include "support/Catch.h"

#include <QFile>

namespace vfu::test {

QString testDataPath(const QString &relative)
{
    return QStringLiteral(VFU_TESTDATA_DIR "/") + relative;
}

QByteArray readTestData(const QString &relative)
{
    QFile file(testDataPath(relative));
    const bool opened = file.open(QIODevice::ReadOnly);
    INFO("reading " << file.fileName());
    REQUIRE(opened);
    return file.readAll();
}

QStringList skatteverketNumbers(const QString &fileName)
{
    const QString text =
        QString::fromLatin1(readTestData(QStringLiteral("skatteverket/") + fileName));
    QStringList numbers;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (!line.isEmpty())
            numbers.append(line);
    }
    return numbers;
}

} // namespace vfu::test
