#include "ImportWizard.h"

#include "ImportCommitPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportSummaryPage.h"
#include "ImportSupport.h"
#include "ImportValidatePage.h"

#include <QIcon>
#include <QPixmap>

namespace pms {

ImportWizard::ImportWizard(ImportEntity entity, const QString &dbPath, QWidget *parent)
    : QWizard(parent)
    , m_entity(entity)
    , m_dbPath(dbPath)
{
    ImportSupport::initResources();
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import %1 from CSV").arg(ImportSupport::entityTitle(entity)));
    // The modern style's banner carries each step's title and subtitle on every platform.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/import/file.svg")).pixmap(48, 48));

    m_filePage = new ImportFilePage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_validatePage = new ImportValidatePage(this);
    m_commitPage = new ImportCommitPage(this);
    m_summaryPage = new ImportSummaryPage(this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ValidatePageId, m_validatePage);
    setPage(ImportPageId, m_commitPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(FilePageId);
    resize(860, 600);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::filePath() const
{
    return m_filePage->path();
}

void ImportWizard::setFilePath(const QString &path)
{
    m_filePage->setPath(path);
}

void ImportWizard::setImportOutcome(const ImportOutcome &outcome, const QString &error)
{
    m_outcome = outcome;
    m_importError = error;
    if (outcome.written() > 0)
        Q_EMIT imported(outcome);
}

bool ImportWizard::isBusy() const
{
    return m_previewPage->isBusy() || m_validatePage->isBusy() || m_commitPage->isBusy()
        || m_filePage->isBusy();
}

void ImportWizard::reject()
{
    // The import is one transaction that cannot be stopped half-way; a check is cancelled by its
    // own button. Closing now would leave the user not knowing what was written.
    if (m_commitPage->isBusy())
        return;
    m_validatePage->cancel();
    QWizard::reject();
}

} // namespace pms
