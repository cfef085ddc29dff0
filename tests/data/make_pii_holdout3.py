"""pii_holdout3: held-out evaluation set for a PII redaction detector.

Written by an independent data author WITHOUT seeing the detector's code, its
dev data generators, or its tests (only the JSONL format of an earlier holdout
file was looked at).  Deterministic (fixed seed), stdlib only, hand-written
word lists and templates.

Labelling policy:
- PERSON: private individual's name as written; honorifics/titles (Dr., Mr.,
  Frau, Sr., Bey...) are outside the span; a first name alone is labelled when
  it clearly refers to a person (greeting, signature, chat).  Famous historical
  figures in encyclopedic sentences are NOT labelled.  Ordinary words such as
  "Mark", "Will", "May", "Rose", "Grant" are not labelled.
- ADDRESS: a private postal street address (street + house number, plus
  contiguous postcode/city, including internal newlines); not the country on
  its own line, not field labels.  Street names without a number, cities,
  countries are not labelled.
- DATE_OF_BIRTH: only the date itself, and only when the text says it is a
  birth date; other dates are not labelled.
- EMAIL, PHONE, CREDIT_CARD (Luhn-valid, never the well-known test numbers),
  IBAN (valid mod-97), US_SSN (valid SSA ranges), IP_ADDRESS (real-looking
  user/server address; 192.0.2/198.51.100/203.0.113 documentation ranges are
  not labelled), SECRET (API keys, tokens, passwords: the value only).
- Look-alikes (versions, order/tracking numbers, hashes, UUIDs, ISBNs, test
  card numbers, documentation IPs, ordinary dates, companies, products, places,
  holidays) are never labelled.
"""

import collections
import json
import random
import re
import string

SEED = 20261207
R = random.Random(SEED)
ch = R.choice

# ---------------------------------------------------------------- names
NAMES = {
    "en": (
        [
            "James",
            "Olivia",
            "Ethan",
            "Chloe",
            "Liam",
            "Grace",
            "Harry",
            "Emily",
            "Noah",
            "Sophie",
            "Oliver",
            "Hannah",
            "Jack",
            "Megan",
            "Daniel",
            "Rachel",
            "Tom",
            "Kate",
            "Ryan",
            "Laura",
            "Connor",
            "Siobhan",
            "Marcus",
            "Tanya",
            "Derek",
            "Bethany",
            "Callum",
            "Imogen",
        ],
        [
            "Smith",
            "Johnson",
            "Brown",
            "Taylor",
            "Wilson",
            "Davies",
            "Evans",
            "Thompson",
            "Walker",
            "Robinson",
            "Hughes",
            "McAllister",
            "O'Connor",
            "Fitzgerald",
            "Whitmore",
            "Baxter",
            "Harrington",
            "Pennington",
            "Blackwood",
            "Carter",
            "McKenzie",
            "O'Brien",
            "Ashworth-Hale",
            "Dunmore",
        ],
    ),
    "de": (
        [
            "Hans-Peter",
            "Lukas",
            "Anna",
            "Jonas",
            "Lena",
            "Felix",
            "Marie",
            "Tobias",
            "Katrin",
            "Jürgen",
            "Ursula",
            "Matthias",
            "Sabine",
            "Florian",
            "Johanna",
            "Dieter",
            "Birgit",
            "Moritz",
            "Annika",
            "Wolfgang",
        ],
        [
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Hoffmann",
            "Schäfer",
            "Koch",
            "Bauer",
            "Richter",
            "Klein",
            "Wolf",
            "Schröder",
            "von Bülow",
            "Neumann",
            "Zimmermann",
            "Krüger",
            "Hartmann-Stein",
        ],
    ),
    "fr": (
        [
            "Jean-Luc",
            "Camille",
            "Léa",
            "Mathieu",
            "Chloé",
            "Antoine",
            "Élodie",
            "Nicolas",
            "Manon",
            "Julien",
            "Océane",
            "Théo",
            "Margaux",
            "Guillaume",
            "Inès",
            "Benoît",
            "Aurélie",
            "Hugo",
        ],
        [
            "Martin",
            "Bernard",
            "Dubois",
            "Thomas",
            "Robert",
            "Richard",
            "Petit",
            "Durand",
            "Leroy",
            "Moreau",
            "Lefèvre",
            "Girard",
            "de la Fontaine",
            "Fournier",
            "Rousseau",
            "Lambert",
            "Faure",
            "Chevalier",
        ],
    ),
    "es": (
        [
            "Juan",
            "María",
            "Carlos",
            "Lucía",
            "Javier",
            "Carmen",
            "Alejandro",
            "Sofía",
            "Diego",
            "Elena",
            "Pablo",
            "Marta",
            "Sergio",
            "Paula",
            "Álvaro",
            "Nuria",
            "Iker",
            "Ainhoa",
        ],
        [
            "García",
            "Fernández",
            "González",
            "Rodríguez",
            "López",
            "Martínez",
            "Sánchez",
            "Pérez",
            "Gómez",
            "Ruiz",
            "Díaz",
            "Hernández",
            "Moreno",
            "de la Cruz",
            "Jiménez",
            "Navarro",
            "Romero Ortega",
            "Iglesias",
        ],
    ),
    "it": (
        [
            "Giuseppe",
            "Giulia",
            "Marco",
            "Francesca",
            "Luca",
            "Chiara",
            "Alessandro",
            "Sara",
            "Matteo",
            "Valentina",
            "Davide",
            "Federica",
            "Lorenzo",
            "Elisa",
            "Simone",
            "Martina",
        ],
        [
            "Rossi",
            "Russo",
            "Ferrari",
            "Esposito",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "De Luca",
            "Mancini",
            "Costa",
            "Lombardi",
            "Moretti",
        ],
    ),
    "pt": (
        [
            "João",
            "Ana",
            "Pedro",
            "Mariana",
            "Tiago",
            "Beatriz",
            "Rui",
            "Inês",
            "Miguel",
            "Catarina",
            "Gonçalo",
            "Rita",
            "Luís",
            "Joana",
            "Thiago",
            "Fernanda",
        ],
        [
            "Silva",
            "Santos",
            "Ferreira",
            "Pereira",
            "Oliveira",
            "Costa",
            "Rodrigues",
            "Martins",
            "Sousa",
            "Fernandes",
            "Gonçalves",
            "Lopes",
            "Marques",
            "Almeida",
            "Ribeiro",
            "Carvalho",
        ],
    ),
    "nl": (
        [
            "Jan",
            "Sanne",
            "Daan",
            "Lotte",
            "Bram",
            "Femke",
            "Thijs",
            "Eva",
            "Ruben",
            "Anouk",
            "Joost",
            "Maaike",
            "Sven",
            "Ilse",
            "Wouter",
            "Noor",
        ],
        [
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "van Dijk",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "Bos",
            "van der Meer",
            "Vos",
            "Peters",
            "Hendriks",
            "van Leeuwen",
        ],
    ),
    "pl": (
        [
            "Anna",
            "Piotr",
            "Katarzyna",
            "Tomasz",
            "Magdalena",
            "Krzysztof",
            "Agnieszka",
            "Paweł",
            "Małgorzata",
            "Michał",
            "Joanna",
            "Łukasz",
            "Zofia",
            "Grzegorz",
        ],
        [
            "Kowalska",
            "Nowak",
            "Wiśniewski",
            "Wójcik",
            "Kowalczyk",
            "Kamińska",
            "Lewandowski",
            "Zielińska",
            "Szymański",
            "Woźniak",
            "Dąbrowski",
            "Kozłowska",
            "Jankowski",
            "Mazur",
        ],
    ),
    "sv": (
        [
            "Erik",
            "Astrid",
            "Lars",
            "Ingrid",
            "Johan",
            "Maja",
            "Björn",
            "Elsa",
            "Anders",
            "Linnea",
            "Oskar",
            "Saga",
            "Nils",
            "Freja",
        ],
        [
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Olsson",
            "Persson",
            "Svensson",
            "Gustafsson",
            "Lindqvist",
            "Bergström",
            "Holm",
            "Sjöberg",
        ],
    ),
    "tr": (
        [
            "Mehmet",
            "Ayşe",
            "Mustafa",
            "Fatma",
            "Ahmet",
            "Zeynep",
            "Emre",
            "Elif",
            "Burak",
            "Selin",
            "Murat",
            "Derya",
            "Oğuz",
            "Büşra",
        ],
        [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Yıldırım",
            "Öztürk",
            "Aydın",
            "Özdemir",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Aslan",
        ],
    ),
}
INTL = [  # (first, last) diverse cultures
    ("Priya", "Sharma"),
    ("Arjun", "Venkataraman"),
    ("Ananya", "Iyer"),
    ("Rahul", "Gupta"),
    ("Li", "Wei"),
    ("Zhang", "Xiaoming"),
    ("Chen", "Jing"),
    ("Wang", "Fang"),
    ("Yuki", "Tanaka"),
    ("Haruto", "Sato"),
    ("Aiko", "Yamamoto"),
    ("Min-jun", "Kim"),
    ("Ji-woo", "Park"),
    ("Seo-yeon", "Lee"),
    ("Ahmed", "Al-Farsi"),
    ("Fatima", "El-Sayed"),
    ("Omar", "bin Rashid"),
    ("Layla", "Haddad"),
    ("Youssef", "Benali"),
    ("Chinedu", "Okafor"),
    ("Amara", "Nwosu"),
    ("Kwame", "Mensah"),
    ("Thandiwe", "Ndlovu"),
    ("Abebe", "Tesfaye"),
    ("Nguyen", "Van An"),
    ("Thi", "Tran"),
    ("Mateo", "Vargas"),
    ("Valentina", "Quispe"),
    ("Siddharth", "Rao"),
    ("Aleksandr", "Ivanov"),
    ("Olena", "Shevchenko"),
    ("Dmitri", "Volkov"),
    ("Siobhan", "O'Sullivan"),
    ("Hamish", "McGregor"),
    ("Ingrid", "Haugen"),
    ("Aroha", "Ngata"),
    ("Kofi", "Boateng"),
    ("Nadia", "Rahman"),
    ("Tariq", "Hussain"),
    ("Mei", "Ling Tan"),
]


def person(lang):
    if R.random() < 0.28:
        f, l = ch(INTL)
    else:
        fs, ls = NAMES[lang]
        f, l = ch(fs), ch(ls)
        if lang == "es" and R.random() < 0.3:
            l = l + " " + ch(ls)
    return f, l


HON = {
    "en": ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof."],
    "de": ["Herr", "Frau", "Dr.", "Herr Dr.", "Frau Prof."],
    "fr": ["M.", "Mme", "Dr", "Maître"],
    "es": ["Sr.", "Sra.", "Dra.", "Don", "Doña"],
    "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Avv."],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra."],
    "nl": ["dhr.", "mevr.", "Dr.", "mr."],
    "pl": ["Pan", "Pani", "dr", "prof."],
    "sv": ["Dr.", "Prof."],
    "tr": ["Dr.", "Av.", "Prof. Dr."],
}

# ---------------------------------------------------------------- addresses
CITIES = {
    "en": [
        ("London", "SW1A 1AA"),
        ("Manchester", "M1 4BT"),
        ("Leeds", "LS1 5DL"),
        ("Bristol", "BS1 4DJ"),
        ("Edinburgh", "EH1 2NG"),
        ("Cardiff", "CF10 1EP"),
    ],
    "de": [
        ("Berlin", "10115"),
        ("München", "80331"),
        ("Hamburg", "20095"),
        ("Köln", "50667"),
        ("Leipzig", "04109"),
        ("Stuttgart", "70173"),
        ("Bremen", "28195"),
    ],
    "fr": [
        ("Paris", "75002"),
        ("Lyon", "69003"),
        ("Marseille", "13006"),
        ("Toulouse", "31000"),
        ("Nantes", "44000"),
        ("Lille", "59800"),
        ("Bordeaux", "33000"),
    ],
    "es": [
        ("Madrid", "28013"),
        ("Barcelona", "08007"),
        ("Sevilla", "41004"),
        ("Valencia", "46002"),
        ("Bilbao", "48001"),
        ("Zaragoza", "50001"),
    ],
    "it": [
        ("Roma", "00184"),
        ("Milano", "20121"),
        ("Napoli", "80133"),
        ("Torino", "10121"),
        ("Bologna", "40126"),
        ("Firenze", "50123"),
    ],
    "pt": [
        ("Lisboa", "1100-053"),
        ("Porto", "4000-322"),
        ("Braga", "4700-035"),
        ("Coimbra", "3000-150"),
        ("Faro", "8000-138"),
    ],
    "nl": [
        ("Amsterdam", "1015 CJ"),
        ("Rotterdam", "3011 AD"),
        ("Utrecht", "3511 LX"),
        ("Den Haag", "2511 BT"),
        ("Eindhoven", "5611 EM"),
        ("Groningen", "9711 LM"),
    ],
    "pl": [
        ("Warszawa", "00-238"),
        ("Kraków", "31-042"),
        ("Gdańsk", "80-831"),
        ("Wrocław", "50-077"),
        ("Poznań", "61-772"),
        ("Łódź", "90-001"),
    ],
    "sv": [
        ("Stockholm", "111 51"),
        ("Göteborg", "411 06"),
        ("Malmö", "211 22"),
        ("Uppsala", "753 20"),
        ("Lund", "222 21"),
    ],
    "tr": [
        ("İstanbul", "34000"),
        ("Ankara", "06420"),
        ("İzmir", "35210"),
        ("Bursa", "16010"),
        ("Antalya", "07100"),
    ],
}
STREETS = {
    "en": [
        "Baker Street",
        "Elm Road",
        "Church Lane",
        "Victoria Avenue",
        "Kingsway",
        "Mill Close",
        "Park Crescent",
        "Station Rd",
        "High St",
        "Willow Grove",
    ],
    "de": [
        "Hauptstraße",
        "Bahnhofstr.",
        "Lindenallee",
        "Gartenweg",
        "Schillerstraße",
        "Am Markt",
        "Goethestr.",
        "Berliner Straße",
        "Kirchgasse",
    ],
    "fr": [
        "rue de la Paix",
        "avenue Victor Hugo",
        "boulevard Saint-Michel",
        "rue des Lilas",
        "place de la République",
        "rue du Moulin",
        "allée des Tilleuls",
    ],
    "es": [
        "Calle Mayor",
        "Avenida de la Constitución",
        "Calle de Alcalá",
        "Paseo de Gracia",
        "Calle del Sol",
        "Plaza Nueva",
        "C/ San Vicente",
    ],
    "it": [
        "Via Roma",
        "Corso Vittorio Emanuele II",
        "Via Garibaldi",
        "Piazza Navona",
        "Viale Mazzini",
        "Via dei Mille",
        "Via Dante",
    ],
    "pt": [
        "Rua Augusta",
        "Avenida da Liberdade",
        "Rua das Flores",
        "Travessa do Carmo",
        "Rua de Santa Catarina",
        "Av. dos Aliados",
    ],
    "nl": [
        "Keizersgracht",
        "Dorpsstraat",
        "Kerkstraat",
        "Prinsengracht",
        "Molenweg",
        "Stationsplein",
        "Julianalaan",
    ],
    "pl": [
        "ul. Długa",
        "ul. Marszałkowska",
        "ul. Floriańska",
        "al. Jerozolimskie",
        "ul. Piotrkowska",
        "ul. Mickiewicza",
    ],
    "sv": ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Linnégatan"],
    "tr": [
        "Atatürk Cad.",
        "İstiklal Caddesi",
        "Cumhuriyet Mah. Gül Sok.",
        "Bağdat Cad.",
        "Kızılay Sok.",
        "Barbaros Bulvarı",
    ],
}
US = [
    ("Mountain View", "CA", "94043"),
    ("Austin", "TX", "78701"),
    ("Seattle", "WA", "98101"),
    ("Chicago", "IL", "60611"),
    ("Denver", "CO", "80202"),
    ("Boston", "MA", "02116"),
    ("Portland", "OR", "97205"),
]
USST = [
    "Oak Street",
    "Maple Ave",
    "Amphitheatre Pkwy",
    "Lincoln Blvd",
    "Pine St.",
    "Sunset Drive",
    "Cedar Ln",
]


def address(lang):
    ml = R.random() < 0.2
    sep = "\n" if ml else ", "
    n = str(R.randint(1, 240))
    if lang == "en":
        if R.random() < 0.45:
            c, s, z = ch(US)
            apt = ch(["", "", " Apt 4B", ", Suite 210", " #12"])
            return f"{n} {ch(USST)}{apt}{sep}{c}, {s} {z}"
        c, pc = ch(CITIES["en"])
        flat = ch(["", "", "Flat 3, ", "Flat 2B, "])
        return f"{flat}{n}{ch(['', 'A', 'B'])} {ch(STREETS['en'])}{sep}{c} {pc}"
    c, pc = ch(CITIES[lang])
    st = ch(STREETS[lang])
    if lang == "fr":
        return f"{n}{ch(['', ' bis', ''])} {st}{sep}{pc} {c}"
    if lang == "es":
        return f"{st} {n}{ch(['', ', 3º B', ', 1º izq.', ', 2ºA'])}{sep}{pc} {c}"
    if lang == "it":
        return f"{st} {n}{sep}{pc} {c}" + ch(["", "", f" ({ch(['RM', 'MI', 'NA', 'TO'])})"])
    if lang == "pt":
        return f"{st} {n}{ch(['', ', 2º Dto', ', 1º Esq.'])}{sep}{pc} {c}"
    if lang == "nl":
        return f"{st} {n}{ch(['', '-2', 'A', ' hs'])}{sep}{pc} {c}"
    if lang == "pl":
        return f"{st} {n}{ch(['', '/7', '/12', ' m. 4'])}{sep}{pc} {c}"
    if lang == "tr":
        return f"{st} No: {n}{ch(['', ' D: 5', '/3'])}{sep}{pc} {c}"
    if lang == "sv":
        return f"{st} {n}{ch(['', ' lgh 1102', 'B'])}{sep}{pc} {c}"
    return f"{st} {n}{sep}{pc} {c}"


# ---------------------------------------------------------------- dates
MON = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "tr": [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ],
}


def fmt_date(lang, y, m, d):
    M = MON[lang][m - 1]
    k = R.random()
    if k < 0.2:
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "en":
        return ch(
            [
                f"{d} {M} {y}",
                f"{M} {d}, {y}",
                f"{m:02d}/{d:02d}/{y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{d}th {M[:3]} {y}" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14) else f"{d} {M[:3]} {y}",
            ]
        )
    if lang in ("de", "pl", "tr"):
        return ch(
            [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {M} {y}" if lang == "de" else f"{d} {M} {y}"]
        )
    if lang == "nl":
        return ch([f"{d:02d}-{m:02d}-{y}", f"{d} {M} {y}"])
    if lang in ("es", "pt"):
        return ch([f"{d:02d}/{m:02d}/{y}", f"{d} de {M} de {y}"])
    if lang == "sv":
        return ch([f"{d} {M} {y}", f"{y}{m:02d}{d:02d}"[:0] + f"{y}-{m:02d}-{d:02d}"])
    return ch([f"{d:02d}/{m:02d}/{y}", f"{d} {M} {y}"])


def dob(lang):
    return fmt_date(lang, R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28))


def odate(lang):
    return fmt_date(lang, R.randint(2019, 2027), R.randint(1, 12), R.randint(1, 28))


# ---------------------------------------------------------------- contact
DOMS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "gmx.de",
    "orange.fr",
    "free.fr",
    "hotmail.es",
    "libero.it",
    "sapo.pt",
    "ziggo.nl",
    "wp.pl",
    "telia.se",
    "hotmail.com.tr",
    "proton.me",
    "icloud.com",
    "northwind-logistics.com",
    "acme-corp.io",
]


def deacc(s):
    import unicodedata

    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9.\-]", "", s.lower().replace(" ", "").replace("'", ""))


def email(lang, f=None, l=None):
    if f is None:
        f, l = person(lang)
    u = ch(
        [
            f"{deacc(f)}.{deacc(l)}",
            f"{deacc(f)[0]}{deacc(l)}",
            f"{deacc(f)}{R.randint(1, 99)}",
            f"{deacc(l)}.{deacc(f)[0]}",
            f"{deacc(f)}_{deacc(l)}",
        ]
    )
    u = u.strip(".-") or "user"
    return u + "@" + ch(DOMS)


def dg(n):
    return "".join(ch(string.digits) for _ in range(n))


def phone(lang):
    if lang == "en":
        return ch(
            [
                f"+44 7{dg(3)} {dg(6)}",
                f"07{dg(3)} {dg(6)}",
                f"({R.randint(201, 989)}) {R.randint(201, 989)}-{dg(4)}",
                f"+1 {R.randint(201, 989)}-{R.randint(201, 989)}-{dg(4)}",
                f"020 {dg(4)} {dg(4)}",
            ]
        )
    return {
        "de": lambda: ch([f"+49 30 {dg(8)}", f"0171 {dg(7)}", f"+49 (0)89 {dg(3)} {dg(4)}", f"0151-{dg(8)}"]),
        "fr": lambda: ch(
            [
                f"+33 6 {dg(2)} {dg(2)} {dg(2)} {dg(2)}",
                f"06 {dg(2)} {dg(2)} {dg(2)} {dg(2)}",
                f"01.{dg(2)}.{dg(2)}.{dg(2)}.{dg(2)}",
            ]
        ),
        "es": lambda: ch(
            [
                f"+34 6{dg(2)} {dg(3)} {dg(3)}",
                f"6{dg(2)} {dg(2)} {dg(2)} {dg(2)}",
                f"91 {dg(3)} {dg(2)} {dg(2)}",
            ]
        ),
        "it": lambda: ch([f"+39 3{dg(2)} {dg(3)} {dg(4)}", f"3{dg(2)} {dg(7)}", f"06 {dg(4)} {dg(4)}"]),
        "pt": lambda: ch(
            [f"+351 9{dg(2)} {dg(3)} {dg(3)}", f"9{dg(2)} {dg(3)} {dg(3)}", f"21 {dg(3)} {dg(4)}"]
        ),
        "nl": lambda: ch([f"+31 6 {dg(8)}", f"06-{dg(8)}", f"020 {dg(3)} {dg(4)}"]),
        "pl": lambda: ch(
            [f"+48 5{dg(2)} {dg(3)} {dg(3)}", f"6{dg(2)}-{dg(3)}-{dg(3)}", f"(22) {dg(3)} {dg(2)} {dg(2)}"]
        ),
        "sv": lambda: ch(
            [f"+46 70 {dg(3)} {dg(2)} {dg(2)}", f"070-{dg(3)} {dg(2)} {dg(2)}", f"08-{dg(3)} {dg(3)} {dg(2)}"]
        ),
        "tr": lambda: ch(
            [
                f"+90 5{dg(2)} {dg(3)} {dg(2)} {dg(2)}",
                f"05{dg(2)} {dg(3)} {dg(2)} {dg(2)}",
                f"(0212) {dg(3)} {dg(2)} {dg(2)}",
            ]
        ),
    }[lang]()


def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


TEST_CARDS = [
    "4111111111111111",
    "4242424242424242",
    "5555555555554444",
    "4000056655665556",
    "378282246310005",
    "6011111111111117",
    "5105105105105100",
    "4012888888881881",
]


def credit_card():
    while True:
        pre, ln = ch([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("37", 15), ("6011", 16)])
        body = pre + dg(ln - len(pre) - 1)
        for c in string.digits:
            if luhn_ok(body + c):
                num = body + c
                break
        if num not in TEST_CARDS:
            break
    if ln == 15:
        return ch([f"{num[:4]} {num[4:10]} {num[10:]}", num])
    sep = ch([" ", " ", "-", ""])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


IBANF = {
    "de": ("DE", lambda: dg(18)),
    "fr": ("FR", lambda: dg(23)),
    "es": ("ES", lambda: dg(20)),
    "it": ("IT", lambda: ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + dg(22)),
    "pt": ("PT", lambda: dg(21)),
    "nl": ("NL", lambda: ch(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + dg(10)),
    "pl": ("PL", lambda: dg(24)),
    "sv": ("SE", lambda: dg(20)),
    "tr": ("TR", lambda: dg(5) + "0" + dg(16)),
    "en": ("GB", lambda: ch(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + dg(14)),
}


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_valid(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(lang):
    if lang == "en" and R.random() < 0.3:
        lang = ch(["de", "nl", "fr"])
    cc, f = IBANF[lang]
    b = f()
    s = cc + iban_check(cc, b) + b
    assert iban_valid(s)
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if R.random() < 0.65 else s


def bad_iban(lang):
    s = iban(lang).replace(" ", "")
    bad = s[:2] + f"{(int(s[2:4]) + R.randint(1, 9)) % 100:02d}" + s[4:]
    if iban_valid(bad) or bad[2:4] in ("00", "01"):
        bad = s[:2] + "00" + s[4:]
    return " ".join(bad[i : i + 4] for i in range(0, len(bad), 4))


def ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    g, s = R.randint(1, 99), R.randint(1, 9999)
    return (
        ch(["-", "-", "-", " ", ""])[0:1].join([f"{a:03d}", f"{g:02d}", f"{s:04d}"])
        if False
        else (lambda sep: f"{a:03d}{sep}{g:02d}{sep}{s:04d}")(ch(["-", "-", "-", " ", ""]))
    )


def ip():
    if R.random() < 0.12:
        return (
            ":".join(f"{R.randint(0, 65535):x}" for _ in range(8))
            if R.random() < 0.5
            else f"2a02:{R.randint(4096, 65535):x}:{R.randint(1, 65535):x}::{R.randint(1, 65535):x}"
        )
    while True:
        a = R.randint(1, 223)
        if a in (127, 0):
            continue
        v = f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        if v.startswith(("192.0.2.", "198.51.100.", "203.0.113.")):
            continue
        return v


def docip():
    return ch(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254))


AN = string.ascii_letters + string.digits


def rs(n, a=AN):
    return "".join(ch(a) for _ in range(n))


def secret():
    return ch(
        [
            lambda: "sk_live_" + rs(24),
            lambda: "ghp_" + rs(36),
            lambda: "AKIA" + rs(16, string.ascii_uppercase + string.digits),
            lambda: "xoxb-" + dg(12) + "-" + dg(13) + "-" + rs(24),
            lambda: "hf_" + rs(34),
            lambda: "glpat-" + rs(20, AN + "-_"),
            lambda: "AIza" + rs(35, AN + "-_"),
            lambda: "sk-proj-" + rs(40, AN + "-_"),
            lambda: rs(12, AN + "!#$%&*"),
            lambda: (
                ch(["Sommer", "Winter", "Hunter", "Dragon", "Blue", "Kaffee", "Soleil"])
                + ch(["2024!", "#77", "_secure9", "!Qx8", "2025$"])
            ),
            lambda: "eyJhbGciOiJIUzI1NiJ9." + rs(40, AN + "_-") + "." + rs(43, AN + "_-"),
            lambda: rs(40, "abcdef0123456789"),
        ]
    )()


# ---------------------------------------------------------------- look-alikes (never labelled)
def ver():
    return ch(
        [
            f"{R.randint(1, 12)}.{R.randint(0, 20)}.{R.randint(0, 40)}",
            f"v{R.randint(1, 20)}.{R.randint(0, 9)}.{R.randint(0, 99)}",
            f"10.0.{R.randint(17000, 22631)}.{R.randint(100, 4000)}",
            f"{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 999)}",
            f"build {R.randint(1000, 99999)}",
        ]
    )


def order():
    return ch(
        [
            f"PO-{R.randint(2019, 2026)}-{dg(5)}",
            f"INV-{dg(6)}",
            f"#{dg(7)}",
            f"ORD-{rs(3, string.ascii_uppercase)}{dg(6)}",
            f"TCK-{dg(5)}",
            f"{R.randint(10, 99)}-{dg(7)}-{dg(7)}",
            f"RMA{dg(8)}",
        ]
    )


def track():
    return ch(
        [
            f"1Z{rs(6, string.ascii_uppercase + string.digits)}{dg(10)}",
            f"JJD{dg(18)}",
            f"00{dg(18)}",
            f"{rs(2, string.ascii_uppercase)}{dg(9)}DE",
            f"94001{dg(17)}",
        ]
    )


def sha():
    return rs(ch([7, 12, 40, 64]), "abcdef0123456789")


def uuid():
    h = rs(32, "abcdef0123456789")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def isbn():
    return ch(
        [
            f"978-{R.randint(0, 9)}-{dg(3)}-{dg(5)}-{R.randint(0, 9)}",
            f"ISBN {dg(1)}-{dg(4)}-{dg(4)}-{dg(1)}",
            f"978{dg(10)}",
        ]
    )


def testcc():
    n = ch(TEST_CARDS[:4])
    return ch([" ".join(n[i : i + 4] for i in range(0, 16, 4)), n])


COMPANIES = [
    "Siemens",
    "Zalando",
    "Carrefour",
    "Inditex",
    "Ferrero",
    "Galp",
    "Philips",
    "Allegro",
    "IKEA",
    "Turkcell",
    "Northwind Traders",
    "Globex",
    "Initech",
    "Vodafone",
    "Deutsche Bahn",
    "Ryanair",
    "Spotify",
    "Bosch",
    "Decathlon",
    "Heineken",
    "Orlen",
    "Volvo",
    "Arçelik",
    "Microsoft",
    "Atlassian",
    "Stripe",
    "Shopify",
    "Rabobank",
    "Santander",
    "Unicredit",
]
PRODUCTS = [
    "Windows 11",
    "iPhone 15",
    "PostgreSQL",
    "Kubernetes",
    "ThinkPad X1",
    "Excel",
    "Jira",
    "Slack",
    "Android 14",
    "Galaxy S24",
    "Teams",
    "Firefox",
    "Photoshop",
    "Raspberry Pi 5",
]
FAMOUS = {
    "en": [
        "Winston Churchill",
        "Ada Lovelace",
        "Abraham Lincoln",
        "Marie Curie",
        "Isaac Newton",
        "Charles Darwin",
    ],
    "de": ["Johann Wolfgang von Goethe", "Albert Einstein", "Otto von Bismarck", "Ludwig van Beethoven"],
    "fr": ["Victor Hugo", "Napoléon Bonaparte", "Marie Curie", "Louis Pasteur"],
    "es": ["Miguel de Cervantes", "Pablo Picasso", "Francisco de Goya"],
    "it": ["Leonardo da Vinci", "Giuseppe Garibaldi", "Galileo Galilei", "Dante Alighieri"],
    "pt": ["Luís de Camões", "Fernando Pessoa", "Vasco da Gama"],
    "nl": ["Rembrandt van Rijn", "Vincent van Gogh", "Erasmus van Rotterdam"],
    "pl": ["Mikołaj Kopernik", "Fryderyk Chopin", "Maria Skłodowska-Curie"],
    "sv": ["Alfred Nobel", "Carl von Linné", "Astrid Lindgren"],
    "tr": ["Mustafa Kemal Atatürk", "Mimar Sinan", "Nazım Hikmet"],
}

GEN = {
    "P": ("PERSON", None),
    "F": ("PERSON", None),
    "L": ("PERSON", None),
    "S": ("PERSON", None),
    "ADDR": ("ADDRESS", address),
    "DOB": ("DATE_OF_BIRTH", dob),
    "EMAIL": ("EMAIL", None),
    "PHONE": ("PHONE", phone),
    "CC": ("CREDIT_CARD", lambda l: credit_card()),
    "IBAN": ("IBAN", iban),
    "SSN": ("US_SSN", lambda l: ssn()),
    "IP": ("IP_ADDRESS", lambda l: ip()),
    "SECRET": ("SECRET", lambda l: secret()),
    "VER": (None, lambda l: ver()),
    "ORDER": (None, lambda l: order()),
    "TRACK": (None, lambda l: track()),
    "DATE": (None, odate),
    "SHA": (None, lambda l: sha()),
    "UUID": (None, lambda l: uuid()),
    "ISBN": (None, lambda l: isbn()),
    "TESTCC": (None, lambda l: testcc()),
    "DOCIP": (None, lambda l: docip()),
    "CO": (None, lambda l: ch(COMPANIES)),
    "PROD": (None, lambda l: ch(PRODUCTS)),
    "CITY": (None, lambda l: ch(CITIES[l])[0]),
    "STREET": (None, lambda l: ch(STREETS[l])),
    "FAMOUS": (None, lambda l: ch(FAMOUS[l])),
    "H": (None, lambda l: ch(HON[l])),
    "BADIBAN": (None, bad_iban),
    "BADSSN": (None, lambda l: f"{ch(['000', '666', '9' + dg(2)])}-{dg(2)}-{dg(4)}"),
    "N": (None, lambda l: str(R.randint(2, 48))),
    "TIME": (None, lambda l: f"{R.randint(7, 20)}:{ch(['00', '15', '30', '45'])}"),
}
TOK = re.compile(r"\{([A-Z]+)(\d?)\}")


def render(tpl, lang):
    """Fill a template. {P1}/{F1}/{S1}/{EMAIL1} with same digit share one person."""
    out, spans, pos = [], [], 0
    people = {}

    def getp(k):
        if k not in people:
            people[k] = person(lang)
        return people[k]

    last = 0
    for m in TOK.finditer(tpl):
        lit = tpl[last : m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        key, idx = m.group(1), m.group(2) or "0"
        typ, fn = GEN[key]
        if key in ("P", "F", "L", "S"):
            f, l = getp(idx)
            val = {"P": f"{f} {l}", "F": f, "L": f"{f} {l}".lower(), "S": l}[key]
        elif key == "EMAIL":
            f, l = getp(idx) if idx != "0" else person(lang)
            val = email(lang, f, l)
        else:
            val = fn(lang)
        if typ:
            spans.append({"start": pos, "end": pos + len(val), "type": typ, "_v": val})
        out.append(val)
        pos += len(val)
    out.append(tpl[last:])
    text = "".join(out)
    for s in spans:
        assert text[s["start"] : s["end"]] == s.pop("_v")
    return text, spans


# ---------------------------------------------------------------- chat sentences (positive / negative)
POS = {
    "en": [
        "Hi {F1}, can you send me the updated deck?",
        "talked to {L} yesterday, she's fine with the plan",
        "{P}'s new address is {ADDR}.",
        "Please ship it to {ADDR} (ring twice).",
        "my number is {PHONE} if anything comes up",
        "you can reach {H} {S} on {PHONE}.",
        "DOB: {DOB}",
        "The patient was born on {DOB}.",
        "I was born {DOB} so I'm eligible, right?",
        "Card ending... actually here's the full one: {CC}",
        "pay into {IBAN} please, ref is {ORDER}",
        "His SSN is {SSN}, don't share it.",
        "SSN {SSN} was entered twice in the form.",
        "the login came from {IP} at {TIME}",
        "here's the key: {SECRET}",
        "password is {SECRET} but change it after first login",
        "ping {F} about it, he knows",
        "Can you cc {EMAIL}?",
        "ask {P} ({EMAIL}) for the invoice",
        "{H} {P} will join the call at {TIME}.",
        "Thanks {F}!",
        "spoke w/ {L} re: the refund",
        "Happy birthday {F}! born {DOB} and still young :)",
        "{P1} moved to {ADDR}",
        "meeting {P} and {P} on {STREET} at {TIME}",
        "send the contract to {P}, {ADDR}",
        "{F} said the server {IP} keeps timing out",
        "My daughter {P} (DOB {DOB}) needs a new appointment.",
        "I live at {ADDR}, next to the {CO} store.",
        "for the background check: SSN {SSN}, DOB on file",
        "ssn: {SSN}",
        "Social Security number {SSN} belongs to {P}.",
        "charge my visa {CC} exp {N}/28",
        "export STRIPE_KEY={SECRET}",
        "the token {SECRET} leaked in the CI logs, revoke it",
        "Amex {CC}, billing zip on file.",
    ],
    "de": [
        "Hallo {F}, kannst du mir die Unterlagen schicken?",
        "{H} {S} ist unter {PHONE} erreichbar.",
        "Meine neue Adresse: {ADDR}",
        "geb. {DOB}",
        "Geburtsdatum: {DOB}",
        "Bitte überweise auf {IBAN}, Verwendungszweck {ORDER}.",
        "hab mit {L} telefoniert, alles klar",
        "Schick das Paket an {P}, {ADDR}.",
        "Mail an {EMAIL} geht raus.",
        "Das Passwort ist {SECRET}, bitte nach dem ersten Login ändern.",
        "Zugriff von {IP} um {TIME} Uhr blockiert.",
        "Liebe Grüße, {F}",
        "{P} wurde am {DOB} in {CITY} geboren.",
        "Ruf {F} an: {PHONE}",
        "Kreditkarte: {CC}",
        "{H} {P} kommt morgen um {TIME}.",
    ],
    "fr": [
        "Salut {F}, tu peux m'envoyer le devis ?",
        "{H} {S} est joignable au {PHONE}.",
        "Ma nouvelle adresse : {ADDR}",
        "né le {DOB}",
        "Date de naissance : {DOB}",
        "Merci de virer sur {IBAN}, référence {ORDER}.",
        "j'ai parlé avec {L} ce matin",
        "Envoyez le colis à {P}, {ADDR}.",
        "Écris à {EMAIL} stp.",
        "Le mot de passe est {SECRET}, à changer.",
        "Connexion suspecte depuis {IP} à {TIME}.",
        "Bises, {F}",
        "{P}, née le {DOB} à {CITY}, est notre nouvelle cliente.",
        "Appelle {F} au {PHONE}",
        "Carte bancaire : {CC}",
        "{H} {P} arrive demain à {TIME}.",
    ],
    "es": [
        "Hola {F}, ¿me mandas el presupuesto?",
        "{H} {S} está en el {PHONE}.",
        "Mi nueva dirección: {ADDR}",
        "fecha de nacimiento: {DOB}",
        "Nació el {DOB}.",
        "Transfiere a {IBAN}, concepto {ORDER}.",
        "hablé con {L} ayer",
        "Envía el paquete a {P}, {ADDR}.",
        "Escribe a {EMAIL}.",
        "La contraseña es {SECRET}, cámbiala.",
        "Acceso desde {IP} a las {TIME}.",
        "Un abrazo, {F}",
        "{P} (nacida el {DOB}) pidió cita.",
        "Llama a {F} al {PHONE}",
        "Tarjeta: {CC}",
        "{H} {P} llega mañana a las {TIME}.",
    ],
    "it": [
        "Ciao {F}, mi mandi il preventivo?",
        "{H} {S} è raggiungibile al {PHONE}.",
        "Il mio nuovo indirizzo: {ADDR}",
        "nato il {DOB}",
        "Data di nascita: {DOB}",
        "Bonifico su {IBAN}, causale {ORDER}.",
        "ho sentito {L} stamattina",
        "Spedisci il pacco a {P}, {ADDR}.",
        "Scrivi a {EMAIL}.",
        "La password è {SECRET}, cambiala.",
        "Accesso da {IP} alle {TIME}.",
        "Un saluto, {F}",
        "{P}, nata il {DOB} a {CITY}.",
        "Chiama {F} al {PHONE}",
        "Carta: {CC}",
        "{H} {P} arriva domani alle {TIME}.",
    ],
    "pt": [
        "Olá {F}, podes enviar-me o orçamento?",
        "{H} {S} está no {PHONE}.",
        "A minha nova morada: {ADDR}",
        "nascido em {DOB}",
        "Data de nascimento: {DOB}",
        "Transfere para {IBAN}, referência {ORDER}.",
        "falei com {L} ontem",
        "Envia a encomenda para {P}, {ADDR}.",
        "Escreve para {EMAIL}.",
        "A senha é {SECRET}, muda-a.",
        "Acesso a partir de {IP} às {TIME}.",
        "Abraço, {F}",
        "{P}, nascida a {DOB}, marcou consulta.",
        "Liga ao {F}: {PHONE}",
        "Cartão: {CC}",
    ],
    "nl": [
        "Hoi {F}, kun je me de offerte sturen?",
        "{H} {S} is bereikbaar op {PHONE}.",
        "Mijn nieuwe adres: {ADDR}",
        "geboren op {DOB}",
        "Geboortedatum: {DOB}",
        "Maak het over naar {IBAN} o.v.v. {ORDER}.",
        "heb {L} gisteren gesproken",
        "Stuur het pakket naar {P}, {ADDR}.",
        "Mail {EMAIL} even.",
        "Het wachtwoord is {SECRET}, graag wijzigen.",
        "Inlog vanaf {IP} om {TIME}.",
        "Groetjes, {F}",
        "{P} (geb. {DOB}) heeft een afspraak.",
        "Bel {F} op {PHONE}",
        "Creditcard: {CC}",
    ],
    "pl": [
        "Cześć {F}, wyślesz mi ofertę?",
        "{H} {S} jest pod numerem {PHONE}.",
        "Mój nowy adres: {ADDR}",
        "ur. {DOB}",
        "Data urodzenia: {DOB}",
        "Przelej na {IBAN}, tytuł {ORDER}.",
        "rozmawiałem z {L} wczoraj",
        "Wyślij paczkę do: {P}, {ADDR}.",
        "Napisz na {EMAIL}.",
        "Hasło to {SECRET}, zmień je.",
        "Logowanie z {IP} o {TIME}.",
        "Pozdrawiam, {F}",
    ],
    "sv": [
        "Hej {F}, kan du skicka offerten?",
        "{S} nås på {PHONE}.",
        "Min nya adress: {ADDR}",
        "född {DOB}",
        "Födelsedatum: {DOB}",
        "Betala till {IBAN}, ange {ORDER}.",
        "pratade med {L} igår",
        "Skicka paketet till {P}, {ADDR}.",
        "Mejla {EMAIL}.",
        "Lösenordet är {SECRET}, byt det.",
        "Inloggning från {IP} kl. {TIME}.",
        "Hälsningar, {F}",
    ],
    "tr": [
        "Merhaba {F}, teklifi gönderebilir misin?",
        "{F} Bey'e {PHONE} numarasından ulaşabilirsiniz.",
        "Yeni adresim: {ADDR}",
        "Doğum tarihi: {DOB}",
        "{DOB} doğumlu.",
        "{IBAN} hesabına havale yapın, açıklama {ORDER}.",
        "dün {L} ile konuştum",
        "Kargoyu {P}, {ADDR} adresine gönder.",
        "{EMAIL} adresine yaz.",
        "Şifre {SECRET}, lütfen değiştir.",
        "{IP} adresinden {TIME} saatinde giriş.",
        "Saygılarımla, {F}",
        "{F} Hanım yarın {TIME}'da geliyor.",
    ],
}
NEG = {
    "en": [
        "Release {VER} is out, changelog in the wiki.",
        "Your order {ORDER} has shipped, tracking {TRACK}.",
        "Meeting moved to {DATE} at {TIME}.",
        "Use the test card {TESTCC} in the Stripe sandbox.",
        "In the docs example the server is {DOCIP}.",
        "commit {SHA} fixes the flaky test",
        "request id {UUID}",
        "{FAMOUS} was one of the most influential figures of the era.",
        "Will do, I'll mark it as done.",
        "We can grant access after May.",
        "Rose gold is sold out at {CO}.",
        "Let's meet on {STREET} near the station.",
        "The office in {CITY} is closed on Christmas Day.",
        "ISBN {ISBN} is the second edition.",
        "Upgrade to {PROD} {VER} before {DATE}.",
        "Invoice {ORDER} is due {DATE}.",
        "Mark my words, {CO} will ship {PROD} late again.",
        "Ticket {ORDER} closed, build {VER} deployed.",
        "Sample IBAN in the form is just a placeholder, don't use {BADIBAN}.",
        "The invalid SSN {BADSSN} was rejected as expected.",
        "Bank holiday on Monday, so deliveries resume {DATE}.",
        "{N} users affected by incident {ORDER}.",
    ],
    "de": [
        "Version {VER} ist veröffentlicht.",
        "Ihre Bestellung {ORDER} wurde versandt, Sendungsnummer {TRACK}.",
        "Termin verschoben auf den {DATE} um {TIME} Uhr.",
        "Testkarte für die Sandbox: {TESTCC}",
        "Im Beispiel nutzen wir {DOCIP}.",
        "Commit {SHA} behebt den Fehler.",
        "{FAMOUS} war eine der prägendsten Persönlichkeiten seiner Zeit.",
        "Treffen wir uns in der {STREET}?",
        "Am Tag der Deutschen Einheit ist das Büro in {CITY} zu.",
        "Rechnung {ORDER} ist am {DATE} fällig.",
        "Bitte auf {PROD} {VER} aktualisieren.",
        "Vorgang {UUID} abgeschlossen.",
    ],
    "fr": [
        "La version {VER} est disponible.",
        "Votre commande {ORDER} a été expédiée, suivi {TRACK}.",
        "Réunion déplacée au {DATE} à {TIME}.",
        "Carte de test pour le bac à sable : {TESTCC}",
        "Dans l'exemple, le serveur est {DOCIP}.",
        "le commit {SHA} corrige le bug",
        "{FAMOUS} a marqué l'histoire de France.",
        "On se retrouve {STREET} ?",
        "Le 14 juillet, l'agence de {CITY} est fermée.",
        "Facture {ORDER} à régler avant le {DATE}.",
        "Mettez à jour vers {PROD} {VER}.",
        "Identifiant de requête {UUID}.",
    ],
    "es": [
        "Ya está la versión {VER}.",
        "Tu pedido {ORDER} ha sido enviado, seguimiento {TRACK}.",
        "La reunión pasa al {DATE} a las {TIME}.",
        "Tarjeta de prueba para sandbox: {TESTCC}",
        "En el ejemplo usamos {DOCIP}.",
        "el commit {SHA} arregla el fallo",
        "{FAMOUS} es una figura clave de la cultura española.",
        "Quedamos en la {STREET}, ¿vale?",
        "El Día de Reyes la oficina de {CITY} cierra.",
        "La factura {ORDER} vence el {DATE}.",
        "Actualiza a {PROD} {VER}.",
        "ID de solicitud {UUID}.",
    ],
    "it": [
        "È uscita la versione {VER}.",
        "Il tuo ordine {ORDER} è stato spedito, tracking {TRACK}.",
        "Riunione spostata al {DATE} alle {TIME}.",
        "Carta di test per la sandbox: {TESTCC}",
        "Nell'esempio il server è {DOCIP}.",
        "il commit {SHA} risolve il bug",
        "{FAMOUS} è una figura centrale della storia italiana.",
        "Ci vediamo in {STREET}?",
        "A Ferragosto l'ufficio di {CITY} è chiuso.",
        "La fattura {ORDER} scade il {DATE}.",
        "Aggiorna a {PROD} {VER}.",
        "ID richiesta {UUID}.",
    ],
    "pt": [
        "Saiu a versão {VER}.",
        "A tua encomenda {ORDER} foi enviada, tracking {TRACK}.",
        "Reunião passou para {DATE} às {TIME}.",
        "Cartão de teste do sandbox: {TESTCC}",
        "No exemplo o servidor é {DOCIP}.",
        "o commit {SHA} corrige o erro",
        "{FAMOUS} é uma figura marcante da história portuguesa.",
        "Encontramo-nos na {STREET}?",
        "No 25 de Abril o escritório de {CITY} fecha.",
        "A fatura {ORDER} vence a {DATE}.",
        "Atualiza para {PROD} {VER}.",
    ],
    "nl": [
        "Versie {VER} is uit.",
        "Je bestelling {ORDER} is verzonden, track & trace {TRACK}.",
        "Overleg verschoven naar {DATE} om {TIME}.",
        "Testkaart voor de sandbox: {TESTCC}",
        "In het voorbeeld is de server {DOCIP}.",
        "commit {SHA} lost het op",
        "{FAMOUS} is een van de bekendste Nederlanders.",
        "Zullen we afspreken op de {STREET}?",
        "Op Koningsdag is het kantoor in {CITY} dicht.",
        "Factuur {ORDER} vervalt op {DATE}.",
        "Update naar {PROD} {VER}.",
    ],
    "pl": [
        "Wersja {VER} jest dostępna.",
        "Zamówienie {ORDER} zostało wysłane, numer przesyłki {TRACK}.",
        "Spotkanie przeniesione na {DATE} o {TIME}.",
        "Karta testowa w sandboxie: {TESTCC}",
        "{FAMOUS} to jedna z najważniejszych postaci w historii Polski.",
        "Spotkajmy się na {STREET}.",
        "Faktura {ORDER} płatna do {DATE}.",
        "commit {SHA} naprawia błąd",
    ],
    "sv": [
        "Version {VER} är släppt.",
        "Din order {ORDER} har skickats, spårning {TRACK}.",
        "Mötet flyttat till {DATE} kl. {TIME}.",
        "Testkort i sandlådan: {TESTCC}",
        "{FAMOUS} är en av Sveriges mest kända personer.",
        "Ses vi på {STREET}?",
        "Fakturan {ORDER} förfaller {DATE}.",
        "commit {SHA} fixar felet",
        "På midsommarafton är kontoret i {CITY} stängt.",
    ],
    "tr": [
        "{VER} sürümü yayınlandı.",
        "{ORDER} numaralı siparişiniz kargoya verildi, takip no {TRACK}.",
        "Toplantı {DATE} saat {TIME}'a ertelendi.",
        "Sandbox test kartı: {TESTCC}",
        "{FAMOUS} Türk tarihinin en önemli isimlerindendir.",
        "{CITY}'da {STREET} üzerinde buluşalım.",
        "{ORDER} faturasının son ödeme tarihi {DATE}.",
        "{SHA} commit'i hatayı düzeltiyor",
        "29 Ekim'de {CITY} ofisi kapalı.",
    ],
}

# ---------------------------------------------------------------- document templates: (style, lang, template)
DOCS = [
    (
        "email",
        "en",
        "From: {P1} <{EMAIL1}>\nTo: support@{CO}.com\nSubject: Re: order {ORDER}\n\nHi team,\nthe parcel never arrived at {ADDR}. Tracking {TRACK} says delivered.\n\nBest regards,\n{P1}\n{PHONE}",
    ),
    (
        "email",
        "en",
        "Dear {H} {S1},\n\nThank you for your application. We will contact you at {EMAIL1} before {DATE}.\n\nKind regards,\n{F2}\nTalent team, {CO}",
    ),
    (
        "email",
        "en",
        "Hi {F},\n\nQuick reminder that {PROD} {VER} goes live on {DATE}. No action needed.\n\nCheers,\nThe {CO} team",
    ),
    (
        "form",
        "en",
        "Full name: {P}\nDate of birth: {DOB}\nAddress: {ADDR}\nPhone: {PHONE}\nEmail: {EMAIL}\nSSN: {SSN}",
    ),
    ("form", "en", "name={P}\ndob={DOB}\ncard={CC}\nexp=0{N}/29\nreferrer={CO}"),
    (
        "ticket",
        "en",
        "[{ORDER}] Login issues\nReporter: {P1}\nUser {F1} reports failed logins from {IP}. Client {PROD} {VER}. Reset token {SECRET} was issued and should be revoked.",
    ),
    (
        "ticket",
        "en",
        "Ticket {ORDER}\nPriority: P3\nSummary: crash on startup after upgrade to {VER}\nStack hash {SHA}, request id {UUID}.\nRepro only on {PROD}.",
    ),
    (
        "crm_note",
        "en",
        "CRM note {DATE}: called {H} {P} re renewal. Prefers phone ({PHONE}). Lives at {ADDR}. DOB {DOB}. Follow up after Thanksgiving.",
    ),
    (
        "crm_note",
        "en",
        "Account: {CO}\nContact: {P}\nNotes: Will review the PO {ORDER} in May; the research grant covers part of it.",
    ),
    (
        "shipping",
        "en",
        "Your {CO} order {ORDER} is on its way!\nShip to:\n{P}\n{ADDR}\nUnited Kingdom\nCarrier: UPS {TRACK}",
    ),
    ("shipping", "en", "Shipment {TRACK} departed {CITY} hub on {DATE} {TIME}. Estimated delivery {DATE}."),
    (
        "hr_letter",
        "en",
        "CONFIDENTIAL\n\nEmployee: {P}\nDate of birth: {DOB}\nSSN: {SSN}\nStart date: {DATE}\nSalary account: {IBAN}\n\nSigned,\n{P} (HR)",
    ),
    (
        "medical_intake",
        "en",
        "Patient: {P}\nDOB: {DOB}\nEmergency contact: {P} ({PHONE})\nReason for visit: follow-up, appointment {DATE}.\nInsurance member id {ORDER}.",
    ),
    (
        "chat_log",
        "en",
        "[{TIME}] {F1}: hey, is the VPN down?\n[{TIME}] {F2}: works for me, try {DOCIP} from the docs\n[{TIME}] {F1}: ok, my box is {IP} btw",
    ),
    (
        "chat_log",
        "en",
        "[{TIME}] deploy-bot: {VER} rolled out ({SHA})\n[{TIME}] deploy-bot: canary healthy\n[{TIME}] deploy-bot: next window {DATE}",
    ),
    ("csv", "en", "id,name,email,phone\n{N},{P1},{EMAIL1},{PHONE}\n{N},{P2},{EMAIL2},{PHONE}"),
    ("csv", "en", "sku,product,version,released\n{N},{PROD},{VER},{DATE}\n{N},{PROD},{VER},{DATE}"),
    (
        "json",
        "en",
        '{"customer": {"name": "{P}", "email": "{EMAIL}", "ip": "{IP}"}, "order": "{ORDER}", "build": "{VER}"}',
    ),
    ("json", "en", '{"event": "payment.test", "card": "{TESTCC}", "trace": "{UUID}", "server": "{DOCIP}"}'),
    ("json", "en", '{"user_id": "{UUID}", "ssn": "{SSN}", "dob": "{DOB}", "iban": "{IBAN}"}'),
    (
        "code_comment",
        "en",
        '# TODO({F}): rotate this before launch\nAPI_KEY = "{SECRET}"\nBASE_URL = "https://api.example-{N}.com/v2"',
    ),
    (
        "code_comment",
        "en",
        "// Fixed in {VER}, see commit {SHA}\n// Example host: {DOCIP}\nconst retries = {N};",
    ),
    ("code_comment", "en", "db:\n  host: {IP}\n  user: app\n  password: {SECRET}"),
    (
        "email",
        "de",
        "Von: {P1} <{EMAIL1}>\nBetreff: Rückfrage zu Rechnung {ORDER}\n\nSehr geehrte Damen und Herren,\nbitte senden Sie die Unterlagen an {ADDR}.\n\nMit freundlichen Grüßen\n{P1}\nTel. {PHONE}",
    ),
    ("form", "de", "Name: {P}\nGeburtsdatum: {DOB}\nAnschrift: {ADDR}\nIBAN: {IBAN}\nE-Mail: {EMAIL}"),
    (
        "shipping",
        "de",
        "Ihre Sendung {TRACK} wird am {DATE} zugestellt.\nEmpfänger:\n{P}\n{ADDR}\nDeutschland",
    ),
    (
        "medical_intake",
        "de",
        "Patientin: {H} {P}\ngeb. am {DOB}\nVersichertennummer {ORDER}\nNächster Termin: {DATE}",
    ),
    (
        "email",
        "fr",
        "De : {P1} <{EMAIL1}>\nObjet : commande {ORDER}\n\nBonjour,\nmerci de livrer au {ADDR}.\n\nCordialement,\n{P1}\n{PHONE}",
    ),
    ("form", "fr", "Nom : {P}\nDate de naissance : {DOB}\nAdresse : {ADDR}\nIBAN : {IBAN}"),
    (
        "hr_letter",
        "fr",
        "Objet : attestation employeur\n\nNous certifions que {H} {P}, né(e) le {DOB}, est employé(e) chez {CO} depuis le {DATE}.",
    ),
    (
        "email",
        "es",
        "De: {P1} <{EMAIL1}>\nAsunto: pedido {ORDER}\n\nHola,\nenviad la factura a {ADDR}.\n\nSaludos,\n{P1}\n{PHONE}",
    ),
    ("form", "es", "Nombre: {P}\nFecha de nacimiento: {DOB}\nDomicilio: {ADDR}\nIBAN: {IBAN}"),
    ("crm_note", "es", "Nota CRM {DATE}: llamé a {H} {P}. Prefiere email ({EMAIL}). Vive en {ADDR}."),
    (
        "email",
        "it",
        "Da: {P1} <{EMAIL1}>\nOggetto: ordine {ORDER}\n\nBuongiorno,\nsi prega di spedire a {ADDR}.\n\nCordiali saluti,\n{P1}\n{PHONE}",
    ),
    ("form", "it", "Nome: {P}\nData di nascita: {DOB}\nIndirizzo: {ADDR}\nIBAN: {IBAN}"),
    (
        "medical_intake",
        "it",
        "Paziente: {P}\nnato/a il {DOB}\nRecapito: {PHONE}\nVisita di controllo il {DATE}.",
    ),
    (
        "email",
        "pt",
        "De: {P1} <{EMAIL1}>\nAssunto: encomenda {ORDER}\n\nBom dia,\nenviem para {ADDR}.\n\nCumprimentos,\n{P1}\n{PHONE}",
    ),
    ("form", "pt", "Nome: {P}\nData de nascimento: {DOB}\nMorada: {ADDR}\nIBAN: {IBAN}"),
    (
        "email",
        "nl",
        "Van: {P1} <{EMAIL1}>\nOnderwerp: bestelling {ORDER}\n\nBeste,\ngraag leveren op {ADDR}.\n\nMet vriendelijke groet,\n{P1}\n{PHONE}",
    ),
    ("form", "nl", "Naam: {P}\nGeboortedatum: {DOB}\nAdres: {ADDR}\nIBAN: {IBAN}"),
    ("form", "pl", "Imię i nazwisko: {P}\nData urodzenia: {DOB}\nAdres: {ADDR}\nIBAN: {IBAN}"),
    (
        "email",
        "pl",
        "Od: {P1} <{EMAIL1}>\nTemat: zamówienie {ORDER}\n\nDzień dobry,\nproszę o wysyłkę na adres {ADDR}.\n\nPozdrawiam,\n{P1}",
    ),
    ("form", "sv", "Namn: {P}\nFödelsedatum: {DOB}\nAdress: {ADDR}\nTelefon: {PHONE}"),
    ("form", "tr", "Ad Soyad: {P}\nDoğum Tarihi: {DOB}\nAdres: {ADDR}\nIBAN: {IBAN}"),
    ("shipping", "tr", "{TRACK} numaralı gönderiniz {DATE} tarihinde teslim edilecek.\nAlıcı: {P}\n{ADDR}"),
]
NEGDOCS = [
    (
        "shipping",
        "en",
        "Order {ORDER} confirmed.\nItems: {PROD}\nCarrier: DHL {TRACK}\nEstimated delivery: {DATE}",
    ),
    (
        "ticket",
        "en",
        "Ticket {ORDER}: {PROD} {VER} fails on {CITY} edge node. Workaround: pin to {VER}. Ref {UUID}.",
    ),
    (
        "code_comment",
        "en",
        '# Example only: connect to {DOCIP}:8080\n# test card {TESTCC} (stripe test mode)\nassert checksum == "{SHA}"',
    ),
    ("csv", "en", "isbn,title,year\n{ISBN},Field Guide,2019\n{ISBN},Data Systems,2021"),
    ("json", "en", '{"release": "{VER}", "commit": "{SHA}", "date": "{DATE}", "id": "{UUID}"}'),
    (
        "chat_log",
        "en",
        "[{TIME}] ci: build {VER} passed\n[{TIME}] ci: artifact sha256 {SHA}\n[{TIME}] ci: ticket {ORDER} auto-closed",
    ),
    (
        "email",
        "en",
        "Subject: Office closure\n\nAll {CO} offices in {CITY} will be closed on New Year's Day. Service desk reopens {DATE}.\n\nFacilities",
    ),
    (
        "shipping",
        "de",
        "Bestellung {ORDER} bestätigt. DHL-Sendungsnummer {TRACK}. Voraussichtliche Zustellung: {DATE}.",
    ),
    ("shipping", "fr", "Commande {ORDER} confirmée. Colissimo {TRACK}. Livraison prévue le {DATE}."),
    ("shipping", "es", "Pedido {ORDER} confirmado. Seguimiento {TRACK}. Entrega prevista: {DATE}."),
    ("shipping", "it", "Ordine {ORDER} confermato. Tracking {TRACK}. Consegna prevista: {DATE}."),
    ("ticket", "de", "Ticket {ORDER}: {PROD} {VER} stürzt ab. Hash {SHA}."),
    ("ticket", "nl", "Melding {ORDER}: {PROD} {VER} crasht. Hash {SHA}."),
]

LANGW = {"en": 35, "de": 8, "fr": 8, "es": 8, "it": 8, "pt": 8, "nl": 8, "pl": 3, "sv": 3, "tr": 3}
N_TEXTS = 1500


def wpos(lang):
    pool = POS[lang]
    w = [
        0.45 if "{DOB}" in t else 3.0 if "{SSN}" in t else 1.9 if ("{CC}" in t or "{SECRET}" in t) else 1.0
        for t in pool
    ]
    return R.choices(pool, weights=w)[0]


def chat(lang, negonly):
    k = R.choice([1, 1, 2, 2, 3, 3, 4, 5, 6])
    parts = []
    for i in range(k):
        if negonly or R.random() < 0.45:
            parts.append(ch(NEG[lang]))
        else:
            parts.append(wpos(lang))
    if not negonly and not any(p in POS[lang] for p in parts):
        parts[R.randrange(k)] = wpos(lang)
    sep = ch([" ", " ", "\n", " "])
    t = sep.join(parts)
    if R.random() < 0.15:
        t = t.lower().replace("{", "\x00").replace("}", "\x01")
    t = re.sub("\x00([a-z]+)(\\d?)\x01", lambda m: "{" + m.group(1).upper() + m.group(2) + "}", t)
    return t


def main():
    langs = [l for l, w in LANGW.items() for _ in range(w)]
    rows = []
    while len(rows) < N_TEXTS:
        lang = ch(langs)
        negonly = R.random() < 0.34
        if R.random() < 0.3:
            pool = [d for d in (NEGDOCS if negonly else DOCS) if d[1] == lang]
            if pool:
                style, _, tpl = ch(pool)
            else:
                style, tpl = "chat", chat(lang, negonly)
        else:
            style, tpl = "chat", chat(lang, negonly)
        text, spans = render(tpl, lang)
        if not (20 <= len(text) <= 900):
            continue
        spans.sort(key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"]
        rows.append({"text": text, "spans": spans, "style": style, "lang": lang})
    with open(__file__.rsplit("/", 1)[0] + "/pii_holdout3.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    bl = collections.Counter(r["lang"] for r in rows)
    bs = collections.Counter(r["style"] for r in rows)
    bt = collections.Counter(s["type"] for r in rows for s in r["spans"])
    print("texts", len(rows))
    print("by lang", dict(bl.most_common()))
    print("by style", dict(bs.most_common()))
    print("spans by type", dict(bt.most_common()))
    print("look-alike-only share %.3f" % (sum(1 for r in rows if not r["spans"]) / len(rows)))


if __name__ == "__main__":
    main()
