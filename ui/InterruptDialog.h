#pragma once

#include "core/PlacementService.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace vfu {

class ErrorBanner;

// Records that the examiner stopped a placement at once (avbruten VFU): the date, the examiner
// and the reason. The compensation basis counts the placement up to that date.
class InterruptDialog final : public QDialog
{
    Q_OBJECT

public:
    InterruptDialog(PlacementService &placements, const PlacementRow &row, const Clock &clock,
                    QWidget *parent = nullptr);

    // Records the interruption; the dialog stays open with the reason when core refuses it.
    void accept() override;

signals:
    void interrupted(qint64 placementId, const QString &message);

private:
    PlacementService &m_placements;
    qint64 m_placementId = 0;
    QString m_studentName;

    ErrorBanner *m_banner = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_examiner = nullptr;
    QPlainTextEdit *m_reason = nullptr;
};

} // namespace vfu
