#include "ui/TodayPage.h"

#include "core/StudentService.h"
#include "ui/TodayDetail.h"
#include "ui/TodayModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace vfu {

TodayPage::TodayPage(TodayModel *actions, StudentService &service, QWidget *parent)
    : QWidget(parent)
    , m_clock(service.clock())
    , m_actions(actions)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_programme(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_kindCounts(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_detail(new TodayDetail(service, this))
    , m_empty(new QLabel(this))
    , m_list(new QWidget(this))
{
    setObjectName(QStringLiteral("todayPage"));

    m_heading->setObjectName(QStringLiteral("todayHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heading->setFont(big);
    m_summary->setObjectName(QStringLiteral("todaySummary"));

    m_programme->setObjectName(QStringLiteral("todayProgrammeFilter"));
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setObjectName(QStringLiteral("todayKindFilter"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Another programme changes the counts of the kinds too.
    connect(m_programme, &QComboBox::currentIndexChanged, this, &TodayPage::fillFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TodayPage::applyFilters);
    auto *programmeLabel = new QLabel(tr("&Programme:"), this);
    programmeLabel->setBuddy(m_programme);
    auto *kindLabel = new QLabel(tr("&Action:"), this);
    kindLabel->setBuddy(m_kind);
    m_kindCounts->setObjectName(QStringLiteral("todayKindCounts"));
    m_kindCounts->setWordWrap(true);
    m_kindCounts->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("todayView"));
    m_view->setModel(actions);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    // The groups stay open: a group row is a heading with a count, not a folder.
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setIndentation(m_view->fontMetrics().averageCharWidth() * 2);
    QHeaderView *columns = m_view->header();
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    // Columns fit what they show, measured on the first rows only: the list can be long.
    columns->setResizeContentsPrecision(200);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const TodayAction *action = m_actions->actionAt(index))
            emit studentActivated(action->studentId);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TodayPage::showSelected);
    connect(m_actions, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_actions->rowCount(); ++row)
            m_view->setFirstColumnSpanned(row, QModelIndex(), true);
        m_view->expandAll();
        restoreSelection();
        showCounts();
    });

    connect(m_detail, &TodayDetail::studentChanged, this, &TodayPage::studentChanged);
    connect(m_detail, &TodayDetail::openStudent, this, &TodayPage::studentActivated);

    m_empty->setObjectName(QStringLiteral("todayEmpty"));
    m_empty->setText(tr("Nothing is due. Every student is on track."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(programmeLabel);
    filters->addWidget(m_programme);
    filters->addSpacing(16);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addStretch(1);

    auto *splitter = new QSplitter(Qt::Vertical, m_list);
    splitter->setObjectName(QStringLiteral("todaySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(8);
    listLayout->addWidget(m_summary);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_kindCounts);
    listLayout->addWidget(splitter, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    refresh();
}

void TodayPage::refresh()
{
    m_heading->setText(
        tr("Today, %1").arg(QLocale().toString(m_clock.today(), QLocale::LongFormat)));
    fillFilters();
    showCounts();

    const bool any = m_actions->totalCount() > 0;
    m_list->setVisible(any);
    m_empty->setVisible(!any);
    const int padding = 2 * m_view->fontMetrics().averageCharWidth();
    for (int column = 0; column < TodayModel::WhyColumn; ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, m_view->columnWidth(column) + padding);
    }
}

void TodayPage::fillFilters()
{
    const QString programme = m_programme->count() > 0 ? m_programme->currentData().toString()
                                                       : m_actions->programmeFilter();
    m_actions->setProgrammeFilter(programme);
    const std::optional<ActionKind> kind = m_actions->kindFilter();
    {
        const QSignalBlocker blocker(m_programme);
        m_programme->clear();
        m_programme->addItem(tr("All programmes"), QString());
        for (const auto &[code, name] : m_actions->programmes())
            m_programme->addItem(code.isEmpty() ? name : tr("%1 (%2)").arg(name, code), code);
        m_programme->setCurrentIndex(std::max(0, m_programme->findData(programme)));
    }
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->clear();
        int all = 0;
        for (const auto &[each, count] : m_actions->kindCounts())
            all += count;
        m_kind->addItem(tr("All actions (%1)").arg(all), -1);
        for (const auto &[each, count] : m_actions->kindCounts())
            m_kind->addItem(tr("%1 (%2)").arg(Journey::actionLabel(each)).arg(count),
                            static_cast<int>(each));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind ? static_cast<int>(*kind) : -1)));
    }
    // A filter whose programme or kind has nothing left falls back to everything.
    applyFilters();
}

void TodayPage::applyFilters()
{
    m_actions->setProgrammeFilter(m_programme->currentData().toString());
    const int kind = m_kind->currentData().toInt();
    m_actions->setKindFilter(kind < 0 ? std::nullopt
                                      : std::optional<ActionKind>(static_cast<ActionKind>(kind)));
}

void TodayPage::showCounts()
{
    using Group = TodayModel::Group;
    const int shown = m_actions->actionCount();
    m_summary->setText(tr("Due: %1 \u2014 overdue %2, this week %3, later %4. Select one to see "
                          "why and what to do.")
                           .arg(shown)
                           .arg(m_actions->count(Group::Overdue))
                           .arg(m_actions->count(Group::ThisWeek))
                           .arg(m_actions->count(Group::Later)));
    QStringList kinds;
    for (const auto &[kind, count] : m_actions->kindCounts())
        kinds.append(tr("%1: %2").arg(Journey::actionLabel(kind)).arg(count));
    m_kindCounts->setText(kinds.join(QStringLiteral(" \u00b7 ")));
}

void TodayPage::select(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_view->selectionModel()->clear();
        showSelected();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void TodayPage::restoreSelection()
{
    QModelIndex index;
    if (m_selectedKind >= 0)
        index = m_actions->indexOf(m_selectedStudent, static_cast<ActionKind>(m_selectedKind));
    if (!index.isValid()) {
        select(m_actions->firstAction());
        m_view->scrollToTop();
        return;
    }
    select(index);
}

void TodayPage::showSelected()
{
    const TodayAction *action = m_actions->actionAt(m_view->currentIndex());
    if (action) {
        m_selectedStudent = action->studentId;
        m_selectedKind = static_cast<int>(action->action.kind);
    }
    m_detail->setAction(action);
}

} // namespace vfu
