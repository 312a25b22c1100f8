#pragma once

#include "core/Result.h"
#include "core/journey/Student.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace vfu {

// Adds the students of one import through SQLite's own interface on the connection's handle:
// Qt's binding of a row costs more than SQLite's whole insert of it. An object lives inside
// the transaction it writes in, and no longer.
class NewStudents final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::NewStudents)

public:
    // Every student is created at `createdAt` (ISO 8601, as stored) by import `batchId`.
    NewStudents(const QSqlDatabase &db, QString createdAt, qint64 batchId);
    ~NewStudents();
    NewStudents(const NewStudents &) = delete;
    NewStudents &operator=(const NewStudents &) = delete;

    // False, with nothing written, when a student with the identity is stored already.
    Result<bool> add(const Student &student);

private:
    QString failure() const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    QString m_createdAt;
    qint64 m_batchId = 0;
};

} // namespace vfu
