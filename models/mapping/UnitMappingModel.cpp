#include "UnitMappingModel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace pms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pms::UnitMappingModel", text);
}

// "Unit 9" before "Unit 10": digit runs compare as numbers, the rest case-insensitively.
int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const QChar ca = a.at(i), cb = b.at(j);
        if (ca.isDigit() && cb.isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            qsizetype si = i, sj = j;
            while (si + 1 < ei && a.at(si) == QLatin1Char('0'))
                ++si;
            while (sj + 1 < ej && b.at(sj) == QLatin1Char('0'))
                ++sj;
            if (ei - si != ej - sj)
                return ei - si < ej - sj ? -1 : 1;
            for (qsizetype k = 0; k < ei - si; ++k)
                if (a.at(si + k) != b.at(sj + k))
                    return a.at(si + k) < b.at(sj + k) ? -1 : 1;
            i = ei;
            j = ej;
            continue;
        }
        const QChar la = ca.toLower(), lb = cb.toLower();
        if (la != lb)
            return la < lb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

QString percent(double confidence)
{
    return QLocale().toString(qRound(confidence * 100.0)) + QStringLiteral(" %");
}

QString methodText(const QString &method)
{
    if (method == QLatin1String("suggestion"))
        return tr("accepted suggestion");
    if (method == QLatin1String("cli"))
        return tr("mapped from the command line");
    if (method == QLatin1String("import"))
        return tr("imported");
    return tr("mapped by hand");
}

} // namespace

UnitMappingModel::UnitMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UnitMappingModel::setSnapshot(std::vector<PmsUnitRow> units, std::vector<PlatformUnitRow> platformUnits)
{
    beginResetModel();
    m_rows = std::move(units);
    m_platform = std::move(platformUnits);
    m_rowIndex.clear();
    m_rowIndex.reserve(qsizetype(m_rows.size()));
    m_mappedCount = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_rowIndex.insert(m_rows[i].unitId, int(i));
        m_mappedCount += m_rows[i].platformUnitId ? 1 : 0;
    }
    m_platformIndex.clear();
    m_platformIndex.reserve(qsizetype(m_platform.size()));
    for (size_t i = 0; i < m_platform.size(); ++i)
        m_platformIndex.insert(m_platform[i].id, int(i));
    for (auto it = m_suggestions.begin(); it != m_suggestions.end();) {
        if (m_rowIndex.contains(it.key()) && m_platformIndex.contains(it->platformUnitId))
            ++it;
        else
            it = m_suggestions.erase(it);
    }
    rebuildVisible();
    endResetModel();
    Q_EMIT countsChanged();
}

void UnitMappingModel::setSuggestions(const std::vector<Suggestion> &suggestions)
{
    m_suggestions.clear();
    m_suggestedTo.clear();
    m_suggestions.reserve(qsizetype(suggestions.size()));
    for (const Suggestion &s : suggestions) {
        if (!m_rowIndex.contains(s.unitId))
            continue;
        m_suggestions.insert(s.unitId, s);
        m_suggestedTo.insert(s.platformUnitId, s.unitId);
    }
    if (m_filter == Filter::HasSuggestion || m_sortColumn >= SuggestedColumn) {
        beginResetModel();
        rebuildVisible();
        endResetModel();
    } else if (!m_visible.empty()) {
        Q_EMIT dataChanged(index(0, SuggestedColumn), index(rowCount() - 1, ConfidenceColumn));
    }
    Q_EMIT countsChanged();
}

void UnitMappingModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildVisible();
    endResetModel();
}

void UnitMappingModel::setPropertyFilter(qint64 propertyId)
{
    if (propertyId == m_propertyId)
        return;
    beginResetModel();
    m_propertyId = propertyId;
    rebuildVisible();
    endResetModel();
}

void UnitMappingModel::setSearch(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    beginResetModel();
    m_search = text.trimmed();
    m_searchWords = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    rebuildVisible();
    endResetModel();
}

bool UnitMappingModel::accepts(const PmsUnitRow &r) const
{
    if (m_propertyId && r.propertyId != m_propertyId)
        return false;
    switch (m_filter) {
    case Filter::All: break;
    case Filter::Unmapped:
        if (r.platformUnitId)
            return false;
        break;
    case Filter::Mapped:
        if (!r.platformUnitId)
            return false;
        break;
    case Filter::HasSuggestion: {
        if (r.platformUnitId || !m_suggestions.contains(r.unitId))
            return false;
        const PlatformUnitRow *p = platformUnit(m_suggestions.value(r.unitId).platformUnitId);
        if (!p || p->mappedUnitId)
            return false;
        break;
    }
    }
    for (const QString &w : m_searchWords) {
        const auto s = m_suggestions.constFind(r.unitId);
        if (!r.unitName.contains(w, Qt::CaseInsensitive) && !r.propertyName.contains(w, Qt::CaseInsensitive)
            && !r.address.contains(w, Qt::CaseInsensitive) && !r.platformUnitName.contains(w, Qt::CaseInsensitive)
            && !QString::number(r.pmsId).contains(w)
            && !(s != m_suggestions.constEnd() && platformName(s->platformUnitId).contains(w, Qt::CaseInsensitive)))
            return false;
    }
    return true;
}

void UnitMappingModel::rebuildVisible()
{
    m_visible.clear();
    m_visible.reserve(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (accepts(m_rows[i]))
            m_visible.push_back(int(i));
    sortVisible();
}

void UnitMappingModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QPair<qint64, int>> remember;
    for (const QModelIndex &i : before)
        remember.append({data(i, UnitIdRole).toLongLong(), i.column()});
    m_sortColumn = column;
    m_sortOrder = order;
    sortVisible();
    QModelIndexList after;
    for (const auto &[unitId, col] : std::as_const(remember)) {
        const int row = rowOfUnit(unitId);
        after.append(row < 0 ? QModelIndex() : index(row, col));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UnitMappingModel::sortVisible()
{
    sortVisibleRows();
    m_visibleRow.assign(m_rows.size(), -1);
    for (size_t i = 0; i < m_visible.size(); ++i)
        m_visibleRow[size_t(m_visible[i])] = int(i);
}

void UnitMappingModel::sortVisibleRows()
{
    auto key = [this](const PmsUnitRow &r) -> QString {
        switch (m_sortColumn) {
        case UnitColumn: return r.unitName;
        case AddressColumn: return r.address;
        case MappedColumn: return r.platformUnitName;
        case SuggestedColumn: {
            const auto s = m_suggestions.constFind(r.unitId);
            return s == m_suggestions.constEnd() || r.platformUnitId ? QString() : platformName(s->platformUnitId);
        }
        default: return r.propertyName;
        }
    };
    const bool desc = m_sortOrder == Qt::DescendingOrder;
    if (m_sortColumn == ConfidenceColumn) {
        auto conf = [this](const PmsUnitRow &r) {
            const auto s = m_suggestions.constFind(r.unitId);
            return s == m_suggestions.constEnd() || r.platformUnitId ? -1.0 : s->confidence;
        };
        std::stable_sort(m_visible.begin(), m_visible.end(), [&](int a, int b) {
            const double ca = conf(m_rows[size_t(a)]), cb = conf(m_rows[size_t(b)]);
            return desc ? ca > cb : ca < cb;
        });
        return;
    }
    std::stable_sort(m_visible.begin(), m_visible.end(), [&](int a, int b) {
        const PmsUnitRow &ra = m_rows[size_t(a)], &rb = m_rows[size_t(b)];
        int c = naturalCompare(key(ra), key(rb));
        if (c == 0 && m_sortColumn == PropertyColumn)
            c = naturalCompare(ra.unitName, rb.unitName); // units in order within a property
        if (c == 0)
            return ra.unitId < rb.unitId;
        return desc ? c > 0 : c < 0;
    });
}

void UnitMappingModel::applyChange(qint64 unitId, const MappingState &state)
{
    const int idx = m_rowIndex.value(unitId, -1);
    if (idx < 0)
        return;
    PmsUnitRow &r = m_rows[size_t(idx)];
    const qint64 old = r.platformUnitId;
    if (old == state.platformUnitId && r.method == state.method)
        return;
    if (const int p = platformRow(old); p >= 0 && m_platform[size_t(p)].mappedUnitId == unitId)
        m_platform[size_t(p)].mappedUnitId = 0;
    m_mappedCount += (state.platformUnitId ? 1 : 0) - (old ? 1 : 0);
    r.platformUnitId = state.platformUnitId;
    r.method = state.method;
    r.confidence = state.confidence;
    r.platformUnitName = platformName(state.platformUnitId);
    if (const int p = platformRow(state.platformUnitId); p >= 0) {
        PlatformUnitRow &pu = m_platform[size_t(p)];
        pu.mappedUnitId = unitId;
        pu.mappedPmsUnitId = r.pmsId;
        pu.mappedUnitName = r.unitName;
        pu.mappedPropertyName = r.propertyName;
    }
    emitRowChanged(unitId);
    // Rows that were offered these platform units show or hide their suggestion now.
    for (qint64 p : {old, state.platformUnitId}) {
        if (!p)
            continue;
        if (const qint64 other = m_suggestedTo.value(p); other && other != unitId)
            emitRowChanged(other);
        Q_EMIT platformUnitChanged(p);
    }
    Q_EMIT countsChanged();
}

void UnitMappingModel::emitRowChanged(qint64 unitId)
{
    const int row = rowOfUnit(unitId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int UnitMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int UnitMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PmsUnitRow *UnitMappingModel::unitAt(int row) const
{
    return row >= 0 && row < int(m_visible.size()) ? &m_rows[size_t(m_visible[size_t(row)])] : nullptr;
}

const PmsUnitRow *UnitMappingModel::unit(qint64 unitId) const
{
    const int idx = m_rowIndex.value(unitId, -1);
    return idx < 0 ? nullptr : &m_rows[size_t(idx)];
}

int UnitMappingModel::rowOfUnit(qint64 unitId) const
{
    const int idx = m_rowIndex.value(unitId, -1);
    if (idx < 0)
        return -1;
    return m_visibleRow[size_t(idx)];
}

const PlatformUnitRow *UnitMappingModel::platformUnit(qint64 id) const
{
    const int p = platformRow(id);
    return p < 0 ? nullptr : &m_platform[size_t(p)];
}

QString UnitMappingModel::platformName(qint64 id) const
{
    const PlatformUnitRow *p = platformUnit(id);
    return p ? p->name : QString();
}

std::optional<Suggestion> UnitMappingModel::suggestionAt(int row) const
{
    const PmsUnitRow *r = unitAt(row);
    if (!r || r->platformUnitId)
        return std::nullopt;
    const auto s = m_suggestions.constFind(r->unitId);
    if (s == m_suggestions.constEnd())
        return std::nullopt;
    const PlatformUnitRow *p = platformUnit(s->platformUnitId);
    if (!p || p->mappedUnitId)
        return std::nullopt;
    return *s;
}

QList<Suggestion> UnitMappingModel::suggestionsAtOrAbove(double threshold) const
{
    QList<Suggestion> out;
    for (int row = 0; row < rowCount(); ++row)
        if (const auto s = suggestionAt(row); s && s->confidence >= threshold - 1e-9)
            out.append(*s);
    std::stable_sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.confidence > b.confidence;
    });
    return out;
}

int UnitMappingModel::availablePlatformUnits() const
{
    return int(std::count_if(m_platform.begin(), m_platform.end(),
                             [](const PlatformUnitRow &p) { return p.mappedUnitId == 0; }));
}

int UnitMappingModel::suggestionCount() const
{
    int n = 0;
    for (auto it = m_suggestions.constBegin(); it != m_suggestions.constEnd(); ++it) {
        const PmsUnitRow *r = unit(it.key());
        const PlatformUnitRow *p = platformUnit(it->platformUnitId);
        n += r && !r->platformUnitId && p && !p->mappedUnitId ? 1 : 0;
    }
    return n;
}

QList<QPair<qint64, QString>> UnitMappingModel::properties() const
{
    QHash<qint64, QString> names;
    for (const PmsUnitRow &r : m_rows)
        if (r.propertyId && !names.contains(r.propertyId))
            names.insert(r.propertyId, r.propertyName);
    QList<QPair<qint64, QString>> out;
    out.reserve(names.size());
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        const int c = naturalCompare(a.second, b.second);
        return c != 0 ? c < 0 : a.first < b.first;
    });
    return out;
}

QString UnitMappingModel::describeSuggestion(const Suggestion &s)
{
    QString name;
    switch (s.nameMatch) {
    case NameMatch::Exact: name = tr("same unit number"); break;
    case NameMatch::Address: name = tr("named after the unit's street address"); break;
    case NameMatch::CodeOneSide: name = tr("same unit number once the building code is removed"); break;
    case NameMatch::CodeBoth: name = tr("same unit number once the building codes are removed"); break;
    case NameMatch::None: break;
    }
    QString building;
    switch (s.buildingMatch) {
    case BuildingMatch::Same: building = tr("same building"); break;
    case BuildingMatch::Partial: building = tr("similar building name"); break;
    case BuildingMatch::Learned: building = tr("building where this property's other units are mapped"); break;
    case BuildingMatch::Unknown: building = tr("no building to compare"); break;
    case BuildingMatch::Contradicts: building = tr("a different building"); break;
    }
    return tr("%1 confidence: %2, %3.").arg(percent(s.confidence), name, building);
}

QVariant UnitMappingModel::data(const QModelIndex &index, int role) const
{
    const PmsUnitRow *r = unitAt(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int col = index.column();
    switch (role) {
    case UnitIdRole: return r->unitId;
    case PlatformUnitIdRole: return r->platformUnitId;
    case SuggestedPlatformUnitIdRole: {
        const auto s = suggestionAt(index.row());
        return s ? s->platformUnitId : qint64(0);
    }
    case ConfidenceRole: {
        const auto s = suggestionAt(index.row());
        if (s)
            return s->confidence;
        return r->confidence ? QVariant(*r->confidence) : QVariant();
    }
    case Qt::EditRole:
        if (col == MappedColumn)
            return r->platformUnitId;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (col) {
        case PropertyColumn: return r->propertyName;
        case UnitColumn: return r->unitName;
        case AddressColumn: return r->address;
        case MappedColumn: {
            if (!r->platformUnitId)
                return QStringLiteral("—");
            // With its building, as the suggestion shows it: "Unit 7" alone hides a mapping into another building.
            const PlatformUnitRow *p = platformUnit(r->platformUnitId);
            return !p || p->building.isEmpty() ? r->platformUnitName : QStringLiteral("%1 · %2").arg(r->platformUnitName, p->building);
        }
        case SuggestedColumn: {
            const auto s = suggestionAt(index.row());
            if (!s)
                return QString();
            const PlatformUnitRow *p = platformUnit(s->platformUnitId);
            return p->building.isEmpty() ? p->name : QStringLiteral("%1 · %2").arg(p->name, p->building);
        }
        case ConfidenceColumn: {
            const auto s = suggestionAt(index.row());
            return s ? percent(s->confidence) : QString();
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (col == MappedColumn && r->platformUnitId) {
            const PlatformUnitRow *p = platformUnit(r->platformUnitId);
            QString text = p && !p->building.isEmpty() ? QStringLiteral("%1 · %2").arg(p->name, p->building) : r->platformUnitName;
            text += QStringLiteral("\n") + methodText(r->method);
            if (r->confidence)
                text += QStringLiteral(" (%1)").arg(percent(*r->confidence));
            return text;
        }
        if (col == MappedColumn)
            return tr("Not mapped. Double-click or press F2 to pick a platform unit.");
        if (col == SuggestedColumn || col == ConfidenceColumn) {
            const auto s = suggestionAt(index.row());
            return s ? describeSuggestion(*s) : QVariant();
        }
        if (col == UnitColumn)
            return r->active ? tr("PMS unit %1").arg(r->pmsId) : tr("PMS unit %1 (inactive)").arg(r->pmsId);
        return {};
    case Qt::ForegroundRole:
        if (!r->active)
            return QBrush(QColor(0x90, 0x90, 0x90));
        if (col == MappedColumn && !r->platformUnitId)
            return QBrush(QColor(0xa0, 0xa0, 0xa0));
        if (col == SuggestedColumn)
            return QBrush(QColor(0x1d, 0x5f, 0xa8));
        if (col == ConfidenceColumn) {
            const auto s = suggestionAt(index.row());
            if (!s)
                return {};
            if (s->confidence >= 0.9)
                return QBrush(QColor(0x1e, 0x7b, 0x34));
            if (s->confidence >= 0.6)
                return QBrush(QColor(0x9a, 0x67, 0x00));
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        }
        return {};
    case Qt::FontRole:
        if (col == MappedColumn && r->platformUnitId) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (col == SuggestedColumn) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (col == ConfidenceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant UnitMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PropertyColumn: return tr("Property");
    case UnitColumn: return tr("PMS unit");
    case AddressColumn: return tr("Address");
    case MappedColumn: return tr("Platform unit");
    case SuggestedColumn: return tr("Suggestion");
    case ConfidenceColumn: return tr("Confidence");
    }
    return {};
}

Qt::ItemFlags UnitMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == MappedColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool UnitMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const PmsUnitRow *r = unitAt(index.row());
    if (!r || role != Qt::EditRole || index.column() != MappedColumn)
        return false;
    const qint64 platformUnitId = value.toLongLong();
    if (platformUnitId != r->platformUnitId)
        Q_EMIT mappingRequested(r->unitId, platformUnitId);
    return false;
}

} // namespace pms
