#pragma once

#include "domain/ScheduleSpec.h"

#include <QGroupBox>
#include <QHash>

class QCheckBox;
class QLabel;

namespace pms {

struct AppContext;

/// Settings ▸ Schedules: each scheduled job with an on/off switch, when it runs, and its next run
/// (from the Scheduler when it has the connection, else computed from the spec). Hourly jobs run
/// at a minute picked from the connection's PMS address and system ID (ScheduleRepository::seedFor),
/// which a note under the table says; a new connection shows the window the minute comes from.
class ScheduleEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit ScheduleEditor(AppContext &context, QWidget *parent = nullptr);

    /// Shows @p specs (jobs missing from it get the product default) of @p connectionId (0: new).
    void load(qint64 connectionId, const QHash<ScheduledJob, ScheduleSpec> &specs);
    /// The specs with the switches applied.
    QHash<ScheduledJob, ScheduleSpec> specs() const;
    /// After a save reloaded the specs: which hourly minutes differ from @p shownBefore (what the
    /// form showed when Save was pressed), and why, in one sentence; empty when none moved. For
    /// a new connection (@p wasNew) it names the minutes just picked.
    QString minuteNote(const QHash<ScheduledJob, ScheduleSpec> &shownBefore, bool wasNew) const;

public Q_SLOTS:
    void updateNextRuns();

Q_SIGNALS:
    void changed();

private:
    AppContext &m_ctx;
    qint64 m_connectionId = 0;
    bool m_loading = false;
    QHash<ScheduledJob, ScheduleSpec> m_specs;
    QHash<ScheduledJob, QCheckBox *> m_checks;
    QHash<ScheduledJob, QLabel *> m_when;
    QHash<ScheduledJob, QLabel *> m_next;
};

} // namespace pms
