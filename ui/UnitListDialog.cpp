#include "ui/UnitListDialog.h"

#include "ui/CsvSaveChooser.h"
#include "ui/ErrorBanner.h"
#include "ui/PeriodPicker.h"
#include "ui/Presentation.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vfu {

UnitListDialog::UnitListDialog(PlacementService &placements, const Unit &unit, const Clock &clock,
                               QWidget *parent)
    : QDialog(parent)
    , m_placements(placements)
    , m_unit(unit)
    , m_banner(new ErrorBanner(this))
    , m_period(new PeriodPicker(clock, this))
    , m_count(new QLabel(this))
    , m_preview(new QTableWidget(this))
{
    setObjectName(QStringLiteral("unitListDialog"));
    setWindowTitle(tr("List for %1").arg(unit.name));
    resize(900, 480);

    auto *intro = new QLabel(tr("The students placed at %1 in the period, as the unit may see "
                                "them: protected identities by alias, and no name or contact "
                                "under KliPP secrecy.")
                                 .arg(unit.name),
                             this);
    intro->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("unitListCount"));
    m_preview->setObjectName(QStringLiteral("unitListPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setAlternatingRowColors(true);
    m_preview->setShowGrid(false);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export\u2026"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportUnitListButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_export, &QPushButton::clicked, this, &UnitListDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnitListDialog::reject);
    connect(m_period, &PeriodPicker::periodChanged, this, &UnitListDialog::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addStretch(1);
    top->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    refresh();
    m_export->setFocus();
}

int UnitListDialog::studentCount() const
{
    return m_preview->rowCount();
}

void UnitListDialog::refresh()
{
    const Result<QList<QStringList>> rows =
        m_placements.unitList(m_unit.id, m_period->from(), m_period->to());
    m_preview->clear();
    m_preview->setRowCount(0);
    if (!rows || rows->isEmpty()) {
        if (!rows)
            m_banner->showMessage(rows.error());
        m_count->clear();
        m_export->setEnabled(false);
        return;
    }

    m_banner->clear();
    const QStringList &header = rows->first();
    m_preview->setColumnCount(static_cast<int>(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    m_preview->setRowCount(static_cast<int>(rows->size() - 1));
    for (int row = 1; row < rows->size(); ++row) {
        const QStringList &cells = rows->at(row);
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row - 1, column, new QTableWidgetItem(cells.at(column)));
    }
    m_preview->resizeColumnsToContents();
    m_count->setText(tr("Students on the list: %1").arg(studentCount()));
    m_export->setEnabled(true);
}

Status UnitListDialog::exportTo(const QString &path, CsvDialect dialect)
{
    const Status written =
        m_placements.writeUnitList(m_unit.id, m_period->from(), m_period->to(), path, dialect);
    if (!written) {
        m_banner->showMessage(written.error());
        return written;
    }
    m_banner->clear();
    emit exported(
        tr("The list for %1 was written to %2.").arg(m_unit.name, QDir::toNativeSeparators(path)));
    return written;
}

void UnitListDialog::chooseFile()
{
    QString name = tr("%1 %2 to %3.csv")
                       .arg(m_unit.name, Presentation::date(m_period->from()),
                            Presentation::date(m_period->to()));
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    if (const std::optional<CsvTarget> target =
            CsvSaveChooser::ask(this, tr("Export the list for %1").arg(m_unit.name), name))
        exportTo(target->path, target->dialect);
}

} // namespace vfu
