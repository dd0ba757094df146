#include "Database.h"

#include "common/Logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>

// Q_INIT_RESOURCE declares a function, so it must be used outside any namespace.
static void initStorageResources()
{
    Q_INIT_RESOURCE(storage);
}

namespace pms {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

struct Migration
{
    int version;
    QString name;
    QString script;
};

QList<Migration> loadMigrations()
{
    initStorageResources();
    QList<Migration> out;
    QDir dir(QStringLiteral(":/pmsbridge/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const int version = f.section(QLatin1Char('_'), 0, 0).toInt();
        QFile file(dir.filePath(f));
        if (version <= 0 || !file.open(QIODevice::ReadOnly))
            continue;
        out.append({version, f, QString::fromUtf8(file.readAll())});
    }
    std::sort(out.begin(), out.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    bool inSingle = false, inDouble = false, inLineComment = false, inBlockComment = false;
    const int n = int(script.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (inLineComment) {
            if (c == QLatin1Char('\n')) {
                inLineComment = false;
                current += c;
            }
            continue;
        }
        if (inBlockComment) {
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                inBlockComment = false;
                ++i;
            }
            continue;
        }
        if (!inSingle && !inDouble) {
            if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                inLineComment = true;
                ++i;
                continue;
            }
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                inBlockComment = true;
                ++i;
                continue;
            }
        }
        if (c == QLatin1Char('\'') && !inDouble)
            inSingle = !inSingle;
        else if (c == QLatin1Char('"') && !inSingle)
            inDouble = !inDouble;
        if (c == QLatin1Char(';') && !inSingle && !inDouble) {
            const QString trimmed = current.trimmed();
            static const QRegularExpression trigger(QStringLiteral("^CREATE\\s+(TEMP\\s+)?TRIGGER"),
                                                    QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression endsWithEnd(QStringLiteral("\\bEND$"),
                                                        QRegularExpression::CaseInsensitiveOption);
            if (trigger.match(trimmed).hasMatch() && !endsWithEnd.match(trimmed).hasMatch()) {
                current += c;
                continue;
            }
            if (!trimmed.isEmpty())
                statements.append(trimmed);
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Database::~Database()
{
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("PMSBRIDGE_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/cache.sqlite");
}

int Database::latestSchemaVersion()
{
    const auto migrations = loadMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connectionName = QStringLiteral("pmsbridge-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error(QObject::tr("Cannot create the folder %1 for the cache.").arg(info.absolutePath()), QStringLiteral("io"));
    }
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db->m_db.open())
        return Error(QObject::tr("Cannot open the cache %1: %2").arg(path, db->m_db.lastError().text()), QStringLiteral("io"));

    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
                               "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32000"}) {
        QSqlQuery q(db->m_db);
        if (!q.exec(QString::fromLatin1(pragma)))
            return Error(QObject::tr("Cannot configure the cache %1: %2").arg(path, q.lastError().text()), QStringLiteral("io"));
    }
    {
        // Refuse a file that is not an SQLite database with a clear message.
        QSqlQuery q(db->m_db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return Error(QObject::tr("%1 is not a PMS Bridge cache (%2). Choose another file with --db.")
                             .arg(path, q.lastError().text()),
                         QStringLiteral("io"));
    }
    if (Status s = db->migrate(); !s.ok())
        return s.error();
    return db;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::migrate()
{
    const int current = schemaVersion();
    const auto migrations = loadMigrations();
    if (!migrations.isEmpty() && current > migrations.last().version)
        return Error(QObject::tr("The cache %1 was written by a newer PMS Bridge (schema %2, this version knows %3). "
                                 "Update PMS Bridge or choose another cache.")
                         .arg(m_path)
                         .arg(current)
                         .arg(migrations.last().version),
                     QStringLiteral("schema"));
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        qCInfo(lcDb) << "applying migration" << m.name;
        if (!m_db.transaction())
            return Error(QObject::tr("Cannot start migration %1: %2").arg(m.name, m_db.lastError().text()));
        for (const QString &stmt : splitSqlScript(m.script)) {
            QSqlQuery q(m_db);
            if (!q.exec(stmt)) {
                const QString err = q.lastError().text();
                m_db.rollback();
                return Error(QObject::tr("Migration %1 failed: %2").arg(m.name, err), QStringLiteral("schema"));
            }
        }
        QSqlQuery v(m_db);
        if (!v.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)) || !m_db.commit()) {
            m_db.rollback();
            return Error(QObject::tr("Cannot record migration %1: %2").arg(m.name, m_db.lastError().text()));
        }
    }
    return {};
}

QSqlQuery &Database::prepare(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(sql))
            qCWarning(lcDb) << "cannot prepare" << sql << q->lastError().text();
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    it->second->finish();
    return *it->second;
}

Status Database::exec(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return {};
    const QSqlError e = query.lastError();
    QString msg = e.text();
    if (what)
        msg = QString::fromLatin1(what) + QStringLiteral(": ") + msg;
    qCWarning(lcDb) << "query failed" << msg << query.lastQuery();
    // SQLite's extended result codes keep SQLITE_CONSTRAINT (19) in the low byte.
    const bool constraint = (e.nativeErrorCode().toInt() & 0xff) == 19;
    return Error(msg, constraint ? QStringLiteral("constraint") : QStringLiteral("db"));
}

Status Database::execRaw(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Error(q.lastError().text(), QStringLiteral("db"));
    return {};
}

Status Database::begin()
{
    if (m_txDepth++ > 0)
        return execRaw(QStringLiteral("SAVEPOINT sp%1").arg(m_txDepth));
    if (!m_db.transaction()) {
        --m_txDepth;
        return Error(QObject::tr("Cannot start a transaction: %1").arg(m_db.lastError().text()), QStringLiteral("db"));
    }
    return {};
}

Status Database::commit()
{
    if (m_txDepth <= 0)
        return Error(QStringLiteral("commit without transaction"), QStringLiteral("db"));
    if (m_txDepth > 1) {
        const Status s = execRaw(QStringLiteral("RELEASE sp%1").arg(m_txDepth));
        --m_txDepth;
        return s;
    }
    // Prepared SELECTs left active would keep the read lock; finish them first.
    for (auto &entry : m_statements)
        entry.second->finish();
    if (!m_db.commit())
        return Error(QObject::tr("Cannot commit: %1").arg(m_db.lastError().text()), QStringLiteral("db"));
    --m_txDepth;
    return {};
}

void Database::rollback()
{
    if (m_txDepth <= 0)
        return;
    if (m_txDepth > 1) {
        execRaw(QStringLiteral("ROLLBACK TO sp%1").arg(m_txDepth));
        execRaw(QStringLiteral("RELEASE sp%1").arg(m_txDepth));
        --m_txDepth;
        return;
    }
    for (auto &entry : m_statements)
        entry.second->finish();
    m_db.rollback();
    m_txDepth = 0;
}

QString Database::lastError() const
{
    return m_db.lastError().text();
}

Transaction::Transaction(Database &db)
    : m_db(db), m_status(db.begin())
{
    m_done = !m_status.ok();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return m_status.ok() ? Status(Error(QStringLiteral("transaction already finished"))) : m_status;
    m_done = true;
    Status s = m_db.commit();
    if (!s.ok())
        m_db.rollback();
    return s;
}

} // namespace pms
