#pragma once

#include <QHeaderView>
#include <QList>

class QLineEdit;
class QTableView;
class QTimer;

namespace pms {

/// A horizontal header with a filter box under every column title (DB Browser for SQLite's
/// FilterTableHeader idea). What is typed goes to the model as a SQL column filter after a
/// short pause: "text" contains, "=x", "!=x", ">x", "<x", yes/no.
class FilterHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit FilterHeader(QTableView *parent);

    /// Creates one box per column (call after the model is set and when its columns change).
    void generateFilters(int count);
    QString filterText(int column) const;
    void setFilterText(int column, const QString &text);
    void clearFilters();
    bool hasFilters() const;
    QLineEdit *editor(int column) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void filterChanged(int column, const QString &text);

protected:
    void updateGeometries() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void adjustPositions();

    QList<QLineEdit *> m_editors;
    QList<QTimer *> m_timers;
};

} // namespace pms
