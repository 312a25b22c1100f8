#pragma once

#include "core/PlacementService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace vfu {

class ErrorBanner;

// Adds a unit or changes one: name, HSA-ID (checked as it is typed, with core's sentence when
// it is wrong), inside or outside the region, address and contact person.
class UnitDialog final : public QDialog
{
    Q_OBJECT

public:
    // A new unit when `unit` has no id; otherwise that unit, to change.
    UnitDialog(PlacementService &placements, const Unit &unit, QWidget *parent = nullptr);

    // Core's sentence about the HSA-ID as typed; empty when it is valid or empty.
    QString hsaIdError() const;

    // Saves the unit; the dialog stays open with the reason when core refuses it.
    void accept() override;

signals:
    void saved(qint64 unitId, const QString &message);

private:
    void checkFields();
    Unit unitFromFields() const;

    PlacementService &m_placements;
    Unit m_unit;

    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_hsaId = nullptr;
    QLabel *m_hsaIdError = nullptr;
    QRadioButton *m_inside = nullptr;
    QRadioButton *m_outside = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace vfu
