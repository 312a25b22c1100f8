#include "ui/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vfu {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *title = new QLabel(tr("Welcome to VFU Desk"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Start with the list of students exported from Ladok. VFU Desk "
                               "shows you what it will import before anything is saved, and "
                               "then follows each student from KliPP to an active staff card."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // Fixed width, and the height that width needs: a layout that centres a word-wrapped label
    // gives it only the height of its unwrapped size hint.
    text->setFixedWidth(520);
    text->setMinimumHeight(text->heightForWidth(520));

    auto *button = new QPushButton(tr("Import a Ladok list\u2026"), this);
    button->setObjectName(QStringLiteral("welcomeImportButton"));
    button->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    button->setIconSize(QSize(24, 24));
    button->setMinimumSize(260, 48);
    button->setDefault(true);
    QFont buttonFont = button->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.2);
    button->setFont(buttonFont);
    connect(button, &QPushButton::clicked, this, &WelcomePage::importRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace vfu
