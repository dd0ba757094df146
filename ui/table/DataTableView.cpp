#include "DataTableView.h"

#include "models/SqlTableModel.h"
#include "ui/common/DataScreenResources.h"
#include "ui/table/FilterHeader.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QIcon>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QSet>
#include <QSettings>

namespace pms {

namespace {
constexpr int MaxCopyRows = 20000;
}

DataTableView::DataTableView(QWidget *parent)
    : QTableView(parent)
{
    initDataScreenResources();
    m_header = new FilterHeader(this);
    setHorizontalHeader(m_header);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setIconSize(QSize(16, 16));
    setCornerButtonEnabled(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_header->setStretchLastSection(true);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { columnMenu()->popup(m_header->mapToGlobal(pos)); });
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &DataTableView::saveState);
}

DataTableView::~DataTableView()
{
    if (m_model && m_saveTimer.isActive())
        saveState();
}

QString DataTableView::settingsGroup() const
{
    return QStringLiteral("tables/") + m_settingsKey;
}

void DataTableView::setTableModel(SqlTableModel *model, const QString &settingsKey)
{
    m_model = model;
    m_settingsKey = settingsKey;
    setModel(model);
    m_header->generateFilters(model->columnCount());
    connect(m_header, &FilterHeader::filterChanged, model, &SqlTableModel::setTextFilter);
    applyDefaults();
    restoreState();
    setSortingEnabled(true);
    const auto save = [this] {
        if (!m_restoring)
            m_saveTimer.start();
    };
    connect(m_header, &QHeaderView::sectionResized, this, save);
    connect(m_header, &QHeaderView::sectionMoved, this, save);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, save);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(model, &SqlTableModel::rowsRelocated, this, &DataTableView::restoreCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &DataTableView::restoreCurrent);
    connect(model, &SqlTableModel::settled, this, [this] {
        if (!currentIndex().isValid() && m_currentId >= 0)
            restoreCurrent();
    });
    connect(model, &SqlTableModel::loadingChanged, viewport(), qOverload<>(&QWidget::update));
    connect(model, &SqlTableModel::countsChanged, viewport(), qOverload<>(&QWidget::update));
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        // The current row arrived (or changed): tell the page once its values are in memory.
        const QModelIndex cur = currentIndex();
        if (cur.isValid() && cur.row() >= tl.row() && cur.row() <= br.row()) {
            const qint64 id = m_model->idAt(cur.row());
            if (id != m_currentId) {
                m_currentId = id;
                Q_EMIT currentIdChanged(id, cur.row());
            }
        }
    });
}

void DataTableView::applyDefaults()
{
    const QFontMetrics fm(font());
    // Dates are as wide as the user's locale writes them (a long month name, AM/PM).
    const QLocale locale;
    const int dateWidth = fm.horizontalAdvance(locale.toString(QDate(2024, 12, 28), QLocale::ShortFormat)) + 18;
    const int dateTimeWidth =
        fm.horizontalAdvance(locale.toString(QDateTime(QDate(2024, 12, 28), QTime(23, 58)), QLocale::ShortFormat)) + 18;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const int chars = m_model->headerData(c, Qt::Horizontal, SqlTableModel::WidthHintRole).toInt();
        const ColumnType type = m_model->columnType(c);
        const int icon = type == ColumnType::Enum || type == ColumnType::Bool ? iconSize().width() + 6 : 0;
        const int title = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24;
        int width = chars * fm.averageCharWidth() + 16 + icon;
        if (type == ColumnType::Date)
            width = dateWidth;
        else if (type == ColumnType::DateTime)
            width = dateTimeWidth;
        m_header->resizeSection(c, std::max({width, title, 48}));
        m_header->setSectionHidden(c, m_model->columnVisibility(c) != ColumnVisibility::Shown);
    }
    m_header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void DataTableView::restoreState()
{
    m_restoring = true;
    const QByteArray state = QSettings().value(settingsGroup() + QStringLiteral("/header")).toByteArray();
    if (!state.isEmpty() && m_header->restoreState(state) && m_header->count() == m_model->columnCount()) {
        for (int c = 0; c < m_model->columnCount(); ++c)
            if (m_model->columnVisibility(c) == ColumnVisibility::Internal)
                m_header->setSectionHidden(c, true);
        const int section = m_header->sortIndicatorSection();
        if (section >= 0 && section < m_model->columnCount())
            m_model->sort(section, m_header->sortIndicatorOrder());
    } else if (!state.isEmpty()) {
        applyDefaults();
    }
    m_restoring = false;
}

void DataTableView::saveState()
{
    m_saveTimer.stop();
    if (!m_model || m_settingsKey.isEmpty())
        return;
    QSettings().setValue(settingsGroup() + QStringLiteral("/header"), m_header->saveState());
}

void DataTableView::resetColumns()
{
    m_restoring = true;
    for (int v = 0; v < m_header->count(); ++v) {
        const int visual = m_header->visualIndex(v);
        if (visual != v)
            m_header->moveSection(visual, v);
    }
    applyDefaults();
    m_restoring = false;
    saveState();
}

QList<int> DataTableView::visibleColumns() const
{
    QList<int> out;
    for (int v = 0; v < m_header->count(); ++v) {
        const int logical = m_header->logicalIndex(v);
        if (!m_header->isSectionHidden(logical))
            out << logical;
    }
    return out;
}

QMenu *DataTableView::columnMenu()
{
    if (!m_columnMenu) {
        m_columnMenu = new QMenu(tr("Columns"), this);
        connect(m_columnMenu, &QMenu::aboutToShow, this, &DataTableView::rebuildColumnMenu);
        rebuildColumnMenu();
    }
    return m_columnMenu;
}

void DataTableView::rebuildColumnMenu()
{
    m_columnMenu->clear();
    if (!m_model)
        return;
    for (int v = 0; v < m_header->count(); ++v) {
        const int c = m_header->logicalIndex(v);
        if (m_model->columnVisibility(c) == ColumnVisibility::Internal)
            continue;
        QAction *a = m_columnMenu->addAction(m_model->columnTitle(c));
        a->setCheckable(true);
        a->setChecked(!m_header->isSectionHidden(c));
        a->setData(c);
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            if (!on && visibleColumns().size() <= 1)
                return; // keep at least one column
            m_header->setSectionHidden(c, !on);
            if (on && m_header->sectionSize(c) < 30)
                m_header->resizeSection(c, 120);
            m_saveTimer.start();
        });
    }
    m_columnMenu->addSeparator();
    m_columnMenu->addAction(tr("Reset columns"), this, &DataTableView::resetColumns);
}

void DataTableView::setEmptyTexts(const QString &noRows, const QString &noMatches)
{
    m_noRows = noRows;
    m_noMatches = noMatches;
    viewport()->update();
}

QString DataTableView::emptyText() const
{
    if (!m_model || m_model->rowCount() > 0)
        return {};
    if (m_model->isLoading())
        return tr("Loading…");
    if (!m_model->errorText().isEmpty())
        return tr("Could not read the cache: %1").arg(m_model->errorText());
    return m_model->query().hasUserFilters() ? m_noMatches : m_noRows;
}

void DataTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    const QString text = emptyText();
    if (text.isEmpty())
        return;
    QPainter p(viewport());
    const QRect r = viewport()->rect().adjusted(24, 24, -24, -24);
    const QIcon icon(QStringLiteral(":/icons/table-empty.svg"));
    const int iconSize = 48;
    const QRect textRect(r.left(), r.top() + r.height() / 3 + iconSize / 2 + 8, r.width(), r.height());
    if (!icon.isNull() && !m_model->isLoading())
        icon.paint(&p, QRect(r.center().x() - iconSize / 2, r.top() + r.height() / 3 - iconSize / 2, iconSize, iconSize));
    p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    p.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}

void DataTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void DataTableView::copySelection()
{
    if (!m_model || !selectionModel())
        return;
    QSet<int> rowSet;
    qint64 selected = 0;
    const QItemSelection selection = selectionModel()->selection();
    for (const QItemSelectionRange &range : selection)
        selected += range.bottom() - range.top() + 1;
    if (selected > MaxCopyRows) {
        Q_EMIT copied(0, tr("%L1 rows are too many to copy; use Export CSV for them.").arg(selected));
        return;
    }
    for (const QItemSelectionRange &range : selection)
        for (int r = range.top(); r <= range.bottom(); ++r)
            rowSet.insert(r);
    if (rowSet.isEmpty() && currentIndex().isValid())
        rowSet.insert(currentIndex().row());
    if (rowSet.isEmpty())
        return;
    QList<int> rows(rowSet.cbegin(), rowSet.cend());
    std::sort(rows.begin(), rows.end());
    const QList<int> cols = visibleColumns();
    m_model->fetchRows(rows, this, [this, cols](const RowList &values) {
        if (values.isEmpty()) {
            Q_EMIT copied(0, tr("The rows are still loading; try again in a moment."));
            return;
        }
        const auto clean = [](QString s) {
            s.replace(QLatin1Char('\t'), QLatin1Char(' '));
            s.replace(QLatin1Char('\n'), QLatin1Char(' '));
            s.replace(QLatin1Char('\r'), QLatin1Char(' '));
            return s;
        };
        QStringList lines;
        QStringList header;
        for (int c : cols)
            header << clean(m_model->columnTitle(c));
        lines << header.join(QLatin1Char('\t'));
        for (const QVariantList &row : values) {
            QStringList cells;
            for (int c : cols)
                cells << clean(m_model->displayText(row, c));
            lines << cells.join(QLatin1Char('\t'));
        }
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        Q_EMIT copied(int(values.size()), {});
    });
}

void DataTableView::onCurrentChanged(const QModelIndex &current)
{
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : -1;
    if (id == m_currentId && id >= 0)
        return;
    m_currentId = id;
    Q_EMIT currentIdChanged(id, current.isValid() ? current.row() : -1);
}

void DataTableView::restoreCurrent()
{
    if (m_currentId < 0 || !m_model)
        return;
    const int row = m_model->rowForId(m_currentId);
    if (row < 0) {
        if (m_model->isSettled()) {
            m_currentId = -1;
            Q_EMIT currentIdChanged(-1, -1);
        }
        return;
    }
    if (currentIndex().row() == row)
        return;
    // Keep the same record current, without scrolling the user away from where they look.
    const QModelIndex idx = m_model->index(row, currentIndex().isValid() ? currentIndex().column() : 0);
    const QSignalBlocker block(selectionModel());
    selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    viewport()->update();
}

} // namespace pms
