#pragma once

#include <QWizardPage>

class QGridLayout;
class QLabel;

namespace pms {

class ImportWizard;

/// The last step of the import: how many rows were added (and updated: an import never updates),
/// or that nothing was written and why.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard *wizard);

    void initializePage() override;
    QString headline() const;
    /// The figure shown for "added", "updated", "rows" or "warnings".
    QString figure(const QString &name) const;

private:
    QLabel *addFigure(QGridLayout *grid, const QString &name, const QString &title, int column);

    ImportWizard *m_wizard;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_note;
};

} // namespace pms
