#pragma once

#include "storage/TeamRepository.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace pms {

struct AppContext;

/// Team mode's part of the status bar (a PostgreSQL cache several desks share): what another desk
/// is syncing for the connection on screen ("Syncing on DESK (Ana), started 12:04 — 40 %"), that
/// "Sync now" went to the runner desk, and how many desks are on the cache (their names in the
/// tooltip). Shown only in team mode.
class TeamStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TeamStatusWidget(AppContext &context, QWidget *parent = nullptr);

    /// "Syncing on DESK (Ana), started 12:04 — 40 %" (exposed for tests).
    static QString liveRunText(const LiveRun &run, const QLocale &locale = QLocale());
    QString runText() const;
    QString desksText() const;

private:
    void showRun();
    AppContext &m_ctx;
    QLabel *m_runLabel = nullptr;
    QLabel *m_desksLabel = nullptr;
    QHash<qint64, LiveRun> m_live;
    QHash<qint64, QString> m_asked; // connection → who was asked to sync, until its run shows
};

} // namespace pms
