#pragma once

#include "models/RowCache.h"
#include "storage/TableQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace pms {

class RowSource;

/// A read-only table model over the cache that stays fast at a million rows: rowCount comes
/// from a COUNT on a loader thread, rows are fetched in blocks around what the view shows
/// (RowSource + RowCache), search, filters and sort are SQL (TableQuery). Nothing here queries
/// the database on the GUI thread.
///
/// Subclasses give titles, width hints and value labels, and may override format() for
/// per-column presentation (icons, colours).
class SqlTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        RawRole = Qt::UserRole + 1,  // the value as read (QDate/QDateTime for dates)
        IdRole,                      // the row's id (any column)
        WidthHintRole,               // headerData: default width in average characters
        ColumnKeyRole,               // headerData: the column's key
    };

    SqlTableModel(const TableSpec &spec, const QString &dbPath, QObject *parent = nullptr);
    ~SqlTableModel() override;

    // --- the query (every change reloads, coalesced to one reload per event-loop turn) ---
    const TableQuery &query() const { return m_query; }
    QString dbPath() const { return m_dbPath; }
    void setConnectionId(qint64 id);
    void setSearch(const QString &text);
    void setTextFilter(int column, const QString &expression);
    /// A combo's choice (a user filter: the count line says "x of y").
    void setValueFilter(const QString &key, const QVariantList &values);
    /// What the table is about (the selected property's units): not a user filter.
    void setFixedFilter(const QString &key, const QVariantList &values);
    void clearUserFilters();   // search and text filters (not value filters)
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_query.sortColumn(); }
    Qt::SortOrder sortOrder() const { return m_query.sortOrder(); }

    /// Starts the first load (models stay empty until a view or page calls this or refresh()).
    void reload();
    /// Re-counts and re-reads what is shown (the cache changed): rows stay on screen meanwhile.
    void refresh();
    /// refresh() at most once per @p ms (for the sync's frequent cacheChanged).
    void refreshSoon(int ms = 1500);

    // --- state ---
    bool isLoading() const { return m_loading; }
    /// True once the ordered ids of the current query are in and no window is in flight.
    bool isSettled() const;
    bool countKnown() const { return m_countKnown; }
    qint64 matchingCount() const { return m_matching; }
    qint64 totalCount() const { return m_total; }
    QString errorText() const { return m_error; }

    // --- rows ---
    qint64 idAt(int row) const;                    // -1 when not known yet
    int rowForId(qint64 id) const;                 // -1 when not known
    bool isRowLoaded(int row) const { return m_cache.isLoaded(row); }
    QVariant rawValue(int row, int column) const;  // invalid when not loaded
    /// Display text of a row's cells (loaded or not): calls @p done on the GUI thread.
    void fetchRows(const QList<int> &rows, QObject *context, std::function<void(const RowList &)> done);

    // --- columns ---
    QString columnKey(int column) const;
    ColumnType columnType(int column) const;
    ColumnVisibility columnVisibility(int column) const;
    int columnIndex(const QString &key) const { return m_query.columnIndex(key); }
    QString columnTitle(int column) const;
    /// Formats @p values (one row as from the loader: id first) for @p role.
    virtual QVariant format(const QVariantList &values, int column, int role) const;
    QString displayText(const QVariantList &values, int column) const;

    // --- QAbstractItemModel ---
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void countsChanged();
    /// Rows now sit at new positions (the ids were re-listed): views restore their current row.
    void rowsRelocated();
    void settled();
    void errorOccurred(const QString &message);

protected:
    struct ColumnText
    {
        const char *key;
        const char *title;  // QT_TR_NOOP in the subclass: translated in its context
        int width;          // default width in average characters
    };
    /// Titles and widths for the subclass's columns (call from its constructor).
    void setColumnTexts(std::initializer_list<ColumnText> texts);
    void setTitle(const QString &key, const QString &title);
    void setWidthHint(const QString &key, int chars);
    void setValueLabels(const QString &key, const QHash<QString, QString> &labels);
    QString valueLabel(int column, const QVariant &value) const;
    QVariant valueAt(const QVariantList &values, const QString &key) const;
    QLocale m_locale;

private:
    void scheduleReload();
    void scheduleFetch() const;
    void fetchNow();
    void setRowCountTo(qint64 n);
    void onWindow(quint64 generation, quint64 tag, qint64 offset, const RowList &rows);
    void onCount(quint64 generation, qint64 matching, qint64 total);
    void onIds(quint64 generation, const IdList &ids);
    void onFailed(quint64 generation, const QString &message);
    void setLoading(bool loading);

    static constexpr int FirstLimit = 2 * RowCache::BlockSize;

    QString m_dbPath;
    RowSource *m_source = nullptr;
    TableQuery m_query;
    quint64 m_generation = 0;
    bool m_started = false;
    bool m_loading = false;
    bool m_resetPending = false;   // a new query's first window is not in yet
    int m_rowCount = 0;
    qint64 m_matching = 0;
    qint64 m_total = 0;
    bool m_countKnown = false;
    bool m_idsKnown = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    IdList m_ids;
    quint64 m_epoch = 1;           // changes when positions change; window answers carry it
    bool m_inFlight = false;
    std::pair<int, int> m_lastRequest{0, 0};
    mutable RowCache m_cache;
    mutable QTimer m_fetchTimer;
    QTimer m_reloadTimer;
    QTimer m_refreshTimer;
    QString m_error;
    quint64 m_nextCallbackTag = 1ull << 62;
    QHash<quint64, std::pair<QPointer<QObject>, std::function<void(const RowList &)>>> m_callbacks;
    QHash<QString, QString> m_titles;
    QHash<QString, int> m_widthHints;
    QHash<QString, QHash<QString, QString>> m_labels;
};

} // namespace pms
