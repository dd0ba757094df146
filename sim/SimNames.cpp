#include "SimNames.h"

namespace pms::sim {

namespace {

QList<QString> list(std::initializer_list<const char *> items)
{
    QList<QString> out;
    out.reserve(qsizetype(items.size()));
    for (const char *s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

SimNames build()
{
    SimNames n;
    // Real data is messy: accents, apostrophes, hyphens, particles, Vietnamese and Nordic letters.
    n.firstNames = list({ "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
        "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
        "Sarah", "Charles", "Karen", "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony",
        "Sandra", "Mark", "Ashley", "Donald", "Kimberly", "Steven", "Emily", "Andrew", "Donna", "Paul",
        "Michelle", "Joshua", "Carol", "Kenneth", "Amanda", "Kevin", "Melissa", "Brian", "Deborah", "George",
        "Stephanie", "Timothy", "Rebecca", "Ronald", "Sharon", "Jason", "Laura", "Edward", "Cynthia",
        "Jeffrey", "Dorothy", "Ryan", "Amy", "Jacob", "Kathleen", "Gary", "Angela", "Nicholas", "Shirley",
        "Eric", "Emma", "Jonathan", "Brenda", "Stephen", "Pamela", "Larry", "Nicole", "Justin", "Anna",
        "Scott", "Samantha", "Brandon", "Katherine", "Benjamin", "Christine", "Samuel", "Debra", "Gregory",
        "Rachel", "Alexander", "Carolyn", "Patrick", "Janet", "Frank", "Maria", "Raymond", "Olivia", "Jack",
        "Heather", "Dennis", "Helen", "Jerry", "Catherine", "Tyler", "Diane", "Aaron", "Julie", "José", "Zoë",
        "Chloé", "François", "Renée", "Søren", "Björn", "Łukasz", "Ana", "Juan", "Luis", "Carlos", "Sofía",
        "Lucía", "Mateo", "Camila", "Valentina", "Diego", "Ximena", "Minh", "Thảo", "Huy", "Linh", "Wei",
        "Jing", "Hiroshi", "Yuki", "Aarav", "Priya", "Ananya", "Mohammed", "Fatima", "Omar", "Aisha",
        "Olumide", "Chiamaka", "Kwame", "Dmitri", "Anastasia", "Siobhán", "Seán", "Niamh", "Ólafur", "Zoltán",
        "Ines", "Jürgen", "Mary-Kate", "Jean-Luc", "D'Andre", "Ja'Nya", "Kai", "Noa", "Ellie", "Liam", "Noah",
        "Ava", "Mia", "Harper", "Ethan", "Aiden", "Grace" });
    n.lastNames = list({ "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
        "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
        "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres",
        "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell",
        "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz",
        "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers",
        "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos",
        "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray",
        "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long",
        "Ross", "Foster", "Jiménez", "Muñoz", "Núñez", "Peña", "Müller", "Schröder", "Nguyễn", "Trần", "Lê",
        "Phạm", "Đặng", "O'Brien", "O'Connor", "McDonald", "MacLeod", "van der Berg", "de la Cruz",
        "St. John", "Smith-Jones", "García-Márquez", "Øvergaard", "Kowalski", "Wiśniewski", "Dvořák",
        "Yılmaz", "Papadopoulos", "Okafor", "Adeyemi", "Mensah", "Tanaka", "Suzuki", "Chen", "Wang", "Zhang",
        "Liu", "Singh", "Sharma", "Haddad", "Khalil", "Cohen", "Levi", "Ivanov", "Popescu", "Björk",
        "Fernández", "Ng", "Ó Súilleabháin" });
    n.middleNames = list({ "A.", "B.", "C.", "D.", "E.", "J.", "L.", "M.", "R.", "S.", "T.", "Marie", "Lee",
        "Ann", "James", "Lynn", "José", "Grace" });
    n.streets = list({ "Oak", "Maple", "Pine", "Cedar", "Elm", "Walnut", "Willow", "Birch", "Aspen",
        "Magnolia", "Lakeview", "Riverside", "Hillcrest", "Sunset", "Park", "Washington", "Lincoln",
        "Jefferson", "Madison", "Franklin", "Highland", "Meadow", "Orchard", "Spring", "Valley", "Ridge",
        "Forest", "Church", "Mill", "Market", "Harbor", "Bay", "Prospect", "Grand", "Main", "Broad",
        "Chestnut", "Dogwood", "Sycamore", "Juniper", "Cypress", "Laurel", "Hawthorne", "Peachtree",
        "Camino Real", "El Camino", "Alameda", "Mission", "Canyon", "Desert Bloom", "Saguaro", "Bluebonnet",
        "Mockingbird", "Magnolia Bluff", "Martin Luther King Jr.", "César Chávez" });
    n.streetTypes = list({ "St", "Ave", "Blvd", "Dr", "Ln", "Rd", "Ct", "Way", "Pl", "Ter", "Pkwy", "Cir" });
    n.neighborhoods = list({ "Downtown", "Midtown", "Old Town", "Riverside", "Eastside", "Westside",
        "North End", "South Park", "Uptown", "Arts District", "University Heights", "Lakeshore",
        "Garden District", "Historic District", "Tech Corridor" });
    const char *cities[][3] = { { "Austin", "TX", "Travis" }, { "Dallas", "TX", "Dallas" },
        { "Houston", "TX", "Harris" }, { "San Antonio", "TX", "Bexar" }, { "Phoenix", "AZ", "Maricopa" },
        { "Tempe", "AZ", "Maricopa" }, { "Denver", "CO", "Denver" }, { "Atlanta", "GA", "Fulton" },
        { "Charlotte", "NC", "Mecklenburg" }, { "Raleigh", "NC", "Wake" }, { "Nashville", "TN", "Davidson" },
        { "Orlando", "FL", "Orange" }, { "Tampa", "FL", "Hillsborough" }, { "Jacksonville", "FL", "Duval" },
        { "Columbus", "OH", "Franklin" }, { "Indianapolis", "IN", "Marion" },
        { "Kansas City", "MO", "Jackson" }, { "Las Vegas", "NV", "Clark" },
        { "Salt Lake City", "UT", "Salt Lake" }, { "Portland", "OR", "Multnomah" },
        { "Seattle", "WA", "King" }, { "Sacramento", "CA", "Sacramento" }, { "San Diego", "CA", "San Diego" },
        { "Albuquerque", "NM", "Bernalillo" }, { "Boise", "ID", "Ada" },
        { "Richmond", "VA", "Richmond City" }, { "Louisville", "KY", "Jefferson" },
        { "Cañon City", "CO", "Fremont" }, { "Española", "NM", "Rio Arriba" },
        { "Coeur d'Alene", "ID", "Kootenai" } };
    const int zips[] = { 78701, 75201, 77002, 78205, 85004, 85281, 80202, 30303, 28202, 27601, 37203, 32801,
        33602, 32202, 43215, 46204, 64106, 89101, 84101, 97204, 98101, 95814, 92101, 87102, 83702, 23219,
        40202, 81212, 87532, 83814 };
    for (int i = 0; i < int(std::size(zips)); ++i)
        n.cities.append({ QString::fromUtf8(cities[i][0]), QString::fromUtf8(cities[i][1]),
            QString::fromUtf8(cities[i][2]), zips[i] });
    n.buildingNames = list({ "The Oaks", "Maple Court", "Riverside", "Lakeview", "Willow Creek",
        "Cedar Ridge", "Parkside", "Sunset Villas", "Hillcrest", "Magnolia Gardens", "Aspen Heights",
        "Harbor Point", "Meadowbrook", "Stonegate", "Brookstone", "Foxhall", "Canyon View", "Desert Sage",
        "Pinecrest", "Summit Place", "The Lofts at Mill Creek", "Union Square", "Garden Terrace", "Bayshore",
        "Crystal Springs", "Heritage Park", "Windsor Commons", "Camden Pointe", "La Fontaine",
        "Château Royale", "Casa Buena", "Le Jardin", "Vista del Sol", "Björkdalen", "Evergreen",
        "Timber Ridge", "Quail Run", "Eagle Crest" });
    n.buildingSuffixes = list({ "Apartments", "Townhomes", "Residences", "Flats", "Lofts", "Villas",
        "Commons", "Place", "Gardens", "Condominiums" });
    n.portfolioNames = list({ "Riverside Holdings", "Summit Property Group", "Oak Tree Investments",
        "Blue Sky Realty", "Harbor Capital", "Pinnacle Residential", "Cornerstone Estates",
        "Keystone Rentals", "Greenfield Partners", "Northstar Living", "Lakeside Ventures", "Evergreen Homes",
        "Sunbelt Multifamily", "Heritage Rentals", "Redwood Asset Management", "Nguyễn Family",
        "Müller Immobilien US", "García & Hijos Properties", "O'Brien Family Trust", "Smith Family Trust",
        "Patel Investments", "Chen Holdings", "Johnson & Johnson Rentals", "Zoë's Cottages" });
    n.portfolioSuffixes = list({ "LLC", "LP", "Inc.", "Trust", "Fund I", "Fund II", "Series A", "" });
    n.companies = list({ "Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Logistics",
        "Wayne Enterprises", "City Hospital", "State University", "Walmart", "Amazon", "Starbucks",
        "Self-employed", "Dell Technologies", "H-E-B", "Delta Air Lines", "Home Depot", "Kroger", "FedEx",
        "Café Olé", "Müller Bäckerei" });
    n.vendorNames = list({ "Rapid Rooter Plumbing", "A+ Appliance Repair", "Cool Breeze HVAC",
        "Bright Spark Electric", "Green Thumb Landscaping", "Bug Busters Pest Control",
        "Sparkle Cleaning Co.", "Lock & Key Locksmiths", "Top Notch Painting", "Premier Roofing",
        "Handy Andy's", "ProFloor Carpet & Tile", "Clearview Window Co.", "AAA Garage Doors", "Señor Fix-It",
        "Kühl Refrigeration", "Nguyễn Handyman Services", "All Seasons Pool Care", "SafeGuard Fire & Safety",
        "Ace Drywall", "Mountain Water Heaters", "Elite Elevator Service", "Quick Glass", "Reliable Movers",
        "Zoë's Cleaning" });
    n.vendorTypes = list({ "Plumbing", "Appliance Repair", "HVAC", "Electrical", "Landscaping",
        "Pest Control", "Cleaning", "Locksmith", "Painting", "Roofing", "General Contractor", "Flooring",
        "Windows", "Garage Doors", "Handyman", "Refrigeration", "Handyman", "Pool", "Fire Safety", "Drywall",
        "Plumbing", "Elevator", "Glass", "Moving", "Cleaning" });
    const char *issues[][3] = { { "Kitchen sink is clogged and draining very slowly", "Plumbing", "Kitchen" },
        { "Leaking faucet in the bathroom", "Plumbing", "Bathroom" },
        { "Toilet keeps running after flushing", "Plumbing", "Bathroom" },
        { "No hot water since this morning", "Plumbing", "Utility closet" },
        { "Water heater is leaking on the floor", "Plumbing", "Utility closet" },
        { "AC not cooling, thermostat shows 82°F", "HVAC", "Living room" },
        { "Heater makes a loud banging noise", "HVAC", "Hallway" },
        { "Replace HVAC filter", "HVAC", "Hallway" }, { "Dishwasher does not drain", "Appliance", "Kitchen" },
        { "Refrigerator not cold", "Appliance", "Kitchen" },
        { "Oven burner won't light", "Appliance", "Kitchen" },
        { "Washer leaks during spin cycle", "Appliance", "Laundry" },
        { "Dryer takes 3 cycles to dry", "Appliance", "Laundry" },
        { "Garbage disposal jammed", "Appliance", "Kitchen" },
        { "Outlet in bedroom stopped working", "Electrical", "Bedroom" },
        { "Breaker trips when microwave is on", "Electrical", "Kitchen" },
        { "Ceiling light flickers", "Electrical", "Living room" },
        { "Smoke detector chirping — needs battery", "Safety", "Hallway" },
        { "Front door lock is sticking", "Locks & Keys", "Front door" },
        { "Lost key, please rekey the unit", "Locks & Keys", "Front door" },
        { "Ants in the kitchen", "Pest Control", "Kitchen" },
        { "Roaches seen under the sink", "Pest Control", "Kitchen" },
        { "Window won't close all the way", "Windows", "Bedroom" },
        { "Broken blinds in living room", "Windows", "Living room" },
        { "Carpet stain from leak upstairs", "Flooring", "Living room" },
        { "Ceiling water stain after rain", "Roofing", "Bedroom" },
        { "Gate to the pool area does not latch", "Common Area", "Pool" },
        { "Parking lot light out near building B", "Common Area", "Parking lot" },
        { "Graffiti on the east wall", "Common Area", "Exterior" },
        { "Move-out turnover: paint, clean, replace carpet", "Make Ready", "Whole unit" },
        { "Annual smoke/CO detector inspection", "Inspection", "Whole unit" },
        { "Gutter cleaning", "Exterior", "Roof" }, { "Mold in the shower caulk", "Plumbing", "Bathroom" },
        { "Garage door opener broken", "Garage", "Garage" },
        { "Sprinkler head broken, water everywhere", "Landscaping", "Yard" },
        { "Tree branch fell on fence", "Landscaping", "Yard" },
        { "Elevator out of service", "Common Area", "Lobby" },
        { "Intercom/buzzer not working", "Electrical", "Lobby" },
        { "Mailbox lock broken", "Locks & Keys", "Mail room" },
        { "Baño: la regadera gotea", "Plumbing", "Bathroom" },
        { "Noise complaint: upstairs neighbor's washer at night\nPlease check balance", "Other", "" },
        { "Tenant reports \"weird smell\" near the furnace", "HVAC", "Utility closet" } };
    for (const auto &i : issues)
        n.issues.append({ QString::fromUtf8(i[0]), QString::fromUtf8(i[1]), QString::fromUtf8(i[2]) });
    n.woSources = list(
        { "Telephone", "Email", "In Person", "Tenant Portal", "Text Message", "Inspection", "Owner Portal" });
    n.woTypes = list(
        { "Service Request", "General", "Make Ready", "Preventive Maintenance", "Inspection", "Emergency" });
    n.leaseComments = list({ "Pet: one cat", "Pet: dog under 30 lbs", "Parking space #12", "Section 8",
        "Renewed at 3% increase", "Requested early termination", "Roommate change approved",
        "Storage unit S-4", "Autopay enrolled" });
    n.notices = list({ "Call tenant 24h before entry", "Dog on premises", "Gate code 4411#",
        "Key in lockbox, code 1234", "Use side entrance", "Tenant works nights — afternoons only" });
    return n;
}

} // namespace

const SimNames &SimNames::instance()
{
    static const SimNames names = build();
    return names;
}

} // namespace pms::sim
