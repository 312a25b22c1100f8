#pragma once

#include "support/Catch.h"
#include "ui/BackgroundWork.h"
#include "ui/MainWindow.h"

#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <memory>

namespace vfu::test {

// Runs the event loop until `condition` holds, as long work reports back through it; fails the
// test after ten seconds.
template <typename Condition>
void waitUntil(Condition condition, const char *what)
{
    const bool met = QTest::qWaitFor(condition, 10000);
    INFO("waited ten seconds for " << what);
    REQUIRE(met);
}

// Runs the event loop until the window has read its students (MainWindow::reload) and shows
// them; fails the test after ten seconds.
inline void waitForStudents(const MainWindow &window)
{
    waitUntil([&] { return !window.isLoading(); }, "the students to be read");
}

// Holds long work at its first progress report, so that a test can click Cancel while the work
// is certainly under way and not yet done. Lets the work go and removes itself when it goes.
class FirstProgressGate final
{
public:
    FirstProgressGate()
    {
        // Shared with the hook, which a worker may still hold after the gate is gone.
        BackgroundWork::setFirstProgressHook([state = m_state] {
            state->reached.store(true);
            state->open.acquire();
        });
    }
    ~FirstProgressGate()
    {
        release();
        BackgroundWork::setFirstProgressHook({});
    }
    FirstProgressGate(const FirstProgressGate &) = delete;
    FirstProgressGate &operator=(const FirstProgressGate &) = delete;

    // Whether a worker waits at the gate.
    bool reached() const { return m_state->reached.load(); }
    void release()
    {
        if (!m_released)
            m_state->open.release();
        m_released = true;
    }

private:
    struct State
    {
        std::atomic_bool reached = false;
        QSemaphore open;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
    bool m_released = false;
};

} // namespace vfu::test
