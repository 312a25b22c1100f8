#include "core/clock/Clock.h"

namespace vfu {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

FixedClock::FixedClock(QDate today)
    : m_now(today, QTime(9, 0))
{}

FixedClock::FixedClock(QDateTime now)
    : m_now(std::move(now))
{}

void FixedClock::setToday(QDate today)
{
    m_now = QDateTime(today, m_now.time());
}

} // namespace vfu
