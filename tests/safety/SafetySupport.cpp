#include "SafetySupport.h"

#include "LadokListGenerator.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <fstream>

namespace vfu::safety {

QStringList cliArguments(const QString &database, const QStringList &arguments)
{
    return QStringList{QStringLiteral("--database"), database, QStringLiteral("--today"),
                       QString::fromLatin1(fixedToday)} +
           arguments;
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    return environment;
}

CliRun runCli(const QString &database, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(VFU_CLI_PATH), cliArguments(database, arguments));
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("vfudesk-cli did not finish within two minutes");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void writeLadokList(const QString &path, std::uint64_t count, std::uint64_t firstRow)
{
    std::ofstream out(QFile::encodeName(path).toStdString(), std::ios::binary);
    bench::LadokList list;
    list.count = count;
    list.firstRow = firstRow;
    bench::writeLadokList(list, out);
}

namespace {

qint64 countOf(QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

FileState inspect(const QString &path)
{
    static QAtomicInt serial;
    const QString name = QStringLiteral("safety-inspect-%1").arg(serial.fetchAndAddRelaxed(1));
    FileState state;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        state.opened = db.open();
        if (state.opened) {
            QSqlQuery check(db);
            if (check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next())
                state.integrity = check.value(0).toString();
            check.finish();
            state.students = countOf(db, QStringLiteral("students"));
            state.batches = countOf(db, QStringLiteral("import_batches"));
            state.changes = countOf(db, QStringLiteral("import_changes"));
            db.close();
        } else {
            state.error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace vfu::safety
