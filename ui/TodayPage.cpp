#include "ui/TodayPage.h"

#include "core/clock/Clock.h"
#include "ui/TodayModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace vfu {

TodayPage::TodayPage(TodayModel *actions, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_actions(actions)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("todayPage"));

    m_heading->setObjectName(QStringLiteral("todayHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heading->setFont(big);
    m_summary->setObjectName(QStringLiteral("todaySummary"));

    m_view->setObjectName(QStringLiteral("todayView"));
    m_view->setModel(actions);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    // Columns fit what they show, measured on the first rows only: the list can be long.
    columns->setResizeContentsPrecision(200);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit studentActivated(index.data(TodayModel::StudentIdRole).toLongLong());
    });

    m_empty->setObjectName(QStringLiteral("todayEmpty"));
    m_empty->setText(tr("Nothing is due. Every student is on track."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    updateHeading();
}

void TodayPage::updateHeading()
{
    const int count = m_actions->rowCount();
    m_heading->setText(
        tr("Today, %1").arg(QLocale().toString(m_clock.today(), QLocale::LongFormat)));
    m_summary->setText(count == 0 ? QString()
                                  : tr("%n action(s) due, most urgent first. Open one to see the "
                                       "student.",
                                       nullptr, count));
    m_summary->setVisible(count > 0);
    m_view->setVisible(count > 0);
    const int padding = 2 * m_view->fontMetrics().averageCharWidth();
    for (int column = 0; column < TodayModel::WhyColumn; ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, m_view->columnWidth(column) + padding);
    }
    m_empty->setVisible(count == 0);
}

} // namespace vfu
