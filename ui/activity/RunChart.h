#pragma once

#include "storage/DataScreenQueries.h"

#include <QtCharts/QChartView>

namespace pms {

/// Run durations and records per run over time (the last runs of the connection), failed runs
/// marked in red.
class RunChart : public QChartView
{
    Q_OBJECT
public:
    explicit RunChart(QWidget *parent = nullptr);
    void setRuns(const QList<DataScreenQueries::RunPoint> &runs);
    int runCount() const { return m_count; }

private:
    int m_count = 0;
};

} // namespace pms
