#include "ui/UnitsPage.h"

#include "core/PlacementService.h"
#include "ui/ErrorBanner.h"
#include "ui/UnitDialog.h"
#include "ui/UnitListDialog.h"
#include "ui/UnitTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace vfu {
namespace {

QPushButton *actionButton(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

// The students are not needed yet: the signature matches the other pages, so that the main
// window builds them alike.
UnitsPage::UnitsPage(PlacementService &placements, StudentService & /*students*/,
                     const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_placements(placements)
    , m_clock(clock)
    , m_model(new UnitTableModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_banner(new ErrorBanner(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("unitsPage"));

    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);

    m_search->setObjectName(QStringLiteral("unitSearch"));
    m_search->setPlaceholderText(tr("Filter by name, HSA-ID or contact"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    m_count->setObjectName(QStringLiteral("unitCount"));
    m_count->setEnabled(false);

    m_table->setObjectName(QStringLiteral("unitTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, [this] {
        if (UnitDialog *dialog = openEditUnit())
            dialog->open();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UnitsPage::updateButtons);

    QPushButton *add = actionButton(QStringLiteral("addUnitButton"), tr("&Add unit\u2026"), this);
    m_edit = actionButton(QStringLiteral("editUnitButton"), tr("&Change\u2026"), this);
    m_list = actionButton(QStringLiteral("unitListButton"), tr("Unit &list\u2026"), this);
    m_list->setToolTip(tr("The students placed at the unit in a period, to export"));
    QPushButton *import =
        actionButton(QStringLiteral("importUnitsButton"), tr("I&mport\u2026"), this);
    import->setToolTip(tr("Import units from a CSV file"));
    connect(add, &QPushButton::clicked, this, [this] { openAddUnit()->open(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (UnitDialog *dialog = openEditUnit())
            dialog->open();
    });
    connect(m_list, &QPushButton::clicked, this, [this] {
        if (UnitListDialog *dialog = openUnitList())
            dialog->open();
    });
    connect(import, &QPushButton::clicked, this, &UnitsPage::importRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addSpacing(12);
    top->addWidget(m_count);
    auto *actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(m_edit);
    actions->addWidget(m_list);
    actions->addStretch(1);
    actions->addWidget(import);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    reload();
}

void UnitsPage::reload()
{
    const qint64 current = currentUnitId();
    const Result<QList<Unit>> units = m_placements.units();
    if (!units) {
        m_banner->showMessage(units.error());
        return;
    }
    m_model->setUnits(*units);
    m_table->resizeColumnsToContents();
    if (current != 0)
        selectUnit(current);
    m_count->setText(tr("Units: %1").arg(m_model->rowCount()));
    updateButtons();
}

qint64 UnitsPage::currentUnitId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(UnitTableModel::UnitIdRole).toLongLong() : 0;
}

void UnitsPage::selectUnit(qint64 unitId)
{
    const int row = m_model->rowOfUnit(unitId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void UnitsPage::updateButtons()
{
    const bool any = currentUnitId() != 0;
    m_edit->setEnabled(any);
    m_list->setEnabled(any);
}

void UnitsPage::afterSave(qint64 unitId, const QString &message)
{
    m_banner->clear();
    reload();
    selectUnit(unitId);
    emit changed();
    emit statusMessage(message);
}

UnitDialog *UnitsPage::openAddUnit()
{
    auto *dialog = new UnitDialog(m_placements, Unit{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnitDialog::saved, this, &UnitsPage::afterSave);
    return dialog;
}

UnitDialog *UnitsPage::openEditUnit()
{
    const int row = m_model->rowOfUnit(currentUnitId());
    if (row < 0)
        return nullptr;
    auto *dialog = new UnitDialog(m_placements, m_model->unitAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnitDialog::saved, this, &UnitsPage::afterSave);
    return dialog;
}

UnitListDialog *UnitsPage::openUnitList()
{
    const int row = m_model->rowOfUnit(currentUnitId());
    if (row < 0)
        return nullptr;
    auto *dialog = new UnitListDialog(m_placements, m_model->unitAt(row), m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnitListDialog::exported, this, &UnitsPage::statusMessage);
    return dialog;
}

} // namespace vfu
