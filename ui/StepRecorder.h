#pragma once

#include "core/journey/Journey.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace vfu {

class StepValueInput;

// The row that records a step on a date (today by default): the next step of the student's
// track, or any other step chosen from "Record another step…". Steps that carry a value ask
// for it. It only asks; the page records.
class StepRecorder final : public QWidget
{
    Q_OBJECT

public:
    explicit StepRecorder(QWidget *parent = nullptr);

    // Offers the next step of `state`, with dates up to `today`.
    void setJourney(const JourneyState &state, QDate today);
    // Offers another step than the next one, as the menu does.
    void chooseStep(Step step);
    // The step Record would record: the one chosen, else the next one.
    std::optional<Step> step() const;
    // Asks to record the step shown, when its value is acceptable.
    void record();

signals:
    void recordRequested(Step step, QDate date, const QString &value);

private:
    void fillMenu();
    void showStep();
    void updateButton();

    JourneyState m_state;
    std::optional<Step> m_chosen;

    QWidget *m_row = nullptr;
    QDateEdit *m_date = nullptr;
    StepValueInput *m_value = nullptr;
    QPushButton *m_record = nullptr;
    QToolButton *m_backToNext = nullptr;
    QLabel *m_allDone = nullptr;
    QToolButton *m_other = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace vfu
