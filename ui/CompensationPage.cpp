#include "ui/CompensationPage.h"

#include "ui/CompensationModel.h"
#include "ui/CsvSaveChooser.h"
#include "ui/ErrorBanner.h"
#include "ui/PeriodPicker.h"
#include "ui/Presentation.h"

#include <QCollator>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace vfu {

// The students are not needed: the signature matches the other pages, so that the main
// window builds them alike.
CompensationPage::CompensationPage(PlacementService &placements, StudentService & /*students*/,
                                   const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_placements(placements)
    , m_banner(new ErrorBanner(this))
    , m_period(new PeriodPicker(clock, this))
    , m_rule(new QLabel(this))
    , m_paid(new CompensationModel(this))
    , m_apart(new CompensationModel(this))
    , m_total(new QLabel(this))
    , m_apartTitle(
          new QLabel(tr("Not in the total: paid from ALF funds or by an own clinic"), this))
{
    setObjectName(QStringLiteral("compensationPage"));

    auto *title = new QLabel(tr("Compensation basis for units"), this);
    QFont heading = title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    title->setFont(heading);
    m_rule->setObjectName(QStringLiteral("compensationRule"));
    m_rule->setWordWrap(true);
    m_total->setObjectName(QStringLiteral("compensationTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_apartTitle->setObjectName(QStringLiteral("compensationApartTitle"));
    m_apartTitle->setFont(bold);

    m_export = new QPushButton(tr("&Export\u2026"), this);
    m_export->setObjectName(QStringLiteral("exportCompensationButton"));
    m_export->setToolTip(tr("Write the basis as CSV for the finance office"));
    connect(m_export, &QPushButton::clicked, this, &CompensationPage::chooseFile);
    connect(m_period, &PeriodPicker::periodChanged, this, &CompensationPage::reload);

    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addStretch(1);
    top->addWidget(m_export);

    QTableView *paidView = linesView(QStringLiteral("compensationLines"), m_paid);
    m_apartView = linesView(QStringLiteral("compensationApart"), m_apart);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(m_rule);
    layout->addWidget(paidView, 3);
    layout->addWidget(m_total);
    layout->addSpacing(8);
    layout->addWidget(m_apartTitle);
    layout->addWidget(m_apartView, 1);
    reload();
}

QTableView *CompensationPage::linesView(const QString &objectName, CompensationModel *model)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(CompensationModel::UnitColumn, QHeaderView::Stretch);
    for (int column = CompensationModel::HsaIdColumn; column < CompensationModel::ColumnCount;
         ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return view;
}

void CompensationPage::reload()
{
    const Result<CompensationBasis> basis =
        m_placements.compensation(m_period->from(), m_period->to());
    if (!basis) {
        m_basis.reset();
        m_banner->showMessage(basis.error());
        m_paid->setLines({});
        m_apart->setLines({});
        m_total->clear();
        m_export->setEnabled(false);
        return;
    }

    m_banner->clear();
    m_basis = *basis;
    QList<CompensationLine> lines = basis->lines;
    // Swedish order whatever language the window speaks, then by way of paying.
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(lines.begin(), lines.end(),
                     [&collator](const CompensationLine &a, const CompensationLine &b) {
                         return collator.compare(a.unit.name, b.unit.name) < 0;
                     });
    QList<CompensationLine> paid;
    QList<CompensationLine> apart;
    for (const CompensationLine &line : std::as_const(lines))
        (line.funding == Funding::Klipp ? paid : apart).append(line);
    m_paid->setLines(paid);
    m_apart->setLines(apart);
    m_rule->setText(tr("Counted as: %1. Cancelled placements are left out; interrupted ones "
                       "count to the interruption.")
                        .arg(Compensation::ruleLabel(basis->rule)));
    m_total->setText(tr("KliPP total: %1 days, %2 weeks")
                         .arg(basis->totalDays)
                         .arg(CompensationModel::weeks(basis->totalWeeks)));
    m_apartTitle->setVisible(!apart.isEmpty());
    m_apartView->setVisible(!apart.isEmpty());
    m_export->setEnabled(true);
}

Status CompensationPage::exportTo(const QString &path, CsvDialect dialect)
{
    const Status written =
        m_placements.writeCompensation(m_period->from(), m_period->to(), path, dialect);
    if (!written) {
        m_banner->showMessage(written.error());
        return written;
    }
    m_banner->clear();
    emit statusMessage(
        tr("The compensation basis was written to %1.").arg(QDir::toNativeSeparators(path)));
    return written;
}

void CompensationPage::chooseFile()
{
    const QString name =
        tr("compensation %1 to %2.csv")
            .arg(Presentation::date(m_period->from()), Presentation::date(m_period->to()));
    if (const std::optional<CsvTarget> target =
            CsvSaveChooser::ask(this, tr("Export the compensation basis"), name))
        exportTo(target->path, target->dialect);
}

} // namespace vfu
