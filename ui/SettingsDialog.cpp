#include "ui/SettingsDialog.h"

#include "core/StudentService.h"
#include "ui/ErrorBanner.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace vfu {
namespace {

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(StudentService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_banner(new ErrorBanner(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(820, 640);

    auto *intro = new QLabel(tr("The numbers of the routine. They are kept in the data file, so "
                                "everyone who shares it works by the same numbers."),
                             this);
    intro->setWordWrap(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(buildRows());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *resetAllButton =
        buttons->addButton(tr("Reset &all to defaults"), QDialogButtonBox::ResetRole);
    resetAllButton->setObjectName(QStringLiteral("resetAllButton"));
    connect(resetAllButton, &QPushButton::clicked, this, &SettingsDialog::resetAll);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
}

QWidget *SettingsDialog::buildRows()
{
    auto *rows = new QWidget;
    auto *grid = new QGridLayout(rows);
    grid->setColumnStretch(0, 1);
    grid->setHorizontalSpacing(12);
    const Policy &current = m_service.policy();

    int line = 0;
    bool finalStages = false;
    grid->addWidget(sectionHeading(tr("Waiting times and validity"), rows), line++, 0, 1, 5);
    for (const PolicySetting &setting : PolicySettings::all()) {
        if (setting.actionKind >= 0 && !finalStages) {
            finalStages = true;
            grid->setRowMinimumHeight(line++, 12);
            grid->addWidget(sectionHeading(tr("Second reminder: an action counts as soon this "
                                              "many days before it is due"),
                                           rows),
                            line++, 0, 1, 5);
        }

        Row row;
        row.setting = setting;
        auto *label = new QLabel(setting.label, rows);
        label->setWordWrap(true);
        row.spin = new QSpinBox(rows);
        row.spin->setObjectName(QStringLiteral("policy_") + setting.key);
        row.spin->setRange(setting.minimum, setting.maximum);
        row.spin->setValue(setting.get(current));
        row.spin->setAlignment(Qt::AlignRight);
        label->setBuddy(row.spin);
        auto *unit = new QLabel(setting.unit, rows);
        auto *defaultLabel = new QLabel(
            tr("default %1").arg(setting.defaultValue), rows);
        defaultLabel->setObjectName(QStringLiteral("default_") + setting.key);
        defaultLabel->setForegroundRole(QPalette::PlaceholderText);
        row.reset = new QToolButton(rows);
        row.reset->setObjectName(QStringLiteral("reset_") + setting.key);
        row.reset->setText(tr("Reset to default"));
        row.reset->setAutoRaise(true);

        grid->addWidget(label, line, 0);
        grid->addWidget(row.spin, line, 1);
        grid->addWidget(unit, line, 2);
        grid->addWidget(defaultLabel, line, 3);
        grid->addWidget(row.reset, line, 4);
        ++line;

        m_rows.append(row);
        const Row &added = m_rows.constLast();
        QSpinBox *spin = added.spin;
        connect(added.reset, &QToolButton::clicked, spin,
                [spin, value = setting.defaultValue] { spin->setValue(value); });
        connect(spin, &QSpinBox::valueChanged, this,
                [this, index = m_rows.size() - 1] { updateRow(m_rows.at(index)); });
        updateRow(added);
    }
    grid->setRowStretch(line, 1);
    return rows;
}

void SettingsDialog::updateRow(const Row &row)
{
    const bool changed = row.spin->value() != row.setting.defaultValue;
    row.reset->setEnabled(changed);
    QFont font = row.spin->font();
    font.setBold(changed);
    row.spin->setFont(font);
}

Policy SettingsDialog::policy() const
{
    Policy policy = m_service.policy();
    for (const Row &row : m_rows)
        row.setting.set(policy, row.spin->value());
    return policy;
}

QSpinBox *SettingsDialog::spinBox(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.setting.key == key)
            return row.spin;
    }
    return nullptr;
}

void SettingsDialog::resetAll()
{
    for (const Row &row : std::as_const(m_rows))
        row.spin->setValue(row.setting.defaultValue);
}

void SettingsDialog::accept()
{
    const Status stored = m_service.setPolicy(policy());
    if (!stored) {
        m_banner->showMessage(stored.error());
        return;
    }
    emit saved(tr("Saved the settings. Today and the students follow the new numbers."));
    QDialog::accept();
}

} // namespace vfu
