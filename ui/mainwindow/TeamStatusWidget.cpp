#include "TeamStatusWidget.h"

#include "common/DeskIdentity.h"
#include "domain/ReconcileTypes.h"
#include "sync/SyncController.h"
#include "sync/TeamLink.h"
#include "ui/common/AppContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace pms {

TeamStatusWidget::TeamStatusWidget(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
{
    setObjectName(QStringLiteral("teamStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_runLabel = new QLabel(this);
    m_runLabel->setObjectName(QStringLiteral("teamRunLabel"));
    m_desksLabel = new QLabel(this);
    m_desksLabel->setObjectName(QStringLiteral("teamDesksLabel"));
    layout->addWidget(m_runLabel);
    layout->addWidget(m_desksLabel);
    m_runLabel->hide();

    SyncController *sync = m_ctx.sync;
    if (!sync)
        return;
    connect(sync, &SyncController::liveRunChanged, this, [this](const LiveRun &run) {
        if (run.runId > 0) {
            m_live.insert(run.connectionId, run);
            m_asked.remove(run.connectionId);
        } else {
            m_live.remove(run.connectionId);
        }
        showRun();
    });
    connect(sync, &SyncController::syncRequestSent, this, [this](qint64 id, const QString &runner, const QString &error) {
        if (!error.isEmpty())
            m_asked.insert(id, tr("Sync now was not passed on: %1").arg(error));
        else if (runner.isEmpty())
            m_asked.insert(id, tr("Sync now is waiting: no desk with this connection's secret is open to run it"));
        else
            m_asked.insert(id, tr("Asked %1 to sync now").arg(runner));
        showRun();
    });
    connect(sync, &SyncController::runnerChanged, this, [this](qint64 id, bool runner) {
        if (runner)
            m_asked.remove(id);
        showRun();
    });
    connect(sync, &SyncController::desksChanged, this, [this](const QStringList &desks) {
        const int n = int(desks.size());
        m_desksLabel->setText(numerus(tr("%n desk(s) on the cache", nullptr, n), n));
        m_desksLabel->setToolTip(tr("Open on this shared cache: %1").arg(desks.join(QStringLiteral(", "))));
    });
}

QString TeamStatusWidget::liveRunText(const LiveRun &run, const QLocale &locale)
{
    const QString who = desk::label(run.desk.isEmpty() ? tr("another desk") : run.desk, run.person);
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")); // "started 12:04", whatever the locale's short form
    const QString at = locale.toString(run.startedAt.toLocalTime().time(), format);
    const QString verb = run.kind == SyncKind::Reconciliation ? tr("Reconciling on %1, started %2")
                                                             : tr("Syncing on %1, started %2");
    QString text = verb.arg(who, at);
    if (run.percent >= 0)
        text += tr(" — %1 %").arg(run.percent);
    return text;
}

void TeamStatusWidget::showRun()
{
    const qint64 id = m_ctx.connectionId;
    QString text;
    if (m_live.contains(id))
        text = liveRunText(m_live.value(id));
    else if (m_asked.contains(id))
        text = m_asked.value(id);
    m_runLabel->setText(text);
    m_runLabel->setVisible(!text.isEmpty());
}

QString TeamStatusWidget::runText() const
{
    return m_runLabel->isVisible() ? m_runLabel->text() : QString();
}

QString TeamStatusWidget::desksText() const
{
    return m_desksLabel->text();
}

} // namespace pms
