#include "ui/StudentFactsBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vfu {
namespace {

// A sentence the coordinator must not miss: bold, on its own line.
QLabel *notice(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

StudentFactsBox::StudentFactsBox(QWidget *parent)
    : QGroupBox(tr("What is known about the student"), parent)
    , m_track(new QComboBox(this))
    , m_reasonLabel(new QLabel(tr("Wh&y:"), this))
    , m_reason(new QLineEdit(this))
    , m_protection(new QComboBox(this))
    , m_aliasLabel(new QLabel(tr("&Alias:"), this))
    , m_alias(new QLineEdit(this))
    , m_secrecy(new QCheckBox(tr("KliPP's &secrecy switch is on"), this))
    , m_exchange(new QCheckBox(tr("E&xchange student"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    setObjectName(QStringLiteral("studentFacts"));

    m_track->setObjectName(QStringLiteral("trackCombo"));
    m_reason->setObjectName(QStringLiteral("trackReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the track changes"));
    m_reasonLabel->setBuddy(m_reason);
    m_protection->setObjectName(QStringLiteral("protectionCombo"));
    for (const Protection protection : {Protection::None, Protection::Address, Protection::Alias})
        m_protection->addItem(Protections::label(protection), Protections::code(protection));
    m_alias->setObjectName(QStringLiteral("aliasEdit"));
    m_alias->setPlaceholderText(tr("The only name lists may show"));
    m_aliasLabel->setBuddy(m_alias);
    m_secrecy->setObjectName(QStringLiteral("secrecyCheck"));
    m_exchange->setObjectName(QStringLiteral("exchangeCheck"));

    m_addressNotice = notice(QStringLiteral("addressNotice"),
                             tr("Do not enter an address in KliPP."), this);
    m_aliasNotice = notice(QStringLiteral("aliasNotice"),
                           tr("Lists and exports show only the alias."), this);
    m_secrecyNotice =
        notice(QStringLiteral("secrecyNotice"),
               tr("The unit's list will lack the student's name and contact details."), this);

    m_save->setObjectName(QStringLiteral("saveFactsButton"));
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_revert->setObjectName(QStringLiteral("revertFactsButton"));
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(changes()); });
    connect(m_revert, &QPushButton::clicked, this, [this] { setStudent(m_student); });

    for (QComboBox *combo : {m_track, m_protection})
        connect(combo, &QComboBox::currentIndexChanged, this, &StudentFactsBox::updateForm);
    for (QLineEdit *edit : {m_reason, m_alias})
        connect(edit, &QLineEdit::textChanged, this, &StudentFactsBox::updateForm);
    for (QCheckBox *check : {m_secrecy, m_exchange})
        connect(check, &QCheckBox::toggled, this, &StudentFactsBox::updateForm);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *trackLabel = new QLabel(tr("&Track:"), this);
    trackLabel->setBuddy(m_track);
    form->addRow(trackLabel, m_track);
    form->addRow(m_reasonLabel, m_reason);
    auto *protectionLabel = new QLabel(tr("&Protection:"), this);
    protectionLabel->setBuddy(m_protection);
    form->addRow(protectionLabel, m_protection);
    form->addRow(m_aliasLabel, m_alias);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_addressNotice);
    layout->addWidget(m_aliasNotice);
    layout->addWidget(m_secrecy);
    layout->addWidget(m_secrecyNotice);
    layout->addWidget(m_exchange);
    layout->addLayout(buttons);
}

void StudentFactsBox::setStudent(const Student &student)
{
    m_student = student;
    Student automatic = student;
    automatic.track.reset();

    {
        const QSignalBlocker blockTrack(m_track);
        m_track->clear();
        m_track->addItem(tr("Follows the identity number"), QString());
        m_track->setItemData(0,
                             tr("The identity number gives: %1")
                                 .arg(Tracks::label(Journey::trackOf(automatic))),
                             Qt::ToolTipRole);
        for (const Track track : Tracks::all())
            m_track->addItem(Tracks::label(track), Tracks::code(track));
        m_track->setCurrentIndex(
            student.track ? m_track->findData(Tracks::code(*student.track)) : 0);
    }
    const QSignalBlocker blockProtection(m_protection);
    const QSignalBlocker blockReason(m_reason);
    const QSignalBlocker blockAlias(m_alias);
    const QSignalBlocker blockSecrecy(m_secrecy);
    const QSignalBlocker blockExchange(m_exchange);
    m_protection->setCurrentIndex(m_protection->findData(Protections::code(student.protection)));
    m_reason->clear();
    m_alias->setText(student.alias);
    m_secrecy->setChecked(student.klippSecrecy);
    m_exchange->setChecked(student.exchange);
    updateForm();
}

std::optional<Track> StudentFactsBox::chosenTrack() const
{
    return Tracks::fromCode(m_track->currentData().toString());
}

Protection StudentFactsBox::chosenProtection() const
{
    return Protections::fromCode(m_protection->currentData().toString()).value_or(Protection::None);
}

StudentChanges StudentFactsBox::changes() const
{
    StudentChanges changes;
    if (chosenTrack() != m_student.track)
        changes.track = chosenTrack();
    if (chosenProtection() != m_student.protection)
        changes.protection = chosenProtection();
    const QString alias = chosenProtection() == Protection::Alias ? m_alias->text().trimmed()
                                                                  : QString();
    if (alias != m_student.alias)
        changes.alias = alias;
    if (m_secrecy->isChecked() != m_student.klippSecrecy)
        changes.klippSecrecy = m_secrecy->isChecked();
    if (m_exchange->isChecked() != m_student.exchange)
        changes.exchange = m_exchange->isChecked();
    changes.reason = m_reason->text().trimmed();
    return changes;
}

bool StudentFactsBox::hasChanges() const
{
    const StudentChanges pending = changes();
    return pending.track || pending.protection || pending.alias || pending.klippSecrecy ||
           pending.exchange;
}

void StudentFactsBox::updateForm()
{
    const bool trackChanges = chosenTrack() != m_student.track;
    m_reasonLabel->setVisible(trackChanges);
    m_reason->setVisible(trackChanges);

    const Protection protection = chosenProtection();
    m_aliasLabel->setVisible(protection == Protection::Alias);
    m_alias->setVisible(protection == Protection::Alias);
    m_addressNotice->setVisible(protection == Protection::Address);
    m_aliasNotice->setVisible(protection == Protection::Alias);
    m_secrecyNotice->setVisible(m_secrecy->isChecked());

    const bool pending = hasChanges();
    m_save->setEnabled(pending);
    m_revert->setEnabled(pending);
}

} // namespace vfu
