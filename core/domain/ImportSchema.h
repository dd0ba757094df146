#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pms {

/// What `pmsbridge import` (and the import wizard) can load.
enum class ImportEntity { Owners, Vendors, PlatformUnits };

/// The columns an import understands, how headers are matched to them and how values are checked.
///
/// Headers match case-insensitively, ignoring spaces, underscores and hyphens ("Postal Code" =
/// postal_code, "E-mail" = email), plus a few common aliases (zip → postal_code). Columns our own
/// export adds (id, imported_at, created_at, updated_at) are ignored silently, so an exported file
/// imports as it is; any other unknown column is ignored with a warning.
class ImportSchema
{
public:
    enum class Type { Text, Email, Phone, Date, Number };

    struct Field
    {
        QString key;        // the canonical column name, e.g. "postal_code"
        Type type = Type::Text;
        bool required = false;
    };

    static QList<Field> fields(ImportEntity entity);
    /// Index of the field @p key in fields(entity), -1 when there is none.
    static int fieldIndex(ImportEntity entity, const QString &key);
    /// The field a header cell stands for (-1: unknown), after normalisation and aliases.
    static int matchHeader(ImportEntity entity, const QString &header);
    /// True for columns an export of ours adds that an import ignores without a warning.
    static bool isIgnoredColumn(const QString &header);
    static QString normalizeHeader(const QString &header);

    /// "owners", "vendors", "platform-units" (the command-line words), and back.
    static QString entityName(ImportEntity entity);
    static std::optional<ImportEntity> entityFromName(const QString &name);
    static QStringList entityNames();
    /// "owner"/"owners", "vendor"/"vendors", "platform unit"/"platform units" for messages.
    static QString noun(ImportEntity entity, qint64 count);

    /// Checks one non-empty, trimmed value. Returns an empty string when it is good, else the
    /// reason in words, e.g. "not an email address ('bob@')".
    static QString checkValue(Type type, const QString &value);
    static bool isEmail(const QString &value);
    static bool isPhone(const QString &value);
    static bool isDate(const QString &value);
};

} // namespace pms
