#pragma once

#include "core/journey/Journey.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace vfu {

// The value a step carries, asked for in the way that fits it: the HSA-ID (checked as it is
// typed), the choice of card, the new last day of a temporary card, or a note of what changed
// in the name. Hidden for steps that carry no value.
class StepValueInput final : public QWidget
{
    Q_OBJECT

public:
    explicit StepValueInput(QWidget *parent = nullptr);

    // Shows the input `step` needs; `state` gives the temporary card's current last day.
    void setStep(Step step, const JourneyState &state);
    bool needsValue() const { return m_needsValue; }
    // Whether the value can be recorded as it stands: an HSA-ID must be valid, a card chosen.
    bool isAcceptable() const;
    // As StudentService::record takes it; empty for the default.
    QString value() const;
    // Says why the HSA-ID typed is not one; the host places it below its row.
    QLabel *errorLabel() const { return m_error; }

signals:
    void changed();
    // Return was pressed in a text field.
    void submitted();

private:
    void validate();

    Step m_step = Step::KlippRegistered;
    bool m_needsValue = false;
    QLabel *m_label = nullptr;
    QLineEdit *m_hsaId = nullptr;
    QComboBox *m_choice = nullptr;
    QDateEdit *m_until = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace vfu
