#include "ui/PlacementsPage.h"

#include "core/PlacementService.h"
#include "core/StudentService.h"
#include "core/privacy/PrivacyGate.h"
#include "ui/ErrorBanner.h"
#include "ui/InterruptDialog.h"
#include "ui/PeriodPicker.h"
#include "ui/PlacementDialog.h"
#include "ui/PlacementFilterModel.h"
#include "ui/PlacementHistoryModel.h"
#include "ui/PlacementStatusDialog.h"
#include "ui/PlacementTableModel.h"
#include "ui/ProgrammesDialog.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace vfu {
namespace {

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
}

QPushButton *actionButton(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

PlacementsPage::PlacementsPage(PlacementService &placements, StudentService &students,
                               const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_placements(placements)
    , m_students(students)
    , m_clock(clock)
    , m_model(new PlacementTableModel(this))
    , m_filter(new PlacementFilterModel(this))
    , m_history(new PlacementHistoryModel(this))
    , m_banner(new ErrorBanner(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_historyTitle(new QLabel(this))
    , m_historyView(new QTableView(this))
{
    setObjectName(QStringLiteral("placementsPage"));
    m_filter->setPlacementModel(m_model);

    m_count->setObjectName(QStringLiteral("placementCount"));
    m_count->setEnabled(false);

    m_table->setObjectName(QStringLiteral("placementTable"));
    m_table->setModel(m_filter);
    setUpTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PlacementTableModel::StartColumn, Qt::AscendingOrder);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit studentActivated(index.data(PlacementTableModel::StudentIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlacementsPage::updateCurrent);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PlacementsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PlacementsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PlacementsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &PlacementsPage::updateCount);

    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);
    m_historyTitle->setObjectName(QStringLiteral("placementHistoryTitle"));
    m_historyView->setObjectName(QStringLiteral("placementHistory"));
    m_historyView->setModel(m_history);
    setUpTable(m_historyView);
    m_historyView->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyView->setColumnWidth(
        PlacementHistoryModel::WhenColumn,
        m_historyView->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-03 12:00 ")) + 12);
    m_historyView->setColumnWidth(PlacementHistoryModel::ByColumn,
                                  14 * m_historyView->fontMetrics().averageCharWidth());

    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_historyView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addWidget(buildFilters());
    layout->addWidget(buildActions());
    layout->addWidget(splitter, 1);
    reload();
}

QWidget *PlacementsPage::buildFilters()
{
    auto *box = new QWidget(this);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("placementSearch"));
    m_search->setPlaceholderText(tr("Filter by student"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &PlacementFilterModel::setSearchText);

    m_unitFilter = new QComboBox(box);
    m_unitFilter->setObjectName(QStringLiteral("unitFilter"));
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_programmeFilter = new QComboBox(box);
    m_programmeFilter->setObjectName(QStringLiteral("programmeFilter"));
    m_programmeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusFilter = new QComboBox(box);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (int s = 0; s <= static_cast<int>(PlacementStatus::Interrupted); ++s)
        m_statusFilter->addItem(Placements::statusLabel(static_cast<PlacementStatus>(s)), s);

    m_periodFilter = new QCheckBox(tr("&Period:"), box);
    m_periodFilter->setObjectName(QStringLiteral("periodFilter"));
    m_period = new PeriodPicker(m_clock, box);
    m_period->setEnabled(false);
    connect(m_periodFilter, &QCheckBox::toggled, m_period, &PeriodPicker::setEnabled);

    for (QComboBox *combo : {m_unitFilter, m_programmeFilter, m_statusFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &PlacementsPage::applyFilters);
    connect(m_periodFilter, &QCheckBox::toggled, this, &PlacementsPage::applyFilters);
    connect(m_period, &PeriodPicker::periodChanged, this, &PlacementsPage::applyFilters);

    auto *first = new QHBoxLayout;
    first->addWidget(m_search, 1);
    first->addWidget(m_unitFilter);
    first->addWidget(m_programmeFilter);
    first->addWidget(m_statusFilter);
    auto *second = new QHBoxLayout;
    second->addWidget(m_periodFilter);
    second->addWidget(m_period);
    second->addStretch(1);
    second->addWidget(m_count);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);
    return box;
}

QWidget *PlacementsPage::buildActions()
{
    auto *box = new QWidget(this);
    QPushButton *add =
        actionButton(QStringLiteral("addPlacementButton"), tr("&Add placement\u2026"), box);
    m_statusButton =
        actionButton(QStringLiteral("changeStatusButton"), tr("Change &status\u2026"), box);
    m_interruptButton =
        actionButton(QStringLiteral("interruptButton"), tr("&Interrupt\u2026"), box);
    QPushButton *programmes =
        actionButton(QStringLiteral("programmesButton"), tr("P&rogrammes\u2026"), box);
    QPushButton *import =
        actionButton(QStringLiteral("importPlacementsButton"), tr("I&mport\u2026"), box);
    import->setToolTip(tr("Import placements from a CSV file"));

    connect(add, &QPushButton::clicked, this, [this] { openAddPlacement()->open(); });
    connect(m_statusButton, &QPushButton::clicked, this, [this] {
        if (PlacementStatusDialog *dialog = openStatusChange())
            dialog->open();
    });
    connect(m_interruptButton, &QPushButton::clicked, this, [this] {
        if (InterruptDialog *dialog = openInterrupt())
            dialog->open();
    });
    connect(programmes, &QPushButton::clicked, this, [this] { openProgrammes()->open(); });
    connect(import, &QPushButton::clicked, this, &PlacementsPage::importRequested);

    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(add);
    layout->addWidget(m_statusButton);
    layout->addWidget(m_interruptButton);
    layout->addStretch(1);
    layout->addWidget(programmes);
    layout->addWidget(import);
    return box;
}

void PlacementsPage::reload()
{
    const qint64 current = currentPlacementId();
    fillFilterChoices();
    const Result<QList<PlacementRow>> rows = m_placements.placements();
    if (!rows) {
        m_banner->showMessage(rows.error());
        return;
    }
    m_model->setRows(*rows);
    fitColumns();
    if (current != 0)
        selectPlacement(current);
    updateCurrent();
    updateCount();
}

void PlacementsPage::fillFilterChoices()
{
    const Result<QList<Unit>> units = m_placements.units();
    const Result<QList<Programme>> programmes = m_placements.programmes();
    if (!units || !programmes) {
        m_banner->showMessage(units ? programmes.error() : units.error());
        return;
    }

    const QSignalBlocker blockUnits(m_unitFilter);
    const qint64 unit = m_unitFilter->currentData().toLongLong();
    m_unitFilter->clear();
    m_unitFilter->addItem(tr("All units"), qint64(0));
    QList<Unit> sorted = *units;
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(), [&collator](const Unit &a, const Unit &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    for (const Unit &each : std::as_const(sorted))
        m_unitFilter->addItem(each.name, each.id);
    m_unitFilter->setCurrentIndex(std::max(0, m_unitFilter->findData(unit)));

    const QSignalBlocker blockProgrammes(m_programmeFilter);
    const QString programme = m_programmeFilter->currentData().toString();
    m_programmeFilter->clear();
    m_programmeFilter->addItem(tr("All programmes"), QString());
    for (const Programme &each : *programmes)
        m_programmeFilter->addItem(each.name.isEmpty() ? each.code : each.name, each.code);
    m_programmeFilter->setCurrentIndex(std::max(0, m_programmeFilter->findData(programme)));
    applyFilters();
}

void PlacementsPage::applyFilters()
{
    m_filter->setUnit(m_unitFilter->currentData().toLongLong());
    m_filter->setProgramme(m_programmeFilter->currentData().toString());
    const int status = m_statusFilter->currentData().toInt();
    m_filter->setStatus(status < 0 ? std::nullopt
                                   : std::optional(static_cast<PlacementStatus>(status)));
    if (m_periodFilter->isChecked())
        m_filter->setPeriod(m_period->from(), m_period->to());
    else
        m_filter->setPeriod({}, {});
    updateCount();
}

void PlacementsPage::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("Placements: %1").arg(all)
                                  : tr("Placements: %1 of %2").arg(shown).arg(all));
}

void PlacementsPage::fitColumns()
{
    // Fitted on every reload: a coordinator's placements are hundreds, not the hundred
    // thousand students the students table is built for, and a longer name may have come.
    const int padding = 2 * m_table->fontMetrics().averageCharWidth();
    const int widest = 40 * m_table->fontMetrics().averageCharWidth();
    for (int column = 0; column < PlacementTableModel::StatusColumn; ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(widest, m_table->columnWidth(column) + padding));
    }
}

qint64 PlacementsPage::currentPlacementId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(PlacementTableModel::PlacementIdRole).toLongLong() : 0;
}

void PlacementsPage::selectPlacement(qint64 placementId)
{
    const int sourceRow = m_model->rowOfPlacement(placementId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void PlacementsPage::updateCurrent()
{
    const qint64 id = currentPlacementId();
    const int row = m_model->rowOfPlacement(id);
    m_statusButton->setEnabled(row >= 0);
    const bool stoppable = row >= 0 &&
                           m_model->rowAt(row).placement.status != PlacementStatus::Cancelled &&
                           m_model->rowAt(row).placement.status != PlacementStatus::Interrupted;
    m_interruptButton->setEnabled(stoppable);
    if (row < 0) {
        m_historyTitle->setText(tr("History: choose a placement"));
        m_history->setEvents({});
        return;
    }

    const PlacementRow &placement = m_model->rowAt(row);
    m_historyTitle->setText(
        tr("History of the placement of %1 at %2")
            .arg(PrivacyGate::displayName(placement.student), placement.unit.name));
    const Result<QList<PlacementEvent>> events = m_placements.placementHistory(id);
    if (!events) {
        m_banner->showMessage(events.error());
        m_history->setEvents({});
        return;
    }
    m_history->setEvents(*events);
}

void PlacementsPage::afterChange(qint64 placementId, const QString &message)
{
    m_banner->clear();
    reload();
    selectPlacement(placementId);
    emit changed();
    emit statusMessage(message);
}

PlacementDialog *PlacementsPage::openAddPlacement(qint64 studentId)
{
    auto *dialog = new PlacementDialog(m_placements, m_students, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (studentId != 0)
        dialog->selectStudent(studentId);
    if (const qint64 unit = m_unitFilter->currentData().toLongLong(); unit != 0)
        dialog->selectUnit(unit);
    connect(dialog, &PlacementDialog::placementAdded, this, &PlacementsPage::afterChange);
    return dialog;
}

PlacementStatusDialog *PlacementsPage::openStatusChange()
{
    const int row = m_model->rowOfPlacement(currentPlacementId());
    if (row < 0)
        return nullptr;
    auto *dialog = new PlacementStatusDialog(m_placements, m_model->rowAt(row), m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlacementStatusDialog::statusChanged, this, &PlacementsPage::afterChange);
    return dialog;
}

InterruptDialog *PlacementsPage::openInterrupt()
{
    const int row = m_model->rowOfPlacement(currentPlacementId());
    if (row < 0)
        return nullptr;
    auto *dialog = new InterruptDialog(m_placements, m_model->rowAt(row), m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InterruptDialog::interrupted, this, &PlacementsPage::afterChange);
    return dialog;
}

ProgrammesDialog *PlacementsPage::openProgrammes()
{
    auto *dialog = new ProgrammesDialog(m_placements, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProgrammesDialog::saved, this, [this](const QString &message) {
        reload();
        emit changed();
        emit statusMessage(message);
    });
    return dialog;
}

} // namespace vfu
