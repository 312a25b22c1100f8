#pragma once

#include "core/Result.h"
#include "core/io/StudentImport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace vfu {

class PlacementService;
class StudentService;
class Database;

// Units and placements from CSV files, columns found by header name (Swedish or English):
// units "Namn"/"Name", "HSA-ID", "Region" (inom/utom, inside/outside), "Adress"/"Address",
// "Kontaktperson"/"Contact", "E-post"/"Email", "Telefon"/"Phone"; placements
// "Personnummer"/"Identity", "Enhet"/"Unit" (name or HSA-ID), "Kurs"/"Course",
// "Startdatum"/"Start", "Slutdatum"/"End", and "Orsak"/"Reason" to allow an overlap.
// Every line gets a fate as in a student import; the valid lines are written in one
// transaction, or with `write` false not at all (a preview).
class PlacementImport final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::PlacementImport)

public:
    static Result<ImportReport> units(Database &database, const QString &path, bool write);
    static Result<ImportReport> placements(Database &database, const QDateTime &now,
                                           const QString &path, bool write);
};

} // namespace vfu
