#pragma once

#include "JsonWriter.h"
#include "SimRecords.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace pms::sim {

/// Turns records into Propertyware JSON (field names and types as in the OpenAPI schemas).
/// Needs the store for what a record only refers to (managers, contacts, vendors, names).
class SimJson
{
public:
    SimJson(const SimStore &store, qint64 nowSecs)
        : m_store(store)
        , m_now(nowSecs)
    { }

    void write(JsonWriter &w, const SimPortfolio &p) const;
    void write(JsonWriter &w, const SimBuilding &b) const;
    void write(JsonWriter &w, const SimUnit &u) const;
    void write(JsonWriter &w, const SimLease &l) const;
    void write(JsonWriter &w, const SimContact &c) const;
    void write(JsonWriter &w, const SimWorkOrder &wo) const;
    void write(JsonWriter &w, const SimVendor &v) const;
    void write(JsonWriter &w, const SimDocument &d) const;
    void write(JsonWriter &w, const SimTask &t) const;
    void write(JsonWriter &w, const SimComment &c) const;

    template<class T> QByteArray one(const T &record) const
    {
        QByteArray out;
        JsonWriter w(out);
        write(w, record);
        return out;
    }

    /// {errorCode, errors:[{key, message}], userMessage}: Propertyware's ErrorResponse.
    static QByteArray errorBody(
        const QString &errorCode, const QList<QPair<QString, QString>> &errors, const QString &userMessage);
    static QString formatPhone(qint64 digits, int style);
    static QString unitLocation(const SimStore &store, qint64 buildingId, qint64 unitId);

private:
    static void writeCreated(JsonWriter &w, const SimStamp &s);
    static void writeModified(JsonWriter &w, const SimStamp &s);
    void writeLocation(JsonWriter &w, qint64 buildingId, qint64 unitId) const;
    void writeAddress(JsonWriter &w, const char *name, const SimAddress &a) const;

    const SimStore &m_store;
    qint64 m_now = 0;
};

} // namespace pms::sim
