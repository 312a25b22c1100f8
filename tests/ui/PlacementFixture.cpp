#include "PlacementFixture.h"

#include "ui/ErrorBanner.h"
#include "ui/InterruptDialog.h"
#include "ui/PlacementDialog.h"
#include "ui/PlacementStatusDialog.h"
#include "ui/PlacementsPage.h"
#include "ui/UnitDialog.h"
#include "ui/UnitsPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

namespace vfu::test {

const QString PlacementFixture::medicalStudent = QStringLiteral("20210101-2397");

PlacementFixture::PlacementFixture()
{
    importSample();
    importList(QByteArrayLiteral("\"Personnummer (Student)\";\"Förnamn (Student)\";"
                                 "\"Efternamn (Student)\";\"Kod (Kurspaketering)\";"
                                 "\"Benämning (Kurspaketering)\"\n"
                                 "\"20210101-2397\";\"Lina\";\"Berg\";\"3LK20\";"
                                 "\"Läkarprogrammet\"\n"),
               QStringLiteral("lakarprogrammet.csv"));
    m_placements = std::make_unique<PlacementService>(database(), clock, service().policy());
}

PlacementFixture::~PlacementFixture() = default;

const QStringList &PlacementFixture::tenStudents()
{
    static const QStringList students = {
        QStringLiteral("19500818-2304"), QStringLiteral("19891231-2389"),
        QStringLiteral("20040820-2398"), QStringLiteral("19721129-2383"),
        QStringLiteral("19580760-2395"), QStringLiteral("19500118-2046"),
        QStringLiteral("19430812-4694"), QStringLiteral("19861231-2390"),
        QStringLiteral("19641119-3086"), QStringLiteral("19850821-2399")};
    return students;
}

Unit PlacementFixture::unit(const QString &name)
{
    const Result<Unit> found = m_placements->findUnit(name);
    INFO(found.error().toStdString());
    REQUIRE(found.isOk());
    return *found;
}

PlacementRow PlacementFixture::row(qint64 placementId)
{
    const Result<QList<PlacementRow>> rows = m_placements->placements();
    REQUIRE(rows.isOk());
    for (const PlacementRow &each : *rows) {
        if (each.placement.id == placementId)
            return each;
    }
    FAIL("no placement " << placementId);
    return {};
}

Unit PlacementFixture::addUnit(UnitsPage &page, const QString &name, const QString &hsaId,
                               bool inside)
{
    UnitDialog *dialog = page.openAddUnit();
    child<QLineEdit>(dialog, QStringLiteral("unitName"))->setText(name);
    child<QLineEdit>(dialog, QStringLiteral("unitHsaId"))->setText(hsaId);
    child<QRadioButton>(dialog,
                        inside ? QStringLiteral("unitInside") : QStringLiteral("unitOutside"))
        ->setChecked(true);
    child<QLineEdit>(dialog, QStringLiteral("unitContactName"))->setText(QStringLiteral("Eva Ek"));
    child<QLineEdit>(dialog, QStringLiteral("unitEmail"))
        ->setText(QStringLiteral("vfu@region.example"));
    child<QPushButton>(dialog, QStringLiteral("saveUnitButton"))->click();
    INFO(child<ErrorBanner>(dialog, QStringLiteral("errorBanner"))->message().toStdString());
    REQUIRE(dialog->result() == QDialog::Accepted);
    return unit(name);
}

qint64 PlacementFixture::place(PlacementsPage &page, const QString &identity,
                               const QString &unitName, QDate start, QDate end)
{
    PlacementDialog *dialog = page.openAddPlacement();
    // The coordinator types the number as it stands in the mail, without the century.
    child<QLineEdit>(dialog, QStringLiteral("studentSearch"))->setText(identity.mid(2));
    REQUIRE(dialog->selectedStudentId() == studentId(identity));
    dialog->selectUnit(unit(unitName).id);
    child<QLineEdit>(dialog, QStringLiteral("placementCourse"))->setText(QStringLiteral("2SJ203"));
    child<QDateEdit>(dialog, QStringLiteral("placementStart"))->setDate(start);
    child<QDateEdit>(dialog, QStringLiteral("placementEnd"))->setDate(end);
    child<QPushButton>(dialog, QStringLiteral("addPlacementButton"))->click();
    if (dialog->result() != QDialog::Accepted) {
        dialog->deleteLater();
        return 0;
    }
    return page.currentPlacementId();
}

WorkedExample buildWorkedExample(PlacementFixture &fixture, UnitsPage &units,
                                 PlacementsPage &placements)
{
    const QString ward = QStringLiteral("Avdelning 12");
    const QString clinic = QStringLiteral("Vårdcentral Ek");
    const QString careHome = QStringLiteral("Äldreboende Solgården");
    fixture.addUnit(units, ward, QStringLiteral("SE2321000016-W12"), true);
    fixture.addUnit(units, clinic, QStringLiteral("SE2321000016-VC1"), true);
    fixture.addUnit(units, careHome, QString(), false);
    placements.reload();

    WorkedExample example;
    const QStringList &ten = PlacementFixture::tenStudents();
    for (int i = 0; i < 10; ++i) {
        const QString &student = ten.at(i);
        qint64 id = 0;
        if (i < 4)
            id = fixture.place(placements, student, ward, QDate(2026, 11, 2), QDate(2026, 11, 27));
        else if (i < 7)
            id = fixture.place(placements, student, clinic, QDate(2026, 11, 16),
                               QDate(2026, 12, 11));
        else if (i < 9)
            id = fixture.place(placements, student, careHome, QDate(2026, 12, 7),
                               QDate(2027, 1, 15));
        else
            id = fixture.place(placements, student, ward, QDate(2027, 1, 18), QDate(2027, 2, 12));
        INFO("placing " << student.toStdString());
        REQUIRE(id != 0);
        example.first[i] = id;
    }

    // The first student's second placement overlaps the first: it needs a reason.
    PlacementDialog *overlap = placements.openAddPlacement(fixture.studentId(ten.at(0)));
    overlap->selectUnit(fixture.unit(clinic).id);
    child<QLineEdit>(overlap, QStringLiteral("placementCourse"))->setText(QStringLiteral("2SJ203"));
    child<QDateEdit>(overlap, QStringLiteral("placementStart"))->setDate(QDate(2026, 11, 23));
    child<QDateEdit>(overlap, QStringLiteral("placementEnd"))->setDate(QDate(2026, 12, 4));
    child<QPushButton>(overlap, QStringLiteral("addPlacementButton"))->click();
    REQUIRE(overlap->asksForReason());
    child<QLineEdit>(overlap, QStringLiteral("overlapReason"))
        ->setText(QStringLiteral("Extra week agreed with the examiner"));
    child<QPushButton>(overlap, QStringLiteral("addPlacementButton"))->click();
    REQUIRE(overlap->result() == QDialog::Accepted);
    example.overlapping = placements.currentPlacementId();

    // A placement that was cancelled: it stays in the list and counts for nothing.
    example.cancelled =
        fixture.place(placements, ten.at(6), ward, QDate(2026, 12, 14), QDate(2026, 12, 18));
    REQUIRE(example.cancelled != 0);
    PlacementStatusDialog *cancel = placements.openStatusChange();
    REQUIRE(cancel != nullptr);
    cancel->setStatus(PlacementStatus::Cancelled);
    child<QPushButton>(cancel, QStringLiteral("saveStatusButton"))->click();
    REQUIRE(cancel->result() == QDialog::Accepted);

    // The medical student's placement: pre-reserved, paid from ALF funds.
    example.medical = fixture.place(placements, PlacementFixture::medicalStudent, ward,
                                    QDate(2026, 10, 5), QDate(2026, 10, 30));
    REQUIRE(example.medical != 0);

    // The first placement was ordered through KliPP and confirmed; it is over by today.
    placements.selectPlacement(example.first[0]);
    for (const PlacementStatus status : {PlacementStatus::Ordered, PlacementStatus::Confirmed}) {
        PlacementStatusDialog *dialog = placements.openStatusChange();
        dialog->setStatus(status);
        dialog->setDate(QDate(2026, 10, 1));
        child<QPushButton>(dialog, QStringLiteral("saveStatusButton"))->click();
        REQUIRE(dialog->result() == QDialog::Accepted);
    }
    // The sixth student's placement is confirmed and going on today.
    placements.selectPlacement(example.first[5]);
    PlacementStatusDialog *confirm = placements.openStatusChange();
    confirm->setStatus(PlacementStatus::Confirmed);
    child<QPushButton>(confirm, QStringLiteral("saveStatusButton"))->click();
    REQUIRE(confirm->result() == QDialog::Accepted);

    // The fifth student's placement was stopped by the examiner on December 1.
    placements.selectPlacement(example.first[4]);
    InterruptDialog *interrupt = placements.openInterrupt();
    REQUIRE(interrupt != nullptr);
    child<QDateEdit>(interrupt, QStringLiteral("interruptDate"))->setDate(QDate(2026, 12, 1));
    child<QLineEdit>(interrupt, QStringLiteral("interruptExaminer"))
        ->setText(QStringLiteral("Dr. Lind"));
    child<QPlainTextEdit>(interrupt, QStringLiteral("interruptReason"))
        ->setPlainText(QStringLiteral("Patient safety"));
    child<QPushButton>(interrupt, QStringLiteral("interruptButton"))->click();
    REQUIRE(interrupt->result() == QDialog::Accepted);
    return example;
}

} // namespace vfu::test
