#include "core/io/StudentImport.h"

#include "core/identity/IdentityNumber.h"
#include "core/storage/StudentStore.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace vfu {
namespace {

QString cellOf(const CsvDocument &document, qsizetype record, int column)
{
    return document.field(record, column).trimmed().toString();
}

// The longest name, e-mail address or programme an import takes, in characters: longer than
// any a student has, short enough to be a mistake (a whole line pasted into one cell).
constexpr qsizetype longestField = 200;

// An excel-csv export puts a ' before a cell that starts as a formula would (=, +, -, @), so
// that Excel shows it as text; read again, the cell is what was exported. A name such as
// 't Hooft keeps its '.
QString withoutFormulaGuard(QString cell)
{
    static constexpr QStringView triggers = u"=+-@";
    if (cell.size() >= 2 && cell.front() == u'\'' && triggers.contains(cell.at(1)))
        cell.remove(0, 1);
    return cell;
}

// The check of every field of every line, in one pass: true for plain text of a sensible length,
// which notText() and notPlainText() then need not look at.
bool looksPlain(const QString &text)
{
    if (text.size() > longestField)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7f)
            continue;
        if (u < 0xa0 || u == QChar::ReplacementCharacter)
            return false;
    }
    return true;
}

// Characters as a reader counts them: a letter beyond the first 65,536 (an emoji, a rare CJK
// character) is one, though it takes two of QString's units.
qsizetype characterCount(QStringView text)
{
    qsizetype pairs = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            ++pairs;
    }
    return text.size() - pairs;
}

// Where a field holds a U+FFFD, or nothing.
std::optional<QString> notText(const QString &text, const CsvDocument &document)
{
    const qsizetype at = text.indexOf(QChar(QChar::ReplacementCharacter));
    if (at < 0)
        return std::nullopt;
    return StudentImport::tr("At character %1 the field holds %2; correct it in the file and "
                             "import the list again.")
        .arg(QString::number(characterCount(QStringView(text).left(at)) + 1),
             CsvReader::replacementMeaning(document));
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

// Where a canonical identity number ("YYYYMMDD-NNNN", with an interim number's letter first
// among the last four) sorts among the others, as one number: the date, then each of the last
// four with its digits before the letters, as the texts sort. Faster to sort by than the text.
quint64 identityOrder(const QString &canonical)
{
    if (canonical.size() != 13)
        return std::numeric_limits<quint64>::max(); // not reached: plan() writes them so
    quint64 key = 0;
    for (qsizetype i = 0; i < 8; ++i)
        key = key * 10 + (canonical.at(i).unicode() - u'0');
    for (qsizetype i = 9; i < 13; ++i) {
        const char16_t c = canonical.at(i).unicode();
        key = key * 64 + (c <= u'9' ? c - u'0' : 10 + (c - u'A'));
    }
    return key;
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

// A control character (a tab, a line break inside quotes, a NUL) would travel on into lists and
// other programs unseen.
std::optional<QString> StudentImport::notPlainText(const QString &text)
{
    if (const qsizetype characters = characterCount(text); characters > longestField)
        return tr("The field holds %1 characters; at most %2 are taken.")
            .arg(characters)
            .arg(longestField);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || (c >= 0x7f && c < 0xa0))
            return tr("A control character (U+%1) stands at character %2; the "
                      "field must be plain text.")
                .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'))
                .arg(characterCount(QStringView(text).left(i)) + 1);
    }
    return std::nullopt;
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
    // Every candidate as (identityOrder(), index): sorted, the lines of one person stand
    // together, and the new students in the order they are written in.
    std::vector<std::pair<quint64, qsizetype>> byPerson;
    const CsvDocument &document = source.document;
    candidates.reserve(document.size());
    byPerson.reserve(static_cast<size_t>(document.size()));
    report.lines.reserve(document.size());
    // A line that ends before a column the list fills would empty that field of a stored
    // student: it is rejected rather than read as blanks.
    const int lastMapped = *std::max_element(mapping.columns.cbegin(), mapping.columns.cend());
    for (qsizetype r = source.headerRecord + 1; r < document.size(); ++r) {
        const int line = document.line(r);
        const qsizetype fieldCount = document.fieldCount(r);
        if (fieldCount <= lastMapped) {
            reject(line, QString(),
                   tr("The line has %1 fields but the header has %2.")
                       .arg(fieldCount)
                       .arg(source.header.size()));
            continue;
        }
        if (fieldCount > source.header.size()) {
            bool extraIsEmpty = true;
            for (qsizetype c = source.header.size(); c < fieldCount && extraIsEmpty; ++c)
                extraIsEmpty = document.field(r, c).trimmed().isEmpty();
            if (!extraIsEmpty) {
                reject(line, QString(),
                       tr("The line has %1 fields but the header has %2.")
                           .arg(fieldCount)
                           .arg(source.header.size()));
                continue;
            }
        }

        const QString identityText = cellOf(document, r, mapping.column(StudentField::Identity));
        if (identityText.isEmpty()) {
            reject(line, header(StudentField::Identity), tr("The identity number is empty."));
            continue;
        }
        const Result<IdentityNumber> identity = IdentityNumber::parse(identityText, today);
        if (!identity) {
            reject(line, header(StudentField::Identity), identity.error());
            continue;
        }

        Student student;
        for (const StudentField field : allFields()) {
            if (field != StudentField::Identity)
                fieldOf(student, field) =
                    withoutFormulaGuard(cellOf(document, r, mapping.column(field)));
        }
        student.identity = identity->canonical();

        if (student.familyName.isEmpty() && student.givenNames.isEmpty()) {
            const StudentField named = mapping.maps(StudentField::FamilyName)
                                           ? StudentField::FamilyName
                                           : StudentField::GivenNames;
            reject(line, header(named), tr("The student has no name."));
            continue;
        }
        bool plain = true;
        for (const StudentField field : allFields()) {
            if (field == StudentField::Identity)
                continue;
            const QString &text = fieldOf(student, field);
            if (looksPlain(text))
                continue;
            std::optional<QString> problem = notText(text, document);
            if (!problem)
                problem = notPlainText(text);
            if (problem) {
                reject(line, header(field), *problem);
                plain = false;
                break;
            }
        }
        if (!plain)
            continue;
        if (!student.email.isEmpty() && !student.email.contains(QLatin1Char('@'))) {
            reject(line, header(StudentField::Email),
                   tr("\"%1\" is not an e-mail address.").arg(student.email));
            continue;
        }

        byPerson.emplace_back(identityOrder(student.identity), candidates.size());
        candidates.emplaceBack(Candidate{line, std::move(student)});
    }

    // Per candidate, the index of the first candidate of that person; per first candidate of a
    // person on more than one line, every candidate of theirs, in the order of the lines.
    std::sort(byPerson.begin(), byPerson.end());
    QList<qsizetype> firstOf(candidates.size());
    QHash<qsizetype, QList<qsizetype>> repeated;
    for (auto group = byPerson.cbegin(); group != byPerson.cend();) {
        const auto end = std::find_if(
            group, byPerson.cend(), [&](const auto &entry) { return entry.first != group->first; });
        for (auto entry = group; entry != end; ++entry)
            firstOf[entry->second] = group->second;
        if (end - group > 1) {
            QList<qsizetype> &lines = repeated[group->second];
            for (auto entry = group; entry != end; ++entry)
                lines.append(entry->second);
        }
        group = end;
    }

    std::vector<bool> inserted(static_cast<size_t>(candidates.size()), false);
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const Candidate &candidate = candidates.at(c);
        const auto group = repeated.constFind(firstOf.at(c));
        const QList<qsizetype> same = group == repeated.cend() ? QList<qsizetype>{c} : *group;
        const Candidate &first = candidates.at(same.first());

        QStringList conflicting;
        for (const qsizetype other : same) {
            if (other != c && candidates.at(other).student != candidate.student)
                conflicting.append(QString::number(candidates.at(other).line));
        }
        if (!conflicting.isEmpty()) {
            reject(candidate.line, header(StudentField::Identity),
                   tr("The same person is also on line(s) %1 with different data.", nullptr,
                      static_cast<int>(conflicting.size()))
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
            report.lines.append(
                {candidate.line, LineFate::Inserted, candidate.student.identity, {}, {}, {}});
            inserted[static_cast<size_t>(c)] = true;
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

    // New students are written in the order of their identity numbers: SQLite adds each to
    // the end of its index of identities, rather than somewhere in the middle, which makes the
    // writing of a long list about twice as fast. Their ids follow that order.
    plan.inserts.reserve(
        static_cast<qsizetype>(std::count(inserted.cbegin(), inserted.cend(), true)));
    for (const auto &[key, c] : byPerson) {
        if (!inserted[static_cast<size_t>(c)])
            continue;
        // Compared no more, unless the person is on other lines too.
        if (repeated.contains(firstOf.at(c)))
            plan.inserts.append(candidates.at(c).student);
        else
            plan.inserts.append(std::move(candidates[c].student));
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
    bool stopped = false;
    const Result<std::optional<qsizetype>> conflict =
        store.insertImported(plan.inserts, createdAt, *batch, [&] {
            stopped = !goOn();
            return !stopped;
        });
    if (!conflict)
        return R::failure(conflict.error());
    if (stopped)
        return R::failure(cancelled);
    if (conflict->has_value()) {
        return R::failure(tr("The student on line %1 was added to the data file by someone "
                             "else while this import was prepared; nothing was written. "
                             "Import the list again.")
                              .arg(lineOf(report, plan.inserts.at(**conflict).identity)));
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
