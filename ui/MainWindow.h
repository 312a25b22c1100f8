#pragma once

#include "core/StudentService.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace vfu {

class Clock;
class Database;
class ErrorBanner;
class ImportDialog;
class ImportsPage;
class SettingsDialog;
class StudentPage;
class StudentTableModel;
class StudentsPage;
class TodayModel;
class TodayPage;
class WelcomePage;

// The window: a sidebar with Today, Students and Imports, the page of each, and a student's page.
// It reads students through StudentService only, and reads them again only after a change.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section { Today, Students, Imports };

    MainWindow(Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads every student again: at the start and after an import.
    void reload();
    void showSection(Section section);
    void showStudent(qint64 studentId);
    // Opens the import preview on a file without blocking; null when the file cannot be read,
    // and the banner says why.
    ImportDialog *openImport(const QString &path);
    Status exportStudents(const QString &path, CsvDialect dialect);
    // Opens the settings without blocking; saving them refreshes Today and the students.
    SettingsDialog *openSettings();
    // Undoes the last change of the student shown, or of the student selected in the table.
    void undoLastChange();

    StudentService &service() { return m_service; }
    StudentTableModel *studentModel() const { return m_students; }
    TodayModel *todayModel() const { return m_today; }
    ErrorBanner *banner() const { return m_banner; }

private:
    QWidget *buildSidebar();
    void buildMenus();
    void chooseImportFile();
    void chooseExportFile();
    void studentChanged(qint64 studentId, const QString &message);
    void refreshToday();
    void updateCounts();
    void updateUndoAction();
    void sidebarRowChanged(int row);
    qint64 currentStudentId() const;

    StudentService m_service;
    QString m_path;
    Section m_section = Section::Today;

    StudentTableModel *m_students = nullptr;
    TodayModel *m_today = nullptr;
    ErrorBanner *m_banner = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    TodayPage *m_todayPage = nullptr;
    StudentsPage *m_studentsPage = nullptr;
    StudentPage *m_studentPage = nullptr;
    ImportsPage *m_importsPage = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_undoAction = nullptr;
};

} // namespace vfu
