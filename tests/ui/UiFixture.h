#pragma once

#include "core/StudentService.h"
#include "core/clock/Clock.h"
#include "core/storage/Database.h"
#include "support/Catch.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace vfu::test {

// The day every widget test stands on.
inline const QDate fixtureToday(2026, 12, 3);

// The shared sample: 150 students with Skatteverket's test numbers and invented names.
QString sampleListPath();

// A fresh data file in a temporary folder, a clock fixed on fixtureToday, and message boxes
// pre-answered so that nothing modal can wait on an offscreen run.
class UiFixture
{
public:
    UiFixture();
    ~UiFixture();

    Database &database() { return *m_database; }
    StudentService &service() { return *m_service; }
    QString path(const QString &fileName) const { return m_dir.filePath(fileName); }

    // Imports the sample through core, as the command line would.
    void importSample();
    // Imports a list given as text, for students the sample lacks.
    void importList(const QByteArray &csv, const QString &fileName);
    qint64 studentId(const QString &identity);

    FixedClock clock{fixtureToday};

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<StudentService> m_service;
};

// The child of `root` with that object name; fails the test when there is none.
template <typename T>
T *child(const QObject *root, const QString &objectName)
{
    T *found = root->findChild<T *>(objectName);
    INFO("looking for " << objectName.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

} // namespace vfu::test
