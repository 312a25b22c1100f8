#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace vfu {

class BackgroundWork;

// What long work in the window is doing, in the status bar: a sentence, a progress bar and
// Cancel. Hidden while nothing runs.
class WorkProgress final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkProgress(QWidget *parent = nullptr);

    // Shows the work's progress until it finishes; Cancel cancels it.
    void follow(BackgroundWork *work, const QString &text);

private:
    void stop();

    QLabel *m_text = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace vfu
