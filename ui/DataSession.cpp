#include "ui/DataSession.h"

#include "core/storage/Backup.h"
#include "core/storage/DataFileLock.h"
#include "core/storage/Database.h"
#include "ui/MessageDialogs.h"

#include <QDir>

namespace vfu {

Result<std::unique_ptr<DataSession>> DataSession::open(const QString &path, const Clock &clock)
{
    using R = Result<std::unique_ptr<DataSession>>;
    // The lock comes first: a second window must not even open the file, let alone migrate it.
    Result<std::unique_ptr<DataFileLock>> lock = DataFileLock::acquire(path);
    if (!lock)
        return R::failure(lock.error());
    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database)
        return R::failure(tr("The data file %1 cannot be opened.\n\n%2")
                              .arg(QDir::toNativeSeparators(path), database.error()));
    return R::success(std::unique_ptr<DataSession>(
        new DataSession(std::move(lock).value(), std::move(database).value(), clock)));
}

std::unique_ptr<DataSession> DataSession::openForWindow(const QString &path, const Clock &clock)
{
    Result<std::unique_ptr<DataSession>> opened = open(path, clock);
    if (!opened) {
        MessageDialogs::error(nullptr, tr("VFU Desk cannot start"), opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

DataSession::DataSession(Database &database, const Clock &clock)
    : m_path(database.path())
    , m_clock(clock)
    , m_database(&database)
{
    startServices();
}

DataSession::DataSession(std::unique_ptr<DataFileLock> lock, std::unique_ptr<Database> database,
                         const Clock &clock)
    : m_path(database->path())
    , m_clock(clock)
    , m_lock(std::move(lock))
    , m_ownDatabase(std::move(database))
    , m_database(m_ownDatabase.get())
{
    startServices();
}

DataSession::~DataSession()
{
    close();
}

void DataSession::startServices()
{
    m_students = std::make_unique<StudentService>(*m_database, m_clock);
    // The placements follow the students' policy: one object, changed in the settings.
    m_placements = std::make_unique<PlacementService>(*m_database, m_clock, m_students->policy());
}

void DataSession::close()
{
    m_placements.reset();
    m_students.reset();
    m_database = nullptr;
    m_ownDatabase.reset();
}

Status DataSession::restore(const QString &backupPath)
{
    if (!canRestore())
        return Status::failure(
            tr("This window did not open %1, so it cannot put a backup in its place.")
                .arg(QDir::toNativeSeparators(m_path)));

    // The lock stays held throughout: no other window can open the file while it is replaced.
    close();
    const Status restored = Backup::restore(backupPath, m_path);

    Result<std::unique_ptr<Database>> reopened = Database::open(m_path);
    if (!reopened)
        return Status::failure(tr("The data file %1 could not be opened again.\n\n%2")
                                   .arg(QDir::toNativeSeparators(m_path), reopened.error()));
    m_ownDatabase = std::move(reopened).value();
    m_database = m_ownDatabase.get();
    startServices();
    return restored;
}

} // namespace vfu
