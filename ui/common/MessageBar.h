#pragma once

#include <QLabel>

class QTimer;

namespace pms {

/// The line above a table that says what just happened: an error (the 1:1 rule, a
/// failed undo) stays until the next successful edit; a notice fades after a few seconds. Never
/// a modal box: the user keeps working.
class MessageBar : public QLabel
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, bool error);
    bool isError() const { return m_error; }
    /// Hides an error after an edit went through (a notice stays until its timer ends).
    void clearError();

private:
    QTimer *m_timer;
    bool m_error = false;
};

} // namespace pms
