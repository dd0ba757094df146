#include "SyncStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace pms {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_errorButton = new QToolButton(this);
    m_errorButton->setObjectName(QStringLiteral("syncErrorButton"));
    m_errorButton->setIcon(QIcon(QStringLiteral(":/icons/app-error.svg")));
    m_errorButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_errorButton->setAutoRaise(true);
    m_errorButton->setCursor(Qt::PointingHandCursor);
    m_errorButton->hide();
    connect(m_errorButton, &QToolButton::clicked, this, &SyncStatusWidget::errorClicked);
    m_errorReason = new QLabel(this);
    m_errorReason->setObjectName(QStringLiteral("syncErrorReason"));
    m_errorReason->setTextFormat(Qt::RichText);
    m_errorReason->hide();
    connect(m_errorReason, &QLabel::linkActivated, this, &SyncStatusWidget::errorClicked);

    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("syncProgressLabel"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("syncProgressBar"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setFixedWidth(160);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setIcon(QIcon(QStringLiteral(":/icons/app-cancel.svg")));
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelButton->setToolTip(tr("Stop the sync at the next page; what was synced so far is kept"));
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        m_cancelButton->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested();
    });

    m_lastSyncLabel = new QLabel(this);
    m_lastSyncLabel->setObjectName(QStringLiteral("lastSyncLabel"));
    m_lastSyncLabel->setText(tr("Never synced"));

    layout->addWidget(m_errorButton);
    layout->addWidget(m_errorReason);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_lastSyncLabel);

    m_progressLabel->hide();
    m_progressBar->hide();
    m_cancelButton->hide();
}

QString SyncStatusWidget::describe(const SyncProgress &p)
{
    const QLocale locale;
    const QString entity = p.entity.isEmpty() ? tr("data") : p.entity;
    QString text = tr("Syncing %1").arg(entity);
    QStringList details;
    if (p.pagesTotal > 0)
        details << tr("page %1 of %2").arg(locale.toString(qMax(p.pagesDone, 1)), locale.toString(p.pagesTotal));
    else if (p.pagesDone > 0)
        details << tr("page %1").arg(locale.toString(p.pagesDone));
    if (p.recordsPerSecond >= 1)
        details << tr("%1 records/s").arg(locale.toString(qRound64(p.recordsPerSecond)));
    if (p.secondsLeft >= 0) {
        if (p.secondsLeft < 90)
            details << tr("about %n s left", nullptr, qMax(p.secondsLeft, 1));
        else
            details << tr("about %n min left", nullptr, (p.secondsLeft + 30) / 60);
    }
    if (!details.isEmpty())
        text += QStringLiteral(" — ") + details.join(QStringLiteral(", "));
    return text;
}

QString SyncStatusWidget::progressText() const
{
    return m_progressLabel->isVisibleTo(const_cast<SyncStatusWidget *>(this)) ? m_progressLabel->text() : QString();
}

QString SyncStatusWidget::lastSyncText() const
{
    return m_lastSyncLabel->text();
}

bool SyncStatusWidget::hasError() const
{
    return !m_errorButton->isHidden();
}

QString SyncStatusWidget::errorText() const
{
    return hasError() ? m_errorButton->text() + QStringLiteral(": ") + m_errorDetail : QString();
}

void SyncStatusWidget::syncStarted(qint64, SyncKind kind)
{
    m_syncing = true;
    m_progressLabel->setText(tr("Starting %1…").arg(syncKindTitle(kind).toLower()));
    m_progressBar->setRange(0, 0);
    m_cancelButton->setEnabled(true);
    m_progressLabel->show();
    m_progressBar->show();
    m_cancelButton->show();
}

void SyncStatusWidget::showProgress(const SyncProgress &p)
{
    if (!m_syncing)
        syncStarted(p.connectionId, p.kind);
    if (m_cancelButton->isEnabled())
        m_progressLabel->setText(describe(p));
    if (p.pagesTotal > 0) {
        m_progressBar->setRange(0, p.pagesTotal);
        m_progressBar->setValue(qBound(0, p.pagesDone, p.pagesTotal));
    } else {
        m_progressBar->setRange(0, 0); // busy: the total is not known yet
    }
    QString tip;
    if (p.steps > 0)
        tip = tr("Step %1 of %2").arg(p.step).arg(p.steps) + QStringLiteral("\n");
    const int records = int(qMin<qint64>(p.records, INT_MAX));
    tip += records == 1 ? tr("%n record so far", nullptr, records) : tr("%n records so far", nullptr, records);
    m_progressBar->setToolTip(tip);
    m_progressLabel->setToolTip(tip);
}

void SyncStatusWidget::syncFinished(const SyncOutcome &outcome)
{
    m_syncing = false;
    m_progressLabel->hide();
    m_progressBar->hide();
    m_cancelButton->hide();
    if (outcome.status == QLatin1String("succeeded")) {
        clearError();
        setLastSyncTime(outcome.finishedAt.isValid() ? outcome.finishedAt : QDateTime::currentDateTimeUtc());
    } else if (outcome.status == QLatin1String("failed")) {
        setError(tr("%1 failed").arg(syncKindTitle(outcome.kind)), outcome.error);
    } else if (outcome.status == QLatin1String("cancelled")) {
        m_lastSyncLabel->setToolTip(tr("The last sync was cancelled; what it synced so far is kept."));
    }
}

void SyncStatusWidget::setLastSync(const LastSyncInfo &info)
{
    if (info.lastSuccessAt.isValid())
        setLastSyncTime(info.lastSuccessAt);
    else
        m_lastSyncLabel->setText(tr("Never synced"));
    if (info.status == QLatin1String("failed"))
        setError(tr("%1 failed").arg(syncKindFromName(info.kind) ? syncKindTitle(*syncKindFromName(info.kind)) : info.kind),
                 info.error);
    else
        clearError();
}

void SyncStatusWidget::reset()
{
    clearError();
    m_lastSyncLabel->clear();
    m_lastSyncLabel->setToolTip({});
}

void SyncStatusWidget::clearError()
{
    m_errorButton->hide();
    m_errorButton->setToolTip({});
    m_errorReason->hide();
    m_errorReason->clear();
    m_errorDetail.clear();
}

void SyncStatusWidget::setLastSyncTime(const QDateTime &utc)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    const bool today = local.date() == QDate::currentDate();
    const QString when = today ? locale.toString(local.time(), QLocale::ShortFormat)
                               : locale.toString(local, QLocale::ShortFormat);
    m_lastSyncLabel->setText(tr("Last sync: %1").arg(when));
    m_lastSyncLabel->setToolTip(tr("Last successful sync finished %1 (%2 UTC)")
                                    .arg(locale.toString(local, QLocale::LongFormat),
                                         locale.toString(utc.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm"))));
}

void SyncStatusWidget::setError(const QString &summary, const QString &detail)
{
    m_errorButton->setText(summary);
    m_errorButton->setToolTip(detail.isEmpty() ? tr("See Sync Activity for details.")
                                               : detail + QStringLiteral("\n") + tr("Click to open Sync Activity."));
    m_errorButton->show();
    // The reason on the bar itself, not only in a tooltip; shortened so a long one cannot widen
    // the window, in full behind Details (Sync Activity) and in the tooltip.
    m_errorDetail = detail;
    const QString shown = m_errorReason->fontMetrics().elidedText(detail.simplified(), Qt::ElideRight, 420);
    m_errorReason->setText((shown.isEmpty() ? QString() : QString(shown.toHtmlEscaped() + QLatin1Char(' ')))
                           + QStringLiteral("<a href=\"details\">%1</a>").arg(tr("Details").toHtmlEscaped()));
    m_errorReason->setToolTip(detail);
    m_errorReason->show();
}

} // namespace pms
