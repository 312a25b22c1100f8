#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace vfu {

// One open data file: a named QSqlDatabase connection for the thread that opened it, with the
// schema brought up to date. Closing removes the connection.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Whether a file of an older format is copied beside itself before it is migrated.
    enum class CopyBeforeMigration { Yes, No };

    // Opens or creates the file (user-only, 0600 on Unix), turns on foreign keys and WAL, and
    // migrates step by step, each step in a transaction. Fails with a sentence on a file that
    // is not a database, cannot be written, or comes from a newer VFU Desk.
    static Result<std::unique_ptr<Database>>
    open(const QString &path, CopyBeforeMigration copy = CopyBeforeMigration::Yes);

    // The data file in the user's application data folder.
    static QString defaultPath();

    static int schemaVersion();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }

private:
    Database(QString path, QString connectionName);
    Status migrate(CopyBeforeMigration copy);

    QString m_path;
    QString m_connectionName;
};

// The operating system's user name, recorded with every change.
QString currentOperator();

} // namespace vfu
