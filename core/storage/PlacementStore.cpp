#include "core/storage/PlacementStore.h"

#include "core/storage/StorageError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vfu {
namespace {

QString failedBecause(const QSqlQuery &query)
{
    return StorageError::describe(query.lastError());
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

const QString unitColumns = QStringLiteral(
    "id, name, hsa_id, inside_region, address, contact_name, contact_email, contact_phone");
const QString placementColumns = QStringLiteral(
    "id, student_id, unit_id, course_code, start_on, end_on, route, status, ordered_on, "
    "overlap_reason, interrupted_on, examiner, interruption_reason");

void bindUnit(QSqlQuery &query, const Unit &unit)
{
    query.addBindValue(text(unit.name));
    query.addBindValue(unit.hsaId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(unit.hsaId));
    query.addBindValue(unit.insideRegion ? 1 : 0);
    query.addBindValue(text(unit.address));
    query.addBindValue(text(unit.contactName));
    query.addBindValue(text(unit.contactEmail));
    query.addBindValue(text(unit.contactPhone));
}

void bindPlacement(QSqlQuery &query, const Placement &p)
{
    query.addBindValue(p.studentId);
    query.addBindValue(p.unitId);
    query.addBindValue(text(p.courseCode));
    query.addBindValue(p.start.toString(Qt::ISODate));
    query.addBindValue(p.end.toString(Qt::ISODate));
    query.addBindValue(Programmes::routeCode(p.route));
    query.addBindValue(Placements::statusCode(p.status));
    query.addBindValue(dateOrNull(p.orderedOn));
    query.addBindValue(text(p.overlapReason));
    query.addBindValue(dateOrNull(p.interruptedOn));
    query.addBindValue(text(p.examiner));
    query.addBindValue(text(p.interruptionReason));
}

} // namespace

PlacementStore::PlacementStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<Unit>> PlacementStore::units()
{
    using R = Result<QList<Unit>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM units ORDER BY name").arg(unitColumns)))
        return R::failure(failedBecause(query));
    QList<Unit> units;
    while (query.next()) {
        units.append({query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toInt() != 0,
                      query.value(4).toString(), query.value(5).toString(),
                      query.value(6).toString(), query.value(7).toString()});
    }
    return R::success(std::move(units));
}

Result<qint64> PlacementStore::insertUnit(const Unit &unit)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO units (name, hsa_id, inside_region, address, contact_name, "
                       "contact_email, contact_phone) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindUnit(query, unit);
    if (!query.exec())
        return Result<qint64>::failure(failedBecause(query));
    return Result<qint64>::success(query.lastInsertId().toLongLong());
}

Status PlacementStore::updateUnit(const Unit &unit)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE units SET name = ?, hsa_id = ?, inside_region = ?, address = ?, "
                       "contact_name = ?, contact_email = ?, contact_phone = ? WHERE id = ?"));
    bindUnit(query, unit);
    query.addBindValue(unit.id);
    if (!query.exec())
        return Status::failure(failedBecause(query));
    return ok();
}

Result<QList<Placement>> PlacementStore::placements()
{
    using R = Result<QList<Placement>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM placements ORDER BY start_on, id")
                        .arg(placementColumns)))
        return R::failure(failedBecause(query));
    QList<Placement> placements;
    while (query.next()) {
        Placement p;
        p.id = query.value(0).toLongLong();
        p.studentId = query.value(1).toLongLong();
        p.unitId = query.value(2).toLongLong();
        p.courseCode = query.value(3).toString();
        p.start = dateOf(query.value(4));
        p.end = dateOf(query.value(5));
        p.route = Programmes::routeFromCode(query.value(6).toString())
                      .value_or(OrderingRoute::KlippOrder);
        p.status = Placements::statusFromCode(query.value(7).toString())
                       .value_or(PlacementStatus::Planned);
        p.orderedOn = dateOf(query.value(8));
        p.overlapReason = query.value(9).toString();
        p.interruptedOn = dateOf(query.value(10));
        p.examiner = query.value(11).toString();
        p.interruptionReason = query.value(12).toString();
        placements.append(p);
    }
    return R::success(std::move(placements));
}

Result<qint64> PlacementStore::insertPlacement(const Placement &placement)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO placements (student_id, unit_id, course_code, start_on, end_on, "
        "route, status, ordered_on, overlap_reason, interrupted_on, examiner, "
        "interruption_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindPlacement(query, placement);
    if (!query.exec())
        return Result<qint64>::failure(failedBecause(query));
    return Result<qint64>::success(query.lastInsertId().toLongLong());
}

Status PlacementStore::updatePlacement(const Placement &placement)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE placements SET student_id = ?, unit_id = ?, course_code = ?, "
                       "start_on = ?, end_on = ?, route = ?, status = ?, ordered_on = ?, "
                       "overlap_reason = ?, interrupted_on = ?, examiner = ?, "
                       "interruption_reason = ? WHERE id = ?"));
    bindPlacement(query, placement);
    query.addBindValue(placement.id);
    if (!query.exec())
        return Status::failure(failedBecause(query));
    return ok();
}

Status PlacementStore::appendEvent(const PlacementEvent &event)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO placement_events (placement_id, kind, text, recorded_at, "
                       "recorded_by) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(event.placementId);
    query.addBindValue(text(event.kind));
    query.addBindValue(text(event.text));
    query.addBindValue(event.recordedAt.toString(Qt::ISODate));
    query.addBindValue(text(event.recordedBy));
    if (!query.exec())
        return Status::failure(failedBecause(query));
    return ok();
}

Result<QList<PlacementEvent>> PlacementStore::events(qint64 placementId)
{
    using R = Result<QList<PlacementEvent>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT placement_id, kind, text, recorded_at, recorded_by FROM "
                                 "placement_events WHERE placement_id = ? ORDER BY id"));
    query.addBindValue(placementId);
    if (!query.exec())
        return R::failure(failedBecause(query));
    QList<PlacementEvent> events;
    while (query.next()) {
        events.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(),
                       QDateTime::fromString(query.value(3).toString(), Qt::ISODate),
                       query.value(4).toString()});
    }
    return R::success(std::move(events));
}

Result<QHash<QString, Programme>> PlacementStore::storedProgrammes()
{
    using R = Result<QHash<QString, Programme>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT code, name, ordering_route, funding, routine_notes FROM programmes")))
        return R::failure(failedBecause(query));
    QHash<QString, Programme> programmes;
    while (query.next()) {
        Programme programme =
            Programmes::withDefaults(query.value(0).toString(), query.value(1).toString());
        programme.route =
            Programmes::routeFromCode(query.value(2).toString()).value_or(programme.route);
        programme.funding =
            Programmes::fundingFromCode(query.value(3).toString()).value_or(programme.funding);
        programme.routineNotes = query.value(4).toString();
        programmes.insert(programme.code, programme);
    }
    return R::success(std::move(programmes));
}

Status PlacementStore::saveProgramme(const Programme &programme)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO programmes (code, name, ordering_route, funding, routine_notes) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
        "ordering_route = excluded.ordering_route, funding = excluded.funding, "
        "routine_notes = excluded.routine_notes"));
    query.addBindValue(programme.code);
    query.addBindValue(text(programme.name));
    query.addBindValue(Programmes::routeCode(programme.route));
    query.addBindValue(Programmes::fundingCode(programme.funding));
    query.addBindValue(text(programme.routineNotes));
    if (!query.exec())
        return Status::failure(failedBecause(query));
    return ok();
}

} // namespace vfu
