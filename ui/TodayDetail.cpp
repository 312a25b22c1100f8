#include "ui/TodayDetail.h"

#include "ui/ErrorBanner.h"
#include "ui/Presentation.h"
#include "ui/StepValueInput.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vfu {

TodayDetail::TodayDetail(StudentService &service, QWidget *parent)
    : QFrame(parent)
    , m_service(service)
    , m_empty(new QLabel(tr("Choose an action to see why it is due and what to do."), this))
    , m_body(new QWidget(this))
    , m_banner(new ErrorBanner(m_body))
    , m_title(new QLabel(m_body))
    , m_why(new QLabel(m_body))
    , m_checklist(new QLabel(m_body))
    , m_value(new StepValueInput(m_body))
    , m_resolve(new QPushButton(m_body))
    , m_canvas(new QPushButton(m_body))
    , m_open(new QPushButton(tr("Open student"), m_body))
    , m_until(new QDateEdit(m_body))
    , m_note(new QLineEdit(m_body))
    , m_setAside(new QPushButton(tr("Set aside"), m_body))
{
    setObjectName(QStringLiteral("todayDetail"));
    setFrameShape(QFrame::StyledPanel);

    m_empty->setObjectName(QStringLiteral("todayDetailEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    m_title->setObjectName(QStringLiteral("todayDetailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_why->setObjectName(QStringLiteral("todayDetailWhy"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checklist->setObjectName(QStringLiteral("lartorgetChecklist"));
    m_checklist->setWordWrap(true);
    m_checklist->setTextFormat(Qt::RichText);

    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_resolve->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_resolve->setDefault(true);
    connect(m_resolve, &QPushButton::clicked, this, &TodayDetail::resolve);
    connect(m_value, &StepValueInput::changed, this, &TodayDetail::updateButtons);
    connect(m_value, &StepValueInput::submitted, this, &TodayDetail::resolve);
    m_canvas->setObjectName(QStringLiteral("resolveOnCanvasButton"));
    m_canvas->setText(tr("Record: %1, today").arg(Steps::label(Step::CanvasEnrolled)));
    connect(m_canvas, &QPushButton::clicked, this, &TodayDetail::resolveOnCanvas);
    m_open->setObjectName(QStringLiteral("openStudentButton"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_action)
            emit openStudent(m_action->studentId);
    });

    m_until->setObjectName(QStringLiteral("setAsideDate"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setToolTip(tr("The action stays off Today up to and including this day"));
    auto *untilLabel = new QLabel(tr("Set aside &until:"), m_body);
    untilLabel->setBuddy(m_until);
    m_note->setObjectName(QStringLiteral("setAsideNote"));
    m_note->setPlaceholderText(tr("Note, e.g. student mailed, waiting"));
    connect(m_note, &QLineEdit::returnPressed, this, &TodayDetail::setAside);
    m_setAside->setObjectName(QStringLiteral("setAsideButton"));
    connect(m_setAside, &QPushButton::clicked, this, &TodayDetail::setAside);

    auto *doLine = new QHBoxLayout;
    doLine->addWidget(m_value);
    doLine->addWidget(m_resolve);
    doLine->addWidget(m_canvas);
    doLine->addStretch(1);
    doLine->addWidget(m_open);
    auto *asideLine = new QHBoxLayout;
    asideLine->addWidget(untilLabel);
    asideLine->addWidget(m_until);
    asideLine->addWidget(m_note, 1);
    asideLine->addWidget(m_setAside);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(6);
    body->addWidget(m_banner);
    body->addWidget(m_title);
    body->addWidget(m_why);
    body->addWidget(m_checklist);
    body->addLayout(doLine);
    body->addWidget(m_value->errorLabel());
    body->addLayout(asideLine);
    body->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_body, 1);
    setAction(nullptr);
}

void TodayDetail::setAction(const TodayAction *action)
{
    m_banner->clear();
    m_empty->setVisible(action == nullptr);
    m_body->setVisible(action != nullptr);
    if (!action) {
        m_action.reset();
        return;
    }
    m_action = *action;

    const DueAction &due = action->action;
    m_title->setText(tr("%1 \u00b7 %2 \u00b7 due %3 (%4)")
                         .arg(Journey::actionLabel(due.kind), action->studentName,
                              Presentation::date(due.due), Journey::urgencyLabel(due.urgency)));
    m_why->setText(due.why);

    const bool stuck = Journey::stuckBeforeJobsh(due.kind);
    m_checklist->setVisible(stuck);
    if (stuck) {
        QString items;
        for (const QString &item : Journey::lartorgetChecklist())
            items += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        m_checklist->setText(
            QStringLiteral("<b>%1</b><ol style=\"margin-top:2px\">%2</ol>")
                .arg(tr("If the student cannot log in to Lärtorget:").toHtmlEscaped(), items));
    }

    // The value input needs the student's journey (the temporary card's last day).
    const Result<StudentSummary> summary = m_service.summary(action->studentId);
    m_value->setStep(due.resolvedBy, summary ? summary->journey : JourneyState{});
    m_resolve->setText(tr("Record: %1, today").arg(Steps::label(due.resolvedBy)));
    m_resolve->setToolTip(Steps::description(due.resolvedBy));
    m_canvas->setVisible(due.resolvedBy == Step::JobshLinkSent && summary &&
                         (summary->journey.track == Track::NoPersonalNumber || action->exchange));

    const QDate today = m_service.clock().today();
    m_until->setMinimumDate(today);
    m_until->setDate(today.addDays(7));
    m_note->clear();
    updateButtons();
}

void TodayDetail::updateButtons()
{
    m_resolve->setEnabled(m_action && m_value->isAcceptable());
}

void TodayDetail::resolve()
{
    if (m_action && m_value->isAcceptable())
        recordStep(m_action->action.resolvedBy, m_value->value());
}

void TodayDetail::resolveOnCanvas()
{
    if (m_action)
        recordStep(Step::CanvasEnrolled, {});
}

void TodayDetail::recordStep(Step step, const QString &value)
{
    const qint64 studentId = m_action->studentId;
    const Result<JourneyEvent> event =
        m_service.record(studentId, step, m_service.clock().today(), value);
    if (!event) {
        m_banner->showMessage(event.error());
        return;
    }
    m_banner->clear();
    emit studentChanged(
        studentId, tr("%1 \u2014 %2").arg(m_action->studentName, Presentation::recorded(*event)));
}

void TodayDetail::setAside()
{
    if (!m_action)
        return;
    const TodayAction action = *m_action;
    const Status status = m_service.acknowledge(action.studentId, action.action.kind,
                                                m_until->date(), m_note->text());
    if (!status) {
        m_banner->showMessage(status.error());
        return;
    }
    m_banner->clear();
    emit studentChanged(action.studentId,
                        tr("Set aside until %1: %2 (%3).")
                            .arg(Presentation::date(m_until->date()),
                                 Journey::actionLabel(action.action.kind), action.studentName));
}

} // namespace vfu
