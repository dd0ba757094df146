#pragma once

#include "storage/ReconciliationQueries.h"

#include <QChartView>

namespace pms {

/// Bar chart of the units reconciliation deactivated per month (the last twelve months).
class DeactivationChartView : public QChartView
{
    Q_OBJECT
public:
    explicit DeactivationChartView(QWidget *parent = nullptr);

    void setMonths(const QList<ReconciliationQueries::MonthCount> &months);
    /// What the bars show, oldest month first (tests).
    QList<int> values() const { return m_values; }

private:
    QList<int> m_values;
};

} // namespace pms
