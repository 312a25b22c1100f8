#include "ui/StudentPage.h"

#include "ui/ErrorBanner.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryPanel.h"
#include "ui/JourneyStrip.h"
#include "ui/Presentation.h"
#include "ui/ProgrammeNotesBox.h"
#include "ui/StepRecorder.h"
#include "ui/StudentFactsBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
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
{
    setObjectName(QStringLiteral("studentPage"));

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(buildLeftColumn(), 3);
    columns->addWidget(buildRightColumn(), 2);

    // What is due and the row that records the next step sit right under the steps, across
    // the page; what is known and the history below, side by side.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    layout->addWidget(m_banner);
    layout->addWidget(m_strip);
    layout->addWidget(m_dueBox);
    layout->addWidget(m_recorder);
    layout->addWidget(m_message);
    layout->addSpacing(4);
    layout->addLayout(columns, 1);
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
    m_track = detail(QStringLiteral("studentTrack"), header);

    // A protected identity shows its alias; the real one only on request, for KliPP.
    m_reveal = new QToolButton(header);
    m_reveal->setObjectName(QStringLiteral("revealIdentityButton"));
    m_reveal->setText(tr("Show real identity"));
    m_reveal->setCheckable(true);
    m_reveal->setAutoRaise(true);
    connect(m_reveal, &QToolButton::toggled, this, &StudentPage::showIdentity);

    // Two short lines rather than one long one, so that the page fits a small window.
    auto *who = new QHBoxLayout;
    who->setSpacing(24);
    auto *identity = new QHBoxLayout;
    identity->setSpacing(4);
    identity->addWidget(m_identity);
    identity->addWidget(m_reveal);
    who->addLayout(identity);
    who->addWidget(m_programme);
    who->addWidget(m_hsaId);
    who->addStretch(1);
    auto *where = new QHBoxLayout;
    where->setSpacing(24);
    where->addWidget(m_track);
    where->addWidget(m_stage);
    where->addStretch(1);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addWidget(m_name);
    layout->addLayout(who);
    layout->addLayout(where);
    return header;
}

QWidget *StudentPage::buildLeftColumn()
{
    m_dueBox = new QWidget(this);
    m_dueBox->setObjectName(QStringLiteral("dueActions"));
    m_dueLayout = new QVBoxLayout(m_dueBox);
    m_dueLayout->setContentsMargins(0, 0, 0, 0);
    m_dueLayout->setSpacing(6);

    m_recorder = new StepRecorder(this);
    connect(m_recorder, &StepRecorder::recordRequested, this, &StudentPage::record);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("studentMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *column = new QWidget(this);
    m_history = new HistoryPanel(column);
    connect(m_history, &HistoryPanel::undoRequested, this, &StudentPage::undoStep);
    m_undo = new QPushButton(tr("&Undo last step"), m_history);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undo->setToolTip(tr("Cancels the latest step in force; the history keeps both"));
    connect(m_undo, &QPushButton::clicked, this, &StudentPage::undoLastChange);
    m_history->addButton(m_undo);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(heading(tr("History"), column));
    layout->addWidget(m_history, 1);
    return column;
}

QWidget *StudentPage::buildRightColumn()
{
    m_facts = new StudentFactsBox(this);
    connect(m_facts, &StudentFactsBox::saveRequested, this, &StudentPage::saveFacts);
    m_notes = new ProgrammeNotesBox(m_service, this);
    connect(m_notes, &ProgrammeNotesBox::saved, this, [this](const QString &message) {
        m_banner->clear();
        showMessage(message);
    });
    connect(m_notes, &ProgrammeNotesBox::failed, m_banner, &ErrorBanner::showMessage);

    // The column scrolls on a small screen rather than squeezing the form.
    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_facts);
    layout->addWidget(m_notes, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("studentSideColumn"));
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(340);
    return scroll;
}

void StudentPage::setBackText(const QString &text)
{
    m_back->setText(text);
}

bool StudentPage::showStudent(qint64 studentId)
{
    const bool another = studentId != m_studentId;
    m_studentId = studentId;
    showMessage({});
    m_banner->clear();
    if (another)
        m_reveal->setChecked(false);
    reload();
    if (m_summary) {
        QString error;
        if (!m_notes->setProgramme(m_summary->student.programmeCode,
                                   m_summary->student.programmeName, &error))
            m_banner->showMessage(error);
    }
    return m_summary.has_value();
}

void StudentPage::reload()
{
    const Result<StudentSummary> summary = m_service.summary(m_studentId);
    if (!summary) {
        m_summary.reset();
        m_banner->showMessage(summary.error());
        m_recorder->setEnabled(false);
        m_undo->setEnabled(false);
        m_facts->setEnabled(false);
        return;
    }
    m_summary = *summary;
    m_recorder->setEnabled(true);
    m_facts->setEnabled(true);
    showSummary(*summary);

    const Result<QList<HistoryEntry>> timeline = m_service.timeline(m_studentId);
    if (!timeline) {
        m_banner->showMessage(timeline.error());
        m_history->setEntries({});
        m_undo->setEnabled(false);
        return;
    }
    m_history->setEntries(*timeline);
    m_undo->setEnabled(std::any_of(timeline->cbegin(), timeline->cend(), HistoryModel::isUndoable));
}

void StudentPage::showSummary(const StudentSummary &summary)
{
    const Student &student = summary.student;
    const JourneyState &journey = summary.journey;
    m_name->setText(Presentation::name(student));
    showIdentity();
    m_programme->setText(student.programmeCode.isEmpty()
                             ? student.programmeName
                             : tr("%1 (%2)").arg(student.programmeName, student.programmeCode));
    m_hsaId->setText(journey.hsaId.isEmpty() ? tr("No HSA-ID yet")
                                             : tr("HSA-ID %1").arg(journey.hsaId));
    m_track->setText(tr("Track: %1").arg(Tracks::label(journey.track)));
    m_stage->setText(tr("Stage: %1").arg(Journey::stageLabel(journey.stage)));
    m_strip->setJourney(journey.steps, journey);
    showDueActions(journey.dueActions, journey.setAside);
    m_recorder->setJourney(journey, m_service.clock().today());
    m_facts->setStudent(student);
}

void StudentPage::showIdentity()
{
    if (!m_summary)
        return;
    const Student &student = m_summary->student;
    const bool protectedIdentity = student.protection == Protection::Alias;
    m_reveal->setVisible(protectedIdentity);
    if (!protectedIdentity)
        m_identity->setText(student.identity);
    else if (m_reveal->isChecked())
        m_identity->setText(tr("%1, %2 %3")
                                .arg(student.identity, student.givenNames, student.familyName));
    else
        m_identity->setText(tr("Protected identity"));
    m_reveal->setText(m_reveal->isChecked() ? tr("Hide") : tr("Show real identity"));
}

void StudentPage::showDueActions(const QList<DueAction> &actions,
                                 const QList<DueAction> &setAside)
{
    while (QLayoutItem *item = m_dueLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_dueLayout->addWidget(heading(tr("Due"), m_dueBox));
    if (actions.isEmpty()) {
        auto *none = new QLabel(tr("Nothing is due."), m_dueBox);
        none->setObjectName(QStringLiteral("nothingDue"));
        none->setEnabled(false);
        m_dueLayout->addWidget(none);
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
    if (std::any_of(actions.cbegin(), actions.cend(),
                    [](const DueAction &action) { return Journey::stuckBeforeJobsh(action.kind); }))
        addChecklist();
    for (const DueAction &action : setAside) {
        auto *label = new QLabel(m_dueBox);
        label->setObjectName(QStringLiteral("setAsideAction"));
        label->setWordWrap(true);
        const QString text = tr("Set aside until %1: %2")
                                 .arg(Presentation::date(action.acknowledgedUntil),
                                      Journey::actionLabel(action.kind));
        label->setText(action.acknowledgement.isEmpty()
                           ? text
                           : tr("%1 \u2014 \u201c%2\u201d").arg(text, action.acknowledgement));
        label->setToolTip(action.why);
        label->setEnabled(false);
        m_dueLayout->addWidget(label);
    }
}

void StudentPage::addChecklist()
{
    // The checklist for a student who cannot reach Lärtorget, folded until asked for.
    auto *toggle = new QToolButton(m_dueBox);
    toggle->setObjectName(QStringLiteral("checklistToggle"));
    toggle->setText(tr("The Lärtorget login checklist"));
    toggle->setCheckable(true);
    toggle->setAutoRaise(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    auto *list = new QLabel(m_dueBox);
    list->setObjectName(QStringLiteral("pageLartorgetChecklist"));
    list->setTextFormat(Qt::RichText);
    list->setWordWrap(true);
    QString items;
    for (const QString &item : Journey::lartorgetChecklist())
        items += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    list->setText(QStringLiteral("<ol style=\"margin-top:0px\">%1</ol>").arg(items));
    list->hide();
    connect(toggle, &QToolButton::toggled, list, [toggle, list](bool open) {
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        list->setVisible(open);
    });
    m_dueLayout->addWidget(toggle, 0, Qt::AlignLeft);
    m_dueLayout->addWidget(list);
}

void StudentPage::recordNextStep()
{
    m_recorder->record();
}

void StudentPage::record(Step step, QDate date, const QString &value)
{
    if (!m_summary)
        return;
    const Result<JourneyEvent> event = m_service.record(m_studentId, step, date, value);
    if (!event) {
        m_banner->showMessage(event.error());
        return;
    }
    changed(Presentation::recorded(*event));
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
    changed(Presentation::undone(*undone));
}

void StudentPage::undoStep(qint64 eventId)
{
    if (!m_summary)
        return;
    const Result<JourneyEvent> undone = m_service.undoStep(m_studentId, eventId);
    if (!undone) {
        m_banner->showMessage(undone.error());
        return;
    }
    changed(Presentation::undone(*undone));
}

void StudentPage::saveFacts(const StudentChanges &changes)
{
    if (!m_summary)
        return;
    const Result<Student> saved = m_service.change(m_studentId, changes);
    if (!saved) {
        m_banner->showMessage(saved.error());
        return;
    }
    changed(tr("Saved what is known about %1.").arg(Presentation::name(*saved)));
}

void StudentPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void StudentPage::changed(const QString &message)
{
    m_banner->clear();
    reload();
    showMessage(message);
    emit studentChanged(m_studentId, message);
}

} // namespace vfu
