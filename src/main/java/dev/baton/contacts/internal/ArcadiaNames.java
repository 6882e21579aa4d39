package dev.baton.contacts.internal;

import java.util.List;

/** Word lists for the demo workspace: names, companies, places and titles. */
final class ArcadiaNames {

    private ArcadiaNames() {
    }

    static final List<String> FEMALE = List.of("Anna", "Maria", "Sarah", "Laura", "Emma", "Olivia", "Sophie", "Julia", "Hannah",
            "Chloe", "Grace", "Lucy", "Amelia", "Isabel", "Clara", "Nina", "Elena", "Fatima", "Aisha", "Mei", "Yuki", "Priya",
            "Ingrid", "Astrid", "Camille", "Lea", "Ana", "Sofia", "Beatriz", "Rachel", "Emily", "Jessica", "Karen", "Linda",
            "Patricia", "Helen", "Margaret", "Ruth", "Diane", "Megan", "Zoe", "Charlotte", "Freya", "Ava", "Mia", "Eva",
            "Nora", "Ines", "Marta", "Agnes");
    static final List<String> MALE = List.of("James", "John", "Robert", "Michael", "David", "William", "Thomas", "Daniel",
            "Matthew", "Andrew", "Peter", "Paul", "Mark", "Lukas", "Jonas", "Felix", "Max", "Leon", "Noah", "Liam", "Oliver",
            "Lucas", "Hugo", "Louis", "Mateo", "Diego", "Pablo", "Marco", "Luca", "Ahmed", "Omar", "Raj", "Arjun", "Kenji",
            "Hiroshi", "Wei", "Chen", "Erik", "Lars", "Sven", "Piotr", "Tomasz", "Ivan", "Samuel", "Benjamin", "George",
            "Henry", "Charles", "Edward", "Frank");
    static final List<String> LAST = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
            "Taylor", "Anderson", "Thomas", "Moore", "Martin", "Jackson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall",
            "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts",
            "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook",
            "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood",
            "Watson", "Brooks", "Bennett", "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell",
            "Jenkins", "Perry", "Russell", "Sullivan", "Fisher", "Ellis", "Hamilton", "Graham", "Wallace", "Cole", "West",
            "Jordan", "Reynolds", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
            "Hoffmann", "Dubois", "Lefebvre", "Moreau", "Laurent", "Garcia", "Martinez", "Rodriguez", "Lopez", "Gonzalez",
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Jansen", "de Vries", "van Dijk", "Bakker", "Nowak",
            "Kowalski", "Svensson", "Johansson", "Nielsen", "Hansen", "Sato", "Tanaka", "Wang", "Li", "Zhang", "Patel",
            "Sharma", "Singh", "Kumar", "Okafor", "Mensah", "O'Brien", "MacLeod");
    static final List<String> COMPANY_FIRST = List.of("Northwind", "Blue Ridge", "Silverline", "Harbor", "Summit", "Redwood",
            "Granite", "Crescent", "Pioneer", "Evergreen", "Lakeside", "Ironbridge", "Brightwater", "Oakmont", "Falcon",
            "Meridian", "Sterling", "Horizon", "Cobalt", "Juniper", "Atlas", "Vertex", "Keystone", "Riverside", "Aurora",
            "Beacon", "Cedar", "Delta", "Everest", "Fjord", "Golden Gate", "Highland", "Keller", "Lindenhof", "Marlow",
            "Nordic", "Orchard", "Pacific", "Quarry", "Rhein", "Saxon", "Tamarack", "Union", "Valley", "Westgate", "Yarrow",
            "Zenith", "Alder", "Bramble", "Copperfield");
    static final List<String> COMPANY_SECOND = List.of("Retail", "Health", "Logistics", "Foods", "Bank", "Insurance",
            "Manufacturing", "Motors", "Media", "Energy", "Pharma", "Clinics", "University", "Hotels", "Telecom", "Labs",
            "Engineering", "Foundry", "Textiles", "Group", "Holdings", "Partners", "Systems", "Analytics", "Studios");
    static final List<String> SUFFIX = List.of("Inc.", "Ltd", "GmbH", "AG", "S.A.", "B.V.", "LLC", "plc", "AB", "SAS");

    /** City, country code and a phone number in the way people there write it (local digits random). */
    record City(String name, String country, String phoneFormat) {
    }

    static final List<City> CITIES = List.of(
            new City("San Francisco", "US", "(415) 555-%04d"), new City("New York", "US", "(212) 555-%04d"),
            new City("Chicago", "US", "+1 312 555 %04d"), new City("Austin", "US", "512-555-%04d"),
            new City("Boston", "US", "(617) 555-%04d"), new City("Seattle", "US", "206.555.%04d"),
            new City("London", "GB", "+44 20 7946 %04d"), new City("Manchester", "GB", "+44 161 496 %04d"),
            new City("Berlin", "DE", "+49 30 9018%04d"), new City("Munich", "DE", "+49 89 2109%04d"),
            new City("Hamburg", "DE", "+49 40 4280%04d"), new City("Paris", "FR", "+33 1 42 68 %02d %02d"),
            new City("Lyon", "FR", "+33 4 72 10 %02d %02d"), new City("Amsterdam", "NL", "+31 20 555 %04d"),
            new City("Stockholm", "SE", "+46 8 555 %04d"), new City("Zurich", "CH", "+41 44 668 %04d"),
            new City("Madrid", "ES", "+34 91 555 %04d"), new City("Milan", "IT", "+39 02 5555 %04d"));

    static final List<String> TITLES = List.of("CIO", "CTO", "IT Director", "Head of Infrastructure", "Storage Administrator",
            "Systems Engineer", "IT Manager", "Procurement Manager", "Data Center Manager", "VP Engineering",
            "Head of IT Operations", "Backup Administrator", "Solutions Architect", "CFO", "Network Engineer");
    static final List<String> INDUSTRIES = List.of("Retail", "Health", "Finance", "Manufacturing", "Education", "Public sector", "Media");
    static final List<String> INTERESTS = List.of("Backup", "Archive", "All-flash", "Hybrid cloud");
}
