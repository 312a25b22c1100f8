#include "ui/LoadingPage.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace vfu {

LoadingPage::LoadingPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("loadingPage"));

    auto *text = new QLabel(tr("Reading the students\u2026"), this);
    text->setObjectName(QStringLiteral("loadingText"));
    QFont big = text->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    text->setFont(big);
    text->setAlignment(Qt::AlignCenter);

    // Busy, not a percentage: the data file does not say how long the reading takes.
    auto *busy = new QProgressBar(this);
    busy->setObjectName(QStringLiteral("loadingProgress"));
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setFixedWidth(260);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(busy, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace vfu
