#include "core/io/StudentImport.h"

#include "core/identity/IdentityNumber.h"
#include "core/storage/StudentStore.h"

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace vfu {
namespace {

// A Ladok export has a few key/value lines above the header; a file whose header is further
// down than this is not a student list.
constexpr qsizetype headerSearchDepth = 30;

QString normalisedHeader(const QString &header)
{
    return header.simplified().toCaseFolded();
}

struct HeaderNames
{
    StudentField field;
    QStringList exact;    // case-folded
    QStringList prefixes; // case-folded
};

const QList<HeaderNames> &headerNames()
{
    static const QList<HeaderNames> names = {
        {StudentField::Identity,
         {QStringLiteral("personnummer (student)"), QStringLiteral("personnummer"),
          QStringLiteral("person number"), QStringLiteral("personal identity number"),
          QStringLiteral("identity number"), QStringLiteral("identity")},
         {}},
        {StudentField::FamilyName,
         {QStringLiteral("efternamn (student)"), QStringLiteral("efternamn"),
          QStringLiteral("family name"), QStringLiteral("last name"), QStringLiteral("surname")},
         {}},
        {StudentField::GivenNames,
         {QStringLiteral("förnamn (student)"), QStringLiteral("förnamn"),
          QStringLiteral("given names"), QStringLiteral("given name"),
          QStringLiteral("first name")},
         {}},
        {StudentField::Email,
         {},
         {QStringLiteral("e-post"), QStringLiteral("epost"), QStringLiteral("e-mail"),
          QStringLiteral("email")}},
        {StudentField::ProgrammeCode,
         {QStringLiteral("kod (kurspaketering)"), QStringLiteral("programkod"),
          QStringLiteral("programme code"), QStringLiteral("program code")},
         {}},
        {StudentField::ProgrammeName,
         {QStringLiteral("benämning (kurspaketering)"), QStringLiteral("program"),
          QStringLiteral("programnamn"), QStringLiteral("programme"),
          QStringLiteral("programme name"), QStringLiteral("program name")},
         {}},
    };
    return names;
}

bool matches(const HeaderNames &names, const QString &header)
{
    const QString folded = normalisedHeader(header);
    if (names.exact.contains(folded))
        return true;
    for (const QString &prefix : names.prefixes) {
        if (folded.startsWith(prefix))
            return true;
    }
    return false;
}

QString cellOf(const QStringList &fields, int column)
{
    if (column < 0 || column >= fields.size())
        return {};
    return fields.at(column).trimmed();
}

QString &fieldOf(Student &student, StudentField field)
{
    switch (field) {
    case StudentField::Identity:
        return student.identity;
    case StudentField::FamilyName:
        return student.familyName;
    case StudentField::GivenNames:
        return student.givenNames;
    case StudentField::Email:
        return student.email;
    case StudentField::ProgrammeCode:
        return student.programmeCode;
    case StudentField::ProgrammeName:
        return student.programmeName;
    }
    Q_UNREACHABLE();
}

const QString &fieldOf(const Student &student, StudentField field)
{
    return fieldOf(const_cast<Student &>(student), field);
}

const QList<StudentField> &allFields()
{
    static const QList<StudentField> fields = {
        StudentField::Identity, StudentField::FamilyName,    StudentField::GivenNames,
        StudentField::Email,    StudentField::ProgrammeCode, StudentField::ProgrammeName};
    return fields;
}

// The line a planned insert or update came from, for a message about it.
int lineOf(const ImportReport &report, const QString &identity)
{
    for (const LineOutcome &outcome : report.lines) {
        if (outcome.identity == identity &&
            (outcome.fate == LineFate::Inserted || outcome.fate == LineFate::Updated))
            return outcome.line;
    }
    return 0;
}

// A line that passed the checks of its own, before it is compared with the other lines.
struct Candidate
{
    int line = 0;
    Student student;
};

} // namespace

int ImportReport::count(LineFate fate) const
{
    return static_cast<int>(std::count_if(lines.cbegin(), lines.cend(),
                                          [fate](const LineOutcome &o) { return o.fate == fate; }));
}

QList<LineOutcome> ImportReport::rejected() const
{
    QList<LineOutcome> result;
    for (const LineOutcome &outcome : lines) {
        if (outcome.fate == LineFate::Rejected)
            result.append(outcome);
    }
    return result;
}

namespace {

Result<ImportSource> withHeaderFound(CsvDocument document, const QString &fileName)
{
    using R = Result<ImportSource>;
    const qsizetype depth = std::min(document.records.size(), headerSearchDepth);
    for (qsizetype i = 0; i < depth; ++i) {
        const CsvRecord &record = document.records.at(i);
        if (!StudentImport::guessMapping(record.fields).maps(StudentField::Identity))
            continue;
        ImportSource source;
        source.fileName = fileName;
        source.headerRecord = i;
        source.headerLine = record.line;
        source.header = record.fields;
        for (qsizetype p = 0; p < i; ++p) {
            const QStringList &fields = document.records.at(p).fields;
            source.preamble.append(fields.join(QStringLiteral(": ")));
        }
        source.document = std::move(document);
        return R::success(std::move(source));
    }
    return R::failure(
        StudentImport::tr("%1: no header with a column of identity numbers was found "
                          "in the first %2 lines (looked for \"Personnummer (Student)\", "
                          "\"Personnummer\" or \"Identity\").")
            .arg(fileName)
            .arg(headerSearchDepth));
}

} // namespace

Result<ImportSource> StudentImport::readFile(const QString &path)
{
    Result<CsvDocument> document = CsvReader::readFile(path);
    if (!document)
        return Result<ImportSource>::failure(document.error());
    return withHeaderFound(std::move(document).value(), QFileInfo(path).fileName());
}

Result<ImportSource> StudentImport::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    Result<CsvDocument> document = CsvReader::parse(bytes);
    if (!document)
        return Result<ImportSource>::failure(fileName + QStringLiteral(": ") + document.error());
    return withHeaderFound(std::move(document).value(), fileName);
}

ColumnMapping StudentImport::guessMapping(const QStringList &header)
{
    ColumnMapping mapping;
    for (const HeaderNames &names : headerNames()) {
        for (int column = 0; column < header.size(); ++column) {
            if (matches(names, header.at(column))) {
                mapping.set(names.field, column);
                break;
            }
        }
    }
    return mapping;
}

bool StudentImport::isAddressColumn(const QString &header)
{
    static const QRegularExpression address(
        QStringLiteral("adress|address|postnummer|postort|postal|zip|c/o|gatu|street"),
        QRegularExpression::CaseInsensitiveOption);
    return address.match(header).hasMatch();
}

QString StudentImport::fieldCode(StudentField field)
{
    static const char *const codes[] = {"identity", "familyName",    "givenNames",
                                        "email",    "programmeCode", "programmeName"};
    return QLatin1String(codes[static_cast<int>(field)]);
}

std::optional<StudentField> StudentImport::fieldFromCode(QStringView code)
{
    for (const StudentField field : allFields()) {
        if (code == fieldCode(field))
            return field;
    }
    return std::nullopt;
}

QString StudentImport::valueOf(const Student &student, StudentField field)
{
    return fieldOf(student, field);
}

void StudentImport::setValueOf(Student &student, StudentField field, const QString &value)
{
    fieldOf(student, field) = value;
}

QString StudentImport::fieldLabel(StudentField field)
{
    switch (field) {
    case StudentField::Identity:
        return tr("identity number");
    case StudentField::FamilyName:
        return tr("family name");
    case StudentField::GivenNames:
        return tr("given names");
    case StudentField::Email:
        return tr("e-mail");
    case StudentField::ProgrammeCode:
        return tr("programme code");
    case StudentField::ProgrammeName:
        return tr("programme");
    }
    return {};
}

QString StudentImport::fateCode(LineFate fate)
{
    static const char *const codes[] = {"inserted", "updated", "unchanged", "rejected"};
    return QLatin1String(codes[static_cast<int>(fate)]);
}

QString StudentImport::fateLabel(LineFate fate)
{
    switch (fate) {
    case LineFate::Inserted:
        return tr("Inserted");
    case LineFate::Updated:
        return tr("Updated");
    case LineFate::Unchanged:
        return tr("Unchanged");
    case LineFate::Rejected:
        return tr("Rejected");
    }
    return {};
}

Result<ImportPlan> StudentImport::plan(const ImportSource &source, const ColumnMapping &mapping,
                                       const QHash<QString, Student> &existing, QDate today)
{
    using R = Result<ImportPlan>;
    if (!mapping.maps(StudentField::Identity))
        return R::failure(tr("No column is chosen for the identity number."));
    if (!mapping.maps(StudentField::FamilyName) && !mapping.maps(StudentField::GivenNames))
        return R::failure(tr("No column is chosen for the family name or the given names."));

    ImportPlan plan;
    ImportReport &report = plan.report;
    report.fileName = source.fileName;
    report.encoding = source.document.encoding;
    report.separator = source.document.separator;
    report.headerLine = source.headerLine;
    for (int column = 0; column < source.header.size(); ++column) {
        if (std::find(mapping.columns.cbegin(), mapping.columns.cend(), column) !=
            mapping.columns.cend())
            continue;
        const QString &name = source.header.at(column);
        if (isAddressColumn(name))
            report.addressColumns.append(name);
        else
            report.ignoredColumns.append(name);
    }

    const auto header = [&](StudentField field) {
        return source.header.value(mapping.column(field));
    };
    const auto reject = [&](int line, const QString &column, const QString &reason) {
        report.lines.append({line, LineFate::Rejected, {}, {}, column, reason});
    };

    // First each line on its own; then lines of the same person against each other.
    QList<Candidate> candidates;
    QHash<QString, QList<qsizetype>> linesOfPerson;
    const QList<CsvRecord> &records = source.document.records;
    candidates.reserve(records.size());
    linesOfPerson.reserve(records.size());
    report.lines.reserve(records.size());
    // A line that ends before a column the list fills would empty that field of a stored
    // student: it is rejected rather than read as blanks.
    const int lastMapped = *std::max_element(mapping.columns.cbegin(), mapping.columns.cend());
    for (qsizetype r = source.headerRecord + 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        if (record.fields.size() <= lastMapped) {
            reject(record.line, QString(),
                   tr("The line has %1 fields but the header has %2.")
                       .arg(record.fields.size())
                       .arg(source.header.size()));
            continue;
        }
        if (record.fields.size() > source.header.size()) {
            const bool extraIsEmpty =
                std::all_of(record.fields.cbegin() + source.header.size(), record.fields.cend(),
                            [](const QString &f) { return f.trimmed().isEmpty(); });
            if (!extraIsEmpty) {
                reject(record.line, QString(),
                       tr("The line has %1 fields but the header has %2.")
                           .arg(record.fields.size())
                           .arg(source.header.size()));
                continue;
            }
        }

        const QString identityText = cellOf(record.fields, mapping.column(StudentField::Identity));
        if (identityText.isEmpty()) {
            reject(record.line, header(StudentField::Identity),
                   tr("The identity number is empty."));
            continue;
        }
        const Result<IdentityNumber> identity = IdentityNumber::parse(identityText, today);
        if (!identity) {
            reject(record.line, header(StudentField::Identity), identity.error());
            continue;
        }

        Student student;
        for (const StudentField field : allFields())
            fieldOf(student, field) = cellOf(record.fields, mapping.column(field));
        student.identity = identity->canonical();

        if (student.familyName.isEmpty() && student.givenNames.isEmpty()) {
            const StudentField named = mapping.maps(StudentField::FamilyName)
                                           ? StudentField::FamilyName
                                           : StudentField::GivenNames;
            reject(record.line, header(named), tr("The student has no name."));
            continue;
        }
        if (!student.email.isEmpty() && !student.email.contains(QLatin1Char('@'))) {
            reject(record.line, header(StudentField::Email),
                   tr("\"%1\" is not an e-mail address.").arg(student.email));
            continue;
        }

        linesOfPerson[student.identity].append(candidates.size());
        candidates.append({record.line, std::move(student)});
    }

    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const Candidate &candidate = candidates.at(c);
        const QList<qsizetype> &same = linesOfPerson.value(candidate.student.identity);
        const Candidate &first = candidates.at(same.first());

        QStringList conflicting;
        for (const qsizetype other : same) {
            if (other != c && candidates.at(other).student != candidate.student)
                conflicting.append(QString::number(candidates.at(other).line));
        }
        if (!conflicting.isEmpty()) {
            reject(candidate.line, header(StudentField::Identity),
                   tr("The same person is also on line %1 with different data.")
                       .arg(conflicting.join(QStringLiteral(", "))));
            continue;
        }
        if (same.first() != c) {
            report.lines.append({candidate.line,
                                 LineFate::Unchanged,
                                 candidate.student.identity,
                                 {},
                                 {},
                                 tr("The same as line %1.").arg(first.line)});
            continue;
        }

        const auto stored = existing.constFind(candidate.student.identity);
        if (stored == existing.cend()) {
            plan.inserts.append(candidate.student);
            report.lines.append(
                {candidate.line, LineFate::Inserted, candidate.student.identity, {}, {}, {}});
            continue;
        }

        Student after = *stored;
        QList<StudentField> changed;
        for (const StudentField field : allFields()) {
            if (field == StudentField::Identity || !mapping.maps(field))
                continue;
            if (fieldOf(after, field) != fieldOf(candidate.student, field)) {
                fieldOf(after, field) = fieldOf(candidate.student, field);
                changed.append(field);
            }
        }
        if (changed.isEmpty()) {
            report.lines.append(
                {candidate.line, LineFate::Unchanged, candidate.student.identity, {}, {}, {}});
        } else {
            plan.updates.append({*stored, after});
            report.lines.append(
                {candidate.line, LineFate::Updated, candidate.student.identity, changed, {}, {}});
        }
    }

    // Rejected lines were noted first; a list with none is in order already.
    const auto byLine = [](const LineOutcome &a, const LineOutcome &b) { return a.line < b.line; };
    if (!std::is_sorted(report.lines.cbegin(), report.lines.cend(), byLine))
        std::stable_sort(report.lines.begin(), report.lines.end(), byLine);
    return R::success(std::move(plan));
}

Result<qint64> StudentImport::apply(StudentStore &store, const ImportPlan &plan,
                                    const QDateTime &now, const QString &operatorName,
                                    const Progress &progress)
{
    using R = Result<qint64>;
    // The write lock first: another import that wrote since the plan was made has finished
    // by then, and what it changed is found by write(), row by row, as the plan is written.
    Transaction transaction(store.database(), Transaction::Lock::Immediate);
    if (!transaction.begun())
        return R::failure(transaction.whyNotBegun());
    const Result<qint64> batch = write(store, plan, now, operatorName, progress);
    if (!batch)
        return batch;
    if (const Status status = transaction.commit(); !status)
        return R::failure(status.error());
    return batch;
}

Result<qint64> StudentImport::write(StudentStore &store, const ImportPlan &plan,
                                    const QDateTime &now, const QString &operatorName,
                                    const Progress &progress)
{
    using R = Result<qint64>;
    const ImportReport &report = plan.report;
    const Result<qint64> batch =
        store.insertBatch({report.fileName, now, operatorName, report.count(LineFate::Inserted),
                           report.count(LineFate::Updated), report.count(LineFate::Unchanged),
                           report.count(LineFate::Rejected)});
    if (!batch)
        return R::failure(batch.error());

    const qsizetype total = plan.inserts.size() + plan.updates.size();
    qsizetype done = 0;
    // Asked every few hundred rows: often enough for a smooth bar, rarely enough to cost nothing.
    const auto goOn = [&] {
        ++done;
        return !progress || done % 256 != 0 || progress(done, total);
    };
    const QString cancelled = tr("The import was cancelled; nothing was written.");

    const QString createdAt = now.toString(Qt::ISODate);
    for (const Student &student : plan.inserts) {
        if (!goOn())
            return R::failure(cancelled);
        const Result<bool> added = store.insertImported(student, createdAt, *batch);
        if (!added)
            return R::failure(added.error());
        if (!*added)
            return R::failure(tr("The student on line %1 was added to the data file by someone "
                                 "else while this import was prepared; nothing was written. "
                                 "Import the list again.")
                                  .arg(lineOf(report, student.identity)));
    }
    for (const auto &[before, after] : plan.updates) {
        if (!goOn())
            return R::failure(cancelled);
        const Result<bool> updated = store.updateImported(before, after);
        if (!updated)
            return R::failure(updated.error());
        if (!*updated)
            return R::failure(tr("The student on line %1 was changed or removed while this "
                                 "import was prepared; nothing was written. Import the list "
                                 "again.")
                                  .arg(lineOf(report, after.identity)));
        for (const StudentField field : allFields()) {
            if (fieldOf(before, field) == fieldOf(after, field))
                continue;
            const Status status = store.insertChange(*batch, after.id, fieldCode(field),
                                                     fieldOf(before, field), fieldOf(after, field));
            if (!status)
                return R::failure(status.error());
        }
    }

    if (progress && !progress(total, total))
        return R::failure(cancelled);
    return R::success(*batch);
}

} // namespace vfu
