#pragma once

#include <QList>
#include <QString>

namespace pms::sim {

struct SimCity
{
    QString name, state, county;
    int zipBase = 0;
};

struct SimIssue
{
    QString description, category, location;
};

/// The word lists the generator draws realistic data from (built once, shared, read-only).
struct SimNames
{
    QList<QString> firstNames, lastNames, middleNames;
    QList<QString> streets, streetTypes, neighborhoods;
    QList<SimCity> cities;
    QList<QString> buildingNames, buildingSuffixes, portfolioNames, portfolioSuffixes;
    QList<QString> companies, vendorNames, vendorTypes;
    QList<SimIssue> issues;
    QList<QString> woSources, woTypes, leaseComments, notices;

    static const SimNames &instance();
};

} // namespace pms::sim
