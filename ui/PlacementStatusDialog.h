#pragma once

#include "core/PlacementService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace vfu {

class ErrorBanner;

// Moves a placement along: planned, ordered (on a date), confirmed, ongoing, completed or
// cancelled. An interruption has its own dialog, for it needs the examiner and a reason.
class PlacementStatusDialog final : public QDialog
{
    Q_OBJECT

public:
    PlacementStatusDialog(PlacementService &placements, const PlacementRow &row, const Clock &clock,
                          QWidget *parent = nullptr);

    void setStatus(PlacementStatus status);
    void setDate(QDate date);

    // Records the status; the dialog stays open with the reason when core refuses it.
    void accept() override;

signals:
    void statusChanged(qint64 placementId, const QString &message);

private:
    PlacementStatus chosenStatus() const;
    void updateDate();

    PlacementService &m_placements;
    qint64 m_placementId = 0;
    QString m_studentName;

    ErrorBanner *m_banner = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace vfu
