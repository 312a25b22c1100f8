#include "ui/ProgrammeNotesBox.h"

#include "core/StudentService.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vfu {

ProgrammeNotesBox::ProgrammeNotesBox(StudentService &service, QWidget *parent)
    : QGroupBox(parent)
    , m_service(service)
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save notes"), this))
{
    setObjectName(QStringLiteral("programmeNotes"));

    m_notes->setObjectName(QStringLiteral("programmeNotesEdit"));
    m_notes->setPlaceholderText(
        tr("The programme's own routine, for every student of it: whom to ask, what to book."));
    m_notes->setTabChangesFocus(true);
    connect(m_notes->document(), &QTextDocument::modificationChanged, m_save,
            &QPushButton::setEnabled);

    m_save->setObjectName(QStringLiteral("saveNotesButton"));
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &ProgrammeNotesBox::save);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notes, 1);
    layout->addLayout(buttons);
}

bool ProgrammeNotesBox::setProgramme(const QString &code, const QString &name, QString *error)
{
    m_code = code;
    setTitle(name.isEmpty() ? tr("Routine notes of the programme")
                            : tr("Routine notes of %1").arg(name));
    const Result<QString> notes = m_service.programmeNotes(code);
    m_notes->setPlainText(notes ? *notes : QString());
    m_notes->document()->setModified(false);
    m_save->setEnabled(false);
    setEnabled(!code.isEmpty());
    if (!notes && error)
        *error = notes.error();
    return notes.isOk();
}

void ProgrammeNotesBox::save()
{
    const Status status = m_service.setProgrammeNotes(m_code, m_notes->toPlainText());
    if (!status) {
        emit failed(status.error());
        return;
    }
    m_notes->document()->setModified(false);
    m_save->setEnabled(false);
    emit saved(tr("Saved the routine notes of the programme."));
}

} // namespace vfu
