#include "PlatformUnitDelegate.h"

#include "PlatformUnitPicker.h"
#include "models/mapping/AvailablePlatformUnitsModel.h"
#include "models/mapping/UnitMappingModel.h"

#include <QLineEdit>

namespace pms {

PlatformUnitDelegate::PlatformUnitDelegate(UnitMappingModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

QWidget *PlatformUnitDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *units = new AvailablePlatformUnitsModel(m_model);
    units->reset(index.data(UnitMappingModel::PlatformUnitIdRole).toLongLong());
    auto *picker = new PlatformUnitPicker(units, parent);
    picker->setObjectName(QStringLiteral("platformUnitPicker"));
    units->setParent(picker);
    connect(picker, &PlatformUnitPicker::picked, this, [this, picker]() {
        auto *self = const_cast<PlatformUnitDelegate *>(this);
        Q_EMIT self->commitData(picker);
        Q_EMIT self->closeEditor(picker, QAbstractItemDelegate::NoHint);
    });
    return picker;
}

void PlatformUnitDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<PlatformUnitPicker *>(editor))
        picker->setCurrentPlatformUnit(index.data(UnitMappingModel::PlatformUnitIdRole).toLongLong());
}

void PlatformUnitDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *picker = qobject_cast<PlatformUnitPicker *>(editor);
    if (!picker)
        return;
    const qint64 id = picker->chosenPlatformUnit();
    if (id < 0) {
        Q_EMIT noMatch(picker->currentText());
        return;
    }
    model->setData(index, id, Qt::EditRole);
}

void PlatformUnitDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &) const
{
    QRect r = option.rect;
    r.setWidth(std::max(r.width(), 260));
    r.setHeight(std::max(r.height(), editor->sizeHint().height()));
    editor->setGeometry(r);
}

} // namespace pms
