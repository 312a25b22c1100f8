// vfudesk: the window. Argument parsing and start-up only; the work is done by ui and core.

#include "core/clock/Clock.h"
#include "core/i18n/Translations.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/MessageDialogs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VFU Desk"));
    QApplication::setApplicationName(QStringLiteral("vfudesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("VFU Desk"));
    QApplication::setApplicationVersion(QStringLiteral(VFU_VERSION));
    vfu::installTranslations(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Follows health-care students from the Ladok list to a working staff card."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Use the data file PATH instead of the default one."),
        QCoreApplication::translate("main", "PATH"));
    parser.addOption(databaseOption);
    parser.process(app);

    QString path = parser.value(databaseOption);
    if (path.isEmpty()) {
        path = vfu::Database::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }

    vfu::Result<std::unique_ptr<vfu::Database>> opened = vfu::Database::open(path);
    if (!opened) {
        vfu::MessageDialogs::error(
            nullptr, QCoreApplication::translate("main", "VFU Desk cannot start"),
            QCoreApplication::translate("main", "The data file %1 cannot be opened.\n\n%2")
                .arg(QDir::toNativeSeparators(path), opened.error()));
        return 1;
    }
    const std::unique_ptr<vfu::Database> database = std::move(opened).value();

    const vfu::SystemClock clock;
    vfu::MainWindow window(*database, clock);
    window.show();
    return QApplication::exec();
}
