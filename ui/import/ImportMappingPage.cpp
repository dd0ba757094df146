#include "ImportMappingPage.h"

#include "ImportSupport.h"
#include "ImportWizard.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pms {

namespace {

constexpr int kNotImported = -1;

QString colored(const QString &color, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, text.toHtmlEscaped());
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Map columns"));
    setSubTitle(tr("Pick the column of the file for each field; they were matched by header name. * marks a "
                   "required field."));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *form = new QWidget(this);
    auto *grid = new QGridLayout(form);
    grid->setContentsMargins(4, 4, 12, 4);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(8);
    auto *fieldHeader = new QLabel(tr("<b>Field</b>"), form);
    auto *columnHeader = new QLabel(tr("<b>Column in the file</b>"), form);
    auto *exampleHeader = new QLabel(tr("<b>First value in the file</b>"), form);
    grid->addWidget(fieldHeader, 0, 0);
    grid->addWidget(columnHeader, 0, 1);
    grid->addWidget(exampleHeader, 0, 2);

    const QList<ImportSchema::Field> fields = ImportSchema::fields(wizard->entity());
    for (int f = 0; f < fields.size(); ++f) {
        const ImportSchema::Field &field = fields.at(f);
        const QString title = ImportSupport::fieldTitle(field.key).toHtmlEscaped();
        auto *label = new QLabel(
            field.required ? tr("%1 <span style=\"color:#c62828\">*</span>").arg(title) : title, form);
        label->setTextFormat(Qt::RichText);
        label->setToolTip(
            field.required ? tr("Column '%1', required").arg(field.key) : tr("Column '%1'").arg(field.key));
        auto *combo = new QComboBox(form);
        combo->setObjectName(QStringLiteral("map_") + field.key);
        combo->setMinimumWidth(240);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        label->setBuddy(combo);
        auto *example = new QLabel(form);
        example->setTextFormat(Qt::RichText);
        example->setMinimumWidth(220);
        grid->addWidget(label, f + 1, 0);
        grid->addWidget(combo, f + 1, 1);
        grid->addWidget(example, f + 1, 2);
        m_combos << combo;
        m_examples << example;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, f] {
            updateExample(f);
            update();
        });
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(int(fields.size()) + 1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->setTextFormat(Qt::RichText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
}

void ImportMappingPage::initializePage()
{
    // Arriving from the preview: a new (or re-read) file, so start from the automatic mapping.
    const ImportPreview &p = m_wizard->preview();
    QHash<int, int> columnOfField;
    for (int c = 0; c < p.mapping.size(); ++c)
        if (p.mapping.at(c) >= 0 && !columnOfField.contains(p.mapping.at(c)))
            columnOfField.insert(p.mapping.at(c), c);
    for (int f = 0; f < m_combos.size(); ++f) {
        QComboBox *combo = m_combos.at(f);
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("— not imported —"), kNotImported);
        for (int c = 0; c < p.header.size(); ++c) {
            const QString name = p.header.at(c).isEmpty() ? tr("(no name)") : p.header.at(c);
            combo->addItem(tr("%1  (column %2)").arg(name).arg(c + 1), c);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(columnOfField.value(f, kNotImported))));
        updateExample(f);
    }
    update();
}

QComboBox *ImportMappingPage::comboFor(const QString &key) const
{
    const int f = ImportSchema::fieldIndex(m_wizard->entity(), key);
    return f >= 0 && f < m_combos.size() ? m_combos.at(f) : nullptr;
}

QString ImportMappingPage::messageText() const
{
    return m_message->text();
}

void ImportMappingPage::updateExample(int field)
{
    const ImportSchema::Field spec = ImportSchema::fields(m_wizard->entity()).at(field);
    const int column = m_combos.at(field)->currentData().toInt();
    const QString hint = ImportSupport::typeHint(spec.type);
    QString first;
    if (column >= 0)
        for (const CsvRecord &rec : m_wizard->preview().rows)
            if (column < rec.fields.size() && !rec.fields.at(column).trimmed().isEmpty()) {
                first = rec.fields.at(column).trimmed();
                break;
            }
    if (first.size() > 40)
        first = first.left(39) + QChar(0x2026);
    // Plain text needs no hint; emails, phones and dates say what the check expects.
    const bool typed = spec.type != ImportSchema::Type::Text;
    const QString grey = QStringLiteral("#78909c");
    if (first.isEmpty())
        m_examples.at(field)->setText(typed ? colored(grey, hint) : QString());
    else
        m_examples.at(field)->setText(typed
                ? tr("“%1” %2").arg(first.toHtmlEscaped(), colored(grey, tr("· %1").arg(hint)))
                : tr("“%1”").arg(first.toHtmlEscaped()));
}

void ImportMappingPage::update()
{
    const QList<ImportSchema::Field> fields = ImportSchema::fields(m_wizard->entity());
    const ImportPreview &p = m_wizard->preview();
    QList<int> mapping(p.header.size(), kNotImported);
    QStringList missing;
    QString twice;
    for (int f = 0; f < m_combos.size(); ++f) {
        const int column = m_combos.at(f)->currentData().toInt();
        if (column < 0 || column >= mapping.size()) {
            if (fields.at(f).required)
                missing << ImportSupport::fieldTitle(fields.at(f).key);
            continue;
        }
        if (mapping.at(column) != kNotImported) {
            if (twice.isEmpty())
                twice = tr(
                    "The column '%1' is chosen for both %2 and %3; a column can fill one field only. Choose "
                    "another column for one of them, or “not imported”.")
                            .arg(p.header.at(column),
                                ImportSupport::fieldTitle(fields.at(mapping.at(column)).key),
                                ImportSupport::fieldTitle(fields.at(f).key));
            continue;
        }
        mapping[column] = f;
    }
    m_wizard->setMapping(mapping);

    if (!missing.isEmpty())
        m_problem = missing.size() == 1
            ? tr("Choose the column that holds %1: it is required, so the import cannot go on without it.")
                  .arg(missing.constFirst())
            : tr("Choose the columns that hold %1: they are required, so the import cannot go on without "
                 "them.")
                  .arg(missing.join(QStringLiteral(", ")));
    else
        m_problem = twice;

    if (!m_problem.isEmpty()) {
        m_message->setText(QStringLiteral("<img src=\":/import/error.svg\" width=\"14\" height=\"14\"> ")
            + colored(QStringLiteral("#c62828"), m_problem));
    } else {
        QStringList unused;
        for (int c = 0; c < mapping.size(); ++c)
            if (mapping.at(c) == kNotImported && !ImportSchema::isIgnoredColumn(p.header.at(c)))
                unused << (p.header.at(c).isEmpty() ? tr("column %1").arg(c + 1) : p.header.at(c));
        QString text = tr("Every required field has a column.");
        if (!unused.isEmpty())
            text += QLatin1Char(' ') + tr("Not imported: %1.").arg(unused.join(QStringLiteral(", ")));
        m_message->setText(QStringLiteral("<img src=\":/import/ok.svg\" width=\"14\" height=\"14\"> ")
            + colored(QStringLiteral("#2e7d32"), text));
    }
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_problem.isEmpty() && !m_wizard->preview().header.isEmpty();
}

} // namespace pms
