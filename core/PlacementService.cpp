#include "core/PlacementService.h"

#include "core/identity/HsaId.h"
#include "core/identity/IdentityNumber.h"
#include "core/io/CsvFile.h"
#include "core/journey/Journey.h"
#include "core/privacy/PrivacyGate.h"
#include "core/storage/Database.h"

#include <QHash>

#include <algorithm>

namespace vfu {
namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

template <typename T>
QHash<qint64, T> byId(const QList<T> &items)
{
    QHash<qint64, T> map;
    for (const T &item : items)
        map.insert(item.id, item);
    return map;
}

} // namespace

PlacementService::PlacementService(Database &database, const Clock &clock, const Policy &policy)
    : m_clock(clock)
    , m_policy(policy)
    , m_store(database.connection())
    , m_students(database.connection())
{}

Result<QList<Unit>> PlacementService::units()
{
    return m_store.units();
}

namespace {

Status checkUnit(const Unit &unit)
{
    if (unit.name.trimmed().isEmpty())
        return Status::failure(PlacementService::tr("A unit needs a name."));
    if (!unit.hsaId.isEmpty()) {
        const Result<HsaId> hsaId = HsaId::parse(unit.hsaId);
        if (!hsaId)
            return Status::failure(hsaId.error());
    }
    if (!unit.contactEmail.isEmpty() && !unit.contactEmail.contains(QLatin1Char('@')))
        return Status::failure(
            PlacementService::tr("\"%1\" is not an e-mail address.").arg(unit.contactEmail));
    return ok();
}

Unit normalised(Unit unit)
{
    unit.name = unit.name.simplified();
    if (!unit.hsaId.isEmpty())
        unit.hsaId = HsaId::parse(unit.hsaId)->toString();
    return unit;
}

} // namespace

Result<Unit> PlacementService::addUnit(const Unit &unit)
{
    if (const Status status = checkUnit(unit); !status)
        return Result<Unit>::failure(status.error());
    Unit stored = normalised(unit);
    const Result<QList<Unit>> existing = m_store.units();
    if (!existing)
        return Result<Unit>::failure(existing.error());
    for (const Unit &other : *existing) {
        if (other.name.compare(stored.name, Qt::CaseInsensitive) == 0)
            return Result<Unit>::failure(tr("There is already a unit named %1.").arg(other.name));
        if (!stored.hsaId.isEmpty() && other.hsaId == stored.hsaId)
            return Result<Unit>::failure(
                tr("%1 already has the HSA-ID %2.").arg(other.name, other.hsaId));
    }
    const Result<qint64> id = m_store.insertUnit(stored);
    if (!id)
        return Result<Unit>::failure(id.error());
    stored.id = *id;
    return Result<Unit>::success(stored);
}

Status PlacementService::updateUnit(const Unit &unit)
{
    if (const Status status = checkUnit(unit); !status)
        return status;
    return m_store.updateUnit(normalised(unit));
}

Result<Unit> PlacementService::findUnit(const QString &text)
{
    const Result<QList<Unit>> units = m_store.units();
    if (!units)
        return Result<Unit>::failure(units.error());
    const QString wanted = text.trimmed();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    for (const Unit &unit : *units) {
        if ((isNumber && unit.id == id) || unit.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            (!unit.hsaId.isEmpty() && unit.hsaId.compare(wanted, Qt::CaseInsensitive) == 0))
            return Result<Unit>::success(unit);
    }
    return Result<Unit>::failure(tr("No unit is called or has the HSA-ID \"%1\".").arg(wanted));
}

Result<QList<Programme>> PlacementService::programmes()
{
    using R = Result<QList<Programme>>;
    const Result<QHash<QString, Programme>> stored = m_store.storedProgrammes();
    if (!stored)
        return R::failure(stored.error());
    const Result<QList<Student>> students = m_students.students();
    if (!students)
        return R::failure(students.error());
    QHash<QString, Programme> all = *stored;
    for (const Student &student : *students) {
        if (!student.programmeCode.isEmpty() && !all.contains(student.programmeCode))
            all.insert(student.programmeCode,
                       Programmes::withDefaults(student.programmeCode, student.programmeName));
    }
    QList<Programme> list = all.values();
    std::sort(list.begin(), list.end(),
              [](const Programme &a, const Programme &b) { return a.code < b.code; });
    return R::success(std::move(list));
}

Status PlacementService::saveProgramme(const Programme &programme)
{
    if (programme.code.trimmed().isEmpty())
        return Status::failure(tr("A programme needs a code."));
    return m_store.saveProgramme(programme);
}

Result<QList<PlacementRow>> PlacementService::placements()
{
    using R = Result<QList<PlacementRow>>;
    const Result<QList<Placement>> placements = m_store.placements();
    if (!placements)
        return R::failure(placements.error());
    const Result<QList<Unit>> units = m_store.units();
    if (!units)
        return R::failure(units.error());
    const Result<QList<Student>> students = m_students.students();
    if (!students)
        return R::failure(students.error());
    const QHash<qint64, Unit> unitById = byId(*units);
    const QHash<qint64, Student> studentById = byId(*students);
    QList<PlacementRow> rows;
    for (const Placement &placement : *placements) {
        rows.append({placement, studentById.value(placement.studentId),
                     unitById.value(placement.unitId),
                     Placements::statusOn(placement, m_clock.today())});
    }
    return R::success(std::move(rows));
}

Result<Placement> PlacementService::placementById(qint64 placementId)
{
    const Result<QList<Placement>> placements = m_store.placements();
    if (!placements)
        return Result<Placement>::failure(placements.error());
    for (const Placement &placement : *placements) {
        if (placement.id == placementId)
            return Result<Placement>::success(placement);
    }
    return Result<Placement>::failure(tr("There is no placement %1.").arg(placementId));
}

Status PlacementService::logEvent(qint64 placementId, const QString &kind, const QString &text)
{
    return m_store.appendEvent({placementId, kind, text, m_clock.now(), currentOperator()});
}

Result<Placement> PlacementService::addPlacement(Placement placement, bool routeGiven)
{
    using R = Result<Placement>;
    const Result<QList<Unit>> units = m_store.units();
    if (!units)
        return R::failure(units.error());
    const QHash<qint64, Unit> unitById = byId(*units);
    if (!unitById.contains(placement.unitId))
        return R::failure(tr("Choose a unit for the placement."));
    const Unit unit = unitById.value(placement.unitId);

    if (!routeGiven) {
        const Result<QList<Student>> students = m_students.students();
        if (!students)
            return R::failure(students.error());
        const Student student = byId(*students).value(placement.studentId);
        const Result<QList<Programme>> programmes = this->programmes();
        if (!programmes)
            return R::failure(programmes.error());
        placement.route = OrderingRoute::KlippOrder;
        for (const Programme &programme : *programmes) {
            if (programme.code == student.programmeCode)
                placement.route = programme.route;
        }
        // A unit outside the region is arranged by direct contact, whatever the programme does.
        if (!unit.insideRegion && placement.route == OrderingRoute::KlippOrder)
            placement.route = OrderingRoute::DirectContact;
    }
    if (const Status status = Placements::check(placement, unit); !status)
        return R::failure(status.error());
    const Result<std::optional<Student>> student = m_students.studentById(placement.studentId);
    if (!student)
        return R::failure(student.error());
    if (*student) {
        const QDate born = birthDateOf((*student)->identity, m_clock.today());
        if (const Status status = Placements::checkBorn(placement, born); !status)
            return R::failure(status.error());
    }

    const Result<QList<Placement>> allowed = overlapsAllowed(placement, unitById);
    if (!allowed)
        return R::failure(allowed.error());
    const QList<Placement> &overlaps = *allowed;

    Transaction transaction(m_store.database());
    const Result<qint64> id = m_store.insertPlacement(placement);
    if (!id)
        return R::failure(id.error());
    placement.id = *id;
    QString text = tr("Placed at %1 from %2 to %3 (%4)")
                       .arg(unit.name, iso(placement.start), iso(placement.end),
                            Programmes::routeLabel(placement.route));
    if (!overlaps.isEmpty())
        text += tr("; overlap allowed: %1").arg(placement.overlapReason);
    if (const Status status = logEvent(placement.id, QStringLiteral("created"), text); !status)
        return R::failure(status.error());
    if (const Status status = transaction.commit(); !status)
        return R::failure(status.error());
    return R::success(placement);
}

Result<QList<Placement>> PlacementService::overlapsAllowed(const Placement &placement,
                                                           const QHash<qint64, Unit> &unitById)
{
    using R = Result<QList<Placement>>;
    const Result<QList<Placement>> existing = m_store.placements();
    if (!existing)
        return R::failure(existing.error());
    const QList<Placement> overlaps = Placements::overlapping(placement, *existing);
    if (!overlaps.isEmpty() && placement.overlapReason.trimmed().isEmpty()) {
        const Placement &other = overlaps.first();
        return R::failure(
            tr("The placement overlaps the student's placement at %1 from %2 to %3. Give a "
               "reason to allow it.")
                .arg(unitById.value(other.unitId).name, iso(other.start), iso(other.end)));
    }
    return R::success(overlaps);
}

Result<Placement> PlacementService::setStatus(qint64 placementId, PlacementStatus status,
                                              QDate date)
{
    using R = Result<Placement>;
    if (status == PlacementStatus::Interrupted)
        return R::failure(tr("An interruption needs its date, the examiner and the reason."));
    Result<Placement> placement = placementById(placementId);
    if (!placement)
        return placement;
    // An interruption's date, examiner and reason are what the compensation and the student's
    // record rest on: no other status replaces it.
    if (placement->status == PlacementStatus::Interrupted)
        return R::failure(tr("The placement is already %1.")
                              .arg(Placements::statusLabel(placement->status).toLower()));
    if (status == PlacementStatus::Completed && m_clock.today() < placement->start)
        return R::failure(tr("The placement starts on %1; it cannot be completed before then.")
                              .arg(iso(placement->start)));
    Placement changed = *placement;
    changed.status = status;
    // A cancelled placement taken up again meets the others as a new one would.
    if (placement->status == PlacementStatus::Cancelled && changed.isActive()) {
        const Result<QList<Unit>> units = m_store.units();
        if (!units)
            return R::failure(units.error());
        if (const auto allowed = overlapsAllowed(changed, byId(*units)); !allowed)
            return R::failure(allowed.error());
    }
    if (status == PlacementStatus::Ordered) {
        // The date is the order's; no other status takes one.
        if (date.isValid() && date > m_clock.today())
            return R::failure(
                tr("%1 is in the future; record the order on the day it was made.").arg(iso(date)));
        changed.orderedOn = date.isValid() ? date : m_clock.today();
        if (changed.route != OrderingRoute::KlippOrder)
            return R::failure(tr("Only a placement ordered through KliPP is ordered; this one is "
                                 "arranged as: %1.")
                                  .arg(Programmes::routeLabel(changed.route)));
    }
    Transaction transaction(m_store.database());
    if (const Status stored = m_store.updatePlacement(changed); !stored)
        return R::failure(stored.error());
    QString text = tr("Status: %1").arg(Placements::statusLabel(status));
    if (status == PlacementStatus::Ordered)
        text += tr(" on %1").arg(iso(changed.orderedOn));
    if (const Status logged = logEvent(placementId, QStringLiteral("status"), text); !logged)
        return R::failure(logged.error());
    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return R::success(changed);
}

Result<Placement> PlacementService::interrupt(qint64 placementId, QDate date,
                                              const QString &examiner, const QString &reason)
{
    using R = Result<Placement>;
    if (examiner.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return R::failure(tr("An interruption needs the examiner and the reason."));
    if (!date.isValid() || date > m_clock.today())
        return R::failure(tr("The interruption date must be a day that has come."));
    Result<Placement> placement = placementById(placementId);
    if (!placement)
        return placement;
    if (placement->status == PlacementStatus::Cancelled ||
        placement->status == PlacementStatus::Interrupted)
        return R::failure(tr("The placement is already %1.")
                              .arg(Placements::statusLabel(placement->status).toLower()));
    Placement changed = *placement;
    changed.status = PlacementStatus::Interrupted;
    changed.interruptedOn = date;
    changed.examiner = examiner.trimmed();
    changed.interruptionReason = reason.trimmed();
    const Result<QList<Unit>> units = m_store.units();
    if (!units)
        return R::failure(units.error());
    if (const Status status = Placements::check(changed, byId(*units).value(changed.unitId));
        !status)
        return R::failure(status.error());

    Transaction transaction(m_store.database());
    if (const Status stored = m_store.updatePlacement(changed); !stored)
        return R::failure(stored.error());
    const QString text = tr("Interrupted on %1 by %2: %3")
                             .arg(iso(date), changed.examiner, changed.interruptionReason);
    if (const Status logged = logEvent(placementId, QStringLiteral("interrupted"), text); !logged)
        return R::failure(logged.error());
    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return R::success(changed);
}

Result<QList<PlacementEvent>> PlacementService::placementHistory(qint64 placementId)
{
    return m_store.events(placementId);
}

Result<CompensationBasis> PlacementService::compensation(QDate from, QDate to)
{
    using R = Result<CompensationBasis>;
    if (!from.isValid() || !to.isValid() || to < from)
        return R::failure(tr("The period needs a first and a last day, in that order."));
    const Result<QList<Placement>> placements = m_store.placements();
    if (!placements)
        return R::failure(placements.error());
    const Result<QList<Unit>> units = m_store.units();
    if (!units)
        return R::failure(units.error());
    const Result<QList<Student>> students = m_students.students();
    if (!students)
        return R::failure(students.error());
    const Result<QList<Programme>> programmes = this->programmes();
    if (!programmes)
        return R::failure(programmes.error());

    QHash<QString, Funding> fundingOfProgramme;
    for (const Programme &programme : *programmes)
        fundingOfProgramme.insert(programme.code, programme.funding);
    QHash<qint64, Funding> fundingOfStudent;
    for (const Student &student : *students)
        fundingOfStudent.insert(student.id,
                                fundingOfProgramme.value(student.programmeCode, Funding::Klipp));
    const auto rule = static_cast<CountingRule>(std::clamp(m_policy.compensationRule, 0, 2));
    return R::success(
        Compensation::compute(*placements, byId(*units), fundingOfStudent, from, to, rule));
}

Status PlacementService::writeCompensation(QDate from, QDate to, const QString &path,
                                           CsvDialect dialect)
{
    const Result<CompensationBasis> basis = compensation(from, to);
    if (!basis)
        return Status::failure(basis.error());
    return CsvFile::save(path, Compensation::rows(*basis), dialect);
}

Result<QList<QStringList>> PlacementService::unitList(qint64 unitId, QDate from, QDate to)
{
    using R = Result<QList<QStringList>>;
    if (!from.isValid() || !to.isValid() || to < from)
        return R::failure(tr("The period needs a first and a last day, in that order."));
    const Result<QList<PlacementRow>> rows = placements();
    if (!rows)
        return R::failure(rows.error());
    const Result<QHash<qint64, QList<JourneyEvent>>> events = m_students.eventsByStudent();
    if (!events)
        return R::failure(events.error());

    QList<QStringList> list;
    list.append({QStringLiteral("Personnummer"), QStringLiteral("Efternamn"),
                 QStringLiteral("Förnamn"), QStringLiteral("E-post"), QStringLiteral("HSA-ID"),
                 QStringLiteral("Kurs"), QStringLiteral("Startdatum"), QStringLiteral("Slutdatum"),
                 QStringLiteral("Status"), QStringLiteral("Anmärkning")});
    for (const PlacementRow &row : *rows) {
        const Placement &p = row.placement;
        if (p.unitId != unitId || !p.isActive() || p.start > to || p.countedEnd() < from)
            continue;
        const ShownStudent shown = PrivacyGate::show(row.student, Audience::Unit);
        const QString hsaId = shown.withheld && row.student.protection == Protection::Alias
                                  ? QString()
                                  : Journey::evaluate(row.student, events->value(row.student.id),
                                                      m_policy, m_clock.today())
                                        .hsaId;
        list.append({shown.identity, shown.familyName, shown.givenNames, shown.email, hsaId,
                     p.courseCode, iso(p.start), iso(p.countedEnd()),
                     Placements::statusCode(row.statusToday), shown.note});
    }
    return R::success(std::move(list));
}

Status PlacementService::writeUnitList(qint64 unitId, QDate from, QDate to, const QString &path,
                                       CsvDialect dialect)
{
    const Result<QList<QStringList>> rows = unitList(unitId, from, to);
    if (!rows)
        return Status::failure(rows.error());
    return CsvFile::save(path, *rows, dialect);
}

} // namespace vfu
