#pragma once

#include "storage/PlatformUnitRepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace pms {

class Database;

/// Creates or edits one platform unit (R17): name, building, floor, external reference. Checks
/// run before saving and are shown in the dialog (empty name, duplicate name in the building,
/// external reference in use); it closes only when the unit is saved. Open it with open() or
/// show(): never exec().
class PlatformUnitDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p unit.id == 0 creates a new unit.
    PlatformUnitDialog(Database &db, const PlatformUnit &unit, QWidget *parent = nullptr);

    void setValues(const QString &name, const QString &building, const QString &floor, const QString &externalRef);
    QString errorText() const;

public Q_SLOTS:
    /// Validates and saves; on success emits saved() and accepts.
    void save();

Q_SIGNALS:
    void saved(qint64 platformUnitId);

private:
    Database &m_db;
    PlatformUnit m_unit;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_building = nullptr;
    QLineEdit *m_floor = nullptr;
    QLineEdit *m_externalRef = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pms
