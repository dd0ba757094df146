#include "SqlTableModel.h"

#include "storage/RowSource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

namespace pms {

SqlTableModel::SqlTableModel(const TableSpec &spec, const QString &dbPath, QObject *parent)
    : QAbstractTableModel(parent), m_dbPath(dbPath), m_source(new RowSource(dbPath, this)), m_query(spec)
{
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(0);
    connect(&m_fetchTimer, &QTimer::timeout, this, &SqlTableModel::fetchNow);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &SqlTableModel::reload);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SqlTableModel::refresh);
    connect(m_source, &RowSource::windowReady, this, &SqlTableModel::onWindow);
    connect(m_source, &RowSource::countReady, this, &SqlTableModel::onCount);
    connect(m_source, &RowSource::idsReady, this, &SqlTableModel::onIds);
    connect(m_source, &RowSource::failed, this, &SqlTableModel::onFailed);
}

SqlTableModel::~SqlTableModel() = default;

// --- query ---------------------------------------------------------------------------------

void SqlTableModel::setConnectionId(qint64 id)
{
    if (m_query.connectionId() == id)
        return;
    m_query.setConnectionId(id);
    scheduleReload();
}

void SqlTableModel::setSearch(const QString &text)
{
    if (m_query.search() == text.trimmed())
        return;
    m_query.setSearch(text);
    scheduleReload();
}

void SqlTableModel::setTextFilter(int column, const QString &expression)
{
    if (m_query.textFilter(column) == expression.trimmed())
        return;
    m_query.setTextFilter(column, expression);
    scheduleReload();
}

void SqlTableModel::setValueFilter(const QString &key, const QVariantList &values)
{
    const int c = m_query.columnIndex(key);
    if (c < 0 || m_query.valueFilter(c) == values)
        return;
    m_query.setValueFilter(c, values);
    scheduleReload();
}

void SqlTableModel::setFixedFilter(const QString &key, const QVariantList &values)
{
    const int c = m_query.columnIndex(key);
    if (c < 0 || m_query.fixedFilter(c) == values)
        return;
    m_query.setFixedFilter(c, values);
    scheduleReload();
}

void SqlTableModel::clearUserFilters()
{
    if (m_query.search().isEmpty() && m_query.textFilters().isEmpty())
        return;
    m_query.setSearch({});
    const auto filters = m_query.textFilters();
    for (auto it = filters.cbegin(); it != filters.cend(); ++it)
        m_query.setTextFilter(it.key(), {});
    scheduleReload();
}

void SqlTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_query.sortColumn() && order == m_query.sortOrder())
        return;
    m_query.setSort(column, order);
    scheduleReload();
}

void SqlTableModel::scheduleReload()
{
    if (m_started)
        m_reloadTimer.start();
}

void SqlTableModel::reload()
{
    m_reloadTimer.stop();
    m_started = true;
    m_generation = m_source->setQuery(m_query, FirstLimit);
    m_resetPending = true;
    m_countKnown = false;
    m_idsKnown = false;
    m_ids.clear();
    m_inFlight = false;
    m_refreshing = true;
    m_refreshAgain = false;
    m_error.clear();
    setLoading(true);
}

void SqlTableModel::refresh()
{
    m_refreshTimer.stop();
    if (!m_started) {
        reload();
        return;
    }
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_source->refresh();
}

void SqlTableModel::refreshSoon(int ms)
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start(ms);
}

bool SqlTableModel::isSettled() const
{
    return m_started && !m_resetPending && m_idsKnown && !m_inFlight && !m_refreshing && !m_reloadTimer.isActive();
}

void SqlTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

// --- answers from the loader ---------------------------------------------------------------

void SqlTableModel::setRowCountTo(qint64 n64)
{
    const int n = int(std::min<qint64>(n64, std::numeric_limits<int>::max()));
    if (n > m_rowCount) {
        beginInsertRows({}, m_rowCount, n - 1);
        m_rowCount = n;
        endInsertRows();
    } else if (n < m_rowCount) {
        beginRemoveRows({}, n, m_rowCount - 1);
        m_rowCount = n;
        m_cache.truncate(n);
        endRemoveRows();
    }
}

void SqlTableModel::onWindow(quint64 generation, quint64 tag, qint64 offset, const RowList &rows)
{
    if (generation != m_generation)
        return;
    if (tag >= (1ull << 62)) {
        const auto cb = m_callbacks.take(tag);
        if (cb.first)
            cb.second(rows);
        return;
    }
    if (tag == 0) {
        if (!m_resetPending)
            return;
        // The new query's first rows: only now do the old rows leave the screen.
        beginResetModel();
        m_cache.clear();
        const bool complete = rows.size() < FirstLimit;
        const bool newlyCounted = complete && !m_countKnown;
        if (complete && !m_idsKnown) {
            m_matching = rows.size();
            m_countKnown = true;
            if (!m_query.hasUserFilters())
                m_total = m_matching;
        }
        m_rowCount = int(m_countKnown ? m_matching : rows.size());
        m_cache.store(0, rows, FirstLimit);
        m_resetPending = false;
        endResetModel();
        setLoading(false);
        if (newlyCounted)
            Q_EMIT countsChanged();
        if (isSettled())
            Q_EMIT settled();
        return;
    }
    m_inFlight = false;
    if (m_resetPending)
        return;
    if (tag != m_epoch) {
        // Fetched for positions that have moved since: ask again for the same span.
        for (int r = m_lastRequest.first; r < m_lastRequest.second && r < m_rowCount; r += RowCache::BlockSize)
            m_cache.find(r);
        scheduleFetch();
        return;
    }
    const int requested = m_lastRequest.second - m_lastRequest.first;
    m_cache.store(int(offset), rows, requested);
    const int last = std::min(m_rowCount, int(offset) + std::max(requested, int(rows.size()))) - 1;
    if (last >= offset)
        Q_EMIT dataChanged(index(int(offset), 0), index(last, columnCount() - 1));
    if (m_cache.hasWanted())
        scheduleFetch();
    else if (isSettled())
        Q_EMIT settled();
}

void SqlTableModel::onCount(quint64 generation, qint64 matching, qint64 total)
{
    if (generation != m_generation)
        return;
    m_total = total;
    if (!m_idsKnown) {
        // First load of this query: the count sizes the scroll bar until the ids arrive.
        m_matching = matching;
        m_countKnown = true;
        if (!m_resetPending)
            setRowCountTo(matching);
    }
    Q_EMIT countsChanged();
}

void SqlTableModel::onIds(quint64 generation, const IdList &ids)
{
    if (generation != m_generation)
        return;
    const bool wasKnown = m_idsKnown;
    m_ids = ids;
    m_idsKnown = true;
    m_countKnown = true;
    m_matching = ids.size();
    if (!m_query.hasUserFilters())
        m_total = m_matching;
    m_refreshing = false;
    ++m_epoch;
    if (!m_resetPending) {
        setRowCountTo(m_matching);
        if (wasKnown) {
            // A refresh: what is on screen stays until its fresh copy arrives.
            m_cache.markAllStale();
            if (m_rowCount > 0)
                Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
            Q_EMIT rowsRelocated();
        }
    }
    Q_EMIT countsChanged();
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    } else if (isSettled()) {
        Q_EMIT settled();
    }
}

void SqlTableModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_error = message;
    m_inFlight = false;
    m_refreshing = false;
    if (m_resetPending) {
        beginResetModel();
        m_cache.clear();
        m_rowCount = 0;
        m_resetPending = false;
        endResetModel();
    }
    setLoading(false);
    Q_EMIT errorOccurred(message);
}

// --- fetching ------------------------------------------------------------------------------

void SqlTableModel::scheduleFetch() const
{
    if (!m_fetchTimer.isActive())
        m_fetchTimer.start();
}

void SqlTableModel::fetchNow()
{
    if (m_inFlight || m_resetPending || !m_started)
        return;
    const auto span = m_cache.takeRequest(m_rowCount);
    if (span.second <= span.first)
        return;
    m_lastRequest = span;
    m_inFlight = true;
    const int n = span.second - span.first;
    if (m_idsKnown && span.second <= m_ids.size())
        m_source->requestRows(m_epoch, span.first, m_ids.mid(span.first, n));
    else
        m_source->requestWindow(m_epoch, span.first, n, m_countKnown ? m_matching : -1);
}

void SqlTableModel::fetchRows(const QList<int> &rows, QObject *context, std::function<void(const RowList &)> done)
{
    RowList ready;
    IdList ids;
    bool allLoaded = true;
    for (int r : rows) {
        if (r < 0 || r >= m_rowCount)
            continue;
        if (allLoaded && m_cache.isLoaded(r))
            ready << *m_cache.find(r).row;
        else
            allLoaded = false;
        ids << idAt(r);
    }
    if (allLoaded) {
        done(ready);
        return;
    }
    if (ids.contains(-1)) {
        done({}); // positions are not known yet (the ids are still loading)
        return;
    }
    const quint64 tag = m_nextCallbackTag++;
    m_callbacks.insert(tag, {QPointer<QObject>(context), std::move(done)});
    m_source->requestRows(tag, 0, ids, QStringLiteral("fetch-%1").arg(tag));
}

// --- rows and columns ----------------------------------------------------------------------

qint64 SqlTableModel::idAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return -1;
    if (m_idsKnown && row < m_ids.size())
        return m_ids.at(row);
    if (!m_resetPending && m_cache.isLoaded(row)) {
        const QVariantList *values = m_cache.find(row).row;
        if (values && !values->isEmpty())
            return values->first().toLongLong();
    }
    return -1;
}

int SqlTableModel::rowForId(qint64 id) const
{
    if (m_idsKnown) {
        const qsizetype i = m_ids.indexOf(id);
        return i < 0 || i >= m_rowCount ? -1 : int(i);
    }
    for (int r = 0; r < std::min(m_rowCount, FirstLimit); ++r)
        if (idAt(r) == id)
            return r;
    return -1;
}

QVariant SqlTableModel::rawValue(int row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= columnCount())
        return {};
    const auto hit = m_cache.find(row);
    if (!hit.row || hit.row->size() <= column + 1)
        return {};
    return hit.row->at(column + 1);
}

QString SqlTableModel::columnKey(int column) const
{
    return column >= 0 && column < columnCount() ? m_query.spec().columns.at(column).key : QString();
}

ColumnType SqlTableModel::columnType(int column) const
{
    return column >= 0 && column < columnCount() ? m_query.spec().columns.at(column).type : ColumnType::Text;
}

ColumnVisibility SqlTableModel::columnVisibility(int column) const
{
    return column >= 0 && column < columnCount() ? m_query.spec().columns.at(column).visibility
                                                 : ColumnVisibility::Internal;
}

QString SqlTableModel::columnTitle(int column) const
{
    const QString key = columnKey(column);
    const QString title = m_titles.value(key);
    return title.isEmpty() ? key : title;
}

void SqlTableModel::setColumnTexts(std::initializer_list<ColumnText> texts)
{
    const char *context = metaObject()->className();
    for (const ColumnText &t : texts) {
        const QString key = QString::fromLatin1(t.key);
        m_titles.insert(key, QCoreApplication::translate(context, t.title));
        m_widthHints.insert(key, t.width);
    }
}

void SqlTableModel::setTitle(const QString &key, const QString &title)
{
    m_titles.insert(key, title);
}

void SqlTableModel::setWidthHint(const QString &key, int chars)
{
    m_widthHints.insert(key, chars);
}

void SqlTableModel::setValueLabels(const QString &key, const QHash<QString, QString> &labels)
{
    m_labels.insert(key, labels);
}

QString SqlTableModel::valueLabel(int column, const QVariant &value) const
{
    const QString text = value.toString();
    const auto it = m_labels.constFind(columnKey(column));
    if (it == m_labels.cend())
        return text;
    return it->value(text, text);
}

QVariant SqlTableModel::valueAt(const QVariantList &values, const QString &key) const
{
    const int c = m_query.columnIndex(key);
    return c >= 0 && c + 1 < values.size() ? values.at(c + 1) : QVariant();
}

int SqlTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int SqlTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_query.columnCount();
}

QVariant SqlTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= columnCount())
        return {};
    if (role == IdRole) {
        const qint64 id = idAt(index.row());
        return id < 0 ? QVariant() : QVariant(id);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole
        && role != Qt::DecorationRole && role != Qt::ForegroundRole && role != RawRole && role != Qt::FontRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return format({}, index.column(), role);
    const auto hit = m_cache.find(index.row());
    if (hit.stale || !hit.row)
        scheduleFetch();
    if (!hit.row || hit.row->isEmpty())
        return {};
    if (role == RawRole)
        return hit.row->value(index.column() + 1);
    return format(*hit.row, index.column(), role);
}

QString SqlTableModel::displayText(const QVariantList &values, int column) const
{
    return format(values, column, Qt::DisplayRole).toString();
}

QVariant SqlTableModel::format(const QVariantList &values, int column, int role) const
{
    const ColumnType type = columnType(column);
    const bool numeric = type == ColumnType::Id || type == ColumnType::Integer || type == ColumnType::Real;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    if (column + 1 >= values.size())
        return {};
    const QVariant v = values.at(column + 1);
    if (role == Qt::DisplayRole) {
        if (v.isNull())
            return QString();
        switch (type) {
        case ColumnType::Id:
            return QString::number(v.toLongLong());
        case ColumnType::Integer:
            return m_locale.toString(v.toLongLong());
        case ColumnType::Real:
            return m_locale.toString(v.toDouble(), 'f', 2);
        case ColumnType::Date:
            return v.typeId() == QMetaType::QDate ? m_locale.toString(v.toDate(), QLocale::ShortFormat) : v.toString();
        case ColumnType::DateTime:
            return v.typeId() == QMetaType::QDateTime
                ? m_locale.toString(v.toDateTime().toLocalTime(), QLocale::ShortFormat)
                : v.toString();
        case ColumnType::Bool:
            return v.toInt() ? tr("Yes") : tr("No");
        case ColumnType::Enum:
            return valueLabel(column, v);
        case ColumnType::Text:
            return v.toString().simplified();
        }
    }
    if (role == Qt::ToolTipRole) {
        if (v.isNull())
            return {};
        if (type == ColumnType::DateTime && v.typeId() == QMetaType::QDateTime)
            return tr("%1 UTC").arg(v.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        if (type == ColumnType::Date && v.typeId() == QMetaType::QDate)
            return v.toDate().toString(Qt::ISODate);
        if (type == ColumnType::Text && v.toString().size() > 40)
            return v.toString();
    }
    return {};
}

QVariant SqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole:
        return tr("%1 (CSV column \"%2\")").arg(columnTitle(section), columnKey(section));
    case Qt::TextAlignmentRole:
        return format({}, section, Qt::TextAlignmentRole);
    case WidthHintRole:
        return m_widthHints.value(columnKey(section), 12);
    case ColumnKeyRole:
        return columnKey(section);
    default:
        return {};
    }
}

} // namespace pms
