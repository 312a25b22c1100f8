#include "ui/UnitDialog.h"

#include "core/identity/HsaId.h"
#include "ui/ErrorBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vfu {
namespace {

QLineEdit *lineEdit(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

UnitDialog::UnitDialog(PlacementService &placements, const Unit &unit, QWidget *parent)
    : QDialog(parent)
    , m_placements(placements)
    , m_unit(unit)
    , m_banner(new ErrorBanner(this))
    , m_name(lineEdit(QStringLiteral("unitName"), unit.name, this))
    , m_hsaId(lineEdit(QStringLiteral("unitHsaId"), unit.hsaId, this))
    , m_hsaIdError(new QLabel(this))
    , m_inside(new QRadioButton(tr("&Inside the region (in KliPP)"), this))
    , m_outside(new QRadioButton(tr("&Outside the region (direct contact)"), this))
    , m_address(lineEdit(QStringLiteral("unitAddress"), unit.address, this))
    , m_contactName(lineEdit(QStringLiteral("unitContactName"), unit.contactName, this))
    , m_email(lineEdit(QStringLiteral("unitEmail"), unit.contactEmail, this))
    , m_phone(lineEdit(QStringLiteral("unitPhone"), unit.contactPhone, this))
{
    setObjectName(QStringLiteral("unitDialog"));
    setWindowTitle(unit.id == 0 ? tr("Add a unit") : tr("Change a unit"));
    resize(560, 0);

    m_hsaId->setPlaceholderText(tr("e.g. SE2321000016-ABCD"));
    m_hsaIdError->setObjectName(QStringLiteral("unitHsaIdError"));
    m_hsaIdError->setWordWrap(true);
    QPalette warning = m_hsaIdError->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_hsaIdError->setPalette(warning);
    m_hsaIdError->hide();
    m_inside->setObjectName(QStringLiteral("unitInside"));
    m_outside->setObjectName(QStringLiteral("unitOutside"));
    (unit.insideRegion ? m_inside : m_outside)->setChecked(true);
    m_email->setPlaceholderText(tr("name@region.example"));

    auto *region = new QVBoxLayout;
    region->addWidget(m_inside);
    region->addWidget(m_outside);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&HSA-ID:"), m_hsaId);
    form->addRow(QString(), m_hsaIdError);
    form->addRow(tr("Region:"), region);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Contact person:"), m_contactName);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(unit.id == 0 ? tr("&Add unit") : tr("&Save"),
                                QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveUnitButton"));
    m_save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnitDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &UnitDialog::checkFields);
    connect(m_hsaId, &QLineEdit::textChanged, this, &UnitDialog::checkFields);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    checkFields();
}

QString UnitDialog::hsaIdError() const
{
    const QString text = m_hsaId->text().trimmed();
    if (text.isEmpty())
        return {};
    const Result<HsaId> parsed = HsaId::parse(text);
    return parsed ? QString() : parsed.error();
}

void UnitDialog::checkFields()
{
    const QString error = hsaIdError();
    m_hsaIdError->setText(error);
    m_hsaIdError->setVisible(!error.isEmpty());
    m_save->setEnabled(error.isEmpty() && !m_name->text().trimmed().isEmpty());
}

Unit UnitDialog::unitFromFields() const
{
    Unit unit = m_unit;
    unit.name = m_name->text().trimmed();
    unit.hsaId = m_hsaId->text().trimmed();
    unit.insideRegion = m_inside->isChecked();
    unit.address = m_address->text().trimmed();
    unit.contactName = m_contactName->text().trimmed();
    unit.contactEmail = m_email->text().trimmed();
    unit.contactPhone = m_phone->text().trimmed();
    return unit;
}

void UnitDialog::accept()
{
    const Unit unit = unitFromFields();
    qint64 id = unit.id;
    if (id == 0) {
        const Result<Unit> added = m_placements.addUnit(unit);
        if (!added) {
            m_banner->showMessage(added.error());
            return;
        }
        id = added->id;
    } else if (const Status updated = m_placements.updateUnit(unit); !updated) {
        m_banner->showMessage(updated.error());
        return;
    }

    m_banner->clear();
    const QString message =
        m_unit.id == 0 ? tr("Unit %1 added.").arg(unit.name) : tr("Unit %1 saved.").arg(unit.name);
    QDialog::accept();
    emit saved(id, message);
}

} // namespace vfu
