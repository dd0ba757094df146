#pragma once

#include <QComboBox>

namespace pms {

class AvailablePlatformUnitsModel;

/// The in-place editor of the mapping column: an editable combo over the available platform
/// units with a completer that filters as you type (any part of "name · building"), so a unit
/// among 50,000 is three keystrokes away.
class PlatformUnitPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit PlatformUnitPicker(AvailablePlatformUnitsModel *units, QWidget *parent = nullptr);

    void setCurrentPlatformUnit(qint64 id);
    /// The chosen platform unit (0: none), or -1 when the typed text matches no offered unit.
    qint64 chosenPlatformUnit() const;

Q_SIGNALS:
    /// The user picked an entry (click in the list, Enter on a completion).
    void picked();

private:
    AvailablePlatformUnitsModel *m_units;
};

} // namespace pms
