#include "core/storage/SettingsStore.h"

#include "core/storage/StorageError.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace vfu {
namespace {

QString failedBecause(const QSqlQuery &query)
{
    return StorageError::describe(query.lastError());
}

} // namespace

SettingsStore::SettingsStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<Policy> SettingsStore::policy()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM policy_settings")))
        return Result<Policy>::failure(failedBecause(query));
    QHash<QString, int> stored;
    while (query.next())
        stored.insert(query.value(0).toString(), query.value(1).toInt());

    Policy policy;
    for (const PolicySetting &setting : PolicySettings::all()) {
        const auto value = stored.constFind(setting.key);
        if (value != stored.cend() && *value >= setting.minimum && *value <= setting.maximum)
            setting.set(policy, *value);
    }
    return Result<Policy>::success(policy);
}

Status SettingsStore::setPolicy(const Policy &policy, const QDateTime &at, const QString &by)
{
    for (const PolicySetting &setting : PolicySettings::all()) {
        const int value = setting.get(policy);
        if (value < setting.minimum || value > setting.maximum)
            return Status::failure(tr("%1 must be between %2 and %3 %4.")
                                       .arg(setting.label)
                                       .arg(setting.minimum)
                                       .arg(setting.maximum)
                                       .arg(setting.unit));
    }
    if (!m_db.transaction())
        return Status::failure(
            tr("The settings could not be saved: %1").arg(m_db.lastError().text()));
    for (const PolicySetting &setting : PolicySettings::all()) {
        QSqlQuery query(m_db);
        const int value = setting.get(policy);
        if (value == setting.defaultValue) {
            query.prepare(QStringLiteral("DELETE FROM policy_settings WHERE key = ?"));
            query.addBindValue(setting.key);
        } else {
            query.prepare(
                QStringLiteral("INSERT INTO policy_settings (key, value, changed_at, changed_by) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                               "value = excluded.value, changed_at = excluded.changed_at, "
                               "changed_by = excluded.changed_by"));
            query.addBindValue(setting.key);
            query.addBindValue(value);
            query.addBindValue(at.toString(Qt::ISODate));
            query.addBindValue(by);
        }
        if (!query.exec()) {
            const QString error = failedBecause(query);
            m_db.rollback();
            return Status::failure(error);
        }
    }
    if (!m_db.commit())
        return Status::failure(
            tr("The settings could not be saved: %1").arg(m_db.lastError().text()));
    return ok();
}

Result<QString> SettingsStore::programmeNotes(const QString &programmeCode)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT routine_notes FROM programmes WHERE code = ?"));
    query.addBindValue(programmeCode);
    if (!query.exec())
        return Result<QString>::failure(failedBecause(query));
    return Result<QString>::success(query.next() ? query.value(0).toString() : QString());
}

Status SettingsStore::setProgrammeNotes(const QString &programmeCode, const QString &notes)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO programmes (code, routine_notes) VALUES (?, ?) "
                       "ON CONFLICT (code) DO UPDATE SET routine_notes = excluded.routine_notes"));
    query.addBindValue(programmeCode);
    query.addBindValue(notes.isNull() ? QStringLiteral("") : notes);
    if (!query.exec())
        return Status::failure(failedBecause(query));
    return ok();
}

} // namespace vfu
