#pragma once

#include <QComboBox>

namespace pms {

/// "All properties" and the connection's properties by name, loaded off the GUI thread.
/// Keeps the chosen property across reloads when it still exists.
class PropertyFilterCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit PropertyFilterCombo(QWidget *parent = nullptr);

    void load(const QString &dbPath, qint64 connectionId);
    qint64 propertyId() const;   // 0: all
    void setPropertyId(qint64 id);

Q_SIGNALS:
    void propertyChanged(qint64 propertyId);
    void loaded();
};

} // namespace pms
