#pragma once

#include "domain/WorkOrderTypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace pms {

/// New Work Order and Edit Work Order (R10). A new one picks its property, unit and resident from
/// what the last sync brought (R9: they are never created here); an edit changes description,
/// category, priority and permission to enter, and goes to Propertyware as a task comment.
/// Saving happens off the GUI thread; the dialog stays open with the reason when the cache refuses.
class WorkOrderDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p workOrderId 0: a new work order of @p connectionId; otherwise that work order, to edit.
    WorkOrderDialog(const QString &dbPath, qint64 connectionId, qint64 workOrderId = 0, QWidget *parent = nullptr);

    bool isEdit() const { return m_workOrderId > 0; }
    /// True once the pick lists (or the work order to edit) are loaded.
    bool isReady() const { return m_ready; }

    // For tests and for "New work order" from a selected property.
    bool selectProperty(qint64 pmsPropertyId);
    bool selectUnit(qint64 pmsUnitId);
    void setDescription(const QString &text);
    void setPriority(const QString &priority);
    void setCategory(const QString &category);
    void setPermissionToEnter(bool anytime);
    QString errorText() const;
    /// Something typed or chosen that Cancel or Escape would throw away.
    bool hasUnsavedInput() const;

public Q_SLOTS:
    void accept() override;
    /// Cancel, Escape, the close button: asks first when hasUnsavedInput().
    void reject() override;

Q_SIGNALS:
    /// The pick lists or the work order arrived (isReady()).
    void ready();
    /// Saved in the cache and queued for Propertyware; the dialog closes after this.
    void saved(qint64 workOrderId);

private:
    void loadProperties();
    void loadUnitsAndResidents();
    void loadResidents();
    void loadWorkOrder();
    void showError(const QString &text);
    void updateButtons();
    static void fillChoices(QComboBox *box, const QList<WorkOrderChoice> &choices, const QString &none);

    QString m_dbPath;
    qint64 m_connectionId;
    qint64 m_workOrderId;
    bool m_ready = false;
    bool m_saving = false;
    qint64 m_wantedUnit = 0;
    LocalWorkOrder m_original;
    QComboBox *m_property;
    QComboBox *m_unit;
    QComboBox *m_resident;
    QComboBox *m_category;
    QComboBox *m_priority;
    QCheckBox *m_enter;
    QPlainTextEdit *m_description;
    QLabel *m_note;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pms
