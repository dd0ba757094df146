#include "RunChart.h"

#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>


namespace pms {

RunChart::RunChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("runChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(190);
    setRuns({});
}

void RunChart::setRuns(const QList<DataScreenQueries::RunPoint> &runs)
{
    m_count = int(runs.size());
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setFont(font());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);

    auto *duration = new QLineSeries(chart);
    duration->setName(tr("Duration (s)"));
    duration->setPointsVisible(true);
    duration->setColor(QColor(0x15, 0x65, 0xc0));
    auto *records = new QLineSeries(chart);
    records->setName(tr("Records"));
    records->setPointsVisible(true);
    records->setColor(QColor(0x2e, 0x7d, 0x32));
    auto *failed = new QScatterSeries(chart);
    failed->setName(tr("Failed run"));
    failed->setColor(QColor(0xc6, 0x28, 0x28));
    failed->setBorderColor(QColor(0xc6, 0x28, 0x28));
    failed->setMarkerSize(9);
    double maxSeconds = 1, maxRecords = 1;
    QDateTime first, last;
    for (const auto &r : runs) {
        const qreal x = qreal(r.startedAt.toMSecsSinceEpoch());
        duration->append(x, r.seconds);
        records->append(x, qreal(r.records));
        if (r.status == QLatin1String("failed"))
            failed->append(x, r.seconds);
        maxSeconds = std::max(maxSeconds, r.seconds);
        maxRecords = std::max(maxRecords, double(r.records));
        if (!first.isValid() || r.startedAt < first)
            first = r.startedAt;
        if (!last.isValid() || r.startedAt > last)
            last = r.startedAt;
    }
    chart->addSeries(duration);
    chart->addSeries(records);
    chart->addSeries(failed);

    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("MMM d HH:mm"));
    x->setLabelsFont(small);
    x->setTickCount(6);
    if (first.isValid()) {
        const qint64 pad = std::max<qint64>(60, first.secsTo(last) / 40);
        x->setRange(first.toLocalTime().addSecs(-pad), last.toLocalTime().addSecs(pad));
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        x->setRange(now.addDays(-1), now);
    }
    auto *ySeconds = new QValueAxis(chart);
    ySeconds->setTitleText(tr("Seconds"));
    ySeconds->setTitleFont(small);
    ySeconds->setLabelsFont(small);
    ySeconds->setLabelFormat(QStringLiteral("%.0f"));
    ySeconds->setRange(0, maxSeconds * 1.1);
    ySeconds->applyNiceNumbers();
    auto *yRecords = new QValueAxis(chart);
    yRecords->setTitleText(tr("Records"));
    yRecords->setTitleFont(small);
    yRecords->setLabelsFont(small);
    yRecords->setLabelFormat(QStringLiteral("%.0f"));
    yRecords->setRange(0, maxRecords * 1.1);
    yRecords->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(ySeconds, Qt::AlignLeft);
    chart->addAxis(yRecords, Qt::AlignRight);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(duration), static_cast<QAbstractSeries *>(failed)}) {
        s->attachAxis(x);
        s->attachAxis(ySeconds);
    }
    records->attachAxis(x);
    records->attachAxis(yRecords);
    if (runs.isEmpty())
        chart->setTitle(tr("No finished sync runs yet"));
    if (failed->count() == 0)
        for (QLegendMarker *m : chart->legend()->markers(failed))
            m->setVisible(false);

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace pms
