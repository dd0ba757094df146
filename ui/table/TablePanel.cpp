#include "TablePanel.h"

#include "models/SqlTableModel.h"
#include "storage/TableExport.h"
#include "ui/common/DataScreenResources.h"
#include "ui/common/FlowLayout.h"
#include "ui/table/DataTableView.h"
#include "ui/table/FilterHeader.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pms {

TablePanel::TablePanel(SqlTableModel *model, const QString &settingsKey, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    initDataScreenResources();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_tools = new QWidget(this);
    // Search, the screen's filters and the tool buttons wrap onto a second row on a narrow
    // window instead of widening it (or squeezing the filters to "All propertie").
    m_flow = new FlowLayout(m_tools, 8, 6);
    m_search = new QLineEdit(m_tools);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search"));
    m_search->addAction(QIcon(QStringLiteral(":/icons/table-search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(240);
    m_search->setMaximumWidth(360);
    m_flow->addWidget(m_search);

    const auto toolButton = [this](const QString &icon, const QString &text, const QString &tip) {
        auto *b = new QToolButton(m_tools);
        b->setIcon(QIcon(icon));
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        return b;
    };
    m_clear = toolButton(QStringLiteral(":/icons/table-clear-filter.svg"), tr("Clear filters"),
                         tr("Clear the search and every filter"));
    m_columns = toolButton(QStringLiteral(":/icons/table-columns.svg"), tr("Columns"), tr("Choose the columns to show"));
    m_export = toolButton(QStringLiteral(":/icons/table-export.svg"), tr("Export CSV…"),
                          tr("Export the rows shown (search, filters and sort apply) with the visible columns"));
    m_columns->setObjectName(QStringLiteral("columns"));
    m_export->setObjectName(QStringLiteral("export"));
    m_flow->addWidget(m_clear);
    m_flow->addWidget(m_columns);
    m_flow->addWidget(m_export);
    layout->addWidget(m_tools);

    m_view = new DataTableView(this);
    m_view->setTableModel(model, settingsKey);
    layout->addWidget(m_view, 1);

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(2, 0, 2, 0);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::Disabled, QPalette::Text));
    m_status->setPalette(muted);
    footer->addWidget(m_count);
    footer->addStretch(1);
    footer->addWidget(m_status);
    layout->addLayout(footer);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, &TablePanel::updateClearButton);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        m_model->setSearch(m_search->text());
    });
    connect(m_clear, &QToolButton::clicked, this, &TablePanel::clearFilters);
    connect(m_columns, &QToolButton::clicked, this, [this] {
        m_view->columnMenu()->popup(m_columns->mapToGlobal(QPoint(0, m_columns->height())));
    });
    connect(m_export, &QToolButton::clicked, this, &TablePanel::showExportDialog);
    connect(m_view->filterHeader(), &FilterHeader::filterChanged, this, &TablePanel::updateClearButton);
    connect(m_view, &DataTableView::copied, this, [this](int rows, const QString &why) {
        const QString text = rows == 1 ? tr("Copied 1 row.") : rows > 1 ? tr("Copied %Ln rows.", nullptr, rows) : why;
        m_status->setText(text);
        Q_EMIT message(text);
    });
    connect(model, &SqlTableModel::countsChanged, this, &TablePanel::updateCount);
    connect(model, &SqlTableModel::loadingChanged, this, &TablePanel::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePanel::updateCount);
    connect(model, &SqlTableModel::errorOccurred, this, [this](const QString &e) { m_status->setText(e); });

    m_countText = [](qint64 matching, qint64 total, bool filtered) {
        const int n = int(std::min<qint64>(total, INT_MAX));
        if (filtered)
            return tr("%L1 of %Ln rows", nullptr, n).arg(matching);
        return total == 1 ? tr("1 row") : tr("%Ln rows", nullptr, n);
    };
    updateClearButton();
    updateCount();
}

TablePanel::~TablePanel()
{
    // An export still running finishes on its own thread and, told to stop, leaves no file.
    if (m_cancelExport)
        m_cancelExport->store(true);
}

void TablePanel::addFilterWidget(QWidget *widget)
{
    // After the search box and the filters added before, ahead of Clear filters, Columns, Export.
    m_flow->insertWidget(m_flow->indexOf(m_clear), widget);
}

void TablePanel::setExtraClear(std::function<void()> clear, std::function<bool()> active)
{
    m_extraClear = std::move(clear);
    m_extraActive = std::move(active);
    updateClearButton();
}

void TablePanel::setCountText(CountText text)
{
    m_countText = std::move(text);
    updateCount();
}

void TablePanel::setSearchPlaceholder(const QString &text)
{
    m_search->setPlaceholderText(text);
    if (m_search->toolTip().isEmpty())
        m_search->setToolTip(text);
}

void TablePanel::setExportName(const QString &fileName)
{
    m_exportName = fileName;
}

void TablePanel::setToolsVisible(bool visible)
{
    m_tools->setVisible(visible);
}

void TablePanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TablePanel::clearFilters()
{
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_searchTimer.stop();
    m_view->filterHeader()->clearFilters();
    m_model->clearUserFilters();
    if (m_extraClear)
        m_extraClear();
    updateClearButton();
}

void TablePanel::updateClearButton()
{
    const bool active = !m_search->text().trimmed().isEmpty() || m_view->filterHeader()->hasFilters()
        || (m_extraActive && m_extraActive());
    m_clear->setEnabled(active);
}

void TablePanel::updateCount()
{
    updateClearButton();
    if (!m_model->countKnown()) {
        m_count->setText(m_model->isLoading() ? tr("Loading…") : tr("Counting…"));
        return;
    }
    const bool filtered = m_model->query().hasUserFilters();
    m_count->setText(m_countText(m_model->matchingCount(), m_model->totalCount(), filtered));
    if (m_model->isLoading())
        m_status->setText(tr("Searching…"));
    else if (m_status->text() == tr("Searching…"))
        m_status->clear();
}

void TablePanel::showExportDialog()
{
    // A window-modal dialog opened with open(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Export CSV"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    dialog->selectFile(QDir(dir).filePath(m_exportName));
    connect(dialog, &QFileDialog::fileSelected, this, &TablePanel::exportTo);
    dialog->open();
}

bool TablePanel::isExporting() const
{
    return m_exportWatcher && m_exportWatcher->isRunning();
}

void TablePanel::exportTo(const QString &fileName)
{
    if (isExporting() || fileName.isEmpty())
        return;
    TableExport::Request request{m_model->dbPath(), m_model->query(), {}, fileName};
    for (int c : m_view->visibleColumns())
        if (m_model->columnVisibility(c) != ColumnVisibility::Internal)
            request.columns << c;
    m_cancelExport = std::make_shared<std::atomic<bool>>(false);
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    if (!m_exportWatcher) {
        m_exportWatcher = new QFutureWatcher<Result<qint64>>(this);
        connect(m_exportWatcher, &QFutureWatcher<Result<qint64>>::finished, this, [this] {
            m_export->setEnabled(true);
            const Result<qint64> r = m_exportWatcher->result();
            const QString file = QFileInfo(m_exportWatcher->property("file").toString()).fileName();
            const int n = r.ok() ? int(std::min<qint64>(r.value(), INT_MAX)) : 0;
            const QString text = !r.ok() ? r.errorMessage()
                : n == 1                 ? tr("Exported 1 row to %1.").arg(file)
                                         : tr("Exported %Ln rows to %1.", nullptr, n).arg(file);
            m_status->setText(text);
            Q_EMIT message(text);
            Q_EMIT exportFinished(r.ok(), r.ok() ? r.value() : 0, text);
        });
    }
    m_exportWatcher->setProperty("file", fileName);
    auto cancel = m_cancelExport;
    m_exportWatcher->setFuture(QtConcurrent::run([request, cancel]() { return TableExport::write(request, cancel.get()); }));
}

} // namespace pms
