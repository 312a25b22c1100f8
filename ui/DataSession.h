#pragma once

#include "core/PlacementService.h"
#include "core/Result.h"
#include "core/StudentService.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace vfu {

class Clock;
class Database;
class DataFileLock;

// The data file a window works on: the open database and the services over it. The session
// that opened the file (open()) owns it and can close it and open it again, as a restore
// needs; a session over a database someone else keeps open cannot.
//
// Whatever refers to database(), students() or placements() must be gone before restore():
// those objects are replaced.
class DataSession final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::DataSession)

public:
    // Locks the file against a second window, then opens it; the lock is held while the
    // session lives.
    static Result<std::unique_ptr<DataSession>> open(const QString &path, const Clock &clock);
    // open(), telling the coordinator in a message box why the window cannot start.
    static std::unique_ptr<DataSession> openForWindow(const QString &path, const Clock &clock);

    // Works on a database that the caller opened and keeps open.
    DataSession(Database &database, const Clock &clock);
    ~DataSession();
    DataSession(const DataSession &) = delete;
    DataSession &operator=(const DataSession &) = delete;

    QString path() const { return m_path; }
    const Clock &clock() const { return m_clock; }
    // False only after a restore that could not open the file again.
    bool isOpen() const { return m_database != nullptr; }
    // Whether restore() can close the file: only when this session opened it.
    bool canRestore() const { return m_lock != nullptr; }

    Database &database() { return *m_database; }
    StudentService &students() { return *m_students; }
    PlacementService &placements() { return *m_placements; }

    // Closes the file, puts the backup in its place (the current data is kept as
    // "<file>.before-restore") and opens the file again. When the backup cannot be restored,
    // the file is opened again as it was and the reason is returned.
    Status restore(const QString &backupPath);

private:
    DataSession(std::unique_ptr<DataFileLock> lock, std::unique_ptr<Database> database,
                const Clock &clock);
    void startServices();
    void close();

    QString m_path;
    const Clock &m_clock;
    std::unique_ptr<DataFileLock> m_lock;
    std::unique_ptr<Database> m_ownDatabase;
    Database *m_database = nullptr;
    std::unique_ptr<StudentService> m_students;
    std::unique_ptr<PlacementService> m_placements;
};

} // namespace vfu
