#include "ui/StepRecorder.h"

#include "ui/Presentation.h"
#include "ui/StepValueInput.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace vfu {

StepRecorder::StepRecorder(QWidget *parent)
    : QWidget(parent)
    , m_row(new QWidget(this))
    , m_date(new QDateEdit(m_row))
    , m_value(new StepValueInput(m_row))
    , m_record(new QPushButton(m_row))
    , m_backToNext(new QToolButton(m_row))
    , m_allDone(new QLabel(tr("Every step of the track is done."), this))
    , m_other(new QToolButton(this))
    , m_menu(new QMenu(m_other))
{
    setObjectName(QStringLiteral("stepRecorder"));

    m_date->setObjectName(QStringLiteral("stepDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(QDate(2000, 1, 1));
    m_date->setToolTip(tr("The day the step happened"));
    auto *dateLabel = new QLabel(tr("&Date:"), m_row);
    dateLabel->setBuddy(m_date);

    m_record->setObjectName(QStringLiteral("recordStepButton"));
    m_record->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    connect(m_record, &QPushButton::clicked, this, &StepRecorder::record);
    connect(m_value, &StepValueInput::changed, this, &StepRecorder::updateButton);
    connect(m_value, &StepValueInput::submitted, this, &StepRecorder::record);

    m_backToNext->setObjectName(QStringLiteral("backToNextStepButton"));
    m_backToNext->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_backToNext->setAutoRaise(true);
    m_backToNext->setToolTip(tr("Back to the next step of the track"));
    connect(m_backToNext, &QToolButton::clicked, this, [this] {
        m_chosen.reset();
        showStep();
    });

    m_allDone->setObjectName(QStringLiteral("allStepsDone"));

    m_other->setObjectName(QStringLiteral("otherStepButton"));
    m_other->setText(tr("Record another step\u2026"));
    m_other->setPopupMode(QToolButton::InstantPopup);
    m_other->setMenu(m_menu);
    m_other->setToolTip(tr("Record a step out of order, a change of name or a longer "
                           "temporary card"));

    auto *rowLayout = new QHBoxLayout(m_row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(dateLabel);
    rowLayout->addWidget(m_date);
    rowLayout->addSpacing(8);
    rowLayout->addWidget(m_value);
    rowLayout->addSpacing(8);
    rowLayout->addWidget(m_record);
    rowLayout->addWidget(m_backToNext);

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_row);
    line->addWidget(m_allDone);
    line->addSpacing(8);
    line->addWidget(m_other);
    line->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(line);
    layout->addWidget(m_value->errorLabel());
    showStep();
}

void StepRecorder::setJourney(const JourneyState &state, QDate today)
{
    m_state = state;
    m_chosen.reset();
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    fillMenu();
    showStep();
}

void StepRecorder::fillMenu()
{
    m_menu->clear();
    const auto add = [this](Step step) {
        const QDate done = m_state.dateOf(step);
        const QString text = done.isValid() ? tr("%1 (recorded %2)").arg(Steps::label(step),
                                                                          Presentation::date(done))
                                            : Steps::label(step);
        QAction *action = m_menu->addAction(text);
        action->setObjectName(QStringLiteral("recordOther_") + Steps::code(step));
        action->setToolTip(Steps::description(step));
        connect(action, &QAction::triggered, this, [this, step] { chooseStep(step); });
    };

    // The track's steps in order; the JoBSH link's place can be filled by Canvas instead.
    for (const Step step : std::as_const(m_state.steps)) {
        add(step);
        if (step == Step::JobshLinkSent)
            add(Step::CanvasEnrolled);
    }
    m_menu->addSeparator();
    if (m_state.has(Step::TemporaryCardIssued))
        add(Step::TemporaryCardExtended);
    add(Step::NameChanged);
    m_menu->setToolTipsVisible(true);
}

void StepRecorder::chooseStep(Step step)
{
    m_chosen = step;
    showStep();
}

std::optional<Step> StepRecorder::step() const
{
    return m_chosen ? m_chosen : m_state.nextStep;
}

void StepRecorder::showStep()
{
    const std::optional<Step> shown = step();
    m_row->setVisible(shown.has_value());
    m_allDone->setVisible(!shown.has_value());
    m_backToNext->setVisible(m_chosen.has_value());
    if (shown) {
        m_record->setText(tr("Record: %1").arg(Steps::label(*shown)));
        m_record->setToolTip(Steps::description(*shown));
        m_value->setStep(*shown, m_state);
    } else {
        m_value->setStep(Step::KlippRegistered, m_state);
    }
    updateButton();
}

void StepRecorder::updateButton()
{
    m_record->setEnabled(step().has_value() && m_value->isAcceptable());
}

void StepRecorder::record()
{
    const std::optional<Step> shown = step();
    if (!shown || !m_value->isAcceptable())
        return;
    emit recordRequested(*shown, m_date->date(), m_value->value());
}

} // namespace vfu
