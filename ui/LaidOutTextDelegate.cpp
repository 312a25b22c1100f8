#include "ui/LaidOutTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace vfu {
namespace {

// Enough for the cells of a few screens; beyond it the cache starts again.
constexpr qsizetype keptTexts = 4096;

} // namespace

const QStaticText &LaidOutTextDelegate::laidOut(const QString &text, int width,
                                                const QStyleOptionViewItem &option) const
{
    if (option.font != m_font || m_texts.size() >= keptTexts) {
        m_texts.clear();
        m_font = option.font;
    }
    const std::pair<QString, int> key(text, width);
    auto found = m_texts.find(key);
    if (found == m_texts.end()) {
        QStaticText laid(option.fontMetrics.elidedText(text, option.textElideMode, width));
        laid.setTextFormat(Qt::PlainText);
        laid.setPerformanceHint(QStaticText::AggressiveCaching);
        laid.prepare(QTransform(), option.font);
        found = m_texts.insert(key, laid);
    }
    return *found;
}

QMargins LaidOutTextDelegate::textMargins(const QStyleOptionViewItem &cell,
                                          const QStyle *style) const
{
    // Where the style puts a cell's text does not depend on the text, but asking it lays the
    // text out, which is what this delegate is here to save: asked once for each kind of cell.
    const TextPlace place{cell.rect.size(), cell.decorationSize, static_cast<int>(cell.features),
                          static_cast<int>(cell.decorationPosition)};
    const auto found = m_margins.constFind(place);
    if (found != m_margins.cend())
        return *found;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &cell, cell.widget) + 1;
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, cell.widget)
                           .adjusted(margin, 0, -margin, 0);
    const QMargins margins(text.left() - cell.rect.left(), text.top() - cell.rect.top(),
                           cell.rect.right() - text.right(), cell.rect.bottom() - text.bottom());
    if (m_margins.size() >= keptTexts)
        m_margins.clear();
    m_margins.insert(place, margins);
    return margins;
}

void LaidOutTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The style paints the background, the selection, the focus and the icon; the text is
    // painted here, where the style would have put it.
    const QString text = cell.text;
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;
    cell.text = text;

    const QRect area = cell.rect.marginsRemoved(textMargins(cell, style));
    if (area.width() <= 0)
        return;
    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled)  ? QPalette::Disabled
                                       : !(cell.state & QStyle::State_Active) ? QPalette::Inactive
                                                                              : QPalette::Normal;
    const QPalette::ColorRole role =
        cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;

    const QStaticText &laid = laidOut(text, area.width(), cell);
    const QSizeF size = laid.size();
    QPointF at(area.left(), area.top() + (area.height() - size.height()) / 2);
    if (cell.displayAlignment & Qt::AlignRight)
        at.setX(area.right() - size.width());
    else if (cell.displayAlignment & Qt::AlignHCenter)
        at.setX(area.left() + (area.width() - size.width()) / 2);

    painter->save();
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(group, role));
    painter->setClipRect(area);
    painter->drawStaticText(at, laid);
    painter->restore();
}

} // namespace vfu
