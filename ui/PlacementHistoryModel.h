#pragma once

#include "core/storage/PlacementStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace vfu {

// One placement's history, oldest first: what happened, when it was written down and by whom.
class PlacementHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, ByColumn, WhatColumn, ColumnCount };

    explicit PlacementHistoryModel(QObject *parent = nullptr);

    void setEvents(QList<PlacementEvent> events);
    const QList<PlacementEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PlacementEvent> m_events;
};

} // namespace vfu
