#pragma once

#include <QGroupBox>

class QPlainTextEdit;
class QPushButton;

namespace vfu {

class StudentService;

// The programme's own routine notes ("book the card office a week ahead"), shared by every
// student of the programme and kept in the data file.
class ProgrammeNotesBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProgrammeNotesBox(StudentService &service, QWidget *parent = nullptr);

    // Reads the notes of the programme; false (and `error`) when they cannot be read.
    bool setProgramme(const QString &code, const QString &name, QString *error = nullptr);
    void save();

signals:
    // The notes were saved, or could not be: `message` says which.
    void saved(const QString &message);
    void failed(const QString &message);

private:
    StudentService &m_service;
    QString m_code;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace vfu
