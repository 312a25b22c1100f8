#pragma once

#include "core/StudentService.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace vfu {

class BackgroundWork;
class BackupCommands;
class Clock;
class DataSession;
class Database;
class ErrorBanner;
class ImportDialog;
class ImportsPage;
class LoadingPage;
class PlacementsPage;
class UnitsPage;
class CompensationPage;
class SettingsDialog;
class StudentPage;
class StudentTableModel;
struct StudentRows;
class StudentsPage;
class TodayModel;
class TodayPage;
class WelcomePage;
class WorkProgress;

// The window: a sidebar with Today, Students and Imports, the page of each, and a student's page.
// It reads students through StudentService only, and reads them again only after a change.
// Every student is read on a worker thread, so that the window is up before they are; until
// the first reading is done it says that it is reading. Imports and exports run on a worker
// thread too; one of them at a time.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { Today, Students, Imports, Placements, Units, Compensation };

    // Works on the session's data file; it outlives the window.
    explicit MainWindow(DataSession &session, QWidget *parent = nullptr);
    // Works on a data file that the caller opened and keeps open: everything but a restore,
    // which needs the file closed.
    MainWindow(Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads every student again, on a worker thread: at the start and after an import. The
    // window shows what it had until the students read are there; studentsLoaded() says when.
    void reload();
    // Whether students are being read.
    bool isLoading() const { return m_load != nullptr; }
    void showSection(Section section);
    void showStudent(qint64 studentId);
    // Opens the import preview on a file without blocking; null when the file cannot be read,
    // and the banner says why.
    ImportDialog *openImport(const QString &path);
    // Starts writing every student to `path` on a worker thread. The status bar shows the
    // progress and Cancel, then what was written; the banner says why nothing was. Null when
    // other long work still runs.
    BackgroundWork *exportStudents(const QString &path, CsvDialect dialect);
    // Opens the settings without blocking; saving them refreshes Today and the students.
    SettingsDialog *openSettings();
    // Undoes the last change of the student shown, or of the student selected in the table.
    void undoLastChange();

    StudentService &service();
    StudentTableModel *studentModel() const { return m_students; }
    TodayModel *todayModel() const { return m_today; }
    ErrorBanner *banner() const { return m_banner; }
    BackupCommands *backups() const { return m_backups; }

signals:
    // The students that reload() read are in the models and on the pages.
    void studentsLoaded();

private:
    void setUp();
    QWidget *buildSidebar();
    void buildMenus();
    // The pages that refer to the data file's services; a restore drops and builds them again.
    void buildPages();
    void buildPlacementPages();
    void dropPages();
    void chooseImportFile();
    // Units or placements from a CSV file, with a preview: `units` picks which.
    void importPlacementFile(bool units);
    void chooseExportFile();
    void updateFileActions();
    void studentChanged(qint64 studentId, const QString &message);
    void startLoading();
    void stopLoading();
    void showStudents(const Status &read, StudentRows rows);
    void refreshToday();
    void updateCounts();
    void updateUndoAction();
    void sidebarRowChanged(int row);
    qint64 currentStudentId() const;

    std::unique_ptr<DataSession> m_ownSession;
    DataSession *m_session = nullptr;
    QString m_path;
    Section m_section = Section::Today;

    StudentTableModel *m_students = nullptr;
    TodayModel *m_today = nullptr;
    ErrorBanner *m_banner = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    LoadingPage *m_loadingPage = nullptr;
    TodayPage *m_todayPage = nullptr;
    StudentsPage *m_studentsPage = nullptr;
    StudentPage *m_studentPage = nullptr;
    ImportsPage *m_importsPage = nullptr;
    PlacementsPage *m_placementsPage = nullptr;
    UnitsPage *m_unitsPage = nullptr;
    CompensationPage *m_compensationPage = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    WorkProgress *m_workProgress = nullptr;
    BackgroundWork *m_work = nullptr;
    // Reads the students; apart from m_work, which writes.
    BackgroundWork *m_load = nullptr;
    // A change came while students were read: what is read may predate it.
    bool m_reloadAgain = false;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    BackupCommands *m_backups = nullptr;
    QAction *m_undoAction = nullptr;
};

} // namespace vfu
