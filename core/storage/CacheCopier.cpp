#include "CacheCopier.h"

#include "Database.h"
#include "MultiRowStatement.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pms::CacheCopier", text);
}

/// The columns of @p table as the database has them.
Result<QStringList> columnsOf(Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table)))
        return Error(tr("Cannot read the table %1 of %2: %3").arg(table, db.location().describe(), q.lastError().text()),
                     QStringLiteral("db"));
    QStringList out;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        out << record.fieldName(i);
    return out;
}

Result<qint64> countOf(Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return Error(tr("Cannot count the rows of %1 in %2: %3").arg(table, db.location().describe(), q.lastError().text()),
                     QStringLiteral("db"));
    return q.value(0).toLongLong();
}

} // namespace

QStringList CacheCopier::tables()
{
    return {QStringLiteral("connections"),
            QStringLiteral("schedules"),
            QStringLiteral("portfolios"),
            QStringLiteral("properties"),
            QStringLiteral("units"),
            QStringLiteral("platform_units"),
            QStringLiteral("unit_mappings"),
            QStringLiteral("residents"),
            QStringLiteral("leases"),
            QStringLiteral("work_orders"),
            QStringLiteral("work_order_attachments"),
            QStringLiteral("work_order_events"),
            QStringLiteral("outbox"),
            QStringLiteral("owners"),
            QStringLiteral("vendors"),
            QStringLiteral("reconciliation_snapshots"),
            QStringLiteral("reconciliation_items"),
            QStringLiteral("property_log"),
            QStringLiteral("sync_runs"),
            QStringLiteral("sync_run_counts"),
            QStringLiteral("sync_cursors"),
            QStringLiteral("sync_exclusions"),
            QStringLiteral("app_settings")};
}

Result<QList<CacheCopier::TableCount>> CacheCopier::counts(Database &db)
{
    QList<TableCount> out;
    for (const QString &table : tables()) {
        auto n = countOf(db, table);
        if (!n.ok())
            return n.error();
        out.append({table, n.value(), n.value()});
    }
    return out;
}

Result<QList<CacheCopier::TableCount>> CacheCopier::copy(Database &from, Database &to, bool replace, const Progress &progress)
{
    if (from.location().text == to.location().text)
        return Error(tr("The source and the target are the same cache (%1).").arg(from.location().describe()),
                     QStringLiteral("usage"));
    if (from.schemaVersion() != to.schemaVersion())
        return Error(tr("The two caches have different schema versions (%1 and %2); open both with this PMS Bridge first.")
                         .arg(from.schemaVersion())
                         .arg(to.schemaVersion()),
                     QStringLiteral("schema"));

    // The source: one moment, whatever its desk is doing meanwhile.
    Transaction read(from, Database::Isolation::Snapshot);
    if (!read.ok())
        return read.status().error();
    Transaction write(to);
    if (!write.ok())
        return write.status().error();

    const QStringList all = tables();
    qint64 existing = 0;
    for (const QString &table : all) {
        auto n = countOf(to, table);
        if (!n.ok())
            return n.error();
        existing += n.value();
    }
    if (existing > 0 && !replace)
        return Error(tr("%1 already holds a cache (%2 rows). Nothing was copied; add --replace to overwrite it.")
                         .arg(to.location().describe())
                         .arg(existing),
                     QStringLiteral("not_empty"));
    if (existing > 0) {
        for (auto it = all.crbegin(); it != all.crend(); ++it)
            if (Status s = to.execRaw(QStringLiteral("DELETE FROM %1").arg(*it)); !s.ok())
                return Error(tr("Cannot empty %1 of %2: %3").arg(*it, to.location().describe(), s.errorMessage()), s.error().code);
        if (Status s = to.execRaw(QStringLiteral("DELETE FROM work_order_counts")); !s.ok())
            return s.error();
    }

    QList<TableCount> result;
    for (const QString &table : all) {
        auto sourceColumns = columnsOf(from, table);
        if (!sourceColumns.ok())
            return sourceColumns.error();
        auto targetColumns = columnsOf(to, table);
        if (!targetColumns.ok())
            return targetColumns.error();
        QStringList columns;
        for (const QString &c : std::as_const(sourceColumns.value()))
            if (targetColumns->contains(c))
                columns << c;
        const int width = int(columns.size());
        QSqlQuery src(from.sql());
        src.setForwardOnly(true);
        const bool hasId = columns.contains(QLatin1String("id"));
        if (!src.exec(QStringLiteral("SELECT %1 FROM %2%3")
                          .arg(columns.join(QLatin1Char(',')), table, hasId ? QStringLiteral(" ORDER BY id") : QString())))
            return Error(tr("Cannot read %1 from %2: %3").arg(table, from.location().describe(), src.lastError().text()),
                         QStringLiteral("db"));
        // Many rows per statement: one round trip per batch instead of one per row.
        MultiRowStatement ins(to, QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(','))),
                              MultiRowStatement::placeholders(width), QString(), "copy rows");
        const qsizetype batch = 4 * ins.maxRows();
        qint64 copied = 0;
        auto flush = [&]() -> Status {
            const qsizetype rows = ins.rows();
            if (Status s = ins.run(); !s.ok())
                return Error(tr("Cannot copy the rows of %1 into %2: %3").arg(table, to.location().describe(), s.errorMessage()),
                             s.error().code);
            copied += rows;
            return {};
        };
        QVariantList row;
        row.reserve(width);
        while (src.next()) {
            row.clear();
            for (int i = 0; i < width; ++i)
                row.append(src.value(i));
            ins.add(row);
            if (ins.rows() >= batch) {
                if (Status s = flush(); !s.ok())
                    return s.error();
                if (progress && copied % 50000 < batch)
                    progress(table, copied);
            }
        }
        if (src.lastError().isValid())
            return Error(tr("Cannot read %1 from %2: %3").arg(table, from.location().describe(), src.lastError().text()),
                         QStringLiteral("db"));
        if (Status s = flush(); !s.ok())
            return s.error();
        src.finish();

        // PostgreSQL's identity goes on after the highest copied id.
        if (to.isPostgres() && hasId && table != QLatin1String("unit_mappings")) {
            QSqlQuery seq(to.sql());
            if (!seq.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) "
                                         "FROM %1")
                              .arg(table)))
                return Error(tr("Cannot move the ids of %1 on: %2").arg(table, seq.lastError().text()), QStringLiteral("db"));
        }

        auto sourceCount = countOf(from, table);
        if (!sourceCount.ok())
            return sourceCount.error();
        auto targetCount = countOf(to, table);
        if (!targetCount.ok())
            return targetCount.error();
        result.append({table, sourceCount.value(), targetCount.value()});
        if (sourceCount.value() != targetCount.value() || copied != sourceCount.value())
            return Error(tr("The copy of %1 does not add up (%2 rows in the source, %3 in the target); nothing was "
                            "written.")
                             .arg(table)
                             .arg(sourceCount.value())
                             .arg(targetCount.value()),
                         QStringLiteral("verify"));
        if (progress)
            progress(table, copied);
    }
    if (Status s = write.commit(); !s.ok())
        return s.error();
    return result;
}

} // namespace pms
