#pragma once

#include "core/StudentService.h"
#include "ui/StudentRows.h"

#include <QFrame>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vfu {

class ErrorBanner;
class StepValueInput;

// The action selected on Today, in full: why it is due and what to do, the Lärtorget login
// checklist where the student is stuck before JoBSH, a button that records the step that
// resolves it (asking for the step's value where it has one), and "set aside until" a day
// with a note.
class TodayDetail final : public QFrame
{
    Q_OBJECT

public:
    explicit TodayDetail(StudentService &service, QWidget *parent = nullptr);

    // Null: nothing is selected.
    void setAction(const TodayAction *action);
    // Records the step that resolves the action, dated today.
    void resolve();
    // Records the alternative: JoBSH on Canvas instead of the link to Lärtorget.
    void resolveOnCanvas();
    void setAside();

signals:
    void studentChanged(qint64 studentId, const QString &message);
    void openStudent(qint64 studentId);

private:
    void recordStep(Step step, const QString &value);
    void updateButtons();

    StudentService &m_service;
    std::optional<TodayAction> m_action;

    QLabel *m_empty = nullptr;
    QWidget *m_body = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_checklist = nullptr;
    StepValueInput *m_value = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_canvas = nullptr;
    QPushButton *m_open = nullptr;
    QDateEdit *m_until = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_setAside = nullptr;
};

} // namespace vfu
