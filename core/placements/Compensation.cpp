#include "core/placements/Compensation.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace vfu {

int Compensation::countedDays(QDate first, QDate last, CountingRule rule)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return 0;
    if (rule != CountingRule::WorkingDays)
        return static_cast<int>(first.daysTo(last)) + 1;
    int working = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5)
            ++working;
    }
    return working;
}

CompensationBasis Compensation::compute(const QList<Placement> &placements,
                                        const QHash<qint64, Unit> &units,
                                        const QHash<qint64, Funding> &fundingOfStudent, QDate from,
                                        QDate to, CountingRule rule)
{
    CompensationBasis basis;
    basis.from = from;
    basis.to = to;
    basis.rule = rule;
    const double daysPerWeek = rule == CountingRule::WorkingDays ? 5.0 : 7.0;

    QHash<std::pair<qint64, int>, CompensationLine> byUnit;
    for (const Placement &placement : placements) {
        if (!placement.isActive())
            continue;
        const QDate first = std::max(placement.start, from);
        const QDate last = std::min(placement.countedEnd(), to);
        const int days = countedDays(first, last, rule);
        if (days == 0)
            continue;
        const Funding funding = fundingOfStudent.value(placement.studentId, Funding::Klipp);
        CompensationLine &line = byUnit[{placement.unitId, static_cast<int>(funding)}];
        line.unit = units.value(placement.unitId);
        line.funding = funding;
        line.placements += 1;
        line.days += days;
    }

    basis.lines = byUnit.values();
    for (CompensationLine &line : basis.lines) {
        line.weeks = line.days / daysPerWeek;
        if (line.funding == Funding::Klipp)
            basis.totalDays += line.days;
    }
    basis.totalWeeks = basis.totalDays / daysPerWeek;
    // Swedish order on every machine, so that the file reads the same wherever it is made.
    QCollator swedish{QLocale(QLocale::Swedish, QLocale::Sweden)};
    std::sort(basis.lines.begin(), basis.lines.end(),
              [&swedish](const CompensationLine &a, const CompensationLine &b) {
                  if (a.funding != b.funding)
                      return static_cast<int>(a.funding) < static_cast<int>(b.funding);
                  return swedish.compare(a.unit.name, b.unit.name) < 0;
              });
    return basis;
}

QString Compensation::ruleCode(CountingRule rule)
{
    switch (rule) {
    case CountingRule::CalendarDays:
        return QStringLiteral("calendar-days");
    case CountingRule::CalendarWeeks:
        return QStringLiteral("calendar-weeks");
    case CountingRule::WorkingDays:
        return QStringLiteral("working-days");
    }
    return {};
}

QString Compensation::ruleLabel(CountingRule rule)
{
    switch (rule) {
    case CountingRule::CalendarDays:
        return tr("Calendar days");
    case CountingRule::CalendarWeeks:
        return tr("Weeks (calendar days / 7)");
    case CountingRule::WorkingDays:
        return tr("Working days (weeks of 5)");
    }
    return {};
}

QList<QStringList> Compensation::rows(const CompensationBasis &basis)
{
    // Fixed, not the user's locale: the file is for other programs.
    const QLocale c = QLocale::c();
    const auto weeks = [&c](double value) { return c.toString(value, 'f', 2); };
    QList<QStringList> rows;
    rows.append({QStringLiteral("Enhet"), QStringLiteral("HSA-ID"), QStringLiteral("Finansiering"),
                 QStringLiteral("Placeringar"), QStringLiteral("Dagar"), QStringLiteral("Veckor"),
                 QStringLiteral("Från"), QStringLiteral("Till"), QStringLiteral("Räkneregel")});
    for (const CompensationLine &line : basis.lines) {
        rows.append({line.unit.name, line.unit.hsaId, Programmes::fundingCode(line.funding),
                     QString::number(line.placements), QString::number(line.days),
                     weeks(line.weeks), basis.from.toString(Qt::ISODate),
                     basis.to.toString(Qt::ISODate), ruleCode(basis.rule)});
    }
    rows.append({QStringLiteral("Summa KliPP"), QString(), Programmes::fundingCode(Funding::Klipp),
                 QString(), QString::number(basis.totalDays), weeks(basis.totalWeeks),
                 basis.from.toString(Qt::ISODate), basis.to.toString(Qt::ISODate),
                 ruleCode(basis.rule)});
    return rows;
}

} // namespace vfu
