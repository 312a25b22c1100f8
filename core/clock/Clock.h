#pragma once

#include <QDate>
#include <QDateTime>

namespace vfu {

// Nothing in VFU Desk reads the system date directly: a clock is passed in, so that a test
// can stand on any day and jump ahead.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate today);
    explicit FixedClock(QDateTime now);

    QDateTime now() const override { return m_now; }
    void setToday(QDate today);
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace vfu
