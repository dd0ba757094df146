#pragma once

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

#include "common/Result.h"

class QLabel;
class QLineEdit;
class QToolButton;

namespace pms {

class DataTableView;
class FlowLayout;
class SqlTableModel;

/// A table with its tools: a search box (SQL, after a short pause), room for the screen's own
/// filter widgets, Clear filters, the column chooser, Export CSV (the visible columns of the
/// rows the search and filters give, in their order; written off the GUI thread), the table,
/// and a count line ("12,345 of 1,000,000 work orders").
class TablePanel : public QWidget
{
    Q_OBJECT
public:
    /// Gives the count line: @p matching rows of @p total; @p filtered when a search or filter applies.
    using CountText = std::function<QString(qint64 matching, qint64 total, bool filtered)>;

    TablePanel(SqlTableModel *model, const QString &settingsKey, QWidget *parent = nullptr);
    ~TablePanel() override;

    DataTableView *view() const { return m_view; }
    SqlTableModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    /// The screen's own filters (combos, check boxes) go after the search box.
    void addFilterWidget(QWidget *widget);
    /// Something else to undo when the user clears filters (the screen resets its combos).
    void setExtraClear(std::function<void()> clear, std::function<bool()> active);
    void setCountText(CountText text);
    void setSearchPlaceholder(const QString &text);
    /// The suggested file name for Export CSV ("work-orders.csv").
    void setExportName(const QString &fileName);
    /// Hides the tool row (for small embedded tables that only need the table and count).
    void setToolsVisible(bool visible);

    /// Writes the visible rows to @p fileName off the GUI thread; exportFinished tells the end.
    void exportTo(const QString &fileName);
    bool isExporting() const;

public Q_SLOTS:
    void focusSearch();
    void clearFilters();
    void showExportDialog();
    void updateCount();

Q_SIGNALS:
    void exportFinished(bool ok, qint64 rows, const QString &message);
    /// A short message for the status bar (copied rows, export result).
    void message(const QString &text);

private:
    void updateClearButton();

    SqlTableModel *m_model;
    DataTableView *m_view;
    QLineEdit *m_search;
    FlowLayout *m_flow;
    QWidget *m_tools;
    QToolButton *m_clear;
    QToolButton *m_columns;
    QToolButton *m_export;
    QLabel *m_count;
    QLabel *m_status;
    QTimer m_searchTimer;
    CountText m_countText;
    std::function<void()> m_extraClear;
    std::function<bool()> m_extraActive;
    QString m_exportName = QStringLiteral("export.csv");
    QFutureWatcher<Result<qint64>> *m_exportWatcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelExport;
};

} // namespace pms
