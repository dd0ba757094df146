#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace pms {

/// The "Desktop" group of Settings: the language of the app (system or a translation that exists;
/// applies at the next start) and what closing the window does while a sync runs. Both are
/// QSettings values, written as soon as they change: they belong to this computer, not to a connection.
class DesktopSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit DesktopSettingsBox(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *closeBox() const { return m_close; }

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_close = nullptr;
    QLabel *m_restartNote = nullptr;
};

} // namespace pms
