#pragma once

#include "core/policy/Policy.h"

#include <QDialog>

class QSpinBox;
class QToolButton;

namespace vfu {

class ErrorBanner;
class StudentService;

// Every number of the routine's policy, each with its unit, the routine's default and a way
// back to it. OK stores them in the data file, so that a shared data file shares them.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(StudentService &service, QWidget *parent = nullptr);

    // The policy as the dialog's fields stand.
    Policy policy() const;
    QSpinBox *spinBox(const QString &key) const;
    void resetAll();
    // Stores the policy; the dialog stays open with the reason when that fails.
    void accept() override;

signals:
    void saved(const QString &message);

private:
    struct Row
    {
        PolicySetting setting;
        QSpinBox *spin = nullptr;
        QToolButton *reset = nullptr;
    };

    QWidget *buildRows();
    void updateRow(const Row &row);

    StudentService &m_service;
    QList<Row> m_rows;
    ErrorBanner *m_banner = nullptr;
};

} // namespace vfu
