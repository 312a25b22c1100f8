#pragma once

#include "core/StudentService.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace vfu {

class BackgroundWork;
class ErrorBanner;
class ImportLinesModel;

// Shows what an import of a Ladok list will do before anything is written: how the file was
// read, which column fills which field (changeable), each line's fate, and why lines are
// rejected. Import writes it all in one go, on a worker thread with a progress bar; Cancel,
// before or during the import, writes nothing.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(StudentService &service, QWidget *parent = nullptr);

    // Reads the file and plans the import with the guessed column mapping. Fails with the
    // reason when the file cannot be read as a student list.
    Status openFile(const QString &path);
    // Asks for a Ladok list with the file dialog; empty when the coordinator cancels.
    static QString askForFile(QWidget *parent, const QString &folder);

    const std::optional<ImportPlan> &plan() const { return m_plan; }
    // "150 inserted, 0 updated, 0 unchanged, 0 rejected"
    QString countsText() const;
    QComboBox *mappingBox(StudentField field) const;

    // Starts applying the plan on a worker thread. The dialog closes when it is written, and
    // stays open with the reason when it fails or is cancelled.
    void accept() override;
    // Cancels a running import (the dialog stays open and says that nothing was written), or
    // closes the dialog.
    void reject() override;
    bool isImporting() const;

signals:
    // The import was written; `message` says what it did.
    void imported(const QString &message);

private:
    QWidget *buildFileBox();
    void chooseOtherFile();
    QWidget *buildMappingBox();
    void fillMapping(const ColumnMapping &mapping);
    ColumnMapping currentMapping() const;
    void replan();
    void showPlan();
    void showImporting(bool importing);
    void importFinished(const Status &status, const QString &message);

    StudentService &m_service;
    QString m_path;
    std::optional<ImportSource> m_source;
    std::optional<ImportPlan> m_plan;

    ErrorBanner *m_banner = nullptr;
    QLabel *m_fileName = nullptr;
    QLabel *m_encoding = nullptr;
    QLabel *m_separator = nullptr;
    QLabel *m_headerLine = nullptr;
    QLabel *m_preamble = nullptr;
    std::array<QComboBox *, studentFieldCount> m_mapping{};
    QLabel *m_addressColumns = nullptr;
    QLabel *m_ignoredColumns = nullptr;
    QLabel *m_counts = nullptr;
    ImportLinesModel *m_lines = nullptr;
    QTableView *m_linesView = nullptr;
    QLabel *m_noLines = nullptr;
    QWidget *m_fileBox = nullptr;
    QWidget *m_mappingBox = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    BackgroundWork *m_work = nullptr;
};

} // namespace vfu
