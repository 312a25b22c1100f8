#pragma once

#include "core/StudentService.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vfu {

// What is known about a student beyond the Ladok list, editable: the track (or "follows the
// identity number"), protection with the alias, KliPP's secrecy switch and the exchange flag.
// It says plainly what each protection means for the coordinator. A change of track asks for a
// reason. It only asks; the page saves through StudentService::change.
class StudentFactsBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit StudentFactsBox(QWidget *parent = nullptr);

    void setStudent(const Student &student);
    // The fields that differ from the student as shown, with the reason.
    StudentChanges changes() const;
    bool hasChanges() const;

signals:
    void saveRequested(const StudentChanges &changes);

private:
    std::optional<Track> chosenTrack() const;
    Protection chosenProtection() const;
    void updateForm();

    Student m_student;
    QComboBox *m_track = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_protection = nullptr;
    QLabel *m_aliasLabel = nullptr;
    QLineEdit *m_alias = nullptr;
    QCheckBox *m_secrecy = nullptr;
    QCheckBox *m_exchange = nullptr;
    QLabel *m_addressNotice = nullptr;
    QLabel *m_aliasNotice = nullptr;
    QLabel *m_secrecyNotice = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace vfu
