#include "MappingEditCommand.h"

namespace pms {

MappingEditCommand::MappingEditCommand(QList<MappingChange> changes, const QString &text, Applier applier)
    : m_changes(std::move(changes)), m_applier(std::move(applier))
{
    setText(text);
}

void MappingEditCommand::undo()
{
    m_applier(m_changes, true);
}

void MappingEditCommand::redo()
{
    // QUndoStack::push() calls redo(); the edit was written before the push.
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    m_applier(m_changes, false);
}

bool MappingEditCommand::references(qint64 platformUnitId) const
{
    for (const MappingChange &c : m_changes)
        if (c.before.platformUnitId == platformUnitId || c.after.platformUnitId == platformUnitId)
            return true;
    return false;
}

} // namespace pms
