#pragma once

#include <QWidget>

namespace vfu {

// What the window shows while it reads the students of the data file for the first time: the
// window is up at once, and says what it is doing until the students are there.
class LoadingPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LoadingPage(QWidget *parent = nullptr);
};

} // namespace vfu
