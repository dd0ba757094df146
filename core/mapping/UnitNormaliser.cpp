#include "UnitNormaliser.h"

#include <QSet>
#include <QVarLengthArray>

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

using Views = QVarLengthArray<QStringView, 16>;

// A short fixed word list: a length check and a few compares beat hashing every token.
bool inList(QStringView token, std::initializer_list<QLatin1String> words)
{
    for (QLatin1String w : words)
        if (w.size() == token.size() && token == w)
            return true;
    return false;
}

bool isDesignator(QStringView t)
{
    return t.size() <= 9 && t.size() >= 2 && t.at(0).isLetter()
        && inList(t, {QLatin1String("apt"), QLatin1String("apts"), QLatin1String("apartment"), QLatin1String("appt"),
                      QLatin1String("unit"), QLatin1String("ste"), QLatin1String("suite"), QLatin1String("no"),
                      QLatin1String("nr"), QLatin1String("num"), QLatin1String("number"), QLatin1String("rm"),
                      QLatin1String("room"), QLatin1String("flat"), QLatin1String("door")});
}

bool isBuildingWord(QStringView t)
{
    return t.size() >= 3 && t.size() <= 8 && t.at(0).isLetter()
        && inList(t, {QLatin1String("building"), QLatin1String("bldg"), QLatin1String("bld"), QLatin1String("tower"),
                      QLatin1String("twr"), QLatin1String("block"), QLatin1String("blk"), QLatin1String("wing")});
}

bool isStreetWord(QStringView t)
{
    return t.size() <= 9 && t.at(0).isLetter()
        && inList(t, {QLatin1String("st"), QLatin1String("street"), QLatin1String("ave"), QLatin1String("av"),
                      QLatin1String("avenue"), QLatin1String("blvd"), QLatin1String("boulevard"), QLatin1String("dr"),
                      QLatin1String("drive"), QLatin1String("ln"), QLatin1String("lane"), QLatin1String("rd"),
                      QLatin1String("road"), QLatin1String("ct"), QLatin1String("court"), QLatin1String("way"),
                      QLatin1String("pl"), QLatin1String("place"), QLatin1String("ter"), QLatin1String("terrace"),
                      QLatin1String("pkwy"), QLatin1String("parkway"), QLatin1String("cir"), QLatin1String("circle"),
                      QLatin1String("hwy"), QLatin1String("highway"), QLatin1String("sq"), QLatin1String("square"),
                      QLatin1String("trl"), QLatin1String("trail"), QLatin1String("loop"), QLatin1String("pike"),
                      QLatin1String("n"), QLatin1String("s"), QLatin1String("e"), QLatin1String("w"),
                      QLatin1String("ne"), QLatin1String("nw"), QLatin1String("se"), QLatin1String("sw"),
                      QLatin1String("north"), QLatin1String("south"), QLatin1String("east"), QLatin1String("west")});
}

// The alphanumeric runs of an already folded string, as views into it.
void split(const QString &folded, Views &out)
{
    qsizetype start = -1;
    const qsizetype n = folded.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const bool alnum = i < n && folded.at(i).isLetterOrNumber();
        if (alnum && start < 0)
            start = i;
        else if (!alnum && start >= 0) {
            out.append(QStringView(folded).mid(start, i - start));
            start = -1;
        }
    }
}

bool startsWithDigit(QStringView s)
{
    return !s.isEmpty() && s.at(0).isDigit();
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return !s.isEmpty();
}

bool hasLetter(QStringView s)
{
    for (QChar c : s)
        if (c.isLetter())
            return true;
    return false;
}

QString stripLeadingZeros(QString key)
{
    qsizetype i = 0;
    while (i + 1 < key.size() && key.at(i) == QLatin1Char('0'))
        ++i;
    return i ? key.mid(i) : key;
}

QString joinKey(const Views &toks, qsizetype from = 0)
{
    qsizetype size = 0;
    for (qsizetype i = from; i < toks.size(); ++i)
        size += toks.at(i).size();
    QString key;
    key.reserve(size);
    for (qsizetype i = from; i < toks.size(); ++i)
        key.append(toks.at(i));
    return stripLeadingZeros(std::move(key));
}

// Unit tokens: designator words dropped unless nothing else is left ("Unit" is a name).
void unitTokens(const QString &folded, Views &toks)
{
    split(folded, toks);
    if (toks.size() < 2)
        return;
    Views kept;
    for (QStringView t : std::as_const(toks))
        if (!isDesignator(t))
            kept.append(t);
    if (!kept.isEmpty())
        toks = kept;
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
    Views views;
    split(f, views);
    QStringList out;
    out.reserve(views.size());
    for (QStringView v : std::as_const(views))
        out.append(v.toString());
    return out;
}

UnitNormaliser::UnitKeys UnitNormaliser::unitKeys(const QString &name)
{
    const QString f = fold(name);
    Views toks;
    unitTokens(f, toks);
    UnitKeys keys;
    keys.exact = joinKey(toks);
    if (toks.size() < 2)
        return keys;
    qsizetype from = 0;
    if (isBuildingWord(toks.at(0)))
        from = toks.size() >= 3 ? 2 : 0; // "Bldg B 1203", "Tower 2 1203"
    else if (toks.at(0).size() <= 3 && hasLetter(toks.at(0)))
        from = 1;                         // "A-1203", "MC-1203", "B2 101"
    if (from > 0 && startsWithDigit(toks.at(from)))
        keys.core = joinKey(toks, from);
    return keys;
}

QString UnitNormaliser::unitKey(const QString &name)
{
    return unitKeys(name).exact;
}

QString UnitNormaliser::coreKey(const QString &name)
{
    return unitKeys(name).core;
}

QString UnitNormaliser::streetKey(const QString &address)
{
    const qsizetype comma = address.indexOf(QLatin1Char(','));
    const QString f = fold(comma >= 0 ? address.left(comma) : address);
    Views toks;
    split(f, toks);
    if (toks.size() < 2 || !startsWithDigit(toks.at(0)))
        return {};
    QString key = stripLeadingZeros(toks.at(0).toString());
    bool word = false;
    for (qsizetype i = 1; i < toks.size(); ++i) {
        const QStringView t = toks.at(i);
        if (isStreetWord(t))
            continue;
        // Ordinal streets: "5th" stays, but a trailing unit number after the street does not.
        if (allDigits(t) && word)
            break;
        key += QLatin1Char(' ');
        key += t;
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
