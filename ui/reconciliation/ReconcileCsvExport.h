#pragma once

#include <QMetaType>
#include <QString>

namespace pms {

/// The Reconciliation screen's CSV export: the units a snapshot deactivated (the `deactivated`
/// export of core/csv), written through QSaveFile. run() is what the QtConcurrent task calls: it
/// opens its own cache connection, so it never runs on the GUI thread's.
class ReconcileCsvExport
{
public:
    struct Result
    {
        bool ok = false;
        qint64 rows = 0;
        qint64 snapshotId = 0;
        QString path;
        QString error;
    };

    /// @p snapshot: "latest" or a snapshot id.
    static Result run(const QString &dbPath, const QString &snapshot, const QString &path);
    /// "deactivated-units-snapshot-12.csv"
    static QString suggestedFileName(qint64 snapshotId);
};

} // namespace pms

Q_DECLARE_METATYPE(pms::ReconcileCsvExport::Result)
