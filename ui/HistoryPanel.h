#pragma once

#include "core/StudentService.h"

#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QTreeView;

namespace vfu {

class HistoryModel;

// A student's history with a way to undo any step in it: select the step and press "Undo
// this step", or right-click it.
class HistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries);
    // Adds a button before "Undo this step", below the history.
    void addButton(QPushButton *button);
    HistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Selects the row of the model; -1 clears the selection.
    void selectRow(int row);
    // Asks to undo the step of the selected row, if it is a step in force.
    void undoSelected();

signals:
    void undoRequested(qint64 eventId);

private:
    qint64 selectedEventId() const;
    void updateButton();
    void showMenu(const QPoint &position);

    HistoryModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QPushButton *m_undo = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace vfu
