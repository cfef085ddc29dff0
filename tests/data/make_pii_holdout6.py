"""Held-out PII redaction evaluation set #6 (generator).

Written independently, WITHOUT sight of the detector under test, its code,
its training data or any other evaluation set.  Stdlib only, deterministic
(SEED below).  Writes pii_holdout6.jsonl next to this file; each line is
{"text", "spans": [{"start","end","type"}], "style", "lang"} with Python str
offsets (end exclusive).

Labelling policy
----------------
PERSON   a private individual's name as written (full name, surname with an
         honorific, or a first name alone when clearly a person).  Honorifics,
         titles and a possessive 's are outside the span.  Lowercase chat
         names count.  Famous public/historical figures in encyclopedic or
         news sentences are NOT labelled.  Ordinary words that are also names
         ("Will do", "Mark the date", "May", "Rose", "Grant access", "Hope",
         "Bill", "Joy", "Sunny") are not labelled.  Company/brand/product
         names containing person names, and street/place names alone, are
         not labelled.
ADDRESS  a private postal street address (street + house number in the
         country's usual order) plus contiguous unit, postcode and city,
         across newlines in letter blocks or comma separated.  P.O. boxes are
         addresses.  A lone country line, field labels, street names without
         a number, cities, countries and company HQ addresses in press-release
         style are not labelled.
DATE_OF_BIRTH only the date itself, and only where the text says it is a
         birth date (in the text's language).  Other dates are not labelled.
EMAIL, PHONE (national/international formats per country),
CREDIT_CARD (Luhn-valid, generated; well-known public test numbers are never
         labelled and only appear in "use the test card" contexts),
IBAN     (valid ISO 13616 mod-97),
US_SSN   (valid SSA ranges, US context only),
IP_ADDRESS public IPv4/IPv6 only; documentation ranges 192.0.2.0/24,
         198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32 appear unlabelled;
         private ranges are not used at all,
SECRET   API keys, tokens, passwords (including low-entropy human passwords
         stated in prose), connection-string passwords, private-key bodies:
         the value only.
About 30% of texts are look-alike-only (no PII): versions, order/invoice/
tracking numbers, timestamps, ordinary dates, ISBNs, hashes, UUIDs, test
cards, documentation IPs, SKUs, phone-like IDs, postcodes, companies named
after people, famous people, places, name-like words, amounts, coordinates.

A self-check validates offsets, value identity, Luhn / mod-97 / SSA validity,
and that nothing mechanically PII-like (emails, Luhn-valid card-length digit
runs, valid IBANs, SSN patterns, non-documentation IPv4) is left unlabelled.
"""

import hashlib
import json
import os
import random
import re
import unicodedata

SEED = 6_2026_1207
N_TEXTS = 1200
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_holdout6.jsonl")

TEST_CARDS = {
    "4111111111111111",
    "4242424242424242",
    "5555555555554444",
    "378282246310005",
    "4012888888881881",
    "5105105105105100",
    "371449635398431",
    "6011111111111117",
    "4000056655665556",
}

# ---------------------------------------------------------------- helpers


def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(cc, bban):
    chk = 98 - iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and int(a) < 900 and g != "00" and n != "0000"


def fold(s):
    s = (
        s.replace("ß", "ss")
        .replace("ø", "o")
        .replace("Ø", "O")
        .replace("æ", "ae")
        .replace("ł", "l")
        .replace("ı", "i")
    )
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ip_is_doc(ip):
    return ip.startswith(("192.0.2.", "198.51.100.", "203.0.113."))


def ip_is_private(ip):
    a, b = (int(x) for x in ip.split(".")[:2])
    return (
        a in (0, 10, 127)
        or a >= 224
        or (a == 172 and 16 <= b <= 31)
        or (a == 192 and b == 168)
        or (a == 169 and b == 254)
        or (a == 100 and 64 <= b <= 127)
    )


# ---------------------------------------------------------------- locale data

GLOBAL_FIRST = [
    "Adaeze",
    "Tomasz",
    "Yusuf",
    "Mei-Lin",
    "Rafael",
    "Oksana",
    "Kwame",
    "Priyanka",
    "Haruto",
    "Farida",
    "Dmitri",
    "Thandiwe",
    "Nikolaos",
    "Leilani",
    "Bogdan",
    "Soraya",
    "Jae-won",
    "Amara",
    "Tenzin",
    "Zeynep",
    "Anh",
    "Chinedu",
    "Ilse",
    "Mateus",
    "Rashid",
    "Ngozi",
    "Siddharth",
]
GLOBAL_LAST = [
    "Okonkwo",
    "Wiśniewski",
    "Demir",
    "Tanaka",
    "Nguyen",
    "Haddad",
    "Papadopoulos",
    "Mensah",
    "Kowalczyk",
    "Rahimi",
    "Oyelaran",
    "Castellanos",
    "Bhattacharya",
    "Lindqvist",
    "Petrenko",
    "Achterberg",
    "Mwangi",
    "Kaur",
    "Sokolova",
    "Ferreira-Lopes",
    "O'Donnell",
    "Abdi",
    "Chowdhury",
]

L = {}
L["us"] = dict(
    first=[
        "Brianna",
        "Tyrone",
        "Kayleigh",
        "Dwayne",
        "Marisol",
        "Connor",
        "Latoya",
        "Brody",
        "Shanice",
        "Trevor",
        "Esperanza",
        "Colton",
        "Deshawn",
        "Madison",
        "Jaxon",
        "Rosalind",
        "Everett",
        "Imani",
        "Garrett",
        "Whitney",
    ],
    last=[
        "Kowalski",
        "Delgado",
        "McAllister",
        "Whitfield",
        "Okafor",
        "Brennan",
        "Vasquez",
        "Lindgren",
        "Harrington",
        "Nakamura",
        "Pruitt",
        "Goldstein",
        "Ramirez",
        "Fitzgerald",
        "Thibodeaux",
        "Yazzie",
        "Castellano",
        "Burkhart",
    ],
    hon=["Mr.", "Ms.", "Mrs.", "Dr."],
    mail=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "protonmail.com"],
    streets=[
        "Sycamore Bend Rd",
        "W Dickens Ave",
        "Larkspur Ln",
        "N Halsted St",
        "Old Mill Pike",
        "Cottonwood Dr",
        "Briar Hollow Ct",
        "E 19th St",
        "Quarry Ridge Blvd",
        "Tamarack Way",
    ],
    cities=[
        ("Columbus", "OH", "432"),
        ("Tucson", "AZ", "857"),
        ("Raleigh", "NC", "276"),
        ("Spokane", "WA", "992"),
        ("Des Moines", "IA", "503"),
        ("Chattanooga", "TN", "374"),
        ("Albany", "NY", "122"),
        ("Boise", "ID", "837"),
        ("Chicago", "IL", "606"),
        ("Sacramento", "CA", "958"),
    ],
    dob=["DOB", "date of birth", "born on", "birthday is", "D.O.B."],
)
L["uk"] = dict(
    first=[
        "Siobhan",
        "Callum",
        "Niamh",
        "Rhys",
        "Imogen",
        "Alfie",
        "Poppy",
        "Fergus",
        "Saoirse",
        "Declan",
        "Harriet",
        "Oisin",
        "Rukhsana",
        "Gareth",
        "Eilidh",
        "Jasvinder",
    ],
    last=[
        "Pemberton",
        "McCready",
        "Ashworth",
        "Thistlewood",
        "Llewellyn",
        "Okoro",
        "Braithwaite",
        "Dunleavy",
        "Hussain",
        "Fairweather",
        "Cartwright",
        "Mahmood",
        "Sinclair",
        "Entwistle",
    ],
    hon=["Mr", "Ms", "Mrs", "Dr", "Miss"],
    mail=["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "outlook.com", "virginmedia.com"],
    streets=[
        "Hawthorn Close",
        "Kingsbury Road",
        "Wellgate Lane",
        "Abbotsford Crescent",
        "Marlowe Street",
        "Fenwick Terrace",
        "Quayside Mews",
        "Holloway Drive",
    ],
    cities=[
        ("Leeds", "LS6"),
        ("Bristol", "BS7"),
        ("Glasgow", "G12"),
        ("Norwich", "NR2"),
        ("Cardiff", "CF24"),
        ("Manchester", "M20"),
        ("York", "YO31"),
        ("Belfast", "BT9"),
    ],
    dob=["DOB", "date of birth", "born on", "birthday is"],
)
L["de"] = dict(
    first=[
        "Annika",
        "Jörg",
        "Friederike",
        "Malte",
        "Henrike",
        "Torben",
        "Svenja",
        "Dariusz",
        "Gülcan",
        "Wolfgang",
        "Mareike",
        "Leonie",
        "Björn",
        "Elif",
        "Kai-Uwe",
        "Swetlana",
        "Ulrike",
        "Jannik",
    ],
    last=[
        "Brinkmann",
        "Oberhuber",
        "Schäfer",
        "Kowalewski",
        "Yıldırım",
        "Hinrichsen",
        "Pfeiffer",
        "Wendler",
        "Grünewald",
        "Lehmkuhl",
        "Stojanović",
        "Baumgärtner",
        "Rottmann",
        "Eichhorn",
        "Nowak",
    ],
    hon=["Herr", "Frau", "Dr."],
    mail=["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "freenet.de"],
    streets=[
        "Lindenstraße",
        "Am Mühlbach",
        "Eichendorffweg",
        "Kastanienallee",
        "Hauptstraße",
        "Bergstraße",
        "Rosenhof",
        "Schillerplatz",
        "Wiesenweg",
        "Grindelallee",
    ],
    cities=[
        ("Köln", "50"),
        ("Leipzig", "04"),
        ("Freiburg im Breisgau", "79"),
        ("Hamburg", "22"),
        ("Kassel", "34"),
        ("Regensburg", "93"),
        ("Bielefeld", "33"),
        ("Mainz", "55"),
    ],
    dob=["geboren am", "Geburtsdatum", "geb.", "Geburtstag ist der"],
)
L["fr"] = dict(
    first=[
        "Mathilde",
        "Benoît",
        "Océane",
        "Yannick",
        "Clémence",
        "Karim",
        "Aurélie",
        "Loïc",
        "Fatoumata",
        "Gaëlle",
        "Thibault",
        "Nadège",
        "Sylvain",
        "Inès",
        "Grégoire",
    ],
    last=[
        "Lefebvre",
        "Benali",
        "Rousseau",
        "Marchand",
        "Nguyen",
        "Dubois-Perrin",
        "Lemaire",
        "Traoré",
        "Fontaine",
        "Girard",
        "Chevalier",
        "Haddad",
        "Mercier",
        "Lacroix",
    ],
    hon=["M.", "Mme", "Dr"],
    mail=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    streets=[
        "rue des Tanneurs",
        "avenue Jean-Jaurès",
        "boulevard de la Liberté",
        "impasse des Lilas",
        "rue du Faubourg Saint-Antoine",
        "allée des Acacias",
        "chemin de la Source",
        "place du Marché",
    ],
    cities=[
        ("Lyon", "6900"),
        ("Nantes", "440"),
        ("Toulouse", "310"),
        ("Lille", "590"),
        ("Rennes", "350"),
        ("Montpellier", "340"),
        ("Strasbourg", "670"),
        ("Paris", "750"),
    ],
    dob=["né le", "née le", "date de naissance", "date de naissance :"],
)
L["es"] = dict(
    first=[
        "Ainhoa",
        "Íñigo",
        "Lucía",
        "Jorge",
        "Nerea",
        "Álvaro",
        "Rocío",
        "Xavier",
        "Itziar",
        "Joaquín",
        "Macarena",
        "Rubén",
        "Yolanda",
        "Sergio",
    ],
    last=[
        "García Ortega",
        "Etxeberria",
        "Navarro",
        "Fernández",
        "Quintana",
        "Sánchez-Vidal",
        "Iglesias",
        "Montoya",
        "Romero",
        "Bermúdez",
        "Castaño",
        "Villanueva",
        "Aguirre",
    ],
    hon=["Sr.", "Sra.", "Dr.", "Dña."],
    mail=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    streets=[
        "Calle de Toledo",
        "Avenida de la Constitución",
        "Calle Mayor",
        "Paseo de Gracia",
        "Calle del Pez",
        "Ronda de Segovia",
        "Calle San Bernardo",
        "Plaza del Carmen",
    ],
    cities=[
        ("Madrid", "280"),
        ("Sevilla", "410"),
        ("Valencia", "460"),
        ("Bilbao", "480"),
        ("Zaragoza", "500"),
        ("Málaga", "290"),
        ("Barcelona", "080"),
    ],
    dob=["fecha de nacimiento", "nació el", "nacido el", "F. nacimiento"],
)
L["it"] = dict(
    first=[
        "Giulia",
        "Lorenzo",
        "Chiara",
        "Matteo",
        "Federica",
        "Gianluca",
        "Ilaria",
        "Davide",
        "Beatrice",
        "Pasquale",
        "Serena",
        "Tommaso",
        "Rosaria",
        "Ottavio",
    ],
    last=[
        "Esposito",
        "Bianchi",
        "Colombo",
        "De Luca",
        "Ferraro",
        "Marchetti",
        "Russo",
        "Santoro",
        "Galli",
        "Mancini",
        "Lombardi",
        "D'Angelo",
        "Caruso",
        "Fabbri",
    ],
    hon=["Sig.", "Sig.ra", "Dott.", "Dott.ssa"],
    mail=["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it", "hotmail.it"],
    streets=[
        "Via dei Mille",
        "Corso Vittorio Emanuele",
        "Via della Spiga",
        "Viale Monza",
        "Via San Donato",
        "Piazza delle Erbe",
        "Via Nizza",
        "Vicolo del Pozzo",
    ],
    cities=[
        ("Milano", "201"),
        ("Torino", "101"),
        ("Bologna", "401"),
        ("Napoli", "801"),
        ("Firenze", "501"),
        ("Padova", "351"),
        ("Bari", "701"),
    ],
    dob=["nato il", "nata il", "data di nascita", "data nascita"],
)
L["pt"] = dict(
    first=[
        "João",
        "Inês",
        "Tiago",
        "Beatriz",
        "Rui",
        "Mariana",
        "Gonçalo",
        "Leonor",
        "Diogo",
        "Carolina",
        "Thiago",
        "Luana",
        "Vitória",
    ],
    last=[
        "Silva",
        "Carvalho",
        "Magalhães",
        "Pereira",
        "Sousa",
        "Rodrigues",
        "Figueiredo",
        "Gonçalves",
        "Lopes",
        "Azevedo",
        "Cardoso",
        "Moreira",
    ],
    hon=["Sr.", "Sra.", "Dr.", "Dra."],
    mail=["sapo.pt", "gmail.com", "hotmail.com", "outlook.pt", "uol.com.br", "netcabo.pt"],
    streets=[
        "Rua das Flores",
        "Avenida da Boavista",
        "Rua do Almada",
        "Travessa do Carmo",
        "Rua de Santa Catarina",
        "Largo do Rato",
        "Rua Augusta",
        "Avenida de Roma",
    ],
    cities=[
        ("Porto", "40"),
        ("Lisboa", "11"),
        ("Braga", "47"),
        ("Coimbra", "30"),
        ("Aveiro", "38"),
        ("Faro", "80"),
    ],
    dob=["data de nascimento", "nascido em", "nascida em", "nasceu a"],
)
L["nl"] = dict(
    first=[
        "Sanne",
        "Joost",
        "Femke",
        "Thijs",
        "Marloes",
        "Bram",
        "Ilse",
        "Jeroen",
        "Noor",
        "Youssef",
        "Wouter",
        "Anouk",
        "Sem",
        "Gerrit",
    ],
    last=[
        "de Vries",
        "van den Berg",
        "Bakker",
        "Visser",
        "Jansen",
        "Mulder",
        "El Amrani",
        "Dekker",
        "Smit",
        "van Dijk",
        "Kuipers",
        "Bos",
        "Hoekstra",
        "Vermeulen",
    ],
    hon=["dhr.", "mevr.", "dr."],
    mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl"],
    streets=[
        "Kerkstraat",
        "Ooievaarslaan",
        "Vondelstraat",
        "Dorpsstraat",
        "Molenweg",
        "Oudegracht",
        "Zonnebloemstraat",
        "Lindenlaan",
    ],
    cities=[
        ("Utrecht", "35"),
        ("Amsterdam", "10"),
        ("Rotterdam", "30"),
        ("Groningen", "97"),
        ("Eindhoven", "56"),
        ("Zwolle", "80"),
        ("Haarlem", "20"),
    ],
    dob=["geboortedatum", "geboren op", "geb. datum"],
)
L["pl"] = dict(
    first=[
        "Agnieszka",
        "Krzysztof",
        "Małgorzata",
        "Paweł",
        "Zofia",
        "Grzegorz",
        "Joanna",
        "Bartłomiej",
        "Ewelina",
        "Łukasz",
        "Katarzyna",
        "Wojciech",
    ],
    last=[
        "Wiśniewska",
        "Zieliński",
        "Wójcik",
        "Kamińska",
        "Lewandowski",
        "Dąbrowski",
        "Szymańska",
        "Kaczmarek",
        "Piotrowski",
        "Grabowska",
        "Jankowski",
    ],
    hon=["Pan", "Pani", "dr"],
    mail=["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    streets=[
        "ul. Ogrodowa",
        "ul. Słoneczna",
        "ul. Mickiewicza",
        "al. Jana Pawła II",
        "ul. Lipowa",
        "ul. Kwiatowa",
        "os. Piastowskie",
        "ul. Długa",
    ],
    cities=[
        ("Poznań", "6"),
        ("Kraków", "3"),
        ("Wrocław", "5"),
        ("Gdańsk", "8"),
        ("Łódź", "9"),
        ("Lublin", "2"),
    ],
    dob=["data urodzenia", "urodzony", "urodzona", "ur."],
)
L["sv"] = dict(
    first=[
        "Linnea",
        "Oskar",
        "Ebba",
        "Viktor",
        "Maja",
        "Johan",
        "Saga",
        "Anders",
        "Elsa",
        "Mohammed",
        "Ingrid",
        "Filip",
    ],
    last=[
        "Lindqvist",
        "Johansson",
        "Bergström",
        "Nyström",
        "Holmberg",
        "Åkesson",
        "Sjöberg",
        "Karlsson",
        "Engström",
        "Dahlgren",
        "Öberg",
    ],
    hon=["herr", "fru", "dr"],
    mail=["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com"],
    streets=[
        "Storgatan",
        "Drottninggatan",
        "Björkvägen",
        "Kvarngatan",
        "Östra Hamngatan",
        "Tallstigen",
        "Skolgatan",
        "Ringvägen",
    ],
    cities=[
        ("Stockholm", "11"),
        ("Göteborg", "41"),
        ("Malmö", "21"),
        ("Uppsala", "75"),
        ("Umeå", "90"),
        ("Lund", "22"),
    ],
    dob=["födelsedatum", "född", "födelsedag"],
)
L["no"] = dict(
    first=[
        "Ingvild",
        "Sindre",
        "Solveig",
        "Eirik",
        "Ragnhild",
        "Håkon",
        "Tuva",
        "Magnus",
        "Sigrid",
        "Amir",
        "Kjersti",
        "Torstein",
    ],
    last=[
        "Haugen",
        "Johannessen",
        "Bakke",
        "Solberg",
        "Strand",
        "Dahl",
        "Lie",
        "Berntsen",
        "Næss",
        "Kristiansen",
        "Øverland",
        "Moen",
    ],
    hon=["herr", "fru", "dr."],
    mail=["online.no", "gmail.com", "hotmail.no", "getmail.no", "outlook.com"],
    streets=[
        "Thereses gate",
        "Kirkeveien",
        "Møllergata",
        "Bjerkeveien",
        "Strandgaten",
        "Sognsveien",
        "Torggata",
        "Fjellveien",
    ],
    cities=[("Oslo", "0"), ("Bergen", "50"), ("Trondheim", "70"), ("Stavanger", "40"), ("Tromsø", "90")],
    dob=["fødselsdato", "født", "f."],
)
L["tr"] = dict(
    first=[
        "Ayşe",
        "Mehmet",
        "Elif",
        "Burak",
        "Zeynep",
        "Emre",
        "Gülşen",
        "Kerem",
        "Derya",
        "Oğuz",
        "Sevgi",
        "Hakan",
        "Büşra",
    ],
    last=[
        "Yılmaz",
        "Kaya",
        "Demir",
        "Çelik",
        "Şahin",
        "Öztürk",
        "Aydın",
        "Arslan",
        "Doğan",
        "Kılıç",
        "Koç",
        "Aksoy",
    ],
    hon=["Bay", "Bayan", "Dr."],
    mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com", "mynet.com"],
    streets=[
        "Bağdat Cad.",
        "Atatürk Bulvarı",
        "Moda Cad.",
        "Gazi Mustafa Kemal Bulvarı",
        "Kazım Karabekir Sok.",
        "Çiçek Sok.",
        "İnönü Cad.",
        "Fevzi Çakmak Sok.",
    ],
    cities=[
        ("Kadıköy/İstanbul", "347"),
        ("Çankaya/Ankara", "066"),
        ("Konak/İzmir", "352"),
        ("Nilüfer/Bursa", "161"),
        ("Muratpaşa/Antalya", "071"),
    ],
    dob=["doğum tarihi", "doğum tarihim", "D.T."],
)
L["cs"] = dict(
    first=[
        "Tereza",
        "Jiří",
        "Lucie",
        "Ondřej",
        "Kateřina",
        "Tomáš",
        "Markéta",
        "Vojtěch",
        "Zuzana",
        "Radek",
        "Eliška",
        "Petr",
    ],
    last=[
        "Dvořák",
        "Nováková",
        "Procházka",
        "Černá",
        "Kučera",
        "Veselý",
        "Horáková",
        "Marek",
        "Pokorný",
        "Svobodová",
        "Krejčí",
    ],
    hon=["pan", "paní", "MUDr.", "Ing."],
    mail=["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "volny.cz"],
    streets=[
        "Vinohradská",
        "Masarykova",
        "Palackého",
        "Na Příkopě",
        "Jugoslávská",
        "Lidická",
        "Husova",
        "Sokolská",
    ],
    cities=[("Praha 3", "130"), ("Brno", "602"), ("Ostrava", "702"), ("Plzeň", "301"), ("Olomouc", "779")],
    dob=["datum narození", "narozen", "narozena", "nar."],
)
L["da"] = dict(
    first=[
        "Mette",
        "Rasmus",
        "Signe",
        "Mikkel",
        "Freja",
        "Søren",
        "Ida",
        "Jesper",
        "Astrid",
        "Kasper",
        "Nanna",
        "Emil",
    ],
    last=[
        "Nielsen",
        "Jørgensen",
        "Madsen",
        "Kristensen",
        "Thomsen",
        "Rasmussen",
        "Østergaard",
        "Poulsen",
        "Lauridsen",
        "Bach",
        "Kjær",
    ],
    hon=["hr.", "fru", "dr."],
    mail=["mail.dk", "gmail.com", "hotmail.dk", "jubii.dk", "outlook.dk"],
    streets=[
        "Nørrebrogade",
        "Vesterbrogade",
        "Jægersborggade",
        "Åboulevarden",
        "Sankt Hans Gade",
        "Skovvej",
        "Strandvejen",
        "Bispevej",
    ],
    cities=[
        ("København N", "2200"),
        ("Aarhus C", "8000"),
        ("Odense C", "5000"),
        ("Aalborg", "9000"),
        ("Roskilde", "4000"),
    ],
    dob=["fødselsdato", "født", "født den"],
)
LANG_OF = {
    "us": "en",
    "uk": "en",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "pt": "pt",
    "nl": "nl",
    "pl": "pl",
    "sv": "sv",
    "no": "no",
    "tr": "tr",
    "cs": "cs",
    "da": "da",
}
IBAN_CC = {
    "uk": "GB",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "it": "IT",
    "pt": "PT",
    "nl": "NL",
    "pl": "PL",
    "sv": "SE",
    "no": "NO",
    "tr": "TR",
    "cs": "CZ",
    "da": "DK",
    "us": "GB",
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}

# ---------------------------------------------------------------- value generators

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
PW_WORDS = [
    "sommer",
    "Hummel",
    "bluefish",
    "Tigger",
    "marmelade",
    "Schalke",
    "dragon",
    "kiwi",
    "Pastis",
    "girasole",
    "Lakrids",
    "kanelbulle",
    "Fenerbahce",
    "moonpie",
    "Bergamo",
    "Pumuckl",
    "Snoopy",
    "zaragoza",
    "pingwin",
    "Vltava",
    "fjellrev",
    "Zuckerwatte",
    "HAPPYcat",
    "Tulipan",
]


class Gen:
    def __init__(self, rng, loc):
        self.r = rng
        self.loc = loc
        self.d = L[loc]
        self.cache = {}

    def c(self, s, n=1):
        return "".join(self.r.choice(s) for _ in range(n))

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # --- people
    def first(self, k=""):
        key = "first" + k
        if key not in self.cache:
            pool = self.d["first"] if self.r.random() < 0.8 else GLOBAL_FIRST
            v = self.r.choice(pool)
            while any(v == self.cache.get(x) for x in ("first", "first2")):
                v = self.r.choice(pool)
            self.cache[key] = v
        return self.cache[key]

    def last(self, k=""):
        key = "last" + k
        if key not in self.cache:
            pool = self.d["last"] if self.r.random() < 0.8 else GLOBAL_LAST
            v = self.r.choice(pool)
            while any(v == self.cache.get(x) for x in ("last", "last2")):
                v = self.r.choice(pool)
            self.cache[key] = v
        return self.cache[key]

    def person(self, k=""):
        return self.first(k) + " " + self.last(k)

    def hon(self):
        if "hon" not in self.cache:
            self.cache["hon"] = self.r.choice(self.d["hon"])
        return self.cache["hon"]

    def email(self, k=""):
        key = "email" + k
        if key not in self.cache:
            f = re.sub(r"[^a-z]", "", fold(self.first(k)).lower())
            l = re.sub(r"[^a-z]", "", fold(self.last(k)).lower())
            pat = self.r.choice(
                [
                    "{f}.{l}",
                    "{f}{l}",
                    "{f0}{l}",
                    "{l}.{f}",
                    "{f}_{l}{n}",
                    "{f}{n}",
                    "{l}{f0}{n}",
                    "{f}.{l}{n}",
                ]
            )
            local = pat.format(f=f, l=l, f0=f[0], n=self.r.randint(2, 99))
            dom = (
                self.r.choice(self.d["mail"])
                if self.r.random() < 0.75
                else self.r.choice(
                    [
                        "brightwater-logistics.com",
                        "kunde-service.net",
                        "atelier-nord.eu",
                        "fincorp-group.com",
                        "hollowayhealth.org",
                        "studio-quattro.it",
                        "meridian-ins.co",
                        "tandvaerk.dk",
                    ]
                )
            )
            self.cache[key] = local + "@" + dom
        return self.cache[key]

    def rolemail(self):
        return (
            self.r.choice(["support", "billing", "hr", "noreply", "team"])
            + "@"
            + self.r.choice(["brightwater-logistics.com", "fincorp-group.com", "meridian-ins.co"])
        )

    # --- phone
    def phone(self, k=""):
        key = "phone" + k
        if key in self.cache:
            return self.cache[key]
        r, D, loc = self.r, self.digits, self.loc
        intl = r.random() < 0.45
        if loc == "us":
            a = str(r.randint(2, 9)) + D(1) + str(r.randint(0, 8))
            ex = str(r.randint(2, 9)) + D(2)
            if ex == "555":
                ex = "556"
            v = r.choice(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s", "+1 (%s) %s-%s"]) % (
                a,
                ex,
                D(4),
            )
        elif loc == "uk":
            v = ("+44 7%s %s" if intl else "07%s %s") % (str(r.randint(4, 9)) + D(2), D(6))
            if r.random() < 0.3:
                v = ("+44 20 %s %s" if intl else "020 %s %s") % (str(r.randint(3, 8)) + D(3), D(4))
        elif loc == "de":
            m = r.choice(["151", "160", "170", "171", "176", "157"])
            v = (
                (("+49 %s %s" if intl else "0%s %s") % (m, D(8)))
                if r.random() < 0.6
                else (
                    ("+49 %s %s" if intl else "0%s / %s") % (r.choice(["30", "221", "40", "89", "341"]), D(7))
                )
            )
        elif loc == "fr":
            p = [str(r.choice([6, 7, 1, 4])), D(2), D(2), D(2), D(2)]
            v = (
                ("+33 " + " ".join(p))
                if intl
                else (
                    "0" + p[0] + " " + " ".join(p[1:])
                    if r.random() < 0.7
                    else "0" + p[0] + "." + ".".join(p[1:])
                )
            )
        elif loc == "es":
            v = ("+34 6%s %s %s" if intl else "6%s %s %s") % (D(2), D(3), D(3))
            if r.random() < 0.3:
                v = "9%s %s %s %s" % (D(1), D(3), D(2), D(2))
        elif loc == "it":
            v = ("+39 3%s %s %s" if intl else "3%s %s %s") % (D(2), D(3), D(4))
            if r.random() < 0.25:
                v = "02 %s %s" % (D(4), D(4))
        elif loc == "pt":
            v = ("+351 9%s %s %s" if intl else "9%s %s %s") % (str(r.choice([1, 2, 3, 6])) + D(1), D(3), D(3))
        elif loc == "nl":
            v = ("+31 6 %s" if intl else "06-%s") % D(8)
            if r.random() < 0.3:
                v = "020-%s %s" % (D(3), D(4))
        elif loc == "pl":
            v = ("+48 %s %s %s" if intl else "%s %s %s") % (str(r.choice([5, 6, 7, 8])) + D(2), D(3), D(3))
        elif loc == "sv":
            v = ("+46 7%s %s %s %s" if intl else "07%s-%s %s %s") % (
                str(r.choice([0, 2, 3, 6])),
                D(3),
                D(2),
                D(2),
            )
        elif loc == "no":
            v = ("+47 %s %s %s" if intl else "%s %s %s") % (str(r.choice([4, 9])) + D(2), D(2), D(3))
        elif loc == "tr":
            v = ("+90 5%s %s %s %s" if intl else "05%s %s %s %s") % (
                str(r.choice([3, 4, 5, 0])) + D(1),
                D(3),
                D(2),
                D(2),
            )
        elif loc == "cs":
            v = ("+420 %s %s %s" if intl else "%s %s %s") % (str(r.choice([6, 7])) + D(2), D(3), D(3))
        else:  # da
            v = ("+45 %s %s %s %s" if intl else "%s %s %s %s") % (
                str(r.choice([2, 3, 4, 5, 6])) + D(1),
                D(2),
                D(2),
                D(2),
            )
        self.cache[key] = v
        return v

    # --- address
    def _addr_parts(self):
        r, D, loc, d = self.r, self.digits, self.loc, self.d
        st = r.choice(d["streets"])
        n = str(r.randint(1, 240))
        if loc == "us":
            city, state, z = r.choice(d["cities"])
            unit = r.choice(["", "", "Apt 4B", "Unit 12", "Apt 307", "#2F"])
            l1 = "%s %s" % (r.randint(100, 9899), st) + (", " + unit if unit else "")
            return [l1, "%s, %s %s%s" % (city, state, z, D(2))]
        if loc == "uk":
            city, pc = r.choice(d["cities"])
            unit = r.choice(["", "", "Flat 3, ", "Flat 2B, "])
            return [unit + n + " " + st, "%s %s%s" % (city, pc + " " + str(r.randint(1, 9)), c2(r))]
        if loc == "de":
            city, p = r.choice(d["cities"])
            return ["%s %s%s" % (st, n, r.choice(["", "", "a", "b"])), "%s%s %s" % (p, D(3), city)]
        if loc == "fr":
            city, p = r.choice(d["cities"])
            extra = r.choice(["", "", "Bât. C, ", "Apt 12, "])
            return [
                extra + "%s%s %s" % (n, r.choice(["", "", " bis"]), st),
                "%s%s %s" % (p, D(5 - len(p)), city),
            ]
        if loc == "es":
            city, p = r.choice(d["cities"])
            return [
                "%s %s, %s" % (st, n, r.choice(["3º B", "1º izda.", "bajo", "5º A", "2º dcha."])),
                "%s%s %s" % (p, D(2), city),
            ]
        if loc == "it":
            city, p = r.choice(d["cities"])
            return ["%s %s%s" % (st, n, r.choice(["", "", "/B", ", int. 5"])), "%s%s %s" % (p, D(2), city)]
        if loc == "pt":
            city, p = r.choice(d["cities"])
            return [
                "%s %s, %s" % (st, n, r.choice(["2º Esq.", "1º Dto.", "r/c", "3º Frente"])),
                "%s%s-%s %s" % (p, D(2), D(3), city),
            ]
        if loc == "nl":
            city, p = r.choice(d["cities"])
            return [
                "%s %s%s" % (st, n, r.choice(["", "", "-II", " A", "bis"])),
                "%s%s %s %s" % (p, D(2), c2(r), city),
            ]
        if loc == "pl":
            city, p = r.choice(d["cities"])
            return [
                "%s %s%s" % (st, n, r.choice(["", " m. 4", "/12", " lok. 7"])),
                "%s%s-%s %s" % (p, D(1), D(3), city),
            ]
        if loc == "sv":
            city, p = r.choice(d["cities"])
            return [
                "%s %s%s" % (st, n, r.choice(["", "", " lgh 1102", "B"])),
                "%s%s %s %s" % (p, D(1), D(2), city),
            ]
        if loc == "no":
            city, p = r.choice(d["cities"])
            return [
                "%s %s%s" % (st, n, r.choice(["", "", " B", " H0201"])),
                "%s%s %s" % (p, D(4 - len(p)), city),
            ]
        if loc == "tr":
            city, p = r.choice(d["cities"])
            return ["%s No: %s D: %s" % (st, n, r.randint(1, 24)), "%s%s %s" % (p, D(2), city)]
        if loc == "cs":
            city, p = r.choice(d["cities"])
            return ["%s %s/%s" % (st, r.randint(100, 2999), n), "%s %s %s" % (p, D(2), city)]
        city, p = r.choice(d["cities"])
        return ["%s %s%s" % (st, n, r.choice(["", ", 2. th.", ", st. tv.", ", 4. 1."])), "%s %s" % (p, city)]

    def addr(self):
        if "addr" not in self.cache:
            self.cache["addr"] = ", ".join(self._addr_parts())
        return self.cache["addr"]

    def addr_block(self):
        if "addrb" not in self.cache:
            self.cache["addrb"] = "\n".join(self._addr_parts())
        return self.cache["addrb"]

    def pobox(self):
        r, loc = self.r, self.loc
        if loc == "us":
            city, st, z = r.choice(self.d["cities"])
            return "PO Box %d, %s, %s %s%s" % (r.randint(10, 9999), city, st, z, self.digits(2))
        if loc == "de":
            city, p = r.choice(self.d["cities"])
            return "Postfach %d %d, %s%s %s" % (r.randint(10, 99), r.randint(10, 99), p, self.digits(3), city)
        if loc == "fr":
            city, p = r.choice(self.d["cities"])
            return "BP %d, %s%s %s Cedex" % (r.randint(10, 999), p, self.digits(5 - len(p)), city)
        if loc == "nl":
            city, p = r.choice(self.d["cities"])
            return "Postbus %d, %s%s %s %s" % (r.randint(100, 9999), p, self.digits(2), c2(self.r), city)
        if loc == "sv":
            city, p = r.choice(self.d["cities"])
            return "Box %d, %s%s %s %s" % (r.randint(10, 999), p, self.digits(1), self.digits(2), city)
        if loc == "es":
            city, p = r.choice(self.d["cities"])
            return "Apartado de Correos %d, %s%s %s" % (r.randint(10, 999), p, self.digits(2), city)
        city, pc = r.choice(L["uk"]["cities"])
        return "PO Box %d, %s %s %d%s" % (r.randint(10, 999), city, pc, r.randint(1, 9), c2(self.r))

    # --- dates
    def _ymd(self, y0, y1):
        return self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28)

    def fmt_date(self, y, m, d):
        r, lang = self.r, LANG_OF[self.loc]
        if self.loc == "us":
            return r.choice(
                [
                    "%02d/%02d/%d" % (m, d, y),
                    "%s %d, %d" % (MONTHS["en"][m - 1], d, y),
                    "%d-%02d-%02d" % (y, m, d),
                    "%d/%d/%d" % (m, d, y),
                ]
            )
        if self.loc == "uk":
            return r.choice(
                [
                    "%02d/%02d/%d" % (d, m, y),
                    "%d %s %d" % (d, MONTHS["en"][m - 1], y),
                    "%d-%02d-%02d" % (y, m, d),
                ]
            )
        opts = []
        if lang in ("de", "pl", "no", "da", "tr", "cs"):
            opts = ["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y)]
        elif lang in ("fr", "es", "it", "pt"):
            opts = ["%02d/%02d/%d" % (d, m, y)]
        elif lang == "nl":
            opts = ["%02d-%02d-%d" % (d, m, y)]
        elif lang == "sv":
            opts = ["%d-%02d-%02d" % (y, m, d)]
        if lang in MONTHS:
            mn = MONTHS[lang][m - 1]
            sep = {"de": "%d. %s %d", "es": "%d de %s de %d", "pt": "%d de %s de %d"}.get(lang, "%d %s %d")
            opts.append(sep % (d, mn, y))
        return r.choice(opts)

    def dob(self):
        if "dob" not in self.cache:
            self.cache["dob"] = self.fmt_date(*self._ymd(1941, 2006))
        return self.cache["dob"]

    def odate(self):
        return self.fmt_date(*self._ymd(2019, 2027))

    def doblabel(self):
        return self.r.choice(self.d["dob"])

    # --- finance
    def card(self):
        r = self.r
        while True:
            kind = r.choice(["v", "v", "m", "m2", "a", "d"])
            if kind == "v":
                num = luhn_complete("4" + self.digits(14))
            elif kind == "m":
                num = luhn_complete("5" + str(r.randint(1, 5)) + self.digits(13))
            elif kind == "m2":
                num = luhn_complete(str(r.randint(2221, 2720)) + self.digits(11))
            elif kind == "a":
                num = luhn_complete("3" + r.choice("47") + self.digits(12))
            else:
                num = luhn_complete("6011" + self.digits(11))
            if num not in TEST_CARDS and len(set(num)) > 4:
                break
        f = r.random()
        if len(num) == 15:
            return num if f < 0.4 else "%s %s %s" % (num[:4], num[4:10], num[10:])
        if f < 0.35:
            return num
        sep = " " if f < 0.8 else "-"
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))

    def iban(self):
        cc = IBAN_CC[self.loc]
        D = self.digits
        bban = {
            "GB": lambda: self.c("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + D(14),
            "DE": lambda: D(18),
            "FR": lambda: D(23),
            "ES": lambda: D(20),
            "IT": lambda: self.c("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + D(22),
            "PT": lambda: D(21),
            "NL": lambda: self.c("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + D(10),
            "PL": lambda: D(24),
            "SE": lambda: D(20),
            "NO": lambda: D(11),
            "TR": lambda: D(5) + "0" + D(16),
            "CZ": lambda: D(20),
            "DK": lambda: D(14),
        }[cc]()
        ib = make_iban(cc, bban)
        if self.r.random() < 0.6:
            ib = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
        return ib

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666 and a != 78 and a != 219:
                break
        v = "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
        return v

    def amount(self):
        fm = {
            "us": ["$%d.%02d", "USD %d.%02d"],
            "uk": ["£%d.%02d", "GBP %d.%02d"],
            "sv": ["%d,%02d kr", "%d,%02d SEK"],
            "no": ["kr %d,%02d", "%d,%02d NOK"],
            "da": ["%d,%02d kr.", "DKK %d,%02d"],
            "pl": ["%d,%02d zł", "%d,%02d PLN"],
            "cs": ["%d,%02d Kč", "%d,%02d CZK"],
            "tr": ["%d,%02d TL", "₺%d,%02d"],
        }.get(self.loc, ["%d,%02d €", "€%d,%02d", "%d,%02d EUR"])
        return self.r.choice(fm) % (self.r.randint(3, 4800), self.r.randint(0, 99))

    # --- network / secrets
    def ip(self):
        r = self.r
        while True:
            v = "%d.%d.%d.%d" % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
            if not ip_is_private(v) and not ip_is_doc(v):
                return v

    def ip6(self):
        r = self.r
        pre = r.choice(
            [
                ["2a02"],
                ["2a01"],
                ["2600"],
                ["2607"],
                ["2a00"],
                ["2c0f"],
                ["2804"],
                ["2001", "470"],
                ["2001", "67c"],
                ["2001", "41d0"],
            ]
        )
        rest = [format(r.randint(0, 65535), "x") for _ in range(8 - len(pre))]
        if r.random() < 0.5:
            return ":".join(pre + rest[:3]) + "::" + format(r.randint(1, 65535), "x")
        return ":".join(pre + rest)

    def docip(self):
        return self.r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(self.r.randint(1, 254))

    def docip6(self):
        return "2001:db8:%x::%x" % (self.r.randint(0, 4095), self.r.randint(1, 255))

    def pwd(self):
        r = self.r
        w = r.choice(PW_WORDS)
        return r.choice(["%s%d", "%s%d!", "%s_%d", "%s#%d", "%s.%d", "%s%d$"]) % (
            w,
            r.choice([1, 7, 12, 23, 88, 99, 2019, 2021, 1987, 2024]),
        )

    def secret(self):
        r = self.r
        k = r.randint(0, 11)
        if k == 0:
            return "AKIA" + self.c("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
        if k == 1:
            return "ghp_" + self.c(AN, 36)
        if k == 2:
            return "xoxb-%s-%s-%s" % (self.digits(11), self.digits(12), self.c(AN, 24))
        if k == 3:
            return "sk_live_" + self.c(AN, 28)
        if k == 4:
            return "AIza" + self.c(AN + "-_", 35)
        if k == 5:
            return self.c(HEX, 40)
        if k == 6:
            return (
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + self.c(AN + "-_", 54) + "." + self.c(AN + "-_", 43)
            )
        if k == 7:
            return "glpat-" + self.c(AN + "-_", 20)
        if k == 8:
            return "sk-proj-" + self.c(AN + "-_", 48)
        if k == 9:
            return "SG." + self.c(AN + "-_", 22) + "." + self.c(AN + "-_", 43)
        if k == 10:
            return self.c(AN + "+/", 40)
        return "npm_" + self.c(AN, 36)

    def strongpw(self):
        return self.c(AN + "!*-_=+~", self.r.randint(12, 22))

    def pkey_body(self):
        lines = [self.c(B64, 64) for _ in range(self.r.randint(3, 6))]
        lines.append(self.c(B64, self.r.randint(10, 60)) + self.r.choice(["", "=", "=="]))
        return "\n".join(lines)

    # --- look-alikes
    def ver(self):
        r = self.r
        return r.choice(["v%d.%d.%d", "%d.%d.%d", "%d.%d.%d-rc.1", "%d.%d.%d+build7"]) % (
            r.randint(0, 24),
            r.randint(0, 40),
            r.randint(0, 99),
        )

    def order(self):
        r = self.r
        return r.choice(
            [
                "ORD-%d-%06d" % (r.randint(2021, 2026), r.randint(1, 999999)),
                "#%d" % r.randint(100000, 9999999),
                "A%s-%s" % (self.digits(3), self.digits(5)),
                "%s-%s" % (self.c("ABCDEFGHJKLMNPQRSTUVWXYZ", 3), self.digits(7)),
            ]
        )

    def inv(self):
        return (
            self.r.choice(["INV-", "RE-", "FAC-", "FA/", "F-"])
            + str(self.r.randint(2022, 2026))
            + "/"
            + self.digits(5)
        )

    def track(self):
        r = self.r
        return r.choice(
            [
                "1Z" + self.c(UP, 6) + self.digits(10),
                "JJD" + self.digits(18),
                self.c("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2)
                + self.digits(9)
                + r.choice(["DE", "NL", "GB", "FR", "SE"]),
                "00" + self.digits(18),
            ]
        )

    def ts(self):
        r = self.r
        return "%d-%02d-%02dT%02d:%02d:%02d%s" % (
            r.randint(2023, 2026),
            r.randint(1, 12),
            r.randint(1, 28),
            r.randint(0, 23),
            r.randint(0, 59),
            r.randint(0, 59),
            r.choice(["Z", ".512Z", "+01:00", ""]),
        )

    def isbn(self):
        while True:
            core = "978" + str(self.r.randint(0, 1)) + self.digits(8)
            s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
            v = core + str((10 - s % 10) % 10)
            return "%s-%s-%s-%s-%s" % (v[:3], v[3], v[4:8], v[8:12], v[12])

    def sha(self):
        return self.c(HEX, self.r.choice([7, 12, 40, 64]))

    def uuid(self):
        h = self.c(HEX, 32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.r.choice("89ab"), h[17:20], h[20:32])

    def testcard(self):
        return self.r.choice(
            [
                "4242 4242 4242 4242",
                "4111 1111 1111 1111",
                "5555 5555 5555 4444",
                "4242424242424242",
                "378282246310005",
                "4000 0566 5566 5556",
            ]
        )

    def sku(self):
        return (
            self.r.choice(["SKU-", "ART-", "", "P/N "])
            + self.c("ABCDEFGHJKLMNPRSTUVWXYZ", 2)
            + self.digits(4)
            + "-"
            + self.c(UP, 2)
        )

    def phoneid(self):
        r = self.r
        return r.choice(
            [
                "%s %s %s" % (self.digits(4), self.digits(3), self.digits(4)),
                "%s-%s-%s" % (self.digits(2), self.digits(4), self.digits(4)),
                "%s/%s" % (self.digits(5), self.digits(6)),
            ]
        )

    def coord(self):
        r = self.r
        return "%.5f, %.5f" % (r.uniform(36, 68), r.uniform(-9, 30))

    def postcode(self):
        return self._addr_parts()[1]

    def city(self):
        c = self.r.choice(self.d["cities"])
        return c[0]

    def street(self):
        return self.r.choice(self.d["streets"])


def c2(r):
    return "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))


COMPANIES = [
    "Johnson & Johnson",
    "Ben & Jerry's",
    "Dell",
    "Ford",
    "McDonald's",
    "Tesla",
    "Mercedes-Benz",
    "Philips",
    "Siemens",
    "Ferrari",
    "Dr. Oetker",
    "Hugo Boss",
    "Jack Daniel's",
    "Tim Hortons",
    "Wendy's",
    "Porsche",
    "Ralph Lauren",
    "Louis Vuitton",
    "Calvin Klein",
    "Heineken",
    "Bosch",
    "Carl Zeiss",
    "Kellogg's",
    "Lidl",
    "Michelin",
    "Peugeot",
    "Hermès",
    "Dyson",
    "Boeing",
    "Disney",
    "Walt Disney World",
]
FAMOUS = [
    "Albert Einstein",
    "Marie Curie",
    "Ada Lovelace",
    "Napoleon Bonaparte",
    "Frida Kahlo",
    "Nelson Mandela",
    "Winston Churchill",
    "Greta Thunberg",
    "Johann Sebastian Bach",
    "Leonardo da Vinci",
    "Simone de Beauvoir",
    "Fernando Pessoa",
    "Astrid Lindgren",
    "Henrik Ibsen",
    "Hans Christian Andersen",
    "Václav Havel",
    "Maria Skłodowska",
    "Mustafa Kemal Atatürk",
    "Vincent van Gogh",
    "Miguel de Cervantes",
    "Abraham Lincoln",
    "Angela Merkel",
    "Barack Obama",
    "Taylor Swift",
    "Lionel Messi",
]

# ---------------------------------------------------------------- templates
# [[UPPER]] slots are labelled PII, [[lower]] slots are unlabelled look-alike filler.
# (locales, style, probability of lowercasing, text)
T = []


def t(locs, style, text, lc=0.0):
    T.append((locs, style, lc, text))


# ---- English chat / sms (positive)
t("en", "chat", "hey [[FIRST]], can u resend the invite? my new number is [[PHONE]]", 0.6)
t(
    "en",
    "chat",
    "[[FIRST]] said to email her at [[EMAIL]] about the spare keys, she's away till [[date]]",
    0.5,
)
t("en", "chat", "Will do! I'll ping [[FIRST]] tmrw, his cell is [[PHONE]]", 0.4)
t("en", "chat", "can you ship it to [[ADDR]]? moved last month, sorry for the hassle", 0.5)
t("en", "chat", "ok so the wifi password is [[PWD]] dont share it pls", 0.5)
t("en", "chat", "Mark the date!! bbq at [[FIRST]]'s, [[ADDR]], sat from 6", 0.4)
t("en", "chat", "fyi [[PERSON]] is the new landlord, you can reach him on [[PHONE]]", 0.5)
t("en", "chat", "lol [[FIRST]] just told the whole group her streaming pw is [[PWD]]", 0.6)
t("en", "chat", "venmo keeps failing, just use my card [[CARD]] exp 09/29 and i'll pay you back", 0.4)
t("en", "chat", "my ip is [[IP]] can you whitelist it on the minecraft server", 0.6)
t("en", "chat", "Hope you're well [[FIRST]]! quick q, is [[EMAIL]] still your email?", 0.3)
t("en", "chat", "Grant access to [[FIRST]] please, her work login is [[EMAIL]]", 0.2)
t(
    "en",
    "chat",
    "met [[PERSON]] at the conference, really nice, number's [[PHONE]] if u want to follow up",
    0.6,
)
t("en", "chat", "thx [[FIRST]]!! btw May is fully booked so lets do june", 0.7)
t("en", "chat", "did [[FIRST]] and [[FIRST2]] ever get the deposit back from the flat on [[street]]?", 0.6)
t(
    "en",
    "chat",
    "omg i typed my password [[PWD]] into the chat instead of the login box, changing it now",
    0.6,
)
t("uk", "chat", "rent's [[amount]] this month, send it to [[IBAN]] (acc name [[PERSON]])", 0.4)
t("us", "chat", "tax guy needs my ssn: [[SSN]] , is it safe to just text it?", 0.6)
t("us", "sms", "[[FIRST]]: running late, grab me at [[ADDR]]?? 10 min", 0.5)
t(
    "en",
    "sms",
    "Your verification contact was updated to [[PHONE]]. Not you? Reply STOP. -[[FIRST]] from the clinic desk",
)
t(
    "en",
    "sms",
    "Hi [[FIRST]], it's [[FIRST2]] from the gym. Your locker code is 4471 and the app password is [[PWD]]",
    0.3,
)
t("en", "chat", "ugh cant find [[FIRST]]s email, is it [[EMAIL]] or smth else?", 0.7)
t("en", "chat", "pls call me back on [[PHONE]] asap, its about [[FIRST2]]'s surgery", 0.6)
t("en", "chat", "whats ur adress again?? is it still [[ADDR]]", 0.7)
t("en", "sms", "[[FIRST]] here - new bank details for the rent: [[IBAN]]. ta!", 0.4)
t("en", "chat", "teh build [[ver]] broke again lol, ticket [[order]]", 0.7)
t("en", "chat", "anyone know if the [[company]] store near [[city]] is open sunday?", 0.6)
t("en", "sms", "ETA [[date]] for your parcel, tracking [[track]]. Reply HELP for help.")
t("en", "chat", "Mark my words, [[ver]] ships friday. Joy to the world lol", 0.5)
t(
    "us",
    "chat",
    "for the apartment app they want ssn + dob. mine: [[SSN]], born [[DOB]]. is that normal??",
    0.6,
)
t(
    "us",
    "ticket",
    "Identity check failed for [[PERSON]]: SSN entered [[SSN]] does not match DOB [[DOB]] on the credit file.",
)
t(
    "us",
    "form",
    "EMPLOYEE ONBOARDING\nLegal name: [[PERSON]]\nSocial Security No.: [[SSN]]\nHome address:\n[[ADDRB]]\nDirect deposit: see attached voided check",
)
t("us", "csv", 'name,ssn,dob,state\n"[[PERSON]]",[[SSN]],[[DOB]],OH')
# ---- English email
t(
    "en",
    "email",
    "Hi [[FIRST]],\n\nThanks for getting back to me. Please send the signed copy to:\n\n[[PERSON2]]\n[[ADDRB]]\n\nBest,\n[[FIRST2]]\n--\n[[PERSON2]] | [[PHONE2]] | [[EMAIL2]]",
)
t(
    "en",
    "email",
    "Subject: Re: invoice [[inv]]\n\nDear [[hon]] [[LAST]],\n\nPayment of [[amount]] was received on [[date]]. For future transfers please use IBAN [[IBAN]].\n\nKind regards,\n[[PERSON2]]\nAccounts Receivable, Brightwater Logistics\n[[EMAIL2]]",
)
t(
    "en",
    "email",
    "Hi [[FIRST]],\n\nYour temporary password is [[STRONGPW]] - please change it after first login.\n\nIT Service Desk",
)
t(
    "en",
    "email",
    "Hello team,\n\n[[PERSON]] joins us on [[date]]. Until her laptop arrives, reach her at [[EMAIL]] or [[PHONE]].\n\nCheers,\n[[FIRST2]]",
)
t(
    "us",
    "email",
    "Dear [[hon]] [[LAST]],\n\nTo complete your W-9 we still need your Social Security number. We have [[SSN]] on file from last year; please confirm it is correct.\n\nSincerely,\n[[PERSON2]], Payroll",
)
t(
    "en",
    "email",
    "From: [[PERSON]] <[[EMAIL]]>\nTo: bookings\nSubject: room for 2 nights\n\nHi, could you hold a double room from [[date]]? Card for the deposit: [[CARD]]. Thanks! [[FIRST]]",
)
t(
    "en",
    "email",
    "Hi both,\n\nI've moved - new address is\n[[ADDRB]]\n\nphone stays the same ([[PHONE]]).\n\nxx [[FIRST]]",
)
# ---- English tickets / crm / forms / misc
t(
    "en",
    "ticket",
    "Ticket #[[order]] | Priority: High\nCustomer: [[PERSON]] <[[EMAIL]]>\nIssue: charged twice for order [[order]]. Card on file [[CARD]].\nAgent note: refund initiated, app [[ver]].",
)
t(
    "en",
    "ticket",
    "SUP-[[n4]]: login blocked from [[IP]], user [[EMAIL]] reports lockout after the [[ver]] update",
)
t(
    "en",
    "ticket",
    "Caller [[FIRST]] rang from [[PHONE]] about missing parcel [[track]]. Verified identity via date of birth [[DOB]].",
)
t(
    "en",
    "ticket",
    "Escalation: customer [[hon]] [[LAST]] says the courier left the box at the wrong house. Correct delivery address: [[ADDR]].",
)
t(
    "en",
    "crm",
    "CRM | Lead: [[PERSON]] | Stage: demo booked [[date]] | prefers email ([[EMAIL]]), not calls. Interested in the Ford fleet package.",
)
t(
    "en",
    "crm",
    "Account note: spoke with [[PERSON]]'s assistant [[FIRST2]], who asked that invoices go to [[POBOX]] from now on.",
)
t(
    "en",
    "crm",
    "2nd contact w/ [[PERSON]] re renewal. mobile [[PHONE]], alt [[PHONE2]]. Wants quote before [[date]].",
    0.3,
)
t(
    "us",
    "form",
    "Name: [[PERSON]]\nDate of Birth: [[DOB]]\nPhone: [[PHONE]]\nEmail: [[EMAIL]]\nAddress: [[ADDR]]\nSSN: [[SSN]]",
)
t("uk", "form", "full_name=[[PERSON]]; dob=[[DOB]]; addr=[[ADDR]]; iban=[[IBAN]]; ref=[[order]]")
t(
    "en",
    "form",
    "APPLICANT\nSurname: [[LAST]]\nGiven name(s): [[FIRST]]\n[[doblabelcap]]: [[DOB]]\nContact number: [[PHONE]]\nPostal address:\n[[ADDRB]]",
)
t(
    "us",
    "hr",
    "HR note [[date]]: [[PERSON]] (emp #[[n4]]) DOB [[DOB]], SSN [[SSN]]. Emergency contact: [[PERSON2]], [[PHONE2]].",
)
t(
    "en",
    "medical",
    "Pt: [[PERSON]], DOB [[DOB]]. Seen [[date]] for follow-up; BP 128/82, HbA1c 6.1%. Next appt 6 wks. Contact [[PHONE]].",
)
t(
    "en",
    "insurance",
    "Claim [[inv]]: policyholder [[hon]] [[LAST]], [[ADDR]]. Rear bumper damage est. [[amount]]. Callback [[PHONE]].",
)
t(
    "en",
    "transcript",
    "Agent: Can I get your full name?\nCaller: yeah it's [[PERSON]]\nAgent: And your date of birth?\nCaller: [[DOB]]\nAgent: Thanks. Which card would you like to use?\nCaller: [[CARD]]",
)
t(
    "en",
    "transcript",
    "[00:02:14] SPEAKER 1: so I sent it to [[EMAIL]]\n[00:02:19] SPEAKER 2: right, and [[FIRST]] has the login? the password was [[PWD]] I think",
)
t(
    "en",
    "shipping",
    "Your parcel [[track]] is out for delivery to [[PERSON]], [[ADDR]]. The driver may call [[PHONE]].",
)
t("en", "shipping", "Return label created. Sender: [[PERSON]], [[ADDR]]. RMA [[order]], weight 2.4 kg.")
t(
    "us",
    "insurance",
    "Member [[PERSON]] ([[doblabel]] [[DOB]]) added dependent [[PERSON2]]. Member ID HX-[[n4]]-[[n4]], SSN on file [[SSN]].",
)

# ---- English negatives
t("en", "chat", "Will do, I'll mark the date in the calendar. Release [[ver]] goes out on [[date]].", 0.5)
t(
    "en",
    "doc",
    "[[famous]] is quoted in nearly every intro lecture; the new biography (ISBN [[isbn]]) sells for [[amount]].",
)
t(
    "en",
    "doc",
    "For sandbox payments use test card [[testcard]] with any future expiry date and any 3-digit CVC.",
)
t("en", "shipping", "Order [[order]] shipped, tracking [[track]]. Estimated arrival [[date]].")
t(
    "en",
    "config",
    '# example only (RFC 5737)\nlisten_addr = "[[docip]]"\nallow_v6 = "[[docip6]]"\nworkers = 8',
)
t("en", "log", "commit [[sha]] fixes the flaky test; request id [[uuid]] no longer times out")
t(
    "en",
    "chat",
    "Grant access to the staging bucket for the QA group by Friday. The May deadline still holds.",
    0.4,
)
t("en", "chat", "Sunny all weekend in [[city]]! the rose garden opens at 10, tickets [[amount]]", 0.5)
t("en", "chat", "we bought a used [[company]] van, invoice [[inv]], total [[amount]]", 0.5)
t("en", "log", "warehouse pin [[coord]]; pallet [[sku]] x 40; dock 3")
t(
    "en",
    "email",
    "Your call reference is [[phoneid]]. Please quote it whenever you contact us.\n\nCustomer Care",
)
t("en", "chat", "postcode [[postcode]] isn't covered by same-day delivery yet :(", 0.5)
t("en", "news", "On [[date]] [[famous]] visited the exhibition, according to the evening paper.")
t("en", "chat", "meeting moved to [[ts]], bring the Q3 deck. budget is [[amount]]", 0.5)
t(
    "en",
    "chat",
    "new office is somewhere on [[street]] in [[city]], no number yet, sign goes up next week",
    0.5,
)
t("en", "chat", "Hope this helps! pure joy working on [[ver]] honestly", 0.5)
t(
    "en",
    "news",
    "[[company]] announced today that its European headquarters will move to 1 Harbour Exchange Square, London.",
)
t("en", "chat", "Bill is due on the 5th, around [[amount]]. can someone check the [[company]] receipt?", 0.4)
t(
    "en",
    "ticket",
    "Ticket [[order]]: password field shows ******** and reset link expired at [[ts]]. Build [[ver]].",
)
t(
    "us",
    "doc",
    "SSNs are formatted AAA-GG-SSSS; never paste real ones here. Use the masked form ***-**-1234 in screenshots.",
)
t("en", "chat", "just finished the [[famous]] documentary, wild. also ordered the book, ISBN [[isbn]]", 0.5)
t(
    "en",
    "doc",
    "Dr. Martens boots and Tim Hortons coffee: the perfect Victoria road trip. Total spend [[amount]].",
)
t("en", "chat", "Will and Grace reruns tonight? kick-off is [[ts]] anyway", 0.6)

# ---- German
t("de", "chat", "hey [[FIRST]], meine neue nummer is [[PHONE]], die alte geht nich mehr", 0.6)
t("de", "chat", "Kannst du das Paket an [[ADDR]] schicken? Bin letzten Monat umgezogen.", 0.3)
t("de", "chat", "das wlan passwort is [[PWD]] , steht auch am kühlschrank", 0.6)
t(
    "de",
    "email",
    "Guten Tag [[hon]] [[LAST]],\n\nbitte überweisen Sie [[amount]] bis zum [[date]] auf folgendes Konto:\n[[IBAN]]\n\nMit freundlichen Grüßen\n[[PERSON2]]\nTel. [[PHONE2]]",
)
t(
    "de",
    "form",
    "Name: [[PERSON]]\nGeburtsdatum: [[DOB]]\nAnschrift: [[ADDR]]\nTelefon: [[PHONE]]\nE-Mail: [[EMAIL]]",
)
t("de", "hr", "Personalakte [[PERSON]], [[doblabel]] [[DOB]], wohnhaft [[ADDR]]. Gehaltskonto [[IBAN]].")
t("de", "sms", "Ihr Paket [[track]] kommt heute. Ihr Fahrer [[FIRST]] erreicht Sie ggf. unter [[PHONE]].")
t(
    "de",
    "medical",
    "Patientin [[PERSON]], geb. [[DOB]], Kontrolltermin am [[date]]. Rückruf erbeten unter [[PHONE]].",
)
t(
    "de",
    "ticket",
    "Kunde [[hon]] [[LAST]] meldet: Login von [[IP]] gesperrt, Konto [[EMAIL]]. App-Version [[ver]].",
)
t(
    "de",
    "chat",
    "[[FIRST]] hat ihre kreditkarte hier liegen lassen lol, [[CARD]] , soll ich sie ihr bringen?",
    0.6,
)
t(
    "de",
    "chat",
    "Treffen wir uns am [[date]] vor dem Dr. Oetker Werk? Bestellnummer [[order]] liegt schon bereit.",
    0.3,
)
t(
    "de",
    "news",
    "[[famous]] gilt als eine der prägendsten Persönlichkeiten des Jahrhunderts, schreibt die Zeitung am [[date]].",
)
t(
    "de",
    "shipping",
    "Sendungsnummer [[track]], Rechnung [[inv]], Betrag [[amount]]. Zustellung an Packstation in [[city]].",
)
t("de", "doc", "Für die Sandbox bitte die Testkarte [[testcard]] verwenden, Ablaufdatum beliebig.")
# ---- French
t("fr", "chat", "coucou [[FIRST]] ! tu peux m'envoyer ton nouveau num ? le mien c'est [[PHONE]]", 0.6)
t("fr", "chat", "envoie le colis chez moi : [[ADDR]], merci !!", 0.5)
t(
    "fr",
    "email",
    "Bonjour [[hon]] [[LAST]],\n\nVeuillez trouver ci-joint la facture [[inv]]. Le règlement peut se faire par virement sur le compte [[IBAN]].\n\nCordialement,\n[[PERSON2]]\n[[EMAIL2]]",
)
t(
    "fr",
    "form",
    "Nom : [[LAST]]\nPrénom : [[FIRST]]\nDate de naissance : [[DOB]]\nAdresse : [[ADDR]]\nTél. : [[PHONE]]",
)
t(
    "fr",
    "medical",
    "Patiente [[PERSON]], née le [[DOB]], revue le [[date]]. Tension correcte. Joignable au [[PHONE]].",
)
t(
    "fr",
    "ticket",
    "Réclamation de [[PERSON]] ([[EMAIL]]) : débit en double sur la carte [[CARD]], commande [[order]].",
)
t("fr", "chat", "le mot de passe du wifi c'est [[PWD]] , demande pas à [[FIRST]] elle le connait pas", 0.6)
t("fr", "chat", "Rendez-vous le [[date]] devant le magasin Peugeot, commande [[order]] à récupérer.", 0.4)
t(
    "fr",
    "news",
    "[[famous]] reste une figure majeure, rappelle l'exposition inaugurée le [[date]] à [[city]].",
)
t("fr", "shipping", "Votre colis [[track]] sera livré au point relais de [[city]]. Montant : [[amount]].")
# ---- Spanish
t("es", "chat", "oye [[FIRST]], mi número nuevo es [[PHONE]], el otro lo perdí", 0.6)
t("es", "chat", "mándamelo a [[ADDR]] porfa, que me he mudado", 0.5)
t(
    "es",
    "email",
    "Estimado/a [[hon]] [[LAST]]:\n\nLe confirmamos la domiciliación en la cuenta [[IBAN]] a partir del [[date]].\n\nUn saludo,\n[[PERSON2]]\n[[PHONE2]]",
)
t("es", "form", "Nombre: [[PERSON]]\nFecha de nacimiento: [[DOB]]\nDomicilio: [[ADDR]]\nCorreo: [[EMAIL]]")
t(
    "es",
    "hr",
    "Ficha de empleado: [[PERSON]], [[doblabel]] [[DOB]]. Contacto de emergencia: [[PERSON2]], [[PHONE2]].",
)
t("es", "ticket", "Incidencia [[order]]: [[PERSON]] no puede acceder desde [[IP]]. Versión [[ver]].")
t("es", "chat", "la contraseña del portátil de [[FIRST]] es [[PWD]], no se la digas a nadie jaja", 0.6)
t("es", "chat", "quedamos el [[date]] en el Zara de [[city]]? pedido [[order]]", 0.5)
t("es", "news", "[[famous]] sigue inspirando a nuevas generaciones, según la muestra abierta el [[date]].")
t(
    "es",
    "doc",
    "Use la tarjeta de prueba [[testcard]] en el entorno de pruebas; no se realizará ningún cargo.",
)
# ---- Italian
t("it", "chat", "ciao [[FIRST]]! il mio nuovo numero è [[PHONE]], salvalo", 0.6)
t("it", "chat", "spediscilo a [[ADDR]], sono lì fino a fine mese", 0.5)
t(
    "it",
    "email",
    "Gentile [[hon]] [[LAST]],\n\nin allegato la fattura [[inv]]. Può effettuare il bonifico su IBAN [[IBAN]].\n\nCordiali saluti,\n[[PERSON2]]\n[[EMAIL2]]",
)
t(
    "it",
    "form",
    "Cognome: [[LAST]]\nNome: [[FIRST]]\nData di nascita: [[DOB]]\nIndirizzo: [[ADDR]]\nCellulare: [[PHONE]]",
)
t("it", "medical", "Paziente [[PERSON]], [[doblabel]] [[DOB]]. Controllo il [[date]]. Recapito [[PHONE]].")
t("it", "chat", "[[FIRST]] mi ha scritto la password del router: [[PWD]]", 0.5)
t("it", "chat", "ci vediamo il [[date]] davanti alla Ferrari store? ordine [[order]]", 0.5)
t("it", "news", "[[famous]] è ricordato in una mostra che apre il [[date]] a [[city]].")
t("it", "shipping", "Spedizione [[track]] in consegna a [[city]]. Importo contrassegno [[amount]].")
# ---- Portuguese
t("pt", "chat", "olá [[FIRST]], o meu número novo é [[PHONE]]", 0.6)
t("pt", "chat", "manda para [[ADDR]] se faz favor, mudei-me", 0.5)
t(
    "pt",
    "email",
    "Caro [[hon]] [[LAST]],\n\nSegue a fatura [[inv]]. Pagamento por transferência para o IBAN [[IBAN]].\n\nCumprimentos,\n[[PERSON2]]\n[[PHONE2]]",
)
t("pt", "form", "Nome completo: [[PERSON]]\nData de nascimento: [[DOB]]\nMorada: [[ADDR]]\nEmail: [[EMAIL]]")
t("pt", "ticket", "Pedido de suporte: [[PERSON]] ([[EMAIL]]) diz que o cartão [[CARD]] foi recusado.")
t("pt", "chat", "a senha do wifi da casa da [[FIRST]] é [[PWD]]", 0.6)
t("pt", "chat", "encomenda [[order]] chegou a [[city]], fatura [[inv]], total [[amount]]", 0.5)
t("pt", "news", "[[famous]] é homenageado numa exposição inaugurada a [[date]] em [[city]].")
t("pt", "doc", "Para testes use o cartão de teste [[testcard]]; nenhum valor é cobrado.")
# ---- Dutch
t("nl", "chat", "hoi [[FIRST]], mijn nieuwe nummer is [[PHONE]]", 0.6)
t("nl", "chat", "stuur het maar naar [[ADDR]], ben verhuisd", 0.5)
t(
    "nl",
    "email",
    "Beste [[FIRST]],\n\nHet bedrag van [[amount]] is overgemaakt naar [[IBAN]].\n\nMet vriendelijke groet,\n[[PERSON2]]\n[[EMAIL2]] | [[PHONE2]]",
)
t("nl", "form", "Naam: [[PERSON]]\nGeboortedatum: [[DOB]]\nAdres: [[ADDR]]\nTelefoon: [[PHONE]]")
t("nl", "crm", "Klant [[hon]] [[LAST]] belde over factuur [[inv]]; wil voortaan mail op [[EMAIL]].")
t("nl", "chat", "wachtwoord van de gedeelde schijf is [[PWD]] volgens [[FIRST]]", 0.6)
t("nl", "chat", "bestelling [[order]] ligt klaar bij de Philips winkel in [[city]]", 0.5)
t("nl", "news", "[[famous]] staat centraal in de tentoonstelling die op [[date]] opent in [[city]].")
t(
    "nl",
    "shipping",
    "Je pakket [[track]] wordt morgen bezorgd in [[city]]. Postcode [[postcode]] gecontroleerd.",
)
# ---- Polish
t("pl", "chat", "hej [[FIRST]], mój nowy numer to [[PHONE]]", 0.6)
t("pl", "chat", "wyślij paczkę na [[ADDR]], dzięki!", 0.5)
t(
    "pl",
    "email",
    "Dzień dobry [[FIRST]],\n\nprosimy o przelew [[amount]] na rachunek [[IBAN]] do dnia [[date]].\n\nPozdrawiam,\n[[PERSON2]]",
)
t("pl", "form", "Imię i nazwisko: [[PERSON]]\nData urodzenia: [[DOB]]\nAdres: [[ADDR]]\nE-mail: [[EMAIL]]")
t("pl", "chat", "hasło do wifi u [[FIRST]] to [[PWD]]", 0.6)
t("pl", "chat", "zamówienie [[order]] dotarło do [[city]], faktura [[inv]]", 0.5)
t("pl", "news", "[[famous]] jest bohaterem wystawy otwartej [[date]] w [[city]].")
# ---- Swedish
t("sv", "chat", "hej [[FIRST]]! mitt nya nummer är [[PHONE]]", 0.6)
t("sv", "chat", "skicka paketet till [[ADDR]] tack", 0.5)
t(
    "sv",
    "email",
    "Hej [[FIRST]],\n\nLönen betalas ut till [[IBAN]] från och med [[date]].\n\nVänliga hälsningar\n[[PERSON2]]\n[[PHONE2]]",
)
t("sv", "form", "Namn: [[PERSON]]\nFödelsedatum: [[DOB]]\nAdress: [[ADDR]]\nE-post: [[EMAIL]]")
t("sv", "chat", "lösenordet till routern är [[PWD]] sa [[FIRST]]", 0.6)
t("sv", "chat", "beställning [[order]] hämtas på IKEA i [[city]], kvitto [[inv]]", 0.5)
t("sv", "news", "[[famous]] hyllas i en ny utställning som öppnar [[date]] i [[city]].")
# ---- Norwegian
t("no", "chat", "hei [[FIRST]], nytt nummer: [[PHONE]]", 0.6)
t("no", "chat", "kan du sende pakken til [[ADDR]]?", 0.5)
t(
    "no",
    "email",
    "Hei [[FIRST]],\n\nBeløpet på [[amount]] er overført til [[IBAN]].\n\nMed vennlig hilsen\n[[PERSON2]]\n[[EMAIL2]]",
)
t("no", "form", "Navn: [[PERSON]]\nFødselsdato: [[DOB]]\nAdresse: [[ADDR]]\nMobil: [[PHONE]]")
t("no", "chat", "passordet til wifi hos [[FIRST]] er [[PWD]]", 0.6)
t("no", "chat", "ordre [[order]] er sendt, sporing [[track]], levering [[date]]", 0.5)
t("no", "news", "[[famous]] blir hedret i en utstilling som åpner [[date]] i [[city]].")
# ---- Turkish
t("tr", "chat", "selam [[FIRST]], yeni numaram [[PHONE]]", 0.0)
t("tr", "chat", "kargoyu [[ADDR]] adresine gönderir misin?", 0.0)
t(
    "tr",
    "email",
    "Sayın [[LAST]],\n\n[[inv]] numaralı faturanın ödemesini [[IBAN]] hesabına yapabilirsiniz.\n\nSaygılarımızla,\n[[PERSON2]]\n[[PHONE2]]",
)
t("tr", "form", "Ad Soyad: [[PERSON]]\nDoğum tarihi: [[DOB]]\nAdres: [[ADDR]]\nE-posta: [[EMAIL]]")
t("tr", "chat", "[[FIRST]] wifi şifresini söyledi: [[PWD]]")
t("tr", "chat", "sipariş [[order]] [[city]] şubesine ulaştı, tutar [[amount]]")
t("tr", "news", "[[famous]], [[date]] tarihinde açılan sergide anıldı.")
# ---- Czech
t("cs", "chat", "ahoj [[FIRST]], moje nové číslo je [[PHONE]]", 0.6)
t("cs", "chat", "pošli to prosím na [[ADDR]]", 0.5)
t(
    "cs",
    "email",
    "Dobrý den, [[hon]] [[LAST]],\n\nčástku [[amount]] prosím uhraďte na účet [[IBAN]].\n\nS pozdravem\n[[PERSON2]]\n[[EMAIL2]]",
)
t("cs", "form", "Jméno: [[PERSON]]\nDatum narození: [[DOB]]\nAdresa: [[ADDR]]\nTelefon: [[PHONE]]")
t("cs", "chat", "heslo k wifi u [[FIRST]] je [[PWD]]", 0.6)
t("cs", "chat", "objednávka [[order]] dorazila do [[city]], faktura [[inv]]", 0.5)
t("cs", "news", "[[famous]] je připomínán na výstavě, která začíná [[date]] v [[city]].")
# ---- Danish
t("da", "chat", "hej [[FIRST]], mit nye nummer er [[PHONE]]", 0.6)
t("da", "chat", "send pakken til [[ADDR]] tak", 0.5)
t(
    "da",
    "email",
    "Kære [[FIRST]],\n\nBeløbet på [[amount]] er overført til [[IBAN]].\n\nVenlig hilsen\n[[PERSON2]]\n[[PHONE2]]",
)
t("da", "form", "Navn: [[PERSON]]\nFødselsdato: [[DOB]]\nAdresse: [[ADDR]]\nE-mail: [[EMAIL]]")
t("da", "chat", "koden til wifi hos [[FIRST]] er [[PWD]]", 0.6)
t("da", "chat", "ordre [[order]] kan hentes i Lego butikken i [[city]], kvittering [[inv]]", 0.5)
t("da", "news", "[[famous]] hyldes i en ny udstilling, der åbner [[date]] i [[city]].")

# ---- extra non-English look-alikes
t(
    "de",
    "chat",
    "die rose im garten blüht endlich und der mai wird sonnig, blumenerde kommt mit [[track]]",
    0.5,
)
t(
    "de",
    "email",
    "Bitte geben Sie bei Rückfragen die Vorgangsnummer [[phoneid]] an. Die PLZ [[postcode]] liegt im Liefergebiet.",
)
t("fr", "chat", "les roses de la place du Marché sont superbes en mai, commande [[order]] prête", 0.5)
t(
    "fr",
    "email",
    "Référence dossier [[phoneid]] à rappeler lors de votre appel. Code postal concerné : [[postcode]].",
)
t("es", "chat", "la rosa de los vientos del puerto de [[city]] es preciosa en mayo, pedido [[order]]", 0.5)
t("es", "log", "Código de referencia [[phoneid]]; hash del archivo [[sha]]; versión [[ver]]")
t("it", "chat", "le rose in Via della Spiga costano [[amount]] al mazzo, ordine [[order]]", 0.4)
t("it", "ticket", "Numero pratica [[phoneid]], codice articolo [[sku]], aperta il [[date]].")
t("pt", "chat", "em maio a Rua Augusta fica cheia de turistas, encomenda [[order]] a caminho", 0.4)
t("pt", "sms", "Referência Multibanco [[phoneid]], valor [[amount]], válida até [[date]].")
t("nl", "chat", "mijn Philips scheerapparaat is kapot, reparatienummer [[phoneid]]", 0.5)
t("nl", "news", "De Kerkstraat is afgesloten tot [[date]], omleiding via de Molenweg.")
t("pl", "ticket", "Numer referencyjny [[phoneid]], kod produktu [[sku]], wersja [[ver]].")
t("pl", "chat", "w maju róże na ul. Długa kwitną najpiękniej", 0.5)
t("sv", "sms", "Referensnummer [[phoneid]], artikel [[sku]], pris [[amount]].")
t("sv", "news", "Storgatan är avstängd till [[date]] på grund av ledningsarbete.")
t("no", "sms", "Referanse [[phoneid]], varenummer [[sku]], totalt [[amount]].")
t("no", "news", "Fjellveien er stengt til [[date]] på grunn av ras.")
t("tr", "sms", "Referans numarası [[phoneid]], ürün kodu [[sku]], tutar [[amount]].")
t("tr", "news", "Bağdat Caddesi [[date]] tarihine kadar trafiğe kapalı olacak.")
t("cs", "sms", "Číslo reklamace [[phoneid]], kód zboží [[sku]], cena [[amount]].")
t("cs", "news", "Vinohradská bude uzavřena do [[date]] kvůli opravě tramvajové trati.")
t("da", "sms", "Referencenummer [[phoneid]], varenummer [[sku]], pris [[amount]].")
t("da", "news", "Strandvejen er lukket til [[date]] på grund af vejarbejde.")

# ---- structured, any locale (values follow the locale; keys are technical)
t(
    "*",
    "csv",
    "id,name,email,phone,signup\n[[n4]],[[PERSON]],[[EMAIL]],[[PHONE]],[[date]]\n[[n4]],[[PERSON2]],[[EMAIL2]],[[PHONE2]],[[date]]",
)
t("*", "csv", 'customer;dob;iban\n"[[PERSON]]";[[DOB]];[[IBAN]]')
t(
    "*",
    "json",
    '{"customer": {"name": "[[PERSON]]", "email": "[[EMAIL]]", "last_ip": "[[IP]]"}, "order": "[[order]]", "total": "[[amount]]"}',
)
t(
    "*",
    "json",
    '{"user_id": "[[uuid]]", "display_name": "[[FIRST]]", "phone": "[[PHONE]]", "shipping_address": "[[ADDR]]", "app_version": "[[ver]]"}',
)
t("*", "json", '{"event": "payment.failed", "card": "[[CARD]]", "holder": "[[PERSON]]", "ts": "[[ts]]"}')
t("*", "log", "[[ts]] INFO auth: login ok user=[[EMAIL]] src=[[IP]] build=[[ver]]")
t("*", "log", "[[ts]] WARN auth: 5 failed attempts for [[EMAIL]] from [[IP6]] trace=[[uuid]]")
t("*", "log", '[[ts]] DEBUG payments: declined card=[[CARD]] cust="[[PERSON]]" reason=insufficient_funds')
t("*", "log", "[[ts]] ERROR mailer: bounce for [[EMAIL]] (550 mailbox unavailable), msg [[sha]]")
t(
    "*",
    "config",
    "DATABASE_URL=postgres://app_user:[[STRONGPW]]@db-prod.internal:5432/orders\nREDIS_URL=redis://cache:6379/0\nSTRIPE_KEY=[[SECRET]]",
)
t(
    "*",
    "config",
    'client = ApiClient(\n    token="[[SECRET]]",\n    region="eu-west-1",\n)  # TODO move to vault',
)
t("*", "config", "-----BEGIN RSA PRIVATE KEY-----\n[[PKEY]]\n-----END RSA PRIVATE KEY-----")
t("*", "config", 'smtp:\n  host: mail.internal\n  user: [[EMAIL]]\n  password: "[[PWD]]"\n  port: 587')
t("*", "config", "export GITHUB_TOKEN=[[SECRET]]\nexport AWS_REGION=eu-central-1")
t("*", "config", "mongodb+srv://svc_reporting:[[STRONGPW]]@cluster0.mongo.net/analytics?retryWrites=true")
t("*", "log", "sshd[2231]: Accepted publickey for deploy from [[IP]] port 51514 ssh2")
t("*", "form", "name=[[PERSON]]&email=[[EMAIL]]&tel=[[PHONE]]&consent=1&utm=spring")
# structured negatives
t("*", "log", "[[ts]] INFO healthcheck ok host=[[docip]] latency=12ms build=[[ver]] trace=[[uuid]]")
t("*", "json", '{"sku": "[[sku]]", "price": "[[amount]]", "ean": "40[[n11]]", "updated": "[[ts]]"}')
t("*", "csv", "order_id,sku,qty,shipped\n[[order]],[[sku]],3,[[date]]\n[[order]],[[sku]],1,[[date]]")
t(
    "*",
    "config",
    "API_BASE=https://api.example.com/v2\nTIMEOUT=30\nRETRIES=5\nAPI_KEY=${API_KEY}  # injected at runtime",
)
t("*", "log", "[[ts]] INFO deploy: rolled out [[ver]] (commit [[sha]]) to eu-west, 0 errors")
t(
    "*",
    "json",
    '{"id": "[[uuid]]", "isbn": "[[isbn]]", "published": "[[date]]", "author_famous": "[[famous]]"}',
)
t("*", "config", 'password: "<REDACTED>"\napi_key: "${API_KEY}"\nallow_from: [[docip]]')
t("*", "log", "[[ts]] WARN geo: request from [[docip6]] mapped to [[coord]] (test fixture)")

# ---------------------------------------------------------------- rendering

TYPE_OF = {
    "PERSON": "PERSON",
    "PERSON2": "PERSON",
    "FIRST": "PERSON",
    "FIRST2": "PERSON",
    "LAST": "PERSON",
    "LAST2": "PERSON",
    "EMAIL": "EMAIL",
    "EMAIL2": "EMAIL",
    "PHONE": "PHONE",
    "PHONE2": "PHONE",
    "ADDR": "ADDRESS",
    "ADDRB": "ADDRESS",
    "POBOX": "ADDRESS",
    "DOB": "DATE_OF_BIRTH",
    "CARD": "CREDIT_CARD",
    "IBAN": "IBAN",
    "SSN": "US_SSN",
    "IP": "IP_ADDRESS",
    "IP6": "IP_ADDRESS",
    "SECRET": "SECRET",
    "PWD": "SECRET",
    "STRONGPW": "SECRET",
    "PKEY": "SECRET",
}
LOWERABLE = {"PERSON", "EMAIL", "ADDRESS"}
SLOT_RE = re.compile(r"\[\[([A-Za-z0-9]+)\]\]")


def slot_value(g, name):
    f = {
        "PERSON": lambda: g.person(),
        "PERSON2": lambda: g.person("2"),
        "FIRST": lambda: g.first(),
        "FIRST2": lambda: g.first("2"),
        "LAST": lambda: g.last(),
        "LAST2": lambda: g.last("2"),
        "EMAIL": lambda: g.email(),
        "EMAIL2": lambda: g.email("2"),
        "PHONE": lambda: g.phone(),
        "PHONE2": lambda: g.phone("2"),
        "ADDR": g.addr,
        "ADDRB": g.addr_block,
        "POBOX": g.pobox,
        "DOB": g.dob,
        "CARD": g.card,
        "IBAN": g.iban,
        "SSN": g.ssn,
        "IP": g.ip,
        "IP6": g.ip6,
        "SECRET": g.secret,
        "PWD": g.pwd,
        "STRONGPW": g.strongpw,
        "PKEY": g.pkey_body,
        "hon": g.hon,
        "doblabel": g.doblabel,
        "doblabelcap": lambda: g.doblabel().capitalize(),
        "date": g.odate,
        "ts": g.ts,
        "ver": g.ver,
        "order": g.order,
        "inv": g.inv,
        "track": g.track,
        "isbn": g.isbn,
        "sha": g.sha,
        "uuid": g.uuid,
        "testcard": g.testcard,
        "docip": g.docip,
        "docip6": g.docip6,
        "sku": g.sku,
        "phoneid": g.phoneid,
        "coord": g.coord,
        "postcode": g.postcode,
        "city": g.city,
        "street": g.street,
        "company": lambda: g.r.choice(COMPANIES),
        "famous": lambda: g.r.choice(FAMOUS),
        "amount": g.amount,
        "n4": lambda: str(g.r.randint(1000, 9999)),
        "n11": lambda: g.digits(11),
    }[name]
    return f()


def render(rng, loc, tpl):
    locs, style, lc, text = tpl
    g = Gen(rng, loc)
    lower = rng.random() < lc
    out, spans, pos, last = [], [], 0, 0
    person_vals = []
    for m in SLOT_RE.finditer(text):
        lit = text[last : m.start()]
        if lower:
            lit = lit.lower()
        out.append(lit)
        pos += len(lit)
        name = m.group(1)
        val = slot_value(g, name)
        typ = TYPE_OF.get(name)
        if lower and (typ in LOWERABLE):
            val = val.lower()
        if typ:
            spans.append({"start": pos, "end": pos + len(val), "type": typ, "_v": val})
            if typ == "PERSON":
                person_vals.append(val)
        out.append(val)
        pos += len(val)
        last = m.end()
    lit = text[last:]
    if lower:
        lit = lit.lower()
    out.append(lit)
    return "".join(out), spans, style, person_vals


# ---------------------------------------------------------------- self-check

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
DIGRUN_RE = re.compile(r"(?<![\w])\d(?:[ -]?\d){12,18}(?![\w])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IP6_RE = re.compile(r"\b2[0-9a-f]{3}:[0-9a-f:]{4,}")


def check(text, spans, person_vals):
    """Return None if OK, else a reason string."""
    prev_end = -1
    for sp in sorted(spans, key=lambda x: x["start"]):
        if not (0 <= sp["start"] < sp["end"] <= len(text)):
            return "bad offsets"
        if sp["start"] < prev_end:
            return "overlap"
        prev_end = sp["end"]
        v = text[sp["start"] : sp["end"]]
        if v != sp["_v"] or v != v.strip():
            return "value mismatch"
        typ = sp["type"]
        if typ == "CREDIT_CARD":
            dg = re.sub(r"[ -]", "", v)
            if not (dg.isdigit() and 13 <= len(dg) <= 19 and luhn_ok(dg)) or dg in TEST_CARDS:
                return "bad card"
        elif typ == "IBAN" and not iban_ok(v):
            return "bad iban"
        elif typ == "US_SSN" and not ssn_ok(v):
            return "bad ssn"
        elif typ == "EMAIL" and not EMAIL_RE.fullmatch(v):
            return "bad email"
        elif typ == "IP_ADDRESS":
            if ":" in v:
                if v.lower().startswith("2001:db8"):
                    return "doc ipv6 labelled"
            elif ip_is_doc(v) or ip_is_private(v):
                return "non-public ipv4 labelled"
    masked = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            masked[i] = "\x00"
    mt = "".join(masked)
    if EMAIL_RE.search(mt):
        return "unlabelled email"
    for m in DIGRUN_RE.finditer(mt):
        dg = re.sub(r"[ -]", "", m.group())
        if luhn_ok(dg) and dg not in TEST_CARDS:
            return "unlabelled luhn run"
    for m in IBAN_RE.finditer(mt):
        if iban_ok(m.group()):
            return "unlabelled iban"
    if SSN_RE.search(mt):
        return "unlabelled ssn pattern"
    for m in IP4_RE.finditer(mt):
        if not ip_is_doc(m.group()):
            return "unlabelled ipv4"
    for m in IP6_RE.finditer(mt):
        if not m.group().startswith("2001:db8"):
            return "unlabelled ipv6"
    for pv in person_vals:
        for m in re.finditer(re.escape(pv), mt):
            return "unlabelled person value"
    return None


# ---------------------------------------------------------------- main

LOC_WEIGHTS = [("us", 20), ("uk", 15)] + [
    (x, 65 / 12.0) for x in ("de", "fr", "es", "it", "pt", "nl", "pl", "sv", "no", "tr", "cs", "da")
]
HAS_PII = re.compile(r"\[\[[A-Z]")


def pools_for(loc):
    pos, neg = [], []
    for tp in T:
        locs = tp[0]
        if locs == "*" or locs == loc or (locs == "en" and loc in ("us", "uk")):
            (pos if HAS_PII.search(tp[3]) else neg).append(tp)
    return pos, neg


def main():
    rng = random.Random(SEED)
    pools = {loc: pools_for(loc) for loc, _ in LOC_WEIGHTS}
    locs = [l for l, _ in LOC_WEIGHTS]
    weights = [w for _, w in LOC_WEIGHTS]
    rows, rejects, used = [], 0, set()
    seen_text = set()
    while len(rows) < N_TEXTS:
        loc = rng.choices(locs, weights)[0]
        pos, neg = pools[loc]
        pool = neg if rng.random() < 0.32 else pos
        star = [x for x in pool if x[0] == "*"]
        local = [x for x in pool if x[0] != "*"]
        tpl = rng.choice(star if (rng.random() < 0.22 or not local) else local)
        text, spans, style, pvals = render(rng, loc, tpl)
        why = check(text, spans, pvals)
        if why or text in seen_text:
            rejects += 1
            continue
        seen_text.add(text)
        used.add(T.index(tpl))
        for sp in spans:
            del sp["_v"]
        rows.append(
            {
                "text": text,
                "spans": sorted(spans, key=lambda x: x["start"]),
                "style": style,
                "lang": LANG_OF[loc],
            }
        )
    # final re-validation of the serialised rows
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            line = json.dumps(row, ensure_ascii=False)
            back = json.loads(line)
            for sp in back["spans"]:
                sp["_v"] = back["text"][sp["start"] : sp["end"]]
            assert check(back["text"], back["spans"], []) is None
            fh.write(line + "\n")
    from collections import Counter

    tc = Counter(sp["type"] for r in rows for sp in r["spans"])
    lc = Counter(r["lang"] for r in rows)
    sc = Counter(r["style"] for r in rows)
    neg = sum(1 for r in rows if not r["spans"])
    print(
        "rows",
        len(rows),
        "templates_defined",
        len(T),
        "templates_used",
        len(used),
        "rejected_resamples",
        rejects,
    )
    print("lookalike_only", neg, "share %.3f" % (neg / len(rows)))
    print("types", dict(sorted(tc.items())))
    print("langs", dict(sorted(lc.items())))
    print("styles", dict(sorted(sc.items())))
    print("sha256", hashlib.sha256(open(OUT, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
