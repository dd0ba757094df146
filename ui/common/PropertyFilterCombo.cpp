#include "PropertyFilterCombo.h"

#include "storage/DataScreenQueries.h"
#include "ui/common/ReadTask.h"

namespace pms {

PropertyFilterCombo::PropertyFilterCombo(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("propertyFilter"));
    addItem(tr("All properties"), qint64(0));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMaximumWidth(300); // a long property name elides instead of widening the filter bar
    setMinimumContentsLength(14);
    setMaxVisibleItems(20);
    setToolTip(tr("Show only one property's rows"));
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT propertyChanged(propertyId()); });
}

qint64 PropertyFilterCombo::propertyId() const
{
    return currentData().toLongLong();
}

void PropertyFilterCombo::setPropertyId(qint64 id)
{
    const int i = findData(id);
    setCurrentIndex(i < 0 ? 0 : i);
}

void PropertyFilterCombo::load(const QString &dbPath, qint64 connectionId)
{
    using Choices = QList<DataScreenQueries::Choice>;
    runRead<Choices>(
        this, dbPath, [connectionId](Database &db) { return DataScreenQueries::properties(db, connectionId); },
        [this](const Choices &choices) {
            const qint64 keep = propertyId();
            {
                const QSignalBlocker block(this);
                while (count() > 1)
                    removeItem(1);
                for (const auto &c : choices)
                    addItem(c.name, c.id);
                const int i = findData(keep);
                setCurrentIndex(i < 0 ? 0 : i);
            }
            if (propertyId() != keep)
                Q_EMIT propertyChanged(propertyId());
            Q_EMIT loaded();
        });
}

} // namespace pms
