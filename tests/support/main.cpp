// The one main() of every test suite: Catch2 runs inside a Qt application (a QApplication on
// the offscreen platform for widget suites), in English, on a fixed locale.
#if defined(VFU_CATCH3)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <memory>

std::unique_ptr<QCoreApplication> vfuCreateTestApplication(int &argc, char **argv);

int main(int argc, char **argv)
{
    // The tests assert English text. VFU_TEST_LOCALE=sv runs them in Swedish instead, for the
    // README's screenshots: `VFU_TEST_LOCALE=sv test_ui "[.screenshots]"`.
    const QLocale locale = qEnvironmentVariable("VFU_TEST_LOCALE") == u"sv"
                               ? QLocale(QLocale::Swedish, QLocale::Sweden)
                               : QLocale(QLocale::English, QLocale::Sweden);
    QLocale::setDefault(locale);
    QLoggingCategory::setFilterRules(QStringLiteral("vfudesk.*.debug=false"));
    const auto app = vfuCreateTestApplication(argc, argv);
    vfu::installTranslations(locale.language() == QLocale::Swedish ? locale : QLocale(QLocale::English));
    QCoreApplication::setOrganizationName(QStringLiteral("VFU Desk tests"));
    QCoreApplication::setApplicationName(QStringLiteral("vfudesk-tests"));
    return Catch::Session().run(argc, argv);
}
