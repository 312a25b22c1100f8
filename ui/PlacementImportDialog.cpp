#include "ui/PlacementImportDialog.h"

#include "core/storage/Database.h"
#include "ui/ErrorBanner.h"
#include "ui/ImportReportModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace vfu {
namespace {

QString separatorName(QChar separator)
{
    if (separator == u';')
        return PlacementImportDialog::tr("semicolon");
    if (separator == u',')
        return PlacementImportDialog::tr("comma");
    if (separator == u'\t')
        return PlacementImportDialog::tr("tab");
    return separator;
}

} // namespace

PlacementImportDialog::PlacementImportDialog(Database &database, const Clock &clock, Kind kind,
                                             QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
    , m_kind(kind)
    , m_banner(new ErrorBanner(this))
    , m_file(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_lines(new ImportReportModel(this))
    , m_linesView(new QTableView(this))
{
    setObjectName(QStringLiteral("placementImportDialog"));
    setWindowTitle(kind == Kind::Units ? tr("Import units") : tr("Import placements"));
    resize(900, 560);

    auto *columns = new QLabel(
        kind == Kind::Units
            ? tr("Columns found by name: Namn/Name, HSA-ID, Region (inom/utom), Adress, "
                 "Kontaktperson, E-post, Telefon.")
            : tr("Columns found by name: Personnummer/Identity, Enhet/Unit (name or HSA-ID), "
                 "Kurs/Course, Startdatum/Start, Slutdatum/End, and Orsak/Reason for an overlap."),
        this);
    columns->setWordWrap(true);
    columns->setEnabled(false);
    m_file->setObjectName(QStringLiteral("placementImportFile"));
    m_file->setWordWrap(true);
    m_counts->setObjectName(QStringLiteral("placementImportCounts"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);

    m_linesView->setObjectName(QStringLiteral("placementImportLines"));
    m_linesView->setModel(m_lines);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linesView->setAlternatingRowColors(true);
    m_linesView->setShowGrid(false);
    m_linesView->setWordWrap(false);
    m_linesView->verticalHeader()->hide();
    m_linesView->horizontalHeader()->setStretchLastSection(true);
    const int em = m_linesView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_linesView->setColumnWidth(ImportReportModel::LineColumn, 4 * em);
    m_linesView->setColumnWidth(ImportReportModel::FateColumn, 6 * em);
    m_linesView->setColumnWidth(ImportReportModel::WhatColumn, 12 * em);
    m_linesView->setColumnWidth(ImportReportModel::ColumnColumn, 8 * em);

    auto *choose = new QPushButton(tr("&Choose another file\u2026"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, &PlacementImportDialog::chooseOtherFile);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_import->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlacementImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlacementImportDialog::reject);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(fileRow);
    layout->addWidget(columns);
    layout->addWidget(m_counts);
    layout->addWidget(m_linesView, 1);
    layout->addWidget(buttons);
}

Result<ImportReport> PlacementImportDialog::run(bool write) const
{
    return m_kind == Kind::Units
               ? PlacementImport::units(m_database, m_path, write)
               : PlacementImport::placements(m_database, m_clock.now(), m_path, write);
}

QString PlacementImportDialog::countsText(const ImportReport &report)
{
    return tr("%1 inserted, %2 updated, %3 unchanged, %4 rejected")
        .arg(report.count(LineFate::Inserted))
        .arg(report.count(LineFate::Updated))
        .arg(report.count(LineFate::Unchanged))
        .arg(report.count(LineFate::Rejected));
}

Status PlacementImportDialog::openFile(const QString &path)
{
    const QString previous = m_path;
    m_path = path;
    Result<ImportReport> preview = run(false);
    if (!preview) {
        m_path = previous;
        return Status::failure(preview.error());
    }

    m_banner->clear();
    m_preview = std::move(preview).value();
    const ImportReport &report = *m_preview;
    m_file->setText(tr("%1: %2, separated by %3, header on line %4")
                        .arg(report.fileName, CsvReader::encodingName(report.encoding),
                             separatorName(report.separator))
                        .arg(report.headerLine));
    m_file->setToolTip(QDir::toNativeSeparators(path));
    m_counts->setText(countsText(report));
    m_lines->setReport(report);
    m_import->setEnabled(report.count(LineFate::Inserted) + report.count(LineFate::Updated) > 0);
    return ok();
}

QString PlacementImportDialog::askForFile(QWidget *parent, Kind kind)
{
    return QFileDialog::getOpenFileName(
        parent, kind == Kind::Units ? tr("Import units") : tr("Import placements"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv *.txt);;All files (*)"));
}

void PlacementImportDialog::chooseOtherFile()
{
    const QString path = askForFile(this, m_kind);
    if (path.isEmpty())
        return;
    if (const Status opened = openFile(path); !opened)
        m_banner->showMessage(opened.error());
}

void PlacementImportDialog::accept()
{
    if (!m_preview)
        return;

    const Result<ImportReport> report = run(true);
    if (!report) {
        m_banner->showMessage(report.error());
        return;
    }
    const QString message = tr("Imported %1: %2.").arg(report->fileName, countsText(*report));
    QDialog::accept();
    emit imported(message);
}

} // namespace vfu
