#pragma once

#include <QDialog>

namespace pms {

/// Help ▸ About: name, version, Qt version, what the app is for. Shown with open(), not exec().
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace pms
