#include "ui/HistoryModel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace vfu {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

bool HistoryModel::isUndoable(const HistoryEntry &entry)
{
    return entry.kind == HistoryEntry::Kind::Step && !entry.cancelled && entry.eventId != 0;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::text(const HistoryEntry &entry) const
{
    if (entry.cancelled && entry.kind == HistoryEntry::Kind::Step)
        return tr("%1 (undone)").arg(entry.text);
    if (entry.cancelled && entry.kind == HistoryEntry::Kind::Import)
        return tr("%1 (import undone)").arg(entry.text);
    return entry.text;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const HistoryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return entry.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case WhoColumn:
            return entry.by;
        case WhatColumn:
            return text(entry);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return isUndoable(entry) ? tr("Right-click to undo this step") : QVariant();
    case Qt::DecorationRole:
        if (index.column() != WhatColumn)
            return {};
        if (entry.kind == HistoryEntry::Kind::Cancellation ||
            entry.kind == HistoryEntry::Kind::ImportUndone)
            return QIcon::fromTheme(QStringLiteral("edit-undo"));
        if (isUndoable(entry))
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        return {};
    case Qt::FontRole:
        if (entry.cancelled) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (entry.cancelled)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case EventIdRole:
        return entry.eventId;
    case UndoableRole:
        return isUndoable(entry);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    default:
        return {};
    }
}

} // namespace vfu
