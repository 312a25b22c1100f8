#pragma once

#include <QWidget>

namespace vfu {

// What an empty data file shows: where to start.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void importRequested();
};

} // namespace vfu
