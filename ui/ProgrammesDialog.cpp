#include "ui/ProgrammesDialog.h"

#include "ui/ErrorBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vfu {
namespace {

enum Column { CodeColumn, NameColumn, RouteColumn, FundingColumn, ColumnCount };

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

ProgrammesDialog::ProgrammesDialog(PlacementService &placements, QWidget *parent)
    : QDialog(parent)
    , m_placements(placements)
    , m_banner(new ErrorBanner(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("programmesDialog"));
    setWindowTitle(tr("Programmes"));
    resize(860, 420);

    auto *intro = new QLabel(tr("How each programme gets its placements and who pays the units. "
                                "Only KliPP-paid programmes count in the compensation total."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("programmeTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Programme"), tr("Ordering route"), tr("Funding")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveProgrammesButton"));
    save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProgrammesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProgrammesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    load();
}

void ProgrammesDialog::load()
{
    const Result<QList<Programme>> programmes = m_placements.programmes();
    if (!programmes) {
        m_banner->showMessage(programmes.error());
        return;
    }
    m_programmes = *programmes;
    if (m_programmes.isEmpty())
        m_banner->showMessage(tr("No programme yet: import a Ladok list first."));

    m_table->setRowCount(static_cast<int>(m_programmes.size()));
    for (int row = 0; row < m_programmes.size(); ++row) {
        const Programme &programme = m_programmes.at(row);
        m_table->setItem(row, CodeColumn, readOnlyItem(programme.code));
        m_table->setItem(row, NameColumn, readOnlyItem(programme.name));

        auto *route = new QComboBox(m_table);
        route->setObjectName(QStringLiteral("route_") + programme.code);
        for (const OrderingRoute value : {OrderingRoute::KlippOrder, OrderingRoute::PreReserved,
                                          OrderingRoute::DirectContact, OrderingRoute::OwnClinic})
            route->addItem(Programmes::routeLabel(value), static_cast<int>(value));
        route->setCurrentIndex(route->findData(static_cast<int>(programme.route)));
        m_table->setCellWidget(row, RouteColumn, route);

        auto *funding = new QComboBox(m_table);
        funding->setObjectName(QStringLiteral("funding_") + programme.code);
        for (const Funding value : {Funding::Klipp, Funding::Alf, Funding::OwnClinic})
            funding->addItem(Programmes::fundingLabel(value), static_cast<int>(value));
        funding->setCurrentIndex(funding->findData(static_cast<int>(programme.funding)));
        m_table->setCellWidget(row, FundingColumn, funding);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
}

QComboBox *ProgrammesDialog::routeBox(const QString &programmeCode) const
{
    return m_table->findChild<QComboBox *>(QStringLiteral("route_") + programmeCode);
}

QComboBox *ProgrammesDialog::fundingBox(const QString &programmeCode) const
{
    return m_table->findChild<QComboBox *>(QStringLiteral("funding_") + programmeCode);
}

void ProgrammesDialog::accept()
{
    int savedCount = 0;
    for (int row = 0; row < m_programmes.size(); ++row) {
        Programme programme = m_programmes.at(row);
        const auto *route = static_cast<QComboBox *>(m_table->cellWidget(row, RouteColumn));
        const auto *funding = static_cast<QComboBox *>(m_table->cellWidget(row, FundingColumn));
        const auto chosenRoute = static_cast<OrderingRoute>(route->currentData().toInt());
        const auto chosenFunding = static_cast<Funding>(funding->currentData().toInt());
        if (chosenRoute == programme.route && chosenFunding == programme.funding)
            continue;
        programme.route = chosenRoute;
        programme.funding = chosenFunding;
        if (const Status status = m_placements.saveProgramme(programme); !status) {
            m_banner->showMessage(status.error());
            return;
        }
        m_programmes[row] = programme;
        ++savedCount;
    }

    m_banner->clear();
    QDialog::accept();
    emit saved(savedCount == 0 ? tr("No programme changed.")
                               : tr("Programmes saved: %1.").arg(savedCount));
}

} // namespace vfu
