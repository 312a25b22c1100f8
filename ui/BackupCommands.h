#pragma once

#include "core/Result.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace vfu {

class DataSession;
class ErrorBanner;

// File → Back up… and Restore from backup…. A backup is written through the window's own
// connection while everything stays open. A restore needs the file closed: the window first
// lets go of everything that refers to the session's database and services (released), the
// session puts the backup in place and opens the file again, and the window reads it all
// again (reopened).
class BackupCommands final : public QObject
{
    Q_OBJECT

public:
    // The banner and the status bar of `window` say how a command went.
    BackupCommands(DataSession &session, ErrorBanner *banner, QMainWindow *window);

    // Restore is offered only when the session can close its file.
    void addTo(QMenu *menu);
    // Off while long work reads the file; restoreFrom() does nothing then.
    void setEnabled(bool enabled);

    // Writes a backup to `path`, a new file.
    Status backUp(const QString &path);
    // Asks to confirm, then puts the backup in place of the data file, keeping the current data
    // beside it. False when nothing was restored (not confirmed, or the banner says why).
    bool restoreFrom(const QString &backupPath);

signals:
    // The file is about to close: whatever refers to the session's database or services must go
    // before this returns.
    void released();
    // The file is open again, restored or as it was.
    void reopened();

private:
    void chooseBackupFile();
    void chooseRestoreFile();

    DataSession &m_session;
    ErrorBanner *m_banner = nullptr;
    QMainWindow *m_window = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
    bool m_enabled = true;
};

} // namespace vfu
