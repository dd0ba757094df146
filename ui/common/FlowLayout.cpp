#include "FlowLayout.h"

#include <QWidget>

namespace pms {

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent), m_hSpace(hSpacing), m_vSpace(vSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    m_items.insert(qBound(0, index, int(m_items.size())), new QWidgetItem(widget));
    invalidate();
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

QSize FlowLayout::sizeHint() const
{
    // One row of everything: what the layout would like when there is room.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width() + (shown++ > 0 ? m_hSpace : 0);
        height = qMax(height, hint.height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

QSize FlowLayout::minimumSize() const
{
    // The widest single item: everything else wraps below it.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    // Split the items into rows first, so each row can be laid out (and stretched) as a whole.
    QList<QList<QLayoutItem *>> rows(1);
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int w = qMin(item->sizeHint().width(), area.width());
        if (!rows.last().isEmpty() && x + w > area.width()) {
            rows.append(QList<QLayoutItem *>());
            x = 0;
        }
        rows.last().append(item);
        x += w + m_hSpace;
    }
    if (rows.size() == 1 && rows.first().isEmpty())
        return m.top() + m.bottom();
    int y = area.y();
    for (const QList<QLayoutItem *> &row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int used = 0;
        int rowHeight = 0;
        for (QLayoutItem *item : row) {
            used += qMin(item->sizeHint().width(), area.width());
            rowHeight = qMax(rowHeight, item->sizeHint().height());
        }
        used += m_hSpace * int(row.size() - 1);
        const int extra = m_stretch ? qMax(0, area.width() - used) : 0;
        int left = area.x();
        for (int i = 0; i < row.size(); ++i) {
            QLayoutItem *item = row.at(i);
            int w = qMin(item->sizeHint().width(), area.width());
            w += extra / int(row.size()) + (i < extra % int(row.size()) ? 1 : 0);
            if (!testOnly)
                item->setGeometry(QRect(left, y, w, m_stretch ? rowHeight : item->sizeHint().height()));
            left += w + m_hSpace;
        }
        y += rowHeight + m_vSpace;
    }
    return y - m_vSpace - rect.y() + m.bottom();
}

} // namespace pms
