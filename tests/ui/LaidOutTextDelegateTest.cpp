#include "ui/LaidOutTextDelegate.h"

#include "support/Catch.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>

using namespace vfu;

namespace {

// One cell of `text`, `width` pixels wide, painted by `delegate` onto a white image twice as
// wide; selected or not.
QImage painted(QAbstractItemDelegate &delegate, const QString &text, int width, bool selected)
{
    QStandardItemModel model(1, 1);
    model.setItem(0, 0, new QStandardItem(text));
    QTableView view;
    view.setModel(&model);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = QRect(0, 0, width, 24);
    option.state |= QStyle::State_Enabled | QStyle::State_Active;
    if (selected)
        option.state |= QStyle::State_Selected;
    QImage image(2 * width, 24, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    return image;
}

bool untouched(const QImage &image, const QRect &area)
{
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (image.pixel(x, y) != QColor(Qt::white).rgb())
                return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("The table's delegate paints the text in its cell, elided, and again the same")
{
    LaidOutTextDelegate delegate;
    const QImage name = painted(delegate, QStringLiteral("Åberg"), 120, false);
    CHECK_FALSE(untouched(name, QRect(0, 0, 120, 24)));
    CHECK(untouched(name, QRect(120, 0, 120, 24)));
    // Painted again from what it kept: the same pixels.
    CHECK(painted(delegate, QStringLiteral("Åberg"), 120, false) == name);

    // A name far wider than its cell stays inside it.
    const QImage wide = painted(delegate, QString(200, QChar(u'W')), 60, false);
    CHECK_FALSE(untouched(wide, QRect(0, 0, 60, 24)));
    CHECK(untouched(wide, QRect(60, 0, 60, 24)));

    // Selected, the text takes the selection's colours: the cell differs from the plain one.
    CHECK(painted(delegate, QStringLiteral("Åberg"), 120, true) != name);
}
