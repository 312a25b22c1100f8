#pragma once

#include "core/clock/Clock.h"
#include "core/io/PlacementImport.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace vfu {

class Database;
class ErrorBanner;
class ImportReportModel;

// Shows what an import of units or placements from a CSV file will do before anything is
// written: each line's fate and, for a rejected line, the column and why. Import writes the
// valid lines; Cancel writes nothing.
class PlacementImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Units, Placements };

    PlacementImportDialog(Database &database, const Clock &clock, Kind kind,
                          QWidget *parent = nullptr);

    // Reads the file and previews the import. Fails with the reason when the file cannot be
    // read as a list of that kind.
    Status openFile(const QString &path);
    // Asks for a file with the file dialog; empty when the coordinator cancels.
    static QString askForFile(QWidget *parent, Kind kind);

    const std::optional<ImportReport> &preview() const { return m_preview; }
    // "3 inserted, 0 updated, 1 unchanged, 2 rejected"
    static QString countsText(const ImportReport &report);

    // Writes the import; the dialog stays open with the reason when that fails.
    void accept() override;

signals:
    void imported(const QString &message);

private:
    Result<ImportReport> run(bool write) const;
    void chooseOtherFile();

    Database &m_database;
    const Clock &m_clock;
    Kind m_kind = Kind::Units;
    QString m_path;
    std::optional<ImportReport> m_preview;

    ErrorBanner *m_banner = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_counts = nullptr;
    ImportReportModel *m_lines = nullptr;
    QTableView *m_linesView = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace vfu
