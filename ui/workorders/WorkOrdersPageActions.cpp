// WorkOrdersPage's write side (R10–R12): New, Edit, Complete and Sync Now, and what the push
// answered. The dialogs write to the cache off the GUI thread; the sync thread pushes.
#include "WorkOrdersPage.h"

#include "models/WorkOrdersModel.h"
#include "sync/SyncController.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/common/PropertyFilterCombo.h"
#include "ui/table/DataTableView.h"
#include "ui/table/TablePanel.h"
#include "ui/workorders/CompleteWorkOrderDialog.h"
#include "ui/workorders/WorkOrderDetailPane.h"
#include "ui/workorders/WorkOrderDialog.h"
#include "workorders/WorkOrderPusher.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace pms {

namespace {

// More than this many selected rows: Sync Now sends every waiting change instead of a list.
constexpr int kSyncNowList = 200;

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(false);
    return b;
}

} // namespace

void WorkOrdersPage::buildActions()
{
    m_newAction = new QAction(QIcon(QStringLiteral(":/icons/wo-new.svg")), tr("&New Work Order…"), this);
    m_newAction->setObjectName(QStringLiteral("newWorkOrder"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editAction = new QAction(QIcon(QStringLiteral(":/icons/wo-edit.svg")), tr("&Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("editWorkOrder"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_completeAction = new QAction(QIcon(QStringLiteral(":/icons/wo-complete.svg")), tr("&Complete…"), this);
    m_completeAction->setObjectName(QStringLiteral("completeWorkOrder"));
    m_completeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_completeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_syncNowAction = new QAction(QIcon(QStringLiteral(":/icons/app-sync.svg")), tr("&Sync Now"), this);
    m_syncNowAction->setObjectName(QStringLiteral("syncNowWorkOrders"));
    m_syncNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncNowAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_syncNowAction->setToolTip(tr("Send the selected work orders' waiting changes to Propertyware now, also those that failed"));
    addActions({m_newAction, m_editAction, m_completeAction, m_syncNowAction});

    connect(m_newAction, &QAction::triggered, this, &WorkOrdersPage::newWorkOrder);
    connect(m_editAction, &QAction::triggered, this, &WorkOrdersPage::editCurrent);
    connect(m_completeAction, &QAction::triggered, this, &WorkOrdersPage::completeCurrent);
    connect(m_syncNowAction, &QAction::triggered, this, &WorkOrdersPage::syncSelected);

    // A row of buttons above the table, and the same actions on the rows' context menu.
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    for (QAction *a : {m_newAction, m_editAction, m_completeAction, m_syncNowAction})
        row->addWidget(actionButton(a, this));
    row->addStretch(1);
    static_cast<QVBoxLayout *>(layout())->insertLayout(2, row);

    DataTableView *view = m_panel->view();
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    view->addActions({m_editAction, m_completeAction, m_syncNowAction, separator, m_newAction});
    connect(view, &QAbstractItemView::doubleClicked, this, &WorkOrdersPage::editCurrent);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorkOrdersPage::updateActions);

    if (m_ctx.sync)
        connect(m_ctx.sync, &SyncController::pushFinished, this, &WorkOrdersPage::showPushOutcome);
    updateActions();
}

void WorkOrdersPage::updateActions()
{
    const bool connected = m_ctx.connectionId > 0;
    const bool current = connected && m_currentId > 0;
    const bool completed = m_currentStatus.compare(QLatin1String("Completed"), Qt::CaseInsensitive) == 0
        || m_currentStatus.compare(QLatin1String("Closed"), Qt::CaseInsensitive) == 0;
    m_newAction->setEnabled(connected);
    m_editAction->setEnabled(current);
    m_completeAction->setEnabled(current && !completed);
    m_completeAction->setToolTip(completed ? tr("This work order is completed already") : tr("Complete it, with photos, logs and invoices"));
    const QItemSelectionModel *selection = m_panel->view()->selectionModel();
    m_syncNowAction->setEnabled(connected && m_ctx.sync && (current || (selection && selection->hasSelection())));
}

QList<qint64> WorkOrdersPage::selectedIds(int limit) const
{
    QList<qint64> ids;
    const QItemSelectionModel *selection = m_panel->view()->selectionModel();
    if (!selection)
        return ids;
    for (const QItemSelectionRange &range : selection->selection()) {
        for (int r = range.top(); r <= range.bottom(); ++r) {
            if (ids.size() > limit)
                return ids;
            const qint64 id = m_model->idAt(r);
            if (id > 0 && !ids.contains(id))
                ids << id;
        }
    }
    if (ids.isEmpty() && m_currentId > 0)
        ids << m_currentId;
    return ids;
}

void WorkOrdersPage::newWorkOrder()
{
    if (m_ctx.connectionId <= 0)
        return;
    auto *dialog = new WorkOrderDialog(m_ctx.dbPath, m_ctx.connectionId, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 property = m_property->propertyId();
    if (property > 0)
        connect(dialog, &WorkOrderDialog::ready, dialog, [dialog, property] { dialog->selectProperty(property); });
    connect(dialog, &WorkOrderDialog::saved, this, [this](qint64 id) { pushAfterChange(id, tr("Work order created.")); });
    dialog->open();
}

void WorkOrdersPage::editCurrent()
{
    if (m_currentId <= 0 || m_ctx.connectionId <= 0)
        return;
    auto *dialog = new WorkOrderDialog(m_ctx.dbPath, m_ctx.connectionId, m_currentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WorkOrderDialog::saved, this, [this](qint64 id) { pushAfterChange(id, tr("Changes saved.")); });
    dialog->open();
}

void WorkOrdersPage::completeCurrent()
{
    if (m_currentId <= 0 || !m_completeAction->isEnabled())
        return;
    auto *dialog = new CompleteWorkOrderDialog(m_ctx.dbPath, m_currentId, m_currentTitle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompleteWorkOrderDialog::completed, this, [this](qint64 id) { pushAfterChange(id, tr("Work order completed.")); });
    dialog->open();
}

void WorkOrdersPage::pushAfterChange(qint64 workOrderId, const QString &done)
{
    // The write announced itself (CacheEvents): the table and the detail pane are reloading.
    if (!m_ctx.sync)
        return;
    if (!m_ctx.sync->hasSecret(m_ctx.connectionId)) {
        m_message->showMessage(done + QLatin1Char(' ')
                                   + tr("It waits in the outbox: enter the connection's client secret in Settings and it is sent."),
                               false);
        return;
    }
    m_message->showMessage(done + QLatin1Char(' ') + tr("Sending it to Propertyware…"), false);
    m_pushRequested = true;
    m_ctx.sync->push(m_ctx.connectionId, workOrderId, false);
}

void WorkOrdersPage::syncSelected()
{
    if (!m_ctx.sync || m_ctx.connectionId <= 0)
        return;
    if (!m_ctx.sync->hasSecret(m_ctx.connectionId)) {
        Q_EMIT secretNeeded(m_ctx.connectionId, tr("Enter the client secret of this connection to send work orders to Propertyware."));
        return;
    }
    const QList<qint64> ids = selectedIds(kSyncNowList);
    m_pushRequested = true;
    if (ids.isEmpty() || ids.size() > kSyncNowList) {
        m_message->showMessage(tr("Sending every waiting work-order change to Propertyware…"), false);
        m_ctx.sync->push(m_ctx.connectionId, 0, true);
        return;
    }
    m_message->showMessage(ids.size() == 1 ? tr("Sending the work order to Propertyware…") : tr("Sending %n work orders to Propertyware…", nullptr, int(ids.size())), false);
    for (qint64 id : ids)
        m_ctx.sync->push(m_ctx.connectionId, id, true);
}

void WorkOrdersPage::showPushOutcome(const PushOutcome &o)
{
    m_detail->reload();
    if (!m_pushRequested)
        return;
    m_pushRequested = false;
    if (!o.gateError.isEmpty()) {
        m_message->showMessage(o.gateError, true);
    } else if (!o.authError.isEmpty()) {
        m_message->showMessage(tr("Propertyware refused the credentials: %1").arg(o.authError), true);
    } else if (o.failed > 0) {
        m_message->showMessage(o.failed == 1 ? tr("A work order could not be sent; the Sync column and the detail pane say why.") : tr("%n work orders could not be sent; the Sync column and the detail pane say why.", nullptr, o.failed),
                               true);
    } else if (o.waiting > 0) {
        m_message->showMessage(o.waiting == 1 ? tr("Propertyware did not answer for a work order; it is tried again shortly.") : tr("Propertyware did not answer for %n work orders; they are tried again shortly.", nullptr, o.waiting),
                               true);
    } else if (o.pushed > 0) {
        m_message->showMessage(o.pushed == 1 ? tr("Sent to Propertyware: 1 change.") : tr("Sent to Propertyware: %n changes.", nullptr, o.pushed), false);
    } else {
        m_message->showMessage(tr("Nothing was waiting to be sent."), false);
    }
}

} // namespace pms
