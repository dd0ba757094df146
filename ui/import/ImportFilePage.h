#pragma once

#include <QWizardPage>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pms {

class ImportWizard;

/// Step 1 of the import: the file (typed, chosen with Browse… or dropped onto the page), the
/// columns the file may have, and "Save template…" (a header row and one example row).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    QString path() const;
    void setPath(const QString &path);
    /// Writes the template to @p path off the GUI thread; templateSaved tells the end.
    void saveTemplateTo(const QString &path);
    bool isBusy() const { return m_saving; }
    bool isComplete() const override;

public Q_SLOTS:
    void browse();
    void saveTemplate();

Q_SIGNALS:
    void templateSaved(bool ok, const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateState();
    void setDropHighlight(bool on);

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_fileState;
    QFrame *m_dropZone;
    QLabel *m_templateState;
    QPushButton *m_saveTemplate;
    bool m_saving = false;
};

} // namespace pms
