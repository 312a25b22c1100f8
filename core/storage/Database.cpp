#include "core/storage/Database.h"

#include "core/storage/Backup.h"
#include "core/storage/Migrations.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace vfu {

// Debug messages only when asked for: QT_LOGGING_RULES="vfudesk.*.debug=true".
Q_LOGGING_CATEGORY(lcStorage, "vfudesk.core.storage", QtInfoMsg)

namespace {

constexpr int busyTimeoutMs = 5000;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("vfudesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite creates the file with the process umask; a file of personal data is the user's only.
// Made readable by its owner alone from the first moment. Another program starting on the same
// new file at the same moment may make it first; then it is there, which is all that is needed.
bool createUserOnlyFile(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return true;
    return QFileInfo(path).isFile();
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Status::failure(query.lastError().text());
    return ok();
}

// Turning a new file's journal into a log needs the file to itself, and SQLite answers "locked"
// at once, without waiting, to the second of two programs that both ask: it waits here instead,
// as long as the busy timeout would have.
Status execWaitingForLock(QSqlDatabase &db, const QString &sql)
{
    QDeadlineTimer deadline(busyTimeoutMs);
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(sql))
            return ok();
        if (query.lastError().nativeErrorCode() != QLatin1String("5") || deadline.hasExpired())
            return Status::failure(query.lastError().text());
        query.finish();
        QThread::msleep(10);
    }
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion()
{
    return migrations().constLast().version;
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("vfudesk.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, CopyBeforeMigration copy)
{
    using R = Result<std::unique_ptr<Database>>;
    if (path.isEmpty())
        return R::failure(tr("No data file was given."));

    const QFileInfo info(path);
    if (!info.dir().exists())
        return R::failure(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (info.exists() && !info.isFile())
        return R::failure(tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    if (info.exists() && !info.isWritable())
        return R::failure(tr("The data file %1 is read-only; VFU Desk needs to write to it.")
                              .arg(QDir::toNativeSeparators(path)));
    // SQLite keeps its journal beside the file; without it the file cannot even be read.
    if (!QFileInfo(info.absolutePath()).isWritable())
        return R::failure(
            tr("The folder %1 cannot be written; VFU Desk needs to keep a journal beside the "
               "data file there.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!info.exists() && !createUserOnlyFile(path))
        return R::failure(
            tr("The data file %1 could not be created.").arg(QDir::toNativeSeparators(path)));

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return R::failure(tr("The data file %1 could not be opened: %2")
                              .arg(QDir::toNativeSeparators(path), db.lastError().text()));

    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        return R::failure(tr("%1 is not a VFU Desk data file (it is not a database).")
                              .arg(QDir::toNativeSeparators(path)));
    }
    probe.finish();

    // Whose file it is, before anything is changed in it: another program's database must be
    // left exactly as it was.
    const QStringList tables = db.tables();
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_info")))
        return R::failure(tr("%1 is a database, but not a VFU Desk data file.")
                              .arg(QDir::toNativeSeparators(path)));

    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA synchronous = NORMAL"),
          // 32 MiB of pages rather than SQLite's 2: an import of 100,000 students then stays
          // in memory until it commits, instead of spilling pages to the log on the way.
          QStringLiteral("PRAGMA cache_size = -32768")}) {
        if (const Status status = execWaitingForLock(db, pragma); !status)
            return R::failure(tr("The data file could not be prepared: %1").arg(status.error()));
    }

    if (const Status status = database->migrate(copy); !status)
        return R::failure(status.error());
    return R::success(std::move(database));
}

Status Database::migrate(CopyBeforeMigration copy)
{
    // open() has made sure the file is empty or VFU Desk's own.
    QSqlDatabase db = connection();
    // Every step under the write lock, reading the version again inside it: two programs that
    // open a new file at the same moment must not both create its tables.
    const auto version = [&db]() -> std::optional<int> {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT version FROM schema_info")) || !query.next())
            return std::nullopt;
        return query.value(0).toInt();
    };
    // A file of this version is only read: a second instance may read while another writes.
    const std::optional<int> stored = version();
    if (!stored) {
        if (const Status status = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !status)
            return Status::failure(
                tr("The data file could not be updated: %1").arg(status.error()));
        for (const QString &sql :
             {QStringLiteral("CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL)"),
              QStringLiteral("INSERT INTO schema_info (version)"
                             " SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_info)"),
              QStringLiteral("COMMIT")}) {
            if (const Status status = exec(db, sql); !status) {
                db.rollback();
                return status;
            }
        }
    }

    const std::optional<int> read = version();
    if (!read)
        return Status::failure(tr("The version of the data file could not be read."));
    const int current = *read;

    if (current > schemaVersion()) {
        return Status::failure(tr("%1 was written by a newer version of VFU Desk (data format %2; "
                                  "this version knows up to %3). Update VFU Desk to open it.")
                                   .arg(QDir::toNativeSeparators(m_path))
                                   .arg(current)
                                   .arg(schemaVersion()));
    }

    // A file that holds data is copied before its format changes, so that a failed or
    // unwanted migration can be undone by restoring the copy.
    if (copy == CopyBeforeMigration::Yes && current > 0 && current < schemaVersion()) {
        const Result<QString> copied =
            Backup::writeBeside(*this, m_path + QStringLiteral(".before-v%1").arg(schemaVersion()));
        if (!copied)
            return Status::failure(
                tr("The data file was not updated, because no backup could be taken first: %1")
                    .arg(copied.error()));
    }

    if (current == schemaVersion())
        return ok();
    // Every step in one transaction: another program never sees the file halfway (it would
    // take a half-made new file for an old one and copy it), and a failed step leaves the
    // file as it was before the first.
    if (const Status status = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !status)
        return Status::failure(tr("The data file could not be updated: %1").arg(status.error()));
    const int begun = version().value_or(0); // another program may have got there first
    Status status = ok();
    int reached = begun;
    for (const Migration &step : migrations()) {
        if (step.version <= begun)
            continue;
        qCDebug(lcStorage) << "migrating the data file to version" << step.version;
        for (const QString &sql : step.statements) {
            status = exec(db, sql);
            if (!status)
                break;
        }
        if (!status) {
            db.rollback();
            return Status::failure(tr("The data file could not be updated to version %1: %2")
                                       .arg(step.version)
                                       .arg(status.error()));
        }
        reached = step.version;
    }
    if (reached != begun) {
        QSqlQuery setVersion(db);
        setVersion.prepare(QStringLiteral("UPDATE schema_info SET version = ?"));
        setVersion.addBindValue(reached);
        if (!setVersion.exec()) {
            const QString error = setVersion.lastError().text();
            db.rollback();
            return Status::failure(
                tr("The data file could not be updated to version %1: %2").arg(reached).arg(error));
        }
    }
    if (!db.commit())
        return Status::failure(
            tr("The data file could not be updated: %1").arg(db.lastError().text()));
    return ok();
}

QString currentOperator()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = QStringLiteral("unknown");
    return name;
}

} // namespace vfu
