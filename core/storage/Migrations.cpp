#include "core/storage/Migrations.h"

namespace vfu {

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1,
         {
             QStringLiteral("CREATE TABLE import_batches ("
                            " id INTEGER PRIMARY KEY,"
                            " file_name TEXT NOT NULL,"
                            " imported_at TEXT NOT NULL,"
                            " imported_by TEXT NOT NULL,"
                            " inserted INTEGER NOT NULL,"
                            " updated INTEGER NOT NULL,"
                            " unchanged INTEGER NOT NULL,"
                            " rejected INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE students ("
                            " id INTEGER PRIMARY KEY,"
                            " identity TEXT NOT NULL UNIQUE,"
                            " family_name TEXT NOT NULL DEFAULT '',"
                            " given_names TEXT NOT NULL DEFAULT '',"
                            " email TEXT NOT NULL DEFAULT '',"
                            " programme_code TEXT NOT NULL DEFAULT '',"
                            " programme_name TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL)"),
             // What each import did to each student, so that a batch can be undone as a whole.
             QStringLiteral("CREATE TABLE import_changes ("
                            " id INTEGER PRIMARY KEY,"
                            " batch_id INTEGER NOT NULL REFERENCES import_batches(id),"
                            " student_id INTEGER NOT NULL REFERENCES students(id),"
                            " field TEXT NOT NULL,"
                            " old_value TEXT,"
                            " new_value TEXT)"),
             QStringLiteral("CREATE INDEX import_changes_batch ON import_changes(batch_id)"),
             QStringLiteral("CREATE TABLE journey_events ("
                            " id INTEGER PRIMARY KEY,"
                            " student_id INTEGER NOT NULL REFERENCES students(id),"
                            " step TEXT NOT NULL,"
                            " occurred_on TEXT NOT NULL,"
                            " value TEXT NOT NULL DEFAULT '',"
                            " cancels INTEGER REFERENCES journey_events(id),"
                            " recorded_at TEXT NOT NULL,"
                            " recorded_by TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX journey_events_student ON journey_events(student_id)"),
         }},
        // Every track of the routine, protected people, and a history of every change.
        {2,
         {
             QStringLiteral("ALTER TABLE students ADD COLUMN track TEXT"),
             QStringLiteral(
                 "ALTER TABLE students ADD COLUMN protection TEXT NOT NULL DEFAULT 'none'"),
             QStringLiteral("ALTER TABLE students ADD COLUMN alias TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE students ADD COLUMN klipp_secrecy INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE students ADD COLUMN exchange INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE import_batches ADD COLUMN undone_at TEXT"),
             QStringLiteral("ALTER TABLE import_batches ADD COLUMN undone_by TEXT"),
             QStringLiteral("CREATE TABLE student_edits ("
                            " id INTEGER PRIMARY KEY,"
                            " student_id INTEGER NOT NULL REFERENCES students(id),"
                            " field TEXT NOT NULL,"
                            " old_value TEXT NOT NULL,"
                            " new_value TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " recorded_at TEXT NOT NULL,"
                            " recorded_by TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX student_edits_student ON student_edits(student_id)"),
             QStringLiteral("CREATE TABLE acknowledgements ("
                            " id INTEGER PRIMARY KEY,"
                            " student_id INTEGER NOT NULL REFERENCES students(id),"
                            " action TEXT NOT NULL,"
                            " until TEXT NOT NULL,"
                            " note TEXT NOT NULL,"
                            " recorded_at TEXT NOT NULL,"
                            " recorded_by TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX acknowledgements_student ON acknowledgements(student_id)"),
             QStringLiteral("CREATE TABLE policy_settings ("
                            " key TEXT PRIMARY KEY,"
                            " value INTEGER NOT NULL,"
                            " changed_at TEXT NOT NULL,"
                            " changed_by TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE programmes ("
                            " code TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " routine_notes TEXT NOT NULL DEFAULT '')"),
         }},
        // Placements at units, programmes' ordering routes and funding, interruptions.
        {3,
         {
             QStringLiteral("ALTER TABLE programmes ADD COLUMN ordering_route TEXT"),
             QStringLiteral("ALTER TABLE programmes ADD COLUMN funding TEXT"),
             QStringLiteral("CREATE TABLE units ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " hsa_id TEXT UNIQUE,"
                            " inside_region INTEGER NOT NULL DEFAULT 1,"
                            " address TEXT NOT NULL DEFAULT '',"
                            " contact_name TEXT NOT NULL DEFAULT '',"
                            " contact_email TEXT NOT NULL DEFAULT '',"
                            " contact_phone TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE placements ("
                            " id INTEGER PRIMARY KEY,"
                            " student_id INTEGER NOT NULL REFERENCES students(id),"
                            " unit_id INTEGER NOT NULL REFERENCES units(id),"
                            " course_code TEXT NOT NULL DEFAULT '',"
                            " start_on TEXT NOT NULL,"
                            " end_on TEXT NOT NULL,"
                            " route TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " ordered_on TEXT,"
                            " overlap_reason TEXT NOT NULL DEFAULT '',"
                            " interrupted_on TEXT,"
                            " examiner TEXT NOT NULL DEFAULT '',"
                            " interruption_reason TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX placements_student ON placements(student_id)"),
             QStringLiteral("CREATE INDEX placements_unit ON placements(unit_id)"),
             // The placement's history: created, status changes, interruption.
             QStringLiteral("CREATE TABLE placement_events ("
                            " id INTEGER PRIMARY KEY,"
                            " placement_id INTEGER NOT NULL REFERENCES placements(id),"
                            " kind TEXT NOT NULL,"
                            " text TEXT NOT NULL,"
                            " recorded_at TEXT NOT NULL,"
                            " recorded_by TEXT NOT NULL)"),
         }},
        // Where each student stands, kept so that the Today list, the student list and the
        // export need not read and evaluate every event of every student. It is derived data:
        // a row holds for the days [valid_from, valid_until) and the triggers below delete it
        // when anything it was computed from changes, so that it is computed again when read.
        {4,
         {
             QStringLiteral("CREATE TABLE journey_cache ("
                            " student_id INTEGER PRIMARY KEY"
                            "  REFERENCES students(id) ON DELETE CASCADE,"
                            " valid_from TEXT NOT NULL,"
                            " valid_until TEXT NOT NULL," // '9999-12-31': until something changes
                            " language TEXT NOT NULL,"    // of the explanations, as translated
                            " stage TEXT NOT NULL,"
                            " next_step TEXT NOT NULL DEFAULT '',"
                            " hsa_id TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX journey_cache_until ON journey_cache(valid_until)"),
             QStringLiteral("CREATE INDEX journey_cache_from ON journey_cache(valid_from)"),
             QStringLiteral("CREATE INDEX journey_cache_language ON journey_cache(language)"),
             // The due actions of the day the row was computed; urgency follows from the due
             // date and the day they are read.
             QStringLiteral("CREATE TABLE due_cache ("
                            " student_id INTEGER NOT NULL"
                            "  REFERENCES journey_cache(student_id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " set_aside INTEGER NOT NULL,"
                            " action TEXT NOT NULL,"
                            " due TEXT NOT NULL,"
                            " resolved_by TEXT NOT NULL,"
                            " why TEXT NOT NULL,"
                            " acknowledged_until TEXT NOT NULL DEFAULT '',"
                            " acknowledgement TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (student_id, set_aside, position)) WITHOUT ROWID"),
             QStringLiteral(
                 "CREATE TRIGGER journey_cache_event_added AFTER INSERT ON journey_events"
                 " BEGIN DELETE FROM journey_cache WHERE student_id = NEW.student_id; END"),
             QStringLiteral(
                 "CREATE TRIGGER journey_cache_event_changed AFTER UPDATE ON journey_events"
                 " BEGIN DELETE FROM journey_cache"
                 "  WHERE student_id IN (OLD.student_id, NEW.student_id); END"),
             QStringLiteral(
                 "CREATE TRIGGER journey_cache_event_removed AFTER DELETE ON journey_events"
                 " BEGIN DELETE FROM journey_cache WHERE student_id = OLD.student_id; END"),
             QStringLiteral(
                 "CREATE TRIGGER journey_cache_ack_added AFTER INSERT ON acknowledgements"
                 " BEGIN DELETE FROM journey_cache WHERE student_id = NEW.student_id; END"),
             QStringLiteral(
                 "CREATE TRIGGER journey_cache_ack_changed AFTER UPDATE ON acknowledgements"
                 " BEGIN DELETE FROM journey_cache"
                 "  WHERE student_id IN (OLD.student_id, NEW.student_id); END"),
             QStringLiteral(
                 "CREATE TRIGGER journey_cache_ack_removed AFTER DELETE ON acknowledgements"
                 " BEGIN DELETE FROM journey_cache WHERE student_id = OLD.student_id; END"),
             QStringLiteral(
                 "CREATE TRIGGER journey_cache_placement_added AFTER INSERT ON placements"
                 " BEGIN DELETE FROM journey_cache WHERE student_id = NEW.student_id; END"),
             QStringLiteral(
                 "CREATE TRIGGER journey_cache_placement_changed AFTER UPDATE ON placements"
                 " BEGIN DELETE FROM journey_cache"
                 "  WHERE student_id IN (OLD.student_id, NEW.student_id); END"),
             QStringLiteral(
                 "CREATE TRIGGER journey_cache_placement_removed AFTER DELETE ON placements"
                 " BEGIN DELETE FROM journey_cache WHERE student_id = OLD.student_id; END"),
             QStringLiteral("CREATE TRIGGER journey_cache_unit_changed AFTER UPDATE ON units"
                            " BEGIN DELETE FROM journey_cache WHERE student_id IN"
                            "  (SELECT student_id FROM placements WHERE unit_id = NEW.id); END"),
             QStringLiteral("CREATE TRIGGER journey_cache_student_changed"
                            " AFTER UPDATE OF identity, created_at, track ON students"
                            " BEGIN DELETE FROM journey_cache WHERE student_id = NEW.id; END"),
             QStringLiteral(
                 "CREATE TRIGGER journey_cache_policy_added AFTER INSERT ON policy_settings"
                 " BEGIN DELETE FROM journey_cache; END"),
             QStringLiteral(
                 "CREATE TRIGGER journey_cache_policy_changed AFTER UPDATE ON policy_settings"
                 " BEGIN DELETE FROM journey_cache; END"),
             QStringLiteral(
                 "CREATE TRIGGER journey_cache_policy_removed AFTER DELETE ON policy_settings"
                 " BEGIN DELETE FROM journey_cache; END"),
         }},
        // The import that added a student is kept on the student's own row rather than as a
        // "*" row of import_changes: one write a new student instead of two. Undoing an
        // import finds its students by a scan, so that no index slows every import down.
        {5,
         {
             QStringLiteral(
                 "CREATE INDEX import_changes_student ON import_changes(student_id, batch_id)"),
             QStringLiteral("ALTER TABLE students ADD COLUMN added_by_batch INTEGER"
                            " REFERENCES import_batches(id)"),
             QStringLiteral("UPDATE students SET added_by_batch ="
                            " (SELECT batch_id FROM import_changes"
                            "  WHERE student_id = students.id AND field = '*')"),
             QStringLiteral("DELETE FROM import_changes WHERE field = '*'"),
         }},
        // What the Today list and the export show of a student, kept packed with the rows of
        // the journey cache (see PackedRow): read through Qt's driver, a dozen columns a row
        // cost several times SQLite's query. A change to what is shown deletes the rows too.
        {6,
         {
             QStringLiteral("DELETE FROM due_cache"),
             QStringLiteral("DELETE FROM journey_cache"),
             QStringLiteral("ALTER TABLE journey_cache ADD COLUMN shown BLOB NOT NULL DEFAULT x''"),
             QStringLiteral("ALTER TABLE due_cache ADD COLUMN shown BLOB NOT NULL DEFAULT x''"),
             QStringLiteral("CREATE TRIGGER journey_cache_student_shown_changed"
                            " AFTER UPDATE OF family_name, given_names, email, programme_code,"
                            "  programme_name, protection, alias, klipp_secrecy, exchange"
                            "  ON students"
                            " BEGIN DELETE FROM journey_cache WHERE student_id = NEW.id; END"),
         }},
        // What was kept of a student goes with the student even when the program that removes
        // them has foreign keys off (as the sqlite3 shell has by default), so that the Today
        // list can read the kept rows alone, without looking each student up. A due action is
        // kept in its packed row alone, not also in columns of its own: the Today list reads a
        // third fewer pages. The cache is derived data: emptied, it is evaluated again.
        {7,
         {
             QStringLiteral("DELETE FROM journey_cache"),
             QStringLiteral("DROP TABLE due_cache"),
             QStringLiteral("CREATE TABLE due_cache ("
                            " student_id INTEGER NOT NULL"
                            "  REFERENCES journey_cache(student_id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " set_aside INTEGER NOT NULL,"
                            " acknowledged_until TEXT NOT NULL DEFAULT '',"
                            " acknowledgement TEXT NOT NULL DEFAULT '',"
                            // action, due, resolved by, why; then what lists show of the student
                            " shown BLOB NOT NULL,"
                            " PRIMARY KEY (student_id, set_aside, position)) WITHOUT ROWID"),
             // The other triggers may leave a student's due actions without their row where
             // foreign keys are off; those are replaced when the student is evaluated again
             // (JourneyCache::store). A student removed where foreign keys are off (as in the
             // sqlite3 shell) is never evaluated again, and what was recorded of them must not
             // pass to a student added later under the same id: everything that names them
             // goes with them. Where foreign keys are on (VFU Desk's own connections) the cache
             // goes by its ON DELETE CASCADE, and removing a student who has anything else
             // recorded fails, as before.
             QStringLiteral("CREATE TRIGGER student_removed AFTER DELETE ON students"
                            " WHEN (SELECT foreign_keys FROM pragma_foreign_keys) = 0 BEGIN"
                            " DELETE FROM due_cache WHERE student_id = OLD.id;"
                            " DELETE FROM journey_cache WHERE student_id = OLD.id;"
                            " DELETE FROM journey_events WHERE student_id = OLD.id;"
                            " DELETE FROM acknowledgements WHERE student_id = OLD.id;"
                            " DELETE FROM student_edits WHERE student_id = OLD.id;"
                            " DELETE FROM import_changes WHERE student_id = OLD.id;"
                            " DELETE FROM placement_events WHERE placement_id IN"
                            "  (SELECT id FROM placements WHERE student_id = OLD.id);"
                            " DELETE FROM placements WHERE student_id = OLD.id; END"),
         }},
    };
    return steps;
}

} // namespace vfu
