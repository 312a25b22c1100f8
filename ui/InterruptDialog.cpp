#include "ui/InterruptDialog.h"

#include "core/privacy/PrivacyGate.h"
#include "ui/ErrorBanner.h"
#include "ui/Presentation.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace vfu {

InterruptDialog::InterruptDialog(PlacementService &placements, const PlacementRow &row,
                                 const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_placements(placements)
    , m_placementId(row.placement.id)
    , m_studentName(PrivacyGate::displayName(row.student))
    , m_banner(new ErrorBanner(this))
    , m_date(new QDateEdit(this))
    , m_examiner(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("interruptDialog"));
    setWindowTitle(tr("Interrupt a placement"));
    resize(520, 360);

    const Placement &placement = row.placement;
    auto *what =
        new QLabel(tr("%1 at %2, %3 to %4")
                       .arg(m_studentName, row.unit.name, Presentation::date(placement.start),
                            Presentation::date(placement.end)),
                   this);
    what->setObjectName(QStringLiteral("interruptedPlacement"));
    what->setWordWrap(true);

    m_date->setObjectName(QStringLiteral("interruptDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // A day that has come, within the placement: core says so too, in words.
    m_date->setDate(
        std::clamp(clock.today(), placement.start, std::max(placement.start, placement.end)));
    m_examiner->setObjectName(QStringLiteral("interruptExaminer"));
    m_examiner->setPlaceholderText(tr("The examiner who stopped the placement"));
    m_reason->setObjectName(QStringLiteral("interruptReason"));
    m_reason->setPlaceholderText(tr("Why the placement was stopped"));
    m_reason->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Placement:"), what);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Examiner:"), m_examiner);
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *record = buttons->addButton(tr("&Interrupt"), QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("interruptButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InterruptDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InterruptDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
}

void InterruptDialog::accept()
{
    const Result<Placement> changed = m_placements.interrupt(
        m_placementId, m_date->date(), m_examiner->text(), m_reason->toPlainText());
    if (!changed) {
        m_banner->showMessage(changed.error());
        return;
    }

    m_banner->clear();
    const QString message = tr("The placement of %1 was interrupted on %2.")
                                .arg(m_studentName, Presentation::date(changed->interruptedOn));
    QDialog::accept();
    emit interrupted(m_placementId, message);
}

} // namespace vfu
