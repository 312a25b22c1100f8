#include "ui/MainWindow.h"

#include "core/storage/Database.h"
#include "ui/BackgroundWork.h"
#include "ui/BackupCommands.h"
#include "ui/CompensationPage.h"
#include "ui/DataSession.h"
#include "ui/ErrorBanner.h"
#include "ui/ImportsPage.h"
#include "ui/LoadingPage.h"
#include "ui/MessageDialogs.h"
#include "ui/PlacementsPage.h"
#include "ui/Presentation.h"
#include "ui/SettingsDialog.h"
#include "ui/StudentPage.h"
#include "ui/StudentRows.h"
#include "ui/StudentTableModel.h"
#include "ui/StudentsPage.h"
#include "ui/TodayModel.h"
#include "ui/TodayPage.h"
#include "ui/UnitsPage.h"
#include "ui/WelcomePage.h"
#include "ui/WorkProgress.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace vfu {
namespace {

constexpr int todayRow = 0;
constexpr int studentsRow = 1;
constexpr int importsRow = 2;
constexpr int placementsRow = 3;
constexpr int unitsRow = 4;
constexpr int compensationRow = 5;

// Gives the memory that reading every student took back to the system. The summaries of
// 100,000 students take twice the window's memory budget; freed, glibc keeps most of it for
// later unless asked.
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace

MainWindow::MainWindow(DataSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(&session)
{
    setUp();
}

MainWindow::MainWindow(Database &database, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_ownSession(std::make_unique<DataSession>(database, clock))
    , m_session(m_ownSession.get())
{
    setUp();
}

MainWindow::~MainWindow()
{
    // Work still running stops before the session it reads goes; the pages go with it.
    delete m_work;
    stopLoading();
    dropPages();
}

void MainWindow::setUp()
{
    m_path = m_session->path();
    m_students = new StudentTableModel(this);
    m_today = new TodayModel(this);
    m_banner = new ErrorBanner(this);
    m_stack = new QStackedWidget(this);
    m_welcomePage = new WelcomePage(this);
    m_loadingPage = new LoadingPage(this);
    m_studentsPage = new StudentsPage(m_students, m_session->clock(), this);
    m_countLabel = new QLabel(this);
    m_pathLabel = new QLabel(this);
    m_workProgress = new WorkProgress(this);
    m_backups = new BackupCommands(*m_session, m_banner, this);

    setObjectName(QStringLiteral("mainWindow"));
    setWindowFilePath(m_path);
    resize(1200, 750);

    m_stack->setObjectName(QStringLiteral("pages"));
    m_stack->addWidget(m_welcomePage);
    m_stack->addWidget(m_loadingPage);
    m_stack->addWidget(m_studentsPage);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(buildSidebar());
    body->addWidget(separator);
    body->addWidget(m_stack, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_countLabel->setObjectName(QStringLiteral("statusStudentCount"));
    m_pathLabel->setObjectName(QStringLiteral("statusDataFile"));
    m_pathLabel->setText(QDir::toNativeSeparators(m_path));
    m_pathLabel->setToolTip(tr("The data file"));
    // Permanent, so that a passing status message never hides the progress of long work.
    statusBar()->addPermanentWidget(m_workProgress);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    buildMenus();

    connect(m_welcomePage, &WelcomePage::importRequested, this, &MainWindow::chooseImportFile);
    connect(m_studentsPage, &StudentsPage::studentActivated, this, &MainWindow::showStudent);
    connect(m_studentsPage, &StudentsPage::currentStudentChanged, this,
            &MainWindow::updateUndoAction);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateUndoAction);
    connect(m_backups, &BackupCommands::released, this, [this] {
        stopLoading();
        dropPages();
    });
    connect(m_backups, &BackupCommands::reopened, this, [this] {
        buildPages();
        reload();
        showSection(m_section);
    });

    buildPages();
    reload();
    showSection(Section::Today);
}

void MainWindow::buildPages()
{
    StudentService &service = m_session->students();
    m_todayPage = new TodayPage(m_today, service, this);
    m_studentPage = new StudentPage(service, this);
    m_importsPage = new ImportsPage(service, this);
    for (QWidget *page :
         {static_cast<QWidget *>(m_todayPage), static_cast<QWidget *>(m_studentPage),
          static_cast<QWidget *>(m_importsPage)})
        m_stack->addWidget(page);

    connect(m_todayPage, &TodayPage::studentActivated, this, &MainWindow::showStudent);
    connect(m_todayPage, &TodayPage::studentChanged, this, &MainWindow::studentChanged);
    connect(m_importsPage, &ImportsPage::importUndone, this, [this](const QString &message) {
        reload();
        statusBar()->showMessage(message, 15000);
    });
    connect(m_studentPage, &StudentPage::studentChanged, this, &MainWindow::studentChanged);
    connect(m_studentPage, &StudentPage::backRequested, this, [this] { showSection(m_section); });
}

void MainWindow::buildPlacementPages()
{
    // Built when first shown, not with the window: they read every student on this thread.
    if (m_placementsPage != nullptr)
        return;
    StudentService &service = m_session->students();
    PlacementService &placements = m_session->placements();
    m_placementsPage = new PlacementsPage(placements, service, m_session->clock(), this);
    m_unitsPage = new UnitsPage(placements, service, m_session->clock(), this);
    m_compensationPage = new CompensationPage(placements, service, m_session->clock(), this);
    for (QWidget *page :
         {static_cast<QWidget *>(m_placementsPage), static_cast<QWidget *>(m_unitsPage),
          static_cast<QWidget *>(m_compensationPage)})
        m_stack->addWidget(page);

    const auto showMessage = [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    };
    connect(m_placementsPage, &PlacementsPage::statusMessage, this, showMessage);
    connect(m_unitsPage, &UnitsPage::statusMessage, this, showMessage);
    connect(m_compensationPage, &CompensationPage::statusMessage, this, showMessage);
    connect(m_placementsPage, &PlacementsPage::studentActivated, this, &MainWindow::showStudent);
    // A placement changes what blocks a student, and the compensation basis.
    connect(m_placementsPage, &PlacementsPage::changed, this, [this] {
        reload();
        m_compensationPage->reload();
    });
    connect(m_unitsPage, &UnitsPage::changed, m_placementsPage, &PlacementsPage::reload);
    connect(m_placementsPage, &PlacementsPage::importRequested, this,
            [this] { importPlacementFile(false); });
    connect(m_unitsPage, &UnitsPage::importRequested, this, [this] { importPlacementFile(true); });
}

void MainWindow::dropPages()
{
    // Deleted at once, not later: no event may reach a page whose service is gone.
    if (m_stack->currentWidget() != m_studentsPage)
        m_stack->setCurrentWidget(m_welcomePage);
    delete m_todayPage;
    delete m_studentPage;
    delete m_importsPage;
    delete m_placementsPage;
    delete m_unitsPage;
    delete m_compensationPage;
    m_todayPage = nullptr;
    m_studentPage = nullptr;
    m_importsPage = nullptr;
    m_placementsPage = nullptr;
    m_unitsPage = nullptr;
    m_compensationPage = nullptr;
}

StudentService &MainWindow::service()
{
    return m_session->students();
}

QWidget *MainWindow::buildSidebar()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(190);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The sidebar is part of the window's frame, not a document: it takes the window colour.
    QPalette colours = m_sidebar->palette();
    colours.setColor(QPalette::Base, colours.color(QPalette::Window));
    m_sidebar->setPalette(colours);

    const int rowHeight = fontMetrics().height() + 18;
    auto *today = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogInfoView),
                                      tr("Today"), m_sidebar);
    auto *students = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                         tr("Students"), m_sidebar);
    auto *imports = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                        tr("Imports"), m_sidebar);
    auto *placementsItem =
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DirIcon), tr("Placements"), m_sidebar);
    auto *unitsItem =
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Units"), m_sidebar);
    auto *compensationItem = new QListWidgetItem(
        style()->standardIcon(QStyle::SP_FileDialogListView), tr("Compensation"), m_sidebar);
    for (QListWidgetItem *item :
         {today, students, imports, placementsItem, unitsItem, compensationItem})
        item->setSizeHint(QSize(0, rowHeight));
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::sidebarRowChanged);
    return m_sidebar;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_importAction = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton),
                                     tr("&Import Ladok list\u2026"));
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseImportFile);
    m_exportAction = file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton),
                                     tr("&Export students\u2026"));
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::chooseExportFile);
    file->addSeparator();
    m_backups->addTo(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo last change"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undoLastChange);
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings\u2026"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, [this] { openSettings()->open(); });
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find student"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showSection(Section::Students);
        if (auto *filter =
                m_studentsPage->findChild<QLineEdit *>(QStringLiteral("studentFilter"))) {
            filter->setFocus();
            filter->selectAll();
        }
    });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *today = go->addAction(tr("&Today"));
    today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(today, &QAction::triggered, this, [this] { showSection(Section::Today); });
    QAction *students = go->addAction(tr("&Students"));
    students->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(students, &QAction::triggered, this, [this] { showSection(Section::Students); });
    QAction *imports = go->addAction(tr("&Imports"));
    imports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(imports, &QAction::triggered, this, [this] { showSection(Section::Imports); });
}

void MainWindow::reload()
{
    m_importsPage->reload();
    if (m_stack->currentWidget() == m_studentPage)
        m_studentPage->reload();
    if (m_load != nullptr) {
        m_reloadAgain = true;
        return;
    }
    startLoading();
}

void MainWindow::startLoading()
{
    // Filled on the worker thread, read here only once the worker is done.
    auto rows = std::make_shared<StudentRows>();
    m_load = new BackgroundWork(
        m_path, m_session->clock(),
        [rows](StudentService &service, const Progress &) {
            const Result<QList<StudentSummary>> summaries = service.summaries();
            if (!summaries)
                return Status::failure(summaries.error());
            *rows = StudentRows::make(*summaries);
            return ok();
        },
        this);
    connect(m_load, &BackgroundWork::finished, this,
            [this, rows](const Status &read) { showStudents(read, std::move(*rows)); });
    m_load->start();
    updateCounts();
}

void MainWindow::stopLoading()
{
    // Waits for the worker: the reading cannot be interrupted, and its connection must close
    // before the data file does.
    delete m_load;
    m_load = nullptr;
    m_reloadAgain = false;
}

void MainWindow::showStudents(const Status &read, StudentRows rows)
{
    m_load->deleteLater();
    m_load = nullptr;
    if (m_reloadAgain) {
        m_reloadAgain = false;
        startLoading();
        return;
    }
    if (!read) {
        updateCounts();
        MessageDialogs::error(this, tr("The data file cannot be read"),
                              tr("VFU Desk cannot read the students of %1.\n\n%2")
                                  .arg(QDir::toNativeSeparators(m_path), read.error()));
        return;
    }

    const qint64 selected = m_studentsPage->currentStudentId();
    m_today->setActions(rows.todayActions(), m_session->clock().today());
    m_students->setRows(std::move(rows));
    refreshToday();
    if (selected != 0)
        m_studentsPage->selectStudent(selected);
    // The summaries are gone with the worker, and what they left is free.
    releaseFreedMemory();
    emit studentsLoaded();
}

void MainWindow::refreshToday()
{
    m_todayPage->refresh();
    updateCounts();
}

void MainWindow::updateCounts()
{
    const int students = m_students->rowCount();
    const int due = m_today->totalCount();
    m_sidebar->item(todayRow)->setText(due > 0 ? tr("Today (%1)").arg(due) : tr("Today"));
    m_sidebar->item(studentsRow)->setText(tr("Students"));
    const bool reading = students == 0 && isLoading();
    m_countLabel->setText(reading ? tr("Reading students\u2026")
                                  : tr("%n student(s)", nullptr, students));
    updateFileActions();
    updateUndoAction();

    // An empty data file has nothing to show but the way in (and the imports, if open).
    if (students == 0 && m_stack->currentWidget() != m_importsPage)
        m_stack->setCurrentWidget(reading ? static_cast<QWidget *>(m_loadingPage)
                                          : static_cast<QWidget *>(m_welcomePage));
    else if (m_stack->currentWidget() == m_welcomePage || m_stack->currentWidget() == m_loadingPage)
        showSection(m_section);
}

void MainWindow::sidebarRowChanged(int row)
{
    if (row == todayRow)
        showSection(Section::Today);
    else if (row == studentsRow)
        showSection(Section::Students);
    else if (row == importsRow)
        showSection(Section::Imports);
    else if (row == placementsRow)
        showSection(Section::Placements);
    else if (row == unitsRow)
        showSection(Section::Units);
    else if (row == compensationRow)
        showSection(Section::Compensation);
}

void MainWindow::showSection(Section section)
{
    m_section = section;
    {
        const QSignalBlocker blocker(m_sidebar);
        const int rows[] = {todayRow,      studentsRow, importsRow,
                            placementsRow, unitsRow,    compensationRow};
        m_sidebar->setCurrentRow(rows[static_cast<int>(section)]);
    }
    // Placements, units and the compensation basis are read when they are shown.
    if (section == Section::Placements || section == Section::Units ||
        section == Section::Compensation) {
        // Pages built now have just read what they show.
        const bool built = m_placementsPage == nullptr;
        buildPlacementPages();
        QWidget *placementPage =
            section == Section::Placements ? static_cast<QWidget *>(m_placementsPage)
            : section == Section::Units    ? static_cast<QWidget *>(m_unitsPage)
                                           : static_cast<QWidget *>(m_compensationPage);
        if (!built && section == Section::Placements)
            m_placementsPage->reload();
        else if (!built && section == Section::Units)
            m_unitsPage->reload();
        else if (!built)
            m_compensationPage->reload();
        m_stack->setCurrentWidget(placementPage);
        return;
    }
    // The imports stay reachable with no student left: an undone import empties the file.
    if (section == Section::Imports)
        m_stack->setCurrentWidget(m_importsPage);
    else if (m_students->rowCount() == 0)
        m_stack->setCurrentWidget(isLoading() ? static_cast<QWidget *>(m_loadingPage)
                                              : static_cast<QWidget *>(m_welcomePage));
    else if (section == Section::Today)
        m_stack->setCurrentWidget(m_todayPage);
    else
        m_stack->setCurrentWidget(m_studentsPage);
}

void MainWindow::showStudent(qint64 studentId)
{
    if (studentId == 0)
        return;
    if (m_section == Section::Students)
        m_studentsPage->selectStudent(studentId);
    m_studentPage->setBackText(m_section == Section::Today ? tr("Back to Today")
                                                           : tr("Back to Students"));
    if (m_section != Section::Today && m_section != Section::Students)
        m_section = Section::Students;
    m_studentPage->showStudent(studentId);
    m_stack->setCurrentWidget(m_studentPage);
}

qint64 MainWindow::currentStudentId() const
{
    if (m_stack->currentWidget() == m_studentPage)
        return m_studentPage->studentId();
    if (m_stack->currentWidget() == m_studentsPage)
        return m_studentsPage->currentStudentId();
    return 0;
}

void MainWindow::updateUndoAction()
{
    const qint64 id = currentStudentId();
    const int row = m_students->rowOfStudent(id);
    m_undoAction->setEnabled(row >= 0);
    m_undoAction->setText(row >= 0 ? tr("&Undo last change of %1").arg(m_students->nameAt(row))
                                   : tr("&Undo last change"));
}

void MainWindow::undoLastChange()
{
    const qint64 id = currentStudentId();
    if (id == 0)
        return;
    if (m_stack->currentWidget() == m_studentPage) {
        m_studentPage->undoLastChange();
        return;
    }

    const Result<JourneyEvent> undone = service().undoLast(id);
    if (!undone) {
        m_banner->showMessage(undone.error());
        return;
    }
    studentChanged(id, Presentation::undone(*undone));
}

void MainWindow::studentChanged(qint64 studentId, const QString &message)
{
    // One student changed: replace that row, not the whole table.
    const Result<StudentSummary> summary = service().summary(studentId);
    if (!summary || !m_students->updateSummary(*summary)) {
        reload();
    } else {
        const int order = m_students->rowOfStudent(studentId);
        QList<TodayAction> actions;
        for (const DueAction &due : summary->journey.dueActions)
            actions.append(m_students->rowMaker().action(summary->student, due, order));
        m_today->replaceStudent(studentId, actions);
        refreshToday();
        // Students being read may have been read before this change.
        if (m_load != nullptr)
            m_reloadAgain = true;
    }
    m_banner->clear();
    statusBar()->showMessage(message, 10000);
}

} // namespace vfu
