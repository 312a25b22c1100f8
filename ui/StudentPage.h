#pragma once

#include "core/StudentService.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace vfu {

class ErrorBanner;
class JourneyStrip;

// One student: who they are, the journey as a row of steps, what is due and why, a button
// that records the next step on a date, undo, and the history with cancellations.
class StudentPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StudentPage(StudentService &service, QWidget *parent = nullptr);

    // Shows the student; false (and a banner) when the student cannot be read.
    bool showStudent(qint64 studentId);
    qint64 studentId() const { return m_studentId; }
    // Reads the student again, after a change made elsewhere.
    void reload();

    // Where the back button leads, in its own words: "Back to Students".
    void setBackText(const QString &text);

    void recordNextStep();
    void undoLastChange();

signals:
    // A step was recorded or undone; `message` says which.
    void studentChanged(qint64 studentId, const QString &message);
    void backRequested();

private:
    QWidget *buildHeader();
    QWidget *buildRecordRow();
    void showSummary(const StudentSummary &summary);
    void showDueActions(const QList<DueAction> &actions);
    void showHistory(const QList<JourneyEvent> &events);
    void validateHsaId();
    void updateRecordButton();

    StudentService &m_service;
    qint64 m_studentId = 0;
    std::optional<StudentSummary> m_summary;

    ErrorBanner *m_banner = nullptr;
    QToolButton *m_back = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_programme = nullptr;
    QLabel *m_hsaId = nullptr;
    QLabel *m_stage = nullptr;
    JourneyStrip *m_strip = nullptr;
    QWidget *m_dueBox = nullptr;
    QVBoxLayout *m_dueLayout = nullptr;
    QWidget *m_recordBox = nullptr;
    QLabel *m_allDone = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_hsaIdLabel = nullptr;
    QLineEdit *m_hsaIdEdit = nullptr;
    QLabel *m_hsaIdError = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_history = nullptr;
};

} // namespace vfu
