#pragma once

#include <QFrame>

class QLabel;

namespace vfu {

// A strip at the top of a page that says what went wrong and what to do, for errors the
// coordinator can fix (a file that cannot be read, a date in the future). It stays until
// closed or until the next successful action clears it.
class ErrorBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message);
    void clear();
    QString message() const;

private:
    QLabel *m_text = nullptr;
};

} // namespace vfu
