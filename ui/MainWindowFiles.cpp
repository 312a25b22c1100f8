#include "ui/BackgroundWork.h"
#include "ui/BackupCommands.h"
#include "ui/CompensationPage.h"
#include "ui/DataSession.h"
#include "ui/ErrorBanner.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/PlacementImportDialog.h"
#include "ui/PlacementsPage.h"
#include "ui/SettingsDialog.h"
#include "ui/StudentTableModel.h"
#include "ui/UnitsPage.h"
#include "ui/WorkProgress.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QStatusBar>

// The window's work with files: importing lists, exporting students, the settings.

namespace vfu {

void MainWindow::importPlacementFile(bool units)
{
    const auto kind =
        units ? PlacementImportDialog::Kind::Units : PlacementImportDialog::Kind::Placements;
    const QString path = PlacementImportDialog::askForFile(this, kind);
    if (path.isEmpty())
        return;
    auto *dialog = new PlacementImportDialog(m_session->database(), m_session->clock(), kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Status opened = dialog->openFile(path); !opened) {
        delete dialog;
        m_banner->showMessage(opened.error());
        return;
    }
    connect(dialog, &PlacementImportDialog::imported, this, [this](const QString &message) {
        // Pages not built yet read what is new when they are first shown.
        if (m_placementsPage != nullptr) {
            m_unitsPage->reload();
            m_placementsPage->reload();
            m_compensationPage->reload();
        }
        reload();
        statusBar()->showMessage(message, 15000);
    });
    dialog->open();
}

void MainWindow::chooseImportFile()
{
    if (m_work != nullptr)
        return;
    const QString path = ImportDialog::askForFile(
        this, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!path.isEmpty()) {
        if (ImportDialog *dialog = openImport(path))
            dialog->open();
    }
}

ImportDialog *MainWindow::openImport(const QString &path)
{
    auto *dialog = new ImportDialog(service(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Status opened = dialog->openFile(path); !opened) {
        delete dialog;
        m_banner->showMessage(opened.error());
        return nullptr;
    }
    m_banner->clear();
    connect(dialog, &ImportDialog::imported, this, [this](const QString &message) {
        reload();
        showSection(Section::Students);
        statusBar()->showMessage(message, 15000);
    });
    return dialog;
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(service(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this, [this](const QString &message) {
        reload();
        statusBar()->showMessage(message, 10000);
    });
    return dialog;
}

void MainWindow::chooseExportFile()
{
    const QString plain = tr("CSV (*.csv)");
    const QString excel = tr("CSV for Excel (*.csv)");
    QFileDialog dialog(this, tr("Export students"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({plain, excel});
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(tr("students.csv"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;

    const CsvDialect dialect =
        dialog.selectedNameFilter() == excel ? CsvDialect::ExcelSwedish : CsvDialect::Rfc4180;
    exportStudents(dialog.selectedFiles().constFirst(), dialect);
}

BackgroundWork *MainWindow::exportStudents(const QString &path, CsvDialect dialect)
{
    if (m_work != nullptr)
        return nullptr;

    const int count = m_students->rowCount();
    m_work = new BackgroundWork(
        m_path, m_session->clock(),
        [path, dialect](StudentService &service, const Progress &progress) {
            return service.exportStudents(path, dialect, progress);
        },
        this);
    connect(m_work, &BackgroundWork::finished, this, [this, path, count](const Status &written) {
        m_work->deleteLater();
        m_work = nullptr;
        updateFileActions();
        if (!written) {
            m_banner->showMessage(written.error());
            return;
        }
        m_banner->clear();
        statusBar()->showMessage(
            tr("Exported %n student(s) to %1.", nullptr, count).arg(QDir::toNativeSeparators(path)),
            15000);
    });
    m_workProgress->follow(m_work, tr("Exporting %n student(s)\u2026", nullptr, count));
    m_banner->clear();
    statusBar()->clearMessage();
    updateFileActions();
    m_work->start();
    return m_work;
}

void MainWindow::updateFileActions()
{
    const bool idle = m_work == nullptr;
    m_importAction->setEnabled(idle);
    m_exportAction->setEnabled(idle && m_students->rowCount() > 0);
    m_backups->setEnabled(idle);
}

} // namespace vfu
