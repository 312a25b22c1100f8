#include "app/cli/Cli.h"
#include "core/placements/Compensation.h"
#include "core/privacy/PrivacyGate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vfu::cli {
namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// --from and --to, both required and in order.
std::optional<std::pair<QDate, QDate>> period(const Context &c)
{
    const std::optional<QDate> from = dateOption(c.parser, QStringLiteral("from"));
    const std::optional<QDate> to = dateOption(c.parser, QStringLiteral("to"));
    if (!from || !to)
        return std::nullopt;
    return std::pair{*from, *to};
}

std::optional<CsvDialect> formatOption(const Context &c)
{
    if (!c.parser.isSet(QStringLiteral("format")))
        return CsvDialect::Rfc4180;
    const QString format = c.parser.value(QStringLiteral("format"));
    if (format == u"csv")
        return CsvDialect::Rfc4180;
    if (format == u"excel-csv")
        return CsvDialect::ExcelSwedish;
    return std::nullopt;
}

QJsonObject unitJson(const Unit &unit)
{
    return {{QStringLiteral("id"), unit.id},
            {QStringLiteral("name"), unit.name},
            {QStringLiteral("hsaId"), unit.hsaId},
            {QStringLiteral("region"),
             unit.insideRegion ? QStringLiteral("inside") : QStringLiteral("outside")},
            {QStringLiteral("address"), unit.address},
            {QStringLiteral("contactName"), unit.contactName},
            {QStringLiteral("contactEmail"), unit.contactEmail},
            {QStringLiteral("contactPhone"), unit.contactPhone}};
}

qint64 placementArgument(const Context &c, bool *ok)
{
    return c.arguments.value(0).toLongLong(ok);
}

int printPlacement(Context &c, const Placement &placement)
{
    if (c.json()) {
        printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("id"), placement.id},
                        {QStringLiteral("status"), Placements::statusCode(placement.status)},
                        {QStringLiteral("start"), iso(placement.start)},
                        {QStringLiteral("end"), iso(placement.end)}}));
    } else {
        out() << Cli::tr("Placement %1: %2, %3 to %4")
                     .arg(QString::number(placement.id), Placements::statusLabel(placement.status),
                          iso(placement.start), iso(placement.end))
              << Qt::endl;
    }
    return Success;
}

} // namespace

int unitsCommand(Context &c)
{
    const Result<QList<Unit>> units = c.placements.units();
    if (!units)
        return fail(units.error());
    QJsonArray array;
    for (const Unit &unit : *units) {
        array.append(unitJson(unit));
        if (!c.json())
            out() << unit.id << "  " << unit.name << "  " << unit.hsaId << "  "
                  << (unit.insideRegion ? Cli::tr("inside the region")
                                        : Cli::tr("outside the region"))
                  << Qt::endl;
    }
    if (c.json())
        printJson(QJsonDocument(array));
    return Success;
}

int addUnitCommand(Context &c)
{
    if (c.arguments.size() != 1)
        return fail(Cli::tr("add-unit needs the unit's NAME."), Usage);
    Unit unit;
    unit.name = c.arguments.first();
    unit.hsaId = c.parser.value(QStringLiteral("hsa-id"));
    const QString region = c.parser.value(QStringLiteral("region"));
    if (!region.isEmpty() && region != u"inside" && region != u"outside")
        return fail(Cli::tr("--region must be inside or outside."), Usage);
    unit.insideRegion = region != u"outside";
    unit.address = c.parser.value(QStringLiteral("address"));
    unit.contactName = c.parser.value(QStringLiteral("contact"));
    unit.contactEmail = c.parser.value(QStringLiteral("email"));
    unit.contactPhone = c.parser.value(QStringLiteral("phone"));
    const Result<Unit> added = c.placements.addUnit(unit);
    if (!added)
        return fail(added.error());
    if (c.json())
        printJson(QJsonDocument(unitJson(*added)));
    else
        out() << Cli::tr("Unit %1: %2").arg(QString::number(added->id), added->name) << Qt::endl;
    return Success;
}

int programmesCommand(Context &c)
{
    if (c.arguments.size() == 1) {
        const Result<QList<Programme>> all = c.placements.programmes();
        if (!all)
            return fail(all.error());
        Programme programme = Programmes::withDefaults(c.arguments.first(), QString());
        for (const Programme &known : *all) {
            if (known.code == c.arguments.first())
                programme = known;
        }
        if (c.parser.isSet(QStringLiteral("route"))) {
            const std::optional<OrderingRoute> route =
                Programmes::routeFromCode(c.parser.value(QStringLiteral("route")));
            if (!route)
                return fail(Cli::tr("--route must be klipp, pre-reserved, direct or own-clinic."),
                            Usage);
            programme.route = *route;
        }
        if (c.parser.isSet(QStringLiteral("funding"))) {
            const std::optional<Funding> funding =
                Programmes::fundingFromCode(c.parser.value(QStringLiteral("funding")));
            if (!funding)
                return fail(Cli::tr("--funding must be klipp, alf or own-clinic."), Usage);
            programme.funding = *funding;
        }
        if (const Status status = c.placements.saveProgramme(programme); !status)
            return fail(status.error());
    } else if (!c.arguments.isEmpty()) {
        return fail(
            Cli::tr(
                "programmes takes no argument, or a programme CODE with --route and --funding."),
            Usage);
    }

    const Result<QList<Programme>> programmes = c.placements.programmes();
    if (!programmes)
        return fail(programmes.error());
    QJsonArray array;
    for (const Programme &programme : *programmes) {
        array.append(
            QJsonObject{{QStringLiteral("code"), programme.code},
                        {QStringLiteral("name"), programme.name},
                        {QStringLiteral("route"), Programmes::routeCode(programme.route)},
                        {QStringLiteral("funding"), Programmes::fundingCode(programme.funding)}});
        if (!c.json())
            out() << programme.code << "  " << programme.name << "  "
                  << Programmes::routeLabel(programme.route) << "  "
                  << Programmes::fundingLabel(programme.funding) << Qt::endl;
    }
    if (c.json())
        printJson(QJsonDocument(array));
    return Success;
}

int placeCommand(Context &c)
{
    if (c.arguments.size() != 2)
        return fail(Cli::tr("place needs IDENTITY and UNIT (and --start, --end)."), Usage);
    const std::optional<QDate> start = dateOption(c.parser, QStringLiteral("start"));
    const std::optional<QDate> end = dateOption(c.parser, QStringLiteral("end"));
    if (!start || !end)
        return fail(Cli::tr("place needs --start and --end as YYYY-MM-DD."), Usage);
    const Result<Student> student = c.service.find(c.arguments.at(0));
    if (!student)
        return fail(student.error());
    const Result<Unit> unit = c.placements.findUnit(c.arguments.at(1));
    if (!unit)
        return fail(unit.error());
    Placement placement;
    placement.studentId = student->id;
    placement.unitId = unit->id;
    placement.courseCode = c.parser.value(QStringLiteral("course"));
    placement.start = *start;
    placement.end = *end;
    placement.overlapReason = c.parser.value(QStringLiteral("reason"));
    const bool routeGiven = c.parser.isSet(QStringLiteral("route"));
    if (routeGiven) {
        const std::optional<OrderingRoute> route =
            Programmes::routeFromCode(c.parser.value(QStringLiteral("route")));
        if (!route)
            return fail(Cli::tr("--route must be klipp, pre-reserved, direct or own-clinic."),
                        Usage);
        placement.route = *route;
    }
    const Result<Placement> added = c.placements.addPlacement(placement, routeGiven);
    if (!added)
        return fail(added.error());
    return printPlacement(c, *added);
}

int placementsCommand(Context &c)
{
    const Result<QList<PlacementRow>> rows = c.placements.placements();
    if (!rows)
        return fail(rows.error());
    QJsonArray array;
    for (const PlacementRow &row : *rows) {
        const Placement &p = row.placement;
        const ShownStudent shown = PrivacyGate::show(row.student, Audience::Coordinator);
        QJsonObject object{{QStringLiteral("id"), p.id},
                           {QStringLiteral("identity"), shown.identity},
                           {QStringLiteral("name"), PrivacyGate::displayName(row.student)},
                           {QStringLiteral("programmeCode"), row.student.programmeCode},
                           {QStringLiteral("unit"), row.unit.name},
                           {QStringLiteral("unitHsaId"), row.unit.hsaId},
                           {QStringLiteral("course"), p.courseCode},
                           {QStringLiteral("start"), iso(p.start)},
                           {QStringLiteral("end"), iso(p.end)},
                           {QStringLiteral("route"), Programmes::routeCode(p.route)},
                           {QStringLiteral("status"), Placements::statusCode(row.statusToday)}};
        if (p.orderedOn.isValid())
            object.insert(QStringLiteral("orderedOn"), iso(p.orderedOn));
        if (p.status == PlacementStatus::Interrupted) {
            object.insert(QStringLiteral("interruptedOn"), iso(p.interruptedOn));
            object.insert(QStringLiteral("examiner"), p.examiner);
            object.insert(QStringLiteral("reason"), p.interruptionReason);
        }
        if (!p.overlapReason.isEmpty())
            object.insert(QStringLiteral("overlapReason"), p.overlapReason);
        array.append(object);
        if (!c.json())
            out() << p.id << "  " << iso(p.start) << ' ' << iso(p.end) << "  " << row.unit.name
                  << "  " << PrivacyGate::displayName(row.student) << "  "
                  << Placements::statusLabel(row.statusToday) << Qt::endl;
    }
    if (c.json())
        printJson(QJsonDocument(array));
    return Success;
}

int placementStatusCommand(Context &c)
{
    bool isNumber = false;
    const qint64 id = placementArgument(c, &isNumber);
    const std::optional<PlacementStatus> status = Placements::statusFromCode(c.arguments.value(1));
    if (c.arguments.size() != 2 || !isNumber || !status)
        return fail(
            Cli::tr(
                "placement-status needs PLACEMENT and one of planned, ordered, confirmed, ongoing, "
                "completed, cancelled."),
            Usage);
    const Result<Placement> changed = c.placements.setStatus(
        id, *status, dateOption(c.parser, QStringLiteral("date")).value_or(QDate()));
    if (!changed)
        return fail(changed.error());
    return printPlacement(c, *changed);
}

int interruptCommand(Context &c)
{
    bool isNumber = false;
    const qint64 id = placementArgument(c, &isNumber);
    const std::optional<QDate> date = dateOption(c.parser, QStringLiteral("date"));
    if (c.arguments.size() != 1 || !isNumber || !date)
        return fail(
            Cli::tr(
                "interrupt needs PLACEMENT, --date YYYY-MM-DD, --examiner NAME and --reason TEXT."),
            Usage);
    const Result<Placement> interrupted =
        c.placements.interrupt(id, *date, c.parser.value(QStringLiteral("examiner")),
                               c.parser.value(QStringLiteral("reason")));
    if (!interrupted)
        return fail(interrupted.error());
    return printPlacement(c, *interrupted);
}

int compensationCommand(Context &c)
{
    const auto dates = period(c);
    if (!dates)
        return fail(Cli::tr("compensation needs --from and --to as YYYY-MM-DD."), Usage);
    const std::optional<CsvDialect> format = formatOption(c);
    if (!format)
        return fail(Cli::tr("--format must be csv or excel-csv."), Usage);
    if (c.parser.isSet(QStringLiteral("output"))) {
        const Status status = c.placements.writeCompensation(
            dates->first, dates->second, c.parser.value(QStringLiteral("output")), *format);
        if (!status)
            return fail(status.error());
    }
    const Result<CompensationBasis> basis = c.placements.compensation(dates->first, dates->second);
    if (!basis)
        return fail(basis.error());
    if (c.json()) {
        QJsonArray lines;
        for (const CompensationLine &line : basis->lines) {
            lines.append(
                QJsonObject{{QStringLiteral("unit"), line.unit.name},
                            {QStringLiteral("hsaId"), line.unit.hsaId},
                            {QStringLiteral("funding"), Programmes::fundingCode(line.funding)},
                            {QStringLiteral("placements"), line.placements},
                            {QStringLiteral("days"), line.days},
                            {QStringLiteral("weeks"), line.weeks}});
        }
        printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("from"), iso(basis->from)},
                                      {QStringLiteral("to"), iso(basis->to)},
                                      {QStringLiteral("rule"), Compensation::ruleCode(basis->rule)},
                                      {QStringLiteral("lines"), lines},
                                      {QStringLiteral("totalDays"), basis->totalDays},
                                      {QStringLiteral("totalWeeks"), basis->totalWeeks}}));
        return Success;
    }
    for (const QStringList &row : Compensation::rows(*basis))
        out() << row.join(QStringLiteral("  ")) << Qt::endl;
    return Success;
}

int unitListCommand(Context &c)
{
    const auto dates = period(c);
    if (c.arguments.size() != 1 || !dates || !c.parser.isSet(QStringLiteral("output")))
        return fail(Cli::tr("unit-list needs UNIT, --from, --to and --output FILE."), Usage);
    const std::optional<CsvDialect> format = formatOption(c);
    if (!format)
        return fail(Cli::tr("--format must be csv or excel-csv."), Usage);
    const Result<Unit> unit = c.placements.findUnit(c.arguments.first());
    if (!unit)
        return fail(unit.error());
    const Status status = c.placements.writeUnitList(
        unit->id, dates->first, dates->second, c.parser.value(QStringLiteral("output")), *format);
    if (!status)
        return fail(status.error());
    return Success;
}

} // namespace vfu::cli
