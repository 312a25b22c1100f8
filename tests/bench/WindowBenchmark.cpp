// vfudesk-bench-window: the window's figures of issue 5, on the offscreen platform.
//
//   vfudesk-bench-window --database F --today D [--open-only] [--screenshot PNG]
//
// - open: from the start of main() (the QApplication included) to the end of the window's
//   first paint, with the data file opened; the students are read on a worker thread, and
//   "students shown" is when they are in the window, painted;
// - the parts of reading the students, one after the other on this thread: core's read
//   (StudentService::summaries), making the window's rows of them, and filling the models;
//   then the filter keystrokes on the filter model alone;
// - filter keystroke: typing into the Students filter, each key from the key event to the end
//   of the table's repaint, over a fixed sequence (a name typed and erased, an identity number
//   typed, the filter cleared);
// - resident memory with every student in the Students table, painted.
// Prints one JSON line per figure (see BenchSupport.h); scripts/bench runs it.

#include "BenchSupport.h"
#include "core/clock/Clock.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/StudentFilterModel.h"
#include "ui/StudentRows.h"
#include "ui/StudentTableModel.h"
#include "ui/TodayModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace vfu;
using namespace vfu::bench;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "vfudesk-bench-window: %s\n", qPrintable(message));
    return 1;
}

// Counts the paint events a widget receives, so that a measurement can wait for one.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QObject *parent)
        : QObject(parent)
    {}
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// Processes events until `counter` has seen a paint past `before` and the update is done, or
// until nothing is left to do: a keystroke that changes nothing on screen paints nothing.
bool settle(const PaintCounter &counter, int before)
{
    QElapsedTimer timer;
    timer.start();
    int idleRounds = 0;
    while (timer.elapsed() < 10000) {
        const int seen = counter.count;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (counter.count > before && counter.count == seen)
            return true; // painted, and this round painted nothing more
        if (counter.count == seen && ++idleRounds >= 3 && counter.count == before)
            return false; // three rounds without anything to paint
    }
    return counter.count > before;
}

void sendKey(QWidget *target, int key, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &release);
}

struct Keystroke
{
    int key;
    QString text;
};

// A coordinator looking for a student by name, then by number, then clearing the filter.
QList<Keystroke> typingSequence()
{
    QList<Keystroke> keys;
    for (const QChar c : QStringLiteral("lindstr"))
        keys.append({Qt::Key_unknown, QString(c)});
    for (int i = 0; i < 7; ++i)
        keys.append({Qt::Key_Backspace, QString()});
    for (const QChar c : QStringLiteral("19850"))
        keys.append({Qt::Key_unknown, QString(c)});
    for (int i = 0; i < 5; ++i)
        keys.append({Qt::Key_Backspace, QString()});
    return keys;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vfudesk.*.debug=false"));

    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("database"), QStringLiteral("The data file."), QStringLiteral("PATH")},
         {QStringLiteral("today"), QStringLiteral("Act as if today were this day."),
          QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("open-only"),
          QStringLiteral("Stop after the first paint (for timing the process).")},
         {QStringLiteral("screenshot"),
          QStringLiteral("Save the Students page filtered by \"and\" to this PNG, and stop."),
          QStringLiteral("PATH")}});
    parser.process(app);
    const QDate today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
    if (!today.isValid() || !parser.isSet(QStringLiteral("database")))
        return fail(QStringLiteral("usage: see the top of WindowBenchmark.cpp"));

    // Open to first paint, as vfudesk's main() does it.
    const FixedClock clock(today);
    Result<std::unique_ptr<Database>> database =
        Database::open(parser.value(QStringLiteral("database")));
    if (!database)
        return fail(database.error());
    MainWindow window(*database.value(), clock);
    auto *windowPaints = new PaintCounter(&window);
    for (QWidget *widget : window.findChildren<QWidget *>())
        widget->installEventFilter(windowPaints);
    window.installEventFilter(windowPaints);
    window.show();
    if (!settle(*windowPaints, 0))
        return fail(QStringLiteral("the window was never painted"));
    const double firstPaint = static_cast<double>(sinceStart.nsecsElapsed()) / 1e6;
    printFigure(QStringLiteral("window.openToFirstPaint"), once(firstPaint), QStringLiteral("ms"),
                window.studentModel()->rowCount());
    if (parser.isSet(QStringLiteral("open-only")))
        return 0;

    while (window.isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    settle(*windowPaints, windowPaints->count);
    const double studentsShown = static_cast<double>(sinceStart.nsecsElapsed()) / 1e6;
    const qint64 students = window.studentModel()->rowCount();
    printFigure(QStringLiteral("window.openToStudentsShown"), once(studentsShown),
                QStringLiteral("ms"), students);

    // Every student in the table, painted.
    window.showSection(MainWindow::Section::Students);
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("studentFilter"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("studentTable"));
    if (!filter || !table)
        return fail(QStringLiteral("the Students page has no filter or no table"));
    auto *tablePaints = new PaintCounter(&window);
    table->viewport()->installEventFilter(tablePaints);
    settle(*tablePaints, tablePaints->count);
    printFigure(QStringLiteral("window.residentWithAllShown"), once(residentMiB()),
                QStringLiteral("MiB"), table->model()->rowCount());

    filter->setFocus();
    if (parser.isSet(QStringLiteral("screenshot"))) {
        for (const QChar c : QStringLiteral("and"))
            sendKey(filter, Qt::Key_unknown, QString(c));
        settle(*tablePaints, tablePaints->count);
        const QString path = parser.value(QStringLiteral("screenshot"));
        return window.grab().save(path) ? 0 : fail(QStringLiteral("could not save ") + path);
    }
    Runs keystrokes;
    Runs clearing; // the last backspace: every student back, sorted
    for (const Keystroke &keystroke : typingSequence()) {
        const int before = tablePaints->count;
        const double ms = timeMs([&] {
            sendKey(filter, keystroke.key, keystroke.text);
            settle(*tablePaints, before);
        });
        keystrokes.wall.push_back(ms);
        keystrokes.cpu.push_back(lastCpuMs());
        if (filter->text().isEmpty()) {
            clearing.wall.push_back(ms);
            clearing.cpu.push_back(lastCpuMs());
        }
    }
    printFigure(QStringLiteral("window.filterKeystroke"), keystrokes, QStringLiteral("ms"),
                table->model()->rowCount());
    printFigure(QStringLiteral("window.filterKeystrokeWorst"),
                once(*std::max_element(keystrokes.wall.begin(), keystrokes.wall.end())));
    printFigure(QStringLiteral("window.filterCleared"), clearing);
    printFigure(QStringLiteral("window.residentAfterFiltering"), once(residentMiB()),
                QStringLiteral("MiB"));

    // The reading of the students in its parts, one after the other, on this thread.
    StudentService service(*database.value(), clock);
    Result<QList<StudentSummary>> summaries = Result<QList<StudentSummary>>::failure({});
    printFigure(QStringLiteral("window.load.coreRead"),
                once(timeMs([&] { summaries = service.summaries(); })), QStringLiteral("ms"),
                students);
    if (!summaries)
        return fail(summaries.error());
    StudentRows rows;
    printFigure(QStringLiteral("window.load.makeRows"),
                once(timeMs([&] { rows = StudentRows::make(*summaries); })));
    summaries = Result<QList<StudentSummary>>::failure({});
    StudentTableModel model;
    TodayModel due;
    StudentFilterModel sorted(clock);
    sorted.setStudentModel(&model);
    sorted.sort(StudentTableModel::FamilyNameColumn, Qt::AscendingOrder);
    printFigure(QStringLiteral("window.load.fillModels"), once(timeMs([&] {
                    due.setActions(rows.todayActions(), today);
                    model.setRows(std::move(rows));
                })));

    // The same keystrokes on the filter model alone, without a view: what the filtering costs.
    Runs filtering;
    QString typed;
    for (const Keystroke &keystroke : typingSequence()) {
        if (keystroke.key == Qt::Key_Backspace)
            typed.chop(1);
        else
            typed += keystroke.text;
        filtering.wall.push_back(timeMs([&] { sorted.setFilterText(typed); }));
        filtering.cpu.push_back(lastCpuMs());
    }
    printFigure(QStringLiteral("window.filterModelOnly"), filtering);
    return 0;
}
