#pragma once

#include "core/StudentService.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace vfu {

class ErrorBanner;
class HistoryPanel;
class JourneyStrip;
class ProgrammeNotesBox;
class StepRecorder;
class StudentFactsBox;

// One student: who they are, the track's steps as a row with dates, what is due and why, what
// was set aside, a row that records the next step (or any other), what is known about the
// student, the programme's routine notes, and the history with undo of any step.
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

    // Records the step the record row shows (the next one unless another was chosen).
    void recordNextStep();
    void undoLastChange();
    void undoStep(qint64 eventId);

signals:
    // Something about the student changed; `message` says what.
    void studentChanged(qint64 studentId, const QString &message);
    void backRequested();

private:
    QWidget *buildHeader();
    QWidget *buildLeftColumn();
    QWidget *buildRightColumn();
    void showSummary(const StudentSummary &summary);
    void showIdentity();
    void showDueActions(const QList<DueAction> &actions, const QList<DueAction> &setAside);
    void addChecklist();
    void showMessage(const QString &message);
    void record(Step step, QDate date, const QString &value);
    void saveFacts(const StudentChanges &changes);
    void changed(const QString &message);

    StudentService &m_service;
    qint64 m_studentId = 0;
    std::optional<StudentSummary> m_summary;

    ErrorBanner *m_banner = nullptr;
    QToolButton *m_back = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_identity = nullptr;
    QToolButton *m_reveal = nullptr;
    QLabel *m_programme = nullptr;
    QLabel *m_hsaId = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_track = nullptr;
    JourneyStrip *m_strip = nullptr;
    QWidget *m_dueBox = nullptr;
    QVBoxLayout *m_dueLayout = nullptr;
    StepRecorder *m_recorder = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_message = nullptr;
    HistoryPanel *m_history = nullptr;
    StudentFactsBox *m_facts = nullptr;
    ProgrammeNotesBox *m_notes = nullptr;
};

} // namespace vfu
