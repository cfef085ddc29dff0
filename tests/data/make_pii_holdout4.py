#!/usr/bin/env python3
"""Generate pii_holdout4.jsonl: a held-out evaluation set for a PII redaction detector.

Provenance
----------
This script, its word lists and its templates were written from scratch by an
independent data author WITHOUT sight of the detector, its code, its tests,
its training data or any other data set derived from it. It uses only the
Python standard library and a fixed random seed, so re-running it reproduces
the same file byte for byte.

Output format
-------------
One JSON object per line:
  {"text": str, "spans": [{"start": int, "end": int, "type": TYPE}, ...],
   "style": STYLE, "lang": LANG}
Offsets are Python str indices into "text" (end exclusive); spans never
overlap and text[start:end] is exactly the inserted PII value.

Labelling policy
----------------
PERSON        A private individual's name as written: first+last, last name
              with honorific, or a first name alone when it clearly refers to a
              person (greeting, signature, chat mention). Honorifics/titles
              (Dr., Mr., Mrs., Frau, Herr, Sr., Sra., M., Mme, Pan, Bay, Hanim
              ...) are OUTSIDE the span. Lowercase names in casual chat count.
              Famous historical/public figures in encyclopedic sentences are
              NOT labelled. Ordinary words that are also names ("Mark the
              date", "Will do", "May", "Rose gold", "Grant access", "Hope",
              "Bill") are not labelled. Company, product, place and street
              names alone are not labelled. Possessive suffixes ("Anna's") are
              outside the span.
ADDRESS       A private postal street address: street + house number in the
              order the language uses, plus a contiguous postcode/city when
              present (also across a newline in a letter-style block), and
              contiguous apartment/unit parts ("Apt 4B", "Flat 2", "2. OG").
              Not the country on its own line, not field labels such as
              "Address:". Street names without a number, cities and countries
              alone are not labelled.
DATE_OF_BIRTH Only the date itself, and only when the text says it is a birth
              date (born on, DOB, geb., ne le, fecha de nacimiento, ...).
              Other dates (appointments, deadlines, invoices, timestamps) are
              NOT labelled.
EMAIL         A personal e-mail address (the whole address).
PHONE         A real-looking phone number in a national or international
              format of the relevant country.
CREDIT_CARD   A Luhn-valid card number generated here (spaces/dashes or not);
              well-known public test numbers are never labelled.
IBAN          An IBAN with valid mod-97 check digits (with or without spaces).
US_SSN        A US Social Security number in valid SSA ranges, only in a US
              context.
IP_ADDRESS    A real-looking public IPv4/IPv6 address of a user or server.
              Documentation ranges (192.0.2.0/24, 198.51.100.0/24,
              203.0.113.0/24, 2001:db8::/32) are NOT labelled.
SECRET        API keys, tokens, passwords, connection-string passwords: the
              value only, never the "password=" / "token:" label.

About 30% of texts contain no PII at all but contain look-alikes (versions,
build numbers, order/tracking numbers, ordinary dates, ISBNs, hashes, UUIDs,
well-known test card numbers, documentation IPs, SKUs, company/product/place
names, famous people in encyclopedic sentences, words that are also names).
"""

import ipaddress
import json
import os
import random
import re
import string
import unicodedata
from collections import Counter

SEED = 4404
N_TEXTS = 1500
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_holdout4.jsonl")

LANG_WEIGHTS = {
    "en": 40,
    "de": 7,
    "fr": 7,
    "es": 7,
    "it": 6,
    "pt": 6,
    "nl": 6,
    "pl": 6,
    "sv": 5,
    "tr": 5,
    "cs": 5,
}
STYLE_WEIGHTS = {
    "chat": 38,
    "oneliner": 13,
    "email": 10,
    "ticket": 7,
    "form": 6,
    "crm": 5,
    "code": 11,
    "shipping": 6,
    "hr_medical": 4,
    "transcript": 3,
}
NEG_SHARE = 0.30

# ---------------------------------------------------------------------------
# Name lists (hand-written)
# ---------------------------------------------------------------------------
# origin: (male first names, female first names, surnames[, female surnames])
NAMES = {
    "en": (
        [
            "James",
            "Ethan",
            "Liam",
            "Connor",
            "Tyler",
            "Gareth",
            "Declan",
            "Oliver",
            "Callum",
            "Nathan",
            "Rhys",
            "Jordan",
        ],
        [
            "Olivia",
            "Chloe",
            "Hannah",
            "Megan",
            "Brianna",
            "Siobhan",
            "Imogen",
            "Harriet",
            "Kayla",
            "Abigail",
            "Niamh",
            "Jessica",
        ],
        [
            "Whitfield",
            "Harrington",
            "O'Neill",
            "McAllister",
            "Brennan",
            "Thornton",
            "Caldwell",
            "Pritchard",
            "Donnelly",
            "Ashworth",
            "Clarke-Whitby",
            "Fairbanks",
            "Okafor-Reid",
            "Sutherland",
            "Greaves",
            "Holloway",
            "MacLeod",
            "D'Souza",
        ],
    ),
    "de": (
        ["Jonas", "Lukas", "Felix", "Tobias", "Jürgen", "Matthias", "Florian", "Dieter", "Henrik"],
        ["Lena", "Sophie", "Katrin", "Anneliese", "Jana", "Birgit", "Ute", "Mareike", "Svenja"],
        [
            "Schäfer",
            "Hoffmann",
            "Brückner",
            "Köhler",
            "Zimmermann",
            "Vogelsang",
            "Meyer-Lindholm",
            "Weißenborn",
            "Krause",
            "Hartmann",
            "Scholz",
            "Engelhardt",
        ],
    ),
    "fr": (
        ["Étienne", "Mathieu", "Théo", "Benoît", "Julien", "Yannick", "Gaël", "Rémi"],
        ["Camille", "Léa", "Amélie", "Margaux", "Océane", "Solène", "Hélène", "Maëlle"],
        [
            "Lefèvre",
            "Dubois",
            "Girard",
            "Moreau",
            "Rousseau",
            "Fontaine",
            "Chevalier",
            "Le Goff",
            "Saint-Arnaud",
            "Benhamou",
            "Garnier",
            "Delacroix-Petit",
        ],
    ),
    "es": (
        ["Alejandro", "Javier", "Iker", "Sergio", "Álvaro", "Rubén", "Mateo", "Gonzalo"],
        ["Lucía", "Marisol", "Ainhoa", "Rocío", "Nerea", "Begoña", "Valentina", "Ximena"],
        [
            "Fernández López",
            "Ruiz de Alarcón",
            "Martínez Soto",
            "Navarro Iglesias",
            "Domínguez",
            "Gutiérrez Vidal",
            "Herrera",
            "Castillo Peña",
            "Ortega",
            "Sánchez-Cano",
            "Morales Rivas",
            "Aguirre",
        ],
    ),
    "it": (
        ["Giuseppe", "Matteo", "Lorenzo", "Alessandro", "Davide", "Riccardo", "Gianluca"],
        ["Chiara", "Giulia", "Federica", "Martina", "Ilaria", "Francesca", "Benedetta"],
        [
            "Esposito",
            "Bianchi",
            "Ferraro",
            "Colombo",
            "De Luca",
            "D'Angelo",
            "Lombardi",
            "Galli",
            "Moretti",
            "Santoro",
            "Russo",
        ],
    ),
    "pt": (
        ["João", "Tiago", "Rafael", "Gonçalo", "Rodrigo", "Vinícius", "Duarte"],
        ["Inês", "Beatriz", "Mariana", "Leonor", "Carolina", "Thaís", "Joana"],
        [
            "Ferreira",
            "Santos",
            "Carvalho",
            "Oliveira",
            "Gonçalves",
            "Sousa Pinto",
            "Almeida",
            "Magalhães",
            "Rodrigues",
            "Pereira da Silva",
            "Figueiredo",
        ],
    ),
    "nl": (
        ["Daan", "Bram", "Joris", "Thijs", "Sander", "Jeroen", "Pieter"],
        ["Femke", "Sanne", "Lotte", "Anouk", "Maartje", "Eline", "Noor"],
        [
            "van der Berg",
            "de Vries",
            "van Dijk",
            "Jansen",
            "Bakker",
            "van den Heuvel",
            "Visser",
            "de Jong",
            "Smit",
            "van 't Hof",
            "Mulder",
            "Verhoeven",
        ],
    ),
    "pl": (
        ["Krzysztof", "Paweł", "Tomasz", "Wojciech", "Łukasz", "Grzegorz", "Michał"],
        ["Agnieszka", "Małgorzata", "Zofia", "Katarzyna", "Joanna", "Aleksandra", "Ewa"],
        ["Kowalczyk", "Nowak", "Zieliński", "Wiśniewski", "Lewandowski", "Kamiński", "Wójcik", "Dąbrowski"],
        ["Kowalczyk", "Nowak", "Zielińska", "Wiśniewska", "Lewandowska", "Kamińska", "Wójcik", "Dąbrowska"],
    ),
    "sv": (
        ["Erik", "Oskar", "Johan", "Anders", "Nils", "Viktor"],
        ["Linnea", "Astrid", "Maja", "Ingrid", "Elsa", "Sofia"],
        ["Lindqvist", "Bergström", "Johansson", "Nyström", "Åkesson", "Sjöberg", "Holmgren", "Engström"],
    ),
    "tr": (
        ["Mehmet", "Emre", "Burak", "Oğuz", "Kerem", "Serkan", "Çağlar"],
        ["Ayşe", "Zeynep", "Elif", "Gülşen", "Merve", "Şule", "Büşra"],
        ["Yılmaz", "Öztürk", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Koç", "Arslan"],
    ),
    "cs": (
        ["Jiří", "Petr", "Tomáš", "Ondřej", "Vojtěch", "Lukáš"],
        ["Kateřina", "Lucie", "Tereza", "Markéta", "Zuzana", "Veronika"],
        ["Novák", "Dvořák", "Černý", "Procházka", "Svoboda", "Kučera", "Veselý"],
        ["Nováková", "Dvořáková", "Černá", "Procházková", "Svobodová", "Kučerová", "Veselá"],
    ),
    "ng": (
        ["Chinedu", "Oluwaseun", "Adebayo", "Emeka", "Tunde"],
        ["Ngozi", "Chiamaka", "Folake", "Adaeze", "Yetunde"],
        ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwachukwu", "Okafor", "Adebisi"],
    ),
    "in": (
        ["Arjun", "Rohan", "Vikram", "Siddharth", "Karthik"],
        ["Priya", "Ananya", "Kavya", "Deepika", "Lakshmi"],
        ["Sharma", "Iyer", "Venkataraman", "Patel", "Nair", "Chatterjee", "Reddy"],
    ),
    "vi": (
        ["Minh", "Quang", "Tuan", "Duc", "Khoa"],
        ["Linh", "Thao", "Huong", "Ngoc", "Trang"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang"],
    ),
    "ar": (
        ["Omar", "Youssef", "Karim", "Tariq", "Hamza"],
        ["Layla", "Fatima", "Nour", "Rania", "Samira"],
        ["Haddad", "Al-Mansouri", "El Amrani", "Khalil", "Nasser", "Benali", "Al-Sayed"],
    ),
    "zh": (
        ["Wei", "Jun", "Hao", "Zhiwei", "Yuxuan"],
        ["Mei", "Xiaoling", "Yan", "Jiayi", "Lihua"],
        ["Zhang", "Wang", "Liu", "Chen", "Huang", "Zhou", "Xu"],
    ),
}
FOREIGN = ["ng", "in", "vi", "ar", "zh", "en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr"]

HON = {  # (male, female) honorifics placed before a surname/full name
    "en": (["Mr", "Mr.", "Dr.", "Dr"], ["Ms", "Mrs.", "Ms.", "Dr.", "Miss"]),
    "de": (["Herr", "Herr Dr."], ["Frau", "Frau Dr."]),
    "fr": (["M.", "Monsieur", "Dr"], ["Mme", "Madame", "Dr"]),
    "es": (["Sr.", "D.", "Dr."], ["Sra.", "Dña.", "Dra."]),
    "it": (["Sig.", "Dott.", "Ing."], ["Sig.ra", "Dott.ssa"]),
    "pt": (["Sr.", "Dr."], ["Sra.", "Dra."]),
    "nl": (["dhr.", "de heer"], ["mevr.", "mevrouw"]),
    "pl": (["Pan", "dr"], ["Pani", "dr"]),
    "sv": (["Dr."], ["Dr."]),
    "tr": (["Bay", "Dr."], ["Bayan", "Dr."]),
    "cs": (["pan", "Ing.", "MUDr."], ["paní", "Ing.", "MUDr."]),
}
HON_POST_TR = (["Bey"], ["Hanım"])

EMAIL_DOMAINS = {
    "en": [
        "gmail.com",
        "outlook.com",
        "yahoo.co.uk",
        "icloud.com",
        "hotmail.com",
        "proton.me",
        "btinternet.com",
        "aol.com",
    ],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "mailbox.org"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "es": ["hotmail.es", "gmail.com", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"],
    "pt": ["sapo.pt", "gmail.com", "uol.com.br", "hotmail.com", "bol.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net", "spray.se"],
    "tr": ["gmail.com", "yandex.com.tr", "hotmail.com", "mynet.com", "outlook.com.tr"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "volny.cz"],
}
WORK_DOMAINS = [
    "brightlane.io",
    "norvik-software.com",
    "kestrelhealth.co.uk",
    "orbisgroup.eu",
    "halden-partners.de",
    "velomarkt.nl",
    "sunfield.es",
    "tessaro.it",
    "lumencare.fr",
    "baltica-trade.pl",
    "fjordlabs.se",
    "atlasmedya.com.tr",
    "vltava-tech.cz",
    "quaycode.dev",
    "meridian-ins.com",
]

# ---------------------------------------------------------------------------
# Look-alike / unlabelled vocab
# ---------------------------------------------------------------------------
COMPANIES = [
    "Brightlane Logistics",
    "Norvik Software",
    "Kestrel Health",
    "Orbis Bank",
    "Halden & Partners",
    "Velomarkt",
    "Sunfield Energía",
    "Tessaro Arredamenti",
    "Lumen Care",
    "Baltica Trade",
    "Fjordlabs",
    "Atlas Medya",
    "Vltava Tech",
    "Quaycode",
    "Meridian Insurance",
    "Greyhollow Outdoor",
    "Pinecrest Dental",
]
PRODUCTS = [
    "ThinkPad X1 Carbon",
    "Pixel 8 Pro",
    "iPhone 15",
    "Galaxy S23",
    "Kindle Paperwhite",
    "AirPods Pro",
    "Dyson V15",
    "Steam Deck",
    "PlayStation 5",
    "MacBook Air M2",
    "Surface Pro 9",
    "Fairphone 5",
    "Roborock S8",
    "Nespresso Vertuo",
    "Garmin Forerunner 265",
]
CITIES = {
    "en": [
        "London",
        "Manchester",
        "Leeds",
        "Chicago",
        "Austin",
        "Denver",
        "Bristol",
        "Dublin",
        "Seattle",
        "Glasgow",
    ],
    "de": ["Berlin", "München", "Hamburg", "Köln", "Leipzig", "Stuttgart", "Dresden"],
    "fr": ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"],
    "it": ["Milano", "Roma", "Torino", "Bologna", "Napoli", "Firenze", "Genova"],
    "pt": ["Lisboa", "Porto", "Braga", "Coimbra", "São Paulo", "Curitiba", "Faro"],
    "nl": ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Leiden", "Den Haag"],
    "pl": ["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź"],
    "sv": ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Umeå"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir"],
    "cs": ["Praha", "Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec"],
}
COUNTRY = {
    "en": ["United Kingdom", "UK", "USA", "Ireland"],
    "de": ["Deutschland", "Germany"],
    "fr": ["France"],
    "es": ["España"],
    "it": ["Italia"],
    "pt": ["Portugal", "Brasil"],
    "nl": ["Nederland"],
    "pl": ["Polska"],
    "sv": ["Sverige"],
    "tr": ["Türkiye"],
    "cs": ["Česká republika"],
}

FAMOUS = {
    "en": [
        "Ada Lovelace is often described as the first computer programmer.",
        "Abraham Lincoln delivered the Gettysburg Address in 1863.",
        "Marie Curie was the first person to win Nobel Prizes in two sciences.",
        "Isaac Newton published the Principia in 1687.",
        "Nelson Mandela became president of South Africa in 1994.",
        "Charles Darwin sailed on HMS Beagle from 1831 to 1836.",
        "Jane Austen published Pride and Prejudice in 1813.",
        "Alan Turing proposed the imitation game in a 1950 paper.",
        "Frida Kahlo painted many self-portraits.",
        "Martin Luther King Jr. gave the 'I Have a Dream' speech in 1963.",
    ],
    "de": [
        "Johann Wolfgang von Goethe wurde 1749 in Frankfurt geboren.",
        "Albert Einstein veröffentlichte 1905 die spezielle Relativitätstheorie.",
        "Ludwig van Beethoven komponierte neun Sinfonien.",
        "Konrad Adenauer war der erste Bundeskanzler der Bundesrepublik.",
    ],
    "fr": [
        "Victor Hugo a publié Les Misérables en 1862.",
        "Louis Pasteur a mis au point le vaccin contre la rage.",
        "Simone de Beauvoir a écrit Le Deuxième Sexe.",
        "Napoléon Bonaparte fut sacré empereur en 1804.",
    ],
    "es": [
        "Miguel de Cervantes escribió Don Quijote de la Mancha.",
        "Frida Kahlo nació en Coyoacán.",
        "Pablo Picasso pintó el Guernica en 1937.",
        "Gabriel García Márquez ganó el Nobel de Literatura en 1982.",
    ],
    "it": [
        "Leonardo da Vinci dipinse la Gioconda.",
        "Galileo Galilei perfezionò il cannocchiale nel 1609.",
        "Giuseppe Verdi compose l'Aida.",
        "Dante Alighieri scrisse la Divina Commedia.",
    ],
    "pt": [
        "Luís de Camões escreveu Os Lusíadas.",
        "Fernando Pessoa usou vários heterónimos.",
        "Santos Dumont voou com o 14-Bis em 1906.",
        "Machado de Assis fundou a Academia Brasileira de Letras.",
    ],
    "nl": [
        "Vincent van Gogh schilderde De sterrennacht in 1889.",
        "Rembrandt van Rijn schilderde De Nachtwacht.",
        "Anne Frank schreef haar dagboek in het Achterhuis.",
        "Johan Cruijff won drie keer de Ballon d'Or.",
    ],
    "pl": [
        "Maria Skłodowska-Curie dwukrotnie otrzymała Nagrodę Nobla.",
        "Mikołaj Kopernik opisał heliocentryczny model świata.",
        "Fryderyk Chopin urodził się w Żelazowej Woli w 1810 roku.",
        "Wisława Szymborska otrzymała Nagrodę Nobla w 1996 roku.",
    ],
    "sv": [
        "Astrid Lindgren skrev Pippi Långstrump.",
        "Alfred Nobel uppfann dynamiten.",
        "Carl von Linné utvecklade det binära namnsystemet.",
        "Greta Garbo föddes i Stockholm 1905.",
    ],
    "tr": [
        "Mustafa Kemal Atatürk 1923'te Cumhuriyeti ilan etti.",
        "Orhan Pamuk 2006 yılında Nobel Edebiyat Ödülü'nü kazandı.",
        "Mimar Sinan Süleymaniye Camii'ni tasarladı.",
        "Nazım Hikmet birçok şiirini hapishanede yazdı.",
    ],
    "cs": [
        "Antonín Dvořák složil Novosvětskou symfonii.",
        "Václav Havel byl prvním prezidentem České republiky.",
        "Karel Čapek poprvé použil slovo robot.",
        "Franz Kafka se narodil v Praze v roce 1883.",
    ],
}
HOLIDAYS = {
    "en": ["Christmas", "Thanksgiving", "Easter Monday", "Boxing Day", "Memorial Day"],
    "de": ["Ostern", "Pfingsten", "Heiligabend", "Tag der Deutschen Einheit"],
    "fr": ["la Toussaint", "le 14 juillet", "Noël", "l'Ascension"],
    "es": ["Semana Santa", "Nochebuena", "el Día de Reyes"],
    "it": ["Ferragosto", "Pasquetta", "Natale"],
    "pt": ["o Carnaval", "o Natal", "a Páscoa"],
    "nl": ["Koningsdag", "Pasen", "Sinterklaas"],
    "pl": ["Wielkanoc", "Boże Narodzenie", "Wszystkich Świętych"],
    "sv": ["midsommar", "jul", "påsk"],
    "tr": ["bayram", "Kurban Bayramı", "yılbaşı"],
    "cs": ["Vánoce", "Velikonoce", "Silvestr"],
}

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
}

TEST_CARDS = [
    "4111 1111 1111 1111",
    "4242 4242 4242 4242",
    "5555 5555 5555 4444",
    "378282246310005",
    "4111111111111111",
    "4242424242424242",
    "5555555555554444",
    "4000 0566 5566 5556",
    "5105 1051 0510 5100",
    "4012 8888 8888 1881",
    "6011 1111 1111 1117",
    "3782 822463 10005",
]
TEST_CARD_DIGITS = {re.sub(r"\D", "", c) for c in TEST_CARDS} | {
    "4000056655665556",
    "5200828282828210",
    "371449635398431",
    "6011000990139424",
}

# ---------------------------------------------------------------------------
# Street lists
# ---------------------------------------------------------------------------
STREETS = {
    "en_uk": [
        "Baker Street",
        "Elm Road",
        "Holloway Lane",
        "Kingsley Avenue",
        "Mill Close",
        "Station Road",
        "Abbey Crescent",
        "Victoria Terrace",
        "Rowan Drive",
        "Church Walk",
    ],
    "en_us": [
        "Maple Ave",
        "Oak Street",
        "W 34th St",
        "Sunset Blvd",
        "Pine Ridge Rd",
        "Lakeview Dr",
        "Cedar Lane",
        "N Halsted St",
        "Willow Creek Ct",
        "Elm St",
    ],
    "de": [
        "Hauptstraße",
        "Lindenweg",
        "Goethestraße",
        "Am Mühlbach",
        "Bahnhofstr.",
        "Kastanienallee",
        "Rosenstraße",
        "Schillerplatz",
        "Birkenweg",
        "Friedrichstraße",
    ],
    "fr": [
        "rue de la Paix",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue des Lilas",
        "impasse des Tilleuls",
        "rue du Faubourg Saint-Denis",
        "allée des Pins",
        "chemin des Vignes",
    ],
    "es": [
        "Calle Mayor",
        "Avenida de la Constitución",
        "Calle del Pez",
        "Paseo de Gracia",
        "Calle Alcalá",
        "Calle San Vicente",
        "Ronda de Segovia",
        "Plaza del Carmen",
    ],
    "it": [
        "Via Roma",
        "Corso Vittorio Emanuele II",
        "Via Garibaldi",
        "Viale dei Mille",
        "Via Torino",
        "Piazza Cavour",
        "Via dei Fiori",
        "Via San Martino",
    ],
    "pt": [
        "Rua Augusta",
        "Avenida da Liberdade",
        "Rua das Flores",
        "Travessa do Carmo",
        "Rua de Santa Catarina",
        "Rua do Almada",
        "Avenida dos Aliados",
    ],
    "nl": [
        "Kerkstraat",
        "Prinsengracht",
        "Dorpsstraat",
        "Molenweg",
        "Julianalaan",
        "Oudegracht",
        "Beukenlaan",
        "Lange Voorhout",
    ],
    "pl": [
        "ul. Długa",
        "ul. Marszałkowska",
        "ul. Kwiatowa",
        "al. Jerozolimskie",
        "ul. Piotrkowska",
        "ul. Lipowa",
        "ul. Słoneczna",
    ],
    "sv": [
        "Storgatan",
        "Drottninggatan",
        "Kungsgatan",
        "Björkvägen",
        "Sveavägen",
        "Hamngatan",
        "Östra Långgatan",
    ],
    "tr": [
        "Atatürk Cad.",
        "Bağdat Caddesi",
        "Gül Sokak",
        "İstiklal Caddesi",
        "Cumhuriyet Mah. Lale Sk.",
        "Barbaros Bulvarı",
        "Menekşe Sokak",
    ],
    "cs": ["Vinohradská", "Karlova", "Nádražní", "Palackého", "Husova", "Lidická", "Komenského"],
}
UK_TOWNS = [
    ("Leeds", "LS6 2AB"),
    ("Bristol", "BS1 4DJ"),
    ("Manchester", "M14 5RT"),
    ("London", "SE15 3PQ"),
    ("York", "YO10 4HL"),
    ("Cardiff", "CF24 1NX"),
    ("Glasgow", "G12 8QQ"),
    ("Brighton", "BN2 1TW"),
]
US_TOWNS = [
    ("Columbus", "OH", "432"),
    ("Austin", "TX", "787"),
    ("Denver", "CO", "802"),
    ("Portland", "OR", "972"),
    ("Chicago", "IL", "606"),
    ("Raleigh", "NC", "276"),
    ("Tucson", "AZ", "857"),
    ("Madison", "WI", "537"),
]
TOWNS = {
    "de": [
        ("10115", "Berlin"),
        ("80331", "München"),
        ("50667", "Köln"),
        ("04109", "Leipzig"),
        ("70173", "Stuttgart"),
        ("20095", "Hamburg"),
        ("01067", "Dresden"),
    ],
    "fr": [
        ("75011", "Paris"),
        ("69007", "Lyon"),
        ("13006", "Marseille"),
        ("31000", "Toulouse"),
        ("44000", "Nantes"),
        ("59800", "Lille"),
    ],
    "es": [
        ("28013", "Madrid"),
        ("08007", "Barcelona"),
        ("46002", "Valencia"),
        ("41004", "Sevilla"),
        ("48001", "Bilbao"),
    ],
    "it": [
        ("20121", "Milano"),
        ("00184", "Roma"),
        ("10123", "Torino"),
        ("40126", "Bologna"),
        ("80138", "Napoli"),
    ],
    "pt": [("1100-048", "Lisboa"), ("4000-322", "Porto"), ("4700-435", "Braga"), ("3000-150", "Coimbra")],
    "nl": [
        ("1017 GC", "Amsterdam"),
        ("3011 AD", "Rotterdam"),
        ("3511 LK", "Utrecht"),
        ("5611 EM", "Eindhoven"),
        ("9711 HV", "Groningen"),
    ],
    "pl": [
        ("80-827", "Gdańsk"),
        ("00-950", "Warszawa"),
        ("31-008", "Kraków"),
        ("50-077", "Wrocław"),
        ("61-701", "Poznań"),
    ],
    "sv": [("114 55", "Stockholm"), ("411 06", "Göteborg"), ("211 22", "Malmö"), ("753 20", "Uppsala")],
    "tr": [
        ("34710", "Kadıköy/İstanbul"),
        ("06420", "Çankaya/Ankara"),
        ("35220", "Konak/İzmir"),
        ("16040", "Osmangazi/Bursa"),
    ],
    "cs": [
        ("120 00", "Praha 2"),
        ("602 00", "Brno"),
        ("702 00", "Ostrava"),
        ("301 00", "Plzeň"),
        ("779 00", "Olomouc"),
    ],
}

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


IBAN_SPECS = {  # country: BBAN pattern (n digit, a upper letter, c alnum upper)
    "DE": "n" * 18,
    "FR": "n" * 10 + "c" * 11 + "nn",
    "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12,
    "NL": "aaaa" + "n" * 10,
    "GB": "aaaa" + "n" * 14,
    "PT": "n" * 21,
    "PL": "n" * 24,
    "SE": "n" * 20,
    "TR": "n" * 5 + "0" + "n" * 16,
    "CZ": "n" * 20,
    "BE": "n" * 12,
    "AT": "n" * 16,
    "CH": "n" * 5 + "c" * 12,
    "IE": "aaaa" + "n" * 14,
    "DK": "n" * 14,
}
LANG_IBAN = {
    "en": ["GB", "IE", "DE", "NL"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
    "pt": ["PT"],
    "nl": ["NL", "BE"],
    "pl": ["PL"],
    "sv": ["SE", "DK"],
    "tr": ["TR"],
    "cs": ["CZ"],
}
BANK_CODES = {
    "NL": ["INGB", "ABNA", "RABO", "TRIO", "SNSB"],
    "GB": ["NWBK", "BARC", "MIDL", "LOYD", "MONZ"],
    "IE": ["AIBK", "BOFI"],
    "IT": ["X"],
}


def make_iban(country, rng, spaced):
    pat = IBAN_SPECS[country]
    out = []
    for ch in pat:
        if ch == "n":
            out.append(rng.choice(string.digits))
        elif ch == "a":
            out.append(rng.choice(string.ascii_uppercase))
        elif ch == "c":
            out.append(
                rng.choice(string.ascii_uppercase) if rng.random() < 0.08 else rng.choice(string.digits)
            )
        else:
            out.append(ch)
    bban = "".join(out)
    if country in ("NL", "GB", "IE"):
        bban = rng.choice(BANK_CODES[country]) + bban[4:]
    iban = country + iban_check(country, bban) + bban
    assert iban_valid(iban)
    if spaced:
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


def rand_public_ipv4(rng):
    while True:
        a = rng.randint(1, 223)
        b, c, d = rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203, 224):
            continue
        return "%d.%d.%d.%d" % (a, b, c, d)


def is_doc_ip(ip):
    return (
        ip.startswith("192.0.2.")
        or ip.startswith("198.51.100.")
        or ip.startswith("203.0.113.")
        or ip.lower().startswith("2001:db8:")
        or ip.lower().startswith("2001:0db8:")
    )


def rand_ipv6(rng):
    prefix = rng.choice(
        [
            "2a02:8109",
            "2600:1700",
            "2a01:4f8",
            "2607:f8b0",
            "2a00:23c7",
            "2806:10ae",
            "2a0d:5600",
            "2406:da18",
            "2c0f:f4c0",
        ]
    )
    groups = ["%x" % rng.randint(0, 0xFFFF) for _ in range(6 - prefix.count(":"))]
    if rng.random() < 0.4:
        return prefix + ":" + ":".join(groups[:2]) + "::" + "%x" % rng.randint(1, 0xFFFF)
    return prefix + ":" + ":".join(groups) + ":" + "%x" % rng.randint(1, 0xFFFF)


PW_WORDS = [
    "Sunflower",
    "otter",
    "Kaffee",
    "granite",
    "Falcon",
    "pizza",
    "Harbor",
    "mango",
    "Tulpe",
    "vesper",
    "Zebra",
    "cobalt",
    "Lavanda",
    "nordic",
    "Pistache",
    "kiwi",
    "Bosque",
    "ember",
]


def b64url(rng, n):
    return "".join(rng.choice(ALNUM + "-_") for _ in range(n))


def secret(kind, rng):
    if kind == "sk":
        if rng.random() < 0.5:
            return "sk-proj-" + b64url(rng, 20) + "T3BlbkFJ" + "".join(rng.choice(ALNUM) for _ in range(20))
        return "sk-" + "".join(rng.choice(ALNUM) for _ in range(48))
    if kind == "ghp":
        return rng.choice(["ghp_", "gho_", "github_pat_"]) + "".join(rng.choice(ALNUM) for _ in range(36))
    if kind == "akia":
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if kind == "awssec":
        return "".join(rng.choice(ALNUM + "/+") for _ in range(40))
    if kind == "xoxb":
        return (
            rng.choice(["xoxb-", "xoxp-"])
            + str(rng.randint(10**10, 10**11 - 1))
            + "-"
            + str(rng.randint(10**12, 10**13 - 1))
            + "-"
            + "".join(rng.choice(ALNUM) for _ in range(24))
        )
    if kind == "jwt":
        import base64

        payload = json.dumps(
            {
                "sub": str(rng.randint(10000, 99999999)),
                "iat": rng.randint(1690000000, 1760000000),
                "role": rng.choice(["user", "admin", "svc"]),
            },
            separators=(",", ":"),
        )
        p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + p + "." + b64url(rng, 43)
    if kind == "hex32":
        return "".join(rng.choice(HEX) for _ in range(32))
    if kind == "glpat":
        return "glpat-" + b64url(rng, 20)
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + "".join(rng.choice(ALNUM) for _ in range(24))
    if kind == "aiza":
        return "AIza" + b64url(rng, 35)
    if kind == "pwd":
        w = rng.choice(PW_WORDS)
        form = rng.randint(0, 3)
        if form == 0:
            return w + rng.choice("!#$%&*?") + str(rng.randint(10, 9999))
        if form == 1:
            return (
                w.lower()
                + "-"
                + rng.choice(PW_WORDS).capitalize()
                + "-"
                + str(rng.randint(10, 99))
                + rng.choice("!?.")
            )
        if form == 2:
            return "".join(rng.choice(ALNUM + "!$%^&*") for _ in range(rng.randint(12, 18)))
        return w.replace("a", "@").replace("o", "0").replace("e", "3") + str(rng.randint(1990, 2025))
    if kind == "dbpwd":
        return "".join(rng.choice(ALNUM + "!$^*_-") for _ in range(rng.randint(14, 22)))
    raise KeyError(kind)


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


US_AREAS = [
    "312",
    "614",
    "512",
    "303",
    "503",
    "919",
    "520",
    "608",
    "415",
    "206",
    "917",
    "702",
    "404",
    "617",
    "713",
]


def phone(lang, rng, variant, form=None):
    r = rng.random() if form is None else form
    d = lambda n: digits(rng, n)
    if lang == "en":
        if variant == "us":
            a, x, s = rng.choice(US_AREAS), str(rng.randint(201, 989)), d(4)
            if x == "555":
                x = "556"
            return rng.choice(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "+1-%s-%s-%s", "%s.%s.%s"]) % (
                a,
                x,
                s,
            )
        m = "7" + rng.choice(["911", "700", "812", "398", "450", "535", "767"])[0:3] + d(6)
        return rng.choice(
            [
                "0%s %s" % (m[:4], m[4:]),
                "+44 %s %s" % (m[:4], m[4:]),
                "+44 (0)%s %s" % (m[:4], m[4:]),
                "020 %s %s" % ("7" + d(3), d(4)),
                "0113 %s %s" % (d(3), d(4)),
            ]
        )
    if lang == "de":
        p = rng.choice(["151", "152", "160", "170", "171", "176", "157"])
        return rng.choice(
            [
                "0%s %s" % (p, d(8)),
                "+49 %s %s" % (p, d(8)),
                "0%s/%s" % (p, d(7)),
                "030 %s" % d(8),
                "+49 (0)89 %s" % d(7),
                "+49 %s %s %s" % (p, d(4), d(4)),
            ]
        )
    if lang == "fr":
        g = [rng.choice("67")] + [d(2) for _ in range(4)]
        return rng.choice(
            [
                "0%s %s %s %s %s" % tuple(g),
                "+33 %s %s %s %s %s" % tuple(g),
                "0%s.%s.%s.%s.%s" % tuple(g),
                "01 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
                "+33 (0)%s %s %s %s %s" % tuple(g),
            ]
        )
    if lang == "es":
        a = rng.choice("67") + d(2)
        return rng.choice(
            [
                "%s %s %s" % (a, d(3), d(3)),
                "+34 %s %s %s %s" % (a, d(2), d(2), d(2)),
                "91 %s %s %s" % (d(3), d(2), d(2)),
                "+34 %s%s%s" % (a, d(3), d(3)),
            ]
        )
    if lang == "it":
        a = "3" + rng.choice(["47", "33", "28", "40", "93", "66"])
        return rng.choice(
            [
                "%s %s %s" % (a, d(3), d(4)),
                "+39 %s %s" % (a, d(7)),
                "02 %s %s" % (d(4), d(4)),
                "+39 06 %s %s" % (d(4), d(4)),
                "+39 %s %s %s" % (a, d(3), d(4)),
            ]
        )
    if lang == "pt":
        if rng.random() < 0.3:
            dd = rng.choice(["11", "21", "41", "31"])
            return rng.choice(["+55 %s 9%s-%s" % (dd, d(4), d(4)), "(%s) 9%s-%s" % (dd, d(4), d(4))])
        a = "9" + rng.choice("1236")
        return rng.choice(
            [
                "%s%s %s %s" % (a, d(1), d(3), d(3)),
                "+351 %s%s %s %s" % (a, d(1), d(3), d(3)),
                "21 %s %s" % (d(3), d(4)),
            ]
        )
    if lang == "nl":
        return rng.choice(
            [
                "06-%s" % d(8),
                "06 %s %s" % (d(4), d(4)),
                "+31 6 %s" % d(8),
                "020-%s" % d(7),
                "+31 20 %s %s" % (d(3), d(4)),
                "+31 (0)6 %s %s" % (d(4), d(4)),
            ]
        )
    if lang == "pl":
        a = rng.choice(["5", "6", "7", "8"]) + d(2)
        return rng.choice(
            [
                "%s %s %s" % (a, d(3), d(3)),
                "+48 %s %s %s" % (a, d(3), d(3)),
                "%s-%s-%s" % (a, d(3), d(3)),
                "22 %s %s %s" % (d(3), d(2), d(2)),
                "+48%s%s%s" % (a, d(3), d(3)),
            ]
        )
    if lang == "sv":
        a = "7" + rng.choice("0236")
        return rng.choice(
            [
                "0%s-%s %s %s" % (a, d(3), d(2), d(2)),
                "+46 %s %s %s %s" % (a, d(3), d(2), d(2)),
                "08-%s %s %s" % (d(3), d(3), d(2)),
                "0%s %s %s %s" % (a, d(3), d(2), d(2)),
            ]
        )
    if lang == "tr":
        a = "5" + rng.choice(["32", "33", "42", "05", "55", "44"])
        return rng.choice(
            [
                "0%s %s %s %s" % (a, d(3), d(2), d(2)),
                "+90 %s %s %s %s" % (a, d(3), d(2), d(2)),
                "0 (212) %s %s %s" % (d(3), d(2), d(2)),
                "0%s%s%s%s" % (a, d(3), d(2), d(2)),
            ]
        )
    if lang == "cs":
        a = rng.choice(["601", "602", "603", "604", "605", "721", "731", "777", "736"])
        return rng.choice(
            [
                "%s %s %s" % (a, d(3), d(3)),
                "+420 %s %s %s" % (a, d(3), d(3)),
                "+420 222 %s %s" % (d(3), d(3)),
                "00420 %s %s %s" % (a, d(3), d(3)),
            ]
        )
    raise KeyError(lang)


def address_parts(lang, rng, variant):
    n = rng.randint(1, 240)
    if lang == "en":
        if variant == "us":
            city, st, z = rng.choice(US_TOWNS)
            street = "%d %s" % (rng.randint(10, 9899), rng.choice(STREETS["en_us"]))
            if rng.random() < 0.4:
                street += rng.choice(
                    [
                        ", Apt %d%s" % (rng.randint(1, 20), rng.choice("ABCD")),
                        " Unit %d" % rng.randint(1, 300),
                        ", Suite %d" % rng.randint(100, 999),
                        " #%d" % rng.randint(2, 40),
                    ]
                )
            return street, "%s, %s %s%s" % (city, st, z, digits(rng, 2))
        town, pc = rng.choice(UK_TOWNS)
        street = "%d %s" % (n, rng.choice(STREETS["en_uk"]))
        if rng.random() < 0.3:
            street = (
                rng.choice(
                    [
                        "Flat %d, " % rng.randint(1, 12),
                        "Flat %d%s, " % (rng.randint(1, 9), rng.choice("ABC")),
                        "Apartment %d, " % rng.randint(1, 40),
                    ]
                )
                + street
            )
        return street, "%s %s" % (town, pc)
    s = rng.choice(STREETS[lang])
    pc, city = rng.choice(TOWNS[lang])
    if lang == "de":
        street = "%s %d%s" % (s, n, rng.choice(["", "", "", "a", "b"]))
        if rng.random() < 0.25:
            street += rng.choice(
                [", 2. OG", ", 3. OG links", ", Hinterhaus", ", App. %d" % rng.randint(1, 30)]
            )
        return street, "%s %s" % (pc, city)
    if lang == "fr":
        num = str(n) + rng.choice(["", "", "", " bis", " ter"])
        street = rng.choice(["%s, %s", "%s %s"]) % (num, s)
        if rng.random() < 0.2:
            street = rng.choice(["Appt %d, " % rng.randint(1, 60), "Bât. B, "]) + street
        return street, "%s %s" % (pc, city)
    if lang == "es":
        street = rng.choice(["%s %d", "%s, %d", "%s, n.º %d"]) % (s, n)
        if rng.random() < 0.6:
            street += rng.choice(
                [
                    ", %dº %s" % (rng.randint(1, 9), rng.choice("ABCD")),
                    ", %dº izq." % rng.randint(1, 8),
                    ", bajo",
                    ", %d.º %d.ª" % (rng.randint(1, 9), rng.randint(1, 4)),
                ]
            )
        return street, "%s %s" % (pc, city)
    if lang == "it":
        form = rng.randint(0, 2)
        street = ["%s %d" % (s, n), "%s, %d" % (s, n), "%s %d/%s" % (s, n, rng.choice("ABC"))][form]
        if rng.random() < 0.2:
            street += ", int. %d" % rng.randint(1, 20)
        return street, "%s %s" % (pc, city) + rng.choice(["", "", " (%s)" % city[:2].upper()])
    if lang == "pt":
        if rng.random() < 0.35:
            street = "%s, %d" % (
                rng.choice(["Avenida Paulista", "Rua Oscar Freire", "Rua das Flores", "Rua Haddock Lobo"]),
                n * 7,
            )
            if rng.random() < 0.5:
                street += ", apto %d" % rng.randint(11, 190)
            return street, "%s - SP, %s-%s" % (
                rng.choice(["São Paulo"]),
                "01" + digits(rng, 3),
                digits(rng, 3),
            )
        street = rng.choice(["%s %d", "%s, n.º %d"]) % (s, n)
        if rng.random() < 0.5:
            street += rng.choice(
                [", %dº Esq." % rng.randint(1, 8), ", %dº Dto." % rng.randint(1, 8), ", r/c"]
            )
        return street, "%s %s" % (pc, city)
    if lang == "nl":
        street = "%s %d%s" % (s, n, rng.choice(["", "", "", "A", "-II", " bis", "-3"]))
        return street, "%s %s" % (pc, city)
    if lang == "pl":
        form = rng.randint(0, 2)
        street = [
            "%s %d/%d" % (s, n, rng.randint(1, 80)),
            "%s %d m. %d" % (s, n, rng.randint(1, 80)),
            "%s %d" % (s, n),
        ][form]
        return street, "%s %s" % (pc, city)
    if lang == "sv":
        street = "%s %d%s" % (s, n, rng.choice(["", "", "A", " B", ", lgh 1%03d" % rng.randint(1, 999)]))
        return street, "%s %s" % (pc, city)
    if lang == "tr":
        street = rng.choice(["%s No: %d D: %d", "%s No:%d/%d", "%s No. %d Daire %d"]) % (
            s,
            n,
            rng.randint(1, 30),
        )
        return street, "%s %s" % (pc, city)
    if lang == "cs":
        street = rng.choice(["%s %d/%d" % (s, rng.randint(100, 2999), rng.randint(1, 90)), "%s %d" % (s, n)])
        return street, "%s %s" % (pc, city)
    raise KeyError(lang)


def fmt_date(lang, rng, y0, y1, style=None):
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    M = MONTHS[lang][m - 1]
    forms = {
        "en": [
            "%(M)s %(d)d, %(y)d",
            "%(d)d %(M)s %(y)d",
            "%(mm)s/%(dd)s/%(y)d",
            "%(y)d-%(mm)s-%(dd)s",
            "%(dd)s/%(mm)s/%(y)d",
            "%(Ms)s %(d)d %(y)d",
        ],
        "de": ["%(dd)s.%(mm)s.%(y)d", "%(d)d. %(M)s %(y)d", "%(d)d.%(m)d.%(y)d", "%(y)d-%(mm)s-%(dd)s"],
        "fr": ["%(dd)s/%(mm)s/%(y)d", "%(d)d %(M)s %(y)d", "%(dd)s.%(mm)s.%(y)d"],
        "es": ["%(dd)s/%(mm)s/%(y)d", "%(d)d de %(M)s de %(y)d", "%(d)d-%(mm)s-%(y)d"],
        "it": ["%(dd)s/%(mm)s/%(y)d", "%(d)d %(M)s %(y)d", "%(dd)s-%(mm)s-%(y)d"],
        "pt": ["%(dd)s/%(mm)s/%(y)d", "%(d)d de %(M)s de %(y)d", "%(dd)s-%(mm)s-%(y)d"],
        "nl": ["%(dd)s-%(mm)s-%(y)d", "%(d)d %(M)s %(y)d", "%(dd)s/%(mm)s/%(y)d"],
        "pl": ["%(dd)s.%(mm)s.%(y)d", "%(d)d %(M)s %(y)d", "%(dd)s.%(mm)s.%(y)d r."],
        "sv": ["%(y)d-%(mm)s-%(dd)s", "%(d)d %(M)s %(y)d", "%(y)d%(mm)s%(dd)s"],
        "tr": ["%(dd)s.%(mm)s.%(y)d", "%(d)d %(M)s %(y)d", "%(dd)s/%(mm)s/%(y)d"],
        "cs": ["%(d)d. %(m)d. %(y)d", "%(d)d. %(M)s %(y)d", "%(dd)s.%(mm)s.%(y)d"],
    }[lang]
    f = rng.choice(forms)
    out = f % {"M": M, "Ms": M[:3], "d": d, "dd": "%02d" % d, "m": m, "mm": "%02d" % m, "y": y}
    if f.endswith(" r.") and style == "dob":
        out = out[:-3]
    return out


def pick_person(lang, rng):
    origin = lang if rng.random() < 0.65 else rng.choice(FOREIGN)
    entry = NAMES[origin]
    g = rng.choice("mf")
    first = rng.choice(entry[0] if g == "m" else entry[1])
    if g == "f" and len(entry) > 3:
        last = rng.choice(entry[3])
    else:
        last = rng.choice(entry[2])
        if origin in ("pl", "cs") and g == "f":
            last = rng.choice(entry[3])
    return {"first": first, "last": last, "g": g, "origin": origin}


def gen_uuid(rng):
    h = "".join(rng.choice(HEX) for _ in range(32))
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def gen_isbn13(rng):
    body = "978" + digits(rng, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    c = (10 - s % 10) % 10
    full = body + str(c)
    return rng.choice(["%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:8], full[8:12], full[12]), full])


class Ctx:
    def __init__(self, lang, rng, variant):
        self.lang, self.rng, self.variant = lang, rng, variant
        self.persons, self.cache = {}, {}

    def person(self, key):
        if key not in self.persons:
            used = {(p["first"], p["last"]) for p in self.persons.values()}
            while True:
                p = pick_person(self.lang, self.rng)
                if (p["first"], p["last"]) not in used and all(
                    p["first"] != q["first"] for q in self.persons.values()
                ):
                    break
            self.persons[key] = p
        return self.persons[key]

    def get(self, slot):
        """Return (value, label_or_None)."""
        rng, lang = self.rng, self.lang
        m = re.match(r"^(p\d)\.(.+)$", slot)
        if m:
            p = self.person(m.group(1))
            f = m.group(2)
            if f.startswith("g:"):
                a, b = f[2:].split("/")
                return (a if p["g"] == "m" else b), None
            if f == "first":
                return p["first"], "PERSON"
            if f == "first_lc":
                return p["first"].lower(), "PERSON"
            if f == "last":
                return p["last"], "PERSON"
            if f == "full":
                return p["first"] + " " + p["last"], "PERSON"
            if f == "firstlc_last":
                return p["first"].lower() + " " + p["last"], "PERSON"
            if f == "full_lc":
                return (p["first"] + " " + p["last"]).lower(), "PERSON"
            if f == "full_uc":
                return (p["first"] + " " + p["last"]).upper(), "PERSON"
            if f == "lastfirst":
                return p["last"] + ", " + p["first"], "PERSON"
            if f == "ilast":
                return p["first"][0] + ". " + p["last"], "PERSON"
            if f == "hon":
                return rng.choice(HON[lang][0 if p["g"] == "m" else 1]), None
            if f == "honpost":
                return rng.choice(HON_POST_TR[0 if p["g"] == "m" else 1]), None
            if f in ("email", "wemail"):
                if ("em", m.group(1), f) in self.cache:
                    return self.cache[("em", m.group(1), f)], "EMAIL"
                fi, la = fold(p["first"]), fold(p["last"])
                local = rng.choice(
                    [
                        "%s.%s" % (fi, la),
                        "%s%s" % (fi[0], la),
                        "%s_%s" % (fi, la),
                        "%s%s%d" % (fi, la, rng.randint(1, 99)),
                        "%s.%s%d" % (la, fi, rng.randint(70, 99)),
                        "%s%d" % (fi, rng.randint(1980, 2005)),
                    ]
                )
                if f == "wemail":
                    local = rng.choice(["%s.%s" % (fi, la), "%s%s" % (fi[0], la), fi])
                dom = rng.choice(WORK_DOMAINS) if f == "wemail" else rng.choice(EMAIL_DOMAINS[lang])
                v = local + "@" + dom
                self.cache[("em", m.group(1), f)] = v
                return v, "EMAIL"
            raise KeyError(slot)
        if "." in slot:  # cached by full slot name, e.g. "phone.a"
            if slot not in self.cache:
                self.cache[slot] = self.get(slot.split(".")[0])
            return self.cache[slot]
        v = self.variant
        if slot == "email":
            p = pick_person(lang, rng)
            return "%s%s%s@%s" % (
                fold(p["first"]),
                rng.choice([".", "_", ""]),
                fold(p["last"]),
                rng.choice(EMAIL_DOMAINS[lang]),
            ), "EMAIL"
        if slot == "phone":
            return phone(lang, rng, v), "PHONE"
        if slot == "addr":
            a, b = address_parts(lang, rng, v)
            return a + ", " + b, "ADDRESS"
        if slot == "addr_block":
            a, b = address_parts(lang, rng, v)
            return a + "\n" + b, "ADDRESS"
        if slot == "addr_street":
            return address_parts(lang, rng, v)[0], "ADDRESS"
        if slot == "dob":
            return fmt_date(lang, rng, 1944, 2006, "dob"), "DATE_OF_BIRTH"
        if slot == "dob_recent":
            return fmt_date(lang, rng, 2024, 2026, "dob"), "DATE_OF_BIRTH"
        if slot == "dob_iso":
            return "%d-%02d-%02d" % (
                rng.randint(1950, 2005),
                rng.randint(1, 12),
                rng.randint(1, 28),
            ), "DATE_OF_BIRTH"
        if slot == "card":
            kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
            while True:
                if kind == "visa":
                    num = luhn_complete("4" + digits(rng, 5), 16, rng)
                elif kind == "mc":
                    num = luhn_complete(str(rng.randint(51, 55)) + digits(rng, 4), 16, rng)
                elif kind == "mc2":
                    num = luhn_complete(str(rng.randint(2221, 2720)) + digits(rng, 2), 16, rng)
                elif kind == "amex":
                    num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 4), 15, rng)
                else:
                    num = luhn_complete("6011" + digits(rng, 2), 16, rng)
                if num not in TEST_CARD_DIGITS and len(set(num[6:])) > 3:
                    break
            sep = rng.choice([" ", " ", "-", ""])
            if len(num) == 15:
                return sep.join([num[:4], num[4:10], num[10:]]), "CREDIT_CARD"
            return sep.join(num[i : i + 4] for i in range(0, 16, 4)), "CREDIT_CARD"
        if slot == "iban":
            return make_iban(rng.choice(LANG_IBAN[lang]), rng, rng.random() < 0.6), "IBAN"
        if slot == "ssn":
            while True:
                a = rng.randint(1, 899)
                if a != 666:
                    break
            g, s = rng.randint(1, 99), rng.randint(1, 9999)
            if (a, g, s) in ((78, 5, 1120), (123, 45, 6789)):
                s += 1
            return rng.choice(["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d %02d %04d", "%03d%02d%04d"]) % (
                a,
                g,
                s,
            ), "US_SSN"
        if slot == "ip4":
            return rand_public_ipv4(rng), "IP_ADDRESS"
        if slot == "ip6":
            return rand_ipv6(rng), "IP_ADDRESS"
        if slot == "ip":
            return (rand_ipv6(rng) if rng.random() < 0.2 else rand_public_ipv4(rng)), "IP_ADDRESS"
        if slot.startswith("sec_"):
            k = slot[4:]
            if k == "any":
                k = rng.choice(["sk", "ghp", "akia", "xoxb", "jwt", "hex32", "glpat", "stripe", "aiza"])
            return secret(k, rng), "SECRET"
        # ---------------- unlabelled look-alikes ----------------
        if slot == "date":
            return fmt_date(lang, rng, 2023, 2027), None
        if slot == "date_en":
            return fmt_date("en", rng, 2023, 2027), None
        if slot == "oldyear":
            return str(rng.randint(1950, 2005)), None
        if slot == "time":
            return "%02d:%02d" % (rng.randint(7, 20), rng.choice([0, 15, 30, 45, 10, 5])), None
        if slot == "ts":
            return "%d-%02d-%02dT%02d:%02d:%02d%s" % (
                rng.randint(2024, 2026),
                rng.randint(1, 12),
                rng.randint(1, 28),
                rng.randint(0, 23),
                rng.randint(0, 59),
                rng.randint(0, 59),
                rng.choice(["Z", ".%03dZ" % rng.randint(0, 999), "+01:00", ""]),
            ), None
        if slot == "ts_log":
            return "%d-%02d-%02d %02d:%02d:%02d,%03d" % (
                rng.randint(2024, 2026),
                rng.randint(1, 12),
                rng.randint(1, 28),
                rng.randint(0, 23),
                rng.randint(0, 59),
                rng.randint(0, 59),
                rng.randint(0, 999),
            ), None
        if slot == "ver":
            return rng.choice(
                [
                    "%d.%d.%d" % (rng.randint(0, 12), rng.randint(0, 30), rng.randint(0, 99)),
                    "v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 15)),
                    "v%d.%d.%d-rc.%d"
                    % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(1, 5)),
                    "10.0.%d.%d" % (rng.randint(17000, 26100), rng.randint(100, 4999)),
                    "%d.%d.%d.%d"
                    % (rng.randint(1, 130), rng.randint(0, 9), rng.randint(300, 6999), rng.randint(0, 299)),
                    "%d.%d" % (rng.randint(1, 24), rng.randint(0, 12)),
                ]
            ), None
        if slot == "build":
            return rng.choice(
                [
                    "%d" % rng.randint(1000, 99999),
                    "#%d" % rng.randint(100, 9999),
                    "%d.%02d.%d" % (rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 40)),
                ]
            ), None
        if slot == "order":
            return rng.choice(
                [
                    "#%d" % rng.randint(100000, 9999999),
                    "A-%d" % rng.randint(10000, 999999),
                    "ORD-%d-%05d" % (rng.randint(2023, 2026), rng.randint(1, 99999)),
                    "%03d-%07d-%07d"
                    % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999)),
                ]
            ), None
        if slot == "invoice":
            return rng.choice(
                [
                    "INV-%d-%05d" % (rng.randint(2023, 2026), rng.randint(1, 99999)),
                    "RE%d" % rng.randint(10**7, 10**8),
                    "F%d/%04d" % (rng.randint(2023, 2026), rng.randint(1, 9999)),
                ]
            ), None
        if slot == "tracking":
            return rng.choice(
                [
                    "1Z%s%s"
                    % (
                        "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6)),
                        digits(rng, 10),
                    ),
                    "JJD%s" % digits(rng, 16),
                    "3S%s%s"
                    % ("".join(rng.choice(string.ascii_uppercase) for _ in range(4)), digits(rng, 8)),
                    "%s%s%s"
                    % (
                        rng.choice(["LX", "RR", "CP", "LZ"]),
                        digits(rng, 9),
                        rng.choice(["DE", "NL", "PL", "FR", "CN", "GB"]),
                    ),
                    digits(rng, 12),
                    "00%s" % digits(rng, 18),
                ]
            ), None
        if slot == "isbn":
            return gen_isbn13(rng), None
        if slot == "sha":
            return "".join(rng.choice(HEX) for _ in range(40)), None
        if slot == "sha7":
            return "".join(rng.choice(HEX) for _ in range(7)), None
        if slot == "sha256":
            return "".join(rng.choice(HEX) for _ in range(64)), None
        if slot == "md5":
            return "".join(rng.choice(HEX) for _ in range(32)), None
        if slot == "uuid":
            return gen_uuid(rng), None
        if slot == "testcard":
            return rng.choice(TEST_CARDS), None
        if slot == "docip":
            return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254)), None
        if slot == "docip6":
            return "2001:db8:%x::%x" % (rng.randint(0, 0xFFFF), rng.randint(1, 0xFFF)), None
        if slot == "sku":
            return rng.choice(
                [
                    "SKU-%s-%d"
                    % ("".join(rng.choice(string.ascii_uppercase) for _ in range(3)), rng.randint(100, 9999)),
                    "%s%d-%s"
                    % (
                        rng.choice(["BX", "TR", "KL", "MZ"]),
                        rng.randint(10, 999),
                        rng.choice(["BLK", "WHT", "RED", "42", "XL"]),
                    ),
                    "%d-%d" % (rng.randint(10000, 99999), rng.randint(100, 999)),
                ]
            ), None
        if slot == "ticket":
            return rng.choice(
                [
                    "#%d" % rng.randint(10000, 999999),
                    "TCK-%d" % rng.randint(1000, 99999),
                    "%s-%d" % (rng.choice(["SUP", "OPS", "INC", "HR", "BUG"]), rng.randint(100, 9999)),
                ]
            ), None
        if slot == "numid":
            return digits(rng, rng.choice([9, 10, 11, 12])), None
        if slot == "company":
            return rng.choice(COMPANIES), None
        if slot == "product":
            return rng.choice(PRODUCTS), None
        if slot == "city":
            return rng.choice(CITIES[lang]), None
        if slot == "country":
            if lang == "en":
                return rng.choice(["USA", "United States"] if v == "us" else ["United Kingdom", "UK"]), None
            return rng.choice(COUNTRY[lang]), None
        if slot == "famous":
            return rng.choice(FAMOUS[lang]), None
        if slot == "holiday":
            return rng.choice(HOLIDAYS[lang]), None
        if slot == "street_only":
            if lang == "en":
                return rng.choice(STREETS["en_us" if v == "us" else "en_uk"]), None
            return rng.choice(STREETS[lang]), None
        if slot == "amount":
            return rng.choice(
                [
                    "%d.%02d" % (rng.randint(3, 2500), rng.randint(0, 99)),
                    "%d,%02d" % (rng.randint(3, 2500), rng.randint(0, 99)),
                ]
            ), None
        if slot == "int":
            return str(rng.randint(2, 48)), None
        if slot == "port":
            return str(rng.choice([5432, 3306, 6379, 8080, 443, 27017, 9200, 5672])), None
        if slot == "hour":
            return str(rng.randint(8, 18)), None
        if slot == "pct":
            return str(rng.randint(5, 95)), None
        raise KeyError(slot)


SLOT_RE = re.compile(r"\[\[([^\[\]]+)\]\]")
CHOICE_RE = re.compile(r"\{\{([^{}]*)\}\}")


def render(tpl, lang, rng):
    while True:
        m = CHOICE_RE.search(tpl)
        if not m:
            break
        tpl = tpl[: m.start()] + rng.choice(m.group(1).split("|")) + tpl[m.end() :]
    if "[[ssn" in tpl or "[[us]]" in tpl:
        variant = "us"
    elif "[[uk]]" in tpl:
        variant = "uk"
    else:
        variant = rng.choice(["us", "uk"])
    tpl = tpl.replace("[[us]]", "").replace("[[uk]]", "")
    ctx = Ctx(lang, rng, variant)
    out, spans, inserted, pos, cur = [], [], [], 0, 0
    for m in SLOT_RE.finditer(tpl):
        lit = tpl[cur : m.start()]
        out.append(lit)
        pos += len(lit)
        val, typ = ctx.get(m.group(1))
        if typ:
            spans.append({"start": pos, "end": pos + len(val), "type": typ})
            inserted.append(val)
        out.append(val)
        pos += len(val)
        cur = m.end()
    out.append(tpl[cur:])
    return "".join(out), spans, inserted


# ---------------------------------------------------------------------------
# Templates. [[slot]] = generated value (labelled or not, see Ctx.get);
# {{a|b|c}} = random literal choice; pN.g:x/y = gendered literal (unlabelled).
# ---------------------------------------------------------------------------
TEMPLATES = []  # (lang, style, is_negative, template)


def P(lang, style, *tpls):
    for t in tpls:
        TEMPLATES.append((lang, style, False, t))


def N(lang, style, *tpls):
    for t in tpls:
        TEMPLATES.append((lang, style, True, t))


# ------------------------------- English ----------------------------------
P(
    "en",
    "chat",
    "hey [[p1.first_lc]], can you send me {{your|ur}} new number? mine is [[phone]] now",
    "Just talked to [[p1.full]], [[p1.g:he/she]] said to email [[p1.g:him/her]] at [[p1.email]] {{before Friday|asap|tonight}}.",
    "Will do! I'll ping [[p1.first]] about the {{release notes|invoice|venue}} {{later|tomorrow morning}}.",
    "Can you grant access to the {{staging|billing}} dashboard for [[p1.full]]? {{Thanks!|ty}}",
    "[[p1.first]]'s new place is [[addr]], party starts at [[time]] 🎉",
    "lol [[p1.first_lc]] just told the whole team [[p1.g:his/her]] password is [[sec_pwd]] 🙈",
    "Mark the date: [[date_en]]! [[p1.first]] and [[p2.first]] are hosting {{the BBQ|a housewarming}}.",
    "@[[p1.first_lc]] reminder: your {{dentist|vet|MOT}} got moved to [[date_en]] at [[time]]",
    "my card keeps getting declined, can you try it on your end? [[card]] exp {{08/27|11/26|03/28}}",
    "Who's [[p1.full]]? [[p1.g:He/She]] keeps calling me from [[phone]]",
    "ok so [[p1.firstlc_last]] is the new landlord, rent goes to [[iban]] from next month",
    "Happy birthday [[p1.first]]!! 🎂 hope {{it's a good one|you get spoiled}}",
    "Hope you're feeling better, [[p1.first]]. The bill for the {{repairs|dinner}} came to £[[amount]], no rush.",
    "[[p1.first]] pls don't paste AWS keys in #general again 😅 ([[sec_akia]])",
    "me and [[p1.first_lc]] are at [[addr_street]], come over whenever",
    "Met with [[p1.full]] and [[p2.full]] re: the {{Q3 budget|migration|offsite}}, notes are in the doc.",
    "the wifi password is [[sec_pwd]] btw, router's behind the {{TV|bookshelf}}",
    "[[p1.first]]'s DOB is [[dob]] if you need it for the {{flight booking|insurance form}}",
    "Rose gold or silver for [[p1.first]]'s present? {{I'm torn|thoughts?}}",
    "thanks [[p1.first_lc]]!! also tell [[p2.first_lc]] i said hi",
    "Can someone add [[p1.full]] ([[p1.wemail]]) to the {{on-call|release}} rota? Will do it myself otherwise.",
    "Sent £[[amount]] to [[p1.first]], [[p1.g:his/her]] account is [[iban]] if anyone else wants to chip in",
    "New phone who dis 😂 jk it's [[p1.first]], save this number: [[phone]]",
    "[[p1.first]] said the spare key is with the neighbour at [[addr_street]]",
    "Is [[p1.full]] still at [[p1.email]] or did [[p1.g:he/she]] change jobs?",
    "FYI [[p1.full]] from [[company]] will join at [[time]], [[p1.g:his/her]] mobile is [[phone]]",
    "just got a text from [[phone]] saying it's [[p1.first]] from the bank lol, scam for sure",
    "[[p1.first_lc]] u still need my address? it's [[addr]]",
    "My home IP keeps changing, today it's [[ip]]. Can you add it to the allowlist, [[p1.first]]?",
    "Grant access to [[p1.first]] for the shared drive? [[p1.g:He/She]] starts on [[date_en]].",
    "{{Congrats|Well done}} [[p1.first]] and [[p2.first]] on the new baby! Born on [[dob_recent]] at [[time]], 3.4kg 💕",
    "ugh [[p1.first_lc]] sent the stripe key in plain text: [[sec_stripe]], someone rotate pls",
    "Was it [[p1.first]] or [[p2.first]] who took the [[product]] home?",
    "Spoke to [[p1.hon]] [[p1.last]] next door, [[p1.g:he/she]]'ll take the parcel in. Will check with [[p2.first]] too.",
)
N(
    "en",
    "chat",
    "Mark the date: [[date_en]] is the {{launch|offsite|hackathon}}. Will do the slides tonight.",
    "Updated to [[ver]] and now the app crashes on startup, rolling back to [[ver]]",
    "Use test card [[testcard]] with any future expiry and CVC {{123|000}} on the sandbox checkout.",
    "the server at [[docip]] is just the example from the docs, don't bother pinging it",
    "Order [[order]] still says 'label created', tracking [[tracking]] hasn't moved since [[date_en]]",
    "Grant access to the repo for the contractors? May need sign-off from finance first.",
    "[[famous]] Anyway, quiz night is [[date_en]] at [[time]].",
    "commit [[sha]] broke the build ([[build]]), reverting now",
    "anyone else's [[product]] stuck on firmware [[ver]]?",
    "Hope the {{Easter|Christmas}} rush at [[company]] isn't too bad this year",
    "Rose gold [[product]] is back in stock, SKU [[sku]]",
    "ISBN [[isbn]] is the {{2nd|3rd}} edition, not the one the course wants",
    "Meeting moved to [[date_en]] at [[time]], room {{4.12|B201}}, dial-in code [[numid]]",
    "The outage started at [[ts]]; trace id [[uuid]].",
    "We're flying into [[city]] on [[date_en]] and staying somewhere near [[street_only]].",
    "Can you bill the client for [[int]] hours? Deadline is [[date_en]].",
    "Will do, I'll rebase on [[sha7]] and push [[ver]] after lunch",
    "{{Hope|Faith}} is a nice name for a boat tbh",
    "We watched a documentary last night. [[famous]]",
    "My flight to [[city]] is [[date_en]], gate closes at [[time]]. Booking ref {{XK7Q2M|B9TTRA|QW3PLZ}}.",
    "is it just me or did [[company]] bump the price of the [[product]] again? [[amount]] now",
    "lmk if the uuid [[uuid]] shows up in your logs too",
)
P(
    "en",
    "oneliner",
    "Call me on [[phone]].",
    "DOB: [[dob]]",
    "Ship to: [[addr]]",
    "Contact: [[p1.full]] <[[p1.email]]>",
    "IBAN [[iban]] (account holder [[p1.full]])",
    "SSN [[ssn]] for the W-4, thanks",
    "My IP is [[ip]] if you need to whitelist it.",
    "token: [[sec_hex32]]",
    "pw is [[sec_pwd]]",
    "cc'ing [[p1.full]] here",
    "Born [[dob]] in [[city]].",
    "Forward to [[p1.email]] please.",
)
N(
    "en",
    "oneliner",
    "Version [[ver]] released on [[date_en]].",
    "Ref [[invoice]], due [[date_en]]",
    "Tracking: [[tracking]]",
    "SHA256: [[sha256]]",
    "md5 [[md5]]  firmware-[[ver]].bin",
    "Test card: [[testcard]] (Stripe sandbox only)",
    "Example hosts: [[docip]] and [[docip6]]",
    "Store hours over [[holiday]]: [[hour]]:00–[[hour]]:00.",
)
P(
    "en",
    "email",
    "Hi [[p1.first]],\n\nThanks for {{your time on the call|sending the contract over}}. As discussed, please update my details:\n\nNew address:\n[[addr_block]]\n[[country]]\n\nPhone: [[phone]]\n\nBest regards,\n[[p2.full]]\n[[company]]",
    "Dear [[p1.hon]] [[p1.last]],\n\nWe are writing to confirm your appointment on [[date_en]] at [[time]] at our [[city]] clinic. Please bring photo ID and your insurance card. If you need to reschedule, reply to this email or call [[phone]].\n\nKind regards,\n[[p2.first]]\nPatient Services, [[company]]",
    "Hello [[p1.first]],\n\nHR needs the following to finish your onboarding:\n- Legal name: [[p1.full]]\n- SSN: [[ssn]]\n- Date of birth: [[dob]]\n- Home address: [[addr]]\n\nPlease reply by [[date_en]]. {{Thanks|Cheers}},\n[[p2.full]]\nPeople Ops",
    "Hi team,\n\nQuick update on release [[ver]]: build [[build]] passed QA on [[date_en]]. [[p1.first]] will handle the rollout and [[p2.full]] is on call this weekend ([[phone]]).\n\nThanks,\n[[p3.first]]",
    "Dear Support,\n\nI returned order [[order]] on [[date_en]] but still haven't received my refund. Please transfer it to my account: [[iban]] (account holder: [[p1.full]]).\n\nYou can also reach me at [[p1.email]].\n\nSincerely,\n[[p1.full]]",
    "---------- Forwarded message ---------\nFrom: [[p1.full]] <[[p1.wemail]]>\nDate: [[date_en]]\nSubject: Re: {{access request|laptop handover}}\nTo: [[p2.full]] <[[p2.wemail]]>\n\nHi [[p2.first]],\n\nPlease grant access to the finance share for [[p3.full]]. [[p3.g:He/She]] starts on [[date_en]]; personal mobile is [[phone]] in case IT needs to reach [[p3.g:him/her]] before then.\n\nThanks\n[[p1.first]]\n\n> On [[date_en]], [[p2.first]] wrote:\n> Can you confirm who needs access and from when?",
    "Hi [[p1.first]],\n\nAs promised, here are the login details for the test environment. Username: qa-bot, password: [[sec_pwd]]. The box is at [[ip4]] (not the [[docip]] address from the wiki, that one is just an example).\n\nPlease don't forward this.\n\n[[p2.first]]",
    "Dear [[p1.hon]] [[p1.last]],\n\nThank you for your application for the position of {{Data Analyst|Store Manager|Staff Nurse}}. We would like to invite you to an interview on [[date_en]] at [[time]] at our office on [[street_only]].\n\nPlease confirm by replying to this email.\n\nYours sincerely,\n[[p2.full]]\nTalent Acquisition | [[company]]\nDirect: [[phone]]",
    "Hey [[p1.first_lc]],\n\nlong time! we're finally back from [[city]]. new address is [[addr]] and my email changed to [[p2.email]]. come visit when you're around.\n\nxx [[p2.first]]",
)
N(
    "en",
    "email",
    "Hi all,\n\nThe [[company]] newsletter for [[date_en]]: version [[ver]] of the app is out, with fixes for the [[product]] sync issue. Release notes: build [[build]], commit [[sha7]].\n\nThis month's trivia: [[famous]]\n\nSee you at the {{town hall|all-hands}} on [[date_en]].\n\nThe Comms Team",
    "Hello,\n\nYour invoice [[invoice]] dated [[date_en]] for order [[order]] is attached. Amount due: €[[amount]]. Payment reference: [[numid]].\n\nKind regards,\nAccounts Receivable\n[[company]]",
    "Hi everyone,\n\nReminder that the office is closed for [[holiday]]. Support tickets raised between [[date_en]] and [[date_en]] will be answered when we're back. For testing payments, please keep using [[testcard]] in the sandbox, never a real card.\n\nThanks,\nIT Service Desk",
)
P(
    "en",
    "ticket",
    "Ticket [[ticket]] | Priority: {{High|Medium|Low}}\nReporter: [[p1.full]] ([[p1.wemail]])\nSubject: Can't log in after update to [[ver]]\n\nUser reports login fails from IP [[ip4]]. Reset requested. Callback number: [[phone]].",
    "Customer [[p1.full]] says the charge on card [[card]] appeared twice on [[date_en]]. Order [[order]]. Please refund one of them.",
    "[[ticket]] Address change\nUser emailed from [[p1.email]] asking to change the delivery address to [[addr]]. Verified with DOB [[dob]]. Done by [[p2.first]].",
    "INC [[ticket]]: an engineer pasted a GitHub token ([[sec_ghp]]) into a public issue at [[ts]]. Token revoked by [[p1.full]], audit log attached.",
    "Ticket [[ticket]]\nStatus: Open\nRequester: [[p1.hon]] [[p1.last]]\nDescription: VPN drops every ~10 min. Client version [[ver]], public IP [[ip]], ISP router model {{TP-Link AX55|FritzBox 7590}}.\nAssigned: [[p2.first]]",
)
N(
    "en",
    "ticket",
    "[[ticket]] Crash on launch\nEnvironment: Windows [[ver]], app [[ver]]\nSteps: open Settings > Sync\nExpected: no crash\nCrash id: [[uuid]]\nFirst seen: [[ts]]",
    "[[ticket]] Payment fails in sandbox\nUsing test card [[testcard]] returns 'card_declined'. Endpoint resolves to [[docip]]. Reproduced on [[date_en]] with build [[build]].",
    "[[ticket]] Wrong item shipped\nOrder [[order]], SKU [[sku]] ordered, received [[sku]] instead. Return label requested, RMA [[numid]].",
)
P(
    "en",
    "form",
    "Name: [[p1.full]]\nDOB: [[dob]]\nEmail: [[p1.email]]\nPhone: [[phone]]\nAddress: [[addr]]\nMembership no.: [[numid]]",
    "APPLICANT INFORMATION\nFirst name: [[p1.first]]\nLast name: [[p1.last]]\nDate of birth: [[dob]]\nSSN: [[ssn]]\nStreet: [[addr_street]]\nCell: [[phone]]\nSigned: [[date_en]]",
    "full_name=[[p1.full]]&email=[[p1.email]]&card_number=[[card]]&exp=08%2F27&promo=SPRING{{24|25}}",
    "Emergency contact form\nEmployee: [[p1.full]]\nContact name: [[p2.full]]\nRelationship: {{Spouse|Sister|Friend|Father}}\nContact phone: [[phone]]\nSecondary phone: [[phone]]",
    "--- Payment details ---\nCardholder: [[p1.full_uc]]\nCard: [[card]]\nBilling address: [[addr]]\nOrder total: $[[amount]]",
)
N(
    "en",
    "form",
    "Order no.: [[order]]\nOrder date: [[date_en]]\nSKU: [[sku]]\nQty: [[int]]\nCarrier: {{DHL|UPS|Royal Mail}}\nTracking: [[tracking]]\nStatus: Shipped",
    "Device: [[product]]\nOS build: [[ver]]\nSerial: {{C02XK1ZZJG5J|R58N91ABCDE|PF3KX2LM}}\nPurchase date: [[date_en]]\nWarranty until: [[date_en]]",
)
P(
    "en",
    "crm",
    "Called [[p1.full]] ({{prospect|existing customer}}) on [[date_en]]. Interested in the {{premium|team}} plan. Follow-up [[date_en]]. Mobile [[phone]]. Prefers email: [[p1.email]].",
    "Account: [[company]] | Contact: [[p1.hon]] [[p1.last]] | Left voicemail. Will try again next week. Assistant [[p2.first]] picked up once.",
    "Note from [[p1.first]]: customer [[p2.full]] moved to [[addr]]; billing updated. Renewal due [[date_en]].",
    "[[date_en]] – [[p1.full]] complained about {{late delivery|a damaged item}} on [[order]]. Offered 10% voucher. Escalated to [[p2.first]].",
)
N(
    "en",
    "crm",
    "Deal [[numid]] moved to 'Negotiation'. Value: $[[amount]]. Close date: [[date_en]]. Competitor: [[company]].",
    "Lead source: webinar on [[date_en]]. Segment: SMB. Region: [[city]]. Next step: send pricing for [[product]].",
)
P(
    "en",
    "code",
    "DATABASE_URL=postgres://app_user:[[sec_dbpwd]]@db-prod-{{1|2|3}}.internal:[[port]]/orders\nREDIS_URL=redis://cache.internal:6379/0\nLOG_LEVEL=info",
    "export AWS_ACCESS_KEY_ID=[[sec_akia]]\nexport AWS_SECRET_ACCESS_KEY=[[sec_awssec]]\nexport AWS_DEFAULT_REGION={{eu-west-1|us-east-1}}",
    'openai.api_key = "[[sec_sk]]"  # TODO move to env',
    'curl -H "Authorization: Bearer [[sec_jwt]]" https://api.{{norvik-software.com|quaycode.dev}}/v2/users/me',
    "[[ts_log]] INFO  auth: login ok user=[[p1.email]] ip=[[ip4]] session=[[uuid]]",
    '[[ip]] - - [{{12/Mar/2025:10:41:07 +0000|03/Jan/2026:22:15:43 +0100}}] "GET /account/settings HTTP/1.1" 200 5123 "-" "Mozilla/5.0"',
    'slack:\n  bot_token: "[[sec_xoxb]]"\n  channel: "#alerts"\n  owner: [[p1.full]]',
    'users = [\n    {"name": "[[p1.full]]", "email": "[[p1.email]]", "phone": "[[phone]]"},\n    {"name": "[[p2.full]]", "email": "[[p2.email]]", "phone": "[[phone]]"},\n]',
    "WARN [[ts_log]] payment-svc: card [[card]] rejected (AVS mismatch) customer_id=[[numid]]",
    "token: [[sec_hex32]]\nchecksum_md5: [[md5]]\nversion: [[ver]]",
    "GITLAB_TOKEN=[[sec_glpat]]\nCI_COMMIT_SHA=[[sha]]",
    'const firebaseConfig = { apiKey: "[[sec_aiza]]", projectId: "velomarkt-prod" };',
    "sshd[{{2231|1874|30911}}]: Failed password for invalid user admin from [[ip4]] port {{50522|41122}} ssh2",
    "nginx: *{{4412|9981}} upstream timed out (110) while reading response header from upstream, client: [[ip6]], server: shop.velomarkt.nl",
    "# seed data\nINSERT INTO customers (name, dob, email) VALUES ('[[p1.full]]', '[[dob_iso]]', '[[p1.email]]');",
    "git remote set-url origin https://oauth2:[[sec_ghp]]@github.com/quaycode/infra.git",
    "mysql -h [[ip4]] -u reporting -p'[[sec_dbpwd]]' analytics",
    '# TODO(@[[p1.first_lc]]): remove before merge\nSTRIPE_KEY = "[[sec_stripe]]"',
    '{"level":"error","ts":"[[ts]]","msg":"signup failed","email":"[[p1.email]]","remote_addr":"[[ip]]","request_id":"[[uuid]]"}',
)
N(
    "en",
    "code",
    'FROM python:3.11-slim\nRUN pip install requests==[[ver]]\nLABEL version="[[ver]]" commit="[[sha]]"',
    "server {\n  listen 80;\n  server_name example.com;\n  # example upstream from the docs\n  location / { proxy_pass http://[[docip]]:8080; }\n}",
    "[[ts_log]] ERROR worker-3 job=[[uuid]] failed after [[int]] retries (exit code 137)",
    '# use the public test card [[testcard]] for local runs\nstripe.PaymentIntent.create(amount=2000, currency="eur", payment_method="pm_card_visa")',
    '"dependencies": {\n  "react": "^18.2.0",\n  "lodash": "[[ver]]"\n},\n"checksum": "sha256:[[sha256]]"',
    "$ ping6 [[docip6.a]]\nPING [[docip6.a]] 56 data bytes\n--- ping statistics --- 3 packets transmitted, 0 received",
    'db:\n  host: db.internal\n  user: app\n  password: ${DB_PASSWORD}  # injected from vault at deploy time\napi_key: "<YOUR_API_KEY>"',
    "$ git log --oneline\n[[sha7]] Fix null check in parser\n[[sha7]] Bump version to [[ver]]\n[[sha7]] Merge pull request #[[int]] from feature/retry",
    "ip addr add [[docip]]/24 dev eth0   # documentation range, replace with your own",
    'uuid = "[[uuid]]"\nbuild_number = [[int]]0[[int]]\nrelease_date = "[[date_en]]"',
)
P(
    "en",
    "shipping",
    "Your parcel [[tracking]] will be delivered {{today|tomorrow}} between [[time]] and [[time]] to [[addr]]. Recipient: [[p1.full]].",
    "Hi [[p1.first]], driver here, I'm outside [[addr_street]] but no one's answering. Call me back on [[phone]].",
    "Delivery note\nDeliver to: [[p1.full]]\n[[addr_block]]\n[[country]]\nTel: [[phone]]\nOrder: [[order]]",
    "We tried to deliver your {{package|parcel}} to [[addr]] at [[time]]. It has been left with your neighbour [[p1.hon]] [[p1.last]].",
)
N(
    "en",
    "shipping",
    "Your order [[order]] has shipped! Track it with {{DHL|UPS|DPD|Evri}}: [[tracking]]. Estimated delivery: [[date_en]].",
    "Parcel locker at the [[company]] store on [[street_only]]: pickup code [[numid]], available until [[date_en]].",
    "Delay notice: due to [[holiday]], deliveries to [[city]] may take [[int]] extra days. Shipment [[tracking]] is on its way.",
)
P(
    "en",
    "hr_medical",
    "Intake note [[date_en]]\nPatient: [[p1.full]], DOB [[dob]]\nReferred by [[p2.hon]] [[p2.last]] for {{recurring migraines|lower back pain|follow-up after knee surgery}}. Allergies: {{penicillin|none known|latex}}.\nEmergency contact: [[p3.full]] (partner), [[phone]].",
    "New hire: [[p1.full]] starts [[date_en]] in {{Finance|Engineering|the warehouse}}. Manager: [[p2.full]]. Payroll IBAN [[iban]]. Home: [[addr]].",
    "Benefits enrollment – employee [[p1.lastfirst]] – SSN [[ssn]] – dependent: [[p2.first]] (DOB [[dob]])",
    "Triage: [[p1.full]], {{34|52|67|29}}y, presents with chest pain since [[time]]. Date of birth [[dob]]. GP: [[p2.hon]] [[p2.last]]. Next of kin phone [[phone]].",
    "Sick note received from [[p1.full]] for [[date_en]]–[[date_en]]. Return-to-work meeting booked with [[p2.first]].",
)
N(
    "en",
    "hr_medical",
    "Reminder: flu vaccination clinic on [[date_en]], [[time]]–[[time]], room {{2.14|G05}}. Bring your staff ID. Questions to the wellbeing team.",
    "Policy update [[ver]]: annual leave requests for [[holiday]] must be submitted before [[date_en]]. Reference HR-[[int]].",
)
P(
    "en",
    "transcript",
    "[[time]] Agent: Thank you for calling [[company]], my name is [[p1.first]]. Can I take your full name?\n[[time]] Caller: It's [[p2.full]].\n[[time]] Agent: Thanks. And your date of birth?\n[[time]] Caller: [[dob]].\n[[time]] Agent: And the first line of your address?\n[[time]] Caller: [[addr_street]].\n[[time]] Agent: Perfect, you're verified. How can I help?\n[[time]] Caller: I need to update my card, the new one is [[card]].",
    "[[p1.first_lc]]: did you deploy?\n[[p2.first_lc]]: yes, [[ver]] is live\n[[p1.first_lc]]: the staging db password is still [[sec_pwd]] right?\n[[p2.first_lc]]: yep, rotating it {{tomorrow|after the freeze}}\n[[p1.first_lc]]: will do the announcement then",
    "Customer: hi, I never got my refund\nBot: I can help with that. What's the email on the account?\nCustomer: [[p1.email]]\nBot: Thanks. I found order [[order]]. Where should we send the replacement?\nCustomer: [[addr]]\nBot: Done! You'll get a confirmation shortly.\nCustomer: thx. also my number changed, it's [[phone]]",
    "[Pasted from Teams]\n[[p1.full]] [[time]]\nanyone have the prod api key? the old one got revoked\n[[p2.full]] [[time]]\nuse this for now: [[sec_sk]]\n[[p1.full]] [[time]]\nthanks! will do the rotation friday\n[[p3.full]] [[time]]\nplease don't share keys in chat 🙃",
)
N(
    "en",
    "transcript",
    "User: what's the default gateway in the tutorial?\nBot: The tutorial uses [[docip]] as an example address.\nUser: and the sample IPv6?\nBot: [[docip6]]. Both are reserved for documentation.\nUser: thx, and which version is the tutorial for?\nBot: [[ver]].",
    "Q: Which card do I use to test checkout?\nA: Use [[testcard]] with any CVC.\nQ: And the order number format?\nA: Like [[order]], generated on payment.\nQ: Will do, thanks.",
)

# ------------------------------- German -----------------------------------
P(
    "de",
    "chat",
    "Hey [[p1.first_lc]], kannst du mir deine neue Nummer schicken? Meine ist jetzt [[phone]]",
    "Hab gerade mit [[p1.full]] telefoniert, schick [[p1.g:ihm/ihr]] die Unterlagen an [[p1.email]].",
    "[[p1.first]]s neue Adresse ist [[addr]], Einweihungsparty am Samstag ab [[time]] 🎉",
    "Kannst du [[p1.g:Herrn/Frau]] [[p1.last]] sagen, dass der Termin auf den [[date]] verschoben wurde?",
    "Miete bitte ab nächsten Monat an [[iban]] überweisen, Kontoinhaber [[p1.full]].",
    "lol [[p1.first_lc]] hat das WLAN-Passwort in die Gruppe geschrieben: [[sec_pwd]]",
    "Treffen uns bei [[p1.first]], Adresse [[addr_street]], klingel bei [[p1.last]]",
    "[[p1.first]] ist am [[dob]] geboren, brauchst du für die Buchung, oder?",
    "Danke [[p1.first]]! Grüß [[p2.first]] von mir 😊",
)
N(
    "de",
    "chat",
    "Update auf [[ver]] installiert und jetzt stürzt die App ständig ab, zurück auf [[ver]]",
    "Bestellung [[order]] hängt seit [[date]] bei 'in Zustellung', Sendungsnummer [[tracking]]",
    "[[famous]] Übrigens: Quizabend ist am [[date]] um [[time]] Uhr.",
    "Mark, die Währung, gibt's seit [[oldyear]] nicht mehr als Zahlungsmittel 😄 Rechnung [[invoice]] ist in Euro.",
    "Wir fahren über [[holiday]] nach [[city]] und wohnen irgendwo in der Gegend um [[street_only]].",
)
P(
    "de",
    "email",
    "Sehr geehrte Damen und Herren,\n\nbitte ändern Sie meine Anschrift wie folgt:\n\n[[p1.full]]\n[[addr_block]]\n[[country]]\n\nTelefon: [[phone]]\nE-Mail: [[p1.email]]\n\nMit freundlichen Grüßen\n[[p1.full]]",
    "[[p1.g:Sehr geehrter Herr/Sehr geehrte Frau]] [[p1.last]],\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie am [[date]] um [[time]] Uhr zu einem Gespräch ein. Bei Rückfragen erreichen Sie mich unter [[phone]].\n\nMit freundlichen Grüßen\n[[p2.full]]\nPersonalabteilung, [[company]]",
    "Hallo [[p1.first]],\n\nanbei die Zugangsdaten für den Testserver ([[ip4]]): Benutzer deploy, Passwort [[sec_pwd]]. Bitte nicht weiterleiten.\n\nViele Grüße\n[[p2.first]]",
)
N(
    "de",
    "email",
    "Hallo zusammen,\n\nVersion [[ver]] ist seit [[date]] verfügbar (Build [[build]], Commit [[sha7]]). Die Rechnung [[invoice]] für die Lizenzen von [[company]] liegt in der Ablage.\n\nViele Grüße\nIhr IT-Team",
)
P(
    "de",
    "form",
    "Name: [[p1.last]]\nVorname: [[p1.first]]\nGeb.: [[dob]]\nAnschrift: [[addr]]\nTel.: [[phone]]\nIBAN: [[iban]]",
    "Kundennr.: [[numid]]\nAnsprechpartner: [[p1.hon]] [[p1.full]]\nGeburtsdatum: [[dob]]\nE-Mail: [[p1.email]]\nKreditkarte: [[card]]",
)
P(
    "de",
    "shipping",
    "Ihr Paket [[tracking]] wird heute zwischen [[time]] und [[time]] an [[addr]] zugestellt. Empfänger: [[p1.full]].",
    "Hallo, hier ist Ihr Fahrer. Ich stehe vor der [[addr_street]], aber niemand öffnet. Bitte rufen Sie mich an: [[phone]].",
)
N(
    "de",
    "shipping",
    "Ihre Bestellung [[order]] wurde versendet. Sendungsverfolgung: [[tracking]]. Voraussichtliche Zustellung: [[date]].",
)
P(
    "de",
    "hr_medical",
    "Aufnahmebogen [[date]]\nPatient: [[p1.full]], geb. [[dob]]\nÜberweisung durch [[p2.hon]] [[p2.last]] wegen {{Rückenschmerzen|Migräne|Schwindel}}.\nNotfallkontakt: [[p3.full]], [[phone]]",
    "Neue Mitarbeiterin/neuer Mitarbeiter: [[p1.full]], Eintritt [[date]], Abteilung {{Vertrieb|Logistik|IT}}. Gehaltskonto [[iban]]. Wohnanschrift: [[addr]].",
)
P(
    "de",
    "crm",
    "Telefonat mit [[p1.hon]] [[p1.last]] ([[company]]) am [[date]]: Interesse an Angebot, Rückruf unter [[phone]] vereinbart.",
)
N(
    "de",
    "crm",
    "Angebot [[invoice]] an [[company]] verschickt, Volumen [[amount]] €, Entscheidung bis [[date]]. Ansprechpartner noch offen.",
)
P(
    "de",
    "oneliner",
    "Geb. am [[dob]] in [[city]].",
    "Ruf mich an: [[phone]]",
)
N(
    "de",
    "oneliner",
    "Rechnung [[invoice]] vom [[date]], fällig am [[date]].",
    "Testkarte für die Sandbox: [[testcard]]",
)
P(
    "de",
    "transcript",
    "Kunde: Hallo, mein Name ist [[p1.full]].\nAgent: Guten Tag! Können Sie mir Ihr Geburtsdatum nennen?\nKunde: [[dob]].\nAgent: Danke. Und die Postleitzahl und Straße?\nKunde: [[addr]].\nAgent: Alles klar, ich habe Sie gefunden.",
)

# ------------------------------- French -----------------------------------
P(
    "fr",
    "chat",
    "Salut [[p1.first_lc]], tu peux m'envoyer ton nouveau numéro ? Le mien c'est [[phone]]",
    "J'ai eu [[p1.full]] au téléphone, [[p1.g:il/elle]] attend ton mail sur [[p1.email]].",
    "La nouvelle adresse de [[p1.first]] : [[addr]]. On se retrouve là-bas vers [[time]] ?",
    "Tu peux prévenir [[p1.hon]] [[p1.last]] que le rendez-vous est décalé au [[date]] ?",
    "[[p1.first]] est [[p1.g:né/née]] le [[dob]], il faut le mettre sur le formulaire de la mutuelle",
    "lol [[p1.first_lc]] a mis le mot de passe du wifi dans le groupe : [[sec_pwd]]",
    "Merci [[p1.first]] ! Et bises à [[p2.first]] 😘",
    "Pour le loyer, c'est sur [[iban]] au nom de [[p1.full]].",
)
N(
    "fr",
    "chat",
    "Mise à jour vers la [[ver]] et l'appli plante au démarrage, retour à la [[ver]]",
    "Commande [[order]] toujours bloquée, suivi [[tracking]] depuis le [[date]]",
    "[[famous]] Sinon la soirée quiz c'est le [[date]] à [[time]].",
    "On part à [[city]] pour [[holiday]], l'hôtel est [[street_only]].",
)
P(
    "fr",
    "email",
    "Bonjour [[p1.hon]] [[p1.last]],\n\nNous vous confirmons votre rendez-vous du [[date]] à [[time]] à notre cabinet de [[city]]. En cas d'empêchement, merci d'appeler le [[phone]].\n\nCordialement,\n[[p2.full]]\nSecrétariat médical",
    "Madame, Monsieur,\n\nSuite à mon déménagement, merci de noter ma nouvelle adresse :\n\n[[p1.full]]\n[[addr_block]]\n[[country]]\n\nTél. : [[phone]]\n\nBien cordialement,\n[[p1.full]]",
)
N(
    "fr",
    "email",
    "Bonjour à tous,\n\nLa version [[ver]] est disponible depuis le [[date]] (build [[build]]). La facture [[invoice]] de [[company]] est jointe.\n\nBonne journée,\nL'équipe support",
)
P(
    "fr",
    "form",
    "Nom : [[p1.last]]\nPrénom : [[p1.first]]\nDate de naissance : [[dob]]\nAdresse : [[addr]]\nTéléphone : [[phone]]\nCourriel : [[p1.email]]",
)
P(
    "fr",
    "shipping",
    "Votre colis [[tracking]] sera livré demain au [[addr]]. Destinataire : [[p1.full]].",
    "Bonjour, c'est le livreur, je suis devant le [[addr_street]], personne ne répond. Rappelez-moi au [[phone]].",
)
N(
    "fr",
    "shipping",
    "Votre commande [[order]] a été expédiée. Numéro de suivi : [[tracking]]. Livraison estimée : [[date]].",
)
P(
    "fr",
    "hr_medical",
    "Fiche d'admission du [[date]]\nPatient(e) : [[p1.full]], [[p1.g:né/née]] le [[dob]]\nAdressé(e) par [[p2.hon]] [[p2.last]]\nPersonne à prévenir : [[p3.full]], [[phone]]",
)
P(
    "fr",
    "ticket",
    "Ticket [[ticket]] – [[p1.full]] ([[p1.email]]) signale un double débit sur la carte [[card]] le [[date]].",
)
N(
    "fr",
    "ticket",
    "Ticket [[ticket]] – l'application [[ver]] plante sur [[product]]. ID de crash [[uuid]], première occurrence [[ts]].",
)
P(
    "fr",
    "oneliner",
    "[[p1.g:Né/Née]] le [[dob]] à [[city]].",
    "Mon RIB : [[iban]]",
)
N(
    "fr",
    "oneliner",
    "Facture [[invoice]] du [[date]] – échéance [[date]].",
)

# ------------------------------- Spanish ----------------------------------
P(
    "es",
    "chat",
    "Oye [[p1.first_lc]], ¿me pasas tu número nuevo? El mío es [[phone]]",
    "Hablé con [[p1.full]], dice que le escribas a [[p1.email]] antes del viernes.",
    "La nueva dirección de [[p1.first]] es [[addr]], la fiesta empieza a las [[time]] 🎉",
    "¿Puedes avisar [[p1.g:al Sr./a la Sra.]] [[p1.last]] de que la cita pasó al [[date]]?",
    "El alquiler va a la cuenta [[iban]], titular [[p1.full]].",
    "jaja [[p1.first_lc]] mandó la contraseña del wifi al grupo: [[sec_pwd]]",
    "Gracias [[p1.first]]!! Saludos a [[p2.first]] 😊",
    "[[p1.first]] [[p1.g:nació/nació]] el [[dob]], lo necesito para el seguro",
)
N(
    "es",
    "chat",
    "Actualicé a la [[ver]] y ahora la app se cierra sola, vuelvo a la [[ver]]",
    "El pedido [[order]] sigue sin moverse, seguimiento [[tracking]] desde el [[date]]",
    "[[famous]] Por cierto, la cena es el [[date]] a las [[time]].",
    "Nos vamos a [[city]] en [[holiday]] y el piso está cerca de [[street_only]].",
)
P(
    "es",
    "email",
    "[[p1.g:Estimado/Estimada]] [[p1.hon]] [[p1.last]]:\n\nLe confirmamos su cita el [[date]] a las [[time]] en nuestra clínica de [[city]]. Si no puede acudir, llame al [[phone]].\n\nUn saludo,\n[[p2.full]]\nAtención al paciente",
    "Hola,\n\nOs paso mis datos para la factura:\n\n[[p1.full]]\n[[addr_block]]\n[[country]]\nTeléfono: [[phone]]\nCorreo: [[p1.email]]\n\nGracias,\n[[p1.first]]",
)
N(
    "es",
    "email",
    "Hola a todos:\n\nYa está disponible la versión [[ver]] (build [[build]]). Adjuntamos la factura [[invoice]] de [[company]] con fecha [[date]].\n\nSaludos,\nEl equipo de soporte",
)
P(
    "es",
    "form",
    "Nombre: [[p1.first]]\nApellidos: [[p1.last]]\nFecha de nacimiento: [[dob]]\nDomicilio: [[addr]]\nTeléfono: [[phone]]\nCorreo electrónico: [[p1.email]]",
    "Titular: [[p1.full_uc]]\nTarjeta: [[card]]\nCaducidad: {{09/27|12/26|05/28}}\nDirección de facturación: [[addr]]",
)
P(
    "es",
    "shipping",
    "Tu paquete [[tracking]] se entregará mañana en [[addr]]. Destinatario: [[p1.full]].",
    "Hola, soy el repartidor, estoy en [[addr_street]] y no contesta nadie. Llámame al [[phone]].",
)
N(
    "es",
    "shipping",
    "Tu pedido [[order]] ha sido enviado. Número de seguimiento: [[tracking]]. Entrega estimada: [[date]].",
)
P(
    "es",
    "hr_medical",
    "Ingreso [[date]]\nPaciente: [[p1.full]], fecha de nacimiento [[dob]]\nDerivado por [[p2.hon]] [[p2.last]]\nContacto de emergencia: [[p3.full]], [[phone]]",
)
P(
    "es",
    "crm",
    "Llamada con [[p1.full]] ([[company]]) el [[date]]. Interesado en el plan anual. Volver a llamar al [[phone]].",
)
P(
    "es",
    "oneliner",
    "Fecha de nacimiento: [[dob]]",
    "Mi móvil: [[phone]]",
)
N(
    "es",
    "oneliner",
    "Factura [[invoice]] – vencimiento [[date]].",
    "Tarjeta de prueba: [[testcard]] (solo entorno de pruebas)",
)

# ------------------------------- Italian ----------------------------------
P(
    "it",
    "chat",
    "Ciao [[p1.first_lc]], mi mandi il tuo nuovo numero? Il mio è [[phone]]",
    "Ho sentito [[p1.full]], scrivigli a [[p1.email]] entro venerdì.",
    "Il nuovo indirizzo di [[p1.first]] è [[addr]], ci vediamo lì alle [[time]]?",
    "Puoi avvisare [[p1.hon]] [[p1.last]] che l'appuntamento è spostato al [[date]]?",
    "L'affitto va sull'IBAN [[iban]], intestato a [[p1.full]].",
    "ahah [[p1.first_lc]] ha scritto la password del wifi nel gruppo: [[sec_pwd]]",
    "Grazie [[p1.first]]! Salutami [[p2.first]] 😊",
    "[[p1.first]] è [[p1.g:nato/nata]] il [[dob]], serve per la prenotazione del volo",
)
N(
    "it",
    "chat",
    "Aggiornato alla [[ver]] e ora l'app si chiude da sola, torno alla [[ver]]",
    "L'ordine [[order]] è fermo, tracking [[tracking]] dal [[date]]",
    "[[famous]] Comunque la cena è il [[date]] alle [[time]].",
    "A [[holiday]] andiamo a [[city]], l'albergo è vicino a [[street_only]].",
)
P(
    "it",
    "email",
    "Gentile [[p1.hon]] [[p1.last]],\n\nle confermiamo l'appuntamento del [[date]] alle ore [[time]] presso il nostro studio di [[city]]. Per disdire chiami il [[phone]].\n\nCordiali saluti,\n[[p2.full]]\nSegreteria",
    "Buongiorno,\n\nvi comunico il mio nuovo indirizzo di spedizione:\n\n[[p1.full]]\n[[addr_block]]\n[[country]]\n\nCellulare: [[phone]]\n\nGrazie e buona giornata,\n[[p1.first]]",
)
N(
    "it",
    "email",
    "Buongiorno a tutti,\n\nè disponibile la versione [[ver]] (build [[build]]). In allegato la fattura [[invoice]] di [[company]] del [[date]].\n\nSaluti,\nIl team di supporto",
)
P(
    "it",
    "form",
    "Cognome: [[p1.last]]\nNome: [[p1.first]]\nData di nascita: [[dob]]\nIndirizzo: [[addr]]\nTelefono: [[phone]]\nE-mail: [[p1.email]]\nIBAN: [[iban]]",
)
P(
    "it",
    "shipping",
    "Il tuo pacco [[tracking]] sarà consegnato domani in [[addr]]. Destinatario: [[p1.full]].",
    "Salve, sono il corriere, sono davanti a [[addr_street]] ma non risponde nessuno. Mi richiami al [[phone]].",
)
N(
    "it",
    "shipping",
    "Il tuo ordine [[order]] è stato spedito. Codice di tracciamento: [[tracking]]. Consegna prevista: [[date]].",
)
P(
    "it",
    "hr_medical",
    "Scheda accettazione [[date]]\nPaziente: [[p1.full]], [[p1.g:nato/nata]] il [[dob]]\nInviato da [[p2.hon]] [[p2.last]]\nContatto di emergenza: [[p3.full]], [[phone]]",
)
P(
    "it",
    "ticket",
    "Ticket [[ticket]]: [[p1.full]] segnala un doppio addebito sulla carta [[card]] del [[date]]. Email: [[p1.email]].",
)
P(
    "it",
    "oneliner",
    "[[p1.g:Nato/Nata]] il [[dob]] a [[city]].",
)
N(
    "it",
    "oneliner",
    "Fattura [[invoice]] del [[date]], scadenza [[date]].",
    "Carta di test: [[testcard]], solo ambiente sandbox.",
)

# ------------------------------- Portuguese -------------------------------
P(
    "pt",
    "chat",
    "Olá [[p1.first_lc]], manda-me o teu número novo? O meu é [[phone]]",
    "Falei com [[p1.full]], disse para mandares email para [[p1.email]] até sexta.",
    "A nova morada de [[p1.first]] é [[addr]], a festa começa às [[time]]",
    "Podes avisar o/a [[p1.hon]] [[p1.last]] que a consulta passou para [[date]]?",
    "A renda é para o IBAN [[iban]], titular [[p1.full]].",
    "kkkk [[p1.first_lc]] mandou a senha do wifi no grupo: [[sec_pwd]]",
    "Obrigado [[p1.first]]! Beijinhos para [[p2.first]]",
    "[[p1.first]] [[p1.g:nasceu/nasceu]] em [[dob]], preciso disso para o seguro",
)
N(
    "pt",
    "chat",
    "Atualizei para a [[ver]] e agora a app fecha sozinha, vou voltar à [[ver]]",
    "A encomenda [[order]] está parada, tracking [[tracking]] desde [[date]]",
    "[[famous]] Já agora, o jantar é dia [[date]] às [[time]].",
)
P(
    "pt",
    "email",
    "Caro(a) [[p1.hon]] [[p1.last]],\n\nConfirmamos a sua consulta no dia [[date]] às [[time]] na nossa clínica de [[city]]. Para remarcar ligue para [[phone]].\n\nCom os melhores cumprimentos,\n[[p2.full]]",
    "Boa tarde,\n\nSegue a minha nova morada para faturação:\n\n[[p1.full]]\n[[addr_block]]\n[[country]]\n\nTelemóvel: [[phone]]\n\nObrigado,\n[[p1.first]]",
)
N(
    "pt",
    "email",
    "Olá a todos,\n\nA versão [[ver]] já está disponível (build [[build]]). Em anexo a fatura [[invoice]] da [[company]] de [[date]].\n\nCumprimentos,\nEquipa de suporte",
)
P(
    "pt",
    "form",
    "Nome completo: [[p1.full]]\nData de nascimento: [[dob]]\nMorada: [[addr]]\nTelefone: [[phone]]\nEmail: [[p1.email]]\nNIB/IBAN: [[iban]]",
)
P(
    "pt",
    "shipping",
    "A sua encomenda [[tracking]] será entregue amanhã em [[addr]]. Destinatário: [[p1.full]].",
    "Boa tarde, sou o estafeta, estou na [[addr_street]] e ninguém atende. Ligue-me para [[phone]].",
)
N(
    "pt",
    "shipping",
    "A sua encomenda [[order]] foi enviada. Código de seguimento: [[tracking]]. Entrega prevista: [[date]].",
)
P(
    "pt",
    "hr_medical",
    "Ficha de admissão [[date]]\nUtente: [[p1.full]], data de nascimento [[dob]]\nEncaminhado por [[p2.hon]] [[p2.last]]\nContacto de emergência: [[p3.full]], [[phone]]",
)
P(
    "pt",
    "crm",
    "Contacto com [[p1.full]] ([[company]]) em [[date]]. Quer proposta até [[date]]. Telemóvel [[phone]].",
)
P(
    "pt",
    "oneliner",
    "Data de nascimento: [[dob]]",
)
N(
    "pt",
    "oneliner",
    "Fatura [[invoice]] – vencimento [[date]].",
)

# ------------------------------- Dutch ------------------------------------
P(
    "nl",
    "chat",
    "Hoi [[p1.first_lc]], kun je me je nieuwe nummer sturen? De mijne is [[phone]]",
    "Net [[p1.full]] gesproken, mail [[p1.g:hem/haar]] even op [[p1.email]].",
    "Het nieuwe adres van [[p1.first]] is [[addr]], feestje begint om [[time]]",
    "Kun je [[p1.hon]] [[p1.last]] laten weten dat de afspraak naar [[date]] is verzet?",
    "Huur graag overmaken naar [[iban]] t.n.v. [[p1.full]].",
    "haha [[p1.first_lc]] zette het wifi-wachtwoord in de groepsapp: [[sec_pwd]]",
    "Dank je [[p1.first]]! Doe de groeten aan [[p2.first]]",
    "[[p1.first]] is geboren op [[dob]], dat moet op het formulier van de verzekering",
)
N(
    "nl",
    "chat",
    "Geüpdatet naar [[ver]] en nu crasht de app steeds, terug naar [[ver]]",
    "Bestelling [[order]] staat al sinds [[date]] op 'onderweg', track & trace [[tracking]]",
    "[[famous]] Trouwens, de pubquiz is op [[date]] om [[time]].",
    "Met [[holiday]] gaan we naar [[city]], het hotel zit vlak bij de [[street_only]].",
)
P(
    "nl",
    "email",
    "Geachte [[p1.hon]] [[p1.last]],\n\nHierbij bevestigen wij uw afspraak op [[date]] om [[time]] uur in onze praktijk in [[city]]. Verhinderd? Bel dan [[phone]].\n\nMet vriendelijke groet,\n[[p2.full]]\nDoktersassistente",
    "Beste collega's,\n\nMijn nieuwe adres is:\n[[addr_block]]\n[[country]]\n\nMobiel: [[phone]]\n\nGroet,\n[[p1.full]]",
)
N(
    "nl",
    "email",
    "Hallo allemaal,\n\nVersie [[ver]] staat live sinds [[date]] (build [[build]]). De factuur [[invoice]] van [[company]] zit in de bijlage.\n\nGroeten,\nHet supportteam",
)
P(
    "nl",
    "form",
    "Achternaam: [[p1.last]]\nVoornaam: [[p1.first]]\nGeboortedatum: [[dob]]\nAdres: [[addr]]\nTelefoon: [[phone]]\nE-mail: [[p1.email]]\nIBAN: [[iban]]",
)
P(
    "nl",
    "shipping",
    "Je pakket [[tracking]] wordt morgen bezorgd op [[addr]]. Ontvanger: [[p1.full]].",
    "Hallo, bezorger hier, ik sta voor [[addr_street]] maar er doet niemand open. Bel me terug op [[phone]].",
)
N(
    "nl",
    "shipping",
    "Je bestelling [[order]] is verzonden met PostNL. Track & trace: [[tracking]]. Verwachte bezorging: [[date]].",
)
P(
    "nl",
    "hr_medical",
    "Intake [[date]]\nCliënt: [[p1.full]], geboortedatum [[dob]]\nVerwezen door [[p2.hon]] [[p2.last]]\nContactpersoon: [[p3.full]], [[phone]]",
)
P(
    "nl",
    "ticket",
    "Ticket [[ticket]]: [[p1.full]] ([[p1.email]]) meldt dat er twee keer is afgeschreven van kaart [[card]].",
)
P(
    "nl",
    "oneliner",
    "Geb. [[dob]] te [[city]].",
)
N(
    "nl",
    "oneliner",
    "Factuur [[invoice]], vervaldatum [[date]].",
    "Testkaart voor de sandbox: [[testcard]]",
)

# ------------------------------- Polish -----------------------------------
P(
    "pl",
    "chat",
    "Cześć [[p1.first_lc]], podeślesz mi swój nowy numer? Mój to [[phone]]",
    "Dzwonił(a) [[p1.full]], prosi o maila na [[p1.email]] do piątku.",
    "Nowy adres: [[addr]], impreza od [[time]], [[p1.first]] już jedzie 🎉",
    "Czynsz proszę przelewać na konto [[iban]], odbiorca: [[p1.full]].",
    "haha [[p1.first_lc]] wrzucił(a) hasło do wifi na grupę: [[sec_pwd]]",
    "Dzięki [[p1.first]]! [[p2.first]] też pozdrawia 😊",
    "[[p1.full]], data urodzenia: [[dob]] – potrzebne do rezerwacji",
)
N(
    "pl",
    "chat",
    "Zaktualizowałem do [[ver]] i aplikacja się wysypuje, wracam do [[ver]]",
    "Zamówienie [[order]] stoi od [[date]], numer przesyłki [[tracking]]",
    "[[famous]] A quiz jest [[date]] o [[time]].",
)
P(
    "pl",
    "email",
    "Dzień dobry,\n\nuprzejmie proszę o zmianę adresu korespondencyjnego na:\n\n[[p1.full]]\n[[addr_block]]\n[[country]]\n\nTel. [[phone]]\n\nZ poważaniem\n[[p1.full]]",
    "Dzień dobry,\n\npotwierdzamy wizytę w dniu [[date]] o godz. [[time]] w przychodni w mieście [[city]]. W razie zmian prosimy o kontakt: [[phone]].\n\nPozdrawiam\n[[p2.full]]\nRejestracja",
)
N(
    "pl",
    "email",
    "Dzień dobry,\n\nwersja [[ver]] jest dostępna od [[date]] (build [[build]]). W załączniku faktura [[invoice]] od [[company]].\n\nPozdrawiamy\nZespół wsparcia",
)
P(
    "pl",
    "form",
    "Imię: [[p1.first]]\nNazwisko: [[p1.last]]\nData urodzenia: [[dob]]\nAdres: [[addr]]\nTelefon: [[phone]]\nE-mail: [[p1.email]]\nNr konta: [[iban]]",
)
P(
    "pl",
    "shipping",
    "Twoja paczka [[tracking]] zostanie doręczona jutro pod adres [[addr]]. Odbiorca: [[p1.full]].",
    "Dzień dobry, tu kurier, stoję pod [[addr_street]], nikt nie otwiera. Proszę o telefon: [[phone]].",
)
N(
    "pl",
    "shipping",
    "Twoje zamówienie [[order]] zostało wysłane. Numer śledzenia: [[tracking]]. Przewidywana dostawa: [[date]].",
)
P(
    "pl",
    "hr_medical",
    "Karta przyjęcia [[date]]\nPacjent: [[p1.full]], [[p1.g:urodzony/urodzona]] [[dob]]\nSkierowanie: [[p2.hon]] [[p2.last]]\nKontakt w nagłych wypadkach: [[p3.full]], [[phone]]",
)
P(
    "pl",
    "oneliner",
    "Ur. [[dob]] w mieście [[city]].",
)
N(
    "pl",
    "oneliner",
    "Faktura [[invoice]] z dnia [[date]], termin płatności [[date]].",
)

# ------------------------------- Swedish ----------------------------------
P(
    "sv",
    "chat",
    "Hej [[p1.first_lc]], kan du skicka ditt nya nummer? Mitt är [[phone]]",
    "Pratade precis med [[p1.full]], maila [[p1.g:honom/henne]] på [[p1.email]].",
    "[[p1.first]]s nya adress är [[addr]], festen börjar [[time]]",
    "Hyran ska till [[iban]], kontoinnehavare [[p1.full]].",
    "haha [[p1.first_lc]] la wifi-lösenordet i gruppchatten: [[sec_pwd]]",
    "Tack [[p1.first]]! Hälsa [[p2.first]] 😊",
    "[[p1.first]] är född [[dob]], behövs till bokningen",
)
N(
    "sv",
    "chat",
    "Uppdaterade till [[ver]] och nu kraschar appen, går tillbaka till [[ver]]",
    "Beställning [[order]] har stått still sedan [[date]], spårningsnummer [[tracking]]",
    "[[famous]] Förresten, quizet är [[date]] kl. [[time]].",
    "Vi åker till [[city]] över [[holiday]] och bor nära [[street_only]].",
)
P(
    "sv",
    "email",
    "Hej [[p1.first]],\n\nHär är min nya adress:\n\n[[p2.full]]\n[[addr_block]]\n[[country]]\n\nMobil: [[phone]]\n\nMed vänliga hälsningar\n[[p2.first]]",
)
N(
    "sv",
    "email",
    "Hej alla,\n\nVersion [[ver]] är ute sedan [[date]] (build [[build]]). Fakturan [[invoice]] från [[company]] bifogas.\n\nHälsningar\nSupportteamet",
)
P(
    "sv",
    "form",
    "Namn: [[p1.full]]\nFödelsedatum: [[dob]]\nAdress: [[addr]]\nTelefon: [[phone]]\nE-post: [[p1.email]]",
)
P(
    "sv",
    "shipping",
    "Ditt paket [[tracking]] levereras i morgon till [[addr]]. Mottagare: [[p1.full]].",
)
N(
    "sv",
    "shipping",
    "Din beställning [[order]] har skickats. Spårningsnummer: [[tracking]]. Beräknad leverans: [[date]].",
)
P(
    "sv",
    "hr_medical",
    "Inskrivning [[date]]\nPatient: [[p1.full]], född [[dob]]\nRemiss från [[p2.hon]] [[p2.last]]\nAnhörig: [[p3.full]], [[phone]]",
)
P(
    "sv",
    "oneliner",
    "Födelsedatum: [[dob]]",
)
N(
    "sv",
    "oneliner",
    "Faktura [[invoice]], förfallodatum [[date]].",
)

# ------------------------------- Turkish ----------------------------------
P(
    "tr",
    "chat",
    "Selam [[p1.first_lc]], yeni numaranı atar mısın? Benimki [[phone]]",
    "[[p1.full]] ile konuştum, [[p1.email]] adresine mail atmanı istiyor.",
    "[[p1.first]] [[p1.honpost]] yeni adresine taşındı: [[addr]]",
    "Kirayı [[iban]] hesabına yatırır mısın? Alıcı: [[p1.full]].",
    "haha [[p1.first_lc]] wifi şifresini gruba yazmış: [[sec_pwd]]",
    "Teşekkürler [[p1.first]]! Bu arada [[p2.first]] seni soruyordu",
    "[[p1.first]] [[dob]] doğumlu, rezervasyon için lazım",
)
N(
    "tr",
    "chat",
    "[[ver]] sürümüne güncelledim, uygulama sürekli çöküyor, [[ver]] sürümüne dönüyorum",
    "[[order]] numaralı sipariş [[date]] tarihinden beri kargoda, takip no [[tracking]]",
    "[[famous]] Bu arada toplantı [[date]] saat [[time]]'da.",
)
P(
    "tr",
    "email",
    "Sayın [[p1.full]],\n\n[[date]] tarihli randevunuz saat [[time]] için onaylanmıştır. Değişiklik için [[phone]] numarasını arayabilirsiniz.\n\nSaygılarımızla,\n[[p2.full]]\n[[company]]",
    "Merhaba,\n\nYeni teslimat adresim:\n[[p1.full]]\n[[addr_block]]\n[[country]]\nTel: [[phone]]\n\nİyi çalışmalar,\n[[p1.first]]",
)
N(
    "tr",
    "email",
    "Merhaba,\n\n[[ver]] sürümü [[date]] itibarıyla yayında (build [[build]]). [[company]] faturası [[invoice]] ektedir.\n\nDestek Ekibi",
)
P(
    "tr",
    "form",
    "Ad Soyad: [[p1.full]]\nDoğum tarihi: [[dob]]\nAdres: [[addr]]\nTelefon: [[phone]]\nE-posta: [[p1.email]]\nIBAN: [[iban]]",
)
P(
    "tr",
    "shipping",
    "[[tracking]] numaralı kargonuz yarın [[addr]] adresine teslim edilecek. Alıcı: [[p1.full]].",
)
N(
    "tr",
    "shipping",
    "[[order]] numaralı siparişiniz kargoya verildi. Takip numarası: [[tracking]]. Tahmini teslim: [[date]].",
)
P(
    "tr",
    "hr_medical",
    "Hasta kabul [[date]]\nHasta: [[p1.full]], doğum tarihi [[dob]]\nSevk eden: [[p2.hon]] [[p2.last]]\nAcil durumda aranacak kişi: [[p3.full]], [[phone]]",
)
P(
    "tr",
    "oneliner",
    "Doğum tarihi: [[dob]]",
)
N(
    "tr",
    "oneliner",
    "Fatura [[invoice]], son ödeme tarihi [[date]].",
)

# ------------------------------- Czech ------------------------------------
P(
    "cs",
    "chat",
    "Ahoj [[p1.first_lc]], pošleš mi své nové číslo? Moje je [[phone]]",
    "Volal(a) mi [[p1.full]], máš napsat na [[p1.email]].",
    "Nová adresa: [[addr]], oslava od [[time]], přijde i [[p1.first]]",
    "Nájem posílej na účet [[iban]], majitel [[p1.full]].",
    "haha [[p1.first_lc]] napsal(a) heslo od wifi do skupiny: [[sec_pwd]]",
    "Díky [[p1.first]]! [[p2.first]] tě taky zdraví 😊",
    "[[p1.full]], datum narození: [[dob]] – potřebuju to na rezervaci",
)
N(
    "cs",
    "chat",
    "Aktualizoval jsem na [[ver]] a aplikace padá, vracím se na [[ver]]",
    "Objednávka [[order]] stojí od [[date]], číslo zásilky [[tracking]]",
    "[[famous]] Jinak kvíz je [[date]] v [[time]].",
)
P(
    "cs",
    "email",
    "Dobrý den,\n\nprosím o změnu doručovací adresy na:\n\n[[p1.full]]\n[[addr_block]]\n[[country]]\n\nTel.: [[phone]]\n\nS pozdravem\n[[p1.full]]",
)
N(
    "cs",
    "email",
    "Dobrý den,\n\nverze [[ver]] je dostupná od [[date]] (build [[build]]). V příloze faktura [[invoice]] od [[company]].\n\nS pozdravem\nTým podpory",
)
P(
    "cs",
    "form",
    "Jméno: [[p1.first]]\nPříjmení: [[p1.last]]\nDatum narození: [[dob]]\nAdresa: [[addr]]\nTelefon: [[phone]]\nE-mail: [[p1.email]]",
)
P(
    "cs",
    "shipping",
    "Vaše zásilka [[tracking]] bude zítra doručena na adresu [[addr]]. Příjemce: [[p1.full]].",
)
N(
    "cs",
    "shipping",
    "Vaše objednávka [[order]] byla odeslána. Sledovací číslo: [[tracking]]. Předpokládané doručení: [[date]].",
)
P(
    "cs",
    "hr_medical",
    "Příjem pacienta [[date]]\nPacient: [[p1.full]], [[p1.g:narozen/narozena]] [[dob]]\nDoporučil(a): [[p2.hon]] [[p2.last]]\nKontaktní osoba: [[p3.full]], [[phone]]",
)
P(
    "cs",
    "oneliner",
    "Datum narození: [[dob]]",
)
N(
    "cs",
    "oneliner",
    "Faktura [[invoice]] ze dne [[date]], splatnost [[date]].",
)

# ------------------------- Long-form and extra templates -------------------
P(
    "en",
    "email",
    "Subject: Complaint regarding order [[order.o]]\n\nDear [[company]] Customer Care,\n\nI am writing to complain about the handling of my order [[order.o]], placed on [[date_en]]. The {{sofa|washing machine|standing desk}} was supposed to be delivered on [[date_en]] between [[time]] and [[time]], but nobody turned up and I had taken the day off work. When I called your hotline the agent, who introduced [[p2.g:himself/herself]] as [[p2.first]], told me the driver had marked the delivery as 'recipient not at home'. This is simply not true: I was at home all day and my neighbour, [[p3.hon]] [[p3.last]], can confirm that no van stopped on our street.\n\nI have since been charged twice, once on [[date_en]] and again on [[date_en]], both times to my card [[card]]. Please refund the duplicate payment. If a bank transfer is easier for you, my account is [[iban]].\n\nFor the redelivery, please use the following address, which is also my billing address:\n\n[[p1.full]]\n[[addr_block]]\n[[country]]\n\nI am usually reachable on [[phone]] after [[time]], or by email at [[p1.email]]. Please do not call my work number.\n\nI would appreciate a written response within 14 days. Otherwise I will have to raise a chargeback with my bank and report the matter to the consumer ombudsman.\n\nYours faithfully,\n\n[[p1.full]]",
    "Hi [[p1.first]],\n\nHope the move went well! A few things before your first day on [[date_en]]:\n\n1. Your laptop ([[product]]) will be shipped to [[addr]]. If that's wrong, tell me by Friday.\n2. IT created your account. Temporary password: [[sec_pwd]] (you'll be asked to change it on first login).\n3. Payroll still needs your bank details. Please don't email them; enter them in the portal instead.\n4. Your buddy for the first month is [[p2.full]] ([[p2.wemail]]). [[p2.g:He/She]]'s great and knows everyone.\n\nThe office is on [[street_only]], third floor. Reception will have your badge ready. Will you need a parking permit?\n\nSee you soon,\n[[p3.first]]\n--\n[[p3.full]] | People Team | [[company]]\nm: [[phone]]",
)
P(
    "en",
    "ticket",
    "[[us]][[ticket]] Tax form mismatch\nEmployee [[p1.full]] says the W-2 shows SSN [[ssn]] but the correct one is [[ssn]]. Please fix before [[date_en]]. Contact: [[p1.wemail]].",
    "Ticket [[ticket]] — Intermittent 502s on checkout\nOpened by: [[p1.full]] ([[p1.wemail]])\nSeverity: {{S2|S1}}\n\nSummary\nSince the deploy of [[ver]] on [[date_en]] (commit [[sha7]]) we see bursts of 502s on /api/checkout. Happens about every [[int]] minutes and lasts ~30s.\n\nRelevant log excerpt (pasted by [[p2.first]]):\n[[ts_log]] WARN  gateway upstream=checkout-7f9c attempt=1 status=502 client=[[ip4]] req=[[uuid]]\n[[ts_log]] WARN  gateway upstream=checkout-7f9c attempt=2 status=502 client=[[ip]] req=[[uuid]]\n[[ts_log]] ERROR checkout db pool exhausted (max=20) host=[[docip]]\n[[ts_log]] INFO  checkout retry ok req=[[uuid]] user=[[p3.email]]\n\nThings tried\n- Rolled back config [[build]]: no change\n- Raised pool to 40 on staging: 502s stop\n- Verified card tokenization is unaffected (sandbox card [[testcard]] passes)\n\nNext steps\n[[p2.first]] to raise the prod pool size after the change window on [[date_en]]. [[p1.first]] to keep watching the dashboards. Status page updated at [[time]] UTC.\n\nWatchers: [[p2.full]], [[p3.full]]",
    "Fraud review [[ticket]]: card [[card]] used from IP [[ip4]] ([[city]]) at [[ts]]. Billing name [[p1.full]], shipping to [[addr]]. Contact email [[p1.email]] bounced. Recommend decline.",
    "[[ticket]] Account takeover?\nCustomer [[p1.full]] reports password reset emails they didn't request. Sign-ins from [[ip]] and [[ip6]] in the last 24h. Docs example IP [[docip]] appears in the test log only, ignore. Locked account, asked customer to call back on [[phone]].",
)
P(
    "en",
    "hr_medical",
    "CLINICAL INTAKE — CONFIDENTIAL\nDate of visit: [[date_en]]   Clinician: [[p2.hon]] [[p2.full]]\n\nPatient name: [[p1.full]]\nDate of birth: [[dob]]\nAddress: [[addr]]\nPhone: [[phone]]\nEmail: [[p1.email]]\nInsurance member ID: [[numid]]\n\nPresenting complaint: {{persistent cough for three weeks|recurring headaches, worse in the mornings|pain in the left knee after a fall}}. No fever reported. Patient states symptoms began around [[holiday]].\n\nHistory: appendectomy in [[oldyear]]. Family history of hypertension (mother). Non-smoker. Alcohol: occasional.\n\nMedications: {{ibuprofen 400 mg as needed|none|lisinopril 10 mg daily}}.\nAllergies: {{penicillin (rash)|none known|shellfish}}.\n\nPlan: bloods today, review on [[date_en]] at [[time]]. Patient prefers to be contacted by text. Next of kin: [[p3.full]], [[phone]].\n\nSigned: [[p2.ilast]]",
)
P(
    "en",
    "transcript",
    "Call transcript — [[company]] Benefits Line — [[date_en]]\n\nAGENT ([[p1.first]]): Thanks for calling, this call may be recorded. Who am I speaking with?\nCALLER: Hi, this is [[p2.full]].\nAGENT: Hi [[p2.first]]. For security, can you confirm your date of birth?\nCALLER: Sure, it's [[dob]].\nAGENT: Thank you. For this request I also need your Social Security number.\nCALLER: Okay, it's [[ssn]].\nAGENT: Thanks. What can I help with today?\nCALLER: I moved and need my tax forms sent to the new address.\nAGENT: No problem. What's the new address?\nCALLER: [[addr]].\nAGENT: Got it. And is [[phone]] still the best number for you?\nCALLER: Yes. You can also email me at [[p2.email]].\nAGENT: Perfect. The forms will be mailed within [[int]] business days. Your reference number is [[ticket]].\nCALLER: Great, thanks [[p1.first]].\nAGENT: You're welcome. Have a good day!",
    "[[p1.first_lc]] [[time]]\nhey can you check why my card keeps failing on the shop\n[[p2.first_lc]] [[time]]\nwhat card\n[[p1.first_lc]] [[time]]\n[[card]]\n[[p2.first_lc]] [[time]]\ndude don't paste your card number here 😬 I meant which brand\n[[p1.first_lc]] [[time]]\noops. visa. deleting in a sec",
)
P(
    "en",
    "chat",
    "can you book it on my card? [[card]] exp {{09/28|01/27}}, I'll pay you back for the rest",
    "[[us]]payroll lost my SSN again 🙄 it's [[ssn]], can you forward it to [[p1.first]] in HR?",
    "The brute-force attempts came from [[ip4]], blocking it now. The [[docip]] one in the ticket is just the docs example.",
    "[[p1.first]] your laptop's public IP shows as [[ip]] in the VPN logs, is that your home connection?",
    "Bill me later? lol no. Here's my IBAN [[iban]] – [[p1.first]]",
    "ask [[p1.first_lc]] for the {{Figma|Jira}} login, pretty sure [[p1.g:he/she]] set the password to [[sec_pwd]]",
)
P(
    "en",
    "oneliner",
    "Card: [[card]]",
    "[[us]]SSN: [[ssn]] / DOB: [[dob]]",
    "[[us]]My social is [[ssn]].",
    "Allowlist [[ip]] for [[p1.first]] please",
    "Born on [[dob]] – [[p1.full]]",
)
P(
    "en",
    "form",
    "[[us]]W-9 / onboarding\nName (as shown on tax return): [[p1.full]]\nAddress: [[addr]]\nTaxpayer ID (SSN): [[ssn]]\nDate of birth: [[dob]]\nPhone: [[phone]]\nEmail: [[p1.email]]\nDate signed: [[date_en]]",
)
P(
    "en",
    "crm",
    "[[us]]ID verification for [[p1.full]]: SSN [[ssn]] matched, DOB [[dob]] matched. Address on file [[addr]]. Case [[ticket]] closed.",
    "Security alert on account [[p1.email]]: login from [[ip]] ([[city]]) at [[ts]]. Called customer on [[phone]], [[p1.g:he/she]] confirmed it was [[p1.g:him/her]].",
)
P(
    "en",
    "code",
    "ufw allow from [[ip4]] to any port 22 comment '[[p1.first_lc]] home'\nufw allow from [[docip]] to any port 443 comment 'example'",
    "# pasted from [[p1.first]]'s terminal\n$ heroku config:get DATABASE_URL\npostgres://u8sk2:[[sec_dbpwd]]@ec2-[[int]]-[[int]].compute-1.amazonaws.com:5432/d4f9",
    "Authorization: token [[sec_ghp]]\nX-Request-Id: [[uuid]]\nX-Forwarded-For: [[ip4]]",
)
N(
    "en",
    "code",
    '# Sample payload from the API docs\n{"id": "[[uuid]]", "card": "[[testcard]]", "ip": "[[docip]]", "created": "[[ts]]"}',
    "ERROR [[ts_log]] TLS handshake failed peer=[[docip6]] cipher=TLS_AES_128_GCM_SHA256 build=[[build]]",
)
N(
    "en",
    "chat",
    "Bill the client for [[int]] hours, invoice [[invoice]] goes out on [[date_en]].",
    "Will the [[product]] firmware [[ver]] fix the battery drain? Support ticket [[ticket]] is still open.",
    "May I suggest we move the retro to [[date_en]]? Hope that works for everyone.",
    "Grant access requests go through the portal now, ticket template [[ticket]]. SLA is [[int]] hours.",
    "Read [[isbn]] over [[holiday]]: great book about [[city]] in the 60s.",
)

P(
    "de",
    "email",
    "Betreff: Reklamation Bestellung [[order.o]]\n\nSehr geehrte Damen und Herren,\n\nam [[date]] habe ich bei [[company]] die Bestellung [[order.o]] aufgegeben. Die Lieferung war für den [[date]] zwischen [[time]] und [[time]] Uhr angekündigt, es kam jedoch niemand. Laut Sendungsverfolgung ([[tracking]]) wurde ich angeblich nicht angetroffen, obwohl ich den ganzen Tag zu Hause war. Meine Nachbarin, [[p2.hon]] [[p2.last]], kann das bestätigen.\n\nZusätzlich wurde meine Kreditkarte [[card]] zweimal belastet. Bitte erstatten Sie den doppelten Betrag auf mein Konto [[iban]].\n\nFür die erneute Zustellung gilt weiterhin folgende Anschrift:\n\n[[p1.full]]\n[[addr_block]]\n\nSie erreichen mich tagsüber unter [[phone]] oder per E-Mail an [[p1.email]].\n\nIch bitte um eine schriftliche Stellungnahme innerhalb von 14 Tagen.\n\nMit freundlichen Grüßen\n[[p1.full]]",
)
P(
    "de",
    "chat",
    "Kannst du mit meiner Karte bestellen? [[card]], gültig bis {{09/27|03/28}}",
    "Die Angriffe kamen alle von [[ip4]], hab die IP gesperrt. [[p1.first]] schaut sich die Logs an.",
)
N(
    "de",
    "chat",
    "Hoffnung stirbt zuletzt 😅 Deadline bleibt der [[date]], Version [[ver]] muss bis dahin raus.",
    "Das Buch mit der ISBN [[isbn]] ist vergriffen, Neuauflage erscheint am [[date]].",
)
P(
    "fr",
    "chat",
    "Tu peux commander avec ma carte ? [[card]], expire en {{09/27|03/28}}",
    "Les tentatives de connexion venaient de [[ip]], j'ai bloqué l'adresse. [[p1.first]] regarde les logs.",
)
N(
    "fr",
    "chat",
    "Le livre ISBN [[isbn]] ressort le [[date]] chez l'éditeur, commande [[order]].",
)
P(
    "fr",
    "transcript",
    "Conseiller : Bonjour, à qui ai-je l'honneur ?\nClient : [[p1.full]].\nConseiller : Pouvez-vous me confirmer votre date de naissance ?\nClient : Le [[dob]].\nConseiller : Merci. Et votre adresse ?\nClient : [[addr]].\nConseiller : Parfait. Un numéro où vous joindre ?\nClient : [[phone]].\nConseiller : C'est noté, bonne journée [[p1.g:Monsieur/Madame]] [[p1.last]].",
)
P(
    "es",
    "transcript",
    "Agente: Buenas tardes, ¿con quién hablo?\nCliente: Con [[p1.full]].\nAgente: ¿Me confirma su fecha de nacimiento?\nCliente: [[dob]].\nAgente: Gracias. ¿Y la dirección de envío?\nCliente: [[addr]].\nAgente: Perfecto. ¿Un teléfono de contacto?\nCliente: [[phone]].\nAgente: Listo, le llegará un correo a [[p1.email]].",
)
P(
    "es",
    "chat",
    "¿Puedes pedirlo con mi tarjeta? [[card]], caduca en {{09/27|03/28}}",
    "Los intentos de acceso venían de [[ip4]], ya bloqueé la IP. [[p1.first]] está revisando los logs.",
)
N(
    "es",
    "chat",
    "El libro con ISBN [[isbn]] sale el [[date]]. Pedido [[order]] confirmado.",
)
P(
    "it",
    "chat",
    "Puoi ordinare con la mia carta? [[card]], scadenza {{09/27|03/28}}",
)
P(
    "it",
    "transcript",
    "Operatore: Buongiorno, con chi parlo?\nCliente: [[p1.full]].\nOperatore: Mi conferma la data di nascita?\nCliente: [[dob]].\nOperatore: Grazie. E l'indirizzo?\nCliente: [[addr]].\nOperatore: Perfetto, le mando la conferma a [[p1.email]].",
)
P(
    "nl",
    "chat",
    "Kun je met mijn creditcard bestellen? [[card]], geldig tot {{09/27|03/28}}",
    "De inlogpogingen kwamen van [[ip]], IP geblokkeerd. [[p1.first]] kijkt naar de logs.",
)
P(
    "nl",
    "transcript",
    "Medewerker: Goedemiddag, met wie spreek ik?\nKlant: Met [[p1.full]].\nMedewerker: Wat is uw geboortedatum?\nKlant: [[dob]].\nMedewerker: En uw postcode en huisnummer?\nKlant: [[addr]].\nMedewerker: Dank u, ik stuur de bevestiging naar [[p1.email]].",
)
N(
    "nl",
    "chat",
    "Het boek met ISBN [[isbn]] komt op [[date]] uit, bestelnummer [[order]].",
)
P(
    "pt",
    "chat",
    "Podes encomendar com o meu cartão? [[card]], validade {{09/27|03/28}}",
)
P(
    "pl",
    "chat",
    "Zamówisz moją kartą? [[card]], ważna do {{09/27|03/28}}",
)
P(
    "pl",
    "crm",
    "Rozmowa z klientem [[p1.full]] ([[company]]) [[date]]: zainteresowany ofertą, oddzwonić na [[phone]].",
)
P(
    "sv",
    "crm",
    "Samtal med [[p1.full]] ([[company]]) [[date]]. Vill ha offert, ring upp på [[phone]].",
)
P(
    "tr",
    "crm",
    "[[p1.full]] ([[company]]) ile [[date]] tarihinde görüşüldü. Teklif istiyor, [[phone]] numarasından geri aranacak.",
)
P(
    "cs",
    "crm",
    "Hovor s [[p1.full]] ([[company]]) [[date]]: zájem o nabídku, zavolat zpět na [[phone]].",
)
P(
    "tr",
    "ticket",
    "Talep [[ticket]]: [[p1.full]] ([[p1.email]]) kartından ([[card]]) iki kez çekim yapıldığını bildiriyor.",
)
P(
    "sv",
    "ticket",
    "Ärende [[ticket]]: [[p1.full]] ([[p1.email]]) har dragits två gånger på kortet [[card]] den [[date]].",
)
P(
    "cs",
    "ticket",
    "Požadavek [[ticket]]: [[p1.full]] ([[p1.email]]) hlásí dvojí stržení z karty [[card]] dne [[date]]. Přihlášení z IP [[ip4]].",
)


# ---------------------------------------------------------------------------
# Build + self-check
# ---------------------------------------------------------------------------
ALLOWED = {
    "PERSON",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "EMAIL",
    "PHONE",
    "CREDIT_CARD",
    "IBAN",
    "US_SSN",
    "IP_ADDRESS",
    "SECRET",
}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
DIGITRUN_RE = re.compile(r"(?<!\d)\d{13,19}(?!\d)")


def outside(spans, a, b):
    return all(b <= s["start"] or a >= s["end"] for s in spans)


def self_check(rec, inserted, is_neg):
    text, spans = rec["text"], rec["spans"]
    assert len(spans) == len(inserted)
    prev_end = -1
    for sp, val in zip(spans, inserted):
        s, e, t = sp["start"], sp["end"], sp["type"]
        assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text), sp
        assert s >= prev_end, ("overlap", sp)
        prev_end = e
        assert text[s:e] == val, (text[s:e], val)
        assert val == val.strip() and val, repr(val)
        assert t in ALLOWED, t
        if t == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", val)
            assert d.isdigit() and luhn_ok(d) and d not in TEST_CARD_DIGITS, val
        if t == "IBAN":
            assert iban_valid(val), val
        if t == "US_SSN":
            d = re.sub(r"[ -]", "", val)
            a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
            assert len(d) == 9 and a not in (0, 666) and a < 900 and g and n, val
        if t == "IP_ADDRESS":
            assert not is_doc_ip(val) and ipaddress.ip_address(val).is_global, val
        if t == "EMAIL":
            assert EMAIL_RE.fullmatch(val), val
    for a, b in zip(spans, spans[1:]):
        if a["type"] == b["type"] == "PERSON":
            assert text[a["end"] : b["start"]].strip(), ("adjacent person spans", text[a["start"] : b["end"]])
    if is_neg:
        assert not spans
    # nothing PII-looking left unlabelled
    for m in EMAIL_RE.finditer(text):
        assert not outside(spans, m.start(), m.end()), ("unlabelled email", m.group())
    for m in IPV4_RE.finditer(text):
        if all(int(x) <= 255 for x in m.groups()) and outside(spans, m.start(), m.end()):
            assert is_doc_ip(m.group()), ("unlabelled ip", m.group())
    for m in DIGITRUN_RE.finditer(text):
        if outside(spans, m.start(), m.end()) and len(m.group()) in (15, 16):
            assert m.group() in TEST_CARD_DIGITS or not luhn_ok(m.group()), ("luhn lookalike", m.group())
    for m in re.finditer(r"\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}", text):
        if outside(spans, m.start(), m.end()):
            assert re.sub(r"\D", "", m.group()) in TEST_CARD_DIGITS, m.group()


def build():
    rng = random.Random(SEED)
    by_lang = {}
    for t in TEMPLATES:
        by_lang.setdefault(t[0], []).append(t)
    total_w = sum(LANG_WEIGHTS.values())
    quota = {l: int(round(N_TEXTS * w / total_w)) for l, w in LANG_WEIGHTS.items()}
    quota["en"] += N_TEXTS - sum(quota.values())
    plan = [l for l, q in quota.items() for _ in range(q)]
    rng.shuffle(plan)
    use = Counter()
    records = []
    for lang in plan:
        neg = rng.random() < NEG_SHARE
        cands = [t for t in by_lang[lang] if t[2] == neg]
        sc = Counter(t[1] for t in cands)
        # style weight shared among a style's templates; damp re-use for coverage
        weights = [STYLE_WEIGHTS[t[1]] / sc[t[1]] / (1.0 + 0.35 * use[t]) for t in cands]
        t = rng.choices(cands, weights)[0]
        use[t] += 1
        for _attempt in range(50):
            text, spans, inserted = render(t[3], lang, rng)
            rec = {"text": text, "spans": spans, "style": t[1], "lang": lang}
            try:
                self_check(rec, inserted, neg)
                break
            except AssertionError:
                if _attempt == 49:
                    raise
        records.append(rec)
    return records, use


def main():
    records, use = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-verify offsets from the file itself
    n = 0
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            ends = 0
            for sp in sorted(r["spans"], key=lambda s: s["start"]):
                assert sp["start"] >= ends and r["text"][sp["start"] : sp["end"]]
                ends = sp["end"]
            n += 1
    assert n == len(records)
    langs = Counter(r["lang"] for r in records)
    styles = Counter(r["style"] for r in records)
    types = Counter(s["type"] for r in records for s in r["spans"])
    empty = sum(1 for r in records if not r["spans"])
    lengths = [len(r["text"]) for r in records]
    print("texts:", len(records))
    print("templates defined:", len(TEMPLATES), "| templates used:", len(use))
    print("texts per language:", dict(sorted(langs.items(), key=lambda x: -x[1])))
    print("texts per style:", dict(sorted(styles.items(), key=lambda x: -x[1])))
    print(
        "spans per type:",
        dict(sorted(types.items(), key=lambda x: -x[1])),
        "| total spans:",
        sum(types.values()),
    )
    print("share of texts with no spans: %.1f%%" % (100.0 * empty / len(records)))
    print(
        "text length: min %d, median %d, max %d"
        % (min(lengths), sorted(lengths)[len(lengths) // 2], max(lengths))
    )


if __name__ == "__main__":
    main()
