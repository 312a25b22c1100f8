#pragma once

#include "core/PlacementService.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QTableWidget;

namespace vfu {

class ErrorBanner;

// How each programme gets its placements and who pays the units: the routine's defaults from
// the programme's name, changeable here. Only the programmes that change are saved.
class ProgrammesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProgrammesDialog(PlacementService &placements, QWidget *parent = nullptr);

    QComboBox *routeBox(const QString &programmeCode) const;
    QComboBox *fundingBox(const QString &programmeCode) const;

    // Saves the programmes that changed; the dialog stays open with the reason on a failure.
    void accept() override;

signals:
    void saved(const QString &message);

private:
    void load();

    PlacementService &m_placements;
    QList<Programme> m_programmes;
    ErrorBanner *m_banner = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace vfu
