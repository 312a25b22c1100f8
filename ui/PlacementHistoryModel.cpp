#include "ui/PlacementHistoryModel.h"

namespace vfu {

PlacementHistoryModel::PlacementHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlacementHistoryModel::setEvents(QList<PlacementEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int PlacementHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int PlacementHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlacementHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const PlacementEvent &event = m_events.at(index.row());
    switch (index.column()) {
    case WhenColumn:
        return event.recordedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case WhatColumn:
        return event.text;
    case ByColumn:
        return event.recordedBy;
    default:
        return {};
    }
}

QVariant PlacementHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("Recorded");
    case WhatColumn:
        return tr("What happened");
    case ByColumn:
        return tr("By");
    default:
        return {};
    }
}

} // namespace vfu
