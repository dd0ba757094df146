#pragma once

#include "domain/ReconcileTypes.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace pms {

/// "Run now" preview: per property, the units that would be deactivated, with counts; Confirm
/// applies exactly this preview, Cancel keeps everything. When the safety guard (R16) tripped, the
/// reason is shown and Confirm stays disabled until the user ticks that they checked the list.
/// Shown with open() (never exec()): the page reacts to accepted().
class ReconcilePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReconcilePreviewDialog(const ReconcileOutcome &preview, QWidget *parent = nullptr);

    qint64 snapshotId() const { return m_snapshotId; }
    int unitsToDeactivate() const { return m_units; }
    bool guardTripped() const { return m_guard; }
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *confirmButton() const { return m_confirm; }
    /// R16: the "I checked the list" box (null when the guard did not trip).
    QCheckBox *overrideBox() const { return m_override; }

private:
    qint64 m_snapshotId = 0;
    int m_units = 0;
    bool m_guard = false;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_confirm = nullptr;
    QCheckBox *m_override = nullptr;
};

} // namespace pms
