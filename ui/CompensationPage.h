#pragma once

#include "core/PlacementService.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace vfu {

class CompensationModel;
class ErrorBanner;
class PeriodPicker;
class StudentService;

// The basis the finance office pays units from, for a period (a term or any dates): per unit
// the placements, days and weeks of KliPP-paid programmes with their total, and apart from it
// what ALF funds or an own clinic pays. Exported as CSV.
class CompensationPage final : public QWidget
{
    Q_OBJECT

public:
    CompensationPage(PlacementService &placements, StudentService &students, const Clock &clock,
                     QWidget *parent = nullptr);

    // Computes the basis again for the period shown.
    void reload();

    PeriodPicker *period() const { return m_period; }
    const std::optional<CompensationBasis> &basis() const { return m_basis; }
    CompensationModel *paidLines() const { return m_paid; }
    CompensationModel *apartLines() const { return m_apart; }
    // Writes the basis of the period shown; the reason is also shown on the page on failure.
    Status exportTo(const QString &path, CsvDialect dialect);

signals:
    void statusMessage(const QString &message);

private:
    void chooseFile();
    QTableView *linesView(const QString &objectName, CompensationModel *model);

    PlacementService &m_placements;
    std::optional<CompensationBasis> m_basis;

    ErrorBanner *m_banner = nullptr;
    PeriodPicker *m_period = nullptr;
    QLabel *m_rule = nullptr;
    CompensationModel *m_paid = nullptr;
    CompensationModel *m_apart = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_apartTitle = nullptr;
    QTableView *m_apartView = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace vfu
