#include "CsvImporter.h"

#include "common/CsvWriter.h"
#include "common/CacheEvents.h"
#include "common/Clock.h"
#include "common/Json.h"
#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/DirectoryEntries.h"
#include "storage/OwnerRepository.h"
#include "storage/PlatformUnitRepository.h"
#include "storage/VendorRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QLocale>

#include <algorithm>

namespace pms {

namespace {

QString trImport(const char *text)
{
    return QCoreApplication::translate("pms::CsvImporter", text);
}

QString delimiterName(char d)
{
    switch (d) {
    case ',':
        return QStringLiteral("','");
    case ';':
        return QStringLiteral("';'");
    case '\t':
        return trImport("tab");
    }
    return QString(QLatin1Char(d));
}

/// Collects issues, keeping the first @c cap errors but counting all of them.
class Collector
{
public:
    Collector(ImportReport &report, int cap) : m_report(report), m_cap(cap) {}

    void error(qint64 line, const QString &column, const QString &message)
    {
        ++m_report.errorCount;
        if (m_report.errors.size() < m_cap)
            m_report.errors.append({ImportIssue::Severity::Error, line, column, message});
    }
    void add(const ImportIssue &issue)
    {
        if (issue.severity == ImportIssue::Severity::Warning) {
            if (m_report.warnings.size() < m_cap)
                m_report.warnings.append(issue);
        } else {
            error(issue.line, issue.column, issue.message);
        }
    }

private:
    ImportReport &m_report;
    int m_cap;
};

QList<int> fitMapping(QList<int> mapping, qsizetype columns, int fieldCount)
{
    mapping.resize(columns, -1);
    for (int &m : mapping)
        if (m >= fieldCount)
            m = -1;
    return mapping;
}

/// Header problems: unknown and unnamed columns (warnings), a field given twice, a missing
/// required column, a header that mixes delimiters (errors).
QList<ImportIssue> checkHeader(ImportEntity entity, const QStringList &header, const QList<int> &mapping, char delimiter)
{
    using S = ImportIssue::Severity;
    QList<ImportIssue> issues;
    const QList<ImportSchema::Field> fields = ImportSchema::fields(entity);
    QHash<int, int> firstColumn;
    for (int col = 0; col < header.size(); ++col) {
        const QString &h = header.at(col);
        const int f = mapping.value(col, -1);
        if (f >= 0) {
            if (firstColumn.contains(f))
                issues.append({S::Error, 1, fields.at(f).key,
                               trImport("the column appears twice (columns %1 and %2); keep one")
                                   .arg(firstColumn.value(f) + 1)
                                   .arg(col + 1)});
            else
                firstColumn.insert(f, col);
            continue;
        }
        if (h.isEmpty()) {
            issues.append({S::Warning, 1, QString(), trImport("column %1 has no name; it is ignored").arg(col + 1)});
            continue;
        }
        if (ImportSchema::isIgnoredColumn(h))
            continue;
        QString other;
        for (char d : {',', ';', '\t'})
            if (d != delimiter && h.contains(QLatin1Char(d)))
                other = delimiterName(d);
        if (!other.isEmpty()) {
            issues.append({S::Error, 1, QString(),
                           trImport("the header mixes delimiters: columns are separated by %1 but '%2' contains %3; "
                                    "use one delimiter in the whole file")
                               .arg(delimiterName(delimiter), h, other)});
            continue;
        }
        issues.append({S::Warning, 1, QString(), trImport("unknown column '%1' is ignored").arg(h)});
    }
    for (int f = 0; f < fields.size(); ++f)
        if (fields.at(f).required && !firstColumn.contains(f))
            issues.append({S::Error, 1, QString(),
                           trImport("missing required column '%1' (the header row is: %2)")
                               .arg(fields.at(f).key, header.join(QStringLiteral(", ")))});
    return issues;
}

QString fieldCountMessage(const CsvRecord &rec, qsizetype expected, char delimiter)
{
    const QString has = rec.fields.size() == 1 ? trImport("this line has 1 field but the header has %1").arg(expected)
                                               : trImport("this line has %1 fields but the header has %2")
                                                     .arg(rec.fields.size())
                                                     .arg(expected);
    QString msg = rec.fields.size() > expected
        ? has + trImport("; a value that contains %1 must be in quotes").arg(delimiterName(delimiter))
        : has;
    for (char d : {',', ';', '\t'}) {
        if (d == delimiter)
            continue;
        for (const QString &f : rec.fields)
            if (f.contains(QLatin1Char(d))) {
                return msg
                    + trImport("; the line seems to use %1 as the delimiter instead of %2 (mixed delimiters)")
                          .arg(delimiterName(d), delimiterName(delimiter));
            }
    }
    return msg;
}

/// The natural key of a row (see CsvImporter) and its description for messages.
struct NaturalKey
{
    QString key;
    QString description;
};

NaturalKey naturalKey(ImportEntity entity, const QStringList &values)
{
    const auto v = [&](const char *key) {
        return values.value(ImportSchema::fieldIndex(entity, QString::fromLatin1(key)));
    };
    const QString ref = v("external_ref");
    if (!ref.isEmpty())
        return {QStringLiteral("r\x1f") + ref, trImport("external_ref '%1'").arg(ref)};
    if (entity == ImportEntity::PlatformUnits) {
        const QString building = v("building"), name = v("name");
        return {QStringLiteral("n\x1f") + building.toCaseFolded() + QLatin1Char('\x1f') + name.toCaseFolded(),
                trImport("building '%1' and name '%2'").arg(building, name)};
    }
    const QString name = v("name"), email = v("email");
    return {QStringLiteral("n\x1f") + name.toCaseFolded() + QLatin1Char('\x1f') + email.toCaseFolded(),
            trImport("name '%1' and email '%2'").arg(name, email)};
}

/// What the cache already holds: every natural key, and for owners and vendors the id behind each
/// external_ref (a line with that ref updates the row).
struct CacheIndex
{
    QSet<QString> keys;
    QHash<QString, qint64> byRef;
};

/// A row with a ref collides on its ref; a row without one on its name key, whatever ref the
/// cached row has.
CacheIndex cacheIndex(ImportEntity entity, Database &db)
{
    CacheIndex index;
    const int refField = ImportSchema::fieldIndex(entity, QStringLiteral("external_ref"));
    auto add = [&](qint64 id, const QString &ref, QStringList values) {
        if (!ref.isEmpty()) {
            index.keys.insert(QStringLiteral("r\x1f") + ref);
            index.byRef.insert(ref, id);
        }
        if (refField >= 0 && refField < values.size())
            values[refField].clear(); // the name key, whatever ref the cached row has
        index.keys.insert(naturalKey(entity, values).key);
    };
    switch (entity) {
    case ImportEntity::Owners:
        for (const Owner &o : OwnerRepository(db).all())
            add(o.id, o.externalRef, DirectoryEntries::fromOwner(o).values);
        break;
    case ImportEntity::Vendors:
        for (const Vendor &v : VendorRepository(db).all())
            add(v.id, v.externalRef, DirectoryEntries::fromVendor(v).values);
        break;
    case ImportEntity::PlatformUnits:
        for (const PlatformUnit &u : PlatformUnitRepository(db).all())
            add(u.id, u.externalRef, {u.name, u.building, {}, {}});
        break;
    }
    return index;
}

/// Owners and vendors: adds the rows without a match and updates the matched ones (the fields
/// the file has columns for; the others keep their values), in the caller's transaction.
Result<ImportOutcome> writeDirectory(Database &db, const ImportReport &report, const QString &now)
{
    ImportOutcome out;
    DirectoryEntries entries(db);
    const int refField = ImportSchema::fieldIndex(report.entity, QStringLiteral("external_ref"));
    const int fieldCount = int(ImportSchema::fields(report.entity).size());
    for (const ImportRow &row : report.rows) {
        // Looked up again inside the transaction: another desk may have added the ref meanwhile.
        const QString ref = row.values.value(refField);
        const DirectoryEntry existing
            = ref.isEmpty() ? DirectoryEntry() : entries.findByExternalRef(report.entity, ref);
        if (existing.id == 0) {
            DirectoryEntry added = DirectoryEntry::empty(report.entity);
            added.values = row.values;
            const Result<qint64> id = entries.insert(added, now);
            if (!id.ok())
                return id.error();
            ++out.added;
            continue;
        }
        DirectoryEntry changed = existing;
        for (int f = 0; f < fieldCount; ++f)
            if (report.mapping.contains(f))
                changed.values[f] = row.values.value(f);
        if (changed == existing) {
            ++out.unchanged;
            continue;
        }
        if (Status s = entries.update(changed); !s.ok())
            return s.error();
        ++out.updated;
    }
    return out;
}

} // namespace

QString ImportIssue::format(const QString &fileName) const
{
    QString out = fileName;
    if (line > 0)
        out += QLatin1Char(':') + QString::number(line);
    out += QStringLiteral(": ");
    if (severity == Severity::Warning)
        out += QCoreApplication::translate("pms::CsvImporter", "warning: ");
    if (!column.isEmpty())
        out += QCoreApplication::translate("pms::CsvImporter", "column '%1': ").arg(column);
    return out + message;
}

CsvImporter::CsvImporter(ImportEntity entity)
    : m_entity(entity)
{
}

QList<int> CsvImporter::suggestMapping(ImportEntity entity, const QStringList &header)
{
    QList<int> mapping;
    mapping.reserve(header.size());
    for (const QString &h : header)
        mapping.append(ImportSchema::matchHeader(entity, h));
    return mapping;
}

ImportPreview CsvImporter::preview(QIODevice &device, int maxRows) const
{
    ImportPreview p;
    CsvReader::Options options;
    options.maxFieldBytes = m_limits.maxFieldBytes;
    CsvReader reader(&device, options);
    CsvRecord rec;
    if (!reader.next(rec)) {
        p.issues.append({ImportIssue::Severity::Error, 1, QString(),
                         trImport("the file is empty; the first line must be a header row")});
        return p;
    }
    p.delimiter = reader.delimiter();
    p.hadByteOrderMark = reader.hadByteOrderMark();
    for (const QString &h : std::as_const(rec.fields))
        p.header.append(h.trimmed());
    const int fieldCount = int(ImportSchema::fields(m_entity).size());
    p.mapping = fitMapping(m_mapping.isEmpty() ? suggestMapping(m_entity, p.header) : m_mapping, p.header.size(),
                           fieldCount);
    for (const CsvIssue &i : std::as_const(rec.issues))
        p.issues.append({ImportIssue::Severity::Error, i.line, QString(), i.message});
    p.issues += checkHeader(m_entity, p.header, p.mapping, p.delimiter);
    while (p.rows.size() < maxRows && reader.next(rec))
        p.rows.append(rec);
    return p;
}

ImportReport CsvImporter::validate(QIODevice &device, Database *db) const
{
    ImportReport r;
    r.entity = m_entity;
    Collector out(r, m_limits.maxReportedIssues);
    const qint64 mb = 1024 * 1024;

    if (!device.isSequential() && device.size() > m_limits.maxBytes) {
        out.error(0, QString(),
                  trImport("the file is %1 MB, more than the %2 MB one import takes; split it into smaller files")
                      .arg(QLocale::c().toString(double(device.size()) / mb, 'f', 1))
                      .arg(m_limits.maxBytes / mb));
        return r;
    }

    CsvReader::Options options;
    options.maxFieldBytes = m_limits.maxFieldBytes;
    CsvReader reader(&device, options);
    CsvRecord rec;
    if (!reader.next(rec)) {
        out.error(1, QString(), trImport("the file is empty; the first line must be a header row (e.g. %1)")
                                    .arg(ImportSchema::fields(m_entity).first().key));
        return r;
    }
    r.delimiter = reader.delimiter();
    r.hadByteOrderMark = reader.hadByteOrderMark();
    for (const QString &h : std::as_const(rec.fields))
        r.header.append(h.trimmed());
    for (const CsvIssue &i : std::as_const(rec.issues))
        out.error(i.line, QString(), i.message);
    if (reader.stoppedOnFatalIssue())
        return r;

    const QList<ImportSchema::Field> fields = ImportSchema::fields(m_entity);
    r.mapping = fitMapping(m_mapping.isEmpty() ? suggestMapping(m_entity, r.header) : m_mapping, r.header.size(),
                           int(fields.size()));
    // A header that is not even clean text says it all; its columns would only add noise.
    if (!rec.hasIssues())
        for (const ImportIssue &i : checkHeader(m_entity, r.header, r.mapping, r.delimiter))
            out.add(i);

    const CacheIndex inCache = db ? cacheIndex(m_entity, *db) : CacheIndex();
    const bool updatable = m_entity != ImportEntity::PlatformUnits;
    const int refField = ImportSchema::fieldIndex(m_entity, QStringLiteral("external_ref"));
    QHash<QString, qint64> seen; // natural key -> first line
    const auto columnName = [&](int column) -> QString {
        const int col = column - 1;
        if (col < 0 || col >= r.header.size())
            return column > 0 ? QString::number(column) : QString();
        const int f = r.mapping.at(col);
        if (f >= 0)
            return fields.at(f).key;
        return r.header.at(col).isEmpty() ? QString::number(column) : r.header.at(col);
    };

    while (reader.next(rec)) {
        // Spreadsheets leave rows of empty cells (",,,") at the end: they carry no data.
        if (!rec.hasIssues()
            && std::all_of(rec.fields.cbegin(), rec.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        ++r.rowCount;
        if (r.rowCount > m_limits.maxRows) {
            out.error(rec.line, QString(),
                      trImport("the file has more than %1 rows, the most one import takes; split it into smaller "
                               "files")
                          .arg(QLocale::c().toString(m_limits.maxRows)));
            --r.rowCount;
            break;
        }
        if (reader.bytesRead() > m_limits.maxBytes) {
            out.error(0, QString(),
                      trImport("the file is larger than the %1 MB one import takes; split it into smaller files")
                          .arg(m_limits.maxBytes / mb));
            break;
        }
        if (r.rowCount % 1000 == 0) {
            if (m_progress)
                m_progress(reader.bytesRead());
            if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                r.cancelled = true;
                r.rows.clear();
                return r;
            }
        }

        bool bad = false;
        for (const CsvIssue &i : std::as_const(rec.issues)) {
            out.error(i.line, i.fatal ? QString() : columnName(i.column), i.message);
            bad = true;
        }
        if (reader.stoppedOnFatalIssue())
            break;
        if (!bad && rec.fields.size() != r.header.size()) {
            out.error(rec.line, QString(), fieldCountMessage(rec, r.header.size(), r.delimiter));
            bad = true;
        }
        if (bad)
            continue;

        ImportRow row;
        row.line = rec.line;
        row.values = QStringList(fields.size(), QString(QLatin1String("")));
        for (int col = 0; col < rec.fields.size(); ++col) {
            const int f = r.mapping.at(col);
            if (f < 0)
                continue;
            const QString value = CsvWriter::unneutralize(rec.fields.at(col).trimmed());
            row.values[f] = value;
            if (value.isEmpty())
                continue;
            const QString reason = ImportSchema::checkValue(fields.at(f).type, value);
            if (!reason.isEmpty()) {
                out.error(rec.line, fields.at(f).key, reason);
                bad = true;
            }
        }
        for (int f = 0; f < fields.size(); ++f) {
            if (fields.at(f).required && r.mapping.contains(f) && row.values.at(f).isEmpty()) {
                out.error(rec.line, fields.at(f).key, trImport("a value is required"));
                bad = true;
            }
        }
        if (bad)
            continue;

        const NaturalKey key = naturalKey(m_entity, row.values);
        if (const auto it = seen.constFind(key.key); it != seen.constEnd()) {
            out.error(rec.line, QString(),
                      trImport("duplicate of line %1 (same %2)").arg(it.value()).arg(key.description));
            continue;
        }
        seen.insert(key.key, rec.line);
        const QString ref = row.values.value(refField);
        if (updatable && !ref.isEmpty() && inCache.byRef.contains(ref)) {
            row.existingId = inCache.byRef.value(ref);
        } else if (inCache.keys.contains(key.key)) {
            out.error(rec.line, QString(),
                      updatable && ref.isEmpty()
                          ? trImport("already in the cache with the same %1; to update that %2, give the line "
                                     "its external_ref, or remove the line")
                                .arg(key.description, ImportSchema::noun(m_entity, 1))
                          : trImport("already in the cache: a %1 with the same %2 exists; remove the line")
                                .arg(ImportSchema::noun(m_entity, 1), key.description));
            continue;
        }
        r.rows.append(std::move(row));
    }

    if (r.rowCount == 0 && !reader.stoppedOnFatalIssue())
        out.error(1, QString(), trImport("no rows: the file has a header row but no data rows"));
    qCDebug(lcCsv) << "validated" << r.rowCount << "rows," << r.errorCount << "errors";
    return r;
}

Result<ImportOutcome> CsvImporter::commit(Database &db, const ImportReport &report)
{
    if (!report.ok())
        return Error(trImport("The file has errors; nothing was imported."), QStringLiteral("validation"));
    const QString now = json::formatDateTime(Clock::instance()->nowUtc());
    const ImportEntity e = report.entity;
    if (e != ImportEntity::PlatformUnits) {
        Transaction tx(db);
        if (!tx.ok())
            return tx.status().error();
        Result<ImportOutcome> out = writeDirectory(db, report, now);
        if (!out.ok())
            return out;
        if (Status s = tx.commit(); !s.ok())
            return s.error();
        if (out->written() > 0)
            CacheEvents::notify(e == ImportEntity::Vendors ? CacheEvents::Vendors : CacheEvents::Owners);
        return out;
    }
    const auto idx = [e](const char *key) { return ImportSchema::fieldIndex(e, QString::fromLatin1(key)); };
    QList<PlatformUnit> units;
    units.reserve(report.rows.size());
    for (const ImportRow &row : report.rows) {
        const QStringList &v = row.values;
        PlatformUnit u;
        u.name = v.at(idx("name"));
        u.building = v.at(idx("building"));
        u.floor = v.at(idx("floor"));
        u.externalRef = v.at(idx("external_ref"));
        u.createdAt = now;
        u.updatedAt = now;
        units.append(u);
    }
    if (Status s = PlatformUnitRepository(db).insertAll(units); !s.ok())
        return s.error();
    ImportOutcome out;
    out.added = report.rows.size();
    return out;
}

ImportReport CsvImporter::importFrom(Database &db, QIODevice &device) const
{
    ImportReport r = validate(device, &db);
    if (!r.ok())
        return r;
    const Result<ImportOutcome> written = commit(db, r);
    if (!written.ok()) {
        Collector(r, m_limits.maxReportedIssues)
            .error(0, QString(), trImport("nothing was imported: %1").arg(written.errorMessage()));
        return r;
    }
    r.imported = written->added;
    r.updated = written->updated;
    r.unchanged = written->unchanged;
    return r;
}

ImportReport CsvImporter::importFile(Database &db, const QString &path) const
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        ImportReport r;
        r.entity = m_entity;
        Collector(r, m_limits.maxReportedIssues)
            .error(0, QString(),
                   trImport("cannot open the file: %1")
                       .arg(QFileInfo(path).isDir() ? trImport("it is a folder") : file.errorString()));
        return r;
    }
    return importFrom(db, file);
}

} // namespace pms
