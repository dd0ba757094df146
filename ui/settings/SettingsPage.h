#pragma once

#include "ui/common/AppPage.h"
#include "ui/settings/ConnectionValidator.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace pms {

struct AppContext;
class ConnectionTester;
class ScheduleEditor;

/// Settings: the list of connections (R22) with Add / Remove and, for the selected one, the
/// connection form (secret in the keychain, or for this session only when there is none), Test
/// Connection, User Sync / Unit Sync (R20), the look-back (R4) and the schedules.
class SettingsPage : public QWidget, public AppPage
{
    Q_OBJECT
public:
    SettingsPage(AppContext &context, QWidget *parent = nullptr);
    ~SettingsPage() override;

    /// The connection in the form (0 while a new one is being added).
    qint64 currentConnectionId() const { return m_currentId; }
    /// The message shown next to a field ("" when the field is fine).
    QString fieldError(ConnectionValidator::Field field) const;
    QString testResult() const;
    ConnectionTester *tester() const { return m_tester; }
    bool isDirty() const { return m_dirty; }

public Q_SLOTS:
    void refresh() override;
    void reload() { refresh(); }
    void focusSearch() override {}
    /// Starts a new connection in the form.
    void addConnection();
    /// Removes the selected connection after asking.
    void removeConnection();
    void showConnection(qint64 connectionId);
    /// Shows @p message next to the secret of @p connectionId and puts the cursor there.
    void askForSecret(qint64 connectionId, const QString &message);
    /// Validates and saves the form; false (and messages next to the fields) when it cannot.
    bool save();
    void revert();
    void testConnection();

Q_SIGNALS:
    void connectionSaved(qint64 connectionId, bool created);
    /// A connection was removed (or the list changed otherwise).
    void connectionsChanged();

private:
    QWidget *buildForm();
    void reloadList(qint64 select);
    void loadForm(qint64 connectionId);
    ConnectionDraft draft() const;
    void showProblems(const QHash<ConnectionValidator::Field, QString> &problems);
    void setDirty(bool dirty);
    void updateSecretNote();
    void userSyncToggled(bool on);
    QLabel *errorLabel(ConnectionValidator::Field field);
    /// Shows the fields of @p pms's connector (Buildium: no system ID, a vendor).
    void showPmsFields(const QString &pms);

    AppContext &m_ctx;
    qint64 m_currentId = 0;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_hasStoredSecret = false;
    bool m_secretIsSessionOnly = false;
    QString m_storedSecret;
    QString m_pmsUserEmail;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QComboBox *m_pms = nullptr;
    QFormLayout *m_connectionForm = nullptr;
    QWidget *m_systemIdRow = nullptr;
    QWidget *m_vendorRow = nullptr;
    QLineEdit *m_vendor = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_systemId = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_secretNote = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailNote = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QCheckBox *m_userSync = nullptr;
    QCheckBox *m_unitSync = nullptr;
    QSpinBox *m_lookback = nullptr;
    QSpinBox *m_silenceLimit = nullptr; // the cache's pms.silence_limit_seconds (NetworkSettings)
    ScheduleEditor *m_schedules = nullptr;
    QHash<ConnectionValidator::Field, QLabel *> m_errors;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QLabel *m_saveResult = nullptr;
    ConnectionTester *m_tester = nullptr;
};

} // namespace pms
