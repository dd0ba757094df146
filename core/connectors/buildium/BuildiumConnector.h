#pragma once

#include "BuildiumTypes.h"
#include "common/ConnectionInfo.h"
#include "connectors/PmsConnector.h"

#include <QPointer>

#include <functional>

#include <memory>

class QNetworkAccessManager;

namespace pms::buildium {

class BuildiumClient;
class BuildiumPager;

/// Buildium Open API v1 behind the connector seam: BuildiumClient's pagers (BuildiumPage) as
/// RecordPages. The connection's client id and secret are the account's API key; its integration
/// email is looked up in /v1/users for R5's gate.
class BuildiumConnector : public PmsConnector
{
    Q_OBJECT
public:
    BuildiumConnector(QNetworkAccessManager *nam, const ConnectionInfo &connection, const QString &secret,
        const ClientOptions &options, QObject *parent = nullptr);
    ~BuildiumConnector() override;

    QString kind() const override { return QStringLiteral("buildium"); }
    ConnectorJob *testConnection() override;
    RecordPager *pages(RecordStep step, const SyncWindow &window) override;
    QString displayName() const override { return QStringLiteral("Buildium"); }
    /// POST /v1/workorders with a new task assigned to the integration user (looked up once by its
    /// email) and the connection's vendor for new work orders; the tag ends the task's title.
    ConnectorJob *createWorkOrder(const LocalWorkOrder &wo) override;
    /// GET /v1/workorders?title=<tag>.
    ConnectorJob *findWorkOrder(const LocalWorkOrder &wo, const QDateTime &since) override;
    /// GET /v1/workorders/{id}, then PUT it back (a PUT replaces every field) with the change
    /// appended to its WorkDetails.
    ConnectorJob *sendChange(const LocalWorkOrder &wo, const QString &text, const QJsonObject &payload) override;
    /// Buildium closes a work order through its task: GET the work order for its task, then the
    /// task's status Completed (BuildiumTaskStatusJob).
    ConnectorJob *closeWorkOrder(const LocalWorkOrder &wo, const QJsonObject &payload) override;
    /// A Buildium file cannot belong to a work order: the file goes to the work order's rental unit
    /// (or rental), titled with the work order, in the "Maintenance" file category.
    ConnectorJob *uploadAttachment(const LocalWorkOrder &wo, const WorkOrderAttachment &attachment) override;
    void cancelAll() override;

    /// The vendor new work orders get (ConnectionInfo::pmsSettings "defaultVendorId"), 0 when unset.
    static qint64 defaultVendorId(const ConnectionInfo &connection);

    BuildiumClient *client() const { return m_client.get(); }

private:
    /// Runs @p then with the integration user's Buildium id (looked up once), or ends @p job.
    void withIntegrationUser(ConnectorJob *job, std::function<void(qint64)> then);

    ConnectionInfo m_connection;
    std::unique_ptr<BuildiumClient> m_client;
    qint64 m_integrationUserId = 0;
};

/// A BuildiumPager's pages as RecordPages.
class BuildiumRecordPager : public RecordPager
{
    Q_OBJECT
public:
    BuildiumRecordPager(BuildiumClient *client, RecordStep step, const SyncWindow &window, QObject *parent);
    void cancel() override;

private:
    void onPage(const pms::buildium::BuildiumPage &page);

    RecordStep m_step;
    int m_pageSize = 500;
    QPointer<BuildiumPager> m_pager;
};

} // namespace pms::buildium
