#include <QApplication>

#include <memory>

std::unique_ptr<QCoreApplication> vfuCreateTestApplication(int &argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}
