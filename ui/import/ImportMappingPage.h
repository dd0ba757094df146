#pragma once

#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;

namespace pms {

class ImportWizard;

/// Step 3 of the import: which column of the file fills each field. One combo per field of the
/// schema, pre-filled from the header names (CsvImporter::suggestMapping); required fields are
/// marked, and the page cannot be left while one of them has no column or a column is chosen twice.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    /// The combo of the field @p key ("email"), null when the schema has no such field. Its item
    /// data is the file column (0-based) or -1 for "not imported".
    QComboBox *comboFor(const QString &key) const;
    /// What is missing or wrong ("" when the mapping is complete) and the line shown below.
    QString problem() const { return m_problem; }
    QString messageText() const;

private:
    void update();
    void updateExample(int field);

    ImportWizard *m_wizard;
    QList<QComboBox *> m_combos; // one per ImportSchema::fields() entry
    QList<QLabel *> m_examples;
    QLabel *m_message;
    QString m_problem;
};

} // namespace pms
