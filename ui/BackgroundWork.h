#pragma once

#include "core/Result.h"
#include "core/io/StudentImport.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace vfu {

class Clock;
class StudentService;

// Long work on the data file (an import, an export) on a thread of its own, so that the window
// stays responsive. A database connection belongs to the thread that opened it, so the work
// opens its own connection to the same file, with its own StudentService on the same clock.
// It reports progress, can be cancelled at each report, and says how it ended in finished().
class BackgroundWork final : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker thread; `progress` returns false once the work is cancelled.
    using Task = std::function<Status(StudentService &service, const Progress &progress)>;

    BackgroundWork(QString dataPath, const Clock &clock, Task task, QObject *parent = nullptr);
    // Cancels work still running and waits for it to stop.
    ~BackgroundWork() override;

    void start();
    // Asks the work to stop at its next progress report. It still reports finished(), with
    // the reason the task gives (an import rolls back, an export writes no file).
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled.load(); }

    // For tests: called on the worker thread at the first progress report of each work started
    // later, before the work asks whether to go on. A test can hold the work there until it
    // has clicked Cancel. An empty function removes the hook.
    static void setFirstProgressHook(std::function<void()> hook);

signals:
    void progressed(qint64 done, qint64 total);
    // On the thread that started the work, after the worker's connection is closed.
    void finished(const vfu::Status &status);

private:
    void run();
    bool report(qsizetype done, qsizetype total);
    void reportOutcome();

    const QString m_dataPath;
    const Clock &m_clock;
    const Task m_task;
    std::function<void()> m_firstProgressHook;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancelled = false;
    bool m_running = false;
    // Worker-thread state, read on the starting thread only after the worker has finished.
    bool m_reported = false;
    std::optional<Status> m_outcome;
};

} // namespace vfu
