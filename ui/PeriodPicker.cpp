#include "ui/PeriodPicker.h"

#include "core/clock/Clock.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

namespace vfu {
namespace {

QDateEdit *dateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    // ISO dates, as Presentation writes them everywhere else.
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

PeriodPicker::PeriodPicker(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_from(dateEdit(QStringLiteral("periodFrom"), this))
    , m_to(dateEdit(QStringLiteral("periodTo"), this))
{
    setObjectName(QStringLiteral("periodPicker"));
    const int year = clock.today().year();

    auto *spring = new QToolButton(this);
    spring->setObjectName(QStringLiteral("springTermButton"));
    spring->setText(tr("Spring %1").arg(year));
    spring->setToolTip(tr("January 1 to June 30"));
    connect(spring, &QToolButton::clicked, this, [this, year] {
        const auto [first, last] = springTerm(year);
        setPeriod(first, last);
    });

    auto *autumn = new QToolButton(this);
    autumn->setObjectName(QStringLiteral("autumnTermButton"));
    autumn->setText(tr("Autumn %1").arg(year));
    autumn->setToolTip(tr("July 1 to December 31"));
    connect(autumn, &QToolButton::clicked, this, [this, year] {
        const auto [first, last] = autumnTerm(year);
        setPeriod(first, last);
    });

    connect(m_from, &QDateEdit::dateChanged, this, &PeriodPicker::periodChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodPicker::periodChanged);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("From"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addSpacing(6);
    layout->addWidget(spring);
    layout->addWidget(autumn);
    showCurrentTerm();
}

QDate PeriodPicker::from() const
{
    return m_from->date();
}

QDate PeriodPicker::to() const
{
    return m_to->date();
}

void PeriodPicker::setPeriod(QDate from, QDate to)
{
    if (from == m_from->date() && to == m_to->date())
        return;

    {
        // One change for the whole period, not one per date.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    emit periodChanged();
}

void PeriodPicker::showCurrentTerm()
{
    const auto [first, last] = termOf(m_clock.today());
    setPeriod(first, last);
}

std::pair<QDate, QDate> PeriodPicker::springTerm(int year)
{
    return {QDate(year, 1, 1), QDate(year, 6, 30)};
}

std::pair<QDate, QDate> PeriodPicker::autumnTerm(int year)
{
    return {QDate(year, 7, 1), QDate(year, 12, 31)};
}

std::pair<QDate, QDate> PeriodPicker::termOf(QDate day)
{
    return day.month() <= 6 ? springTerm(day.year()) : autumnTerm(day.year());
}

} // namespace vfu
