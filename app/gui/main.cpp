// vfudesk: the window. Argument parsing and start-up only; the work is done by ui and core.

#include "core/clock/Clock.h"
#include "core/i18n/Translations.h"
#include "core/storage/Database.h"
#include "ui/DataSession.h"
#include "ui/MainWindow.h"

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

    // The data file is locked against a second window before it is opened, and stays locked
    // while the window lives; the coordinator is told plainly when either fails.
    const vfu::SystemClock clock;
    const std::unique_ptr<vfu::DataSession> session = vfu::DataSession::openForWindow(path, clock);
    if (!session)
        return 1;

    vfu::MainWindow window(*session);
    window.show();
    return QApplication::exec();
}
