#include "ui/StudentPage.h"

#include "core/identity/HsaId.h"
#include "ui/ErrorBanner.h"
#include "ui/JourneyStrip.h"
#include "ui/Presentation.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace vfu {
namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *detail(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StudentPage::StudentPage(StudentService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_banner(new ErrorBanner(this))
    , m_strip(new JourneyStrip(this))
    , m_dueBox(new QWidget(this))
    , m_dueLayout(new QVBoxLayout(m_dueBox))
    , m_message(new QLabel(this))
    , m_history(new QListWidget(this))
{
    setObjectName(QStringLiteral("studentPage"));

    m_dueBox->setObjectName(QStringLiteral("dueActions"));
    m_dueLayout->setContentsMargins(0, 0, 0, 0);
    m_dueLayout->setSpacing(8);

    m_message->setObjectName(QStringLiteral("studentMessage"));
    m_message->setWordWrap(true);

    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setUniformItemSizes(true);
    m_history->setFocusPolicy(Qt::NoFocus);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_history->setIconSize(QSize(iconSize, iconSize));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    layout->addWidget(m_banner);
    layout->addSpacing(4);
    layout->addWidget(heading(tr("Journey"), this));
    layout->addWidget(m_strip);
    layout->addSpacing(4);
    layout->addWidget(heading(tr("Due"), this));
    layout->addWidget(m_dueBox);
    layout->addSpacing(4);
    layout->addWidget(heading(tr("Next step"), this));
    layout->addWidget(buildRecordRow());
    layout->addWidget(m_message);
    layout->addSpacing(4);
    layout->addWidget(heading(tr("History"), this));
    layout->addWidget(m_history, 1);
}

QWidget *StudentPage::buildHeader()
{
    auto *header = new QWidget(this);
    auto *back = m_back = new QToolButton(header);
    back->setObjectName(QStringLiteral("backButton"));
    back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    back->setShortcut(QKeySequence::Back);
    connect(back, &QToolButton::clicked, this, &StudentPage::backRequested);

    m_name = detail(QStringLiteral("studentName"), header);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_identity = detail(QStringLiteral("studentIdentity"), header);
    m_programme = detail(QStringLiteral("studentProgramme"), header);
    m_hsaId = detail(QStringLiteral("studentHsaId"), header);
    m_stage = detail(QStringLiteral("studentStage"), header);

    auto *facts = new QHBoxLayout;
    facts->setSpacing(24);
    for (QLabel *label : {m_identity, m_programme, m_hsaId, m_stage})
        facts->addWidget(label);
    facts->addStretch(1);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addWidget(m_name);
    layout->addLayout(facts);
    return header;
}

QWidget *StudentPage::buildRecordRow()
{
    m_recordBox = new QWidget(this);
    m_allDone = new QLabel(tr("Every step is done."), this);
    m_allDone->setObjectName(QStringLiteral("allStepsDone"));

    m_date = new QDateEdit(m_recordBox);
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(QDate(2000, 1, 1));
    m_date->setToolTip(tr("The day the step happened"));
    auto *dateLabel = new QLabel(tr("&Date:"), m_recordBox);
    dateLabel->setBuddy(m_date);

    m_hsaIdEdit = new QLineEdit(m_recordBox);
    m_hsaIdEdit->setObjectName(QStringLiteral("hsaIdEdit"));
    m_hsaIdEdit->setPlaceholderText(QStringLiteral("SE2321000016-ABCD"));
    m_hsaIdEdit->setMinimumWidth(220);
    m_hsaIdEdit->setClearButtonEnabled(true);
    m_hsaIdLabel = new QLabel(tr("&HSA-ID:"), m_recordBox);
    m_hsaIdLabel->setBuddy(m_hsaIdEdit);
    connect(m_hsaIdEdit, &QLineEdit::textChanged, this, &StudentPage::validateHsaId);
    connect(m_hsaIdEdit, &QLineEdit::returnPressed, this, &StudentPage::recordNextStep);

    m_record = new QPushButton(m_recordBox);
    m_record->setObjectName(QStringLiteral("recordStepButton"));
    m_record->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    connect(m_record, &QPushButton::clicked, this, &StudentPage::recordNextStep);

    m_hsaIdError = new QLabel(this);
    m_hsaIdError->setObjectName(QStringLiteral("hsaIdError"));
    m_hsaIdError->setWordWrap(true);
    QPalette errorColours = m_hsaIdError->palette();
    errorColours.setColor(QPalette::WindowText, Presentation::urgencyColor(Urgency::Overdue));
    m_hsaIdError->setPalette(errorColours);

    m_undo = new QPushButton(tr("&Undo last change"), this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    connect(m_undo, &QPushButton::clicked, this, &StudentPage::undoLastChange);

    auto *recordLayout = new QHBoxLayout(m_recordBox);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addWidget(dateLabel);
    recordLayout->addWidget(m_date);
    recordLayout->addSpacing(12);
    recordLayout->addWidget(m_hsaIdLabel);
    recordLayout->addWidget(m_hsaIdEdit);
    recordLayout->addSpacing(12);
    recordLayout->addWidget(m_record);

    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recordBox);
    buttons->addWidget(m_allDone);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    layout->addLayout(buttons);
    layout->addWidget(m_hsaIdError);
    return row;
}

void StudentPage::setBackText(const QString &text)
{
    m_back->setText(text);
}

bool StudentPage::showStudent(qint64 studentId)
{
    m_studentId = studentId;
    m_message->clear();
    m_banner->clear();
    reload();
    return m_summary.has_value();
}

void StudentPage::reload()
{
    const Result<StudentSummary> summary = m_service.summary(m_studentId);
    if (!summary) {
        m_summary.reset();
        m_banner->showMessage(summary.error());
        m_recordBox->setEnabled(false);
        m_undo->setEnabled(false);
        return;
    }
    m_summary = *summary;
    m_recordBox->setEnabled(true);
    showSummary(*summary);

    const Result<QList<JourneyEvent>> history = m_service.history(m_studentId);
    if (!history) {
        m_banner->showMessage(history.error());
        showHistory({});
        return;
    }
    showHistory(*history);
}

void StudentPage::showSummary(const StudentSummary &summary)
{
    const Student &student = summary.student;
    const JourneyState &journey = summary.journey;
    m_name->setText(Presentation::name(student));
    m_identity->setText(student.identity);
    m_programme->setText(student.programmeCode.isEmpty()
                             ? student.programmeName
                             : tr("%1 (%2)").arg(student.programmeName, student.programmeCode));
    m_hsaId->setText(journey.hsaId.isEmpty() ? tr("No HSA-ID yet")
                                             : tr("HSA-ID %1").arg(journey.hsaId));
    m_stage->setText(tr("Stage: %1").arg(Journey::stageLabel(journey.stage)));
    m_strip->setJourney(Steps::ordinary(), journey);
    showDueActions(journey.dueActions);

    const bool hasNext = journey.nextStep.has_value();
    m_recordBox->setVisible(hasNext);
    m_allDone->setVisible(!hasNext);
    const bool needsHsaId = hasNext && *journey.nextStep == Step::HsaIdRecorded;
    m_hsaIdLabel->setVisible(needsHsaId);
    m_hsaIdEdit->setVisible(needsHsaId);
    m_hsaIdEdit->clear();
    m_hsaIdError->clear();
    m_hsaIdError->setVisible(false);
    if (hasNext)
        m_record->setText(tr("Record: %1").arg(Steps::label(*journey.nextStep)));

    const QDate today = m_service.clock().today();
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    updateRecordButton();
}

void StudentPage::showDueActions(const QList<DueAction> &actions)
{
    while (QLayoutItem *item = m_dueLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (actions.isEmpty()) {
        auto *none = new QLabel(tr("Nothing is due."), m_dueBox);
        none->setObjectName(QStringLiteral("nothingDue"));
        none->setEnabled(false);
        m_dueLayout->addWidget(none);
        return;
    }
    for (const DueAction &action : actions) {
        auto *label = new QLabel(m_dueBox);
        label->setObjectName(QStringLiteral("dueAction"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setText(QStringLiteral("<span style=\"color:%1\">\u25cf</span> <b>%2</b> \u00b7 %3 "
                                      "\u00b7 %4<br>%5")
                           .arg(Presentation::urgencyColor(action.urgency).name(),
                                Journey::urgencyLabel(action.urgency).toHtmlEscaped(),
                                Journey::actionLabel(action.kind).toHtmlEscaped(),
                                tr("due %1").arg(Presentation::date(action.due)).toHtmlEscaped(),
                                action.why.toHtmlEscaped()));
        m_dueLayout->addWidget(label);
    }
}

void StudentPage::showHistory(const QList<JourneyEvent> &events)
{
    m_history->clear();
    QSet<qint64> cancelled;
    for (const JourneyEvent &event : events) {
        if (event.isCancellation())
            cancelled.insert(event.cancels);
    }

    // Newest first: the last change is the one undo takes back.
    QList<JourneyEvent> newestFirst = events;
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [](const JourneyEvent &a, const JourneyEvent &b) { return a.id > b.id; });
    for (const JourneyEvent &event : std::as_const(newestFirst)) {
        auto *item = new QListWidgetItem(m_history);
        const QString recordedOn = Presentation::date(event.recordedAt.date());
        if (event.isCancellation()) {
            item->setText(tr("Undone on %1: %2").arg(recordedOn, Presentation::event(event)));
            item->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
        } else if (cancelled.contains(event.id)) {
            item->setText(tr("%1 (undone)").arg(Presentation::event(event)));
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        } else {
            item->setText(Presentation::event(event));
            item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        }
        item->setToolTip(tr("Written down %1 by %2")
                             .arg(event.recordedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  event.recordedBy));
    }
    m_undo->setEnabled(!activeEvents(events).isEmpty());
}

void StudentPage::validateHsaId()
{
    const QString text = m_hsaIdEdit->text();
    if (text.trimmed().isEmpty()) {
        m_hsaIdError->clear();
        m_hsaIdError->setVisible(false);
    } else if (const Result<HsaId> parsed = HsaId::parse(text); !parsed) {
        m_hsaIdError->setText(parsed.error());
        m_hsaIdError->setVisible(true);
    } else {
        m_hsaIdError->clear();
        m_hsaIdError->setVisible(false);
    }
    updateRecordButton();
}

void StudentPage::updateRecordButton()
{
    if (!m_summary || !m_summary->journey.nextStep) {
        m_record->setEnabled(false);
        return;
    }
    if (*m_summary->journey.nextStep != Step::HsaIdRecorded) {
        m_record->setEnabled(true);
        return;
    }
    m_record->setEnabled(HsaId::parse(m_hsaIdEdit->text()).isOk());
}

void StudentPage::recordNextStep()
{
    if (!m_summary || !m_summary->journey.nextStep || !m_record->isEnabled())
        return;

    const Step step = *m_summary->journey.nextStep;
    const QString hsaId = step == Step::HsaIdRecorded ? m_hsaIdEdit->text() : QString();
    const Result<JourneyEvent> event = m_service.record(m_studentId, step, m_date->date(), hsaId);
    if (!event) {
        m_banner->showMessage(event.error());
        return;
    }

    m_banner->clear();
    reload();
    const QString message = Presentation::recorded(*event);
    m_message->setText(message);
    emit studentChanged(m_studentId, message);
}

void StudentPage::undoLastChange()
{
    if (!m_summary)
        return;

    const Result<JourneyEvent> undone = m_service.undoLast(m_studentId);
    if (!undone) {
        m_banner->showMessage(undone.error());
        return;
    }

    m_banner->clear();
    reload();
    const QString message = Presentation::undone(*undone);
    m_message->setText(message);
    emit studentChanged(m_studentId, message);
}

} // namespace vfu
