#include "ui/SettingsDialog.h"

#include "UiFixture.h"
#include "Waiting.h"
#include "ui/MainWindow.h"
#include "ui/TodayModel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

using namespace vfu;
using namespace vfu::test;

TEST_CASE("The settings dialog shows every number of the policy with its default")
{
    UiFixture fixture;
    SettingsDialog dialog(fixture.service());

    for (const PolicySetting &setting : PolicySettings::all()) {
        INFO(setting.key.toStdString());
        auto *spin = child<QSpinBox>(&dialog, QStringLiteral("policy_") + setting.key);
        CHECK(spin->value() == setting.defaultValue);
        CHECK(spin->minimum() == setting.minimum);
        CHECK(spin->maximum() == setting.maximum);
        CHECK(child<QLabel>(&dialog, QStringLiteral("default_") + setting.key)->text() ==
              QStringLiteral("default %1").arg(setting.defaultValue));
        CHECK_FALSE(
            child<QToolButton>(&dialog, QStringLiteral("reset_") + setting.key)->isEnabled());
    }
}

TEST_CASE("A number changed in the settings is stored in the data file and Today follows it")
{
    UiFixture fixture;
    fixture.importSample();
    const qint64 id = fixture.studentId(QStringLiteral("19500818-2304"));
    REQUIRE(fixture.service().record(id, Step::KlippRegistered, QDate(2026, 12, 1)).isOk());
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);
    REQUIRE(window.todayModel()->totalCount() == 0); // due on 2026-12-04 with three days

    SettingsDialog *dialog = window.openSettings();
    auto *wait = child<QSpinBox>(dialog, QStringLiteral("policy_jobsh-link-wait-days"));
    wait->setValue(2);
    CHECK(child<QToolButton>(dialog, QStringLiteral("reset_jobsh-link-wait-days"))->isEnabled());
    dialog->accept();
    waitForStudents(window);

    CHECK(window.todayModel()->totalCount() == 1);
    StudentService reread(fixture.database(), fixture.clock);
    CHECK(reread.policy().jobshLinkWaitDays == 2);
    CHECK(reread.policy().cardOrderValidDays == 90);
}

TEST_CASE("Reset to default puts one number back, and Reset all every number")
{
    UiFixture fixture;
    Policy changed;
    changed.cardOrderValidDays = 120;
    changed.temporaryCardMonths = 3;
    REQUIRE(fixture.service().setPolicy(changed).isOk());
    SettingsDialog dialog(fixture.service());
    auto *valid = child<QSpinBox>(&dialog, QStringLiteral("policy_card-order-valid-days"));
    auto *months = child<QSpinBox>(&dialog, QStringLiteral("policy_temporary-card-months"));
    CHECK(valid->value() == 120);
    CHECK(months->value() == 3);

    child<QToolButton>(&dialog, QStringLiteral("reset_card-order-valid-days"))->click();
    CHECK(valid->value() == 90);
    CHECK(months->value() == 3);
    dialog.accept();
    CHECK(StudentService(fixture.database(), fixture.clock).policy().cardOrderValidDays == 90);
    CHECK(StudentService(fixture.database(), fixture.clock).policy().temporaryCardMonths == 3);

    SettingsDialog again(fixture.service());
    child<QPushButton>(&again, QStringLiteral("resetAllButton"))->click();
    CHECK(child<QSpinBox>(&again, QStringLiteral("policy_temporary-card-months"))->value() == 6);
    again.accept();
    CHECK(StudentService(fixture.database(), fixture.clock).policy() == Policy{});
}

TEST_CASE("Edit, Settings opens the settings dialog")
{
    UiFixture fixture;
    MainWindow window(fixture.database(), fixture.clock);
    waitForStudents(window);

    child<QAction>(&window, QStringLiteral("settingsAction"))->trigger();

    auto *dialog = child<SettingsDialog>(&window, QStringLiteral("settingsDialog"));
    CHECK(dialog->isVisible());
    dialog->reject();
}
