#include "ui/JourneyStrip.h"

#include "ui/Presentation.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace vfu {
namespace {

// A title as the box shows it: a last word of one or two letters ("EK H") stays with the word
// before it rather than standing alone on a line.
QString boxTitle(Step step)
{
    QString title = Steps::label(step);
    const qsizetype space = title.lastIndexOf(QLatin1Char(' '));
    if (space > 0 && title.size() - space <= 3)
        title[space] = QChar::Nbsp;
    return title;
}

QColor mixed(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(a.redF() * share + b.redF() * (1 - share),
                            a.greenF() * share + b.greenF() * (1 - share),
                            a.blueF() * share + b.blueF() * (1 - share));
}

} // namespace

JourneyStrip::JourneyStrip(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("journeyStrip"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    rebuild(Steps::ordinary());
}

void JourneyStrip::rebuild(const QList<Step> &steps)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_boxes.clear();
    m_steps = steps;

    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step step = steps.at(i);
        if (i > 0) {
            auto *arrow = new QLabel(QStringLiteral("\u203a"), this);
            arrow->setForegroundRole(QPalette::PlaceholderText);
            m_layout->addWidget(arrow);
        }

        Box box;
        box.step = step;
        box.frame = new QFrame(this);
        box.frame->setObjectName(QStringLiteral("step_") + Steps::code(step));
        box.frame->setToolTip(Steps::description(step));
        box.frame->setMinimumWidth(72);

        auto *title = box.title = new QLabel(boxTitle(step), box.frame);
        title->setObjectName(QStringLiteral("journeyTitle_") + Steps::code(step));
        title->setWordWrap(true);
        title->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        box.mark = new QLabel(box.frame);
        box.mark->setAlignment(Qt::AlignCenter);
        box.date = new QLabel(box.frame);
        box.date->setObjectName(QStringLiteral("journeyDate_") + Steps::code(step));
        box.date->setAlignment(Qt::AlignCenter);

        auto *inner = new QVBoxLayout(box.frame);
        inner->setContentsMargins(6, 8, 6, 8);
        inner->setSpacing(4);
        inner->addWidget(box.mark);
        inner->addWidget(title, 1);
        inner->addWidget(box.date);
        m_layout->addWidget(box.frame, 1);
        m_boxes.push_back(box);
    }
    updateLook();
}

void JourneyStrip::setJourney(const QList<Step> &steps, const JourneyState &state)
{
    m_state = state;
    if (steps != m_steps)
        rebuild(steps);
    else
        updateLook();
}

void JourneyStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateLook();
}

void JourneyStrip::updateLook()
{
    // Colours come from the palette so that the strip follows a dark or high-contrast theme.
    const QPalette colours = palette();
    const QColor accent = colours.color(QPalette::Highlight);
    const QColor base = colours.color(QPalette::Base);
    const QString doneStyle =
        QStringLiteral("background: %1; border: 1px solid %2; border-radius: 6px;")
            .arg(mixed(accent, base, 0.18).name(), mixed(accent, base, 0.6).name());
    const QString nextStyle =
        QStringLiteral("background: %1; border: 2px solid %2; border-radius: 6px;")
            .arg(base.name(), accent.name());
    const QString openStyle =
        QStringLiteral("background: %1; border: 1px solid %2; border-radius: 6px;")
            .arg(base.name(), colours.color(QPalette::Mid).name());
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QPixmap check =
        style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(iconSize, iconSize);

    for (const Box &box : m_boxes) {
        // The JoBSH link's place is filled by Canvas too; the box says which it was.
        const QDate date = m_state.slotDate(box.step);
        const bool onCanvas = box.step == Step::JobshLinkSent && date.isValid() &&
                              date == m_state.dateOf(Step::CanvasEnrolled);
        box.title->setText(boxTitle(onCanvas ? Step::CanvasEnrolled : box.step));
        box.frame->setToolTip(Steps::description(onCanvas ? Step::CanvasEnrolled : box.step));
        const bool done = date.isValid();
        const bool next = m_state.nextStep == box.step;
        box.frame->setProperty("done", done);
        box.frame->setStyleSheet(
            QStringLiteral("QFrame#%1 { %2 } QLabel { border: none; background: transparent; }")
                .arg(box.frame->objectName(), next ? nextStyle : (done ? doneStyle : openStyle)));
        if (done)
            box.mark->setPixmap(check);
        else
            box.mark->setPixmap(QPixmap());
        box.mark->setMinimumHeight(iconSize);
        if (done)
            box.date->setText(Presentation::date(date));
        else if (next)
            box.date->setText(tr("Next"));
        else
            box.date->setText(QStringLiteral("\u2014"));
        box.date->setEnabled(done || next);
    }
}

} // namespace vfu
