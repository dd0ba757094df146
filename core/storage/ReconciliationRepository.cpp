#include "ReconciliationRepository.h"

#include "Database.h"
#include "common/Json.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pms::ReconciliationRepository", text);
}

// The columns every unit read shares, and how they become a ReconcileUnit.
const char *const kUnitColumns
    = "u.id, u.pms_id, coalesce(u.pms_property_id, 0), coalesce(u.property_id, 0), "
      "coalesce(p.local_name, p.name, ''), coalesce(u.local_name, u.name, ''), u.address, u.needs_review";

ReconcileUnit readUnit(const QSqlQuery &q)
{
    ReconcileUnit u;
    u.id = q.value(0).toLongLong();
    u.pmsId = q.value(1).toLongLong();
    u.pmsPropertyId = q.value(2).toLongLong();
    u.propertyId = q.value(3).toLongLong();
    u.propertyName = q.value(4).toString();
    u.unitName = q.value(5).toString();
    u.address = q.value(6).toString();
    u.needsReview = q.value(7).toBool();
    return u;
}

Result<QList<ReconcileUnit>> readUnits(QSqlQuery &q, const char *what)
{
    if (Status s = Database::exec(q, what); !s.ok())
        return s.error();
    QList<ReconcileUnit> out;
    while (q.next())
        out.append(readUnit(q));
    q.finish();
    return out;
}

Result<bool> changed(QSqlQuery &q, const char *what)
{
    if (Status s = Database::exec(q, what); !s.ok())
        return s.error();
    const bool any = q.numRowsAffected() > 0;
    q.finish();
    return any;
}

} // namespace

Result<QList<ReconcileUnit>> ReconciliationRepository::activeUnits(qint64 connectionId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + QLatin1String(kUnitColumns)
        + QStringLiteral(" FROM units u LEFT JOIN properties p ON p.id = u.property_id "
                         "WHERE u.connection_id = ? AND u.active = 1 AND u.disabled_by_user = 0"));
    q.setForwardOnly(true);
    q.addBindValue(connectionId);
    return readUnits(q, "read the active units");
}

Result<QSet<qint64>> ReconciliationRepository::activeUnitIds(qint64 connectionId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id FROM units WHERE connection_id = ? AND active = 1 AND disabled_by_user = 0"));
    q.setForwardOnly(true);
    q.addBindValue(connectionId);
    if (Status s = Database::exec(q, "read the active unit ids"); !s.ok())
        return s.error();
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    q.finish();
    return ids;
}

Result<QList<ReconcileUnit>> ReconciliationRepository::reconciledOffUnits(qint64 connectionId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + QLatin1String(kUnitColumns)
        + QStringLiteral(" FROM units u LEFT JOIN properties p ON p.id = u.property_id "
                         "WHERE u.connection_id = ? AND u.active = 0 AND u.disabled_by_user = 0 "
                         "AND u.deactivated_by LIKE 'reconciliation%'"));
    q.setForwardOnly(true);
    q.addBindValue(connectionId);
    return readUnits(q, "read the units reconciliation deactivated");
}

Result<qint64> ReconciliationRepository::startSnapshot(
    qint64 connectionId, const QString &trigger, const QString &startedAt)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO reconciliation_snapshots (connection_id, "
                                               "started_at, trigger, status) VALUES (?, ?, ?, 'running') RETURNING id"));
    q.addBindValue(connectionId);
    q.addBindValue(startedAt);
    q.addBindValue(trigger);
    if (Status s = Database::exec(q, "start a reconciliation snapshot"); !s.ok())
        return s.error();
    return Database::returnedId(q);
}

Status ReconciliationRepository::finishSnapshot(qint64 snapshotId, const QString &status, int unitsChecked,
    int unitsDeactivated, const QString &error, const QString &finishedAt)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE reconciliation_snapshots SET status = ?, "
                                               "units_checked = ?, units_deactivated = ?, error = ?, "
                                               "finished_at = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(unitsChecked);
    q.addBindValue(unitsDeactivated);
    q.addBindValue(error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(error));
    q.addBindValue(finishedAt);
    q.addBindValue(snapshotId);
    return Database::exec(q, "finish a reconciliation snapshot");
}

Result<qint64> ReconciliationRepository::addItem(
    qint64 snapshotId, const QString &action, const ReconcileUnit &u, const QString &at)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO reconciliation_items (snapshot_id, unit_id, "
                                               "action, pms_unit_id, pms_property_id, property_name, "
                                               "unit_name, address, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(snapshotId);
    q.addBindValue(idOrNull(u.id));
    q.addBindValue(action);
    q.addBindValue(idOrNull(u.pmsId));
    q.addBindValue(idOrNull(u.pmsPropertyId));
    q.addBindValue(nn(u.propertyName));
    q.addBindValue(nn(u.unitName));
    q.addBindValue(nn(u.address));
    q.addBindValue(at);
    if (Status s = Database::exec(q, "record a reconciliation item"); !s.ok())
        return s.error();
    return Database::returnedId(q);
}

Status ReconciliationRepository::setItemAction(qint64 itemId, const QString &action, const QString &at)
{
    QSqlQuery &q
        = m_db.prepare(QStringLiteral("UPDATE reconciliation_items SET action = ?, at = ? WHERE id = ?"));
    q.addBindValue(action);
    q.addBindValue(at);
    q.addBindValue(itemId);
    return Database::exec(q, "update a reconciliation item");
}

Result<ReconcileSnapshotRow> ReconciliationRepository::snapshot(qint64 snapshotId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT s.id, s.connection_id, s.started_at, s.finished_at, s.trigger, s.status, s.units_checked, "
        "s.units_deactivated, coalesce(s.error, ''), "
        "(SELECT count(*) FROM reconciliation_items i WHERE i.snapshot_id = s.id AND i.action = "
        "'would_deactivate') "
        "FROM reconciliation_snapshots s WHERE s.id = ?"));
    q.addBindValue(snapshotId);
    if (Status s = Database::exec(q, "read a reconciliation snapshot"); !s.ok())
        return s.error();
    if (!q.next()) {
        q.finish();
        return Error(tr("There is no reconciliation snapshot with id %1.").arg(snapshotId),
            QStringLiteral("not-found"));
    }
    ReconcileSnapshotRow r;
    r.id = q.value(0).toLongLong();
    r.connectionId = q.value(1).toLongLong();
    r.startedAt = json::parseDateTime(q.value(2).toString());
    r.finishedAt = json::parseDateTime(q.value(3).toString());
    r.trigger = q.value(4).toString();
    r.status = q.value(5).toString();
    r.unitsChecked = q.value(6).toInt();
    r.unitsDeactivated = q.value(7).toInt();
    r.error = q.value(8).toString();
    r.unitsPending = q.value(9).toInt();
    q.finish();
    return r;
}

Result<qint64> ReconciliationRepository::newestSnapshotId(qint64 connectionId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id FROM reconciliation_snapshots WHERE connection_id "
                                               "= ? ORDER BY started_at DESC, id DESC LIMIT 1"));
    q.addBindValue(connectionId);
    if (Status s = Database::exec(q, "find the newest snapshot"); !s.ok())
        return s.error();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<QList<ReconcileItemRow>> ReconciliationRepository::items(qint64 snapshotId, const QString &action)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT i.id, i.snapshot_id, coalesce(i.unit_id, 0), i.action, coalesce(i.pms_unit_id, 0), "
        "coalesce(i.pms_property_id, 0), i.property_name, i.unit_name, i.address, i.at, coalesce(u.active, "
        "0) "
        "FROM reconciliation_items i LEFT JOIN units u ON u.id = i.unit_id "
        "WHERE i.snapshot_id = ? AND (? = '' OR i.action = ?) "
        "ORDER BY i.property_name, i.pms_property_id, i.unit_name, i.pms_unit_id, i.id"));
    q.setForwardOnly(true);
    q.addBindValue(snapshotId);
    q.addBindValue(nn(action));
    q.addBindValue(nn(action));
    if (Status s = Database::exec(q, "read reconciliation items"); !s.ok())
        return s.error();
    QList<ReconcileItemRow> out;
    while (q.next()) {
        ReconcileItemRow r;
        r.id = q.value(0).toLongLong();
        r.snapshotId = q.value(1).toLongLong();
        r.unitId = q.value(2).toLongLong();
        r.action = q.value(3).toString();
        r.pmsUnitId = q.value(4).toLongLong();
        r.pmsPropertyId = q.value(5).toLongLong();
        r.propertyName = q.value(6).toString();
        r.unitName = q.value(7).toString();
        r.address = q.value(8).toString();
        r.at = json::parseDateTime(q.value(9).toString());
        r.unitActive = q.value(10).toBool();
        out.append(r);
    }
    q.finish();
    return out;
}

Status ReconciliationRepository::abortPending(
    qint64 connectionId, qint64 exceptId, const QString &error, const QString &at)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("UPDATE reconciliation_snapshots SET status = 'aborted', error = ?, finished_at = "
                       "coalesce(finished_at, ?) "
                       "WHERE connection_id = ? AND id <> ? AND status = 'needs_confirmation'"));
    q.addBindValue(error);
    q.addBindValue(at);
    q.addBindValue(connectionId);
    q.addBindValue(exceptId);
    return Database::exec(q, "close older reconciliation previews");
}

Status ReconciliationRepository::abortDangling(const QString &error, const QString &at)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE reconciliation_snapshots SET status = 'aborted', "
                                               "error = ?, finished_at = ? WHERE status = 'running'"));
    q.addBindValue(error);
    q.addBindValue(at);
    return Database::exec(q, "close interrupted reconciliation runs");
}

Result<bool> ReconciliationRepository::deletePreview(qint64 snapshotId, qint64 runId)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("DELETE FROM reconciliation_snapshots WHERE id = ? AND status = 'dry_run'"));
    q.addBindValue(snapshotId);
    auto deleted = changed(q, "delete a reconciliation preview");
    if (!deleted.ok() || !deleted.value() || runId <= 0)
        return deleted;
    QSqlQuery &run
        = m_db.prepare(QStringLiteral("DELETE FROM sync_runs WHERE id = ? AND kind = 'reconciliation'"));
    run.addBindValue(runId);
    if (Status s = Database::exec(run, "delete a reconciliation preview's run"); !s.ok())
        return s.error();
    run.finish();
    return true;
}

Result<bool> ReconciliationRepository::deactivateUnit(qint64 unitId, const QString &at, const QString &by)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE units SET active = 0, deactivated_at = ?, deactivated_by = ?, needs_review = 0 "
        "WHERE id = ? AND active = 1 AND disabled_by_user = 0"));
    q.addBindValue(at);
    q.addBindValue(by);
    q.addBindValue(unitId);
    return changed(q, "deactivate a unit");
}

Result<bool> ReconciliationRepository::markNeedsReview(qint64 unitId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE units SET needs_review = 1 WHERE id = ? AND "
                                               "needs_review = 0 AND active = 0 AND disabled_by_user = 0"));
    q.addBindValue(unitId);
    return changed(q, "flag a unit for review");
}

Result<bool> ReconciliationRepository::restoreUnit(qint64 unitId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE units SET active = 1, deactivated_at = NULL, deactivated_by = NULL, needs_review = 0 "
        "WHERE id = ? AND active = 0 AND disabled_by_user = 0 AND deactivated_by LIKE 'reconciliation%'"));
    q.addBindValue(unitId);
    return changed(q, "restore a unit");
}

Result<bool> ReconciliationRepository::dismissReview(qint64 unitId)
{
    QSqlQuery &q
        = m_db.prepare(QStringLiteral("UPDATE units SET needs_review = 0 WHERE id = ? AND needs_review = 1"));
    q.addBindValue(unitId);
    return changed(q, "clear a unit's review flag");
}

Result<qint64> ReconciliationRepository::deactivatingSnapshot(qint64 unitId)
{
    QSqlQuery &q
        = m_db.prepare(QStringLiteral("SELECT coalesce(deactivated_by, '') FROM units WHERE id = ?"));
    q.addBindValue(unitId);
    if (Status s = Database::exec(q, "read who deactivated a unit"); !s.ok())
        return s.error();
    const QString by = q.next() ? q.value(0).toString() : QString();
    q.finish();
    static const QLatin1String prefix("reconciliation:");
    if (!by.startsWith(prefix))
        return qint64(0);
    return by.mid(prefix.size()).toLongLong();
}

Result<ReconcileUnit> ReconciliationRepository::unit(qint64 unitId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + QLatin1String(kUnitColumns)
        + QStringLiteral(" FROM units u LEFT JOIN properties p ON p.id = u.property_id "
                         "WHERE u.id = ?"));
    q.addBindValue(unitId);
    auto units = readUnits(q, "read a unit");
    if (!units.ok())
        return units.error();
    if (units->isEmpty())
        return Error(tr("The unit is no longer in the cache."), QStringLiteral("not-found"));
    return units->first();
}

Status ReconciliationRepository::logProperty(
    qint64 propertyId, qint64 unitId, const QString &at, const QString &kind, const QString &message)
{
    if (propertyId <= 0)
        return {}; // a unit without its property has no log to write to
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO property_log (property_id, unit_id, at, kind, message) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(propertyId);
    q.addBindValue(idOrNull(unitId));
    q.addBindValue(at);
    q.addBindValue(kind);
    q.addBindValue(message);
    return Database::exec(q, "write the property log");
}

Result<ReconciliationRepository::SwitchTarget> ReconciliationRepository::findUnit(
    qint64 connectionId, qint64 pmsId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, coalesce(property_id, 0), coalesce(local_name, "
                                               "name, ''), active, pms_active, disabled_by_user "
                                               "FROM units WHERE connection_id = ? AND pms_id = ?"));
    q.addBindValue(connectionId);
    q.addBindValue(pmsId);
    if (Status s = Database::exec(q, "find a unit"); !s.ok())
        return s.error();
    if (!q.next()) {
        q.finish();
        return Error(
            tr("There is no unit with PMS id %1 in the cache; run a sync first or check the id.").arg(pmsId),
            QStringLiteral("not-found"));
    }
    SwitchTarget t { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
        q.value(3).toBool(), q.value(4).toBool(), q.value(5).toBool() };
    q.finish();
    return t;
}

Result<ReconciliationRepository::SwitchTarget> ReconciliationRepository::findProperty(
    qint64 connectionId, qint64 pmsId)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT id, id, coalesce(local_name, name, ''), active, pms_active, disabled_by_user "
                       "FROM properties WHERE connection_id = ? AND pms_id = ?"));
    q.addBindValue(connectionId);
    q.addBindValue(pmsId);
    if (Status s = Database::exec(q, "find a property"); !s.ok())
        return s.error();
    if (!q.next()) {
        q.finish();
        return Error(tr("There is no property with PMS id %1 in the cache; run a sync first or check the id.")
                         .arg(pmsId),
            QStringLiteral("not-found"));
    }
    SwitchTarget t { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
        q.value(3).toBool(), q.value(4).toBool(), q.value(5).toBool() };
    q.finish();
    return t;
}

Status ReconciliationRepository::setUnitDisabled(qint64 unitId, bool disabled, const QString &at)
{
    QSqlQuery &q = m_db.prepare(disabled
            ? QStringLiteral("UPDATE units SET disabled_by_user = 1, active = 0, deactivated_at = ?, "
                             "deactivated_by = 'user', needs_review = 0 WHERE id = ?")
            : QStringLiteral(
                "UPDATE units SET disabled_by_user = 0, active = pms_active, deactivated_at = NULL, "
                "deactivated_by = NULL, needs_review = 0 WHERE id = ?"));
    if (disabled)
        q.addBindValue(at);
    q.addBindValue(unitId);
    return Database::exec(q, disabled ? "disable a unit" : "enable a unit");
}

Status ReconciliationRepository::setPropertyDisabled(qint64 propertyId, bool disabled, const QString &at)
{
    QSqlQuery &q = m_db.prepare(disabled
            ? QStringLiteral("UPDATE properties SET disabled_by_user = 1, active = 0, deactivated_at = ?, "
                             "deactivated_by = 'user' WHERE id = ?")
            : QStringLiteral("UPDATE properties SET disabled_by_user = 0, active = pms_active, "
                             "deactivated_at = NULL, deactivated_by = NULL WHERE id = ?"));
    if (disabled)
        q.addBindValue(at);
    q.addBindValue(propertyId);
    return Database::exec(q, disabled ? "disable a property" : "enable a property");
}

ReconcileGuard ReconciliationRepository::guard()
{
    ReconcileGuard g;
    QSqlQuery &q
        = m_db.prepare(QStringLiteral("SELECT key, value FROM app_settings WHERE key IN "
                                      "('reconciliation.max_share', 'reconciliation.whole_property')"));
    if (Status s = Database::exec(q, "read the reconciliation settings"); !s.ok()) {
        qCWarning(lcDb) << s.errorMessage();
        return g;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("reconciliation.max_share")) {
            bool ok = false;
            const double share = value.toDouble(&ok);
            if (ok && share >= 0.0 && share <= 1.0)
                g.maxShare = share;
            else
                qCWarning(lcDb) << "ignoring reconciliation.max_share" << value;
        } else if (const auto w = ReconcileGuard::wholePropertyFromName(value)) {
            g.wholeProperty = *w;
        } else {
            qCWarning(lcDb) << "ignoring reconciliation.whole_property" << value;
        }
    }
    q.finish();
    return g;
}

Status ReconciliationRepository::setGuard(const ReconcileGuard &guard)
{
    if (guard.maxShare < 0.0 || guard.maxShare > 1.0)
        return Error(tr("The share of units reconciliation may deactivate without asking must be between 0 % "
                        "and 100 %."),
            QStringLiteral("validation"));
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) ON "
                                               "CONFLICT(key) DO UPDATE SET value = excluded.value"));
    const QList<QPair<QString, QString>> values
        = { { QStringLiteral("reconciliation.max_share"), QString::number(guard.maxShare, 'g', 6) },
              { QStringLiteral("reconciliation.whole_property"),
                  ReconcileGuard::wholePropertyName(guard.wholeProperty) } };
    for (const auto &[key, value] : values) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (Status s = Database::exec(q, "save the reconciliation settings"); !s.ok())
            return s;
    }
    return tx.commit();
}

Status ReconciliationRepository::lockSnapshot(qint64 snapshotId)
{
    if (!m_db.isPostgres())
        return {};
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id FROM reconciliation_snapshots WHERE id = ?") + m_db.dialect().forUpdate());
    q.addBindValue(snapshotId);
    Status s = Database::exec(q, "lock reconciliation snapshot");
    q.finish();
    return s;
}

} // namespace pms
