#pragma once

#include "domain/MappingTypes.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace pms {

/// One undo step of the Unit Mapping editor: a pick, a removal, or a whole accept-all. The
/// changes are already written when the command is pushed (so a refused edit never reaches the
/// stack); undo() and redo() write them back through the page's applier, which reports errors.
class MappingEditCommand : public QUndoCommand
{
public:
    /// Writes @p changes forward (redo) or backward (undo); false when it could not.
    using Applier = std::function<bool(const QList<MappingChange> &changes, bool undo)>;

    MappingEditCommand(QList<MappingChange> changes, const QString &text, Applier applier);

    void undo() override;
    void redo() override;

    const QList<MappingChange> &changes() const { return m_changes; }
    bool references(qint64 platformUnitId) const;

private:
    QList<MappingChange> m_changes;
    Applier m_applier;
    bool m_pushed = false;
};

} // namespace pms
