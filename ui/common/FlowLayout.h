#pragma once

#include <QLayout>
#include <QList>

namespace pms {

/// A layout that puts its items in a row and wraps to a new row when the width runs out (the
/// Qt flow layout example, with heightForWidth). Filter bars and dashboard cards use it, so a
/// screen's minimum width is its widest item, not the sum of all of them.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = 6, int vSpacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    /// Puts @p widget at @p index (the filters go between the search box and the tool buttons).
    void insertWidget(int index, QWidget *widget);
    int horizontalSpacing() const { return m_hSpace; }
    int verticalSpacing() const { return m_vSpace; }
    /// Items stretch to fill each row (cards) instead of keeping their size hint (filters).
    void setStretchItems(bool stretch) { m_stretch = stretch; }
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;

    QList<QLayoutItem *> m_items;
    int m_hSpace;
    int m_vSpace;
    bool m_stretch = false;
};

} // namespace pms
