#pragma once

#include "core/journey/Journey.h"

#include <QWidget>

#include <vector>

class QFrame;
class QLabel;

namespace vfu {

// The ordinary steps of a student's journey as a row of boxes, each with the date it was
// taken; done steps are filled, the next one is outlined.
class JourneyStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit JourneyStrip(QWidget *parent = nullptr);

    void setJourney(const JourneyState &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Box
    {
        Step step = Step::KlippRegistered;
        QFrame *frame = nullptr;
        QLabel *mark = nullptr;
        QLabel *date = nullptr;
    };

    void updateLook();

    std::vector<Box> m_boxes;
    JourneyState m_state;
};

} // namespace vfu
