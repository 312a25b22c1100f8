#pragma once

#include <QDate>
#include <QWidget>

#include <utility>

class QDateEdit;

namespace vfu {

class Clock;

// A period of whole days, first and last inclusive, with the two terms of the clock's year one
// click away: spring from January 1 to June 30, autumn from July 1 to December 31.
class PeriodPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodPicker(const Clock &clock, QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;
    void setPeriod(QDate from, QDate to);
    // The term the clock stands in.
    void showCurrentTerm();

    static std::pair<QDate, QDate> springTerm(int year);
    static std::pair<QDate, QDate> autumnTerm(int year);
    static std::pair<QDate, QDate> termOf(QDate day);

signals:
    void periodChanged();

private:
    const Clock &m_clock;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace vfu
