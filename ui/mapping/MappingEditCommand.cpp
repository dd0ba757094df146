#include "MappingEditCommand.h"

namespace pms {

MappingEditCommand::MappingEditCommand(QList<MappingChange> changes, const QString &text, Applier applier)
    : m_changes(std::move(changes)), m_applier(std::move(applier))
{
    setText(text);
}

// A step that cannot be replayed (the cache changed under it) leaves the stack, so the stack
// never claims a state the cache does not have.
void MappingEditCommand::undo()
{
    if (!m_applier(m_changes, true))
        setObsolete(true);
}

void MappingEditCommand::redo()
{
    // QUndoStack::push() calls redo(); the edit was written before the push.
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    if (!m_applier(m_changes, false))
        setObsolete(true);
}

bool MappingEditCommand::references(qint64 platformUnitId) const
{
    for (const MappingChange &c : m_changes)
        if (c.before.platformUnitId == platformUnitId || c.after.platformUnitId == platformUnitId)
            return true;
    return false;
}

} // namespace pms
