#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace vfu {

struct ImportReport;
struct StudentDueAction;
struct StudentSummary;
struct JourneyEvent;
struct HistoryEntry;
struct ImportUndoReport;

// The JSON shapes of the command line. They are a contract: people script against them, so
// keys are only ever added, never renamed or removed.
namespace json {

// {"inserted":N,"updated":N,"unchanged":N,"rejected":[{"line":L,"column":"...","reason":"..."}],
// ...}
QJsonObject importReport(const ImportReport &report);
// [{"identity":"YYYYMMDD-NNNN","action":CODE,"due":"YYYY-MM-DD","urgency":"...","why":"..."}]
QJsonArray dueActions(const QList<StudentDueAction> &actions);
QJsonArray students(const QList<StudentSummary> &summaries);
QJsonObject event(const JourneyEvent &event);
// [{"at":"...","by":"...","kind":"step|undo|import|import-undone|edit|acknowledgement","text":"...","event":N}]
QJsonArray timeline(const QList<HistoryEntry> &entries);
// {"batch":N,"removed":N,"reverted":N,"kept":["..."]}
QJsonObject importUndo(const ImportUndoReport &report);

} // namespace json
} // namespace vfu
