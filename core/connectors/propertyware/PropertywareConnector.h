#pragma once

#include "common/ConnectionInfo.h"
#include "connectors/PmsConnector.h"

#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace pms {

class ListJob;
class PropertywareClient;

namespace propertyware {

/// Propertyware API v1 behind the connector seam: PropertywareClient's lists turned into
/// normalized records (PropertywareRecords). Portfolios, buildings, units, leases (with their
/// contacts), work orders; the window is lastModifiedDateTimeStart/End (R4).
class PropertywareConnector : public PmsConnector
{
    Q_OBJECT
public:
    PropertywareConnector(QNetworkAccessManager *nam, const ConnectionInfo &connection, const QString &secret,
        const ClientOptions &options, QObject *parent = nullptr);
    ~PropertywareConnector() override;

    static QList<ConnectionField> connectionFields();

    QString kind() const override { return QStringLiteral("propertyware"); }
    ConnectorJob *testConnection() override;
    RecordPager *pages(RecordStep step, const SyncWindow &window) override;
    QString displayName() const override { return QStringLiteral("Propertyware"); }
    /// POST /workorders (searchTag = the client_ref).
    ConnectorJob *createWorkOrder(const LocalWorkOrder &wo) override;
    /// GET workorders modified since, matching searchTag, or building, unit and description when the
    /// PMS does not return searchTag.
    ConnectorJob *findWorkOrder(const LocalWorkOrder &wo, const QDateTime &since) override;
    /// POST /workorders/{id}/tasks (checkpoint: taskId), then POST .../tasks/{taskId}/comments.
    ConnectorJob *sendChange(const LocalWorkOrder &wo, const QString &text, const QJsonObject &payload) override;
    /// PUT /workorders/closeworkorder/{id} (timeCardEntry: []).
    ConnectorJob *closeWorkOrder(const LocalWorkOrder &wo, const QJsonObject &payload) override;
    /// POST /docs?entityType=WORK_ORDER&entityId={id} (multipart).
    ConnectorJob *uploadAttachment(const LocalWorkOrder &wo, const WorkOrderAttachment &attachment) override;
    void cancelAll() override;

    PropertywareClient *client() const { return m_client.get(); }

private:
    ConnectionInfo m_connection;
    std::unique_ptr<PropertywareClient> m_client;
};

/// One step's ListJob, its pages turned into records.
class PropertywarePager : public RecordPager
{
    Q_OBJECT
public:
    PropertywarePager(PropertywareClient *client, RecordStep step, const SyncWindow &window,
        const QString &integrationUser, QObject *parent);
    void cancel() override;

private:
    void onPage(const pms::PmsPage &page);

    RecordStep m_step;
    QString m_integrationUser;
    QPointer<ListJob> m_job;
};

} // namespace propertyware
} // namespace pms
