#pragma once

#include <QPointer>
#include <QTableView>
#include <QTimer>

class QMenu;

namespace pms {

class FilterHeader;
class SqlTableModel;

/// The table every data screen uses: SQL sorting by header click, a filter box per column,
/// a column chooser (header context menu, or columnMenu()), Ctrl+C copies the selected rows
/// tab-separated with a header, column widths/order/visibility and the sort are remembered per
/// table (QSettings "tables/<key>"), an empty-state text when there are no rows.
class DataTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent = nullptr);
    ~DataTableView() override;

    /// @p settingsKey names the table in QSettings (e.g. "workorders").
    void setTableModel(SqlTableModel *model, const QString &settingsKey);
    SqlTableModel *tableModel() const { return m_model; }
    FilterHeader *filterHeader() const { return m_header; }

    /// Shown when the table has no rows at all, and when the search and filters leave none.
    void setEmptyTexts(const QString &noRows, const QString &noMatches);
    /// What the view shows in place of rows right now ("" when it shows rows).
    QString emptyText() const;

    /// Columns shown, in their on-screen order (logical indexes) — what export writes.
    QList<int> visibleColumns() const;
    /// A menu of the columns (checkable) plus "Reset columns"; shown with popup(), never exec().
    QMenu *columnMenu();
    void resetColumns();
    void saveState();
    /// The id of the current row (-1: none).
    qint64 currentId() const { return m_currentId; }

public Q_SLOTS:
    /// Copies the selected rows (visible columns, on-screen order) as tab-separated text with a
    /// header line. Rows not in memory are read first (off the GUI thread).
    void copySelection();

Q_SIGNALS:
    void currentIdChanged(qint64 id, int row);
    /// After a copy: how many rows went to the clipboard (0 with @p message when refused).
    void copied(int rows, const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyDefaults();
    void restoreState();
    void rebuildColumnMenu();
    void onCurrentChanged(const QModelIndex &current);
    void restoreCurrent();
    QString settingsGroup() const;

    SqlTableModel *m_model = nullptr;
    FilterHeader *m_header = nullptr;
    QMenu *m_columnMenu = nullptr;
    QString m_settingsKey;
    QString m_noRows;
    QString m_noMatches;
    QTimer m_saveTimer;
    qint64 m_currentId = -1;
    bool m_restoring = false;
};

} // namespace pms
