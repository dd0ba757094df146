#include "WelcomePage.h"

#include "common/Version.h"

#include <QFrame>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pms {

namespace {

QWidget *choice(QWidget *parent, QPushButton *button, const QString &text)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMinimumWidth(300);
    frame->setMaximumWidth(360);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(12);
    auto *label = new QLabel(text, frame);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMinimumHeight(label->fontMetrics().lineSpacing() * 4);
    layout->addWidget(label, 1);
    button->setParent(frame);
    button->setMinimumHeight(36);
    button->setIconSize(QSize(20, 20));
    layout->addWidget(button);
    return frame;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/app-logo.svg")).pixmap(QSize(72, 72)));
    logo->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Welcome to PMS Bridge"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *intro = new QLabel(tr("PMS Bridge keeps a local copy of your Propertyware or Buildium portfolio, sends "
                                "work orders back to it, and helps you map PMS units to platform units. "
                                "Connect your PMS account to start, or try it first with the built-in "
                                "simulator."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    // A fixed width lets the layout ask the wrapped label for its real height.
    intro->setFixedWidth(620);

    m_connectButton = new QPushButton(QIcon(QStringLiteral(":/icons/app-settings.svg")), tr("Connect to your PMS…"));
    m_connectButton->setObjectName(QStringLiteral("welcomeConnectButton"));
    m_connectButton->setDefault(true);
    m_demoButton = new QPushButton(QIcon(QStringLiteral(":/icons/app-sync.svg")), tr("Try the demo"));
    m_demoButton->setObjectName(QStringLiteral("welcomeDemoButton"));
    connect(m_connectButton, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);

    auto *choices = new QHBoxLayout;
    choices->setSpacing(24);
    choices->addStretch();
    choices->addWidget(choice(this, m_connectButton,
                              tr("First choose your PMS. Propertyware: the API's base URL, your system ID, and a "
                                 "client ID and secret from its API settings. Buildium: the client ID and secret of "
                                 "an API key, and the vendor new work orders get.")));
    choices->addWidget(choice(this, m_demoButton,
                              tr("Starts a simulated Propertyware account on this computer and syncs it, so you "
                                 "can see every screen at work. Nothing leaves your machine.")));
    choices->addStretch();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *version = new QLabel(tr("Version %1").arg(appVersion()), this);
    version->setAlignment(Qt::AlignCenter);
    version->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 24);
    layout->setSpacing(16);
    layout->addStretch(2);
    layout->addWidget(logo);
    layout->addWidget(title);
    auto *introRow = new QHBoxLayout;
    introRow->addStretch();
    introRow->addWidget(intro);
    introRow->addStretch();
    layout->addLayout(introRow);
    layout->addSpacing(12);
    layout->addLayout(choices);
    layout->addWidget(m_status);
    layout->addStretch(3);
    layout->addWidget(version);
}

void WelcomePage::setDemoState(bool starting, const QString &message)
{
    m_connectButton->setEnabled(!starting);
    m_demoButton->setEnabled(!starting);
    if (starting) {
        m_status->setText(tr("Starting the simulator…"));
        m_status->show();
    } else {
        m_status->setText(message);
        m_status->setVisible(!message.isEmpty());
    }
}

} // namespace pms
