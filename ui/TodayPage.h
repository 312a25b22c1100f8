#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace vfu {

class Clock;
class TodayModel;

// What is due, across all students, most urgent first.
class TodayPage final : public QWidget
{
    Q_OBJECT

public:
    TodayPage(TodayModel *actions, const Clock &clock, QWidget *parent = nullptr);

    // Call after the model changed: the heading says the date and how much is due.
    void updateHeading();

signals:
    void studentActivated(qint64 studentId);

private:
    const Clock &m_clock;
    TodayModel *m_actions = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace vfu
