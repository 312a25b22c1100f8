#include "support/ServiceFixture.h"

#include "support/Catch.h"

namespace vfu::test {

ServiceFixture::ServiceFixture(QDate today)
    : clock(today)
{
    auto opened = Database::open(dir.filePath(QStringLiteral("vfudesk.sqlite")));
    REQUIRE(opened.isOk());
    database = std::move(opened).value();
    service = std::make_unique<StudentService>(*database, clock);
}

qint64 ServiceFixture::import(const QByteArray &bytes)
{
    const auto source = StudentImport::fromBytes(bytes, QStringLiteral("list.csv"));
    REQUIRE(source.isOk());
    const auto plan = service->planImport(*source, StudentImport::guessMapping(source->header));
    REQUIRE(plan.isOk());
    const Result<qint64> batch = service->applyImport(*plan);
    REQUIRE(batch.isOk());
    return *batch;
}

Student ServiceFixture::student(const QString &identity)
{
    const Result<Student> found = service->find(identity);
    REQUIRE(found.isOk());
    return *found;
}

JourneyEvent event(qint64 id, Step step, QDate date, QString value)
{
    JourneyEvent e;
    e.id = id;
    e.step = step;
    e.date = date;
    e.value = std::move(value);
    return e;
}

} // namespace vfu::test
