#pragma once

#include "core/StudentService.h"

#include <QAbstractTableModel>
#include <QList>

namespace vfu {

// A student's history, newest first: every step, undo, import, edit and acknowledgement, with
// who made it and when. A step that was undone stays, marked as undone.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1, // the step's event, 0 for other entries
        UndoableRole,                   // a step still in force
    };

    explicit HistoryModel(QObject *parent = nullptr);

    // `entries` as core gives them: oldest first.
    void setEntries(const QList<HistoryEntry> &entries);
    const HistoryEntry &entryAt(int row) const { return m_entries.at(row); }
    static bool isUndoable(const HistoryEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const HistoryEntry &entry) const;

    QList<HistoryEntry> m_entries;
};

} // namespace vfu
