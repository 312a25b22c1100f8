#pragma once

#include "core/journey/Journey.h"

#include <QWidget>

#include <vector>

class QFrame;
class QHBoxLayout;
class QLabel;

namespace vfu {

// The steps of a student's journey as a row of boxes, each with the date it was
// taken; done steps are filled, the next one is outlined.
class JourneyStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit JourneyStrip(QWidget *parent = nullptr);

    // `steps` are the steps of the student's track, in order; a box is made for each.
    void setJourney(const QList<Step> &steps, const JourneyState &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Box
    {
        Step step = Step::KlippRegistered;
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *mark = nullptr;
        QLabel *date = nullptr;
    };

    void rebuild(const QList<Step> &steps);
    void updateLook();

    QHBoxLayout *m_layout = nullptr;
    QList<Step> m_steps;
    std::vector<Box> m_boxes;
    JourneyState m_state;
};

} // namespace vfu
