#include "Database.h"

#include "common/Logging.h"
#include "common/Version.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>

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

QList<Migration> loadMigrations(const SqlDialect &dialect)
{
    initStorageResources();
    QList<Migration> out;
    QDir dir(dialect.migrationsFolder());
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
    bool inSingle = false, inDouble = false, inLineComment = false, inBlockComment = false, inDollar = false;
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
        if (inDollar) {
            // PostgreSQL function bodies: $$ ... $$ is one quoted string.
            current += c;
            if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
                current += next;
                ++i;
                inDollar = false;
            }
            continue;
        }
        if (!inSingle && !inDouble) {
            if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
                inDollar = true;
                current += c;
                current += next;
                ++i;
                continue;
            }
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
    const QString chosen = QSettings().value(settingsKey()).toString().trimmed();
    if (!chosen.isEmpty())
        return chosen;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/cache.sqlite");
}

int Database::latestSchemaVersion()
{
    const auto migrations = loadMigrations(SqlDialect::sqlite());
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Create create)
{
    auto parsed = CacheLocation::parse(location);
    if (!parsed.ok())
        return parsed.error();
    std::unique_ptr<Database> db(new Database);
    db->m_location = std::move(parsed).value();
    db->m_dialect = db->m_location.isPostgres() ? &SqlDialect::postgres() : &SqlDialect::sqlite();
    db->m_connectionName = QStringLiteral("pmsbridge-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    const Status opened = db->m_location.isPostgres() ? db->openPostgres() : db->openSqlite(create);
    if (!opened.ok())
        return opened.error();
    // Someone else's database is refused before anything is set on it (WAL mode would change
    // an SQLite file's header).
    if (Status s = db->checkOwnership(); !s.ok())
        return s.error();
    for (const QString &setting : db->m_dialect->sessionSetup()) {
        QSqlQuery q(db->m_db);
        if (!q.exec(setting))
            return Error(QObject::tr("Cannot configure the cache %1: %2").arg(db->m_location.describe(), q.lastError().text()),
                         QStringLiteral("io"));
    }
    if (Status s = db->migrate(); !s.ok())
        return s.error();
    return db;
}

Status Database::openSqlite(Create create)
{
    const QString &path = m_location.path;
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (create == Create::Never && !info.exists())
            return Error(QObject::tr("There is no cache at %1. Check the path given with --db, or run "
                                     "'pmsbridge connect' to create one.")
                             .arg(path),
                         QStringLiteral("not_found"));
        if (!QDir().mkpath(info.absolutePath()))
            return Error(QObject::tr("Cannot create the folder %1 for the cache.").arg(info.absolutePath()), QStringLiteral("io"));
    }
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        return Error(QObject::tr("Cannot open the cache %1: %2").arg(path, m_db.lastError().text()), QStringLiteral("io"));
    // Refuse a file that is not an SQLite database with a clear message.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Error(QObject::tr("%1 is not a PMS Bridge cache (it is not an SQLite database). Choose another file with --db.")
                         .arg(path),
                     QStringLiteral("foreign"));
    return {};
}

namespace {

/// The words for a PostgreSQL connection that failed, saying what to fix.
QString postgresOpenError(const CacheLocation &loc, const QSqlError &error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString where = loc.host.isEmpty() || loc.host.startsWith(QLatin1Char('/'))
                              ? QObject::tr("this machine")
                              : loc.host + QLatin1Char(':') + QString::number(loc.port);
    if (text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("no password supplied"))
        || text.contains(QLatin1String("authentication failed")))
        return QObject::tr("PostgreSQL on %1 refused the login of %2. Set PGPASSWORD or add a line to ~/.pgpass "
                           "(host:port:database:user:password) with the right password.")
            .arg(where, loc.user.isEmpty() ? QObject::tr("this user") : loc.user);
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))
        return QObject::tr("There is no database %1 on the PostgreSQL server %2. Ask IT to create it "
                           "(createdb -O %3 %1) or correct the URL.")
            .arg(loc.database, where, loc.user.isEmpty() ? QStringLiteral("USER") : loc.user);
    if (text.contains(QLatin1String("role")) && text.contains(QLatin1String("does not exist")))
        return QObject::tr("The PostgreSQL server %1 has no role %2. Ask IT to create it, or correct the user in the URL.")
            .arg(where, loc.user);
    if (text.contains(QLatin1String("timeout expired")))
        return QObject::tr("The PostgreSQL server %1 did not answer in time. Check that it runs and that this desk may reach it.")
            .arg(where);
    if (text.contains(QLatin1String("SSL")) || text.contains(QLatin1String("certificate")))
        return QObject::tr("The TLS connection to the PostgreSQL server %1 failed: %2. Check sslmode and the server's "
                           "certificate (sslrootcert=).")
            .arg(where, error.databaseText().trimmed());
    if (text.contains(QLatin1String("Connection refused")) || text.contains(QLatin1String("could not connect"))
        || text.contains(QLatin1String("could not translate host name")) || text.contains(QLatin1String("No such file")))
        return QObject::tr("Cannot reach the PostgreSQL server %1. Check that it runs and that the host and port in "
                           "the URL are right.")
            .arg(where);
    return QObject::tr("Cannot open the PostgreSQL cache %1: %2").arg(loc.describe(), error.databaseText().trimmed());
}

} // namespace

Status Database::openPostgres()
{
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName()))
        return Error(QObject::tr("This PMS Bridge cannot reach PostgreSQL: Qt's PostgreSQL driver is missing "
                                 "(Debian package libqt6sql6-psql)."),
                     QStringLiteral("io"));
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (!m_location.host.isEmpty())
        m_db.setHostName(m_location.host);
    m_db.setPort(m_location.port);
    m_db.setDatabaseName(m_location.database);
    if (!m_location.user.isEmpty())
        m_db.setUserName(m_location.user);
    m_db.setConnectOptions(m_location.connectOptions());
    if (!m_db.open())
        return Error(postgresOpenError(m_location, m_db.lastError()), QStringLiteral("io"));
    if (!m_location.schema.isEmpty()) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(m_location.schema))) {
            // Without the right to create it, the schema must exist already.
            QSqlQuery check(m_db);
            if (!check.exec(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = '%1'").arg(m_location.schema))
                || !check.next())
                return Error(QObject::tr("The schema %1 does not exist in %2 and this user may not create it. Ask IT to "
                                         "create it (CREATE SCHEMA %1 AUTHORIZATION %3).")
                                 .arg(m_location.schema, m_location.describe(), m_location.user),
                             QStringLiteral("io"));
        }
    }
    return {};
}

Status Database::checkOwnership()
{
    QSqlQuery q(m_db);
    if (!isPostgres()) {
        // Ours: the application id, or (caches of 0.1) our schema version with our tables.
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return Error(QObject::tr("Cannot read the cache %1: %2").arg(path(), q.lastError().text()), QStringLiteral("io"));
        const int appId = q.value(0).toInt();
        q.finish();
        if (appId == kSqliteApplicationId)
            return {};
        if (appId != 0)
            return Error(QObject::tr("%1 belongs to another program (application id %2), not to PMS Bridge; it was left "
                                     "untouched. Choose another file with --db.")
                             .arg(path())
                             .arg(appId),
                         QStringLiteral("foreign"));
        if (!q.exec(QStringLiteral("SELECT count(*), sum(name IN ('connections','sync_runs','unit_mappings')) "
                                   "FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
            || !q.next())
            return Error(QObject::tr("Cannot read the cache %1: %2").arg(path(), q.lastError().text()), QStringLiteral("io"));
        const int tables = q.value(0).toInt();
        const int ours = q.value(1).toInt();
        q.finish();
        if (tables > 0 && (ours < 3 || schemaVersion() < 1))
            return Error(QObject::tr("%1 already holds tables of another program, so it is not a PMS Bridge cache; it was "
                                     "left untouched. Choose another file with --db.")
                             .arg(path()),
                         QStringLiteral("foreign"));
        // An empty file, or a cache of 0.1: mark it as ours.
        if (path() != QLatin1String(":memory:") && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kSqliteApplicationId)))
            return Error(QObject::tr("Cannot write to the cache %1: %2").arg(path(), q.lastError().text()), QStringLiteral("io"));
        return {};
    }
    // PostgreSQL: our marker is the schema table; anything else in the schema we write to is
    // someone else's.
    if (!q.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE table_name = 'pmsbridge_schema') "
                               "FROM information_schema.tables WHERE table_schema = current_schema()"))
        || !q.next())
        return Error(QObject::tr("Cannot read the PostgreSQL cache %1: %2").arg(m_location.describe(), q.lastError().text()),
                     QStringLiteral("io"));
    const int tables = q.value(0).toInt();
    const bool ours = q.value(1).toInt() > 0;
    q.finish();
    if (tables > 0 && !ours)
        return Error(QObject::tr("The %1 already holds tables that are not a PMS Bridge cache; it was left untouched. "
                                 "Ask IT for an empty database for PMS Bridge.")
                         .arg(m_location.describe()),
                     QStringLiteral("foreign"));
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!isPostgres()) {
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    if (!q.exec(QStringLiteral("SELECT to_regclass('pmsbridge_schema') IS NOT NULL")) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    q.finish();
    if (q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM pmsbridge_schema")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::migrate()
{
    const auto migrations = loadMigrations(*m_dialect);
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    auto newer = [&](int current, const QString &writtenBy) {
        const QString by = writtenBy.isEmpty() ? QObject::tr("a newer PMS Bridge")
                                               : QObject::tr("PMS Bridge %1").arg(writtenBy);
        return Error(QObject::tr("The cache %1 was upgraded by %2 (schema %3; this version %4 knows %5). Install "
                                 "that version, or choose another cache. Nothing was written.")
                         .arg(m_location.describe(), by)
                         .arg(current)
                         .arg(appVersion())
                         .arg(latest),
                     QStringLiteral("schema"));
    };
    auto writerOf = [&](int version) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT app_version FROM pmsbridge_schema WHERE version = ?"));
        q.addBindValue(version);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };

    int current = schemaVersion();
    if (current < 0)
        return Error(QObject::tr("Cannot read the schema version of %1: %2").arg(m_location.describe(), lastError()),
                     QStringLiteral("schema"));
    if (current > latest)
        return newer(current, isPostgres() ? writerOf(current) : QString());
    if (current == latest)
        return {};

    if (isPostgres()) {
        // Several desks may start at once: one migrates, the others wait for it and then see
        // the new version. The lock ends with the transaction.
        if (!m_db.transaction())
            return Error(QObject::tr("Cannot start the migration of %1: %2").arg(m_location.describe(), lastError()),
                         QStringLiteral("schema"));
        QSqlQuery lock(m_db);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7423021)"))) {
            m_db.rollback();
            return Error(QObject::tr("Cannot lock %1 for its migration: %2").arg(m_location.describe(), lock.lastError().text()),
                         QStringLiteral("schema"));
        }
        lock.finish();
        QSqlQuery create(m_db);
        if (!create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS pmsbridge_schema (version INTEGER PRIMARY KEY, "
                                        "app_version TEXT NOT NULL, applied_at TEXT NOT NULL)"))) {
            const QString err = create.lastError().text();
            m_db.rollback();
            return Error(QObject::tr("Cannot create the schema table in %1: %2. The database user needs the CREATE "
                                     "right on the database's schema.")
                             .arg(m_location.describe(), err),
                         QStringLiteral("schema"));
        }
        current = schemaVersion();
        if (current > latest) {
            m_db.rollback();
            return newer(current, writerOf(current));
        }
    }

    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        qCInfo(lcDb) << "applying migration" << m.name << "on" << m_dialect->displayName();
        if (!isPostgres() && !m_db.transaction())
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
        bool recorded = false;
        if (isPostgres()) {
            v.prepare(QStringLiteral("INSERT INTO pmsbridge_schema (version, app_version, applied_at) VALUES (?,?,?)"));
            v.addBindValue(m.version);
            v.addBindValue(appVersion());
            v.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            recorded = v.exec();
        } else {
            recorded = v.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)) && m_db.commit();
        }
        if (!recorded) {
            const QString err = v.lastError().isValid() ? v.lastError().text() : m_db.lastError().text();
            m_db.rollback();
            return Error(QObject::tr("Cannot record migration %1: %2").arg(m.name, err));
        }
    }
    if (isPostgres() && !m_db.commit()) {
        const QString err = m_db.lastError().text();
        m_db.rollback();
        return Error(QObject::tr("Cannot commit the migration of %1: %2").arg(m_location.describe(), err),
                     QStringLiteral("schema"));
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

namespace {

const SqlDialect &dialectOf(const QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL ? SqlDialect::postgres() : SqlDialect::sqlite();
}

} // namespace

Status Database::exec(QSqlQuery &query, const char *what)
{
    const SqlDialect &dialect = dialectOf(query);
    if (dialect.isPostgres()) {
        // Flags are integers 0/1 on both engines; QPSQL would send a bool as TRUE/FALSE,
        // which PostgreSQL does not put into an integer column.
        const QVariantList values = query.boundValues();
        for (int i = 0; i < values.size(); ++i) {
            if (values.at(i).typeId() == QMetaType::Bool)
                query.bindValue(i, values.at(i).toBool() ? 1 : 0);
        }
    }
    if (query.exec())
        return {};
    const QSqlError e = query.lastError();
    QString msg = e.text();
    if (what)
        msg = QString::fromLatin1(what) + QStringLiteral(": ") + msg;
    qCWarning(lcDb) << "query failed" << msg << query.lastQuery();
    QString code = QStringLiteral("db");
    if (dialect.isConstraintViolation(e))
        code = QStringLiteral("constraint");
    else if (dialect.isRetryable(e))
        code = QStringLiteral("retry");
    else if (dialect.isConnectionLost(e) || (dialect.isPostgres() && e.type() == QSqlError::ConnectionError)) {
        code = QStringLiteral("connection");
        msg = QObject::tr("Lost the connection to the PostgreSQL server of the cache. Check the network and the server; "
                          "the interrupted step was rolled back and the next run picks it up.");
    }
    return Error(msg, code);
}

qint64 Database::returnedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

Status Database::execRaw(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return {};
    const QSqlError e = q.lastError();
    QString code = QStringLiteral("db");
    if (m_dialect->isConstraintViolation(e))
        code = QStringLiteral("constraint");
    else if (m_dialect->isRetryable(e))
        code = QStringLiteral("retry");
    return Error(e.text(), code);
}

Status Database::begin(Isolation isolation)
{
    if (m_txDepth++ > 0)
        return execRaw(QStringLiteral("SAVEPOINT sp%1").arg(m_txDepth));
    bool started = m_db.transaction();
    if (!started && isPostgres()) {
        // The server went away since the last statement (a restart, a network drop): a
        // transaction starts on a fresh session, so the next page or the next run goes on
        // instead of failing until the app is restarted. What was in flight was rolled back
        // by the server.
        qCWarning(lcDb) << "reconnecting to" << m_location.describe() << "after" << m_db.lastError().text();
        m_statements.clear();
        m_db.close();
        if (m_db.open()) {
            for (const QString &setting : m_dialect->sessionSetup())
                QSqlQuery(m_db).exec(setting);
            started = m_db.transaction();
        }
    }
    if (!started) {
        --m_txDepth;
        const QSqlError e = m_db.lastError();
        if (isPostgres() && (m_dialect->isConnectionLost(e) || !m_db.isOpen() || e.type() == QSqlError::ConnectionError))
            return Error(QObject::tr("Lost the connection to the PostgreSQL server of the cache (%1). Check the network "
                                     "and the server; nothing half-written was kept, and the next run picks up where this "
                                     "one stopped.")
                             .arg(m_location.describe()),
                         QStringLiteral("connection"));
        return Error(QObject::tr("Cannot start a transaction: %1").arg(e.text()), QStringLiteral("db"));
    }
    if (isolation == Isolation::Snapshot && isPostgres()) {
        if (Status s = execRaw(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")); !s.ok()) {
            m_db.rollback();
            m_txDepth = 0;
            return s;
        }
    }
    return {};
}

Status Database::relaxCommitDurability()
{
    const QString sql = m_dialect->relaxedCommit();
    return sql.isEmpty() ? Status() : execRaw(sql);
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
    if (!m_db.commit()) {
        const QSqlError e = m_db.lastError();
        return Error(QObject::tr("Cannot commit: %1").arg(e.text()),
                     m_dialect->isRetryable(e) ? QStringLiteral("retry") : QStringLiteral("db"));
    }
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

Status Database::transact(const std::function<Status()> &work, int attempts, Isolation isolation)
{
    Status last;
    for (int attempt = 1; attempt <= std::max(1, attempts); ++attempt) {
        Transaction tx(*this, isolation);
        if (!tx.ok())
            return tx.status();
        last = work();
        if (last.ok())
            last = tx.commit();
        if (last.ok() || last.error().code != QLatin1String("retry") || m_txDepth > 1)
            return last;
        // A concurrent writer won; wait a little (growing, with jitter) and run it again.
        qCInfo(lcDb) << "transaction retried after" << last.errorMessage();
        QThread::msleep(quint64(10 * attempt + (QDateTime::currentMSecsSinceEpoch() % 17)));
    }
    return last;
}

QString Database::lastError() const
{
    return m_db.lastError().text();
}

Transaction::Transaction(Database &db, Database::Isolation isolation)
    : m_db(db), m_status(db.begin(isolation))
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
