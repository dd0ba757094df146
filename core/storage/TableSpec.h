#pragma once

#include <QList>
#include <QString>

namespace pms {

/// How a column's value is typed: drives SQL comparisons in filters, alignment and formatting.
enum class ColumnType {
    Text,
    Id,       // an identifier: right-aligned, never grouped ("10234", not "10,234")
    Integer,  // a quantity: right-aligned, grouped
    Real,     // a quantity with decimals (durations, money)
    Date,     // 'YYYY-MM-DD'
    DateTime, // ISO 8601 UTC with Z
    Bool,     // 0/1
    Enum      // a small set of codes (status, sync_state); displayed through a label map
};

/// Whether a column is shown, hidden until the user picks it in the column chooser, or only
/// there to be filtered on (never shown, never exported).
enum class ColumnVisibility { Shown, Hidden, Internal };

/// One column of a read-only table: a stable key (settings, CSV header) and the SQL expression
/// that produces it inside TableSpec::from.
struct ColumnSpec
{
    QString key;
    QString sql;
    ColumnType type = ColumnType::Text;
    bool searchable = false;                 // part of the search box's LIKE
    bool inFullText = false;                 // searched through TableSpec::fullTextTable instead
    ColumnVisibility visibility = ColumnVisibility::Shown;
    QString sortSql;                         // what ORDER BY uses; empty: sql
};

/// A LEFT JOIN of a TableSpec, used only by statements that need one of its columns.
struct JoinSpec
{
    QString alias;           // "p"
    QString sql;             // "LEFT JOIN properties p ON p.id = w.property_id"
};

/// A read-only table the screens page through: main table, joins, id expression, columns,
/// default sort. Lives in core/storage because it is SQL; models and widgets only see column keys.
struct TableSpec
{
    QString name;            // stable name for settings ("work_orders")
    QString table;           // "work_orders w"
    QList<JoinSpec> joins;   // SQLite does not drop unused LEFT JOINs from a count: TableQuery does
    QString idSql;           // "w.id": unique and stable per row
    QString connectionSql;   // "w.connection_id"; empty when the table is not per connection
    /// A trigram FTS5 table over the inFullText columns (rowid = the id): a search word of
    /// three characters or more is looked up there instead of by LIKE on every row. Numbers
    /// are then matched exactly (an indexed lookup), not as substrings.
    QString fullTextTable;
    QList<ColumnSpec> columns;
    int defaultSortColumn = 0;
    bool defaultSortDescending = false;

    int columnIndex(const QString &key) const
    {
        for (int i = 0; i < columns.size(); ++i)
            if (columns.at(i).key == key)
                return i;
        return -1;
    }
};

} // namespace pms
