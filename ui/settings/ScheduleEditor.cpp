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
        m_when.value(job)->setText(spec.describe());
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
