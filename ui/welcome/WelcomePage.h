#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pms {

/// The first-run page shown while the cache has no connection: connect to a PMS, or try the
/// built-in simulator.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Shows that the demo is starting (buttons off) or failed (@p message, buttons on again).
    void setDemoState(bool starting, const QString &message = {});

Q_SIGNALS:
    void connectRequested();
    void demoRequested();

private:
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_demoButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace pms
