#pragma once

#include "core/Result.h"
#include "core/policy/Policy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace vfu {

// The team's settings kept in the data file, so that a shared data file shares them: the
// policy's numbers (only those that differ from the routine's defaults are stored) and each
// programme's own routine notes.
class SettingsStore final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::SettingsStore)

public:
    explicit SettingsStore(QSqlDatabase db);

    Result<Policy> policy();
    // Stores every number of `policy`; a number equal to its default is stored as "no change".
    Status setPolicy(const Policy &policy, const QDateTime &at, const QString &by);

    Result<QString> programmeNotes(const QString &programmeCode);
    Status setProgrammeNotes(const QString &programmeCode, const QString &notes);

private:
    QSqlDatabase m_db;
};

} // namespace vfu
