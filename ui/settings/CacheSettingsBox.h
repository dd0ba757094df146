#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pms {

/// The "Cache" group of Settings: which cache this desk is on (a file, or the office's
/// PostgreSQL database), and another one to open from the next start — a file path or a
/// postgresql:// URL, checked by opening it (off the GUI thread) before it is kept. The
/// choice is a QSettings value of this computer; --db and PMSBRIDGE_DB still win over it.
class CacheSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit CacheSettingsBox(const QString &currentLocation, QWidget *parent = nullptr);

    QLineEdit *locationEdit() const { return m_edit; }
    QPushButton *useButton() const { return m_use; }
    QLabel *resultLabel() const { return m_result; }

Q_SIGNALS:
    /// The check of a new location ended (ok: it is kept for the next start).
    void checked(bool ok);

private:
    void check();

    QLineEdit *m_edit = nullptr;
    QPushButton *m_use = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace pms
