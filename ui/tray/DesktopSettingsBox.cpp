#include "DesktopSettingsBox.h"

#include "common/AppTranslator.h"
#include "ui/tray/TrayIcon.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>

namespace pms {

DesktopSettingsBox::DesktopSettingsBox(QWidget *parent)
    : QGroupBox(tr("Desktop"), parent)
{
    setObjectName(QStringLiteral("desktopSettings"));
    auto *form = new QFormLayout(this);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : AppTranslator::availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    const QString chosen = QSettings().value(AppTranslator::settingsKey()).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(chosen)));
    m_restartNote = new QLabel(tr("The new language applies the next time PMS Bridge starts."), this);
    m_restartNote->setWordWrap(true);
    m_restartNote->hide();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        QSettings settings;
        if (code.isEmpty())
            settings.remove(AppTranslator::settingsKey());
        else
            settings.setValue(AppTranslator::settingsKey(), code);
        m_restartNote->show();
    });
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);

    m_close = new QComboBox(this);
    m_close->setObjectName(QStringLiteral("closeWhileSyncingCombo"));
    m_close->addItem(tr("Ask"), int(TrayIcon::CloseChoice::Ask));
    m_close->addItem(tr("Keep running in the tray"), int(TrayIcon::CloseChoice::KeepInTray));
    m_close->addItem(tr("Stop the sync and close"), int(TrayIcon::CloseChoice::StopAndClose));
    m_close->setCurrentIndex(qMax(0, m_close->findData(int(TrayIcon::closeChoice()))));
    connect(m_close, &QComboBox::currentIndexChanged, this, [this] {
        TrayIcon::setCloseChoice(TrayIcon::CloseChoice(m_close->currentData().toInt()));
    });
    form->addRow(tr("Closing the window during a sync:"), m_close);
}

} // namespace pms
