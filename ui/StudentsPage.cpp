#include "ui/StudentsPage.h"

#include "ui/LaidOutTextDelegate.h"
#include "ui/StudentFilterModel.h"
#include "ui/StudentTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace vfu {

StudentsPage::StudentsPage(StudentTableModel *students, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_students(students)
    , m_filter(new StudentFilterModel(clock, this))
    , m_filterEdit(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("studentsPage"));
    m_filter->setStudentModel(students);

    m_filterEdit->setObjectName(QStringLiteral("studentFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, identity number or HSA-ID"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &StudentFilterModel::setFilterText);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &StudentsPage::activateFirstRow);

    m_count->setObjectName(QStringLiteral("studentCount"));
    m_count->setEnabled(false);

    m_table->setObjectName(QStringLiteral("studentTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new LaidOutTextDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StudentTableModel::FamilyNameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    // Fixed row heights and column widths: measuring 100,000 rows to fit them would cost more
    // than the whole filter.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    // Columns fit what they show, measured once on the first rows: measuring 100,000 rows would
    // take longer than loading them.
    columns->setResizeContentsPrecision(200);
    connect(m_students, &QAbstractItemModel::modelReset, this, &StudentsPage::fitColumns);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit studentActivated(index.data(StudentTableModel::StudentIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentStudentChanged(currentStudentId()); });

    // The filter resets on every keystroke: the student that was current stays so while shown.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_currentBeforeReset = currentStudentId(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        if (m_currentBeforeReset != 0)
            selectStudent(m_currentBeforeReset);
        updateCount();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &StudentsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &StudentsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &StudentsPage::updateCount);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addSpacing(12);
    top->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    updateCount();
    fitColumns();
}

qint64 StudentsPage::currentStudentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(StudentTableModel::StudentIdRole).toLongLong() : 0;
}

void StudentsPage::selectStudent(qint64 studentId)
{
    const int sourceRow = m_students->rowOfStudent(studentId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_students->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void StudentsPage::fitColumns()
{
    if (m_columnsFitted || m_students->rowCount() == 0)
        return;
    m_columnsFitted = true;
    const int padding = m_table->fontMetrics().averageCharWidth();
    for (int column = 0; column < StudentTableModel::DueColumn; ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, m_table->columnWidth(column) + padding);
    }
}

void StudentsPage::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_students->rowCount();
    m_count->setText(shown == all ? tr("%n student(s)", nullptr, all)
                                  : tr("%1 of %n student(s)", nullptr, all).arg(shown));
}

void StudentsPage::activateFirstRow()
{
    // Enter in the filter opens the student the coordinator was looking for.
    const QModelIndex current = m_table->currentIndex();
    const QModelIndex index = current.isValid() ? current : m_filter->index(0, 0);
    if (index.isValid())
        emit studentActivated(index.data(StudentTableModel::StudentIdRole).toLongLong());
}

} // namespace vfu
