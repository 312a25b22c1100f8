#pragma once

#include "core/PlacementService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vfu {

class ErrorBanner;
class PeriodPicker;

// The list a unit gets for a period: the students placed there, with dates and what the unit
// needs, as core's privacy gate for units lets them through. Shown first, then exported.
class UnitListDialog final : public QDialog
{
    Q_OBJECT

public:
    UnitListDialog(PlacementService &placements, const Unit &unit, const Clock &clock,
                   QWidget *parent = nullptr);

    PeriodPicker *period() const { return m_period; }
    // The students on the list, without the header.
    int studentCount() const;
    // Writes the list; the reason is also shown in the dialog when that fails.
    Status exportTo(const QString &path, CsvDialect dialect);

signals:
    void exported(const QString &message);

private:
    void refresh();
    void chooseFile();

    PlacementService &m_placements;
    Unit m_unit;

    ErrorBanner *m_banner = nullptr;
    PeriodPicker *m_period = nullptr;
    QLabel *m_count = nullptr;
    QTableWidget *m_preview = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace vfu
