#include "SettingsPage.h"

#include "ui/common/AppContext.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "ui/common/MessageBox.h"
#include "secrets/SecretStore.h"
#include "ui/settings/ConnectionTester.h"
#include "ui/settings/ScheduleEditor.h"
#include "ui/settings/CacheSettingsBox.h"
#include "ui/tray/DesktopSettingsBox.h"
#include "ui/settings/SecretLookup.h"
#include "connectors/ConnectorRegistry.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/ScheduleRepository.h"
#include "sync/NetworkSettings.h"
#include "sync/Scheduler.h"
#include "sync/SyncController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pms {

namespace {

// The words of a check box in a label that wraps; a click on them toggles the box, as on its own text.
class CheckBoxText : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (auto *box = qobject_cast<QCheckBox *>(buddy()); box && box->isEnabled() && event->button() == Qt::LeftButton)
            box->click();
        QLabel::mouseReleaseEvent(event);
    }
};

} // namespace


using Field = ConnectionValidator::Field;

namespace {
const QString kDefaultBaseUrl = QStringLiteral("https://api.propertyware.com/pw/api/rest/v1");
const QString kErrorStyle = QStringLiteral("color: #c62828;");
const QString kOkStyle = QStringLiteral("color: #2e7d32;");
} // namespace

SettingsPage::SettingsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
{
    m_tester = new ConnectionTester(this);
    connect(m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString &message) {
        m_testButton->setEnabled(true);
        m_testResult->setStyleSheet(ok ? kOkStyle : kErrorStyle);
        m_testResult->setText(message);
    });

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setMaximumWidth(260);
    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setObjectName(QStringLiteral("addConnectionButton"));
    m_addButton->setToolTip(tr("Add a connection to another PMS account (Propertyware: one per system ID; Buildium: one "
                               "per API key)"));
    m_removeButton = new QPushButton(tr("Remove…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeConnectionButton"));
    connect(m_addButton, &QPushButton::clicked, this, &SettingsPage::addConnection);
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsPage::removeConnection);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        const qint64 id = m_list->item(row)->data(Qt::UserRole).toLongLong();
        if (id == m_currentId)
            return;
        if (m_dirty
            && MessageBox::question(this, tr("Unsaved changes"),
                                    tr("Discard the changes to this connection?"))
                   != QMessageBox::Yes) {
            reloadList(m_currentId);
            return;
        }
        if (m_currentId == 0)
            reloadList(id); // drop the unsaved "new connection" entry
        loadForm(id);
    });

    auto *listBox = new QVBoxLayout;
    listBox->addWidget(new QLabel(tr("Connections"), this));
    listBox->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listBox->addLayout(listButtons);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    layout->addLayout(listBox);
    layout->addWidget(scroll, 1);

    refresh();
}

SettingsPage::~SettingsPage() = default;

QLabel *SettingsPage::errorLabel(Field field)
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("fieldError%1").arg(int(field)));
    label->setStyleSheet(kErrorStyle);
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

QWidget *SettingsPage::buildForm()
{
    auto *form = new QWidget;
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);

    auto field = [this](QLineEdit *edit, Field f, QLabel *note = nullptr) {
        auto *box = new QWidget;
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(2);
        l->addWidget(edit);
        if (note)
            l->addWidget(note);
        l->addWidget(errorLabel(f));
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
        return box;
    };
    auto edit = [](const QString &name, const QString &placeholder) {
        auto *e = new QLineEdit;
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        e->setClearButtonEnabled(true);
        return e;
    };

    auto *connection = new QGroupBox(tr("Connection"), form);
    auto *f = new QFormLayout(connection);
    m_connectionForm = f;
    f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The PMS first: the fields below are that connector's.
    m_pms = new QComboBox;
    m_pms->setObjectName(QStringLiteral("pmsCombo"));
    for (const ConnectorRegistry::Entry &e : ConnectorRegistry::entries())
        m_pms->addItem(e.displayName(), e.kind);
    m_pms->setToolTip(tr("The property management system this connection talks to. It cannot change once the "
                         "connection is saved: add another connection for another PMS."));
    connect(m_pms, &QComboBox::currentIndexChanged, this, [this] {
        showPmsFields(m_pms->currentData().toString());
        setDirty(true);
    });
    m_vendor = edit(QStringLiteral("vendorIdEdit"), tr("e.g. 12"));
    m_name = edit(QStringLiteral("nameEdit"), tr("e.g. Downtown portfolio"));
    m_baseUrl = edit(QStringLiteral("baseUrlEdit"), kDefaultBaseUrl);
    m_systemId = edit(QStringLiteral("systemIdEdit"), tr("e.g. 1001"));
    m_clientId = edit(QStringLiteral("clientIdEdit"), QString());
    m_secret = edit(QStringLiteral("secretEdit"), QString());
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(false);
    m_secretNote = new QLabel;
    m_secretNote->setObjectName(QStringLiteral("secretNote"));
    m_secretNote->setWordWrap(true);
    m_secretNote->setEnabled(false);
    m_user = edit(QStringLiteral("integrationUserEdit"), tr("e.g. PMS Bridge"));
    m_email = edit(QStringLiteral("integrationEmailEdit"), tr("e.g. bridge@example.com"));
    m_emailNote = new QLabel;
    m_emailNote->setObjectName(QStringLiteral("emailNote"));
    m_emailNote->setWordWrap(true);
    m_emailNote->hide();
    f->addRow(tr("&PMS:"), m_pms);
    f->addRow(tr("&Name:"), field(m_name, Field::Name));
    f->addRow(tr("&Base URL:"), field(m_baseUrl, Field::BaseUrl));
    m_systemIdRow = field(m_systemId, Field::SystemId);
    f->addRow(tr("S&ystem ID:"), m_systemIdRow);
    f->addRow(tr("&Client ID:"), field(m_clientId, Field::ClientId));
    f->addRow(tr("Client s&ecret:"), field(m_secret, Field::Secret, m_secretNote));
    f->addRow(tr("Integration &user:"), field(m_user, Field::IntegrationUser));
    f->addRow(tr("Integration e&mail:"), field(m_email, Field::IntegrationEmail, m_emailNote));
    m_vendorRow = field(m_vendor, Field::Vendor);
    f->addRow(tr("&Vendor for new work orders:"), m_vendorRow);

    m_testButton = new QPushButton(tr("&Test Connection"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsPage::testConnection);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    f->addRow(QString(), testRow);
    layout->addWidget(connection);

    auto *sync = new QGroupBox(tr("What to sync"), form);
    auto *s = new QFormLayout(sync);
    m_userSync = new QCheckBox(tr("User Sync: import residents on active leases"));
    m_userSync->setObjectName(QStringLiteral("userSyncCheck"));
    m_unitSync = new QCheckBox(tr("Unit Sync: assign residents to platform units through the unit mapping"));
    m_unitSync->setObjectName(QStringLiteral("unitSyncCheck"));
    m_lookback = new QSpinBox;
    m_lookback->setObjectName(QStringLiteral("lookbackSpin"));
    m_lookback->setRange(1, 24 * 90);
    m_lookback->setSuffix(tr(" hours"));
    m_lookback->setToolTip(tr("Incremental syncs ask for records changed in this many hours before the last "
                              "successful run (never less than the time since it)."));
    connect(m_userSync, &QCheckBox::toggled, this, &SettingsPage::userSyncToggled);
    connect(m_unitSync, &QCheckBox::toggled, this, [this] { setDirty(true); });
    connect(m_lookback, &QSpinBox::valueChanged, this, [this] { setDirty(true); });
    // A check box does not wrap: its words go in a label that does, so a long translation cannot
    // widen the window.
    const auto wrapping = [](QCheckBox *box) {
        auto *row = new QWidget;
        auto *l = new QHBoxLayout(row);
        l->setContentsMargins(0, 0, 0, 0);
        auto *text = new CheckBoxText(box->text(), row);
        text->setObjectName(box->objectName() + QStringLiteral("Text"));
        text->setWordWrap(true);
        text->setBuddy(box);
        box->setAccessibleName(box->text());
        box->setText(QString());
        l->addWidget(box, 0, Qt::AlignTop);
        l->addWidget(text, 1);
        return row;
    };
    s->addRow(wrapping(m_userSync));
    s->addRow(wrapping(m_unitSync));
    auto *lookbackBox = new QWidget;
    auto *lb = new QVBoxLayout(lookbackBox);
    lb->setContentsMargins(0, 0, 0, 0);
    lb->addWidget(m_lookback);
    lb->addWidget(errorLabel(Field::Lookback));
    s->addRow(tr("&Look-back for incremental syncs:"), lookbackBox);
    m_silenceLimit = new QSpinBox;
    m_silenceLimit->setObjectName(QStringLiteral("silenceLimitSpin"));
    m_silenceLimit->setRange(NetworkSettings::kMinSilenceLimitSecs, NetworkSettings::kMaxSilenceLimitSecs);
    m_silenceLimit->setSuffix(tr(" seconds"));
    m_silenceLimit->setToolTip(tr("A sync, a push or a reconciliation stops with the reason when the PMS sends "
                                  "nothing for this long. Applies to every connection of this cache."));
    connect(m_silenceLimit, &QSpinBox::valueChanged, this, [this] { setDirty(true); });
    s->addRow(tr("&Give up when the PMS is silent for:"), m_silenceLimit);
    layout->addWidget(sync);

    m_schedules = new ScheduleEditor(m_ctx, form);
    connect(m_schedules, &ScheduleEditor::changed, this, [this] { setDirty(true); });
    layout->addWidget(m_schedules);

    m_saveButton = new QPushButton(tr("&Save"));
    m_saveButton->setObjectName(QStringLiteral("saveConnectionButton"));
    m_saveButton->setDefault(true);
    m_revertButton = new QPushButton(tr("&Revert"));
    m_revertButton->setObjectName(QStringLiteral("revertConnectionButton"));
    m_saveResult = new QLabel;
    m_saveResult->setObjectName(QStringLiteral("saveResultLabel"));
    m_saveResult->setWordWrap(true);
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &SettingsPage::revert);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveResult, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);
    layout->addWidget(new DesktopSettingsBox(form));
    layout->addWidget(new CacheSettingsBox(m_ctx.dbPath, form));
    layout->addStretch();
    return form;
}

void SettingsPage::showPmsFields(const QString &pms)
{
    const ConnectorRegistry::Entry *entry = ConnectorRegistry::find(pms);
    if (!entry)
        return;
    QHash<QString, ConnectionField> fields;
    for (const ConnectionField &f : entry->fields())
        fields.insert(f.key, f);
    m_connectionForm->setRowVisible(m_systemIdRow, fields.contains(QStringLiteral("systemId")));
    m_connectionForm->setRowVisible(m_vendorRow, fields.contains(QStringLiteral("defaultVendorId")));
    const auto hint = [&fields](QLineEdit *edit, const char *key) {
        const ConnectionField f = fields.value(QLatin1String(key));
        edit->setToolTip(f.hint);
        if (!f.defaultValue.isEmpty())
            edit->setPlaceholderText(f.defaultValue);
    };
    hint(m_baseUrl, "baseUrl");
    hint(m_systemId, "systemId");
    hint(m_clientId, "clientId");
    hint(m_secret, "clientSecret");
    hint(m_user, "integrationUser");
    hint(m_email, "integrationEmail");
    hint(m_vendor, "defaultVendorId");
    // A new connection gets the PMS's usual address, unless one was typed.
    if (m_currentId == 0) {
        const QString typed = m_baseUrl->text().trimmed();
        bool isADefault = typed.isEmpty();
        for (const ConnectorRegistry::Entry &e : ConnectorRegistry::entries())
            for (const ConnectionField &f : e.fields())
                if (f.key == QLatin1String("baseUrl") && f.defaultValue == typed)
                    isADefault = true;
        if (isADefault)
            m_baseUrl->setText(fields.value(QStringLiteral("baseUrl")).defaultValue);
    }
}

void SettingsPage::refresh()
{
    if (m_dirty)
        return; // never throw away what the user is typing because a sync changed the cache
    QList<ConnectionInfo> all = m_ctx.db ? ConnectionRepository(*m_ctx.db).all() : QList<ConnectionInfo>();
    qint64 select = m_currentId;
    if (select == 0 || std::none_of(all.cbegin(), all.cend(), [select](const ConnectionInfo &c) { return c.id == select; }))
        select = m_ctx.connectionId;
    if (select == 0 && !all.isEmpty())
        select = all.first().id;
    reloadList(select);
    loadForm(select);
}

void SettingsPage::reloadList(qint64 select)
{
    m_loading = true;
    m_list->clear();
    if (m_ctx.db) {
        for (const ConnectionInfo &c : ConnectionRepository(*m_ctx.db).all()) {
            auto *item = new QListWidgetItem(c.name.isEmpty() ? c.systemId : c.name, m_list);
            item->setData(Qt::UserRole, c.id);
            item->setToolTip(QStringLiteral("%1 · %2 · %3").arg(ConnectorRegistry::displayName(c.pms), c.baseUrl.host(), c.systemId));
            if (c.id == select)
                m_list->setCurrentItem(item);
        }
    }
    if (select == 0) {
        auto *item = new QListWidgetItem(tr("New connection"), m_list);
        item->setData(Qt::UserRole, qint64(0));
        m_list->setCurrentItem(item);
    }
    m_removeButton->setEnabled(select != 0);
    m_loading = false;
}

void SettingsPage::addConnection()
{
    if (m_currentId == 0 && m_dirty)
        return; // already adding one
    if (m_dirty && MessageBox::question(this, tr("Unsaved changes"), tr("Discard the changes to this connection?"))
                       != QMessageBox::Yes)
        return;
    reloadList(0);
    loadForm(0);
    m_name->setFocus();
}

void SettingsPage::showConnection(qint64 connectionId)
{
    reloadList(connectionId);
    loadForm(connectionId);
}

void SettingsPage::loadForm(qint64 id)
{
    m_loading = true;
    m_currentId = id;
    ConnectionInfo c;
    if (id > 0 && m_ctx.db) {
        if (auto r = ConnectionRepository(*m_ctx.db).get(id); r.ok())
            c = r.value();
    } else {
        c.baseUrl = QUrl(kDefaultBaseUrl);
    }
    m_pms->setCurrentIndex(qMax(0, m_pms->findData(c.pms)));
    m_pms->setEnabled(id == 0); // a saved connection keeps its PMS: its cache rows are that PMS's
    m_name->setText(c.name);
    m_baseUrl->setText(c.baseUrl.toString());
    const QJsonValue vendor = c.pmsSettings.value(QLatin1String("defaultVendorId"));
    m_vendor->setText(vendor.isDouble() ? QString::number(qint64(vendor.toDouble())) : vendor.toString());
    showPmsFields(c.pms);
    m_systemId->setText(c.systemId);
    m_clientId->setText(c.clientId);
    m_secret->clear();
    m_user->setText(c.integrationUser);
    m_email->setText(c.integrationEmail);
    m_pmsUserEmail = c.pmsUserEmail;
    m_userSync->setChecked(c.userSync);
    m_unitSync->setEnabled(c.userSync);
    m_unitSync->setChecked(c.userSync && c.unitSync);
    m_lookback->setValue(c.lookbackHours);
    m_silenceLimit->setValue(m_ctx.db ? NetworkSettings::silenceLimitSecs(*m_ctx.db)
                                      : NetworkSettings::kDefaultSilenceLimitSecs);

    QHash<ScheduledJob, ScheduleSpec> specs;
    if (id > 0 && m_ctx.db) {
        if (auto stored = ScheduleRepository(*m_ctx.db).specs(id); stored.ok())
            specs = stored.value();
    }
    m_schedules->load(id, specs);

    showProblems({});
    m_testResult->clear();
    m_saveResult->clear();
    m_emailNote->setVisible(!m_pmsUserEmail.isEmpty()
                            && m_pmsUserEmail.compare(c.integrationEmail, Qt::CaseInsensitive) != 0);
    m_emailNote->setStyleSheet(kErrorStyle);
    m_emailNote->setText(tr("The PMS says its API user's email is %1: work-order sync stays off until they match.")
                             .arg(m_pmsUserEmail));
    m_hasStoredSecret = false;
    m_secretIsSessionOnly = false;
    m_storedSecret.clear();
    updateSecretNote();
    m_removeButton->setEnabled(id > 0);
    m_loading = false;
    setDirty(false);

    if (id == 0)
        return;
    lookUpSecret(m_ctx, c.secretKey(), this, [this, id](const QString &secret, bool sessionOnly) {
        if (m_currentId != id)
            return;
        m_hasStoredSecret = !secret.isEmpty();
        m_storedSecret = secret;
        m_secretIsSessionOnly = m_hasStoredSecret && sessionOnly;
        updateSecretNote();
    });
}

ConnectionDraft SettingsPage::draft() const
{
    ConnectionDraft d;
    d.id = m_currentId;
    d.pms = m_pms->currentData().toString();
    d.vendorId = m_vendor->text().trimmed();
    d.name = m_name->text().trimmed();
    d.baseUrl = m_baseUrl->text().trimmed();
    d.systemId = m_systemId->text().trimmed();
    d.clientId = m_clientId->text().trimmed();
    d.secret = m_secret->text();
    d.hasStoredSecret = m_hasStoredSecret;
    d.integrationUser = m_user->text().trimmed();
    d.integrationEmail = m_email->text().trimmed();
    d.lookbackHours = m_lookback->value();
    return d;
}

void SettingsPage::showProblems(const QHash<Field, QString> &problems)
{
    for (auto it = m_errors.constBegin(); it != m_errors.constEnd(); ++it) {
        const QString message = problems.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
}

QString SettingsPage::fieldError(Field field) const
{
    QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString SettingsPage::testResult() const
{
    return m_testResult->text();
}

void SettingsPage::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
    m_revertButton->setEnabled(dirty);
    if (dirty)
        m_saveResult->clear();
}

void SettingsPage::updateSecretNote()
{
    QString note;
    if (m_hasStoredSecret && m_secretIsSessionOnly)
        note = tr("A secret is kept for this session only; leave the field empty to keep it.");
    else if (m_hasStoredSecret)
        note = tr("A secret is stored in the system keychain; leave the field empty to keep it.");
    else if (m_currentId > 0)
        note = tr("No secret is stored for this connection yet.");
    if (m_ctx.secrets && !m_ctx.secrets->isPersistent())
        note += (note.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("There is no system keychain on this computer: PMS Bridge keeps the secret for this session "
                 "only and asks for it again next time.");
    else if (!m_hasStoredSecret)
        note += (note.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("The secret is kept in the system keychain, never in the settings or the cache.");
    m_secretNote->setText(note);
    m_secret->setPlaceholderText(m_hasStoredSecret ? tr("•••••••• (unchanged)") : QString());
}

void SettingsPage::userSyncToggled(bool on)
{
    // R20: Unit Sync follows User Sync on; it can then be switched off on its own.
    m_unitSync->setEnabled(on);
    m_unitSync->setChecked(on);
    setDirty(true);
}

void SettingsPage::askForSecret(qint64 connectionId, const QString &message)
{
    if (connectionId != m_currentId && !m_dirty)
        showConnection(connectionId);
    QLabel *label = m_errors.value(Field::Secret);
    label->setText(message);
    label->show();
    m_secret->setFocus();
}

void SettingsPage::revert()
{
    loadForm(m_currentId);
}

void SettingsPage::testConnection()
{
    const ConnectionDraft d = draft();
    const QHash<Field, QString> problems = ConnectionValidator::validateForTest(d);
    showProblems(problems);
    if (!problems.isEmpty()) {
        m_testResult->setStyleSheet(kErrorStyle);
        m_testResult->setText(tr("Fix the fields marked above first."));
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Testing…"));
    ConnectionInfo c;
    c.id = d.id;
    c.pms = d.pms;
    c.baseUrl = QUrl(d.baseUrl);
    c.systemId = d.systemId;
    c.clientId = d.clientId;
    c.integrationUser = d.integrationUser;
    c.integrationEmail = d.integrationEmail;
    m_tester->start(c, d.secret.isEmpty() ? m_storedSecret : d.secret);
}

bool SettingsPage::save()
{
    if (!m_ctx.db)
        return false;
    const ConnectionDraft d = draft();
    const QHash<Field, QString> problems = ConnectionValidator::validate(d);
    showProblems(problems);
    if (!problems.isEmpty()) {
        m_saveResult->setStyleSheet(kErrorStyle);
        m_saveResult->setText(tr("Not saved: fix the fields marked in red."));
        return false;
    }
    ConnectionRepository repo(*m_ctx.db);
    ConnectionInfo c;
    QString oldKey;
    if (d.id > 0) {
        auto existing = repo.get(d.id);
        if (!existing.ok()) {
            m_saveResult->setText(existing.errorMessage());
            return false;
        }
        c = existing.value();
        oldKey = c.secretKey();
    }
    if (d.id == 0)
        c.pms = d.pms;
    const bool buildium = c.pms == QLatin1String("buildium");
    c.baseUrl = QUrl(d.baseUrl);
    // Buildium has no system id: the API key's client id names the account (R22).
    c.systemId = buildium ? d.clientId : d.systemId;
    c.name = d.name.isEmpty() ? (buildium ? QStringLiteral("Buildium %1").arg(d.clientId.left(12)) : d.systemId) : d.name;
    if (buildium)
        c.pmsSettings.insert(QStringLiteral("defaultVendorId"), d.vendorId.toLongLong());
    c.clientId = d.clientId;
    c.integrationUser = d.integrationUser;
    c.integrationEmail = d.integrationEmail;
    c.userSync = m_userSync->isChecked();
    c.unitSync = c.userSync && m_unitSync->isChecked();
    c.lookbackHours = d.lookbackHours;

    Transaction tx(*m_ctx.db);
    const bool created = d.id == 0;
    if (created) {
        auto id = repo.insert(c);
        if (!id.ok()) {
            m_saveResult->setStyleSheet(kErrorStyle);
            m_saveResult->setText(tr("Not saved: %1").arg(id.errorMessage()));
            return false;
        }
        c.id = id.value();
    } else if (Status s = repo.update(c); !s.ok()) {
        m_saveResult->setStyleSheet(kErrorStyle);
        m_saveResult->setText(tr("Not saved: %1").arg(s.errorMessage()));
        return false;
    }
    ScheduleRepository schedules(*m_ctx.db);
    const QHash<ScheduledJob, ScheduleSpec> shownSchedules = m_schedules->specs();
    if (Status s = schedules.saveAll(c.id, shownSchedules); !s.ok()) {
        m_saveResult->setText(tr("Not saved: %1").arg(s.errorMessage()));
        return false;
    }
    if (Status s = NetworkSettings::setSilenceLimitSecs(*m_ctx.db, m_silenceLimit->value()); !s.ok()) {
        m_saveResult->setText(tr("Not saved: %1").arg(s.errorMessage()));
        return false;
    }
    if (Status s = tx.commit(); !s.ok()) {
        m_saveResult->setText(tr("Not saved: %1").arg(s.errorMessage()));
        return false;
    }

    // The secret: a new one from the field, or the stored one moved when the client or system ID changed.
    const QString newKey = c.secretKey();
    QString secret = d.secret;
    if (secret.isEmpty() && !oldKey.isEmpty() && oldKey != newKey)
        secret = m_storedSecret;
    if (!secret.isEmpty()) {
        if (m_ctx.sync)
            m_ctx.sync->setSecret(c.id, secret);
        SecretStore *store = m_secretIsSessionOnly && m_ctx.sessionSecrets && d.secret.isEmpty() ? m_ctx.sessionSecrets
                                                                                                 : m_ctx.secrets;
        if (store) {
            QPointer<SettingsPage> self(this);
            const qint64 id = c.id;
            store->write(newKey, secret, [self, id, store](const Status &s) {
                if (!self || self->m_currentId != id)
                    return;
                self->m_hasStoredSecret = true;
                self->m_secretIsSessionOnly = !store->isPersistent();
                if (!s.ok()) {
                    self->m_saveResult->setStyleSheet(kErrorStyle);
                    self->m_saveResult->setText(tr("Saved, but the secret could not be stored: %1").arg(s.errorMessage()));
                }
                self->updateSecretNote();
            }, this);
            if (!oldKey.isEmpty() && oldKey != newKey)
                store->remove(oldKey);
        }
        m_storedSecret = secret;
    }
    if (m_ctx.scheduler) {
        if (auto specs = schedules.specs(c.id); specs.ok())
            m_ctx.scheduler->setConnectionSchedule(c.id, specs.value());
    }

    m_dirty = false;
    reloadList(c.id);
    loadForm(c.id);
    if (!secret.isEmpty()) {
        m_hasStoredSecret = true;
        updateSecretNote();
    }
    m_saveResult->setStyleSheet(kOkStyle);
    const QString moved = m_schedules->minuteNote(shownSchedules, created);
    m_saveResult->setText((created ? tr("Connection added.") : tr("Saved."))
        + (moved.isEmpty() ? QString() : QLatin1Char(' ') + moved));
    Q_EMIT connectionSaved(c.id, created);
    return true;
}

void SettingsPage::removeConnection()
{
    if (m_currentId == 0 || !m_ctx.db)
        return;
    ConnectionRepository repo(*m_ctx.db);
    auto c = repo.get(m_currentId);
    if (!c.ok())
        return;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Remove connection"),
        tr("Remove the connection \"%1\" and everything synced from it (properties, units, residents, leases, "
           "work orders and its run history)? The PMS itself is not changed.")
            .arg(c->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = repo.remove(c->id); !s.ok()) {
        m_saveResult->setStyleSheet(kErrorStyle);
        m_saveResult->setText(tr("Not removed: %1").arg(s.errorMessage()));
        return;
    }
    if (m_ctx.secrets)
        m_ctx.secrets->remove(c->secretKey());
    if (m_ctx.sessionSecrets)
        m_ctx.sessionSecrets->remove(c->secretKey());
    if (m_ctx.scheduler)
        m_ctx.scheduler->removeConnection(c->id);
    m_dirty = false;
    m_currentId = 0;
    refresh();
    Q_EMIT connectionsChanged();
}

} // namespace pms
