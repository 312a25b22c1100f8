#pragma once

#include <QFont>
#include <QHash>
#include <QMargins>
#include <QSize>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace vfu {

// Paints a cell as QStyledItemDelegate does, but keeps the laid-out text of what it painted
// (QStaticText, by text and width). Laying out the text of every visible cell again, on every
// keystroke of a filter over 100,000 students, was most of the time the keystroke took; the
// same names, programmes, stages and dates come back row after row.
class LaidOutTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    // The text as painted in `width`: elided as the style would, laid out once.
    const QStaticText &laidOut(const QString &text, int width,
                               const QStyleOptionViewItem &option) const;

    // Where the text goes in a cell of this kind, as the style says.
    QMargins textMargins(const QStyleOptionViewItem &cell, const QStyle *style) const;

    struct TextPlace
    {
        QSize cell;
        QSize decoration;
        int features = 0;
        int decorationPosition = 0;
        friend bool operator==(const TextPlace &, const TextPlace &) = default;
        friend size_t qHash(const TextPlace &place, size_t seed = 0)
        {
            return qHashMulti(seed, place.cell.width(), place.cell.height(),
                              place.decoration.width(), place.decoration.height(), place.features,
                              place.decorationPosition);
        }
    };

    mutable QHash<TextPlace, QMargins> m_margins;
    mutable QFont m_font; // of the texts kept; another font empties the cache
    mutable QHash<std::pair<QString, int>, QStaticText> m_texts;
};

} // namespace vfu
