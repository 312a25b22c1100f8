#pragma once

#include <QSqlDatabase>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace vfu {

// Qt's SQLite driver spends more on each bound value (a QVariant, a look-up of the
// placeholder) than SQLite spends on the whole insert, so an import of 100,000 students
// writes them through SQLite's own API, on the same connection and in the same transaction.
// That is safe only where Qt's driver uses the very SQLite library VFU Desk is linked to, as
// in the Qt of Debian, Homebrew and vcpkg; Qt's own installer builds carry a copy of their
// own inside the driver, whose connections this library must never touch. Elsewhere the
// writes go through Qt, slower and the same.
class NativeSqlite final
{
public:
    // The SQLite handle of an open QSQLITE connection, or nullptr where it is not this
    // library's (or not SQLite, or the tests turned it off).
    static sqlite3 *handle(const QSqlDatabase &db);

    // Owns a prepared statement of SQLite's API.
    struct Finalize final
    {
        void operator()(sqlite3_stmt *statement) const;
    };
    using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

    // `sql` prepared on `handle`; null where SQLite refused it (see error()).
    static Statement prepare(sqlite3 *handle, const QByteArray &sql);
    // What went wrong last on `handle`, worded as Qt's driver words it, so that a busy data
    // file reads the same either way.
    static QString error(sqlite3 *handle);

    // While one lives, handle() gives nullptr: the tests run the writes through Qt too.
    class Off final
    {
    public:
        Off();
        ~Off();
        Off(const Off &) = delete;
        Off &operator=(const Off &) = delete;
    };
};

} // namespace vfu
