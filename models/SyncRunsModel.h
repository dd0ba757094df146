#pragma once

#include "models/SqlTableModel.h"

namespace pms {

/// Every sync run with its counts (sums of sync_run_counts), duration and error.
class SyncRunsModel : public SqlTableModel
{
    Q_OBJECT
public:
    explicit SyncRunsModel(const QString &dbPath, QObject *parent = nullptr);
    QVariant format(const QVariantList &values, int column, int role) const override;

    static QString kindLabel(const QString &kind);       // "incremental" -> "Incremental"
    static QString statusLabel(const QString &status);   // "succeeded" -> "Succeeded"
    static QString statusIcon(const QString &status);    // icon name for ModelIcons
    /// "45 s", "3 min 05 s", "1 h 02 min"
    static QString durationText(double seconds);
};

} // namespace pms
