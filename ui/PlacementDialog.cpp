#include "ui/PlacementDialog.h"

#include "core/StudentService.h"
#include "core/privacy/PrivacyGate.h"
#include "ui/ErrorBanner.h"
#include "ui/PlacementTableModel.h"
#include "ui/Presentation.h"

#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace vfu {
namespace {

constexpr int StudentIdRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

const OrderingRoute allRoutes[] = {OrderingRoute::KlippOrder, OrderingRoute::PreReserved,
                                   OrderingRoute::DirectContact, OrderingRoute::OwnClinic};

QDateEdit *dateEdit(const QString &objectName, QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

PlacementDialog::PlacementDialog(PlacementService &placements, StudentService &students,
                                 const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_placements(placements)
    , m_students(students)
    , m_clock(clock)
    , m_banner(new ErrorBanner(this))
    , m_unit(new QComboBox(this))
    , m_course(new QLineEdit(this))
    , m_start(dateEdit(QStringLiteral("placementStart"), clock.today(), this))
    , m_end(dateEdit(QStringLiteral("placementEnd"), clock.today().addDays(27), this))
    , m_route(new QComboBox(this))
    , m_routeNote(new QLabel(this))
    , m_reasonLabel(new QLabel(tr("Reason for the overlap:"), this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("placementDialog"));
    setWindowTitle(tr("Add a placement"));
    resize(900, 540);

    m_unit->setObjectName(QStringLiteral("placementUnit"));
    m_course->setObjectName(QStringLiteral("placementCourse"));
    m_course->setPlaceholderText(tr("Course code, e.g. 2SJ203"));
    m_route->setObjectName(QStringLiteral("placementRoute"));
    for (const OrderingRoute route : allRoutes)
        m_route->addItem(Programmes::routeLabel(route), static_cast<int>(route));
    m_routeNote->setObjectName(QStringLiteral("placementRouteNote"));
    m_routeNote->setEnabled(false);
    m_routeNote->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("overlapReason"));
    m_reason->setPlaceholderText(tr("Why may the placements overlap?"));
    m_reasonLabel->setVisible(false);
    m_reason->setVisible(false);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &PlacementDialog::updateDefaultRoute);
    connect(m_route, &QComboBox::currentIndexChanged, this, [this] {
        m_routeTouched = true;
        m_routeNote->setText(tr("Chosen by hand."));
    });
    // The end follows the start while the dates are being set, so that it never comes first.
    connect(m_start, &QDateEdit::dateChanged, this, [this](QDate start) {
        if (m_end->date() < start)
            m_end->setDate(start);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Course:"), m_course);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End (last day):"), m_end);
    form->addRow(tr("&Route:"), m_route);
    form->addRow(QString(), m_routeNote);
    form->addRow(m_reasonLabel, m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add placement"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addPlacementButton"));
    m_add->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlacementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlacementDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(buildStudentBox(), 5);
    columns->addLayout(form, 4);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    loadChoices();
    updateDefaultRoute();
}

QWidget *PlacementDialog::buildStudentBox()
{
    auto *box = new QGroupBox(tr("Student"), this);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("studentSearch"));
    m_search->setPlaceholderText(tr("Search by name or identity number"));
    m_search->setClearButtonEnabled(true);
    m_studentList = new QListWidget(box);
    m_studentList->setObjectName(QStringLiteral("studentList"));
    m_studentList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_studentInfo = new QLabel(box);
    m_studentInfo->setObjectName(QStringLiteral("studentInfo"));
    m_studentInfo->setWordWrap(true);
    m_studentInfo->setEnabled(false);

    connect(m_search, &QLineEdit::textChanged, this, &PlacementDialog::filterStudents);
    connect(m_search, &QLineEdit::returnPressed, this, &PlacementDialog::chooseFirstShownStudent);
    connect(m_studentList, &QListWidget::currentRowChanged, this,
            &PlacementDialog::updateDefaultRoute);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_search);
    layout->addWidget(m_studentList, 1);
    layout->addWidget(m_studentInfo);
    return box;
}

void PlacementDialog::loadChoices()
{
    const Result<QList<Unit>> units = m_placements.units();
    const Result<QList<Programme>> programmes = m_placements.programmes();
    const Result<QList<StudentSummary>> summaries = m_students.summaries();
    for (const QString &error : {units.error(), programmes.error(), summaries.error()}) {
        if (!error.isEmpty()) {
            m_banner->showMessage(error);
            m_add->setEnabled(false);
            return;
        }
    }

    for (const Programme &programme : *programmes)
        m_routeOfProgramme.insert(programme.code, programme.route);

    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<Unit> sortedUnits = *units;
    std::sort(sortedUnits.begin(), sortedUnits.end(), [&collator](const Unit &a, const Unit &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    const QSignalBlocker blockUnits(m_unit);
    for (const Unit &unit : std::as_const(sortedUnits)) {
        m_units.insert(unit.id, unit);
        m_unit->addItem(
            unit.insideRegion ? unit.name : tr("%1 (outside the region)").arg(unit.name), unit.id);
    }
    if (sortedUnits.isEmpty()) {
        m_banner->showMessage(tr("Add a unit first, in the Units view."));
        m_add->setEnabled(false);
    }

    QList<Student> students;
    for (const StudentSummary &summary : *summaries)
        students.append(summary.student);
    std::sort(students.begin(), students.end(), [&collator](const Student &a, const Student &b) {
        return collator.compare(PrivacyGate::displayName(a), PrivacyGate::displayName(b)) < 0;
    });
    const QSignalBlocker blockStudents(m_studentList);
    for (const Student &student : std::as_const(students)) {
        m_studentById.insert(student.id, student);
        const QString identity = PrivacyGate::show(student, Audience::Coordinator).identity;
        const QString name = PrivacyGate::displayName(student);
        auto *item = new QListWidgetItem(
            identity.isEmpty() ? name : tr("%1 (%2)").arg(name, identity), m_studentList);
        item->setData(StudentIdRole, student.id);
        item->setData(SearchRole, (name + QLatin1Char(' ') + identity + QLatin1Char(' ') +
                                   QString(identity).remove(QLatin1Char('-')))
                                      .toCaseFolded());
    }
}

void PlacementDialog::filterStudents(const QString &text)
{
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *onlyShown = nullptr;
    int shown = 0;
    for (int row = 0; row < m_studentList->count(); ++row) {
        QListWidgetItem *item = m_studentList->item(row);
        const QString searchable = item->data(SearchRole).toString();
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
            return searchable.contains(word);
        });
        item->setHidden(!matches);
        if (matches) {
            ++shown;
            onlyShown = item;
        }
    }
    // One student left: that is the one the coordinator was looking for.
    if (shown == 1)
        m_studentList->setCurrentItem(onlyShown);
}

void PlacementDialog::chooseFirstShownStudent()
{
    for (int row = 0; row < m_studentList->count(); ++row) {
        QListWidgetItem *item = m_studentList->item(row);
        if (!item->isHidden()) {
            m_studentList->setCurrentItem(item);
            m_unit->setFocus();
            return;
        }
    }
}

void PlacementDialog::selectStudent(qint64 studentId)
{
    for (int row = 0; row < m_studentList->count(); ++row) {
        QListWidgetItem *item = m_studentList->item(row);
        if (item->data(StudentIdRole).toLongLong() == studentId) {
            item->setHidden(false);
            m_studentList->setCurrentItem(item);
            m_studentList->scrollToItem(item, QAbstractItemView::PositionAtCenter);
            return;
        }
    }
}

void PlacementDialog::selectUnit(qint64 unitId)
{
    m_unit->setCurrentIndex(m_unit->findData(unitId));
}

qint64 PlacementDialog::selectedStudentId() const
{
    const QListWidgetItem *item = m_studentList->currentItem();
    return item && !item->isHidden() ? item->data(StudentIdRole).toLongLong() : 0;
}

qint64 PlacementDialog::selectedUnitId() const
{
    return m_unit->currentData().toLongLong();
}

OrderingRoute PlacementDialog::selectedRoute() const
{
    return static_cast<OrderingRoute>(m_route->currentData().toInt());
}

void PlacementDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The list is laid out only now: bring the chosen student into view.
    if (QListWidgetItem *item = m_studentList->currentItem())
        m_studentList->scrollToItem(item, QAbstractItemView::PositionAtCenter);
}

bool PlacementDialog::asksForReason() const
{
    return !m_reason->isHidden();
}

void PlacementDialog::updateDefaultRoute()
{
    const Student student = m_studentById.value(selectedStudentId());
    m_studentInfo->setText(
        student.id == 0 ? QString()
                        : tr("Programme: %1").arg(PlacementTableModel::programmeOf(student)));
    if (m_routeTouched)
        return;

    OrderingRoute route =
        m_routeOfProgramme.value(student.programmeCode, OrderingRoute::KlippOrder);
    // What core will choose: a unit outside the region is never ordered through KliPP.
    const Unit unit = m_units.value(selectedUnitId());
    if (unit.id != 0 && !unit.insideRegion && route == OrderingRoute::KlippOrder)
        route = OrderingRoute::DirectContact;
    const QSignalBlocker blocker(m_route);
    m_route->setCurrentIndex(m_route->findData(static_cast<int>(route)));
    m_routeNote->setText(
        student.id == 0
            ? tr("Follows the student's programme.")
            : tr("Follows the programme: %1.").arg(PlacementTableModel::programmeOf(student)));
}

Placement PlacementDialog::placementFromFields() const
{
    Placement placement;
    placement.studentId = selectedStudentId();
    placement.unitId = selectedUnitId();
    placement.courseCode = m_course->text().trimmed();
    placement.start = m_start->date();
    placement.end = m_end->date();
    placement.route = selectedRoute();
    placement.overlapReason = m_reason->isHidden() ? QString() : m_reason->text().trimmed();
    return placement;
}

void PlacementDialog::accept()
{
    const Placement placement = placementFromFields();
    if (placement.studentId == 0) {
        m_banner->showMessage(tr("Choose the student to place."));
        m_search->setFocus();
        return;
    }

    const Result<Placement> added = m_placements.addPlacement(placement, m_routeTouched);
    if (!added) {
        m_banner->showMessage(added.error());
        // Core refuses an overlap without a reason: ask for one, and Add again tries with it.
        const Result<QList<PlacementRow>> rows = m_placements.placements();
        QList<Placement> others;
        if (rows.isOk()) {
            for (const PlacementRow &row : *rows)
                others.append(row.placement);
        }
        if (!Placements::overlapping(placement, others).isEmpty()) {
            m_reasonLabel->setVisible(true);
            m_reason->setVisible(true);
            m_reason->setFocus();
        }
        return;
    }

    m_banner->clear();
    const Student student = m_studentById.value(added->studentId);
    const QString message =
        tr("%1 placed at %2 from %3 to %4.")
            .arg(PrivacyGate::displayName(student), m_units.value(added->unitId).name,
                 Presentation::date(added->start), Presentation::date(added->end));
    QDialog::accept();
    emit placementAdded(added->id, message);
}

} // namespace vfu
