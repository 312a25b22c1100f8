#include "core/io/PlacementImport.h"

#include "core/clock/IsoDate.h"
#include "core/identity/HsaId.h"
#include "core/identity/IdentityNumber.h"
#include "core/placements/Placement.h"
#include "core/storage/Database.h"
#include "core/storage/PlacementStore.h"
#include "core/storage/StudentStore.h"

#include <QFileInfo>
#include <QHash>

namespace vfu {
namespace {

constexpr qsizetype headerSearchDepth = 30;

// The column whose header is one of `names` (case and spacing folded), or -1.
int columnOf(const QStringList &header, const QStringList &names)
{
    for (int column = 0; column < header.size(); ++column) {
        if (names.contains(header.at(column).simplified().toCaseFolded()))
            return column;
    }
    return -1;
}

QStringList folded(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromUtf8(name).toCaseFolded());
    return list;
}

struct Table
{
    ImportReport report;
    QStringList header;
    QList<CsvRecord> rows;
};

// Reads the file and finds the header: the first line holding the key column.
Result<Table> readTable(const QString &path, const QStringList &keyNames,
                        const QString &keyDescription)
{
    const Result<CsvDocument> document = CsvReader::readFile(path);
    if (!document)
        return Result<Table>::failure(document.error());
    const QString fileName = QFileInfo(path).fileName();
    const qsizetype depth = std::min(document->size(), headerSearchDepth);
    for (qsizetype i = 0; i < depth; ++i) {
        const CsvRecord record = document->record(i);
        if (columnOf(record.fields, keyNames) < 0)
            continue;
        Table table;
        table.report.fileName = fileName;
        table.report.encoding = document->encoding;
        table.report.separator = document->separator;
        table.report.headerLine = record.line;
        table.header = record.fields;
        for (qsizetype r = i + 1; r < document->size(); ++r)
            table.rows.append(document->record(r));
        return Result<Table>::success(std::move(table));
    }
    return Result<Table>::failure(
        PlacementImport::tr("%1: no header with %2 was found in the first %3 lines.")
            .arg(fileName, keyDescription)
            .arg(headerSearchDepth));
}

QString cell(const CsvRecord &record, int column)
{
    return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed()
                                                        : QString();
}

void reject(ImportReport &report, int line, const QString &column, const QString &reason)
{
    report.lines.append({line, LineFate::Rejected, {}, {}, column, reason});
}

} // namespace

Result<ImportReport> PlacementImport::units(Database &database, const QString &path, bool write)
{
    using R = Result<ImportReport>;
    const QStringList nameNames = folded({"namn", "name", "enhet", "unit"});
    Result<Table> table = readTable(path, nameNames, tr("a column \"Namn\" or \"Name\""));
    if (!table)
        return R::failure(table.error());
    ImportReport &report = table.value().report;
    const QStringList &header = table->header;
    const int name = columnOf(header, nameNames);
    const int hsa = columnOf(header, folded({"hsa-id", "hsa id", "hsaid"}));
    const int region = columnOf(header, folded({"region"}));
    const int address = columnOf(header, folded({"adress", "address"}));
    const int contact =
        columnOf(header, folded({"kontaktperson", "kontakt", "contact", "contact person"}));
    const int email = columnOf(header, folded({"e-post", "epost", "email", "e-mail"}));
    const int phone = columnOf(header, folded({"telefon", "phone", "telephone"}));

    PlacementStore store(database.connection());
    const Result<QList<Unit>> existing = store.units();
    if (!existing)
        return R::failure(existing.error());

    QList<Unit> inserts;
    QList<Unit> updates;
    QHash<QString, int> lineOfName;
    for (const CsvRecord &record : table->rows) {
        Unit unit;
        unit.name = cell(record, name).simplified();
        unit.address = cell(record, address);
        unit.contactName = cell(record, contact);
        unit.contactEmail = cell(record, email);
        unit.contactPhone = cell(record, phone);
        if (unit.name.isEmpty()) {
            reject(report, record.line, header.value(name), tr("The unit has no name."));
            continue;
        }
        if (lineOfName.contains(unit.name.toCaseFolded())) {
            reject(
                report, record.line, header.value(name),
                tr("The unit is also on line %1.").arg(lineOfName.value(unit.name.toCaseFolded())));
            continue;
        }
        lineOfName.insert(unit.name.toCaseFolded(), record.line);
        const QString regionText = cell(record, region).toCaseFolded();
        if (regionText == u"utom" || regionText == u"outside")
            unit.insideRegion = false;
        else if (!regionText.isEmpty() && regionText != u"inom" && regionText != u"inside") {
            reject(report, record.line, header.value(region),
                   tr("\"%1\" is not a region: write inom or utom (inside or outside).")
                       .arg(cell(record, region)));
            continue;
        }
        const QString hsaText = cell(record, hsa);
        if (!hsaText.isEmpty()) {
            const Result<HsaId> hsaId = HsaId::parse(hsaText);
            if (!hsaId) {
                reject(report, record.line, header.value(hsa), hsaId.error());
                continue;
            }
            unit.hsaId = hsaId->toString();
        }
        if (!unit.contactEmail.isEmpty() && !unit.contactEmail.contains(QLatin1Char('@'))) {
            reject(report, record.line, header.value(email),
                   tr("\"%1\" is not an e-mail address.").arg(unit.contactEmail));
            continue;
        }

        const auto same =
            std::find_if(existing->cbegin(), existing->cend(), [&unit](const Unit &u) {
                return (!unit.hsaId.isEmpty() && u.hsaId == unit.hsaId) ||
                       u.name.compare(unit.name, Qt::CaseInsensitive) == 0;
            });
        if (same == existing->cend()) {
            inserts.append(unit);
            report.lines.append({record.line, LineFate::Inserted, unit.name, {}, {}, {}});
            continue;
        }
        unit.id = same->id;
        if (unit == *same) {
            report.lines.append({record.line, LineFate::Unchanged, unit.name, {}, {}, {}});
        } else {
            updates.append(unit);
            report.lines.append({record.line, LineFate::Updated, unit.name, {}, {}, {}});
        }
    }
    if (!write)
        return R::success(report);

    Transaction transaction(database.connection());
    for (const Unit &unit : inserts) {
        if (const Result<qint64> id = store.insertUnit(unit); !id)
            return R::failure(id.error());
    }
    for (const Unit &unit : updates) {
        if (const Status status = store.updateUnit(unit); !status)
            return R::failure(status.error());
    }
    if (const Status status = transaction.commit(); !status)
        return R::failure(status.error());
    return R::success(report);
}

Result<ImportReport> PlacementImport::placements(Database &database, const QDateTime &now,
                                                 const QString &path, bool write)
{
    const QDate today = now.date();
    using R = Result<ImportReport>;
    const QStringList identityNames =
        folded({"personnummer", "personnummer (student)", "identity", "identity number"});
    Result<Table> table =
        readTable(path, identityNames, tr("a column \"Personnummer\" or \"Identity\""));
    if (!table)
        return R::failure(table.error());
    ImportReport &report = table.value().report;
    const QStringList &header = table->header;
    const int identity = columnOf(header, identityNames);
    const int unitColumn = columnOf(header, folded({"enhet", "unit"}));
    const int course = columnOf(header, folded({"kurs", "course", "kurskod", "course code"}));
    const int start = columnOf(header, folded({"startdatum", "start", "start date"}));
    const int end = columnOf(header, folded({"slutdatum", "end", "end date"}));
    const int reason = columnOf(header, folded({"orsak", "reason"}));
    if (unitColumn < 0 || start < 0 || end < 0)
        return R::failure(tr("%1: the columns \"Enhet\", \"Startdatum\" and \"Slutdatum\" (or "
                             "\"Unit\", \"Start\", "
                             "\"End\") are needed.")
                              .arg(report.fileName));

    PlacementStore store(database.connection());
    StudentStore students(database.connection());
    const Result<QList<Unit>> units = store.units();
    const Result<QList<Placement>> existing = store.placements();
    const Result<QList<Student>> allStudents = students.students();
    if (!units || !existing || !allStudents)
        return R::failure(!units      ? units.error()
                          : !existing ? existing.error()
                                      : allStudents.error());
    QHash<QString, Student> studentByIdentity;
    for (const Student &student : *allStudents)
        studentByIdentity.insert(student.identity, student);
    const QHash<QString, OrderingRoute> routeOfProgramme = [&] {
        QHash<QString, OrderingRoute> routes;
        const auto stored = store.storedProgrammes();
        for (const Student &student : *allStudents)
            routes.insert(
                student.programmeCode,
                stored && stored->contains(student.programmeCode)
                    ? stored->value(student.programmeCode).route
                    : Programmes::withDefaults(student.programmeCode, student.programmeName).route);
        return routes;
    }();

    QList<Placement> accepted = *existing;
    QList<Placement> inserts;
    for (const CsvRecord &record : table->rows) {
        const Result<IdentityNumber> number = IdentityNumber::parse(cell(record, identity), today);
        if (!number) {
            reject(report, record.line, header.value(identity), number.error());
            continue;
        }
        const auto student = studentByIdentity.constFind(number->canonical());
        if (student == studentByIdentity.cend()) {
            reject(report, record.line, header.value(identity),
                   tr("No student has the identity number %1.").arg(number->canonical()));
            continue;
        }
        const QString unitText = cell(record, unitColumn);
        const auto unit = std::find_if(units->cbegin(), units->cend(), [&unitText](const Unit &u) {
            return u.name.compare(unitText, Qt::CaseInsensitive) == 0 ||
                   (!u.hsaId.isEmpty() && u.hsaId.compare(unitText, Qt::CaseInsensitive) == 0);
        });
        if (unit == units->cend()) {
            reject(report, record.line, header.value(unitColumn),
                   tr("There is no unit \"%1\".").arg(unitText));
            continue;
        }
        Placement placement;
        placement.studentId = student->id;
        placement.unitId = unit->id;
        placement.courseCode = cell(record, course);
        placement.start = isoDate(cell(record, start));
        placement.end = isoDate(cell(record, end));
        placement.overlapReason = cell(record, reason);
        placement.route = routeOfProgramme.value(student->programmeCode, OrderingRoute::KlippOrder);
        if (!unit->insideRegion && placement.route == OrderingRoute::KlippOrder)
            placement.route = OrderingRoute::DirectContact;
        if (!placement.start.isValid() || !placement.end.isValid()) {
            const int column = placement.start.isValid() ? end : start;
            reject(report, record.line, header.value(column),
                   tr("\"%1\" is not a date as YYYY-MM-DD.").arg(cell(record, column)));
            continue;
        }
        if (const Status status = Placements::check(placement, *unit); !status) {
            reject(report, record.line, header.value(end), status.error());
            continue;
        }
        if (const Status status = Placements::checkBorn(placement, number->birthDate()); !status) {
            reject(report, record.line, header.value(start), status.error());
            continue;
        }
        const bool known =
            std::any_of(existing->cbegin(), existing->cend(), [&placement](const Placement &p) {
                return p.studentId == placement.studentId && p.unitId == placement.unitId &&
                       p.start == placement.start && p.end == placement.end;
            });
        if (known) {
            report.lines.append(
                {record.line, LineFate::Unchanged, number->canonical(), {}, {}, {}});
            continue;
        }
        const QList<Placement> overlaps = Placements::overlapping(placement, accepted);
        if (!overlaps.isEmpty() && placement.overlapReason.isEmpty()) {
            reject(report, record.line, header.value(start),
                   tr("The placement overlaps the student's placement from %1 to %2; give a reason "
                      "(column "
                      "\"Orsak\") to allow it.")
                       .arg(overlaps.first().start.toString(Qt::ISODate),
                            overlaps.first().end.toString(Qt::ISODate)));
            continue;
        }
        accepted.append(placement);
        inserts.append(placement);
        report.lines.append({record.line, LineFate::Inserted, number->canonical(), {}, {}, {}});
    }
    if (!write)
        return R::success(report);

    Transaction transaction(database.connection());
    for (const Placement &placement : std::as_const(inserts)) {
        const Result<qint64> id = store.insertPlacement(placement);
        if (!id)
            return R::failure(id.error());
        const Status logged =
            store.appendEvent({*id, QStringLiteral("created"),
                               tr("Imported from %1 (%2 to %3)")
                                   .arg(report.fileName, placement.start.toString(Qt::ISODate),
                                        placement.end.toString(Qt::ISODate)),
                               now, currentOperator()});
        if (!logged)
            return R::failure(logged.error());
    }
    if (const Status status = transaction.commit(); !status)
        return R::failure(status.error());
    return R::success(report);
}

} // namespace vfu
