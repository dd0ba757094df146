#include "CrashRig.h"

#include "storage/ConnectionRepository.h"
#include "storage/Database.h"

#include <QProcess>
#include <QSqlQuery>

namespace pms::test {

CrashRig::CrashRig(QString binary, const sim::SimOptions &options)
    : m_binary(std::move(binary))
    , m_options(options)
    , m_sim(std::make_unique<sim::SimServerThread>(options))
{
    m_base = m_sim->start();
}

CrashRig::~CrashRig() = default;

bool CrashRig::makeCache(const QString &path)
{
    auto db = Database::open(path);
    if (!db.ok())
        return false;
    ConnectionInfo c;
    c.name = QStringLiteral("Crash");
    c.baseUrl = m_base;
    c.systemId = m_options.systemId;
    c.clientId = m_options.clientId;
    c.integrationUser = m_options.integrationUser;
    c.integrationEmail = m_options.integrationEmail;
    return ConnectionRepository(*db.value()).insert(c).ok();
}

CliRun CrashRig::run(const QString &db, const QStringList &args, const QByteArray &crashAt)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PMSBRIDGE_CLIENT_SECRET"), m_options.clientSecret);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pmsbridge.*.info=false"));
    env.remove(QStringLiteral("PMSBRIDGE_CRASH_AT"));
    if (!crashAt.isEmpty())
        env.insert(QStringLiteral("PMSBRIDGE_CRASH_AT"), QString::fromLatin1(crashAt));
    p.setProcessEnvironment(env);
    p.start(m_binary, QStringList{QStringLiteral("--db"), db} + args);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.killed = p.exitStatus() == QProcess::CrashExit;
    r.code = r.killed ? -2 : p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString CrashRig::integrity(const QString &db)
{
    auto opened = Database::open(db);
    if (!opened.ok())
        return opened.errorMessage();
    QSqlQuery q(opened.value()->sql());
    if (opened.value()->isPostgres()) {
        // The server keeps its own files whole; what a killed client could tear is ours: the
        // counts the triggers keep must still agree with the work orders.
        if (!q.exec(QStringLiteral(
                "SELECT count(*) FROM (SELECT connection_id, sync_state, linked, count(*) AS n FROM work_orders "
                "GROUP BY 1, 2, 3) s FULL OUTER JOIN (SELECT * FROM work_order_counts WHERE n <> 0) c "
                "USING (connection_id, sync_state, linked) WHERE s.n IS DISTINCT FROM c.n"))
            || !q.next())
            return QStringLiteral("the consistency check could not run");
        return q.value(0).toInt() == 0 ? QStringLiteral("ok") : QStringLiteral("work_order_counts disagree");
    }
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return QStringLiteral("integrity_check could not run");
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows.join(QLatin1Char('\n'));
}

QVariant CrashRig::scalar(const QString &db, const QString &sql)
{
    auto opened = Database::open(db);
    if (!opened.ok())
        return {};
    QSqlQuery q(opened.value()->sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QString CrashRig::exports(const QString &db)
{
    QString all;
    for (const char *entity : {"properties", "units", "residents", "leases", "workorders"}) {
        const CliRun r = run(db, {QStringLiteral("export"), QString::fromLatin1(entity)});
        all += QStringLiteral("## %1 (exit %2)\n").arg(QLatin1String(entity)).arg(r.code);
        QStringList lines = r.out.split(QLatin1Char('\n'));
        if (qstrcmp(entity, "workorders") == 0) // the local id depends on insert order, not on content
            for (QString &line : lines)
                line = line.section(QLatin1Char(','), 1);
        all += lines.join(QLatin1Char('\n'));
    }
    return all;
}

} // namespace pms::test
