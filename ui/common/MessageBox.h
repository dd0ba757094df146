#pragma once

#include <QMessageBox>

namespace pms {

/// Message boxes with a test hook (as KeePassXC does): a test sets the next answer, and the box
/// returns it without ever opening, so GUI tests never sit in a modal exec() loop.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);

    /// Tests: the next box returns @p answer at once (and the title and text are recorded).
    /// NoButton switches the hook off.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Tests: the text of the last box that was answered by the hook.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace pms
