#include "ui/WorkProgress.h"

#include "ui/BackgroundWork.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace vfu {

WorkProgress::WorkProgress(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("workProgress"));
    m_text->setObjectName(QStringLiteral("workProgressText"));
    m_bar->setObjectName(QStringLiteral("workProgressBar"));
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("workCancelButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void WorkProgress::follow(BackgroundWork *work, const QString &text)
{
    m_text->setText(text);
    // Busy until the work knows how much there is to do.
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    show();

    connect(work, &BackgroundWork::progressed, this, [this](qint64 done, qint64 total) {
        // A progress bar counts in int; the share is what matters.
        m_bar->setRange(0, 1000);
        m_bar->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    connect(m_cancel, &QPushButton::clicked, work, [this, work] {
        work->cancel();
        m_cancel->setEnabled(false);
        m_text->setText(tr("Cancelling\u2026"));
    });
    connect(work, &BackgroundWork::finished, this, &WorkProgress::stop);
}

void WorkProgress::stop()
{
    hide();
    m_bar->reset();
}

} // namespace vfu
