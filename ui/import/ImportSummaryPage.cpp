#include "ImportSummaryPage.h"

#include "ImportSupport.h"
#include "ImportWizard.h"

#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace pms {

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setTitle(tr("Summary"));
    setFinalPage(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(16);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(32, 32);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    top->addWidget(m_icon, 0, Qt::AlignVCenter);
    top->addWidget(m_headline, 1);
    layout->addLayout(top);

    auto *figures = new QFrame(this);
    figures->setObjectName(QStringLiteral("figures"));
    figures->setStyleSheet(
        QStringLiteral("#figures { background: #f5f7f8; border: 1px solid #dfe4e7; border-radius: 6px; }"));
    auto *grid = new QGridLayout(figures);
    grid->setContentsMargins(18, 14, 18, 14);
    grid->setHorizontalSpacing(36);
    grid->setVerticalSpacing(2);
    addFigure(grid, QStringLiteral("added"), tr("Added"), 0);
    addFigure(grid, QStringLiteral("updated"), tr("Updated"), 1);
    addFigure(grid, QStringLiteral("rows"), tr("Rows in the file"), 2);
    addFigure(grid, QStringLiteral("warnings"), tr("Warnings"), 3);
    grid->setColumnStretch(4, 1);
    layout->addWidget(figures);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("summaryNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

QLabel *ImportSummaryPage::addFigure(QGridLayout *grid, const QString &name, const QString &title, int column)
{
    QWidget *frame = grid->parentWidget();
    auto *value = new QLabel(QStringLiteral("0"), frame);
    value->setObjectName(name + QStringLiteral("Count"));
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    value->setFont(f);
    auto *caption = new QLabel(title, frame);
    caption->setStyleSheet(QStringLiteral("color:#607d8b"));
    grid->addWidget(value, 0, column);
    grid->addWidget(caption, 1, column);
    return value;
}

QString ImportSummaryPage::headline() const
{
    return m_headline->text();
}

QString ImportSummaryPage::figure(const QString &name) const
{
    const auto *label = findChild<QLabel *>(name + QStringLiteral("Count"));
    return label ? label->text() : QString();
}

void ImportSummaryPage::initializePage()
{
    const ImportReport &r = m_wizard->report();
    const ImportOutcome &outcome = m_wizard->outcome();
    const bool ok = m_wizard->importError().isEmpty() && (outcome.written() > 0 || outcome.unchanged > 0);
    const QLocale locale;
    const auto set = [this, &locale](const QString &name, qint64 n) {
        if (auto *label = findChild<QLabel *>(name + QStringLiteral("Count")))
            label->setText(locale.toString(n));
    };
    set(QStringLiteral("added"), ok ? outcome.added : 0);
    set(QStringLiteral("updated"), ok ? outcome.updated : 0);
    set(QStringLiteral("rows"), r.rowCount);
    set(QStringLiteral("warnings"), r.warnings.size());

    const QString file = QFileInfo(m_wizard->filePath()).fileName().toHtmlEscaped();
    if (ok) {
        setSubTitle(tr("The import is complete."));
        m_icon->setPixmap(QIcon(QStringLiteral(":/import/ok.svg")).pixmap(32, 32));
        m_headline->setText(ImportSupport::outcomeText(r.entity, outcome));
        const QString where = r.entity == ImportEntity::PlatformUnits
            ? tr("They are on the Platform units tab of Unit Mapping, ready to be mapped to PMS units.")
            : tr("They are listed on Owners & Service Providers, where Export CSV writes them back out.");
        const QString how = r.entity == ImportEntity::PlatformUnits
            ? tr("Existing %1 were not changed: an import of platform units only adds.")
                  .arg(ImportSupport::noun(r.entity, 2).toHtmlEscaped())
            : tr("Lines with an external reference already in the cache updated that %1; the others were "
                 "added.")
                  .arg(ImportSupport::noun(r.entity, 1).toHtmlEscaped());
        m_note->setText(tr("Every row of <b>%1</b> was written in one transaction. %2<br><br>%3")
                            .arg(file, how, where.toHtmlEscaped()));
    } else {
        setSubTitle(tr("The import did not complete."));
        m_icon->setPixmap(QIcon(QStringLiteral(":/import/failed.svg")).pixmap(32, 32));
        m_headline->setText(tr("Nothing was imported."));
        QString why
            = m_wizard->importError().isEmpty() ? tr("no rows were written") : m_wizard->importError();
        while (why.endsWith(QLatin1Char('.')))
            why.chop(1);
        m_note->setText(
            tr("The cache is unchanged: %1.<br>Fix the problem and run the import again; the file "
               "<b>%2</b> can be imported as it is once the cause is gone.")
                .arg(why.toHtmlEscaped(), file));
    }
}

} // namespace pms
