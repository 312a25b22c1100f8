#include "ui/ImportDialog.h"

#include "ui/BackgroundWork.h"
#include "ui/ErrorBanner.h"
#include "ui/ImportLinesModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace vfu {
namespace {

const std::array<StudentField, studentFieldCount> fields = {
    StudentField::Identity, StudentField::FamilyName,    StudentField::GivenNames,
    StudentField::Email,    StudentField::ProgrammeCode, StudentField::ProgrammeName};

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString separatorName(QChar separator)
{
    if (separator == u';')
        return ImportDialog::tr("Semicolon (;)");
    if (separator == u',')
        return ImportDialog::tr("Comma (,)");
    if (separator == u'\t')
        return ImportDialog::tr("Tab");
    return separator;
}

} // namespace

ImportDialog::ImportDialog(StudentService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_banner(new ErrorBanner(this))
    , m_counts(new QLabel(this))
    , m_lines(new ImportLinesModel(this))
    , m_linesView(new QTableView(this))
    , m_noLines(new QLabel(tr("No line is rejected or changed."), this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a Ladok list"));
    resize(960, 680);

    m_counts->setObjectName(QStringLiteral("importCounts"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);

    m_linesView->setObjectName(QStringLiteral("importLines"));
    m_linesView->setModel(m_lines);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linesView->setAlternatingRowColors(true);
    m_linesView->setShowGrid(false);
    m_linesView->setWordWrap(false);
    m_linesView->verticalHeader()->hide();
    m_linesView->horizontalHeader()->setStretchLastSection(true);
    const int em = m_linesView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_linesView->setColumnWidth(ImportLinesModel::LineColumn, 4 * em);
    m_linesView->setColumnWidth(ImportLinesModel::FateColumn, 6 * em);
    m_linesView->setColumnWidth(ImportLinesModel::IdentityColumn, 10 * em);
    m_linesView->setColumnWidth(ImportLinesModel::FieldColumn, 12 * em);
    m_noLines->setObjectName(QStringLiteral("importNoLines"));
    m_noLines->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_import->setDefault(true);
    m_import->setEnabled(false);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();

    m_fileBox = buildFileBox();
    m_mappingBox = buildMappingBox();
    auto *top = new QHBoxLayout;
    top->addWidget(m_fileBox, 1);
    top->addWidget(m_mappingBox, 1);

    auto *outcome = new QGroupBox(tr("What the import will do"), this);
    auto *outcomeLayout = new QVBoxLayout(outcome);
    outcomeLayout->addWidget(m_counts);
    outcomeLayout->addWidget(m_linesView, 1);
    outcomeLayout->addWidget(m_noLines);
    outcomeLayout->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(outcome, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
}

QWidget *ImportDialog::buildFileBox()
{
    auto *box = new QGroupBox(tr("File"), this);
    m_fileName = valueLabel(QStringLiteral("importFileName"), box);
    m_encoding = valueLabel(QStringLiteral("importEncoding"), box);
    m_separator = valueLabel(QStringLiteral("importSeparator"), box);
    m_headerLine = valueLabel(QStringLiteral("importHeaderLine"), box);
    m_preamble = valueLabel(QStringLiteral("importPreamble"), box);

    auto *form = new QFormLayout(box);
    form->addRow(tr("Name:"), m_fileName);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Separator:"), m_separator);
    form->addRow(tr("Header:"), m_headerLine);
    form->addRow(tr("Above the header:"), m_preamble);

    auto *choose = new QPushButton(tr("&Choose another file\u2026"), box);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseOtherFile);
    form->addRow(QString(), choose);
    return box;
}

QWidget *ImportDialog::buildMappingBox()
{
    auto *box = new QGroupBox(tr("Columns"), this);
    auto *form = new QFormLayout(box);
    for (const StudentField field : fields) {
        auto *combo = new QComboBox(box);
        combo->setObjectName(QStringLiteral("mapping_") + StudentImport::fieldCode(field));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
        m_mapping[static_cast<size_t>(field)] = combo;
        QString label = StudentImport::fieldLabel(field);
        label[0] = label[0].toUpper();
        form->addRow(tr("%1:").arg(label), combo);
    }
    m_addressColumns = valueLabel(QStringLiteral("addressColumns"), box);
    m_ignoredColumns = valueLabel(QStringLiteral("ignoredColumns"), box);
    m_ignoredColumns->setEnabled(false);
    form->addRow(m_addressColumns);
    form->addRow(m_ignoredColumns);
    return box;
}

Status ImportDialog::openFile(const QString &path)
{
    Result<ImportSource> source = StudentImport::readFile(path);
    if (!source)
        return Status::failure(source.error());

    m_path = path;
    m_source = std::move(source).value();
    const ImportSource &read = *m_source;
    m_fileName->setText(read.fileName);
    m_fileName->setToolTip(path);
    m_encoding->setText(CsvReader::encodingName(read.document.encoding));
    m_separator->setText(separatorName(read.document.separator));
    m_headerLine->setText(tr("Line %1, %n column(s)", nullptr, static_cast<int>(read.header.size()))
                              .arg(read.headerLine));
    m_preamble->setText(read.preamble.isEmpty() ? tr("Nothing")
                                                : read.preamble.join(QLatin1Char('\n')));
    fillMapping(StudentImport::guessMapping(read.header));
    replan();
    return ok();
}

QString ImportDialog::askForFile(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Import a Ladok list"), folder,
                                        tr("Lists from Ladok (*.csv *.txt);;All files (*)"));
}

void ImportDialog::chooseOtherFile()
{
    const QString path = askForFile(this, QFileInfo(m_path).absolutePath());
    if (path.isEmpty())
        return;
    if (const Status opened = openFile(path); !opened)
        m_banner->showMessage(opened.error());
}

void ImportDialog::fillMapping(const ColumnMapping &mapping)
{
    for (const StudentField field : fields) {
        QComboBox *combo = m_mapping[static_cast<size_t>(field)];
        // One plan for the whole mapping, not one per box filled.
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int column = 0; column < m_source->header.size(); ++column)
            combo->addItem(m_source->header.at(column), column);
        combo->setCurrentIndex(combo->findData(mapping.column(field)));
    }
}

ColumnMapping ImportDialog::currentMapping() const
{
    ColumnMapping mapping;
    for (const StudentField field : fields)
        mapping.set(field, m_mapping[static_cast<size_t>(field)]->currentData().toInt());
    return mapping;
}

QComboBox *ImportDialog::mappingBox(StudentField field) const
{
    return m_mapping[static_cast<size_t>(field)];
}

void ImportDialog::replan()
{
    if (!m_source)
        return;

    Result<ImportPlan> plan = m_service.planImport(*m_source, currentMapping());
    if (!plan) {
        m_plan.reset();
        m_banner->showMessage(plan.error());
    } else {
        m_plan = std::move(plan).value();
        m_banner->clear();
    }
    showPlan();
}

QString ImportDialog::countsText() const
{
    if (!m_plan)
        return {};
    const ImportReport &report = m_plan->report;
    return tr("%1 inserted, %2 updated, %3 unchanged, %4 rejected")
        .arg(report.count(LineFate::Inserted))
        .arg(report.count(LineFate::Updated))
        .arg(report.count(LineFate::Unchanged))
        .arg(report.count(LineFate::Rejected));
}

void ImportDialog::showPlan()
{
    m_import->setEnabled(m_plan.has_value());
    m_counts->setText(countsText());
    m_lines->setPlan(m_plan.value_or(ImportPlan{}));
    const bool anyLines = m_lines->rowCount() > 0;
    m_linesView->setVisible(anyLines);
    m_noLines->setVisible(m_plan.has_value() && !anyLines);

    const QStringList address = m_plan ? m_plan->report.addressColumns : QStringList();
    const QStringList ignored = m_plan ? m_plan->report.ignoredColumns : QStringList();
    m_addressColumns->setText(tr("Postal address columns, ignored and never stored: %1")
                                  .arg(address.join(QStringLiteral(", "))));
    m_addressColumns->setVisible(!address.isEmpty());
    m_ignoredColumns->setText(tr("Not imported: %1").arg(ignored.join(QStringLiteral(", "))));
    m_ignoredColumns->setVisible(!ignored.isEmpty());
}

void ImportDialog::accept()
{
    if (!m_plan || isImporting())
        return;

    const QString message = tr("Imported %1: %2.").arg(m_plan->report.fileName, countsText());
    m_work = new BackgroundWork(
        m_service.dataPath(), m_service.clock(),
        [plan = *m_plan](StudentService &service, const Progress &progress) {
            const Result<qint64> batch = service.applyImport(plan, progress);
            return batch ? ok() : Status::failure(batch.error());
        },
        this);
    connect(m_work, &BackgroundWork::progressed, m_progress, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    connect(m_work, &BackgroundWork::finished, this,
            [this, message](const Status &status) { importFinished(status, message); });
    m_banner->clear();
    showImporting(true);
    m_work->start();
}

void ImportDialog::reject()
{
    if (!isImporting()) {
        QDialog::reject();
        return;
    }
    m_work->cancel();
    m_cancel->setEnabled(false);
    m_progress->setFormat(tr("Cancelling\u2026"));
}

bool ImportDialog::isImporting() const
{
    return m_work != nullptr && m_work->isRunning();
}

void ImportDialog::showImporting(bool importing)
{
    m_fileBox->setEnabled(!importing);
    m_mappingBox->setEnabled(!importing);
    m_import->setEnabled(!importing && m_plan.has_value());
    m_cancel->setEnabled(true);
    // Busy until the worker knows how much there is to write.
    m_progress->setRange(0, 0);
    m_progress->resetFormat();
    m_progress->setVisible(importing);
}

void ImportDialog::importFinished(const Status &status, const QString &message)
{
    m_work->deleteLater();
    m_work = nullptr;
    showImporting(false);
    if (!status) {
        m_banner->showMessage(status.error());
        return;
    }
    QDialog::accept();
    emit imported(message);
}

} // namespace vfu
