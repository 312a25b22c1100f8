#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vfu::test {

// An absolute path inside the shared public test suites (../shared/testdata).
QString testDataPath(const QString &relative);

// The bytes of a file of the shared test suites; fails the running test if it cannot be read.
QByteArray readTestData(const QString &relative);

// The non-empty lines after the header of one of Skatteverket's one-column CSV files.
QStringList skatteverketNumbers(const QString &fileName);

} // namespace vfu::test
