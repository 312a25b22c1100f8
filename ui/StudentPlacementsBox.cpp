#include "ui/StudentPlacementsBox.h"

#include "core/PlacementService.h"
#include "ui/ErrorBanner.h"
#include "ui/PlacementDialog.h"
#include "ui/PlacementFilterModel.h"
#include "ui/PlacementTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vfu {

StudentPlacementsBox::StudentPlacementsBox(PlacementService &placements, StudentService &students,
                                           const Clock &clock, QWidget *parent)
    : QGroupBox(tr("Placements"), parent)
    , m_placements(placements)
    , m_students(students)
    , m_clock(clock)
    , m_model(new PlacementTableModel(this))
    , m_filter(new PlacementFilterModel(this))
    , m_banner(new ErrorBanner(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(tr("No placement yet."), this))
    , m_add(new QPushButton(tr("Add &placement\u2026"), this))
{
    setObjectName(QStringLiteral("studentPlacementsBox"));
    m_filter->setPlacementModel(m_model);

    m_table->setObjectName(QStringLiteral("studentPlacements"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PlacementTableModel::StartColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(PlacementTableModel::StudentColumn, true);
    m_table->setColumnHidden(PlacementTableModel::ProgrammeColumn, true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit placementActivated(index.data(PlacementTableModel::PlacementIdRole).toLongLong());
    });

    m_empty->setObjectName(QStringLiteral("studentPlacementsEmpty"));
    m_empty->setEnabled(false);
    m_add->setObjectName(QStringLiteral("addStudentPlacementButton"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] { openAddPlacement()->open(); });

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_empty, 1);
    bottom->addWidget(m_add);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setStudent(0);
}

void StudentPlacementsBox::setStudent(qint64 studentId)
{
    m_studentId = studentId;
    // Id -1 matches no placement: with no student, the box shows none rather than all.
    m_filter->setStudent(studentId == 0 ? -1 : studentId);
    m_add->setEnabled(studentId != 0);
    reload();
}

void StudentPlacementsBox::reload()
{
    const Result<QList<PlacementRow>> rows = m_placements.placements();
    if (!rows) {
        m_banner->showMessage(rows.error());
        return;
    }
    m_banner->clear();
    m_model->setRows(*rows);
    const bool any = m_filter->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setText(any ? QString() : tr("No placement yet."));
    if (any) {
        for (int column = PlacementTableModel::UnitColumn;
             column < PlacementTableModel::StatusColumn; ++column)
            m_table->resizeColumnToContents(column);
    }
}

int StudentPlacementsBox::placementCount() const
{
    return m_filter->rowCount();
}

PlacementDialog *StudentPlacementsBox::openAddPlacement()
{
    auto *dialog = new PlacementDialog(m_placements, m_students, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectStudent(m_studentId);
    connect(dialog, &PlacementDialog::placementAdded, this, [this](qint64, const QString &message) {
        reload();
        emit changed();
        emit statusMessage(message);
    });
    return dialog;
}

} // namespace vfu
