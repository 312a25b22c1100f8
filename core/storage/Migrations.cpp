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
    };
    return steps;
}

} // namespace vfu
