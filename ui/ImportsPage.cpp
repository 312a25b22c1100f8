#include "ui/ImportsPage.h"

#include "core/StudentService.h"
#include "ui/ErrorBanner.h"
#include "ui/ImportBatchModel.h"
#include "ui/MessageDialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vfu {

ImportsPage::ImportsPage(StudentService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_batches(new ImportBatchModel(this))
    , m_banner(new ErrorBanner(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(tr("No list has been imported yet."), this))
    , m_undo(new QPushButton(tr("Undo this import\u2026"), this))
    , m_report(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importsPage"));

    auto *heading = new QLabel(tr("Imports"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    auto *explanation =
        new QLabel(tr("Every Ladok list imported into this data file. Undoing an import removes "
                      "the students it added and sets back the fields it changed; what was "
                      "changed by hand since is kept."),
                   this);
    explanation->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("importsView"));
    m_view->setModel(m_batches);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportsPage::updateButton);
    connect(m_batches, &QAbstractItemModel::modelReset, this, &ImportsPage::updateButton);

    m_empty->setObjectName(QStringLiteral("importsEmpty"));
    m_empty->setEnabled(false);

    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    connect(m_undo, &QPushButton::clicked, this, &ImportsPage::undoSelected);

    m_report->setObjectName(QStringLiteral("importUndoReport"));
    m_report->setReadOnly(true);
    m_report->setMaximumHeight(8 * m_report->fontMetrics().lineSpacing());
    m_report->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_empty);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_report);
}

void ImportsPage::reload()
{
    const qint64 selected = selectedBatchId();
    const Result<QList<ImportBatch>> batches = m_service.importBatches();
    if (!batches) {
        m_banner->showMessage(batches.error());
        return;
    }
    m_batches->setBatches(*batches);
    m_empty->setVisible(batches->isEmpty());
    for (int column = 0; column < ImportBatchModel::StateColumn; ++column)
        m_view->resizeColumnToContents(column);
    if (selected != 0)
        selectBatch(selected);
    else if (m_batches->rowCount() > 0)
        m_view->selectRow(0);
}

void ImportsPage::selectBatch(qint64 batchId)
{
    const int row = m_batches->rowOfBatch(batchId);
    if (row >= 0)
        m_view->selectRow(row);
}

qint64 ImportsPage::selectedBatchId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(ImportBatchModel::BatchIdRole).toLongLong();
}

void ImportsPage::updateButton()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_undo->setEnabled(!rows.isEmpty() &&
                       !rows.constFirst().data(ImportBatchModel::UndoneRole).toBool());
}

void ImportsPage::undoSelected()
{
    const int row = m_batches->rowOfBatch(selectedBatchId());
    if (row < 0 || m_batches->batchAt(row).undoneAt.isValid())
        return;
    const ImportBatch batch = m_batches->batchAt(row);
    const QString question =
        tr("Undo the import of %1 from %2?\n\nThe students it added (%3) leave the data file, "
           "unless they were changed since; the fields it changed go back.")
            .arg(batch.fileName, batch.importedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(batch.inserted);
    if (!MessageDialogs::confirm(this, tr("Undo import"), question, tr("Undo import")))
        return;

    const Result<ImportUndoReport> report = m_service.undoImport(batch.id);
    if (!report) {
        m_banner->showMessage(report.error());
        return;
    }
    m_banner->clear();
    QString text = tr("Undid the import of %1. Students removed: %2. Fields set back: %3.")
                       .arg(batch.fileName)
                       .arg(report->removed)
                       .arg(report->reverted);
    if (!report->kept.isEmpty())
        text += QLatin1Char('\n') + tr("Kept:") + QLatin1Char('\n') +
                report->kept.join(QLatin1Char('\n'));
    m_report->setPlainText(text);
    m_report->show();
    reload();
    emit importUndone(text);
}

} // namespace vfu
