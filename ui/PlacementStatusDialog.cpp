#include "ui/PlacementStatusDialog.h"

#include "core/privacy/PrivacyGate.h"
#include "ui/ErrorBanner.h"
#include "ui/Presentation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vfu {

PlacementStatusDialog::PlacementStatusDialog(PlacementService &placements, const PlacementRow &row,
                                             const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_placements(placements)
    , m_placementId(row.placement.id)
    , m_studentName(PrivacyGate::displayName(row.student))
    , m_banner(new ErrorBanner(this))
    , m_status(new QComboBox(this))
    , m_dateLabel(new QLabel(tr("Ordered &on:"), this))
    , m_date(new QDateEdit(clock.today(), this))
{
    setObjectName(QStringLiteral("placementStatusDialog"));
    setWindowTitle(tr("Change the status"));

    const Placement &placement = row.placement;
    auto *what =
        new QLabel(tr("%1 at %2, %3 to %4")
                       .arg(m_studentName, row.unit.name, Presentation::date(placement.start),
                            Presentation::date(placement.end)),
                   this);
    what->setWordWrap(true);

    m_status->setObjectName(QStringLiteral("placementStatus"));
    for (const PlacementStatus status :
         {PlacementStatus::Planned, PlacementStatus::Ordered, PlacementStatus::Confirmed,
          PlacementStatus::Ongoing, PlacementStatus::Completed, PlacementStatus::Cancelled})
        m_status->addItem(Placements::statusLabel(status), static_cast<int>(status));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(placement.status)));
    m_date->setObjectName(QStringLiteral("placementStatusDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(clock.today());
    m_dateLabel->setBuddy(m_date);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PlacementStatusDialog::updateDate);

    auto *form = new QFormLayout;
    form->addRow(tr("Placement:"), what);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(m_dateLabel, m_date);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveStatusButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlacementStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlacementStatusDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    updateDate();
}

void PlacementStatusDialog::setStatus(PlacementStatus status)
{
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(status)));
}

void PlacementStatusDialog::setDate(QDate date)
{
    m_date->setDate(date);
}

PlacementStatus PlacementStatusDialog::chosenStatus() const
{
    return static_cast<PlacementStatus>(m_status->currentData().toInt());
}

void PlacementStatusDialog::updateDate()
{
    // Only an order carries a date of its own.
    const bool dated = chosenStatus() == PlacementStatus::Ordered;
    m_dateLabel->setVisible(dated);
    m_date->setVisible(dated);
}

void PlacementStatusDialog::accept()
{
    const PlacementStatus status = chosenStatus();
    const Result<Placement> changed = m_placements.setStatus(
        m_placementId, status, status == PlacementStatus::Ordered ? m_date->date() : QDate());
    if (!changed) {
        m_banner->showMessage(changed.error());
        return;
    }

    m_banner->clear();
    const QString message =
        tr("The placement of %1 is now: %2.")
            .arg(m_studentName, Placements::statusLabel(changed->status).toLower());
    QDialog::accept();
    emit statusChanged(m_placementId, message);
}

} // namespace vfu
