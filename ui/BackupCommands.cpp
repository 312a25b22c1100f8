#include "ui/BackupCommands.h"

#include "core/clock/Clock.h"
#include "core/storage/Backup.h"
#include "ui/DataSession.h"
#include "ui/ErrorBanner.h"
#include "ui/MessageDialogs.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>

namespace vfu {
namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString backupFilter()
{
    return BackupCommands::tr("VFU Desk backups (*.sqlite);;All files (*)");
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

BackupCommands::BackupCommands(DataSession &session, ErrorBanner *banner, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_banner(banner)
    , m_window(window)
{}

void BackupCommands::addTo(QMenu *menu)
{
    m_backup = menu->addAction(tr("&Back up\u2026"));
    m_backup->setObjectName(QStringLiteral("backupAction"));
    connect(m_backup, &QAction::triggered, this, &BackupCommands::chooseBackupFile);
    m_restore = menu->addAction(tr("&Restore from backup\u2026"));
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setVisible(m_session.canRestore());
    connect(m_restore, &QAction::triggered, this, &BackupCommands::chooseRestoreFile);
}

void BackupCommands::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_backup->setEnabled(enabled);
    m_restore->setEnabled(enabled && m_session.canRestore());
}

void BackupCommands::chooseBackupFile()
{
    const QString name =
        tr("vfudesk-backup-%1.sqlite").arg(m_session.clock().today().toString(Qt::ISODate));
    // A backup never replaces a file, so the dialog does not offer to.
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Back up the data file"), QDir(documentsFolder()).filePath(name),
        backupFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        backUp(path);
}

Status BackupCommands::backUp(const QString &path)
{
    const Status written = Backup::write(m_session.database(), path);
    if (!written) {
        m_banner->showMessage(written.error());
        return written;
    }
    m_banner->clear();
    m_window->statusBar()->showMessage(tr("The data file is backed up to %1.").arg(native(path)),
                                       15000);
    return written;
}

void BackupCommands::chooseRestoreFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Restore from backup"),
                                                      documentsFolder(), backupFilter());
    if (!path.isEmpty())
        restoreFrom(path);
}

bool BackupCommands::restoreFrom(const QString &backupPath)
{
    if (!m_enabled || !m_session.canRestore())
        return false;
    const QString dataPath = m_session.path();
    const QString kept = dataPath + QStringLiteral(".before-restore");
    if (!MessageDialogs::confirm(
            m_window, tr("Restore from backup"),
            tr("The data in %1 will be replaced by the backup %2.\n\nThe current data is kept "
               "as %3.")
                .arg(native(dataPath), native(backupPath), native(kept)),
            tr("&Restore")))
        return false;

    emit released();
    const Status restored = m_session.restore(backupPath);
    if (!m_session.isOpen()) {
        // Neither the backup nor the file as it was could be opened: nothing left to show.
        MessageDialogs::error(m_window, tr("The data file cannot be opened"), restored.error());
        m_window->close();
        return false;
    }
    emit reopened();

    if (!restored) {
        m_banner->showMessage(restored.error());
        return false;
    }
    m_banner->clear();
    m_window->statusBar()->showMessage(
        tr("Restored the backup %1; the data it replaced is kept as %2.")
            .arg(native(backupPath), native(kept)),
        15000);
    return true;
}

} // namespace vfu
