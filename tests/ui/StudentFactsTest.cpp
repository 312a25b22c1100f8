#include "UiFixture.h"
#include "Waiting.h"
#include "ui/ErrorBanner.h"
#include "ui/MainWindow.h"
#include "ui/StudentFilterModel.h"
#include "ui/StudentPage.h"
#include "ui/StudentTableModel.h"
#include "ui/TodayModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace vfu;
using namespace vfu::test;

namespace {

const QString ida = QStringLiteral("19500818-2304"); // Ida Nilsson in the sample

struct IdasFacts
{
    explicit IdasFacts(UiFixture &fixture)
    {
        fixture.importSample();
        id = fixture.studentId(ida);
        window = std::make_unique<MainWindow>(fixture.database(), fixture.clock);
        waitForStudents(*window);
        window->showSection(MainWindow::Section::Students);
        window->showStudent(id);
        page = child<StudentPage>(window.get(), QStringLiteral("studentPage"));
    }

    template <typename T>
    T *find(const QString &name) const
    {
        return child<T>(page, name);
    }
    QString label(const QString &name) const { return find<QLabel>(name)->text(); }
    bool shown(const QString &name) const { return find<QWidget>(name)->isVisibleTo(page); }
    void chooseProtection(const QString &code)
    {
        auto *combo = find<QComboBox>(QStringLiteral("protectionCombo"));
        combo->setCurrentIndex(combo->findData(code));
    }
    void save() { find<QPushButton>(QStringLiteral("saveFactsButton"))->click(); }

    std::unique_ptr<MainWindow> window;
    qint64 id = 0;
    StudentPage *page = nullptr;
};

// Every spelling of Ida's number and her real names.
const QStringList idasSecrets = {QStringLiteral("19500818-2304"), QStringLiteral("195008182304"),
                                 QStringLiteral("500818-2304"),   QStringLiteral("5008182304"),
                                 QStringLiteral("Ida"),           QStringLiteral("Nilsson")};

// What a model gives for a row, in every role of every column.
QStringList everything(const QAbstractItemModel *model, const QModelIndex &rowIndex)
{
    QStringList values;
    for (int column = 0; column < model->columnCount(rowIndex.parent()); ++column) {
        const QModelIndex index = model->index(rowIndex.row(), column, rowIndex.parent());
        for (int role = 0; role <= Qt::UserRole + 16; ++role)
            values.append(index.data(role).toString());
    }
    return values;
}

} // namespace

TEST_CASE("A change of track needs a reason, and the steps of the new track follow")
{
    UiFixture fixture;
    IdasFacts page(fixture);
    auto *track = page.find<QComboBox>(QStringLiteral("trackCombo"));
    CHECK(track->currentText() == QStringLiteral("Follows the identity number"));
    CHECK(track->itemData(0, Qt::ToolTipRole) ==
          QStringLiteral("The identity number gives: Ordinary"));
    CHECK_FALSE(page.shown(QStringLiteral("trackReasonEdit")));
    CHECK_FALSE(page.find<QPushButton>(QStringLiteral("saveFactsButton"))->isEnabled());

    track->setCurrentIndex(track->findData(QStringLiteral("no-personal-number")));
    REQUIRE(page.shown(QStringLiteral("trackReasonEdit")));
    page.save();

    CHECK(page.find<ErrorBanner>(QStringLiteral("errorBanner"))->message() ==
          QStringLiteral("Say why the track changes."));
    CHECK(page.label(QStringLiteral("studentTrack")) == QStringLiteral("Track: Ordinary"));
    CHECK(page.page->findChild<QLabel *>(QStringLiteral("journeyDate_passport-sent")) == nullptr);

    QTest::keyClicks(page.find<QLineEdit>(QStringLiteral("trackReasonEdit")),
                     QStringLiteral("Ladok number is a coordination number"));
    page.save();

    CHECK(page.find<ErrorBanner>(QStringLiteral("errorBanner"))->isHidden());
    CHECK(page.label(QStringLiteral("studentTrack")) ==
          QStringLiteral("Track: No Swedish personal number"));
    CHECK(page.label(QStringLiteral("journeyDate_passport-sent")) == QStringLiteral("Next"));
    CHECK(page.find<QPushButton>(QStringLiteral("recordStepButton"))->text() ==
          QStringLiteral("Record: Passport copy sent to EK H"));
    CHECK(fixture.service().summary(page.id)->student.track == Track::NoPersonalNumber);
    const QList<HistoryEntry> history = *fixture.service().timeline(page.id);
    CHECK(history.constLast().text ==
          QStringLiteral("Changed track from \"(from the identity number)\" to "
                         "\"no-personal-number\" (why: Ladok number is a coordination number)"));

    // And back to following the identity number, again with a reason.
    track->setCurrentIndex(0);
    QTest::keyClicks(page.find<QLineEdit>(QStringLiteral("trackReasonEdit")),
                     QStringLiteral("Wrong track"));
    page.save();
    CHECK(page.label(QStringLiteral("studentTrack")) == QStringLiteral("Track: Ordinary"));
    CHECK_FALSE(fixture.service().summary(page.id)->student.track.has_value());
}

TEST_CASE("The page says plainly what each protection means")
{
    UiFixture fixture;
    IdasFacts page(fixture);
    CHECK_FALSE(page.shown(QStringLiteral("addressNotice")));
    CHECK_FALSE(page.shown(QStringLiteral("aliasNotice")));
    CHECK_FALSE(page.shown(QStringLiteral("secrecyNotice")));
    CHECK_FALSE(page.shown(QStringLiteral("aliasEdit")));

    page.chooseProtection(QStringLiteral("address"));
    CHECK(page.shown(QStringLiteral("addressNotice")));
    CHECK(page.label(QStringLiteral("addressNotice")) ==
          QStringLiteral("Do not enter an address in KliPP."));

    page.find<QCheckBox>(QStringLiteral("secrecyCheck"))->setChecked(true);
    CHECK(page.shown(QStringLiteral("secrecyNotice")));
    CHECK(page.label(QStringLiteral("secrecyNotice")) ==
          QStringLiteral("The unit's list will lack the student's name and contact details."));
    page.find<QCheckBox>(QStringLiteral("exchangeCheck"))->setChecked(true);
    page.save();

    const Student saved = fixture.service().summary(page.id)->student;
    CHECK(saved.protection == Protection::Address);
    CHECK(saved.klippSecrecy);
    CHECK(saved.exchange);
    CHECK(page.shown(QStringLiteral("addressNotice")));

    page.chooseProtection(QStringLiteral("alias"));
    CHECK(page.shown(QStringLiteral("aliasEdit")));
    CHECK(page.shown(QStringLiteral("aliasNotice")));
    CHECK(page.label(QStringLiteral("aliasNotice")) ==
          QStringLiteral("Lists and exports show only the alias."));
    CHECK_FALSE(page.shown(QStringLiteral("addressNotice")));
    page.save();
    CHECK(page.find<ErrorBanner>(QStringLiteral("errorBanner"))->message() ==
          QStringLiteral("A protected identity needs an alias: the name that lists may show."));
}

TEST_CASE("A protected identity shows only its alias in the students table and on Today")
{
    UiFixture fixture;
    IdasFacts page(fixture);
    REQUIRE(fixture.service().record(page.id, Step::KlippRegistered, QDate(2026, 11, 30)).isOk());
    page.chooseProtection(QStringLiteral("alias"));
    QTest::keyClicks(page.find<QLineEdit>(QStringLiteral("aliasEdit")),
                     QStringLiteral("Student A"));
    page.save();

    CHECK(page.label(QStringLiteral("studentName")) == QStringLiteral("Student A"));
    CHECK(page.label(QStringLiteral("studentIdentity")) == QStringLiteral("Protected identity"));
    page.find<QToolButton>(QStringLiteral("revealIdentityButton"))->click();
    CHECK(page.label(QStringLiteral("studentIdentity")) ==
          QStringLiteral("19500818-2304, Ida Nilsson"));

    StudentTableModel *students = page.window->studentModel();
    const int row = students->rowOfStudent(page.id);
    CHECK(students->index(row, StudentTableModel::FamilyNameColumn).data().toString() ==
          QStringLiteral("Student A"));
    CHECK(students->index(row, StudentTableModel::IdentityColumn).data().toString().isEmpty());
    const QString all = everything(students, students->index(row, 0)).join(QLatin1Char('|'));
    for (const QString &secret : idasSecrets)
        CHECK_FALSE(all.contains(secret));

    TodayModel *today = page.window->todayModel();
    const QModelIndex action = today->indexOf(page.id, ActionKind::JobshLinkMissing);
    REQUIRE(action.isValid());
    CHECK(today->index(action.row(), TodayModel::StudentColumn, action.parent()).data() ==
          QStringLiteral("Student A"));
    const QString todayAll = everything(today, action).join(QLatin1Char('|'));
    for (const QString &secret : idasSecrets)
        CHECK_FALSE(todayAll.contains(secret));
}

TEST_CASE("The filter finds a protected student by the whole number but never by a part of it")
{
    UiFixture fixture;
    IdasFacts page(fixture);
    StudentChanges changes;
    changes.protection = Protection::Alias;
    changes.alias = QStringLiteral("Student A");
    REQUIRE(fixture.service().change(page.id, changes).isOk());
    page.window->reload();
    waitForStudents(*page.window);
    page.window->showSection(MainWindow::Section::Students);
    auto *filter = child<QLineEdit>(page.window.get(), QStringLiteral("studentFilter"));
    const QAbstractItemModel *table =
        child<QTableView>(page.window.get(), QStringLiteral("studentTable"))->model();
    const auto shownNames = [table] {
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row)
            names.append(table->index(row, StudentTableModel::FamilyNameColumn).data().toString());
        return names;
    };

    for (const QString &whole : {QStringLiteral("19500818-2304"), QStringLiteral("5008182304"),
                                 QStringLiteral("500818-2304")}) {
        filter->setText(whole);
        CHECK(shownNames() == QStringList{QStringLiteral("Student A")});
    }
    for (const QString &part : {QStringLiteral("19500818"), QStringLiteral("2304"),
                                QStringLiteral("Nilsson"), QStringLiteral("Ida")}) {
        filter->setText(part);
        CHECK_FALSE(shownNames().contains(QStringLiteral("Student A")));
    }
    filter->setText(QStringLiteral("student a"));
    CHECK(shownNames() == QStringList{QStringLiteral("Student A")});
}

TEST_CASE("The programme's routine notes are shown on the page and kept in the data file")
{
    UiFixture fixture;
    IdasFacts page(fixture);
    auto *notes = page.find<QPlainTextEdit>(QStringLiteral("programmeNotesEdit"));
    auto *save = page.find<QPushButton>(QStringLiteral("saveNotesButton"));
    CHECK(notes->toPlainText().isEmpty());
    CHECK_FALSE(save->isEnabled());

    QTest::keyClicks(notes, QStringLiteral("Book the card office a week ahead."));
    REQUIRE(save->isEnabled());
    save->click();

    CHECK_FALSE(save->isEnabled());
    StudentService reread(fixture.database(), fixture.clock);
    CHECK(*reread.programmeNotes(QStringLiteral("2SJ20")) ==
          QStringLiteral("Book the card office a week ahead."));
    page.window->showStudent(fixture.studentId(QStringLiteral("19580760-2395")));
    CHECK(notes->toPlainText() == QStringLiteral("Book the card office a week ahead."));
}
