#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace vfu {

class StorageError final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::StorageError)

public:
    // A sentence for a failed read or write: "the file is busy" in words when another VFU Desk
    // holds it (SQLite's "database is locked"), else the driver's own words after ours.
    static QString describe(const QSqlError &error);
    static bool isBusy(const QSqlError &error);
};

} // namespace vfu
