#pragma once

#include <QStyledItemDelegate>

namespace pms {

class UnitMappingModel;

/// Edits the mapping column in place with a PlatformUnitPicker listing only the platform units
/// that are still available, plus the unit's current one and "(no platform unit)".
class PlatformUnitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PlatformUnitDelegate(UnitMappingModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    /// The typed text matched no available platform unit.
    void noMatch(const QString &text) const;

private:
    UnitMappingModel *m_model;
};

} // namespace pms
