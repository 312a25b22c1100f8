#include "ui/BackgroundWork.h"

#include "core/StudentService.h"
#include "core/storage/Database.h"

#include <QThread>

namespace vfu {
namespace {

std::function<void()> &firstProgressHook()
{
    static std::function<void()> hook;
    return hook;
}

} // namespace

BackgroundWork::BackgroundWork(QString dataPath, const Clock &clock, Task task, QObject *parent)
    : QObject(parent)
    , m_dataPath(std::move(dataPath))
    , m_clock(clock)
    , m_task(std::move(task))
{}

BackgroundWork::~BackgroundWork()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
}

void BackgroundWork::setFirstProgressHook(std::function<void()> hook)
{
    firstProgressHook() = std::move(hook);
}

void BackgroundWork::start()
{
    if (m_thread)
        return;

    m_firstProgressHook = firstProgressHook();
    m_running = true;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("vfudesk-background-work"));
    connect(m_thread.get(), &QThread::finished, this, &BackgroundWork::reportOutcome);
    m_thread->start();
}

void BackgroundWork::cancel()
{
    m_cancelled.store(true);
}

void BackgroundWork::run()
{
    // The connection is opened, used and closed on this thread; the window's stays on its own.
    Result<std::unique_ptr<Database>> opened = Database::open(m_dataPath);
    if (!opened) {
        m_outcome = Status::failure(opened.error());
        return;
    }
    StudentService service(*opened.value(), m_clock);
    m_outcome =
        m_task(service, [this](qsizetype done, qsizetype total) { return report(done, total); });
}

bool BackgroundWork::report(qsizetype done, qsizetype total)
{
    if (!m_reported) {
        m_reported = true;
        if (m_firstProgressHook)
            m_firstProgressHook();
    }
    if (m_cancelled.load())
        return false;
    // Emitted on the worker thread: receivers on the window's thread get it queued.
    emit progressed(done, total);
    return true;
}

void BackgroundWork::reportOutcome()
{
    m_running = false;
    emit finished(m_outcome.value_or(Status::failure(tr("The work stopped without a result."))));
}

} // namespace vfu
