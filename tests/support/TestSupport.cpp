#include "TestSupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace pms::test {

namespace {

QString adminUrl()
{
    const QString url = qEnvironmentVariable("PMSBRIDGE_TEST_PG");
    if (url.isEmpty())
        qFatal("This test runs on PostgreSQL (PMSBRIDGE_TEST_ENGINE=postgresql) but PMSBRIDGE_TEST_PG is not set: "
               "run it through scripts/with-postgres.sh, as scripts/test.sh does.");
    return url;
}

QAtomicInteger<int> s_counter;

} // namespace

bool onPostgres()
{
    return qEnvironmentVariable("PMSBRIDGE_TEST_ENGINE") == QLatin1String("postgresql");
}

bool TempPgDatabase::admin(const QString &sql, QString *error, const QString &database)
{
    const QString name = QStringLiteral("pmsbridge-test-admin-%1").arg(s_counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        auto loc = CacheLocation::parse(adminUrl());
        if (!loc.ok())
            qFatal("PMSBRIDGE_TEST_PG is not a PostgreSQL URL: %s", qPrintable(loc.errorMessage()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(loc.value().host);
        db.setPort(loc.value().port);
        db.setUserName(loc.value().user);
        db.setDatabaseName(database.isEmpty() ? loc.value().database : database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;options='-c client_min_messages=warning'"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

namespace {

/// One database per test process, created on first use; every TempPgDatabase is a schema of
/// its own in it, which is much faster to make and drop than a database. The first cache's
/// migration adds pg_trgm to public, where dropping a test's schema never takes it away.
QString processDatabase()
{
    static QMutex mutex;
    static QString name;
    QMutexLocker lock(&mutex);
    if (name.isEmpty()) {
        const QString candidate = QStringLiteral("pmst_%1_%2")
                                      .arg(QCoreApplication::applicationPid())
                                      .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        QString error;
        if (!TempPgDatabase::admin(QStringLiteral("CREATE DATABASE %1").arg(candidate), &error))
            qFatal("cannot create the test database %s: %s", qPrintable(candidate), qPrintable(error));
        name = candidate;
    }
    return name;
}

} // namespace

TempPgDatabase::TempPgDatabase()
{
    m_name = QStringLiteral("c%1_%2").arg(s_counter.fetchAndAddRelaxed(1)).arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
    const QString base = adminUrl();
    const int slash = int(base.lastIndexOf(QLatin1Char('/')));
    m_url = base.left(slash + 1) + processDatabase() + QStringLiteral("?schema=") + m_name;
}

TempPgDatabase::~TempPgDatabase()
{
    // The schema goes with its tables; the connections of the test are closed by now.
    const QString name = QStringLiteral("pmsbridge-test-drop-%1").arg(s_counter.fetchAndAddRelaxed(1));
    {
        auto loc = CacheLocation::parse(m_url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(loc.value().host);
        db.setPort(loc.value().port);
        db.setUserName(loc.value().user);
        db.setDatabaseName(loc.value().database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;options='-c client_min_messages=warning'"));
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_name)))
                qWarning("cannot drop the test schema %s: %s", qPrintable(m_name), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TempCache::TempCache()
{
    if (onPostgres())
        m_pg = std::make_unique<TempPgDatabase>();
    auto r = Database::open(path());
    if (!r.ok())
        qFatal("cannot open test cache: %s", qPrintable(r.errorMessage()));
    m_db = std::move(r).value();
}

TempCache::~TempCache()
{
    m_db.reset();
}

QString TempCache::path() const
{
    return m_pg ? m_pg->url() : m_dir.filePath(QStringLiteral("cache.sqlite"));
}

std::unique_ptr<Database> TempCache::openAnother() const
{
    auto r = Database::open(path());
    if (!r.ok())
        qFatal("cannot open test cache: %s", qPrintable(r.errorMessage()));
    return std::move(r).value();
}

} // namespace pms::test
