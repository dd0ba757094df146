#include "ImportSupport.h"

#include "common/CsvWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

// Q_INIT_RESOURCE declares a function, so it must be used outside any namespace.
static void initImportQrc()
{
    Q_INIT_RESOURCE(import);
}

namespace pms {

namespace {

QString trSupport(const char *text)
{
    return QCoreApplication::translate("pms::ImportSupport", text);
}

} // namespace

void ImportSupport::initResources()
{
    static const bool done = [] {
        initImportQrc();
        return true;
    }();
    Q_UNUSED(done)
}

QString ImportSupport::entityTitle(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Owners:
        return QCoreApplication::translate("pms::ImportSupport", "Owners");
    case ImportEntity::Vendors:
        return QCoreApplication::translate("pms::ImportSupport", "Service Providers");
    case ImportEntity::PlatformUnits:
        return QCoreApplication::translate("pms::ImportSupport", "Platform Units");
    }
    return {};
}

QString ImportSupport::noun(ImportEntity entity, qint64 count)
{
    if (entity == ImportEntity::Vendors)
        return count == 1 ? QCoreApplication::translate("pms::ImportSupport", "service provider") : QCoreApplication::translate("pms::ImportSupport", "service providers");
    return ImportSchema::noun(entity, count);
}

QString ImportSupport::outcomeText(ImportEntity entity, const ImportOutcome &outcome)
{
    const QLocale locale;
    const qint64 written = outcome.written();
    if (written == 0)
        return outcome.unchanged == 1
            ? QCoreApplication::translate("pms::ImportSupport", "Nothing changed: the 1 %1 in the file is already in the cache as it is.")
                  .arg(noun(entity, 1))
            : QCoreApplication::translate("pms::ImportSupport", "Nothing changed: the %1 %2 in the file are already in the cache as they are.")
                  .arg(locale.toString(outcome.unchanged), noun(entity, outcome.unchanged));
    QString text = written == 1 ? QCoreApplication::translate("pms::ImportSupport", "Imported 1 %1").arg(noun(entity, 1))
                                : QCoreApplication::translate("pms::ImportSupport", "Imported %1 %2").arg(locale.toString(written), noun(entity, written));
    if (outcome.updated == 0 && outcome.unchanged == 0)
        return text + QLatin1Char('.');
    QStringList parts;
    parts << QCoreApplication::translate("pms::ImportSupport", "%1 added").arg(locale.toString(outcome.added))
          << QCoreApplication::translate("pms::ImportSupport", "%1 updated").arg(locale.toString(outcome.updated));
    if (outcome.unchanged > 0)
        parts << QCoreApplication::translate("pms::ImportSupport", "%1 unchanged").arg(locale.toString(outcome.unchanged));
    return QCoreApplication::translate("pms::ImportSupport", "%1: %2.").arg(text, parts.join(QStringLiteral(", ")));
}

QString ImportSupport::fieldTitle(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *title;
    } titles[] = {
        { "name", QT_TRANSLATE_NOOP("pms::ImportSupport", "Name") },
        { "email", QT_TRANSLATE_NOOP("pms::ImportSupport", "Email") },
        { "phone", QT_TRANSLATE_NOOP("pms::ImportSupport", "Phone") },
        { "address", QT_TRANSLATE_NOOP("pms::ImportSupport", "Address") },
        { "city", QT_TRANSLATE_NOOP("pms::ImportSupport", "City") },
        { "state", QT_TRANSLATE_NOOP("pms::ImportSupport", "State") },
        { "postal_code", QT_TRANSLATE_NOOP("pms::ImportSupport", "Postal code") },
        { "notes", QT_TRANSLATE_NOOP("pms::ImportSupport", "Notes") },
        { "external_ref", QT_TRANSLATE_NOOP("pms::ImportSupport", "External reference") },
        { "trade", QT_TRANSLATE_NOOP("pms::ImportSupport", "Trade") },
        { "insurance_expires", QT_TRANSLATE_NOOP("pms::ImportSupport", "Insurance expires") },
        { "building", QT_TRANSLATE_NOOP("pms::ImportSupport", "Building") },
        { "floor", QT_TRANSLATE_NOOP("pms::ImportSupport", "Floor") },
    };
    for (const auto &t : titles)
        if (key == QLatin1String(t.key))
            return trSupport(t.title);
    return key;
}

QString ImportSupport::typeHint(ImportSchema::Type type)
{
    switch (type) {
    case ImportSchema::Type::Text:
        return QCoreApplication::translate("pms::ImportSupport", "text");
    case ImportSchema::Type::Email:
        return QCoreApplication::translate("pms::ImportSupport", "an email address");
    case ImportSchema::Type::Phone:
        return QCoreApplication::translate("pms::ImportSupport", "a phone number");
    case ImportSchema::Type::Date:
        return QCoreApplication::translate("pms::ImportSupport", "a date, YYYY-MM-DD");
    case ImportSchema::Type::Number:
        return QCoreApplication::translate("pms::ImportSupport", "a number");
    }
    return {};
}

QStringList ImportSupport::exampleRow(ImportEntity entity)
{
    // Values every check accepts, so the template imports as it is.
    switch (entity) {
    case ImportEntity::Owners:
        return { QStringLiteral("Jane Doe"), QStringLiteral("jane.doe@example.com"),
            QStringLiteral("555-010-1234"), QStringLiteral("12 Main St"), QStringLiteral("Springfield"),
            QStringLiteral("IL"), QStringLiteral("62701"), QStringLiteral("Prefers email"),
            QStringLiteral("OWN-001") };
    case ImportEntity::Vendors:
        return { QStringLiteral("Acme Plumbing"), QStringLiteral("Plumbing"),
            QStringLiteral("office@acme.example"), QStringLiteral("555-010-2000"), QStringLiteral("9 Elm St"),
            QStringLiteral("Portland"), QStringLiteral("OR"), QStringLiteral("97201"),
            QStringLiteral("2026-12-31"), QStringLiteral("24/7 emergency line"), QStringLiteral("VEN-001") };
    case ImportEntity::PlatformUnits:
        return { QStringLiteral("A-101"), QStringLiteral("Maple Court"), QStringLiteral("1"),
            QStringLiteral("PU-A-101") };
    }
    return {};
}

QString ImportSupport::templateFileName(ImportEntity entity)
{
    return ImportSchema::entityName(entity) + QStringLiteral("-template.csv");
}

bool ImportSupport::writeTemplate(QIODevice &device, ImportEntity entity)
{
    QStringList header;
    for (const ImportSchema::Field &f : ImportSchema::fields(entity))
        header << f.key;
    CsvWriter writer(&device);
    writer.writeHeader(header);
    writer.writeRow(exampleRow(entity));
    return writer.flush() && !writer.hasError();
}

bool ImportSupport::writeIssues(QIODevice &device, const ImportReport &report)
{
    CsvWriter writer(&device);
    writer.setColumnKinds({ CsvWriter::ColumnKind::Number });
    writer.writeHeader({ QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("reason"),
        QStringLiteral("severity") });
    const auto write = [&](const ImportIssue &i, const QString &severity) {
        writer.writeRow({ i.line > 0 ? QString::number(i.line) : QString(), i.column, i.message, severity });
    };
    for (const ImportIssue &i : report.errors)
        write(i, QStringLiteral("error"));
    for (const ImportIssue &i : report.warnings)
        write(i, QStringLiteral("warning"));
    return writer.flush() && !writer.hasError();
}

void ImportSupport::saveInBackground(QObject *context, const QString &path,
    std::function<bool(QIODevice &)> write, std::function<void(const Status &)> done)
{
    auto *watcher = new QFutureWatcher<Status>(context);
    QObject::connect(watcher, &QFutureWatcher<Status>::finished, context, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path, write = std::move(write)]() -> Status {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error(
                QCoreApplication::translate("pms::ImportSupport", "Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        if (!write(file) || !file.commit())
            return Error(
                QCoreApplication::translate("pms::ImportSupport", "Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return {};
    }));
}

} // namespace pms
