#include "SimGenerator.h"

#include "SimNames.h"

#include <QTimeZone>
#include <cmath>
#include <numeric>

namespace pms::sim {

namespace {

constexpr qint64 Day = 86400;

double roundTo(double v, double step)
{
    return std::round(v / step) * step;
}

QString abbreviate(const QString &name, int n)
{
    QString out;
    for (const QString &w : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QChar c = w.at(0);
        if (c.isLetter())
            out.append(c.toUpper());
    }
    if (out.size() < 2)
        out = SimGenerator::asciiFold(name).left(4).toUpper();
    return SimGenerator::asciiFold(out).left(5) + QString::number(n);
}

} // namespace

SimGenerator::SimGenerator(const SimOptions &options, QDate asOf)
    : m_options(options)
    , m_rng(options.seed * 0x9E3779B97F4A7C15ull + 0x1234567ull)
    , m_asOf(asOf)
{
    m_asOfMidnight = QDateTime(asOf, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    switch (options.scale) {
    case Scale::Tiny:
        m_sizes = { 3, 5, 30, 60, 8, 3 };
        break;
    case Scale::Small:
        m_sizes = { 8, 40, 500, 2000, 30, 8 };
        break;
    case Scale::Large:
        m_sizes = { 100, 2000, 50000, 200000, 500, 60 };
        break;
    }
}

QString SimGenerator::asciiFold(const QString &s)
{
    const QString d = s.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(d.size());
    for (QChar c : d) {
        const char16_t u = c.unicode();
        if (u < 128) {
            if (c.isLetterOrNumber())
                out.append(c);
            continue;
        }
        switch (u) {
        case u'ø':
        case u'Ø':
            out.append(QLatin1Char('o'));
            break;
        case u'ł':
        case u'Ł':
            out.append(QLatin1Char('l'));
            break;
        case u'đ':
        case u'Đ':
            out.append(QLatin1Char('d'));
            break;
        case u'ß':
            out.append(QLatin1String("ss"));
            break;
        default:
            break; // combining marks and the rest
        }
    }
    return out;
}

QString SimGenerator::emailFor(SimRandom &rng, const QString &first, const QString &last)
{
    static const QList<QString> domains = { QStringLiteral("gmail.com"), QStringLiteral("yahoo.com"),
        QStringLiteral("outlook.com"), QStringLiteral("icloud.com"), QStringLiteral("hotmail.com"),
        QStringLiteral("aol.com"), QStringLiteral("protonmail.com") };
    const QString f = asciiFold(first).toLower(), l = asciiFold(last).toLower();
    QString local;
    switch (rng.range(0, 4)) {
    case 0:
        local = f + QLatin1Char('.') + l;
        break;
    case 1:
        local = f.left(1) + l;
        break;
    case 2:
        local = f + l + QString::number(rng.range(1, 99));
        break;
    case 3:
        local = f + QLatin1Char('_') + l;
        break;
    default:
        local = l + f.left(1) + QString::number(rng.range(1950, 2005));
        break;
    }
    QString email = local + QLatin1Char('@') + rng.pick(domains);
    if (rng.chance(0.01))
        email = email.toUpper(); // odd but legal
    else if (rng.chance(0.01))
        email.insert(email.indexOf(QLatin1Char('@')), QLatin1String("+rent"));
    return email;
}

QString SimGenerator::unitName(int style, int floor, int number, int seq)
{
    const QString ff = QString::number(floor),
                  nn = QString::number(number).rightJustified(2, QLatin1Char('0'));
    switch (style) {
    case 0:
        return ff + nn; // 1203
    case 1:
        return ff + QLatin1Char('-') + nn; // 12-03
    case 2:
        return QLatin1Char('#') + ff + nn; // #1203
    case 3:
        return QLatin1String("Apt ") + ff + QChar(u'A' + char16_t((number - 1) % 26)); // Apt 12C
    case 4:
        return QLatin1String("Unit ") + QString::number(seq); // Unit 7
    default:
        return QChar(u'A' + char16_t(floor - 1 < 26 ? floor - 1 : 25)) + QLatin1Char('-')
            + QString::number(number); // B-2
    }
}

qint64 SimGenerator::nextId(qint64 &cursor)
{
    const qint64 id = cursor;
    cursor += 1 + (m_rng.range(0, 7) == 0 ? m_rng.range(0, 3) : 0);
    return id;
}

SimStamp SimGenerator::stamp(qint64 maxAgeDays)
{
    SimStamp st;
    st.modifiedAt = m_asOfMidnight - m_rng.range(Day, maxAgeDays * Day);
    st.createdAt = st.modifiedAt - m_rng.range(0, 3 * 365 * Day);
    if (m_rng.chance(0.3))
        st.createdAt = st.modifiedAt; // never edited since created
    if (m_rng.chance(0.01))
        st.tzOffsetMin = qint16(-60 * m_rng.range(5, 8)); // a numeric offset instead of Z
    return st;
}

QString SimGenerator::staffName()
{
    const SimNames &n = SimNames::instance();
    return m_rng.pick(n.firstNames) + QLatin1Char(' ') + m_rng.pick(n.lastNames);
}

void SimGenerator::makeStaff(SimStore &s)
{
    s.integration = { IntegrationUserId, m_options.integrationUser, m_options.integrationEmail,
        QStringLiteral("Maintenance Coordinator") };
    static const QList<QString> roles = { QStringLiteral("Property Manager"),
        QStringLiteral("Property Manager"), QStringLiteral("Senior Property Manager"),
        QStringLiteral("Assistant Property Manager"), QStringLiteral("Leasing Manager") };
    const SimNames &n = SimNames::instance();
    for (int i = 0; i < m_sizes.staff; ++i) {
        const QString first = m_rng.pick(n.firstNames), last = m_rng.pick(n.lastNames);
        const QString email = asciiFold(first).toLower() + QLatin1Char('.') + asciiFold(last).toLower()
            + QLatin1String("@summitpm.example");
        s.staff.push_back(
            { StaffUserBase + i * 7, first + QLatin1Char(' ') + last, email, m_rng.pick(roles) });
    }
}

void SimGenerator::makePortfolios(SimStore &s)
{
    const SimNames &n = SimNames::instance();
    qint64 cursor = PortfolioBase;
    for (int i = 0; i < m_sizes.portfolios; ++i) {
        SimPortfolio p;
        p.id = nextId(cursor);
        QString name = n.portfolioNames.at(i % n.portfolioNames.size());
        if (i >= n.portfolioNames.size())
            name += QLatin1Char(' ') + QString::number(i / n.portfolioNames.size() + 1);
        const QString suffix = m_rng.pick(n.portfolioSuffixes);
        p.name = suffix.isEmpty() ? name : name + QLatin1Char(' ') + suffix;
        p.abbreviation = abbreviate(name, i + 1);
        p.active = i != m_sizes.portfolios - 1 && !m_rng.chance(0.03); // the last one is always inactive
        p.cashAccrual = quint8(m_rng.range(0, 2));
        p.spendingLimitTime = quint8(m_rng.range(0, 2));
        p.maintenanceSpendingLimit
            = p.spendingLimitTime == 0 ? 0 : roundTo(double(m_rng.range(250, 5000)), 50);
        p.targetOperatingReserve = roundTo(double(m_rng.range(0, 25000)), 100);
        p.doNotPayOwnerDraw = m_rng.chance(0.1);
        if (m_rng.chance(0.4))
            p.closingDate = m_asOf.addDays(-m_rng.range(1, 400));
        if (m_rng.chance(0.2))
            p.stickyNote = m_rng.pick(n.notices);
        p.stamp = stamp(900);
        p.stamp.createdBy = p.stamp.modifiedBy = s.staff.empty() ? QString() : m_rng.pick(s.staff).name;
        s.portfolios.push_back(p);
    }
}

std::vector<int> SimGenerator::unitsPerBuilding()
{
    const int b = m_sizes.buildings;
    std::vector<int> sizes(size_t(b), 1);
    long total = 0;
    for (int i = 0; i < b; ++i) {
        sizes[size_t(i)] = (i % 7 == 3) ? 1 : int(m_rng.range(4, 60)); // every 7th is a house
        total += sizes[size_t(i)];
    }
    // Scale the multi-unit buildings so the total is exactly the target.
    const long target = m_sizes.units;
    const long singles = std::count(sizes.begin(), sizes.end(), 1);
    const double factor = double(target - singles) / double(std::max(1L, total - singles));
    total = 0;
    for (int &n : sizes) {
        if (n > 1)
            n = std::max(2, int(std::lround(n * factor)));
        total += n;
    }
    size_t i = 0;
    while (total != target) {
        int &n = sizes[i++ % sizes.size()];
        if (n == 1)
            continue;
        if (total < target) {
            ++n;
            ++total;
        } else if (n > 2) {
            --n;
            --total;
        }
    }
    return sizes;
}

void SimGenerator::makeBuildings(SimStore &s)
{
    const SimNames &n = SimNames::instance();
    qint64 cursor = BuildingBase;
    const std::vector<int> sizes = unitsPerBuilding();
    // Only active portfolios get buildings, so an inactive portfolio is an empty shell.
    std::vector<int> activePortfolios;
    for (int i = 0; i < int(s.portfolios.size()); ++i)
        if (s.portfolios[size_t(i)].active)
            activePortfolios.push_back(i);
    for (int i = 0; i < m_sizes.buildings; ++i) {
        SimBuilding b;
        b.id = nextId(cursor);
        const SimPortfolio &p = s.portfolios[size_t(activePortfolios[size_t(i) % activePortfolios.size()])];
        b.portfolioId = p.id;
        const SimCity &city = n.cities.at(int((p.id * 7 + (m_rng.chance(0.2) ? i : 0)) % n.cities.size()));
        const QString street = QString::number(m_rng.range(100, 9899)) + QLatin1Char(' ')
            + m_rng.pick(n.streets) + QLatin1Char(' ') + m_rng.pick(n.streetTypes);
        b.address = { street, QString(), city.name, city.state,
            QString::number(city.zipBase + m_rng.range(0, 30)).rightJustified(5, QLatin1Char('0')),
            QStringLiteral("US") };
        if (m_rng.chance(0.05))
            b.address.postalCode += QLatin1Char('-') + QString::number(m_rng.range(1000, 9999));
        if (m_rng.chance(0.03))
            b.address.country = QString(); // blank optional field
        if (m_rng.chance(0.02))
            b.address.addressCont = QStringLiteral("Building ") + QChar(u'A' + char16_t(m_rng.range(0, 3)));
        b.countUnit = sizes[size_t(i)];
        b.multiUnit = b.countUnit > 1;
        if (!b.multiUnit) {
            b.name = street;
            b.propertyType = 5; // HOUSE
        } else {
            b.name = m_rng.pick(n.buildingNames);
            if (m_rng.chance(0.6))
                b.name += QLatin1Char(' ') + m_rng.pick(n.buildingSuffixes);
            if (i >= n.buildingNames.size())
                b.name += QLatin1String(" ") + QString::number(i / n.buildingNames.size() + 1);
            static const quint8 types[] = { 1, 1, 1, 1, 2, 10, 4, 7, 9, 6, 3, 11 };
            b.propertyType = b.countUnit <= 4 ? 4 : types[m_rng.index(std::size(types))];
            if (m_rng.chance(0.01))
                b.name += QLatin1String("  "); // trailing blanks, as typed
        }
        b.commercial = b.propertyType == 3;
        b.abbreviation = abbreviate(b.name, i + 1);
        b.county = m_rng.chance(0.85) ? city.county : QString();
        b.neighborhood = m_rng.chance(0.5) ? m_rng.pick(n.neighborhoods) : QString();
        b.numberFloors = b.multiUnit ? int(m_rng.range(2, std::max(2, std::min(30, b.countUnit / 4)))) : 1;
        b.yearBuilt = m_rng.chance(0.02) ? 1899 : int(m_rng.range(1950, 2022));
        b.totalArea = double(b.countUnit) * double(m_rng.range(600, 1200));
        b.targetRent = roundTo(double(m_rng.range(900, 3200)), 25);
        if (m_rng.chance(0.15))
            b.maintenanceNotice = m_rng.pick(n.notices);
        if (b.multiUnit && m_rng.chance(0.3))
            b.website
                = QStringLiteral("https://www.") + asciiFold(b.name).toLower() + QStringLiteral(".example");
        b.managerIndex = s.staff.empty() ? -1 : int(m_rng.index(qsizetype(s.staff.size())));
        b.integrationManager = i == 0 || m_rng.chance(0.3);
        b.stamp = stamp(700);
        b.stamp.createdBy = b.stamp.modifiedBy
            = b.managerIndex >= 0 ? s.staff[size_t(b.managerIndex)].name : QString();
        s.buildings.push_back(b);
    }
    // One building is deactivated (its units too, in makeUnits).
    if (s.buildings.size() > 2)
        s.buildings[s.buildings.size() - 2].active = false;
}

void SimGenerator::makeUnits(SimStore &s)
{
    static const QList<QString> types
        = { QStringLiteral("Apartment"), QStringLiteral("Apartment"), QStringLiteral("Apartment"),
              QStringLiteral("Condo"), QStringLiteral("Townhouse"), QStringLiteral("Studio") };
    qint64 cursor = UnitBase;
    for (const SimBuilding &b : s.buildings) {
        const int style = int(m_rng.range(0, 5));
        const int perFloor = std::max(1, (b.countUnit + b.numberFloors - 1) / b.numberFloors);
        for (int k = 0; k < b.countUnit; ++k) {
            SimUnit u;
            u.id = nextId(cursor);
            u.buildingId = b.id;
            u.portfolioId = b.portfolioId;
            const int floor = k / perFloor + 1, number = k % perFloor + 1;
            if (!b.multiUnit) {
                u.name = m_rng.chance(0.5) ? b.name : QStringLiteral("Main");
                u.type = QStringLiteral("Single Family Home");
            } else {
                // Mostly the building's own style; sometimes someone typed it differently.
                u.name = unitName(m_rng.chance(0.03) ? int(m_rng.range(0, 5)) : style, floor, number, k + 1);
                if (m_rng.chance(0.005))
                    u.name = QLatin1Char(' ') + u.name + QLatin1Char(' ');
                u.type = b.commercial ? QStringLiteral("Commercial") : m_rng.pick(types);
            }
            u.abbreviation
                = m_rng.chance(0.7) ? b.abbreviation + QLatin1Char('-') + u.name.trimmed() : QString();
            u.address = b.address;
            if (b.multiUnit && m_rng.chance(0.7))
                u.address.addressCont = u.name.trimmed().startsWith(QLatin1Char('#'))
                        || u.name.startsWith(QLatin1String("Apt")) || u.name.startsWith(QLatin1String("Unit"))
                    ? u.name.trimmed()
                    : QLatin1String("Unit ") + u.name.trimmed();
            u.active = b.active && !m_rng.chance(0.02);
            u.floorNumber = b.multiUnit ? floor : 1;
            u.bedrooms = u.type == QLatin1String("Studio") ? 0 : int(m_rng.range(1, b.multiUnit ? 3 : 5));
            u.bathrooms = std::max(1.0, u.bedrooms - (m_rng.chance(0.5) ? 0.5 : 1.0));
            u.totalArea = roundTo(double(350 + u.bedrooms * 320 + m_rng.range(0, 250)), 5);
            u.targetRent
                = roundTo(b.targetRent * (0.6 + 0.25 * u.bedrooms) + double(m_rng.range(-100, 100)), 5);
            if (m_rng.chance(0.005))
                u.targetRent = 0; // odd but legal: a model unit
            u.rentable = !m_rng.chance(0.02);
            u.ready = m_rng.chance(0.9);
            u.stamp = stamp(700);
            u.stamp.createdBy = u.stamp.modifiedBy = b.stamp.createdBy;
            s.units.push_back(u);
        }
    }
}

SimContact SimGenerator::makeTenant(SimStore &s, const SimLease &lease, const QString &sharedLastName)
{
    const SimNames &n = SimNames::instance();
    SimContact c;
    c.id = nextId(m_contactCursor);
    c.leaseId = lease.id;
    c.type = 0; // TENANT
    c.firstName = m_rng.pick(n.firstNames);
    c.lastName = sharedLastName.isEmpty() ? m_rng.pick(n.lastNames) : sharedLastName;
    if (m_rng.chance(0.15))
        c.middleName = m_rng.pick(n.middleNames);
    const double e = m_rng.unit();
    c.email = e < 0.08 ? QString() : e < 0.10 ? QStringLiteral("") : emailFor(m_rng, c.firstName, c.lastName);
    if (m_rng.chance(0.05))
        c.altEmail = emailFor(m_rng, c.firstName, c.lastName);
    c.mobilePhone = m_rng.chance(0.85) ? 2000000000 + m_rng.range(0, 7999999999) : 0;
    c.homePhone = m_rng.chance(0.2) ? 2000000000 + m_rng.range(0, 7999999999) : 0;
    c.workPhone = m_rng.chance(0.1) ? 2000000000 + m_rng.range(0, 7999999999) : 0;
    c.phoneStyle = quint8(m_rng.range(0, 3));
    if (m_rng.chance(0.3))
        c.company = m_rng.pick(n.companies);
    c.gender = m_rng.chance(0.5) ? quint8(255) : quint8(m_rng.range(0, 3));
    if (m_rng.chance(0.4))
        c.birthDate = m_asOf.addDays(-m_rng.range(19 * 365, 80 * 365));
    c.namedOnLease = true;
    if (const SimUnit *u = findById(s.units, lease.unitId))
        c.address = u->address;
    c.stamp = stamp(700);
    c.stamp.createdBy = c.stamp.modifiedBy = lease.stamp.createdBy;
    return c;
}

void SimGenerator::makeLeases(SimStore &s)
{
    const SimNames &n = SimNames::instance();
    const int count = int(s.units.size());
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    for (int i = count - 1; i > 0; --i) // Fisher-Yates with our own generator (portable)
        std::swap(order[size_t(i)], order[size_t(m_rng.range(0, i))]);
    size_t nextVacant = 0;
    qint64 cursor = LeaseBase;
    for (int i = 0; i < count; ++i) {
        SimLease l;
        l.id = nextId(cursor);
        const double r = m_rng.unit();
        enum { Active, Closed, Future } kind = r < 0.70 ? Active : r < 0.95 ? Closed : Future;
        SimUnit *u = nullptr;
        if (kind != Closed && nextVacant < order.size()) {
            // Active and future leases each get a unit of their own that has no current lease.
            u = &s.units[size_t(order[nextVacant++])];
            while (!u->active && nextVacant < order.size() && kind == Active)
                u = &s.units[size_t(order[nextVacant++])];
        } else {
            u = &s.units[size_t(m_rng.index(count))];
            kind = kind == Future ? Closed : kind;
        }
        l.unitId = u->id;
        l.buildingId = u->buildingId;
        l.portfolioId = u->portfolioId;
        l.baseRent = roundTo(u->targetRent * (0.9 + 0.2 * m_rng.unit()), 5);
        const qint64 today = m_asOf.toJulianDay();
        if (kind == Active) {
            l.active = true;
            l.status = QStringLiteral("Active");
            l.startDate = QDate::fromJulianDay(today - m_rng.range(20, 1500));
            if (m_rng.chance(0.9))
                l.endDate = l.startDate.addMonths(12).addDays(-1);
            if (m_rng.chance(0.08)) {
                l.status = QStringLiteral("Active - Notice Given");
                l.noticeGivenDate = QDate::fromJulianDay(today - m_rng.range(1, 25));
                l.scheduleMoveOutDate = QDate::fromJulianDay(today + m_rng.range(5, 45));
            }
            u->leaseId = l.id;
        } else if (kind == Closed) {
            l.status = m_rng.chance(0.06) ? QStringLiteral("Terminated") : QStringLiteral("Closed");
            l.startDate = QDate::fromJulianDay(today - m_rng.range(400, 2500));
            l.endDate = l.startDate.addMonths(12).addDays(-1);
            l.moveOutDate = std::min(l.endDate.addDays(m_rng.range(-20, 5)), QDate::fromJulianDay(today - 1));
        } else {
            l.status = QStringLiteral("Future");
            l.startDate = QDate::fromJulianDay(today + m_rng.range(3, 60));
            l.endDate = l.startDate.addMonths(12).addDays(-1);
        }
        l.moveInDate = m_rng.chance(0.1) ? l.startDate.addDays(m_rng.range(-3, 3)) : l.startDate;
        if (kind == Future && m_rng.chance(0.5))
            l.moveInDate = QDate();
        l.signedDate = l.startDate.addDays(-m_rng.range(3, 30));
        l.arBalance
            = m_rng.chance(0.75) ? 0.0 : roundTo(double(m_rng.range(-300, 2500)) + m_rng.unit(), 0.01);
        if (m_rng.chance(0.15))
            l.comments = m_rng.pick(n.leaseComments);
        l.stamp = stamp(600);
        const SimBuilding *b = findById(s.buildings, u->buildingId);
        l.stamp.createdBy = l.stamp.modifiedBy
            = b && b->managerIndex >= 0 ? s.staff[size_t(b->managerIndex)].name : QString();
        const double c = m_rng.unit();
        l.contactCount = c < 0.45 ? 1 : c < 0.80 ? 2 : 3;
        QString family;
        for (int k = 0; k < l.contactCount; ++k) {
            SimContact contact = makeTenant(s, l, k > 0 && m_rng.chance(0.5) ? family : QString());
            if (k == 0)
                family = contact.lastName;
            const quint8 role = k == 0 ? 0 : (m_rng.chance(0.75) ? 1 : m_rng.chance(0.5) ? 2 : 3);
            const bool named = role != 3;
            contact.namedOnLease = named;
            l.contacts[size_t(k)] = { contact.id, role, k == 0, named };
            s.contacts.push_back(std::move(contact));
        }
        const SimContact &primary = s.contacts[s.contacts.size() - size_t(l.contactCount)];
        l.leaseName = primary.lastName + QLatin1String(", ") + primary.firstName;
        if (l.contactCount > 1 && m_rng.chance(0.3))
            l.leaseName = primary.firstName + QLatin1Char(' ') + primary.lastName + QLatin1String(" et al.");
        s.leases.push_back(l);
    }
}

void SimGenerator::makeOwners(SimStore &s)
{
    const SimNames &n = SimNames::instance();
    // Owners, prospects and others: the contacts that are not on a lease.
    const int extra = std::max(4, int(s.contacts.size() / 60));
    for (int i = 0; i < extra; ++i) {
        SimContact c;
        c.id = nextId(m_contactCursor);
        c.type = quint8(i % 3 == 0 ? 2 : i % 3 == 1 ? 1 : 4); // OWNER, PROSPECT, OTHER
        c.firstName = m_rng.pick(n.firstNames);
        c.lastName = m_rng.pick(n.lastNames);
        c.email = m_rng.chance(0.9) ? emailFor(m_rng, c.firstName, c.lastName) : QString();
        c.mobilePhone = 2000000000 + m_rng.range(0, 7999999999);
        c.phoneStyle = quint8(m_rng.range(0, 3));
        c.gender = 255;
        if (c.type == 2) {
            c.company = s.portfolios[size_t(i) % s.portfolios.size()].name;
            c.salutation = m_rng.chance(0.5) ? QStringLiteral("Mr.") : QStringLiteral("Ms.");
        }
        if (m_rng.chance(0.05))
            c.suffix = QStringLiteral("Jr.");
        c.stamp = stamp(700);
        s.contacts.push_back(c);
    }
}

SimStore SimGenerator::generate()
{
    SimStore s;
    s.asOfMidnight = m_asOfMidnight;
    s.staff.reserve(size_t(m_sizes.staff));
    s.units.reserve(size_t(m_sizes.units));
    s.leases.reserve(size_t(m_sizes.units));
    s.contacts.reserve(size_t(m_sizes.units) * 2 + 100);
    s.workOrders.reserve(size_t(m_sizes.workOrders));
    makeStaff(s);
    makePortfolios(s);
    makeBuildings(s);
    makeUnits(s);
    makeLeases(s);
    makeOwners(s);
    makeVendors(s);
    makeWorkOrders(s);
    s.nextTaskId = TaskBase;
    s.nextCommentId = CommentBase;
    return s;
}

} // namespace pms::sim
