#include "ScheduleEditor.h"

#include "common/Clock.h"
#include "sync/Scheduler.h"
#include "ui/common/AppContext.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>

namespace pms {

ScheduleEditor::ScheduleEditor(AppContext &context, QWidget *parent)
    : QGroupBox(tr("Schedules"), parent)
    , m_ctx(context)
{
    auto *g = new QGridLayout(this);
    g->addWidget(new QLabel(tr("<b>Job</b>"), this), 0, 0);
    g->addWidget(new QLabel(tr("<b>When</b>"), this), 0, 1);
    g->addWidget(new QLabel(tr("<b>Next run</b>"), this), 0, 2);
    int row = 1;
    for (ScheduledJob job : allScheduledJobs()) {
        const QString name = scheduledJobName(job);
        auto *check = new QCheckBox(scheduledJobTitle(job), this);
        check->setObjectName(QStringLiteral("schedule_") + name);
        auto *when = new QLabel(this);
        when->setObjectName(QStringLiteral("scheduleWhen_") + name);
        auto *next = new QLabel(this);
        next->setObjectName(QStringLiteral("nextRun_") + name);
        next->setTextInteractionFlags(Qt::TextSelectableByMouse);
        connect(check, &QCheckBox::toggled, this, [this] {
            updateNextRuns();
            if (!m_loading)
                Q_EMIT changed();
        });
        g->addWidget(check, row, 0);
        g->addWidget(when, row, 1);
        g->addWidget(next, row, 2);
        m_checks.insert(job, check);
        m_when.insert(job, when);
        m_next.insert(job, next);
        ++row;
    }
    g->setColumnStretch(2, 1);
    auto *note = new QLabel(tr("Jobs that run every hour or every few hours start at a minute picked from the PMS "
                               "address and system ID, so offices using the same PMS do not all call it at once; "
                               "changing either moves that minute."),
        this);
    note->setObjectName(QStringLiteral("scheduleMinuteNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color:#607d8b"));
    g->addWidget(note, row, 0, 1, 3);
}

namespace {

bool windowed(const ScheduleSpec &spec)
{
    return (spec.kind == ScheduleSpec::Kind::Hourly || spec.kind == ScheduleSpec::Kind::EveryHours)
        && spec.minuteTo > spec.minuteFrom;
}

QString minuteText(int offsetSeconds)
{
    return QStringLiteral(":") + QString::number(offsetSeconds / 60).rightJustified(2, QLatin1Char('0'));
}

} // namespace

QString ScheduleEditor::minuteNote(const QHash<ScheduledJob, ScheduleSpec> &shownBefore, bool wasNew) const
{
    QStringList parts;
    for (ScheduledJob job : allScheduledJobs()) {
        const ScheduleSpec now = m_specs.value(job);
        if (!now.enabled || !windowed(now))
            continue;
        const ScheduleSpec before = shownBefore.value(job, now);
        if (wasNew)
            parts << tr("%1 runs at %2").arg(scheduledJobTitle(job), minuteText(now.offsetSeconds()));
        else if (before.sameTimesAs(now) && before.offsetSeconds() != now.offsetSeconds())
            parts << tr("%1 moved from %2 to %3")
                         .arg(scheduledJobTitle(job), minuteText(before.offsetSeconds()),
                             minuteText(now.offsetSeconds()));
    }
    if (parts.isEmpty())
        return {};
    return tr("%1 past the hour: the minute is picked from the PMS address and system ID, so offices do not "
              "all call the PMS at once.")
        .arg(parts.join(QStringLiteral("; ")));
}

void ScheduleEditor::load(qint64 connectionId, const QHash<ScheduledJob, ScheduleSpec> &specs)
{
    m_loading = true;
    m_connectionId = connectionId;
    m_specs = specs;
    for (ScheduledJob job : allScheduledJobs()) {
        if (!m_specs.contains(job))
            m_specs.insert(job, ScheduleSpec::defaultFor(job));
        const ScheduleSpec &spec = m_specs[job];
        m_checks.value(job)->setChecked(spec.enabled);
        // A new connection has no address and system ID to pick the minute from yet.
        m_when.value(job)->setText(connectionId == 0 && windowed(spec)
                ? tr("%1, at a minute from %2 to %3 picked when the connection is saved")
                      .arg(spec.kind == ScheduleSpec::Kind::Hourly ? tr("Every hour")
                                                                   : tr("Every %n hour(s)", nullptr, spec.everyHours),
                          minuteText(spec.minuteFrom * 60), minuteText((spec.minuteTo - 1) * 60))
                : spec.describe());
    }
    m_loading = false;
    updateNextRuns();
}

QHash<ScheduledJob, ScheduleSpec> ScheduleEditor::specs() const
{
    QHash<ScheduledJob, ScheduleSpec> out = m_specs;
    for (auto it = out.begin(); it != out.end(); ++it)
        it.value().enabled = m_checks.value(it.key())->isChecked();
    return out;
}

void ScheduleEditor::updateNextRuns()
{
    const QDateTime now = Clock::instance()->nowUtc();
    const bool scheduled = m_ctx.scheduler && m_connectionId > 0
        && m_ctx.scheduler->connectionIds().contains(m_connectionId);
    for (ScheduledJob job : allScheduledJobs()) {
        QLabel *label = m_next.value(job);
        if (!m_checks.value(job)->isChecked()) {
            label->setText(tr("Off"));
            continue;
        }
        QDateTime next;
        if (scheduled && m_ctx.scheduler->spec(m_connectionId, job).enabled)
            next = m_ctx.scheduler->nextRunUtc(m_connectionId, job);
        if (!next.isValid()) {
            ScheduleSpec spec = m_specs.value(job, ScheduleSpec::defaultFor(job));
            spec.enabled = true;
            next = nextRun(spec, now);
        }
        label->setText(next.isValid() && next <= now ? tr("Due now") : runTimeText(next).combined);
    }
}

} // namespace pms
