#include "UiFixture.h"

#include "support/TestData.h"
#include "ui/MessageDialogs.h"

namespace vfu::test {

QString sampleListPath()
{
    return testDataPath(QStringLiteral("ladok/deltagande-sjukskoterskeprogrammet.csv"));
}

UiFixture::UiFixture()
{
    REQUIRE(m_dir.isValid());
    MessageDialogs::setTestAnswer(QMessageBox::Ok);
    MessageDialogs::clearTestMessages();

    Result<std::unique_ptr<Database>> opened =
        Database::open(m_dir.filePath(QStringLiteral("vfu.sqlite")));
    INFO(opened.error().toStdString());
    REQUIRE(opened.isOk());
    m_database = std::move(opened).value();
    m_service = std::make_unique<StudentService>(*m_database, clock);
}

UiFixture::~UiFixture()
{
    m_service.reset();
    m_database.reset();
}

void UiFixture::importSample()
{
    const Result<ImportSource> source = StudentImport::readFile(sampleListPath());
    REQUIRE(source.isOk());
    const Result<ImportPlan> plan =
        m_service->planImport(*source, StudentImport::guessMapping(source->header));
    REQUIRE(plan.isOk());
    REQUIRE(m_service->applyImport(*plan).isOk());
}

qint64 UiFixture::studentId(const QString &identity)
{
    const Result<Student> student = m_service->find(identity);
    INFO(student.error().toStdString());
    REQUIRE(student.isOk());
    return student->id;
}

} // namespace vfu::test

namespace vfu::test {

void UiFixture::importList(const QByteArray &csv, const QString &fileName)
{
    const Result<ImportSource> source = StudentImport::fromBytes(csv, fileName);
    REQUIRE(source.isOk());
    const Result<ImportPlan> plan =
        m_service->planImport(*source, StudentImport::guessMapping(source->header));
    REQUIRE(plan.isOk());
    REQUIRE(m_service->applyImport(*plan).isOk());
}

} // namespace vfu::test
