#include "UnitNormaliser.h"

#include <QSet>

#include <algorithm>

namespace pms {

namespace {

bool isAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

bool startsWithDigit(const QString &s)
{
    return !s.isEmpty() && s.at(0).isDigit();
}

bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return !s.isEmpty();
}

bool hasLetter(const QString &s)
{
    for (QChar c : s)
        if (c.isLetter())
            return true;
    return false;
}

const QSet<QString> &designators()
{
    static const QSet<QString> words = {
        QStringLiteral("apt"), QStringLiteral("apts"), QStringLiteral("apartment"), QStringLiteral("appt"),
        QStringLiteral("unit"), QStringLiteral("ste"), QStringLiteral("suite"), QStringLiteral("no"),
        QStringLiteral("nr"), QStringLiteral("num"), QStringLiteral("number"), QStringLiteral("rm"),
        QStringLiteral("room"), QStringLiteral("flat"), QStringLiteral("door")};
    return words;
}

const QSet<QString> &buildingWords()
{
    static const QSet<QString> words = {QStringLiteral("building"), QStringLiteral("bldg"), QStringLiteral("bld"),
                                        QStringLiteral("tower"), QStringLiteral("twr"), QStringLiteral("block"),
                                        QStringLiteral("blk"), QStringLiteral("wing")};
    return words;
}

const QSet<QString> &streetWords()
{
    static const QSet<QString> words = {
        QStringLiteral("st"), QStringLiteral("street"), QStringLiteral("ave"), QStringLiteral("av"),
        QStringLiteral("avenue"), QStringLiteral("blvd"), QStringLiteral("boulevard"), QStringLiteral("dr"),
        QStringLiteral("drive"), QStringLiteral("ln"), QStringLiteral("lane"), QStringLiteral("rd"),
        QStringLiteral("road"), QStringLiteral("ct"), QStringLiteral("court"), QStringLiteral("way"),
        QStringLiteral("pl"), QStringLiteral("place"), QStringLiteral("ter"), QStringLiteral("terrace"),
        QStringLiteral("pkwy"), QStringLiteral("parkway"), QStringLiteral("cir"), QStringLiteral("circle"),
        QStringLiteral("hwy"), QStringLiteral("highway"), QStringLiteral("sq"), QStringLiteral("square"),
        QStringLiteral("trl"), QStringLiteral("trail"), QStringLiteral("loop"), QStringLiteral("pike"),
        QStringLiteral("n"), QStringLiteral("s"), QStringLiteral("e"), QStringLiteral("w"), QStringLiteral("ne"),
        QStringLiteral("nw"), QStringLiteral("se"), QStringLiteral("sw"), QStringLiteral("north"),
        QStringLiteral("south"), QStringLiteral("east"), QStringLiteral("west")};
    return words;
}

// Words that say what kind of building it is, not which one.
const QSet<QString> &fillerWords()
{
    static const QSet<QString> words = {
        QStringLiteral("the"), QStringLiteral("at"), QStringLiteral("of"), QStringLiteral("on"),
        QStringLiteral("and"), QStringLiteral("apartments"), QStringLiteral("apartment"), QStringLiteral("apts"),
        QStringLiteral("apt"), QStringLiteral("building"), QStringLiteral("bldg"), QStringLiteral("bld"),
        QStringLiteral("residences"), QStringLiteral("residence"), QStringLiteral("townhomes"),
        QStringLiteral("townhouses"), QStringLiteral("flats"), QStringLiteral("lofts"), QStringLiteral("villas"),
        QStringLiteral("condominiums"), QStringLiteral("condominium"), QStringLiteral("condos"),
        QStringLiteral("condo"), QStringLiteral("homes"), QStringLiteral("tower"), QStringLiteral("towers"),
        QStringLiteral("complex"), QStringLiteral("community"), QStringLiteral("suites"), QStringLiteral("llc"),
        QStringLiteral("inc"), QStringLiteral("le"), QStringLiteral("la"), QStringLiteral("el"),
        QStringLiteral("del")};
    return words;
}

QString stripLeadingZeros(QString key)
{
    qsizetype i = 0;
    while (i + 1 < key.size() && key.at(i) == QLatin1Char('0'))
        ++i;
    return i ? key.mid(i) : key;
}

} // namespace

QString UnitNormaliser::fold(const QString &text)
{
    if (isAscii(text))
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            break;
        case QChar::Punctuation_Dash:
            out += QLatin1Char('-');
            break;
        default:
            out += c;
        }
    }
    return out.toCaseFolded();
}

QStringList UnitNormaliser::tokens(const QString &text)
{
    const QString f = fold(text);
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= f.size(); ++i) {
        const bool alnum = i < f.size() && f.at(i).isLetterOrNumber();
        if (alnum && start < 0)
            start = i;
        else if (!alnum && start >= 0) {
            out.append(f.mid(start, i - start));
            start = -1;
        }
    }
    return out;
}

QStringList UnitNormaliser::unitTokens(const QString &name)
{
    QStringList toks = tokens(name);
    if (toks.size() < 2)
        return toks;
    QStringList kept;
    kept.reserve(toks.size());
    for (const QString &t : std::as_const(toks))
        if (!designators().contains(t))
            kept.append(t);
    // "Unit" on its own is a name, not a designator.
    return kept.isEmpty() ? toks : kept;
}

QString UnitNormaliser::joinKey(const QStringList &toks, qsizetype from)
{
    QString key;
    for (qsizetype i = from; i < toks.size(); ++i)
        key += toks.at(i);
    return stripLeadingZeros(key);
}

QString UnitNormaliser::unitKey(const QString &name)
{
    return joinKey(unitTokens(name));
}

QString UnitNormaliser::coreKey(const QString &name)
{
    const QStringList toks = unitTokens(name);
    if (toks.size() < 2)
        return {};
    qsizetype from = 0;
    if (buildingWords().contains(toks.at(0)))
        from = toks.size() >= 3 ? 2 : 0; // "Bldg B 1203", "Tower 2 1203"
    else if (toks.at(0).size() <= 3 && hasLetter(toks.at(0)))
        from = 1;                         // "A-1203", "MC-1203", "B2 101"
    if (from == 0 || !startsWithDigit(toks.at(from)))
        return {};
    return joinKey(toks, from);
}

QString UnitNormaliser::streetKey(const QString &address)
{
    const qsizetype comma = address.indexOf(QLatin1Char(','));
    const QStringList toks = tokens(comma >= 0 ? address.left(comma) : address);
    if (toks.size() < 2 || !startsWithDigit(toks.at(0)))
        return {};
    QString key = stripLeadingZeros(toks.at(0));
    bool word = false;
    for (qsizetype i = 1; i < toks.size(); ++i) {
        const QString &t = toks.at(i);
        if (streetWords().contains(t))
            continue;
        // Ordinal streets: "5th" stays, but a trailing unit number after the street does not.
        if (allDigits(t) && word)
            break;
        key += QLatin1Char(' ') + t;
        word = word || hasLetter(t);
    }
    return word ? key : QString();
}

QStringList UnitNormaliser::buildingTokens(const QString &name)
{
    QStringList out;
    const QStringList toks = tokens(name);
    for (const QString &t : toks)
        if (!fillerWords().contains(t) && !out.contains(t))
            out.append(t);
    std::sort(out.begin(), out.end());
    return out;
}

bool UnitNormaliser::isBuildingCode(const QString &name)
{
    const QStringList toks = buildingTokens(name);
    for (const QString &t : toks)
        if (t.size() >= 3 && !allDigits(t))
            return false;
    return true;
}

std::optional<int> UnitNormaliser::floorNumber(const QString &floor)
{
    for (const QString &t : tokens(floor)) {
        qsizetype n = 0;
        while (n < t.size() && t.at(n).isDigit())
            ++n;
        if (n > 0 && n <= 4)
            return t.left(n).toInt();
    }
    return std::nullopt;
}

} // namespace pms
