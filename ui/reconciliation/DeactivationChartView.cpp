#include "DeactivationChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QValueAxis>

namespace pms {

DeactivationChartView::DeactivationChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("deactivationChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    chart()->setBackgroundRoundness(0);
    chart()->legend()->hide();
    chart()->setTitle(tr("Units deactivated per month"));
    chart()->setBackgroundBrush(palette().base());
    setBackgroundBrush(palette().window());
    setMinimumHeight(200);
}

void DeactivationChartView::setMonths(const QList<ReconciliationQueries::MonthCount> &months)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    m_values.clear();
    auto *set = new QBarSet(tr("Deactivated"));
    set->setColor(QColor(0xe5, 0x73, 0x73));
    set->setBorderColor(QColor(0xc6, 0x28, 0x28));
    QStringList categories;
    int maxValue = 0;
    const QLocale locale;
    for (const auto &m : months) {
        *set << m.deactivated;
        m_values << m.deactivated;
        maxValue = qMax(maxValue, m.deactivated);
        // Short month names so twelve labels fit side by side; the years are in the title.
        categories << locale.toString(m.month, QStringLiteral("MMM"));
    }
    if (!months.isEmpty())
        c->setTitle(tr("Units deactivated per month, %1 – %2")
                        .arg(locale.toString(months.first().month, QStringLiteral("MMM yyyy")),
                            locale.toString(months.last().month, QStringLiteral("MMM yyyy"))));
    auto *series = new QBarSeries;
    series->append(set);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, qMax(4, maxValue + maxValue / 5 + 1));
    y->applyNiceNumbers();
    y->setLabelsFont(small);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace pms
