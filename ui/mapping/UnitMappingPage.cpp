#include "UnitMappingPage.h"

#include "MappingEditCommand.h"
#include "ui/common/MessageBar.h"
#include "PlatformUnitDelegate.h"
#include "PlatformUnitsPanel.h"
#include "mapping/MappingService.h"
#include "mapping/SuggestionScorer.h"
#include "ui/common/MessageBox.h"
#include "models/mapping/UnitMappingModel.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "ui/common/AppContext.h"
#include "ui/common/FlowLayout.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pms {

namespace {

bool inMemory(const AppContext &ctx)
{
    return ctx.dbPath.isEmpty() || ctx.dbPath == QLatin1String(":memory:");
}

QString unitLabel(const PmsUnitRow *u)
{
    return u ? u->unitName : QString();
}

} // namespace

UnitMappingPage::UnitMappingPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("unitMappingPage"));
    m_model = new UnitMappingModel(this);
    m_undo = new QUndoStack(this);
    m_suggestTimer = new QTimer(this);
    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(500);
    connect(m_suggestTimer, &QTimer::timeout, this, &UnitMappingPage::startSuggestions);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildEditorTab(), tr("Unit Mapping"));
    m_platformPanel = new PlatformUnitsPanel(ctx, m_model, this);
    m_tabs->addTab(m_platformPanel, tr("Platform Units"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // Undo / redo for every mapping edit, wherever the focus is on this page.
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts({QKeySequence::Undo});
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    auto *find = new QAction(tr("Find"), this);
    find->setShortcuts(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &UnitMappingPage::focusSearch);
    addAction(find);

    connect(m_model, &UnitMappingModel::mappingRequested, this, [this](qint64 unitId, qint64 platformUnitId) {
        if (mapUnit(unitId, platformUnitId))
            QTimer::singleShot(0, this, [this, unitId]() { moveToNextRow(unitId); });
    });
    connect(m_model, &UnitMappingModel::countsChanged, this, &UnitMappingPage::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnitMappingPage::updateAcceptButton);
    connect(m_platformPanel, &PlatformUnitsPanel::changed, this, &UnitMappingPage::refresh);
    connect(m_platformPanel, &PlatformUnitsPanel::message, this, [this](const QString &text) { showMessage(text, false); });
    connect(m_platformPanel, &PlatformUnitsPanel::deleted, this, [this](qint64 id) {
        // Undo steps that name a deleted platform unit could not be replayed.
        for (int i = 0; i < m_undo->count(); ++i)
            if (auto *c = dynamic_cast<const MappingEditCommand *>(m_undo->command(i)); c && c->references(id)) {
                m_undo->clear();
                break;
            }
    });
    connect(&m_loadWatcher, &QFutureWatcher<Result<MappingSnapshot>>::finished, this, &UnitMappingPage::loadFinished);
    connect(&m_suggestWatcher, &QFutureWatcher<std::vector<Suggestion>>::finished, this, [this]() {
        m_suggesting = false;
        m_model->setSuggestions(m_suggestWatcher.result());
        updateAcceptButton();
        updateStatus();
        if (!isBusy())
            Q_EMIT ready();
    });
    refresh();
}

UnitMappingPage::~UnitMappingPage()
{
    if (m_cancel)
        m_cancel->store(true);
    m_loadWatcher.waitForFinished();
    m_suggestWatcher.waitForFinished();
    // An open picker commits its edit while the children go: the model must not call back into
    // this half-destroyed page.
    if (m_model)
        m_model->disconnect(this);
}

QWidget *UnitMappingPage::buildEditorTab()
{
    auto *tab = new QWidget(this);
    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search units, properties, addresses, platform units (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_filter = new QComboBox(tab);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->addItem(tr("All units"), int(UnitMappingModel::Filter::All));
    m_filter->addItem(tr("Unmapped"), int(UnitMappingModel::Filter::Unmapped));
    m_filter->addItem(tr("Mapped"), int(UnitMappingModel::Filter::Mapped));
    m_filter->addItem(tr("With suggestion"), int(UnitMappingModel::Filter::HasSuggestion));
    m_property = new QComboBox(tab);
    m_property->setObjectName(QStringLiteral("property"));
    m_property->setMinimumContentsLength(18);
    m_property->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_showInactive = new QCheckBox(tr("Show inactive units"), tab);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    // Both tool rows wrap on a narrow window instead of widening it.
    m_search->setMinimumWidth(280);
    auto *filters = new FlowLayout(nullptr, 8, 6);
    filters->addWidget(m_search);
    filters->addWidget(m_filter);
    filters->addWidget(m_property);
    filters->addWidget(m_showInactive);

    // Short buttons; what they would undo is in the tooltip (the actions carry the shortcuts).
    auto *undoButton = new QPushButton(tr("Undo"), tab);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    auto *redoButton = new QPushButton(tr("Redo"), tab);
    redoButton->setObjectName(QStringLiteral("redoButton"));
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undoButton, [undoButton](const QString &text) {
        undoButton->setToolTip(text.isEmpty() ? QString() : tr("Undo: %1 (Ctrl+Z)").arg(text));
    });
    connect(m_undo, &QUndoStack::redoTextChanged, redoButton, [redoButton](const QString &text) {
        redoButton->setToolTip(text.isEmpty() ? QString() : tr("Redo: %1 (Ctrl+Shift+Z)").arg(text));
    });
    m_useSuggestion = new QPushButton(tr("Use Suggestion"), tab);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestion"));
    m_useSuggestion->setToolTip(tr("Map the selected units to their suggested platform units (Enter)"));
    m_removeMapping = new QPushButton(tr("Remove Mapping"), tab);
    m_removeMapping->setObjectName(QStringLiteral("removeMapping"));
    m_removeMapping->setToolTip(tr("Remove the mapping of the selected units (Delete)"));
    m_thresholdSlider = new QSlider(Qt::Horizontal, tab);
    m_thresholdSlider->setRange(20, 100);
    m_thresholdSlider->setFixedWidth(140);
    m_thresholdSpin = new QSpinBox(tab);
    m_thresholdSpin->setObjectName(QStringLiteral("threshold"));
    m_thresholdSpin->setRange(20, 100);
    m_thresholdSpin->setSuffix(QStringLiteral(" %"));
    m_acceptAll = new QPushButton(tab);
    m_acceptAll->setObjectName(QStringLiteral("acceptAll"));
    auto *actions = new FlowLayout(nullptr, 6, 6);
    actions->addWidget(undoButton);
    actions->addWidget(redoButton);
    actions->addWidget(m_useSuggestion);
    actions->addWidget(m_removeMapping);
    // The threshold and the button it drives wrap together.
    auto *threshold = new QWidget(tab);
    auto *thresholdRow = new QHBoxLayout(threshold);
    thresholdRow->setContentsMargins(0, 0, 0, 0);
    thresholdRow->addWidget(new QLabel(tr("Confidence at least"), threshold));
    thresholdRow->addWidget(m_thresholdSlider);
    thresholdRow->addWidget(m_thresholdSpin);
    thresholdRow->addWidget(m_acceptAll);
    actions->addWidget(threshold);

    m_message = new MessageBar(tab);
    m_notice = new QLabel(tab);
    m_notice->setObjectName(QStringLiteral("unitSyncNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e8c66a; padding: 6px; }"));
    m_notice->hide();

    m_view = new QTableView(tab);
    m_view->setObjectName(QStringLiteral("unitsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(UnitMappingModel::MappedColumn, new PlatformUnitDelegate(m_model, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UnitMappingModel::PropertyColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(false);
    const int widths[] = {220, 100, 240, 160, 240, 100};
    for (int c = 0; c < UnitMappingModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    m_view->horizontalHeader()->setSectionResizeMode(UnitMappingModel::SuggestedColumn, QHeaderView::Stretch);

    m_status = new QLabel(tab);
    m_status->setObjectName(QStringLiteral("status"));

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_notice);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    auto addViewAction = [this](const QKeySequence &key, auto slot) {
        auto *a = new QAction(m_view);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_view->addAction(a);
    };
    addViewAction(QKeySequence(Qt::Key_Delete), &UnitMappingPage::removeSelectedMappings);
    addViewAction(QKeySequence(Qt::Key_Backspace), &UnitMappingPage::removeSelectedMappings);
    addViewAction(QKeySequence(Qt::Key_Return), &UnitMappingPage::acceptSelectedSuggestions);
    addViewAction(QKeySequence(Qt::Key_Enter), &UnitMappingPage::acceptSelectedSuggestions);

    connect(m_search, &QLineEdit::textChanged, m_model, &UnitMappingModel::setSearch);
    connect(m_search, &QLineEdit::textChanged, this, &UnitMappingPage::updateAcceptButton);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this]() {
        m_model->setFilter(UnitMappingModel::Filter(m_filter->currentData().toInt()));
    });
    connect(m_property, &QComboBox::currentIndexChanged, this, [this]() {
        m_model->setPropertyFilter(m_property->currentData().toLongLong());
        updateAcceptButton();
    });
    connect(m_showInactive, &QCheckBox::toggled, this, &UnitMappingPage::refresh);
    connect(m_thresholdSlider, &QSlider::valueChanged, m_thresholdSpin, &QSpinBox::setValue);
    connect(m_thresholdSpin, &QSpinBox::valueChanged, m_thresholdSlider, &QSlider::setValue);
    connect(m_thresholdSpin, &QSpinBox::valueChanged, this, &UnitMappingPage::updateAcceptButton);
    m_thresholdSpin->setValue(90);
    connect(m_acceptAll, &QPushButton::clicked, this, &UnitMappingPage::acceptSuggestionsAboveThreshold);
    connect(m_useSuggestion, &QPushButton::clicked, this, &UnitMappingPage::acceptSelectedSuggestions);
    connect(m_removeMapping, &QPushButton::clicked, this, &UnitMappingPage::removeSelectedMappings);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UnitMappingPage::updateSelectionButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UnitMappingPage::updateSelectionButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnitMappingPage::updateSelectionButtons);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &UnitMappingPage::updateSelectionButtons);
    connect(m_view, &QWidget::customContextMenuRequested, this, &UnitMappingPage::showContextMenu);
    return tab;
}

bool UnitMappingPage::isBusy() const
{
    return m_loading || m_suggesting;
}

double UnitMappingPage::acceptThreshold() const
{
    return m_thresholdSpin->value() / 100.0;
}

void UnitMappingPage::setAcceptThreshold(double confidence)
{
    m_thresholdSpin->setValue(qRound(confidence * 100.0));
}

void UnitMappingPage::focusSearch()
{
    m_tabs->setCurrentIndex(0);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UnitMappingPage::refresh()
{
    if (!m_ctx.db)
        return;
    if (const PmsUnitRow *current = m_model->unitAt(m_view->currentIndex().row()))
        m_restoreUnit = current->unitId;
    updateUnitSyncNotice();
    startLoad();
}

void UnitMappingPage::startLoad()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_loading = true;
    m_suggestTimer->stop();
    updateStatus();
    MappingSnapshotLoader::Request request;
    request.dbPath = m_ctx.dbPath;
    request.connectionId = m_ctx.connectionId;
    request.includeInactive = m_showInactive->isChecked();
    if (inMemory(m_ctx)) {
        // Tests on an in-memory cache: no second connection can see it. Read here, suggest off-thread.
        request.suggest = false;
        auto snap = MappingSnapshotLoader::load(*m_ctx.db, request);
        m_loadWatcher.setFuture(QtFuture::makeReadyFuture(std::move(snap)));
        return;
    }
    auto cancel = m_cancel;
    m_loadWatcher.setFuture(QtConcurrent::run([request, cancel]() { return MappingSnapshotLoader::open(request, cancel.get()); }));
}

void UnitMappingPage::loadFinished()
{
    m_loading = false;
    Result<MappingSnapshot> snap = m_loadWatcher.result();
    if (!snap.ok()) {
        showMessage(tr("The units could not be read: %1").arg(snap.errorMessage()), true);
        updateStatus();
        return;
    }
    const qint64 keep = m_restoreUnit;
    MappingSnapshot &loaded = snap.value();
    m_model->setSnapshot(std::move(loaded.units), std::move(loaded.platformUnits));
    if (loaded.withSuggestions)
        m_model->setSuggestions(loaded.suggestions);
    updatePropertyFilter();
    if (keep) {
        const int row = m_model->rowOfUnit(keep);
        if (row >= 0) {
            m_view->setCurrentIndex(m_model->index(row, UnitMappingModel::MappedColumn));
            m_view->scrollTo(m_view->currentIndex(), QAbstractItemView::PositionAtCenter);
        }
    }
    if (!loaded.withSuggestions)
        startSuggestions();
    updateAcceptButton();
    updateStatus();
    if (!isBusy())
        Q_EMIT ready();
}

void UnitMappingPage::scheduleSuggestions()
{
    m_suggestTimer->start();
}

void UnitMappingPage::startSuggestions()
{
    auto cancel = m_cancel ? m_cancel : std::make_shared<std::atomic_bool>(false);
    m_suggesting = true;
    updateStatus();
    // The worker gets its own copies (cheap: the strings are implicitly shared).
    m_suggestWatcher.setFuture(QtConcurrent::run(
        [units = m_model->units(), platform = m_model->platformUnits(), cancel]() {
            return MappingSnapshotLoader::suggest(units, platform, cancel.get());
        }));
}

namespace {
Result<QList<MappingChange>> single(const Result<MappingChange> &change)
{
    if (!change.ok())
        return change.error();
    return QList<MappingChange>{change.value()};
}
} // namespace

bool UnitMappingPage::mapUnit(qint64 unitId, qint64 platformUnitId)
{
    const QString unitName = unitLabel(m_model->unit(unitId));
    MappingService service(*m_ctx.db);
    if (platformUnitId == 0)
        return commit(single(service.unmap(unitId)), tr("Remove mapping of %1").arg(unitName));
    const PlatformUnitRow *platform = m_model->platformUnit(platformUnitId);
    const QString platformName = platform ? platform->name : QString::number(platformUnitId);
    // A platform unit that names another building than the unit's property: ask first.
    if (const PmsUnitRow *unit = m_model->unit(unitId); platform && unit && !platform->building.isEmpty()) {
        const auto fit = SuggestionScorer::buildingScore(platform->building, unit->propertyName, unit->propertyAddress,
                                                         unit->address);
        if (fit.match == BuildingMatch::Contradicts
            && MessageBox::question(this, tr("Map to another building"),
                                    tr("Platform unit %1 is in %2, but %3 is in %4. Map it there anyway?")
                                        .arg(platformName, platform->building, unitName, unit->propertyName),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
            return false;
    }
    return commit(single(service.map(unitId, platformUnitId)), tr("Map %1 to %2").arg(unitName, platformName));
}

bool UnitMappingPage::removeSelectedMappings()
{
    QList<QPair<qint64, MappingState>> targets;
    for (qint64 id : selectedUnitIds())
        if (const PmsUnitRow *u = m_model->unit(id); u && u->platformUnitId)
            targets.append({id, MappingState{}});
    if (targets.isEmpty())
        return false;
    const QString text = targets.size() == 1 ? tr("Remove mapping of %1").arg(unitLabel(m_model->unit(targets.first().first)))
                                             : tr("Remove %n mappings", nullptr, int(targets.size()));
    return commit(MappingService(*m_ctx.db).setMappings(targets), text);
}

bool UnitMappingPage::acceptSelectedSuggestions()
{
    QList<Suggestion> accepted;
    for (qint64 id : selectedUnitIds())
        if (const auto s = m_model->suggestionAt(m_model->rowOfUnit(id)))
            accepted.append(*s);
    if (accepted.isEmpty())
        return false;
    const qint64 last = accepted.last().unitId;
    const QString text = accepted.size() == 1
        ? tr("Map %1 to %2").arg(unitLabel(m_model->unit(last)), m_model->platformUnit(accepted.last().platformUnitId)->name)
        : tr("Accept %n suggestions", nullptr, int(accepted.size()));
    if (!commit(MappingService(*m_ctx.db).acceptSuggestions(accepted), text))
        return false;
    if (accepted.size() == 1)
        moveToNextRow(last);
    return true;
}

bool UnitMappingPage::acceptSuggestionsAboveThreshold()
{
    const QList<Suggestion> accepted = m_model->suggestionsAtOrAbove(acceptThreshold());
    if (accepted.isEmpty()) {
        showMessage(tr("No suggestion shown has a confidence of %1 % or more.").arg(m_thresholdSpin->value()), false);
        return false;
    }
    const bool ok = commit(MappingService(*m_ctx.db).acceptSuggestions(accepted),
                           tr("Accept %n suggestions", nullptr, int(accepted.size())));
    if (ok)
        showMessage((accepted.size() == 1 ? tr("%n suggestion accepted. Ctrl+Z undoes it.", nullptr, 1) : tr("%n suggestions accepted. Ctrl+Z undoes them all.", nullptr, int(accepted.size()))), false);
    return ok;
}

bool UnitMappingPage::commit(const Result<QList<MappingChange>> &changes, const QString &undoText)
{
    if (!changes.ok()) {
        showMessage(changes.errorMessage(), true);
        return false;
    }
    QList<MappingChange> effective;
    for (const MappingChange &c : changes.value())
        if (!(c.before == c.after))
            effective.append(c);
    if (effective.isEmpty())
        return true;
    applyToModel(effective, false);
    m_undo->push(new MappingEditCommand(effective, undoText,
                                        [this](const QList<MappingChange> &c, bool undo) { return applyFromStack(c, undo); }));
    m_message->clearError();
    Q_EMIT mappingsChanged();
    return true;
}

bool UnitMappingPage::applyFromStack(const QList<MappingChange> &changes, bool undo)
{
    MappingService service(*m_ctx.db);
    const Status s = undo ? service.revert(changes) : service.apply(changes);
    if (!s.ok()) {
        showMessage(undo ? tr("Could not undo: %1").arg(s.errorMessage()) : tr("Could not redo: %1").arg(s.errorMessage()),
                    true);
        return false;
    }
    applyToModel(changes, undo);
    Q_EMIT mappingsChanged();
    return true;
}

void UnitMappingPage::applyToModel(const QList<MappingChange> &changes, bool undo)
{
    bool freed = false;
    if (undo) {
        for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
            m_model->applyChange(it->unitId, it->before);
            freed = freed || (it->after.mapped() && it->after.platformUnitId != it->before.platformUnitId);
        }
    } else {
        for (const MappingChange &c : changes) {
            m_model->applyChange(c.unitId, c.after);
            freed = freed || (c.before.mapped() && c.before.platformUnitId != c.after.platformUnitId);
        }
    }
    // A freed platform unit or unit may now have a suggestion of its own.
    if (freed)
        scheduleSuggestions();
    updateAcceptButton();
}

QList<qint64> UnitMappingPage::selectedUnitIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids.append(i.data(UnitMappingModel::UnitIdRole).toLongLong());
    if (ids.isEmpty() && m_view->currentIndex().isValid())
        ids.append(m_view->currentIndex().data(UnitMappingModel::UnitIdRole).toLongLong());
    return ids;
}

void UnitMappingPage::moveToNextRow(qint64 unitId)
{
    const int row = m_model->rowOfUnit(unitId);
    if (row < 0 || row + 1 >= m_model->rowCount())
        return;
    const QModelIndex next = m_model->index(row + 1, UnitMappingModel::MappedColumn);
    m_view->setCurrentIndex(next);
    m_view->selectionModel()->select(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(next);
}

void UnitMappingPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex mapped = index.siblingAtColumn(UnitMappingModel::MappedColumn);
    menu->addAction(tr("Pick Platform Unit…\tF2"), this, [this, mapped]() { m_view->edit(mapped); });
    QAction *use = menu->addAction(tr("Use Suggestion\tEnter"), this, &UnitMappingPage::acceptSelectedSuggestions);
    use->setEnabled(m_model->suggestionAt(index.row()).has_value());
    QAction *remove = menu->addAction(tr("Remove Mapping\tDel"), this, &UnitMappingPage::removeSelectedMappings);
    const PmsUnitRow *u = m_model->unitAt(index.row());
    remove->setEnabled(u && u->platformUnitId);
    if (u && u->platformUnitId) {
        menu->addSeparator();
        const qint64 platformId = u->platformUnitId;
        menu->addAction(tr("Show in Platform Units"), this, [this, platformId]() {
            m_tabs->setCurrentWidget(m_platformPanel);
            m_platformPanel->selectPlatformUnit(platformId);
        });
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void UnitMappingPage::updatePropertyFilter()
{
    const qint64 current = m_property->currentData().toLongLong();
    const QSignalBlocker block(m_property);
    m_property->clear();
    m_property->addItem(tr("All properties"), qint64(0));
    const auto properties = m_model->properties();
    for (const auto &[id, name] : properties)
        m_property->addItem(name.isEmpty() ? tr("(property %1)").arg(id) : name, id);
    const int index = m_property->findData(current);
    m_property->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_model->setPropertyFilter(0);
}

void UnitMappingPage::updateUnitSyncNotice()
{
    if (!m_ctx.connectionId) {
        m_notice->hide();
        return;
    }
    auto connection = ConnectionRepository(*m_ctx.db).get(m_ctx.connectionId);
    const bool off = connection.ok() && !(connection->userSync && connection->unitSync);
    m_notice->setText(connection.ok() && !connection->userSync
                          ? tr("User Sync is off for this connection, so Unit Sync is too: mappings are kept, but no "
                               "resident is assigned to a platform unit. Switch it on in Settings.")
                          : tr("Unit Sync is off for this connection: mappings are kept, but no resident is assigned "
                               "to a platform unit. Switch it on in Settings."));
    m_notice->setVisible(off);
}

void UnitMappingPage::updateAcceptButton()
{
    const int n = int(m_model->suggestionsAtOrAbove(acceptThreshold()).size());
    m_acceptAll->setText((n == 1 ? tr("Accept %n Suggestion", nullptr, n) : tr("Accept %n Suggestions", nullptr, n)));
    m_acceptAll->setEnabled(n > 0 && !m_loading);
    m_acceptAll->setToolTip(tr("Map every unit shown whose suggestion has a confidence of %1 % or more, in one step "
                               "(Ctrl+Z undoes it)")
                                .arg(m_thresholdSpin->value()));
}

void UnitMappingPage::updateStatus()
{
    const QLocale locale;
    QString text;
    if (m_loading && m_model->totalUnits() == 0) {
        text = tr("Loading units…");
    } else {
        const int total = m_model->totalUnits(), mapped = m_model->mappedUnits();
        text = tr("%1 of %2 units mapped (%3 %) · %4 suggestions · %5 platform units available")
                   .arg(locale.toString(mapped), locale.toString(total),
                        locale.toString(total ? qRound(100.0 * mapped / total) : 0),
                        locale.toString(m_model->suggestionCount()), locale.toString(m_model->availablePlatformUnits()));
        if (m_model->rowCount() != total)
            text += tr(" · showing %1").arg(locale.toString(m_model->rowCount()));
        if (m_loading)
            text += tr(" · reloading…");
        else if (m_suggesting)
            text += tr(" · computing suggestions…");
    }
    m_status->setText(text);
    updateSelectionButtons();
}

void UnitMappingPage::updateSelectionButtons()
{
    bool mapped = false;
    bool suggested = false;
    if (!m_loading) {
        for (qint64 id : selectedUnitIds()) {
            const PmsUnitRow *u = m_model->unit(id);
            mapped = mapped || (u && u->platformUnitId);
            suggested = suggested || m_model->suggestionAt(m_model->rowOfUnit(id)).has_value();
            if (mapped && suggested)
                break;
        }
    }
    m_removeMapping->setEnabled(mapped);
    m_useSuggestion->setEnabled(suggested);
}

void UnitMappingPage::showMessage(const QString &text, bool error)
{
    m_lastMessage = text;
    m_message->showMessage(text, error);
}

} // namespace pms
