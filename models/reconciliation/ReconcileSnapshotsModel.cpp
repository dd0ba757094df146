#include "ReconcileSnapshotsModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pms {

void ReconcileSnapshotsModel::setRows(const QList<ReconcileSnapshotRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ReconcileSnapshotsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int ReconcileSnapshotsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReconcileSnapshotsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReconcileSnapshotsModel::statusText(const QString &status)
{
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("aborted"))
        return tr("Aborted");
    if (status == QLatin1String("needs_confirmation"))
        return tr("Needs confirmation");
    if (status == QLatin1String("dry_run"))
        return tr("Preview");
    if (status == QLatin1String("running"))
        return tr("Running");
    return status;
}

QString ReconcileSnapshotsModel::triggerText(const QString &trigger)
{
    if (trigger == QLatin1String("schedule"))
        return tr("Scheduled");
    if (trigger == QLatin1String("cli"))
        return tr("Command line");
    return tr("Run now");
}

QVariant ReconcileSnapshotsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReconcileSnapshotRow &r = m_rows.at(index.row());
    if (role == SnapshotIdRole)
        return r.id;
    if (role == StatusRole)
        return r.status;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat);
        case Trigger:
            return triggerText(r.trigger);
        case Status:
            return statusText(r.status);
        case Checked:
            return QLocale().toString(r.unitsChecked);
        case Deactivated:
            if (r.status == QLatin1String("dry_run") || r.status == QLatin1String("needs_confirmation"))
                return tr("(%1)").arg(QLocale().toString(r.unitsPending));
            return QLocale().toString(r.unitsDeactivated);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Checked || index.column() == Deactivated))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (r.status == QLatin1String("aborted"))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (r.status == QLatin1String("needs_confirmation"))
            return QBrush(QColor(0xb2, 0x6a, 0x00));
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Snapshot %1, %2")
                          .arg(r.id)
                          .arg(QLocale().toString(r.startedAt.toLocalTime(), QLocale::LongFormat));
        if (r.status == QLatin1String("dry_run") || r.status == QLatin1String("needs_confirmation"))
            tip += QLatin1Char('\n')
                + numerus(tr("%n unit(s) would be deactivated", nullptr, r.unitsPending), r.unitsPending);
        if (!r.error.isEmpty())
            tip += QLatin1Char('\n') + r.error;
        return tip;
    }
    return {};
}

QVariant ReconcileSnapshotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Trigger:
        return tr("Trigger");
    case Status:
        return tr("Status");
    case Checked:
        return tr("Checked");
    case Deactivated:
        return tr("Deactivated");
    }
    return {};
}

} // namespace pms
