#include "ui/StepValueInput.h"

#include "core/identity/HsaId.h"
#include "ui/Presentation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace vfu {

StepValueInput::StepValueInput(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_hsaId(new QLineEdit(this))
    , m_choice(new QComboBox(this))
    , m_until(new QDateEdit(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_hsaId->setObjectName(QStringLiteral("hsaIdEdit"));
    m_hsaId->setPlaceholderText(QStringLiteral("SE2321000016-ABCD"));
    m_hsaId->setMinimumWidth(200);
    m_hsaId->setClearButtonEnabled(true);
    connect(m_hsaId, &QLineEdit::textChanged, this, &StepValueInput::validate);
    connect(m_hsaId, &QLineEdit::returnPressed, this, &StepValueInput::submitted);

    m_choice->setObjectName(QStringLiteral("cardChoiceCombo"));
    m_choice->setPlaceholderText(tr("Choose\u2026"));
    for (const CardChoice choice : {CardChoice::NewCard, CardChoice::TemporaryCard})
        m_choice->addItem(Tracks::choiceLabel(choice), Tracks::choiceCode(choice));
    connect(m_choice, &QComboBox::currentIndexChanged, this, &StepValueInput::changed);

    // The lowest date stands for "as long as the policy allows", which core works out.
    m_until->setObjectName(QStringLiteral("extensionDate"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setSpecialValueText(tr("As long as allowed"));
    m_until->setToolTip(tr("The card's new last day. The lowest choice means as long as the "
                           "routine allows."));
    connect(m_until, &QDateEdit::dateChanged, this, &StepValueInput::changed);

    m_note->setObjectName(QStringLiteral("nameChangeEdit"));
    m_note->setPlaceholderText(tr("What changed, e.g. the family name"));
    m_note->setMinimumWidth(220);
    connect(m_note, &QLineEdit::textChanged, this, &StepValueInput::changed);
    connect(m_note, &QLineEdit::returnPressed, this, &StepValueInput::submitted);

    m_error->setObjectName(QStringLiteral("hsaIdError"));
    m_error->setWordWrap(true);
    QPalette errorColours = m_error->palette();
    errorColours.setColor(QPalette::WindowText, Presentation::urgencyColor(Urgency::Overdue));
    m_error->setPalette(errorColours);
    m_error->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    for (QWidget *input : {static_cast<QWidget *>(m_hsaId), static_cast<QWidget *>(m_choice),
                           static_cast<QWidget *>(m_until), static_cast<QWidget *>(m_note)})
        layout->addWidget(input);
    hide();
}

void StepValueInput::setStep(Step step, const JourneyState &state)
{
    m_step = step;
    m_hsaId->clear();
    m_choice->setCurrentIndex(-1);
    m_note->clear();
    m_error->clear();
    m_error->hide();

    QWidget *input = nullptr;
    switch (step) {
    case Step::HsaIdRecorded:
        m_label->setText(tr("&HSA-ID:"));
        input = m_hsaId;
        break;
    case Step::CardChoiceMade:
        m_label->setText(tr("&Card:"));
        input = m_choice;
        break;
    case Step::TemporaryCardExtended: {
        m_label->setText(tr("&Valid until:"));
        const QDate ends = state.temporaryCardEnds.isValid() ? state.temporaryCardEnds
                                                             : QDate(2000, 1, 1);
        m_until->setMinimumDate(ends);
        m_until->setMaximumDate(ends.addYears(5));
        m_until->setDate(ends);
        m_until->setEnabled(state.temporaryCardEnds.isValid());
        input = m_until;
        break;
    }
    case Step::NameChanged:
        m_label->setText(tr("&What changed:"));
        input = m_note;
        break;
    default:
        break;
    }

    m_needsValue = input != nullptr;
    for (QWidget *each : {static_cast<QWidget *>(m_hsaId), static_cast<QWidget *>(m_choice),
                          static_cast<QWidget *>(m_until), static_cast<QWidget *>(m_note)})
        each->setVisible(each == input);
    m_label->setBuddy(input);
    setVisible(m_needsValue);
    emit changed();
}

bool StepValueInput::isAcceptable() const
{
    switch (m_step) {
    case Step::HsaIdRecorded:
        return HsaId::parse(m_hsaId->text()).isOk();
    case Step::CardChoiceMade:
        return m_choice->currentIndex() >= 0;
    default:
        return true;
    }
}

QString StepValueInput::value() const
{
    switch (m_step) {
    case Step::HsaIdRecorded:
        return m_hsaId->text();
    case Step::CardChoiceMade:
        return m_choice->currentData().toString();
    case Step::TemporaryCardExtended:
        return m_until->date() == m_until->minimumDate() ? QString()
                                                         : Presentation::date(m_until->date());
    case Step::NameChanged:
        return m_note->text().trimmed();
    default:
        return {};
    }
}

void StepValueInput::validate()
{
    const QString text = m_hsaId->text();
    const Result<HsaId> parsed = HsaId::parse(text);
    if (text.trimmed().isEmpty() || parsed) {
        m_error->clear();
        m_error->hide();
    } else {
        m_error->setText(parsed.error());
        m_error->show();
    }
    emit changed();
}

} // namespace vfu
