#pragma once

#include "core/Result.h"
#include "core/csv/CsvReader.h"
#include "core/journey/Student.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <functional>
#include <utility>

namespace vfu {

class StudentStore;

// Told how much of a long task is done; returns false to cancel it.
using Progress = std::function<bool(qsizetype done, qsizetype total)>;

// The fields of a student an import can fill, in the order of Student.
enum class StudentField { Identity, FamilyName, GivenNames, Email, ProgrammeCode, ProgrammeName };
inline constexpr int studentFieldCount = 6;

// Which column of the file fills which field; -1 where no column does.
struct ColumnMapping final
{
    std::array<int, studentFieldCount> columns{-1, -1, -1, -1, -1, -1};

    int column(StudentField field) const { return columns[static_cast<size_t>(field)]; }
    void set(StudentField field, int column) { columns[static_cast<size_t>(field)] = column; }
    bool maps(StudentField field) const { return column(field) >= 0; }
};

// A read file with its header found: what an import preview shows before anything is written.
struct ImportSource final
{
    QString fileName;
    CsvDocument document;
    qsizetype headerRecord = -1; // index of the header in document.records
    int headerLine = 0;
    QStringList header;
    QStringList preamble; // "key: value" lines above the header, as Ladok writes them
};

enum class LineFate { Inserted, Updated, Unchanged, Rejected };

struct LineOutcome final
{
    int line = 0;
    LineFate fate = LineFate::Rejected;
    QString identity;            // canonical, where it could be read
    QList<StudentField> changed; // for Updated
    QString column;              // for Rejected: the header of the column at fault
    QString reason;              // for Rejected; for Unchanged duplicates, which line it repeats
};

struct ImportReport final
{
    QString fileName;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar separator;
    int headerLine = 0;
    QStringList ignoredColumns; // columns no field is mapped to
    QStringList addressColumns; // postal address columns: never stored
    QList<LineOutcome> lines;

    int count(LineFate fate) const;
    QList<LineOutcome> rejected() const;
};

struct ImportPlan final
{
    ImportReport report;
    QList<Student> inserts;
    QList<std::pair<Student, Student>> updates; // before, after
};

class StudentImport final
{
    Q_DECLARE_TR_FUNCTIONS(vfu::StudentImport)

public:
    static Result<ImportSource> readFile(const QString &path);
    static Result<ImportSource> fromBytes(const QByteArray &bytes, const QString &fileName);

    // Columns are found by header name, never by position: Ladok's "Personnummer (Student)",
    // plain "Personnummer", "Förnamn", "E-post..." and their English names.
    static ColumnMapping guessMapping(const QStringList &header);
    static bool isAddressColumn(const QString &header);

    // Why a name or other field is not plain text of a sensible length (at most 200
    // characters, no control characters), or nothing.
    static std::optional<QString> notPlainText(const QString &text);

    static QString fieldCode(StudentField field); // "familyName", for files and JSON
    static std::optional<StudentField> fieldFromCode(QStringView code);
    static QString valueOf(const Student &student, StudentField field);
    static void setValueOf(Student &student, StudentField field, const QString &value);
    static QString fieldLabel(StudentField field);
    static QString fateCode(LineFate fate);
    static QString fateLabel(LineFate fate);

    // Decides each line's fate against the students already stored (by canonical identity),
    // and writes nothing.
    static Result<ImportPlan> plan(const ImportSource &source, const ColumnMapping &mapping,
                                   const QHash<QString, Student> &existing, QDate today);

    // Writes a plan in one transaction: all of it or, on any failure, none. Returns the batch.
    // `progress` hears how far it got (done, total) and may stop it by returning false: then
    // nothing is written.
    static Result<qint64> apply(StudentStore &store, const ImportPlan &plan, const QDateTime &now,
                                const QString &operatorName, const Progress &progress = {});
    // As apply, inside a transaction the caller holds (with the write lock) and commits.
    static Result<qint64> write(StudentStore &store, const ImportPlan &plan, const QDateTime &now,
                                const QString &operatorName, const Progress &progress = {});
};

} // namespace vfu
