#include "MessageBar.h"

#include <QTimer>

namespace pms {

MessageBar::MessageBar(QWidget *parent)
    : QLabel(parent), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("message"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timer->setSingleShot(true);
    m_timer->setInterval(8000);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, bool error)
{
    m_error = error;
    setText(text);
    setStyleSheet(error ? QStringLiteral("QLabel { background: #fde8e6; border: 1px solid #e3a59d; color: #8a1f11; "
                                         "padding: 6px; }")
                        : QStringLiteral("QLabel { background: #e8f1fb; border: 1px solid #a9c7ea; padding: 6px; }"));
    show();
    if (error)
        m_timer->stop();
    else
        m_timer->start();
}

void MessageBar::clearError()
{
    if (m_error && isVisible())
        hide();
    m_error = false;
}

} // namespace pms
