#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace vfu {

class ErrorBanner;
class ImportBatchModel;
class StudentService;

// The history of imports: each Ladok list imported, when, by whom and what it did, and a way
// to undo one as a whole. What was changed by hand since is kept, and the page says so.
class ImportsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportsPage(StudentService &service, QWidget *parent = nullptr);

    // Reads the imports again.
    void reload();
    ImportBatchModel *model() const { return m_batches; }
    QTableView *view() const { return m_view; }
    void selectBatch(qint64 batchId);
    // Asks, then undoes the selected import and shows what it did.
    void undoSelected();

signals:
    // An import was undone: students left or changed back.
    void importUndone(const QString &message);

private:
    qint64 selectedBatchId() const;
    void updateButton();

    StudentService &m_service;
    ImportBatchModel *m_batches = nullptr;
    ErrorBanner *m_banner = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_undo = nullptr;
    QPlainTextEdit *m_report = nullptr;
};

} // namespace vfu
