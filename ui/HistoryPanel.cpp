#include "ui/HistoryPanel.h"

#include "ui/HistoryModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace vfu {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryModel(this))
    , m_view(new QTreeView(this))
    , m_undo(new QPushButton(tr("Undo this step"), this))
{
    setObjectName(QStringLiteral("historyPanel"));

    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(HistoryModel::WhenColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(HistoryModel::WhoColumn,
                                           QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &HistoryPanel::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPanel::updateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateButton);

    m_undo->setObjectName(QStringLiteral("undoStepButton"));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undo->setToolTip(tr("Cancels the selected step; the history keeps both"));
    connect(m_undo, &QPushButton::clicked, this, &HistoryPanel::undoSelected);

    auto *buttons = m_buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_undo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButton();
}

void HistoryPanel::setEntries(const QList<HistoryEntry> &entries)
{
    m_model->setEntries(entries);
}

void HistoryPanel::addButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void HistoryPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_view->selectionModel()->clearSelection();
        return;
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->selectionModel()->select(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
}

qint64 HistoryPanel::selectedEventId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !rows.constFirst().data(HistoryModel::UndoableRole).toBool())
        return 0;
    return rows.constFirst().data(HistoryModel::EventIdRole).toLongLong();
}

void HistoryPanel::updateButton()
{
    m_undo->setEnabled(selectedEventId() != 0);
}

void HistoryPanel::undoSelected()
{
    if (const qint64 eventId = selectedEventId(); eventId != 0)
        emit undoRequested(eventId);
}

void HistoryPanel::showMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    selectRow(index.row());
    QMenu menu(this);
    QAction *undo = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-undo")),
                                   tr("Undo this step"));
    undo->setEnabled(selectedEventId() != 0);
    if (menu.exec(m_view->viewport()->mapToGlobal(position)) == undo)
        undoSelected();
}

} // namespace vfu
