#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

namespace vfu {

// The one way the window shows a message box: for what the coordinator cannot fix from the
// page itself (the data file cannot be opened or read). Tests pre-answer it so that no modal
// dialog ever waits on an offscreen run.
class MessageDialogs final
{
public:
    static QMessageBox::StandardButton
    ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void error(QWidget *parent, const QString &title, const QString &text);
    // Asks before a change that touches many records; true when the coordinator confirms with
    // the button `confirmText` ("Undo import"). A pre-set answer of Ok or Yes confirms.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &confirmText);

    // With an answer set, no dialog is shown: ask() returns the answer and the text is kept.
    static void setTestAnswer(std::optional<QMessageBox::StandardButton> answer);
    static QStringList testMessages();
    static void clearTestMessages();
};

} // namespace vfu
