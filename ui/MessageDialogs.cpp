#include "ui/MessageDialogs.h"

#include <QPushButton>

namespace vfu {
namespace {

struct TestHook
{
    std::optional<QMessageBox::StandardButton> answer;
    QStringList messages;
};

TestHook &testHook()
{
    static TestHook hook;
    return hook;
}

} // namespace

QMessageBox::StandardButton MessageDialogs::ask(QWidget *parent, QMessageBox::Icon icon,
                                                const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    TestHook &hook = testHook();
    if (hook.answer) {
        hook.messages.append(text);
        return *hook.answer;
    }

    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageDialogs::error(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, QMessageBox::Critical, title, text);
}

bool MessageDialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                             const QString &confirmText)
{
    TestHook &hook = testHook();
    if (hook.answer) {
        hook.messages.append(text);
        return *hook.answer == QMessageBox::Ok || *hook.answer == QMessageBox::Yes;
    }

    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *confirmButton = box.addButton(confirmText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirmButton;
}

void MessageDialogs::setTestAnswer(std::optional<QMessageBox::StandardButton> answer)
{
    testHook().answer = answer;
}

QStringList MessageDialogs::testMessages()
{
    return testHook().messages;
}

void MessageDialogs::clearTestMessages()
{
    testHook().messages.clear();
}

} // namespace vfu
