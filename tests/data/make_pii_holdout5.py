#!/usr/bin/env python3
"""Held-out evaluation set #5 for a PII redaction detector.

Written from scratch WITHOUT sight of the detector, its code, its training
data or any other evaluation set.  Stdlib only, deterministic (SEED below).
Writes pii_holdout5.jsonl next to this script, one JSON object per line:
  {"text": str, "spans": [{"start", "end", "type"}], "style": str, "lang": str}
Offsets are Python str indices into text, end exclusive; spans never overlap.

Labelling policy
----------------
PERSON         A private individual's name as written: first+last, last name
               after an honorific, a first name alone when it clearly refers to
               a person (greeting, signature, chat mention, "ask X", "X's
               laptop").  Honorifics/titles (Dr., Mr., Mrs., Ms., Prof., Frau,
               Herr, Sr., Sra., M., Mme, Pan, Pani, Bay, Hr., Fru, Bey/Hanim
               suffixes ...) are OUTSIDE the span, possessive 's is outside.
               Lowercase names in casual chat count.  Famous historical/public
               figures in encyclopedic/news sentences, ordinary words that are
               also names (Mark the date, Will do, May, Rose, Grant access,
               Hope, Bill, Joy, Sunny), company/product/brand names containing
               names, place and street names are NOT labelled.
ADDRESS        A private postal street address: street + house number in the
               local form, plus contiguous postcode/city (also across newlines
               in a letter block, or comma separated); unit parts (Apt, Flat,
               Suite, 3. Stock, esq., bus 2, lgh ...) inside the span when
               contiguous; the country alone on its own line is outside; field
               labels outside.  P.O. boxes ARE addresses.  Street names without
               a number, cities/countries alone and company HQ addresses in
               press-release style are NOT labelled.
DATE_OF_BIRTH  Only the date itself and only when the text says it is a birth
               date (DOB, born, geboren/geb., nee le, nacido/a, nato/a, data de
               nascimento, urodzony/a, fodelsedatum, dogum tarihi, ...).  Other
               dates are not labelled.
EMAIL, PHONE   Personal e-mail addresses; phone numbers in national and
               international formats (extensions inside the span).
CREDIT_CARD    Luhn-valid numbers generated here; the well-known public test
               numbers only appear unlabelled in "use test card" contexts.
IBAN           mod-97 valid, several countries, spaced or compact.
US_SSN         Valid SSA ranges (area not 000/666/900-999, group not 00,
               serial not 0000), US context only, with/without dashes.
IP_ADDRESS     Public user/server IPv4 and IPv6.  Documentation ranges
               (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32)
               appear unlabelled as look-alikes; private/loopback ranges are
               never used.
SECRET         API keys, tokens, passwords, connection-string passwords and
               private-key bodies: the value only, never the label.
About 30% of texts contain no PII at all but contain look-alikes (versions,
order/tracking/case numbers, timestamps, ordinary dates, ISBNs, hashes, git
SHAs, UUIDs, public test cards, documentation IPs, SKUs, phone-like IDs,
postcodes alone, companies, products, places, holidays, famous people,
name-like words, measurements, coordinates, amounts).
The script self-checks offsets, substrings, Luhn/mod-97/SSA validity, IP
ranges, and scans mechanically for unlabelled e-mails, Luhn numbers, IBANs,
dashed SSNs, IPv4s, vendor key prefixes and pool names outside spans.
"""

import json
import os
import random
import re
import string
import sys

SEED = 55_2026_1207
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_holdout5.jsonl")
N_TEXTS = 1500


def ch(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def alnum(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


# ----------------------------------------------------------------------------
# Names
# ----------------------------------------------------------------------------
GLOBAL_NAMES = [
    ("Adebayo", "Ogunleye", "m"),
    ("Folasade", "Adeyemi-Bello", "f"),
    ("Oluwaseun", "Akinola", "m"),
    ("Chinonso", "Okafor", "m"),
    ("Adaeze", "Nwachukwu", "f"),
    ("Ikechukwu", "Obiora", "m"),
    ("Karthik", "Subramanian", "m"),
    ("Meenakshi", "Sundararajan", "f"),
    ("Thilaga", "Ramasamy", "f"),
    ("Srinivas", "Kondapalli", "m"),
    ("Lakshmi", "Venkatesan", "f"),
    ("Sravani", "Gudivada", "f"),
    ("Arnab", "Chattopadhyay", "m"),
    ("Tanushree", "Bhattacharjee", "f"),
    ("Sourav", "Mukherjee", "m"),
    ("Ji-hoon", "Park", "m"),
    ("Seo-yeon", "Choi", "f"),
    ("Min-jun", "Hwang", "m"),
    ("Haruto", "Takeda", "m"),
    ("Yui", "Nakamura", "f"),
    ("Ren", "Kobayashi", "m"),
    ("Thi Lan", "Nguyen", "f"),
    ("Minh Quan", "Tran", "m"),
    ("Bao Chau", "Pham", "f"),
    ("Somchai", "Wongsakul", "m"),
    ("Ploy", "Chaiyaporn", "f"),
    ("Kittipong", "Srisuk", "m"),
    ("Omar", "Al-Khatib", "m"),
    ("Layla", "Haddad", "f"),
    ("Yousef", "Barakat", "m"),
    ("Dariush", "Farahani", "m"),
    ("Shirin", "Tehrani", "f"),
    ("Kaveh", "Moradi", "m"),
    ("Yael", "Ben-David", "f"),
    ("Itai", "Rosenthal", "m"),
    ("Noa", "Shapiro", "f"),
    ("Eleni", "Papadopoulou", "f"),
    ("Stavros", "Antoniadis", "m"),
    ("Dimitra", "Kalogeropoulou", "f"),
    ("Zsofia", "Kovacs", "f"),
    ("Bence", "Szabo", "m"),
    ("Reka", "Horvath", "f"),
    ("Miroslav", "Dvorak", "m"),
    ("Katarzyna", "Wrobel", "f"),
    ("Bogdan", "Petrenko", "m"),
    ("Sigrid", "Halvorsen", "f"),
    ("Eero", "Makinen", "m"),
    ("Ingrid", "Solberg", "f"),
    ("Maria Jose", "Fernandez de Castro", "f"),
    ("Juan Pablo", "Echeverria Ruiz", "m"),
    ("Ana Rita", "Pereira dos Santos", "f"),
    ("Joao Pedro", "de Sousa Mendes", "m"),
    ("Sanne", "van der Berg", "f"),
    ("Pieter", "de Wit", "m"),
    ("Friederike", "von Ahlefeldt", "f"),
    ("Anne-Sophie", "Lemaire-Dubois", "f"),
    ("Siobhan", "O'Donoghue", "f"),
    ("Callum", "McAllister", "m"),
    ("Ewan", "MacLeod", "m"),
    ("Aoife", "Ni Bhriain", "f"),
    ("Tadhg", "O'Sullivan", "m"),
    ("Kwame", "Asante", "m"),
    ("Wanjiru", "Kamau", "f"),
    ("Tendai", "Moyo", "m"),
    ("Aigerim", "Nurlanovna", "f"),
    ("Tenzin", "Dorje", "m"),
    ("Farida", "Rahmani", "f"),
]

LOC_NAMES = {
    "en": dict(
        m="Brandon Trevor Colin Declan Garrett Nathaniel Rhys Emmett Dustin Malcolm Spencer Tobias Wesley Graham".split(),
        f="Brianna Imogen Maddison Kelsey Harriet Tamsin Lorna Bethany Courtney Delphine Priya Fiona Kirsty Shannon".split(),
        l="Thornbury Whitlock Pennington Ashworth Haverford Caldwell Bramley Fairweather Kowalczyk Delaney Okonkwo Hargreaves Lindqvist Rutherford Mistry Castellanos".split(),
    ),
    "de": dict(
        m="Jörg Torsten Lukas Matthias Dieter Henrik Falk Benedikt Malte Ulrich Kilian Wolfgang".split(),
        f="Annika Friedericke Svenja Ute Mareike Leonie Henrike Birgit Jana Wiebke Theresa Gudrun".split(),
        l="Hoffmann Brückner Achterberg Lindemann Vogelsang Kessler Wiesner Pfeiffer Oberländer Schwarzkopf Grünwald Tietjen Yılmaz".split(),
    ),
    "fr": dict(
        m="Étienne Baptiste Mathis Gaëtan Thibault Lucien Yannick Aurélien Maxence Benoît".split(),
        f="Céline Margaux Éloïse Solène Clémence Océane Maëlle Ségolène Inès Nadège".split(),
        l="Dubreuil Lefèvre Marchand Rousseau Boulanger Garnier Fontaine Chevallier Mercier Benali Lacroix Giraud".split(),
    ),
    "es": dict(
        m="Álvaro Iñigo Rodrigo Gonzalo Sergio Xavier Joaquín Ignacio Rubén Esteban".split(),
        f="Lucía Itziar Rocío Begoña Nerea Ainhoa Marisol Carmela Inmaculada Montserrat".split(),
        l="García Lorente Etxeberria Navarro Quintana Villalobos Montoya Aguirre Sandoval Cifuentes Bermúdez Olmedo".split(),
    ),
    "it": dict(
        m="Gianluca Lorenzo Matteo Niccolò Tommaso Emanuele Raffaele Dario Vittorio Ottavio".split(),
        f="Chiara Ginevra Beatrice Ilaria Federica Arianna Donatella Serena Ludovica Marta".split(),
        l="Esposito Bianchi Colombo Ferrara Lombardi Marchetti Cattaneo Santoro Rinaldi Galli Caruso Benedetti".split(),
    ),
    "pt": dict(
        m="Tiago Rui Nuno Gonçalo Duarte Afonso Vasco Henrique Diogo Rodrigo".split(),
        f="Inês Beatriz Leonor Matilde Carolina Filipa Mafalda Catarina Joana Sofia".split(),
        l="Ferreira Carvalho Magalhães Lopes Cardoso Teixeira Gouveia Pinto Antunes Correia Vieira Fonseca".split(),
    ),
    "pt-BR": dict(
        m="Thiago Caio Vinícius Leandro Wellington Gustavo Rafael Murilo Anderson Renan".split(),
        f="Larissa Thaís Jéssica Fernanda Giovanna Bruna Letícia Daniela Camila Luana".split(),
        l="Souza Oliveira Nascimento Rodrigues Albuquerque Barbosa Cavalcanti Moreira Ribeiro Araújo Siqueira Damasceno".split(),
    ),
    "nl": dict(
        m="Joost Bram Sander Thijs Wouter Maarten Gijs Ruud Stijn Floris".split(),
        f="Femke Lotte Marloes Anouk Ilse Sanne Eline Noortje Marieke Fleur".split(),
        l=[
            "de Jong",
            "Bakker",
            "Visser",
            "Smit",
            "Mulder",
            "de Groot",
            "Vermeulen",
            "van Dijk",
            "Hendriks",
            "Dekker",
            "van den Heuvel",
            "Bosman",
        ],
    ),
    "pl": dict(
        m="Łukasz Grzegorz Mateusz Krzysztof Bartosz Piotr Wojciech Tomasz Jarosław Kacper".split(),
        f="Agnieszka Małgorzata Zuzanna Katarzyna Joanna Magdalena Aleksandra Dorota Weronika Ewelina".split(),
        l="Wiśniewski Kowalczyk Zieliński Szymański Woźniak Dąbrowski Kamiński Lewandowski Grabowski Pawlak Jankowski Mazur".split(),
    ),
    "sv": dict(
        m="Björn Henrik Oskar Linus Anders Gustav Fredrik Mattias Nils Joakim".split(),
        f="Linnéa Ebba Maja Klara Sofie Frida Elin Annelie Tove Ylva".split(),
        l="Lindqvist Bergström Sjöberg Nyström Holmgren Åkesson Engström Lundgren Hedlund Forsberg Ekholm Wallin".split(),
    ),
    "da": dict(
        m="Mads Rasmus Søren Jesper Kasper Mikkel Frederik Anders Niels Jonas".split(),
        f="Mette Sidsel Ida Camilla Louise Signe Trine Freja Maja Stine".split(),
        l="Jørgensen Kristensen Mortensen Rasmussen Østergaard Lauridsen Thomsen Bech Kjær Dahl Vestergaard Holm".split(),
    ),
    "fi": dict(
        m="Juhani Mikko Tuomas Jari Antti Ville Lauri Olli Petteri Kalle".split(),
        f="Aino Liisa Henna Sanna Riikka Tiina Johanna Katja Outi Minna".split(),
        l="Virtanen Korhonen Mäkelä Nieminen Heikkinen Järvinen Lehtonen Hämäläinen Laaksonen Koskinen Salminen Rantanen".split(),
    ),
    "tr": dict(
        m="Emre Burak Mehmet Oğuz Kerem Serkan Hakan Tolga Cem Barış".split(),
        f="Ayşe Elif Zeynep Büşra Gizem Derya Ebru Merve Sibel Tuğba".split(),
        l="Yılmaz Kaya Demir Şahin Çelik Aydın Öztürk Arslan Doğan Kılıç Karaca Erdoğdu".split(),
    ),
    "cs": dict(
        m="Jiří Tomáš Ondřej Radek Lukáš Vojtěch Jaroslav Zdeněk Petr Martin".split(),
        f="Lenka Tereza Kateřina Markéta Hana Zuzana Veronika Jitka Barbora Eliška".split(),
        l=[
            "Novák",
            "Dvořáková",
            "Procházka",
            "Černý",
            "Kučerová",
            "Veselý",
            "Horáková",
            "Němec",
            "Pokorný",
            "Marková",
            "Krejčí",
            "Růžička",
        ],
    ),
}

HON = {
    "en": dict(m=["Mr.", "Dr.", "Prof.", "Mr"], f=["Ms.", "Mrs.", "Dr.", "Ms", "Prof."]),
    "de": dict(m=["Herr", "Herrn", "Dr.", "Herr Dr."], f=["Frau", "Frau Dr.", "Prof."]),
    "fr": dict(m=["M.", "Monsieur", "Dr"], f=["Mme", "Madame", "Mlle", "Dr"]),
    "es": dict(m=["Sr.", "D.", "Dr."], f=["Sra.", "Dña.", "Dra."]),
    "it": dict(m=["Sig.", "Dott.", "Ing."], f=["Sig.ra", "Dott.ssa", "Avv."]),
    "pt": dict(m=["Sr.", "Dr.", "Eng."], f=["Sra.", "Dra.", "D."]),
    "pt-BR": dict(m=["Sr.", "Dr."], f=["Sra.", "Dra."]),
    "nl": dict(m=["dhr.", "meneer", "de heer"], f=["mevr.", "mevrouw"]),
    "pl": dict(m=["Pan", "pan", "dr"], f=["Pani", "pani", "dr"]),
    "sv": dict(m=["dr"], f=["dr"]),
    "da": dict(m=["Hr.", "hr."], f=["Fru", "fru"]),
    "fi": dict(m=["tri"], f=["tri"]),
    "tr": dict(m=["Bay", "Dr."], f=["Bayan", "Dr."]),
    "cs": dict(m=["pan", "Ing.", "MUDr."], f=["paní", "Mgr.", "MUDr."]),
}

import unicodedata


def fold(s):
    s = (
        s.replace("ß", "ss")
        .replace("ø", "o")
        .replace("æ", "ae")
        .replace("ł", "l")
        .replace("ı", "i")
        .replace("đ", "d")
    )
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


CS_MALE_FORMS = {"Dvořáková": "Dvořák", "Kučerová": "Kučera", "Horáková": "Horák", "Marková": "Marek"}


def cs_surname(l, g):
    if g == "m":
        return CS_MALE_FORMS.get(l, l)
    if l.endswith("ová") or l == "Krejčí":
        return l
    if l.endswith("ý"):
        return l[:-1] + "á"
    if l == "Němec":
        return "Němcová"
    if l.endswith("a"):
        return l[:-1] + "ová"
    return l + "ová"


class Person:
    def __init__(self, lang):
        if R.random() < 0.27:
            f, l, g = ch(GLOBAL_NAMES)
        else:
            d = LOC_NAMES[lang]
            g = ch("mf")
            f = ch(d[g])
            l = ch(d["l"])
            if lang in ("es",) and R.random() < 0.5:
                l = l + " " + ch([x for x in d["l"] if x != l])
            if lang == "pl" and g == "f":
                l = re.sub(r"(sk|ck|dzk)i$", r"\1a", l)
            if lang == "cs":
                l = cs_surname(l, g)
        self.first, self.last, self.g, self.lang = f, l, g, lang
        self.full = f + " " + l

    def email(self, lang):
        f = fold(self.first.lower()).replace(" ", "").replace("'", "")
        l = fold(self.last.lower()).replace(" ", "").replace("'", "")
        local = ch(
            [
                f + "." + l,
                f[0] + l,
                f + l[:3] + digits(2),
                l + "." + f[0],
                f + "_" + l,
                f + digits(4),
                l + f[0] + digits(2),
            ]
        )
        return local + "@" + ch(DOMAINS[lang] + DOMAINS["any"])

    def hon(self):
        return ch(HON[self.lang][self.g])


DOMAINS = {
    "any": ["gmail.com", "outlook.com", "proton.me", "icloud.com", "yahoo.com", "hotmail.com", "fastmail.fm"],
    "en": ["btinternet.com", "comcast.net", "aol.com", "sky.com", "verizon.net"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "mailbox.org"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "es": ["telefonica.net", "yahoo.es", "hotmail.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "pt": ["sapo.pt", "clix.pt", "netcabo.pt"],
    "pt-BR": ["uol.com.br", "bol.com.br", "terra.com.br", "globo.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "planet.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "sv": ["telia.com", "bredband.net", "spray.se"],
    "da": ["jubii.dk", "mail.dk", "stofanet.dk"],
    "fi": ["elisanet.fi", "luukku.com", "kolumbus.fi"],
    "tr": ["hotmail.com.tr", "yandex.com.tr", "superonline.com"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "post.cz"],
}

# ----------------------------------------------------------------------------
# Addresses
# ----------------------------------------------------------------------------
US_STREETS = [
    "Juniper",
    "Cottonwood",
    "Alder Creek",
    "Wexford",
    "Sycamore Hollow",
    "Larkspur",
    "Ridgeview",
    "Tamarack",
    "Old Mill",
    "Harrowgate",
    "Bluestem",
    "Quarry Hill",
    "Fox Run",
    "Briar Patch",
    "Cedar Knoll",
    "Pinecrest",
]
US_SFX = ["St", "Ave", "Rd", "Blvd", "Lane", "Dr", "Court", "Way", "Street", "Avenue", "Terrace"]
US_CITIES = [
    ("Boise", "ID"),
    ("Dayton", "OH"),
    ("Tacoma", "WA"),
    ("Asheville", "NC"),
    ("Fresno", "CA"),
    ("Lansing", "MI"),
    ("Knoxville", "TN"),
    ("Albuquerque", "NM"),
    ("Eau Claire", "WI"),
    ("Macon", "GA"),
    ("Provo", "UT"),
    ("Duluth", "MN"),
    ("Scranton", "PA"),
    ("Wichita", "KS"),
    ("Burlington", "VT"),
    ("Bend", "OR"),
]
UK_STREETS = [
    "Kestrel Road",
    "Mulberry Close",
    "Wharfedale Avenue",
    "Pevensey Gardens",
    "Tanners Lane",
    "Heathfield Crescent",
    "Orchard Rise",
    "Coldharbour Lane",
    "Elmtree Grove",
    "Brackenbury Street",
]
UK_CITIES = [
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Norwich", "NR"),
    ("Leicester", "LE"),
    ("Cardiff", "CF"),
    ("Sheffield", "S"),
    ("York", "YO"),
    ("Exeter", "EX"),
    ("Glasgow", "G"),
    ("Nottingham", "NG"),
]


def uk_pc(pre):
    return (
        f"{pre}{R.randint(1, 19)} {R.randint(1, 9)}{ch('ABDEFGHJLNPQRSTUWXYZ')}{ch('ABDEFGHJLNPQRSTUWXYZ')}"
    )


def addr_en(ml=False, pobox=False):
    if R.random() < 0.6:
        city, st = ch(US_CITIES)
        z = f"{R.randint(10000, 99899)}"
        if pobox:
            return f"{ch(['PO Box', 'P.O. Box', 'P.O. Box'])} {R.randint(12, 9999)}{chr(10) if ml else ', '}{city}, {st} {z}"
        line = f"{R.randint(3, 9890)} {ch(US_STREETS)} {ch(US_SFX)}"
        unit = ch(
            [
                "",
                "",
                f", Apt {R.randint(1, 30)}{ch('ABCD')}",
                f" Unit {R.randint(2, 240)}",
                f", Suite {R.randint(100, 950)}",
                f" #{R.randint(2, 60)}",
            ]
        )
        return line + unit + ("\n" if ml else ", ") + f"{city}, {st} {z}"
    city, pre = ch(UK_CITIES)
    if pobox:
        return f"PO Box {R.randint(10, 999)}{chr(10) if ml else ', '}{city} {uk_pc(pre)}"
    unit = ch(["", "", f"Flat {R.randint(1, 12)}, ", f"Flat {R.randint(1, 9)}{ch('ABC')}, "])
    sep = "\n" if ml else ", "
    return f"{unit}{R.randint(1, 180)} {ch(UK_STREETS)}{sep}{city}{sep if ml else ' '}{uk_pc(pre)}"


def addr_generic(street, num, unit, pc, city, ml, sep=", "):
    s = f"{street} {num}{unit}"
    return s + ("\n" if ml else sep) + f"{pc} {city}"


DE_STREETS = [
    "Lindenweg",
    "Erlenstraße",
    "Am Mühlbach",
    "Kastanienallee",
    "Hohe Straße",
    "Rosenheimer Str.",
    "Gartenstr.",
    "Schlehenring",
    "Eichendorffweg",
    "Auf der Heide",
    "Bergstraße",
    "Kirchgasse",
]
DE_CITIES = [
    ("79098", "Freiburg"),
    ("04109", "Leipzig"),
    ("50667", "Köln"),
    ("24103", "Kiel"),
    ("93047", "Regensburg"),
    ("01067", "Dresden"),
    ("28195", "Bremen"),
    ("70173", "Stuttgart"),
    ("1050", "Wien"),
    ("8004", "Zürich"),
]
FR_STREETS = [
    "rue des Tanneurs",
    "avenue Jean-Jaurès",
    "boulevard de la Liberté",
    "impasse des Lilas",
    "rue du Faubourg",
    "chemin des Vignes",
    "allée des Peupliers",
    "rue Sainte-Catherine",
    "quai de la Fosse",
]
FR_CITIES = [
    ("69004", "Lyon"),
    ("31000", "Toulouse"),
    ("44000", "Nantes"),
    ("33000", "Bordeaux"),
    ("67000", "Strasbourg"),
    ("59800", "Lille"),
    ("35000", "Rennes"),
    ("13006", "Marseille"),
    ("1000", "Bruxelles"),
]
ES_STREETS = [
    "Calle de la Palma",
    "C/ Sant Pere",
    "Avda. de la Constitución",
    "Calle Mayor",
    "Paseo de Gracia",
    "Calle Alcalá",
    "Rúa do Franco",
    "Calle Sierpes",
    "Plaza del Pilar",
    "Calle Ercilla",
]
ES_CITIES = [
    ("28004", "Madrid"),
    ("08003", "Barcelona"),
    ("41004", "Sevilla"),
    ("46001", "Valencia"),
    ("48009", "Bilbao"),
    ("15704", "Santiago de Compostela"),
    ("50003", "Zaragoza"),
    ("29015", "Málaga"),
]
IT_STREETS = [
    "Via dei Mille",
    "Corso Garibaldi",
    "Via San Vitale",
    "Viale Monza",
    "Via della Spiga",
    "Piazza Santo Spirito",
    "Via Nazionale",
    "Vicolo del Cinque",
    "Via Roma",
    "Borgo Pinti",
]
IT_CITIES = [
    ("40121", "Bologna"),
    ("20127", "Milano"),
    ("50125", "Firenze"),
    ("00184", "Roma"),
    ("10123", "Torino"),
    ("80138", "Napoli"),
    ("90133", "Palermo"),
    ("37121", "Verona"),
]
PT_STREETS = [
    "Rua do Almada",
    "Avenida da Boavista",
    "Rua Augusta",
    "Travessa do Carmo",
    "Rua de Santa Catarina",
    "Largo do Rato",
    "Rua Ferreira Borges",
    "Calçada da Estrela",
]
PT_CITIES = [
    ("4050-032", "Porto"),
    ("1100-048", "Lisboa"),
    ("3000-123", "Coimbra"),
    ("4700-312", "Braga"),
    ("8000-205", "Faro"),
]
BR_STREETS = [
    "Rua Harmonia",
    "Av. Paulista",
    "Rua Voluntários da Pátria",
    "Rua das Laranjeiras",
    "Av. Sete de Setembro",
    "Rua Padre Chagas",
    "Rua Oscar Freire",
    "Av. Afonso Pena",
]
BR_CITIES = [
    ("05435-000", "São Paulo", "SP"),
    ("22240-003", "Rio de Janeiro", "RJ"),
    ("90570-080", "Porto Alegre", "RS"),
    ("30130-009", "Belo Horizonte", "MG"),
    ("40140-110", "Salvador", "BA"),
    ("80010-000", "Curitiba", "PR"),
]
BR_BAIRROS = ["Vila Madalena", "Botafogo", "Moinhos de Vento", "Savassi", "Barra", "Centro", "Pinheiros"]
NL_STREETS = [
    "Vlierstraat",
    "Lange Nieuwstraat",
    "Oudegracht",
    "Kerkstraat",
    "Zeedijk",
    "Bloemgracht",
    "Hoogstraat",
    "Molenweg",
    "Stationsplein",
    "Brouwersgracht",
]
NL_CITIES = [
    ("3512 KT", "Utrecht"),
    ("2311 EZ", "Leiden"),
    ("9711 LM", "Groningen"),
    ("5611 AB", "Eindhoven"),
    ("3011 BN", "Rotterdam"),
    ("9000", "Gent"),
    ("2000", "Antwerpen"),
]
PL_STREETS = [
    "ul. Miodowa",
    "ul. Piotrkowska",
    "al. Niepodległości",
    "ul. Długa",
    "ul. Świętojańska",
    "os. Kalinowe",
    "ul. Ogrodowa",
    "ul. Lipowa",
    "pl. Grunwaldzki",
]
PL_CITIES = [
    ("31-055", "Kraków"),
    ("90-102", "Łódź"),
    ("00-950", "Warszawa"),
    ("80-831", "Gdańsk"),
    ("50-413", "Wrocław"),
    ("61-809", "Poznań"),
    ("20-076", "Lublin"),
]
SV_STREETS = [
    "Fjällgatan",
    "Storgatan",
    "Vasagatan",
    "Kungsgatan",
    "Linnégatan",
    "Tegnérgatan",
    "Drottninggatan",
    "Björkvägen",
]
SV_CITIES = [
    ("116 28", "Stockholm"),
    ("413 06", "Göteborg"),
    ("211 34", "Malmö"),
    ("753 20", "Uppsala"),
    ("903 26", "Umeå"),
    ("582 24", "Linköping"),
]
DA_STREETS = [
    "Ryesgade",
    "Nørrebrogade",
    "Vesterbrogade",
    "Jægersborggade",
    "Skolegade",
    "Klostergade",
    "Søndergade",
    "Åboulevard",
]
DA_CITIES = [
    ("2200", "København N"),
    ("8000", "Aarhus C"),
    ("5000", "Odense C"),
    ("9000", "Aalborg"),
    ("1620", "København V"),
    ("7100", "Vejle"),
]
FI_STREETS = [
    "Rautatienkatu",
    "Mannerheimintie",
    "Hämeenkatu",
    "Kauppakatu",
    "Aleksanterinkatu",
    "Koivukuja",
    "Satamakatu",
]
FI_CITIES = [
    ("33100", "Tampere"),
    ("00100", "Helsinki"),
    ("20100", "Turku"),
    ("90100", "Oulu"),
    ("40100", "Jyväskylä"),
    ("02150", "Espoo"),
]
TR_STREETS = [
    "Moda Cad.",
    "Bağdat Cad.",
    "Atatürk Bulvarı",
    "Cumhuriyet Mah. Gül Sok.",
    "İstiklal Cad.",
    "Kazım Dirik Mah. 372 Sok.",
    "Tunalı Hilmi Cad.",
    "Alsancak Kıbrıs Şehitleri Cad.",
]
TR_CITIES = [
    ("34710", "Kadıköy/İstanbul"),
    ("06680", "Çankaya/Ankara"),
    ("35220", "Konak/İzmir"),
    ("16110", "Nilüfer/Bursa"),
    ("07100", "Muratpaşa/Antalya"),
]
CS_STREETS = [
    "Údolní",
    "Vinohradská",
    "Masarykova",
    "Na Příkopě",
    "Husova",
    "Lidická",
    "Palackého",
    "Křižíkova",
]
CS_CITIES = [
    ("602 00", "Brno"),
    ("120 00", "Praha 2"),
    ("779 00", "Olomouc"),
    ("301 00", "Plzeň"),
    ("370 01", "České Budějovice"),
    ("460 01", "Liberec"),
]


def address(lang, ml=False, pobox=False):
    n = R.randint(1, 120)
    if lang == "en":
        return addr_en(ml, pobox)
    if lang == "de":
        pc, c = ch(DE_CITIES)
        if pobox:
            return (
                f"Postfach {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)}"
                + ("\n" if ml else ", ")
                + f"{pc} {c}"
            )
        return addr_generic(
            ch(DE_STREETS),
            f"{n}{ch(['', '', 'a', 'b'])}",
            ch(["", "", ", 3. Stock", ", 2. OG", " / Top 4", ", Hinterhaus"]),
            pc,
            c,
            ml,
        )
    if lang == "fr":
        pc, c = ch(FR_CITIES)
        if pobox:
            return f"BP {R.randint(10, 999)}" + ("\n" if ml else ", ") + f"{pc} {c} Cedex"
        s = f"{n}{ch(['', '', ' bis', ' ter'])} {ch(FR_STREETS)}" + ch(
            ["", "", ", bât. B", ", appt 12", ", 3e étage"]
        )
        return s + ("\n" if ml else ", ") + f"{pc} {c}"
    if lang == "es":
        pc, c = ch(ES_CITIES)
        if pobox:
            return f"Apartado de Correos {R.randint(10, 999)}" + ("\n" if ml else ", ") + f"{pc} {c}"
        return addr_generic(
            ch(ES_STREETS),
            f"{n}",
            ch(
                [
                    "",
                    f", {R.randint(1, 8)}º {ch(['izq.', 'dcha.', 'B', 'A'])}",
                    f", esc. 2, {R.randint(1, 6)}º",
                ]
            ),
            pc,
            c,
            ml,
        )
    if lang == "it":
        pc, c = ch(IT_CITIES)
        if pobox:
            return f"Casella Postale {R.randint(1, 400)}" + ("\n" if ml else ", ") + f"{pc} {c}"
        return addr_generic(
            ch(IT_STREETS),
            f"{n}",
            ch(["", "", f", int. {R.randint(1, 20)}", f"/{ch('ABC')}", ", scala B"]),
            pc,
            c + ch(["", f" ({ch(['BO', 'MI', 'FI', 'RM'])})"]),
            ml,
        )
    if lang == "pt":
        pc, c = ch(PT_CITIES)
        if pobox:
            return f"Apartado {R.randint(100, 9999)}" + ("\n" if ml else ", ") + f"{pc} {c}"
        return addr_generic(ch(PT_STREETS), f"{n}", ch(["", ", 2.º Esq.", ", 1.º Dto.", ", r/c"]), pc, c, ml)
    if lang == "pt-BR":
        pc, c, uf = ch(BR_CITIES)
        if pobox:
            return f"Caixa Postal {R.randint(100, 9999)}" + ("\n" if ml else ", ") + f"CEP {pc}, {c} - {uf}"
        s = f"{ch(BR_STREETS)}, {R.randint(10, 3999)}" + ch(
            [
                "",
                f", apto {R.randint(11, 180)}",
                f", bloco B, ap. {R.randint(11, 99)}",
                f", casa {R.randint(1, 9)}",
            ]
        )
        return (
            s
            + (" - " + ch(BR_BAIRROS) if R.random() < 0.6 else "")
            + ("\n" if ml else ", ")
            + f"{c} - {uf}, {pc}"
        )
    if lang == "nl":
        pc, c = ch(NL_CITIES)
        if pobox:
            return f"Postbus {R.randint(10, 9999)}" + ("\n" if ml else ", ") + f"{pc} {c}"
        return addr_generic(
            ch(NL_STREETS),
            f"{n}{ch(['', '', '-2', 'A', ' bis'])}",
            ch(["", "", " bus 2", " huis"]) if pc.isdigit() else "",
            pc,
            c,
            ml,
        )
    if lang == "pl":
        pc, c = ch(PL_CITIES)
        if pobox:
            return f"Skrytka pocztowa {R.randint(1, 300)}" + ("\n" if ml else ", ") + f"{pc} {c}"
        return addr_generic(
            ch(PL_STREETS), f"{n}{ch(['', '', f'/{R.randint(1, 60)}', ' m. 4', 'A'])}", "", pc, c, ml
        )
    if lang == "sv":
        pc, c = ch(SV_CITIES)
        if pobox:
            return f"Box {R.randint(10, 9999)}" + ("\n" if ml else ", ") + f"{pc} {c}"
        return addr_generic(
            ch(SV_STREETS),
            f"{n}{ch(['', '', 'B', 'A'])}",
            ch(["", "", f", lgh {R.randint(1001, 1504)}", ", 3 tr"]),
            pc,
            c,
            ml,
        )
    if lang == "da":
        pc, c = ch(DA_CITIES)
        if pobox:
            return f"Postboks {R.randint(10, 999)}" + ("\n" if ml else ", ") + f"{pc} {c}"
        return addr_generic(
            ch(DA_STREETS),
            f"{n}",
            ch(["", f", {R.randint(1, 5)}. th.", f", {R.randint(1, 5)}. tv.", ", st. mf."]),
            pc,
            c,
            ml,
        )
    if lang == "fi":
        pc, c = ch(FI_CITIES)
        if pobox:
            return f"PL {R.randint(10, 999)}" + ("\n" if ml else ", ") + f"{pc} {c}"
        return addr_generic(
            ch(FI_STREETS),
            f"{n}",
            ch(["", f" {ch('ABC')} {R.randint(1, 40)}", f" as. {R.randint(1, 30)}"]),
            pc,
            c,
            ml,
        )
    if lang == "tr":
        pc, c = ch(TR_CITIES)
        if pobox:
            return f"PK {R.randint(10, 999)}" + ("\n" if ml else ", ") + f"{pc} {c}"
        s = f"{ch(TR_STREETS)} No: {n}" + ch(
            ["", f" D: {R.randint(1, 20)}", f"/{R.randint(1, 12)}", f" Kat: {R.randint(1, 9)}"]
        )
        return s + ("\n" if ml else ", ") + f"{pc} {c}"
    if lang == "cs":
        pc, c = ch(CS_CITIES)
        if pobox:
            return f"P.O. Box {R.randint(10, 999)}" + ("\n" if ml else ", ") + f"{pc} {c}"
        return addr_generic(ch(CS_STREETS), f"{R.randint(100, 2999)}/{n}", "", pc, c, ml)
    raise KeyError(lang)


def street_only(lang):
    return {
        "en": ch(UK_STREETS + [s + " " + x for s in US_STREETS[:6] for x in ["Avenue", "Road"]]),
        "de": ch(DE_STREETS),
        "fr": ch(FR_STREETS),
        "es": ch(ES_STREETS),
        "it": ch(IT_STREETS),
        "pt": ch(PT_STREETS),
        "pt-BR": ch(BR_STREETS),
        "nl": ch(NL_STREETS),
        "pl": ch(PL_STREETS),
        "sv": ch(SV_STREETS),
        "da": ch(DA_STREETS),
        "fi": ch(FI_STREETS),
        "tr": ch(TR_STREETS),
        "cs": ch(CS_STREETS),
    }[lang]


def city_only(lang):
    tbl = {
        "en": [c for c, _ in US_CITIES + UK_CITIES],
        "de": [c for _, c in DE_CITIES],
        "fr": [c for _, c in FR_CITIES],
        "es": [c for _, c in ES_CITIES],
        "it": [c for _, c in IT_CITIES],
        "pt": [c for _, c in PT_CITIES],
        "pt-BR": [c for _, c, _ in BR_CITIES],
        "nl": [c for _, c in NL_CITIES],
        "pl": [c for _, c in PL_CITIES],
        "sv": [c for _, c in SV_CITIES],
        "da": [c for _, c in DA_CITIES],
        "fi": [c for _, c in FI_CITIES],
        "tr": [c for _, c in TR_CITIES],
        "cs": [c for _, c in CS_CITIES],
    }
    return ch(tbl[lang])


def postcode_only(lang):
    tbl = {
        "en": lambda: ch([f"{R.randint(10000, 99899)}", uk_pc(ch(UK_CITIES)[1])]),
        "de": lambda: ch(DE_CITIES)[0],
        "fr": lambda: ch(FR_CITIES)[0],
        "es": lambda: ch(ES_CITIES)[0],
        "it": lambda: ch(IT_CITIES)[0],
        "pt": lambda: ch(PT_CITIES)[0],
        "pt-BR": lambda: ch(BR_CITIES)[0],
        "nl": lambda: ch(NL_CITIES)[0],
        "pl": lambda: ch(PL_CITIES)[0],
        "sv": lambda: ch(SV_CITIES)[0],
        "da": lambda: ch(DA_CITIES)[0],
        "fi": lambda: ch(FI_CITIES)[0],
        "tr": lambda: ch(TR_CITIES)[0],
        "cs": lambda: ch(CS_CITIES)[0],
    }
    return tbl[lang]()


# ----------------------------------------------------------------------------
# Phones
# ----------------------------------------------------------------------------
def phone(lang):
    d = digits
    nz = lambda: str(R.randint(2, 9))
    if lang == "en":
        if R.random() < 0.6:
            a, b, c = f"{nz()}{d(2)}", f"{nz()}{d(2)}", d(4)
            while b == "555":
                b = f"{nz()}{d(2)}"
            return ch(
                [
                    f"({a}) {b}-{c}",
                    f"{a}-{b}-{c}",
                    f"+1 {a} {b} {c}",
                    f"{a}.{b}.{c}",
                    f"+1-{a}-{b}-{c}",
                    f"({a}) {b}-{c} ext. {R.randint(10, 999)}",
                    f"{a}-{b}-{c} x{R.randint(100, 9999)}",
                    f"1 ({a}) {b}-{c}",
                ]
            )
        return ch(
            [
                f"07{ch('3456789')}{d(2)} {d(3)} {d(3)}",
                f"+44 7{ch('3456789')}{d(2)} {d(6)}",
                f"+44 (0)1{d(2)} {d(3)} {d(4)}",
                f"01{d(3)} {d(6)}",
                f"+44 20 {nz()}{d(3)} {d(4)}",
            ]
        )
    if lang == "de":
        return ch(
            [
                f"+49 1{ch('567')}{d(1)} {d(7)}",
                f"0{ch(['30', '40', '89', '221', '711', '341'])} {nz()}{d(6)}",
                f"01{ch('567')}{d(1)}/{d(7)}",
                f"+49 (0){ch(['89', '69', '351'])} {d(4)}-{d(3)}",
                f"0{ch(['761', '431', '941'])} / {d(2)} {d(2)} {d(2)}",
                f"+43 664 {d(7)}",
                f"+41 79 {d(3)} {d(2)} {d(2)}",
            ]
        )
    if lang == "fr":
        p = lambda: " ".join(d(2) for _ in range(4))
        return ch(
            [
                f"0{ch('67')} {p()}",
                f"+33 {ch('67')} {p()}",
                f"+33 (0){ch('12345')} {p()}",
                f"0{ch('12345')}.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
                f"+32 4{d(2)} {d(2)} {d(2)} {d(2)}",
            ]
        )
    if lang == "es":
        return ch(
            [
                f"6{d(2)} {d(3)} {d(3)}",
                f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
                f"+34 91 {d(3)} {d(2)} {d(2)}",
                f"9{d(2)}-{d(3)}-{d(3)}",
                f"7{d(8)}",
            ]
        )
    if lang == "it":
        return ch(
            [
                f"3{ch('234')}{d(1)} {d(3)} {d(4)}",
                f"+39 3{ch('234')}{d(1)} {d(7)}",
                f"+39 06 {d(4)} {d(4)}",
                f"0{ch(['51', '55', '2'])}/{d(7)}",
                f"3{d(2)}-{d(7)}",
            ]
        )
    if lang == "pt":
        return ch(
            [
                f"9{ch('1236')}{d(1)} {d(3)} {d(3)}",
                f"+351 9{ch('1236')}{d(1)} {d(3)} {d(3)}",
                f"+351 21 {d(3)} {d(4)}",
                f"22{d(7)}",
            ]
        )
    if lang == "pt-BR":
        ddd = ch(["11", "21", "31", "41", "51", "71", "61", "85"])
        return ch(
            [
                f"({ddd}) 9{d(4)}-{d(4)}",
                f"+55 {ddd} 9{d(4)}-{d(4)}",
                f"+55 ({ddd}) 9 {d(4)} {d(4)}",
                f"{ddd} 9{d(8)}",
                f"({ddd}) 3{d(3)}-{d(4)}",
            ]
        )
    if lang == "nl":
        return ch(
            [
                f"06-{d(8)}",
                f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                f"+31 6 {d(8)}",
                f"+31 (0)20 {d(3)} {d(4)}",
                f"010-{d(7)}",
                f"+32 47{d(1)} {d(2)} {d(2)} {d(2)}",
            ]
        )
    if lang == "pl":
        return ch(
            [
                f"+48 {ch('5678')}{d(2)} {d(3)} {d(3)}",
                f"{ch('5678')}{d(2)}-{d(3)}-{d(3)}",
                f"{ch('5678')}{d(2)} {d(3)} {d(3)}",
                f"(22) {d(3)} {d(2)} {d(2)}",
                f"+48 12 {d(3)} {d(2)} {d(2)}",
            ]
        )
    if lang == "sv":
        return ch(
            [
                f"07{ch('0236')}-{d(3)} {d(2)} {d(2)}",
                f"+46 7{ch('0236')} {d(3)} {d(2)} {d(2)}",
                f"08-{d(3)} {d(3)} {d(2)}",
                f"+46 (0)31 {d(2)} {d(2)} {d(2)}",
                f"07{ch('0236')}{d(7)}",
            ]
        )
    if lang == "da":
        return ch(
            [
                f"+45 {ch('2345')}{d(1)} {d(2)} {d(2)} {d(2)}",
                f"{ch('2345')}{d(1)} {d(2)} {d(2)} {d(2)}",
                f"{ch('2345')}{d(7)}",
                f"+45 {ch('2345')}{d(3)} {d(4)}",
            ]
        )
    if lang == "fi":
        return ch(
            [
                f"04{ch('01456')} {d(3)} {d(4)}",
                f"+358 4{ch('01456')} {d(3)} {d(4)}",
                f"050-{d(7)}",
                f"+358 (0)9 {d(3)} {d(4)}",
                f"09 {d(4)} {d(3)}",
            ]
        )
    if lang == "tr":
        return ch(
            [
                f"05{ch('345')}{d(1)} {d(3)} {d(2)} {d(2)}",
                f"+90 5{ch('345')}{d(1)} {d(3)} {d(2)} {d(2)}",
                f"+90 (212) {d(3)} {d(2)} {d(2)}",
                f"0 (5{ch('345')}{d(1)}) {d(3)} {d(4)}",
                f"05{ch('345')}{d(8)}",
            ]
        )
    if lang == "cs":
        return ch(
            [
                f"+420 {ch('67')}{d(2)} {d(3)} {d(3)}",
                f"{ch('67')}{d(2)} {d(3)} {d(3)}",
                f"+420 2{d(2)} {d(3)} {d(3)}",
                f"00420 {ch('67')}{d(8)}",
            ]
        )
    raise KeyError(lang)


# ----------------------------------------------------------------------------
# Cards, IBAN, SSN, IP
# ----------------------------------------------------------------------------
TEST_CARDS = [
    "4111111111111111",
    "4242424242424242",
    "5555555555554444",
    "378282246310005",
    "6011111111111117",
    "4000056655665556",
    "5105105105105100",
    "4012888888881881",
    "371449635398431",
    "4000000000000002",
]


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card():
    kind = ch(["visa", "visa", "mc", "mc2", "amex", "disc", "visa13"])
    while True:
        if kind == "visa":
            n = luhn_complete("4" + digits(1), 16)
        elif kind == "mc":
            n = luhn_complete(str(R.randint(51, 55)), 16)
        elif kind == "mc2":
            n = luhn_complete(str(R.randint(2221, 2720)), 16)
        elif kind == "amex":
            n = luhn_complete(ch(["34", "37"]), 15)
        elif kind == "visa13":
            n = luhn_complete("4", 16)
        else:
            n = luhn_complete(ch(["6011", "65"]), 16)
        if n not in TEST_CARDS and len(set(n[1:])) > 3:
            break
    if len(n) == 15:
        return ch([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    g = [n[i : i + 4] for i in range(0, 16, 4)]
    return ch([" ".join(g), "-".join(g), n, " ".join(g)])


IBAN_SPEC = {  # country: list of (kind, len) : n digits, a upper letters, c alnum upper
    "DE": [("n", 18)],
    "AT": [("n", 16)],
    "CH": [("n", 5), ("c", 12)],
    "FR": [("n", 10), ("c", 11), ("n", 2)],
    "BE": [("n", 12)],
    "ES": [("n", 20)],
    "IT": [("a", 1), ("n", 10), ("c", 12)],
    "PT": [("n", 21)],
    "BR": [("n", 23), ("a", 1), ("c", 1)],
    "NL": [("a", 4), ("n", 10)],
    "PL": [("n", 24)],
    "SE": [("n", 20)],
    "DK": [("n", 14)],
    "FI": [("n", 14)],
    "TR": [("n", 5), ("n", 1), ("c", 16)],
    "CZ": [("n", 20)],
    "GB": [("a", 4), ("n", 14)],
    "IE": [("a", 4), ("n", 14)],
    "NO": [("n", 11)],
    "RO": [("a", 4), ("c", 16)],
}
LANG_IBAN = {
    "en": ["GB", "IE", "GB"],
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
    "pt": ["PT"],
    "pt-BR": ["BR"],
    "nl": ["NL", "NL", "BE"],
    "pl": ["PL"],
    "sv": ["SE"],
    "da": ["DK"],
    "fi": ["FI"],
    "tr": ["TR"],
    "cs": ["CZ"],
}


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban(lang):
    cc = ch(LANG_IBAN[lang])
    bban = ""
    for kind, n in IBAN_SPEC[cc]:
        if kind == "n":
            bban += digits(n)
        elif kind == "a":
            bban += alnum(n, string.ascii_uppercase)
        else:
            bban += alnum(n, string.ascii_uppercase + string.digits) if R.random() < 0.3 else digits(n)
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - num % 97
    ib = f"{cc}{chk:02d}{bban}"
    assert iban_valid(ib)
    if R.random() < 0.55:
        ib = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
    return ib


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    return ch(
        [
            f"{a:03d}-{g:02d}-{s:04d}",
            f"{a:03d}-{g:02d}-{s:04d}",
            f"{a:03d}{g:02d}{s:04d}",
            f"{a:03d} {g:02d} {s:04d}",
        ]
    )


PUB_OCTETS = [
    23,
    31,
    37,
    45,
    46,
    62,
    77,
    78,
    80,
    81,
    82,
    85,
    86,
    88,
    89,
    91,
    93,
    94,
    95,
    104,
    109,
    128,
    130,
    141,
    145,
    151,
    176,
    178,
    185,
    188,
    193,
    194,
    195,
    212,
    213,
    217,
    51,
    52,
    54,
    34,
    35,
    18,
    64,
    66,
    73,
    98,
]


def ipv4():
    return f"{ch(PUB_OCTETS)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    pre = ch(["2a02", "2a01", "2600", "2604", "2a00", "2a03", "2001:67c", "2406", "2c0f", "2800"])
    h = lambda: f"{R.randint(0, 0xFFFF):x}"
    if R.random() < 0.5:
        return pre + ":" + ":".join(h() for _ in range(3 if ":" in pre else 4)) + "::" + h()
    n = 6 if ":" in pre else 7
    return pre + ":" + ":".join(h() for _ in range(n))


def doc_ip():
    if R.random() < 0.2:
        return f"2001:db8:{R.randint(0, 0xFFFF):x}::{R.randint(1, 0xFFF):x}"
    return ch(["192.0.2", "198.51.100", "203.0.113"]) + f".{R.randint(1, 254)}"


# ----------------------------------------------------------------------------
# Secrets
# ----------------------------------------------------------------------------
B62 = string.ascii_letters + string.digits
B64 = B62 + "+/"
PW_WORDS = [
    "Tulpen",
    "mavi",
    "Kestrel",
    "sombra",
    "Lumaca",
    "Zeezout",
    "Pierogi",
    "Fjäril",
    "Lakrids",
    "Kuusi",
    "kasztan",
    "Bombom",
    "Oliveira",
    "Sorvete",
    "Grenouille",
    "Marmelade",
    "Papagei",
    "Kiwi",
    "Tramonto",
    "Vinter",
    "Hellebarde",
    "copper",
    "Borsuk",
    "Mandorla",
    "Saucisse",
    "Kaktus",
    "salmiakki",
    "Nebelhorn",
    "Pantufa",
    "Ørred",
]


def password():
    w = ch(PW_WORDS)
    return ch(
        [
            f"{w}!{R.randint(10, 99)}{ch('#$%&*')}",
            f"{w}{ch(PW_WORDS).lower()}{R.randint(1, 9999)}",
            f"{w[:3]}{ch('@#!')}{alnum(7)}",
            f"{w.lower()}-{ch(PW_WORDS)}_{R.randint(100, 999)}",
            alnum(14, B62 + "!#%&*?"),
            f"{w}{R.randint(1970, 2025)}{ch('!?.')}",
        ]
    )


def secret(kind=None):
    kind = kind or ch(
        [
            "aws",
            "awssec",
            "gh",
            "ghpat",
            "gl",
            "slack",
            "stripe",
            "gapi",
            "openai",
            "jwt",
            "sg",
            "npm",
            "twilio",
            "hex32",
            "b62",
            "azure",
            "hf",
            "pw",
            "pw",
            "pw",
        ]
    )
    if kind == "aws":
        return "AKIA" + alnum(16, string.ascii_uppercase + "234567")
    if kind == "awssec":
        return alnum(40, B64)
    if kind == "gh":
        return ch(["ghp_", "gho_", "ghs_"]) + alnum(36)
    if kind == "ghpat":
        return "github_pat_" + alnum(22) + "_" + alnum(59)
    if kind == "gl":
        return "glpat-" + alnum(20, B62 + "-_")
    if kind == "slack":
        return ch(["xoxb", "xoxp"]) + f"-{digits(11)}-{digits(13)}-" + alnum(24)
    if kind == "stripe":
        return ch(["sk_live_", "rk_live_"]) + alnum(ch([24, 32, 99]))
    if kind == "gapi":
        return "AIza" + alnum(35, B62 + "-_")
    if kind == "openai":
        return "sk-proj-" + alnum(48, B62 + "-_")
    if kind == "jwt":
        import base64

        pl = json.dumps(
            {
                "sub": digits(7),
                "iat": R.randint(1600000000, 1790000000),
                "role": ch(["user", "admin", "svc"]),
            },
            separators=(",", ":"),
        )
        p = base64.urlsafe_b64encode(pl.encode()).decode().rstrip("=")
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + p + "." + alnum(43, B62 + "-_")
    if kind == "sg":
        return "SG." + alnum(22, B62 + "-_") + "." + alnum(43, B62 + "-_")
    if kind == "npm":
        return "npm_" + alnum(36)
    if kind == "twilio":
        return "SK" + alnum(32, "0123456789abcdef")
    if kind == "hex32":
        return alnum(ch([32, 40, 64]), "0123456789abcdef")
    if kind == "b62":
        return alnum(ch([28, 32, 40, 48]))
    if kind == "azure":
        return alnum(86, B64) + "=="
    if kind == "hf":
        return "hf_" + alnum(34)
    return password()


def privkey_body():
    n = R.randint(4, 7)
    lines = [alnum(64, B64) for _ in range(n)] + [alnum(R.randint(12, 60), B64) + ch(["", "=", "=="])]
    return "\n".join(lines)


# ----------------------------------------------------------------------------
# Dates
# ----------------------------------------------------------------------------
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
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
}
MONTHS["pt-BR"] = MONTHS["pt"]


def fmt_date(lang, y, m, d):
    M = MONTHS[lang]
    if lang == "en":
        sfx = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return ch(
            [
                f"{m}/{d}/{y}",
                f"{m:02d}/{d:02d}/{y}",
                f"{d}/{m}/{y}",
                f"{M[m - 1]} {d}, {y}",
                f"{d} {M[m - 1]} {y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{M[m - 1][:3]} {d}{sfx} '{y % 100:02d}",
                f"{d:02d}-{M[m - 1][:3]}-{y}",
                f"{M[m - 1][:3]}. {d}, {y}",
                f"{d}{sfx} of {M[m - 1]} {y}",
            ]
        )
    if lang == "de":
        return ch(
            [
                f"{d:02d}.{m:02d}.{y}",
                f"{d}.{m}.{y}",
                f"{d}. {M[m - 1]} {y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}.{m:02d}.{y % 100:02d}",
            ]
        )
    if lang == "fr":
        return ch(
            [
                f"{d:02d}/{m:02d}/{y}",
                f"{d} {M[m - 1]} {y}",
                f"{'1er' if d == 1 else d} {M[m - 1]} {y}",
                f"{d:02d}.{m:02d}.{y}",
            ]
        )
    if lang == "es":
        return ch(
            [f"{d:02d}/{m:02d}/{y}", f"{d} de {M[m - 1]} de {y}", f"{d}-{m}-{y}", f"{d}/{m}/{y % 100:02d}"]
        )
    if lang == "it":
        return ch([f"{d:02d}/{m:02d}/{y}", f"{d} {M[m - 1]} {y}", f"{d}.{m}.{y}", f"{d:02d}-{m:02d}-{y}"])
    if lang in ("pt", "pt-BR"):
        return ch(
            [f"{d:02d}/{m:02d}/{y}", f"{d} de {M[m - 1]} de {y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}"]
        )
    if lang == "nl":
        return ch([f"{d:02d}-{m:02d}-{y}", f"{d} {M[m - 1]} {y}", f"{d}-{m}-{y}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "pl":
        return ch(
            [f"{d:02d}.{m:02d}.{y}", f"{d} {M[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{m:02d}-{y}"]
        )
    if lang == "sv":
        return ch(
            [f"{y}-{m:02d}-{d:02d}", f"{d} {M[m - 1]} {y}", f"{y % 100:02d}{m:02d}{d:02d}", f"{d}/{m} {y}"]
        )
    if lang == "da":
        return ch([f"{d:02d}-{m:02d}-{y}", f"{d}. {M[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}-{y}"])
    if lang == "fi":
        return ch([f"{d}.{m}.{y}", f"{d}. {M[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])
    if lang == "tr":
        return ch([f"{d:02d}.{m:02d}.{y}", f"{d} {M[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"])
    if lang == "cs":
        return ch([f"{d}. {m}. {y}", f"{d}. {M[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])
    raise KeyError(lang)


def dob(lang):
    return fmt_date(lang, R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28))


def other_date(lang):
    return fmt_date(lang, R.randint(2019, 2027), R.randint(1, 12), R.randint(1, 28))


# ----------------------------------------------------------------------------
# Look-alike (negative) values
# ----------------------------------------------------------------------------
COMPANIES = [
    "Norvane Systems",
    "Halden & Roe",
    "Brightmoor Logistics",
    "Kestrel Analytics",
    "Vossberg AG",
    "Lumio SAS",
    "Quintara S.p.A.",
    "Zeelander BV",
    "Fjordkraft Data AB",
    "Tandem Foods Ltd",
    "Ostrava Steelworks a.s.",
    "Pampulha Tecnologia Ltda",
    "Ben & Jerry's",
    "Dr. Martens",
    "Jack Daniel's",
    "Tim Hortons",
    "Ray-Ban",
    "Levi's",
    "Marks & Spencer",
    "Johnson & Johnson",
    "McDonald's",
    "Wendy's",
    "Ferrero",
    "Anadolu Sigorta",
]
PRODUCTS = [
    "Dr. Oetker pizza",
    "Jack Daniel's Honey",
    "Ray-Ban Wayfarer",
    "Kindle Paperwhite",
    "Thermomix TM6",
    "Galaxy Tab S9",
    "ThinkPad X1",
    "Nespresso Vertuo",
    "AirPods Pro",
    "Fairphone 5",
    "Billy bookcase",
    "Tesla Model Y",
    "Dyson V15",
]
FAMOUS = [
    "Marie Curie",
    "Alan Turing",
    "Frida Kahlo",
    "Nelson Mandela",
    "Ada Lovelace",
    "Johann Sebastian Bach",
    "Simone de Beauvoir",
    "Gabriel García Márquez",
    "Fernando Pessoa",
    "Rembrandt van Rijn",
    "Astrid Lindgren",
    "Hans Christian Andersen",
    "Jean Sibelius",
    "Václav Havel",
    "Mustafa Kemal Atatürk",
    "Wisława Szymborska",
    "Leonardo da Vinci",
    "Galileo Galilei",
    "Cervantes",
    "Goethe",
    "Napoleon",
    "Abraham Lincoln",
    "Isaac Newton",
]
HOLIDAYS = {
    "en": ["Thanksgiving", "Boxing Day", "Memorial Day", "Labor Day", "Halloween", "Bank Holiday Monday"],
    "de": ["Pfingsten", "Fronleichnam", "Tag der Deutschen Einheit", "Heiligabend"],
    "fr": ["la Toussaint", "le 14 juillet", "l'Ascension"],
    "es": ["Semana Santa", "el Día de Reyes", "la Nochebuena"],
    "it": ["Ferragosto", "Natale", "Capodanno", "Pasquetta"],
    "pt": ["Santo António", "Natal", "feriado do 25 de Abril"],
    "pt-BR": ["Carnaval", "feriado de Tiradentes", "Natal"],
    "nl": ["Koningsdag", "Sinterklaas", "Hemelvaartsdag"],
    "pl": ["Wszystkich Świętych", "Boże Ciało", "Wigilia"],
    "sv": ["midsommar", "Lucia", "Valborg"],
    "da": ["Store Bededag", "sankthans", "juleaften"],
    "fi": ["juhannus", "vappu", "itsenäisyyspäivä"],
    "tr": ["Ramazan Bayramı", "Kurban Bayramı", "Cumhuriyet Bayramı"],
    "cs": ["Velikonoce", "Štědrý den", "svátek práce"],
}


def isbn13():
    while True:
        b = ch(["978", "979"]) + digits(9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
        n = b + str((10 - s % 10) % 10)
        if not luhn_ok(n):  # keep ISBNs from doubling as Luhn-valid card look-alikes
            break
    return ch(
        [f"{n[:3]}-{n[3]}-{n[4:8]}-{n[8:12]}-{n[12]}", n, f"{n[:3]}-{n[3:5]}-{n[5:9]}-{n[9:12]}-{n[12]}"]
    )


def nonluhn(n):
    while True:
        s = str(R.randint(1, 9)) + digits(n - 1)
        if not luhn_ok(s):
            return s


def neg(kind, lang):
    if kind == "ORDER":
        return ch(
            [
                f"#{R.randint(100000, 9999999)}",
                f"ORD-{R.randint(10000, 99999)}-{R.randint(10, 99)}",
                f"A{digits(9)}",
                (lambda q: f"{q[:3]}-{q[3:10]}-{q[10:]}")(nonluhn(17)),
            ]
        )
    if kind == "VER":
        return ch(
            [
                f"v{R.randint(0, 9)}.{R.randint(0, 30)}.{R.randint(0, 40)}",
                f"{R.randint(1, 24)}.{R.randint(0, 12)}.{R.randint(0, 9)}",
                f"{R.randint(1, 5)}.{R.randint(0, 9)}.{R.randint(0, 20)}-rc{R.randint(1, 4)}",
                f"build {R.randint(2020, 2026)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}.{R.randint(1, 9)}",
            ]
        )
    if kind == "TRACK":
        return ch(
            [
                f"1Z{alnum(6, string.ascii_uppercase + string.digits)}{nonluhn(10)}",
                f"JD{nonluhn(16)}",
                f"{ch(['RR', 'CP', 'LX'])}{digits(9)}{ch(['DE', 'FR', 'PL', 'SE', 'BR'])}",
                nonluhn(12),
                f"00{nonluhn(16)}"[:18],
            ]
        )
    if kind == "TS":
        return ch(
            [
                f"{R.randint(2021, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z",
                f"{R.randint(2021, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d},{digits(3)}",
                f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}",
                str(R.randint(1650000000, 1790000000)),
            ]
        )
    if kind == "DATE":
        return other_date(lang)
    if kind == "ISBN":
        return isbn13()
    if kind == "SHA":
        return alnum(ch([7, 8, 40]), "0123456789abcdef")
    if kind == "HASH":
        return ch(["sha256:", "md5 ", ""]) + alnum(ch([32, 64]), "0123456789abcdef")
    if kind == "UUID":
        h = alnum(32, "0123456789abcdef")
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch('89ab')}{h[17:20]}-{h[20:]}"
    if kind == "TESTCARD":
        return ch(TEST_CARDS)
    if kind == "DOCIP":
        return doc_ip()
    if kind == "SKU":
        return ch(
            [
                f"SKU-{alnum(3, string.ascii_uppercase)}-{digits(4)}",
                f"{alnum(2, string.ascii_uppercase)}{digits(5)}-{ch(['BLK', 'RED', 'XL', 'M'])}",
                f"art. {digits(3)}.{digits(3)}.{digits(2)}",
            ]
        )
    if kind == "NUMID":
        return ch(
            [
                nonluhn(10),
                f"{digits(3)} {digits(3)} {digits(4)}",
                f"{digits(4)}-{digits(4)}-{digits(2)}",
                nonluhn(11),
            ]
        )
    if kind == "CASE":
        return ch(
            [
                f"CS-{digits(6)}",
                f"INC{digits(7)}",
                f"#{digits(5)}",
                f"{ch(['JIRA', 'OPS', 'SUP'])}-{R.randint(100, 9999)}",
                f"T{digits(8)}",
            ]
        )
    if kind == "INV":
        return ch(
            [
                f"INV-{R.randint(2021, 2026)}-{digits(5)}",
                f"RE{digits(8)}",
                f"F{digits(4)}/{R.randint(2021, 2026)}",
                f"NF-e {digits(9)}",
            ]
        )
    if kind == "POSTCODE":
        return postcode_only(lang)
    if kind == "CITY":
        return city_only(lang)
    if kind == "STREET":
        return street_only(lang)
    if kind == "COMPANY":
        return ch(COMPANIES)
    if kind == "PRODUCT":
        return ch(PRODUCTS)
    if kind == "FAMOUS":
        return ch(FAMOUS)
    if kind == "HOLIDAY":
        return ch(HOLIDAYS[lang])
    if kind == "AMOUNT":
        a = R.randint(3, 9999)
        return ch(
            [
                f"€{a},{digits(2)}",
                f"${a:,}.{digits(2)}",
                f"{a} zł",
                f"{a},{digits(2)} kr",
                f"R$ {a},{digits(2)}",
                f"£{a}.{digits(2)}",
                f"{a} TL",
                f"{a} Kč",
                f"CHF {a}.-",
            ]
        )
    if kind == "COORD":
        return f"{R.uniform(-60, 70):.5f}, {R.uniform(-120, 150):.5f}"
    if kind == "MEAS":
        return ch(
            [
                f"{R.randint(1, 300)} mm",
                f"{R.uniform(0.1, 99):.1f} kg",
                f"{R.randint(2, 240)} cm x {R.randint(2, 240)} cm",
                f"{R.randint(10, 999)} ml",
                f"{R.uniform(35.5, 40.5):.1f} °C",
                f"{R.randint(80, 180)}/{R.randint(50, 110)} mmHg",
                f"{R.randint(1, 64)} GB",
                f"{R.randint(5, 900)} km",
            ]
        )
    if kind == "HQ":
        return address(lang)
    if kind == "PORT":
        return str(ch([443, 8080, 5432, 6379, 9200, 3000, 27017]))
    if kind == "HOST":
        return (
            ch(["api", "db", "cache", "auth", "mq", "search"])
            + "-"
            + ch(["prod", "stg", "eu1", "us2"])
            + f"-{R.randint(1, 9)}.{ch(['internal', 'svc.cluster.local', 'corp.example'])}"
        )
    raise KeyError(kind)


NEG_KINDS = [
    "ORDER",
    "VER",
    "TRACK",
    "TS",
    "DATE",
    "ISBN",
    "SHA",
    "HASH",
    "UUID",
    "TESTCARD",
    "DOCIP",
    "SKU",
    "NUMID",
    "CASE",
    "INV",
    "POSTCODE",
    "CITY",
    "STREET",
    "COMPANY",
    "PRODUCT",
    "FAMOUS",
    "HOLIDAY",
    "AMOUNT",
    "COORD",
    "MEAS",
    "HQ",
    "PORT",
    "HOST",
]


# ----------------------------------------------------------------------------
# Template engine: [[TAG]] placeholders -> segments (text, type or None / "NEG")
# ----------------------------------------------------------------------------
CS_MALE = {"Dvořáková": "Dvořák", "Kučerová": "Kučera", "Horáková": "Horák", "Marková": "Marek"}
TAG_RE = re.compile(r"\[\[([A-Za-z_0-9]+)\]\]")
SEC_KINDS = {
    "AWS": "aws",
    "AWSSEC": "awssec",
    "GH": "gh",
    "GHPAT": "ghpat",
    "GL": "gl",
    "SLACK": "slack",
    "STRIPE": "stripe",
    "GAPI": "gapi",
    "OPENAI": "openai",
    "JWT": "jwt",
    "SG": "sg",
    "NPM": "npm",
    "TWILIO": "twilio",
    "HEXTOK": "hex32",
    "B62": "b62",
    "AZURE": "azure",
    "HF": "hf",
}


class Ctx:
    def __init__(self, lang):
        self.lang = lang
        self.people = {}
        self.cache = {}

    def person(self, i):
        if i not in self.people:
            while True:
                p = Person(self.lang)
                if p.lang == "cs" and p.g == "m" and p.last in CS_MALE:
                    p.last = CS_MALE[p.last]
                    p.full = p.first + " " + p.last
                if all(p.first != q.first and p.last != q.last for q in self.people.values()):
                    break
            self.people[i] = p
        return self.people[i]


def expand(tag, ctx):
    lang = ctx.lang
    if tag in SEC_KINDS:
        return [(secret(SEC_KINDS[tag]), "SECRET")]
    if tag == "CARDLAST4":
        return [(digits(4), None)]
    m = re.fullmatch(r"([A-Za-z_]+?)(\d?)", tag)
    base, idx = m.group(1), int(m.group(2) or 1)
    P = "PERSON"
    if base in ("NAME", "FIRST", "LAST", "first", "name", "HLAST", "HNAME", "EMAIL"):
        p = ctx.person(idx)
        if base == "NAME":
            return [(p.full, P)]
        if base == "name":
            return [(p.full.lower(), P)]
        if base == "FIRST":
            return [(p.first, P)]
        if base == "first":
            return [(p.first.lower(), P)]
        if base == "LAST":
            return [(p.last, P)]
        if base == "EMAIL":
            key = ("email", idx)
            if key not in ctx.cache:
                ctx.cache[key] = p.email(lang)
            return [(ctx.cache[key], "EMAIL")]
        if lang == "tr" and R.random() < 0.6:
            return [(p.first, P), (" " + ("Hanım" if p.g == "f" else "Bey"), None)]
        h = p.hon()
        if lang == "fi" or (lang == "sv" and R.random() < 0.7):
            return [(p.full if base == "HNAME" else p.last, P)]
        return [(h + " ", None), (p.full if base == "HNAME" else p.last, P)]
    if base in ("PHONE", "ADDR", "ADDRML", "POBOX", "CARD", "IBAN", "SSN", "IP", "IPV", "DOB"):
        key = (base, idx)
        if key not in ctx.cache:
            v = {
                "PHONE": lambda: phone(lang),
                "ADDR": lambda: address(lang),
                "ADDRML": lambda: address(lang, ml=True),
                "POBOX": lambda: address(lang, pobox=True),
                "CARD": card,
                "IBAN": lambda: iban(lang),
                "SSN": ssn,
                "IP": ipv4,
                "IPV": lambda: ipv6() if R.random() < 0.5 else ipv4(),
                "DOB": lambda: dob(lang),
            }[base]()
            ctx.cache[key] = v
        t = {
            "PHONE": "PHONE",
            "ADDR": "ADDRESS",
            "ADDRML": "ADDRESS",
            "POBOX": "ADDRESS",
            "CARD": "CREDIT_CARD",
            "IBAN": "IBAN",
            "SSN": "US_SSN",
            "IP": "IP_ADDRESS",
            "IPV": "IP_ADDRESS",
            "DOB": "DATE_OF_BIRTH",
        }[base]
        return [(ctx.cache[key], t)]
    if base == "IPSIX":
        return [(ipv6(), "IP_ADDRESS")]
    if base == "PWD":
        key = ("pwd", idx)
        if key not in ctx.cache:
            ctx.cache[key] = password()
        return [(ctx.cache[key], "SECRET")]
    if base == "SECRET":
        return [(secret(), "SECRET")]
    if base in SEC_KINDS:
        return [(secret(SEC_KINDS[base]), "SECRET")]
    if base == "PRIVKEY":
        return [(privkey_body(), "SECRET")]
    if base == "CARDLAST4":
        return [(digits(4), None)]
    if base in NEG_KINDS:
        return [(neg(base, lang), "NEG")]
    if base == "NEGANY":
        k = ch([x for x in NEG_KINDS if x not in ("HQ", "PORT", "HOST", "TESTCARD")])
        return [(neg(k, lang), "NEG")]
    raise KeyError(tag)


def render(tpl, ctx):
    segs = []
    pos = 0
    for m in TAG_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos : m.start()], None))
        segs.extend(expand(m.group(1), ctx))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    return segs


def typo(s):
    words = list(re.finditer(r"[A-Za-zäöüéèàç]{5,}", s))
    if not words:
        return s
    w = ch(words)
    i = R.randint(w.start() + 1, w.end() - 2)
    op = R.random()
    if op < 0.5:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if op < 0.8:
        return s[:i] + s[i + 1 :]
    return s[:i] + s[i] + s[i:]


def casualise(segs, style):
    if style not in ("chat", "sms"):
        return segs
    low = R.random() < 0.35
    out = []
    for t, ty in segs:
        if low and ty not in ("SECRET", "IBAN", "NEG"):
            t = t.lower()
        if ty is None and R.random() < 0.2:
            t = typo(t)
        out.append((t, ty))
    return out


def finalize(segs):
    text, spans, negs, lits = "", [], [], []
    for t, ty in segs:
        s = len(text)
        text += t
        if ty == "NEG":
            negs.append((s, len(text)))
        elif ty is None:
            lits.append((s, len(text)))
        else:
            spans.append({"start": s, "end": len(text), "type": ty})
    return text, spans, negs, lits


# ----------------------------------------------------------------------------
# Templates.  (style, template).  Templates without PII tags are look-alike
# negatives.
# ----------------------------------------------------------------------------
T = {}
T["en"] = [
    # --- chat, positive
    ("chat", "hey [[first]] can you send me the deck before 3?"),
    ("chat", "ask [[FIRST]] for the wifi pw, i think it's [[PWD]]"),
    ("chat", "[[FIRST]]'s laptop is still at the front desk, anyone seeing her today?"),
    ("chat", "my new number is [[PHONE]] btw, old one got cut off"),
    ("chat", "just moved!! new place is [[ADDR]] — housewarming on sat"),
    ("chat", "can u venmo me? or email [[EMAIL]] and ill send the invoice"),
    ("chat", "ok so [[NAME]] is taking over the Tacoma accounts from monday"),
    ("chat", "lol [[first]] forgot her badge again"),
    ("chat", "Will do. I'll loop in [[FIRST]] and [[FIRST2]] on the thread."),
    ("chat", "Mark the date: [[FIRST]]'s farewell lunch is on the 14th, order [[ORDER]] covers the cake."),
    ("chat", "pinging [[NAME]] — she owns the [[VER]] release notes"),
    ("chat", "fyi the prod key leaked in the channel: [[AWS]] rotate pls"),
    ("chat", "who has [[FIRST]]'s cell? i only have [[PHONE]] and it goes to voicemail"),
    ("chat", "Dr. [[LAST]] said to call back at [[PHONE]] after 2pm"),
    ("chat", "thx [[first]]! got the package"),
    ("chat", "can someone grant access to [[EMAIL]]? [[FIRST]] just joined the data team"),
    ("chat", "[[name]] is the new landlord contact, [[PHONE]]"),
    ("chat", "sent it to [[HNAME]] at [[EMAIL]], no reply yet"),
    ("chat", "the login that works is admin / [[PWD]] but pls dont share lol"),
    ("chat", "server at [[IP]] keeps timing out, is that yours [[first]]?"),
    ("chat", "My bday is [[DOB]] not the 12th, HR has it wrong 🙄"),
    ("chat", "rose gold cases are back in stock, [[FIRST]] has the storeroom keys"),
    ("chat", "shipping to my mom instead: [[NAME]], [[ADDR]]"),
    ("chat", "hi [[FIRST]], is [[PHONE]] still the best number to reach you?"),
    ("chat", "hope you feel better [[first]]!! we'll cover the standup"),
    ("chat", "found [[FIRST]]'s wallet near gate B12, card ending [[CARDLAST4]], she's on [[PHONE]]"),
    ("chat", "@[[first]] your github token is in the README: [[GH]]"),
    ("chat", "Mrs. [[LAST]] called again about the refund"),
    # --- chat, negative
    ("chat", "Will do, I'll bump it to [[VER]] after lunch"),
    ("chat", "Mark the date — [[HOLIDAY]] party moved to the 3rd floor"),
    ("chat", "order [[ORDER]] shipped, tracking [[TRACK]]"),
    ("chat", "can we grant access to the staging bucket? ticket [[CASE]]"),
    ("chat", "use test card [[TESTCARD]] with any future expiry, it's sandbox only"),
    ("chat", "hope it doesn't rain for [[HOLIDAY]] lol"),
    ("chat", "the build [[SHA]] broke the linter again"),
    ("chat", "May is going to be brutal, three launches and [[HOLIDAY]]"),
    ("chat", "reading a bio of [[FAMOUS]] on the train, highly recommend"),
    ("chat", "bill me later? it's only [[AMOUNT]]"),
    ("chat", "Sunny all week in [[CITY]], finally"),
    ("chat", "anyone know why [[DOCIP]] shows up in the example config?"),
    ("chat", "my [[PRODUCT]] died again, warranty case [[CASE]]"),
    ("chat", "grabbing [[COMPANY]] for lunch, want anything?"),
    ("chat", "box is [[MEAS]] and weighs [[MEAS]], will that fit?"),
    ("chat", "Joy of joys, the VPN is down again. ticket [[CASE]]"),
    # --- sms
    ("sms", "Your code is [[NUMID]]. Do not share it. -[[COMPANY]]"),
    ("sms", "[[COMPANY]]: parcel [[TRACK]] arrives today 14:00-16:00. Reply STOP to opt out"),
    ("sms", "Reminder: dentist appt Tue 9:30. Call [[PHONE]] to reschedule. -[[FIRST]]"),
    ("sms", "its [[first]], new phone. save this no pls"),
    ("sms", "Hi [[FIRST]], your driver [[FIRST2]] is 5 min away."),
    ("sms", "Running late, b there 10 min. tell [[first]]"),
    ("sms", "Payment of [[AMOUNT]] received for invoice [[INV]]. Thank you!"),
    ("sms", "call me back on [[PHONE]] asap - [[FIRST]]"),
    # --- email
    (
        "email",
        "Hi [[FIRST]],\n\nThanks for the quick turnaround on invoice [[INV]]. Could you update the billing contact to [[NAME2]] ([[EMAIL2]])? Her direct line is [[PHONE]].\n\nBest,\n[[NAME3]]\nAccounts Payable, [[COMPANY]]",
    ),
    (
        "email",
        "Dear Mr. [[LAST]],\n\nPlease find attached the lease renewal for [[ADDR]]. Return the signed copy by [[DATE]].\n\nKind regards,\n[[FIRST2]]",
    ),
    (
        "email",
        "Hello team,\n\nQuick reminder that [[HOLIDAY]] falls on [[DATE]] this year; the office will be closed. Release [[VER]] is frozen until after.\n\nThanks,\nFacilities",
    ),
    (
        "email",
        "Subject: Change of address\n\nHi,\n\nI've moved. Please update my records:\n\n[[NAME]]\n[[ADDRML]]\nUnited States\n\nPhone: [[PHONE]]\nThanks!",
    ),
    (
        "email",
        "Hi [[FIRST]],\n\nOn [[DATE]] [[NAME2]] <[[EMAIL2]]> wrote:\n> Can you resend the onboarding pack? My DOB on the form should be [[DOB]].\n> Thanks, [[FIRST2]]\n\nSure, re-attached. Let me know if anything else is off.\n\n[[FIRST3]]",
    ),
    (
        "email",
        "Dear Ms. [[LAST]],\n\nYour direct deposit will go to account [[IBAN]] starting next cycle. If this is incorrect, reply before [[DATE]].\n\nPayroll Services",
    ),
    (
        "email",
        "Hey [[FIRST]] —\n\nFor the vendor portal: username [[EMAIL]], temp password [[PWD]]. It'll force a reset on first login.\n\nCheers,\n[[FIRST2]]\n--\n[[NAME2]] | IT Service Desk | [[PHONE]]",
    ),
    (
        "email",
        "Dear Customer,\n\nYour order [[ORDER]] has been dispatched. Tracking: [[TRACK]]. Estimated delivery [[DATE]].\n\nQuestions? Quote case [[CASE]].\n\n[[COMPANY]] Customer Care",
    ),
    (
        "email",
        "Hi all,\n\nThe SOC flagged repeated logins for [[EMAIL]] from [[IP]] and [[IPSIX]] between 02:00 and 03:10 UTC. Account locked; [[NAME2]] will contact the user.\n\nSecurity Ops",
    ),
    # --- ticket
    (
        "ticket",
        "Ticket [[CASE]] | Priority: High\nReporter: [[NAME]] <[[EMAIL]]>\nIssue: Can't log in since update to [[VER]]. Tried resetting, still fails. Callback [[PHONE]].",
    ),
    (
        "ticket",
        "Customer [[HNAME]] reports a duplicate charge on card [[CARD]] for [[AMOUNT]]. Refund requested. Order [[ORDER]].",
    ),
    (
        "ticket",
        "[[CASE]] - user says reset link goes to old email. Verified identity via DOB [[DOB]] and last 4 of SSN. Updated to [[EMAIL]].",
    ),
    (
        "ticket",
        "Bug [[CASE]]: export CSV drops rows when SKU [[SKU]] has a comma. Repro on [[VER]]. Assigned to [[FIRST]].",
    ),
    (
        "ticket",
        "Escalation: caller [[NAME]] (SSN [[SSN]], DOB [[DOB]]) disputes the [[DATE]] statement. Address on file: [[ADDR]].",
    ),
    (
        "ticket",
        "Incident [[CASE]]: 5xx spike from [[DOCIP]] load test, root cause in commit [[SHA]]. No customer impact.",
    ),
    # --- form
    (
        "form",
        "Full name: [[NAME]]\nDate of birth: [[DOB]]\nSSN: [[SSN]]\nHome address: [[ADDR]]\nMobile: [[PHONE]]\nEmail: [[EMAIL]]",
    ),
    (
        "form",
        "APPLICANT\n  Name ........ [[NAME]]\n  D.O.B. ...... [[DOB]]\n  Phone ....... [[PHONE]]\n  Mailing ..... [[POBOX]]\nEMPLOYER\n  [[COMPANY]]\n  Start date .. [[DATE]]",
    ),
    ("form", "card_holder=[[NAME]]\ncard_number=[[CARD]]\nexp=09/29\nbilling_zip=[[POSTCODE]]"),
    (
        "form",
        "Product: [[PRODUCT]]\nSerial: [[NUMID]]\nPurchase date: [[DATE]]\nStore: [[COMPANY]], [[CITY]]\nFirmware: [[VER]]",
    ),
    # --- csv
    (
        "csv",
        "id,name,email,phone,city\n[[NUMID]],[[NAME]],[[EMAIL]],[[PHONE]],[[CITY]]\n[[NUMID]],[[NAME2]],[[EMAIL2]],[[PHONE2]],[[CITY]]",
    ),
    ("csv", "employee_id;full_name;dob;ssn\nE[[CASE]];[[NAME]];[[DOB]];[[SSN]]"),
    ("csv", "sku,desc,qty,price\n[[SKU]],Widget frame,12,[[AMOUNT]]\n[[SKU]],Hinge kit,4,[[AMOUNT]]"),
    ("csv", "timestamp,src_ip,user,status\n[[TS]],[[IP]],[[EMAIL]],200\n[[TS]],[[DOCIP]],healthcheck,200"),
    # --- json
    (
        "json",
        '{"customer": {"name": "[[NAME]]", "email": "[[EMAIL]]", "phone": "[[PHONE]]"}, "order_id": "[[ORDER]]", "total": "[[AMOUNT]]"}',
    ),
    (
        "json",
        '{\n  "event": "login_failed",\n  "user": "[[EMAIL]]",\n  "ip": "[[IPV]]",\n  "ts": "[[TS]]",\n  "request_id": "[[UUID]]"\n}',
    ),
    (
        "json",
        '{"build": "[[VER]]", "commit": "[[SHA]]", "artifact_sha256": "[[HASH]]", "runner": "[[HOST]]"}',
    ),
    (
        "json",
        '{"patient": {"given": "[[FIRST]]", "family": "[[LAST]]", "birthDate": "[[DOB]]"}, "mrn": "[[NUMID]]"}',
    ),
    (
        "json",
        '{"payment": {"pan": "[[CARD]]", "holder": "[[NAME]]", "billing": "[[ADDR]]"}, "currency": "USD"}',
    ),
    # --- code / config / log
    (
        "code",
        "export AWS_ACCESS_KEY_ID=[[AWS]]\nexport AWS_SECRET_ACCESS_KEY=[[AWSSEC]]\nexport AWS_REGION=us-east-1",
    ),
    (
        "code",
        '# settings.py\nDATABASE_URL = "postgres://app:[[PWD]]@[[HOST]]:5432/orders"\nDEBUG = False\nVERSION = "[[VER]]"',
    ),
    (
        "code",
        "STRIPE_SECRET_KEY=[[STRIPE]]\nSTRIPE_PUBLISHABLE_KEY=pk_test_placeholder\nSENTRY_RELEASE=[[VER]]",
    ),
    ("code", "const client = new Slack({ token: '[[SLACK]]' });  // TODO move to vault"),
    ("code", 'headers = {"Authorization": "Bearer [[JWT]]", "X-Request-Id": "[[UUID]]"}'),
    ("code", "-----BEGIN OPENSSH PRIVATE KEY-----\n[[PRIVKEY]]\n-----END OPENSSH PRIVATE KEY-----"),
    ("code", "git commit -m 'fix flaky test' && git push  # [[SHA]]\nnpm publish --tag [[VER]]"),
    ("code", "# .npmrc\n//registry.npmjs.org/:_authToken=[[NPM]]"),
    ("code", "OPENAI_API_KEY=[[OPENAI]]\nMODEL=gpt-4o-mini\nTIMEOUT=30"),
    (
        "code",
        "def test_checkout():\n    # Stripe docs: use test card [[TESTCARD]]\n    assert charge('[[TESTCARD]]', 1999).status == 'succeeded'",
    ),
    ("log", "[[TS]] INFO auth: login ok user=[[EMAIL]] ip=[[IP]] ua=Mozilla/5.0"),
    ("log", "[[TS]] WARN api: rate limit exceeded client=[[IPSIX]] key_id=[[UUID]]"),
    ("log", "[[TS]] ERROR payment: declined pan=[[CARD]] reason=insufficient_funds order=[[ORDER]]"),
    ("log", "[[TS]] DEBUG deploy: rollout [[VER]] commit=[[SHA]] host=[[HOST]] from=[[DOCIP]]"),
    ("log", "[[TS]] INFO mailer: sent receipt to [[EMAIL]] (order [[ORDER]], [[AMOUNT]])"),
    # --- crm
    (
        "crm",
        "Spoke w/ [[NAME]] re: renewal. Wants quote by Fri. Prefers email ([[EMAIL]]). Decision maker is [[FIRST2]] in procurement.",
    ),
    (
        "crm",
        "Account: [[COMPANY]]. Contact: [[HNAME]], [[PHONE]]. Notes: upset about [[VER]] regression, offered 10% credit.",
    ),
    (
        "crm",
        "Lead from [[CITY]] trade show. Interested in [[PRODUCT]] bundle, budget ~[[AMOUNT]]. Follow up after [[HOLIDAY]].",
    ),
    ("crm", "Left VM for [[FIRST]] at [[PHONE]]. Her assistant [[NAME2]] says try Thursday."),
    # --- shipping
    ("shipping", "Deliver to: [[NAME]]\n[[ADDRML]]\nTel: [[PHONE]]\nNotes: leave with neighbour if out"),
    ("shipping", "Your parcel [[TRACK]] is out for delivery to [[CITY]] [[POSTCODE]]. Weight [[MEAS]]."),
    ("shipping", "Driver note: gate code 4471, ring [[LAST]] at [[ADDR]]. Fragile — [[PRODUCT]]."),
    (
        "shipping",
        "Return label for order [[ORDER]]: drop at any [[COMPANY]] counter in [[CITY]]. RMA [[CASE]].",
    ),
    # --- intake
    (
        "intake",
        "New patient intake\nName: [[NAME]]\nDOB: [[DOB]]\nInsurance ID: [[NUMID]]\nEmergency contact: [[NAME2]], [[PHONE]]\nAllergies: penicillin\nBP [[MEAS]]",
    ),
    (
        "intake",
        "HR onboarding — [[NAME]] starts [[DATE]]. Born [[DOB]]. W-4 on file, SSN [[SSN]]. Payroll to [[IBAN]]? no - US acct, ask.",
    ),
    (
        "intake",
        "Claim [[CASE]]: insured [[HNAME]], born [[DOB]], vehicle damage at [[STREET]] junction, [[CITY]]. Adjuster [[FIRST2]] to call [[PHONE]].",
    ),
    (
        "intake",
        "Triage: 54yo, temp [[MEAS]], referred by Dr. [[LAST]]. Pt lives alone at [[ADDR]]; daughter [[FIRST2]] is on [[PHONE]].",
    ),
    # --- meeting
    (
        "meeting",
        "Standup [[DATE]]\n- [[FIRST]]: finishing migration to [[VER]]\n- [[FIRST2]]: blocked on [[CASE]]\n- [[FIRST3]]: out after lunch",
    ),
    (
        "meeting",
        "Q3 planning notes\nAttendees: [[NAME]], [[NAME2]], [[NAME3]]\nAction: [[FIRST]] to send budget ([[AMOUNT]]) by [[DATE]].",
    ),
    (
        "meeting",
        "Retro: what went well — launch of [[PRODUCT]] integration; what didn't — [[HOLIDAY]] on-call gap. Owner: [[FIRST]].",
    ),
    # --- transcript
    (
        "transcript",
        "Agent: Thanks for calling, who am I speaking with?\nCaller: It's [[NAME]].\nAgent: Can you confirm your date of birth?\nCaller: [[DOB]].\nAgent: And the best callback number?\nCaller: [[PHONE]].\nAgent: Great, I've opened case [[CASE]].",
    ),
    (
        "transcript",
        "[10:02] [[FIRST]]: did the deploy go out?\n[10:03] [[FIRST2]]: yep, [[VER]], commit [[SHA]]\n[10:03] [[FIRST]]: nice, tell [[FIRST3]]\n[10:05] [[FIRST2]]: will do",
    ),
    (
        "transcript",
        "Customer: my card [[CARD]] got charged twice\nBot: I can help with that. Can you share the order number?\nCustomer: [[ORDER]]\nBot: Thanks, a refund of [[AMOUNT]] is on its way.",
    ),
    # --- negatives in other styles
    (
        "email",
        "Hi all,\n\nReminder: the [[COMPANY]] audit is on [[DATE]]. Bring the signed [[INV]] copies. Version [[VER]] of the policy is attached (ISBN [[ISBN]] for the handbook).\n\nThanks",
    ),
    ("ticket", "[[CASE]] closed: duplicate of [[CASE]]. Fixed in [[VER]] ([[SHA]])."),
    (
        "form",
        "Order: [[ORDER]]\nInvoice: [[INV]]\nAmount: [[AMOUNT]]\nShip-by: [[DATE]]\nWarehouse: [[CITY]] [[POSTCODE]]",
    ),
    (
        "json",
        '{"location": {"lat_lng": "[[COORD]]", "city": "[[CITY]]"}, "sensor": "[[SKU]]", "reading": "[[MEAS]]", "at": "[[TS]]"}',
    ),
    ("log", "[[TS]] INFO healthcheck ok from [[DOCIP]] latency=[[MEAS]] build=[[VER]]"),
    (
        "code",
        '# example config from the docs\nlisten_addr = "[[DOCIP]]"\nport = [[PORT]]\nrelease = "[[VER]]"\n# checksum [[HASH]]',
    ),
    (
        "crm",
        "Press release draft: [[COMPANY]], headquartered at [[HQ]], today announced [[PRODUCT]] availability in [[CITY]].",
    ),
    (
        "meeting",
        "Book club: next pick is about [[FAMOUS]] (ISBN [[ISBN]]). Meet [[DATE]] at the library on [[STREET]].",
    ),
    ("shipping", "Consignment [[TRACK]] held at [[CITY]] hub. Reason: address incomplete. Ref [[CASE]]."),
    ("csv", "date,holiday,office\n[[DATE]],[[HOLIDAY]],closed\n[[DATE]],[[HOLIDAY]],half-day"),
    (
        "intake",
        "Lab results batch [[CASE]]: 48 samples, median [[MEAS]], analyser firmware [[VER]]. No patient identifiers in this export.",
    ),
    ("sms", "Your [[COMPANY]] verification code: [[NUMID]]. Valid 10 min."),
    (
        "transcript",
        "User: what's the sandbox card again?\nBot: Use test card [[TESTCARD]], any CVC.\nUser: and the API base?\nBot: Point it at [[DOCIP]] for the mock.",
    ),
]

T["de"] = [
    ("chat", "hey [[first]], kannst du mir die Folien bis 15 Uhr schicken?"),
    ("chat", "frag mal [[FIRST]], die hat das WLAN-Passwort. glaub es ist [[PWD]]"),
    ("chat", "Meine neue Adresse: [[ADDR]]. Klingel geht noch nicht!"),
    ("chat", "[[FIRST]]s Laptop liegt noch am Empfang"),
    ("chat", "ruf mich an unter [[PHONE]], bin bis 18 uhr erreichbar"),
    ("chat", "Frau [[LAST]] hat nochmal wegen der Rechnung [[INV]] angerufen"),
    ("chat", "Der Build [[SHA]] ist kaputt, [[VER]] bitte nicht deployen"),
    ("chat", "Am [[HOLIDAY]] ist das Büro zu, Paket [[TRACK]] kommt erst danach"),
    ("chat", "wer hat die Biografie über [[FAMOUS]] ausgeliehen? steht noch auf der Liste"),
    ("sms", "Ihr Paket [[TRACK]] wird heute zugestellt. [[COMPANY]]"),
    ("sms", "bin gleich da, sag [[first]] bescheid"),
    (
        "email",
        "Sehr geehrte Frau [[LAST]],\n\nanbei die Unterlagen zur Wohnung in der [[ADDR]]. Bitte überweisen Sie die Kaution auf [[IBAN]].\n\nMit freundlichen Grüßen\n[[NAME2]]\nTel. [[PHONE]]",
    ),
    (
        "email",
        "Hallo [[FIRST]],\n\ndanke für die schnelle Antwort. Mein Geburtsdatum ist der [[DOB]], das war im Formular falsch.\n\nViele Grüße\n[[FIRST2]]",
    ),
    (
        "email",
        "Hallo zusammen,\n\nRelease [[VER]] ist eingefroren bis nach [[HOLIDAY]]. Ticket [[CASE]] bitte bis [[DATE]] schließen.\n\nGruß\nDas Release-Team",
    ),
    (
        "ticket",
        "Ticket [[CASE]]: Kunde [[HNAME]] meldet doppelte Abbuchung von Karte [[CARD]] über [[AMOUNT]]. Rückruf: [[PHONE]].",
    ),
    (
        "crm",
        "Telefonat mit Herrn [[LAST]] ([[COMPANY]]): möchte Angebot bis Freitag, Kontakt über [[EMAIL]].",
    ),
    ("shipping", "Lieferadresse:\n[[NAME]]\n[[ADDRML]]\nDeutschland\nHinweis: bei Nachbarn abgeben"),
    (
        "intake",
        "Aufnahme: [[NAME]], geb. [[DOB]], Versichertennr. [[NUMID]], Hausarzt Dr. [[LAST2]]. Temp. [[MEAS]].",
    ),
    (
        "meeting",
        "Protokoll [[DATE]]\nAnwesend: [[NAME]], [[NAME2]]\nTODO: [[FIRST]] klärt Budget ([[AMOUNT]]) mit [[FIRST2]].",
    ),
    ("code", "# .env\nGITLAB_TOKEN=[[GL]]\nDB_PASSWORT=[[PWD]]\nAPP_VERSION=[[VER]]"),
    (
        "transcript",
        "Kunde: Hallo, hier ist [[NAME]].\nAgent: Guten Tag! Können Sie mir Ihr Geburtsdatum nennen?\nKunde: [[DOB]].\nAgent: Danke, Vorgang [[CASE]] ist angelegt.",
    ),
    (
        "form",
        "Bestellnr.: [[ORDER]]\nRechnung: [[INV]]\nBetrag: [[AMOUNT]]\nLager: [[CITY]] [[POSTCODE]]\nVersand am: [[DATE]]",
    ),
]
T["fr"] = [
    ("chat", "salut [[first]], tu peux m'envoyer le devis avant ce soir ?"),
    ("chat", "demande à [[FIRST]], elle a le mot de passe du wifi : [[PWD]]"),
    ("chat", "mon nouveau numéro c'est le [[PHONE]] 😉"),
    ("chat", "On a déménagé : [[ADDR]]. Passez quand vous voulez !"),
    ("chat", "Mme [[LAST]] a rappelé pour la commande [[ORDER]]"),
    ("chat", "l'ordi de [[FIRST]] est resté à l'accueil"),
    ("chat", "la version [[VER]] plante encore, commit [[SHA]]"),
    ("chat", "Pour [[HOLIDAY]] on ferme à midi, colis [[TRACK]] livré après"),
    ("sms", "Votre colis [[TRACK]] sera livré demain entre 8h et 13h. [[COMPANY]]"),
    ("sms", "c [[first]], rappelle moi au [[PHONE]]"),
    (
        "email",
        "Bonjour Monsieur [[LAST]],\n\nVeuillez trouver ci-joint le bail pour le logement situé [[ADDR]]. Le dépôt de garantie est à virer sur [[IBAN]].\n\nCordialement,\n[[NAME2]]",
    ),
    (
        "email",
        "Bonjour [[FIRST]],\n\nJe confirme : je suis née le [[DOB]] et mon adresse mail est [[EMAIL]].\n\nBien à vous,\n[[NAME]]",
    ),
    (
        "email",
        "Bonjour à tous,\n\nLa mise à jour [[VER]] est prévue le [[DATE]]. Merci de clôturer le ticket [[CASE]] avant.\n\nL'équipe support",
    ),
    (
        "ticket",
        "Ticket [[CASE]] : le client [[NAME]] signale un double débit sur la carte [[CARD]] ([[AMOUNT]]).",
    ),
    ("crm", "RDV avec Mme [[LAST]] de [[COMPANY]] ; intéressée par [[PRODUCT]]. Joindre au [[PHONE]]."),
    ("shipping", "Adresse de livraison :\n[[NAME]]\n[[ADDRML]]\nFrance"),
    (
        "intake",
        "Dossier patient : [[NAME]], né(e) le [[DOB]], n° sécu non fourni. Adressé par le Dr [[LAST2]]. TA [[MEAS]].",
    ),
    (
        "meeting",
        "CR réunion du [[DATE]] — présents : [[NAME]], [[NAME2]]. Action : [[FIRST]] envoie le budget ([[AMOUNT]]).",
    ),
    ("code", '# config.yaml\nsendgrid_api_key: [[SG]]\nsmtp_password: "[[PWD]]"\nversion: [[VER]]'),
    (
        "form",
        "N° commande : [[ORDER]]\nFacture : [[INV]]\nMontant : [[AMOUNT]]\nEntrepôt : [[CITY]] ([[POSTCODE]])",
    ),
    ("chat", "Tu as lu le livre sur [[FAMOUS]] ? ISBN [[ISBN]] si tu veux le commander"),
]
T["es"] = [
    ("chat", "oye [[first]], me pasas el informe antes de las 5?"),
    ("chat", "pregúntale a [[FIRST]], ella tiene la contraseña: [[PWD]]"),
    ("chat", "mi nuevo móvil es [[PHONE]], guárdalo"),
    ("chat", "Nos mudamos a [[ADDR]], ¡venid el sábado!"),
    ("chat", "la Sra. [[LAST]] volvió a llamar por el pedido [[ORDER]]"),
    ("chat", "el portátil de [[FIRST]] sigue en recepción"),
    ("chat", "En [[HOLIDAY]] cerramos, el envío [[TRACK]] llega después"),
    ("chat", "la versión [[VER]] rompe el login otra vez, commit [[SHA]]"),
    ("sms", "Tu pedido [[ORDER]] llega hoy. Código de entrega [[NUMID]]. [[COMPANY]]"),
    ("sms", "soy [[first]], llámame al [[PHONE]]"),
    (
        "email",
        "Estimado Sr. [[LAST]]:\n\nAdjunto el contrato del piso en [[ADDR]]. Puede ingresar la fianza en la cuenta [[IBAN]].\n\nUn saludo,\n[[NAME2]]",
    ),
    (
        "email",
        "Hola [[FIRST]],\n\nTe confirmo mis datos: nacida el [[DOB]], correo [[EMAIL]], teléfono [[PHONE]].\n\nGracias,\n[[FIRST]]",
    ),
    (
        "ticket",
        "Incidencia [[CASE]]: el cliente [[HNAME]] reporta un cargo duplicado en la tarjeta [[CARD]] por [[AMOUNT]].",
    ),
    ("crm", "Llamada con [[NAME]] de [[COMPANY]]: quiere presupuesto antes del viernes. Email: [[EMAIL]]."),
    ("shipping", "Enviar a:\n[[NAME]]\n[[ADDRML]]\nEspaña\nTel. [[PHONE]]"),
    ("intake", "Ingreso: [[NAME]], nacido el [[DOB]], derivado por la Dra. [[LAST2]]. Contacto: [[PHONE]]."),
    (
        "meeting",
        "Acta [[DATE]]: asistentes [[NAME]] y [[NAME2]]. [[FIRST]] enviará el presupuesto ([[AMOUNT]]).",
    ),
    ("code", "# docker-compose.yml\nenvironment:\n  - POSTGRES_PASSWORD=[[PWD]]\n  - API_KEY=[[B62]]"),
    (
        "form",
        "Pedido: [[ORDER]]\nFactura: [[INV]]\nImporte: [[AMOUNT]]\nAlmacén: [[CITY]] [[POSTCODE]]\nFecha: [[DATE]]",
    ),
    (
        "email",
        "Hola equipo:\n\nLa versión [[VER]] sale el [[DATE]]. La charla sobre [[FAMOUS]] se pasa a después de [[HOLIDAY]].\n\nSaludos",
    ),
]
T["it"] = [
    ("chat", "ciao [[first]], mi mandi le slide entro le 16?"),
    ("chat", "chiedi a [[FIRST]], ha lei la password del wifi: [[PWD]]"),
    ("chat", "il mio nuovo numero è [[PHONE]]"),
    ("chat", "Ci siamo trasferiti in [[ADDR]], venite a trovarci!"),
    ("chat", "la Sig.ra [[LAST]] ha richiamato per l'ordine [[ORDER]]"),
    ("chat", "il portatile di [[FIRST]] è ancora in portineria"),
    ("chat", "A [[HOLIDAY]] siamo chiusi, la spedizione [[TRACK]] arriva dopo"),
    ("chat", "la [[VER]] ha rotto di nuovo il login, vedi [[SHA]]"),
    ("sms", "Il tuo pacco [[TRACK]] arriva oggi. [[COMPANY]]"),
    ("sms", "sono [[first]], chiamami al [[PHONE]]"),
    (
        "email",
        "Gentile Dott. [[LAST]],\n\nin allegato il contratto per l'appartamento in [[ADDR]]. La cauzione va versata sull'IBAN [[IBAN]].\n\nCordiali saluti,\n[[NAME2]]",
    ),
    (
        "email",
        "Ciao [[FIRST]],\n\nconfermo: sono nata il [[DOB]] a [[CITY]], email [[EMAIL]].\n\nGrazie,\n[[FIRST]]",
    ),
    (
        "ticket",
        "Ticket [[CASE]]: il cliente [[NAME]] segnala un doppio addebito sulla carta [[CARD]] ([[AMOUNT]]).",
    ),
    ("crm", "Sentito [[HNAME]] di [[COMPANY]]: interessato a [[PRODUCT]], richiamare al [[PHONE]]."),
    ("shipping", "Destinatario:\n[[NAME]]\n[[ADDRML]]\nItalia"),
    ("intake", "Accettazione: [[NAME]], nato il [[DOB]], inviato dal Dott. [[LAST2]]. PA [[MEAS]]."),
    ("meeting", "Verbale [[DATE]]: presenti [[NAME]], [[NAME2]]. [[FIRST]] invia il budget ([[AMOUNT]])."),
    ("code", "# application.properties\nspring.datasource.password=[[PWD]]\ngoogle.maps.key=[[GAPI]]"),
    ("form", "Ordine: [[ORDER]]\nFattura: [[INV]]\nImporto: [[AMOUNT]]\nMagazzino: [[CITY]] [[POSTCODE]]"),
    ("chat", "stasera documentario su [[FAMOUS]], poi [[HOLIDAY]] al mare"),
]
T["pt"] = [
    ("chat", "olá [[first]], podes enviar-me o relatório até às 17h?"),
    ("chat", "pergunta à [[FIRST]], ela tem a palavra-passe: [[PWD]]"),
    ("chat", "o meu novo número é [[PHONE]]"),
    ("chat", "Mudámos para a [[ADDR]], apareçam!"),
    ("chat", "a Sra. [[LAST]] ligou outra vez por causa da encomenda [[ORDER]]"),
    ("chat", "No [[HOLIDAY]] fechamos, a encomenda [[TRACK]] chega depois"),
    ("sms", "A sua encomenda [[TRACK]] será entregue hoje. [[COMPANY]]"),
    (
        "email",
        "Caro Sr. [[LAST]],\n\nSegue em anexo o contrato do apartamento na [[ADDR]]. A caução deve ser transferida para o IBAN [[IBAN]].\n\nCumprimentos,\n[[NAME2]]",
    ),
    (
        "email",
        "Olá [[FIRST]],\n\nConfirmo os meus dados: data de nascimento [[DOB]], email [[EMAIL]].\n\nObrigada,\n[[FIRST]]",
    ),
    (
        "ticket",
        "Pedido [[CASE]]: o cliente [[NAME]] reporta cobrança duplicada no cartão [[CARD]] ([[AMOUNT]]).",
    ),
    ("intake", "Admissão: [[NAME]], nascido a [[DOB]], enviado pela Dra. [[LAST2]]. Contacto [[PHONE]]."),
    ("form", "Encomenda: [[ORDER]]\nFatura: [[INV]]\nValor: [[AMOUNT]]\nArmazém: [[CITY]] [[POSTCODE]]"),
]
T["pt-BR"] = [
    ("chat", "oi [[first]], me manda a planilha até as 17h?"),
    ("chat", "pergunta pra [[FIRST]], ela tem a senha do wifi: [[PWD]]"),
    ("chat", "meu zap novo é [[PHONE]] 😅"),
    ("chat", "Mudei! Novo endereço: [[ADDR]]"),
    ("chat", "a Sra. [[LAST]] ligou de novo sobre o pedido [[ORDER]]"),
    ("chat", "No [[HOLIDAY]] a gente fecha, a entrega [[TRACK]] fica pra depois"),
    ("chat", "o notebook da [[FIRST]] ficou na recepção"),
    ("sms", "Seu pedido [[ORDER]] saiu para entrega. Código [[NUMID]]. [[COMPANY]]"),
    ("sms", "aqui é o [[first]], me liga no [[PHONE]]"),
    (
        "email",
        "Prezado Sr. [[LAST]],\n\nSegue o contrato de locação do imóvel na [[ADDR]]. O depósito pode ser feito na conta IBAN [[IBAN]].\n\nAtenciosamente,\n[[NAME2]]",
    ),
    (
        "email",
        "Oi [[FIRST]],\n\nMeus dados: data de nascimento [[DOB]], e-mail [[EMAIL]], celular [[PHONE]].\n\nValeu,\n[[FIRST]]",
    ),
    (
        "ticket",
        "Chamado [[CASE]]: cliente [[NAME]] relata cobrança em duplicidade no cartão [[CARD]] de [[AMOUNT]].",
    ),
    ("crm", "Falei com [[NAME]] da [[COMPANY]]: quer orçamento até sexta. Contato: [[EMAIL]]."),
    ("shipping", "Destinatário: [[NAME]]\n[[ADDRML]]\nBrasil\nTel: [[PHONE]]"),
    ("intake", "Ficha: [[NAME]], nascida em [[DOB]], encaminhada pela Dra. [[LAST2]]. PA [[MEAS]]."),
    ("form", "Pedido: [[ORDER]]\nNota fiscal: [[INV]]\nValor: [[AMOUNT]]\nCD: [[CITY]], CEP [[POSTCODE]]"),
]
T["nl"] = [
    ("chat", "hoi [[first]], kun je de slides voor 3 uur sturen?"),
    ("chat", "vraag het even aan [[FIRST]], zij heeft het wifi-wachtwoord: [[PWD]]"),
    ("chat", "mijn nieuwe nummer is [[PHONE]]"),
    ("chat", "We zijn verhuisd naar [[ADDR]]!"),
    ("chat", "mevr. [[LAST]] belde weer over bestelling [[ORDER]]"),
    ("chat", "Op [[HOLIDAY]] zijn we dicht, pakket [[TRACK]] komt daarna"),
    ("chat", "de laptop van [[FIRST]] ligt nog bij de receptie"),
    ("sms", "Je pakket [[TRACK]] wordt vandaag bezorgd tussen 14:00 en 16:00. [[COMPANY]]"),
    ("sms", "met [[first]], bel me terug op [[PHONE]]"),
    (
        "email",
        "Geachte heer [[LAST]],\n\nHierbij het huurcontract voor [[ADDR]]. De borg kunt u overmaken naar [[IBAN]].\n\nMet vriendelijke groet,\n[[NAME2]]",
    ),
    (
        "email",
        "Hoi [[FIRST]],\n\nMijn geboortedatum is [[DOB]], niet wat er in het systeem staat. Mail: [[EMAIL]].\n\nGroet,\n[[FIRST]]",
    ),
    ("ticket", "Melding [[CASE]]: klant [[NAME]] ziet dubbele afschrijving op kaart [[CARD]] ([[AMOUNT]])."),
    ("intake", "Intake: [[NAME]], geboren [[DOB]], verwezen door dr. [[LAST2]]. Tel. [[PHONE]]."),
    (
        "form",
        "Bestelnummer: [[ORDER]]\nFactuur: [[INV]]\nBedrag: [[AMOUNT]]\nMagazijn: [[CITY]] [[POSTCODE]]",
    ),
    ("chat", "versie [[VER]] is live, commit [[SHA]], geen klantdata geraakt"),
]
T["pl"] = [
    ("chat", "hej [[first]], podeślesz mi prezentację do 15?"),
    ("chat", "zapytaj [[FIRST]], ona ma hasło do wifi: [[PWD]]"),
    ("chat", "mój nowy numer to [[PHONE]]"),
    ("chat", "Przeprowadziliśmy się na [[ADDR]]"),
    ("chat", "Pani [[LAST]] znowu dzwoniła w sprawie zamówienia [[ORDER]]"),
    ("chat", "święto ([[HOLIDAY]]) – nieczynne, paczka [[TRACK]] przyjdzie później"),
    ("sms", "Twoja paczka [[TRACK]] zostanie doręczona dziś. [[COMPANY]]"),
    ("sms", "tu [[first]], oddzwoń na [[PHONE]]"),
    (
        "email",
        "Szanowny Panie [[LAST]],\n\nw załączniku umowa najmu mieszkania przy [[ADDR]]. Kaucję proszę wpłacić na konto [[IBAN]].\n\nZ poważaniem\n[[NAME2]]",
    ),
    (
        "email",
        "Cześć [[FIRST]],\n\npotwierdzam: urodzona [[DOB]], e-mail [[EMAIL]].\n\nPozdrawiam\n[[FIRST]]",
    ),
    (
        "ticket",
        "Zgłoszenie [[CASE]]: klient [[NAME]] zgłasza podwójne obciążenie karty [[CARD]] na [[AMOUNT]].",
    ),
    ("intake", "Przyjęcie: [[NAME]], urodzony [[DOB]], skierowanie od dr [[LAST2]]. Tel. [[PHONE]]."),
    ("form", "Nr zamówienia: [[ORDER]]\nFaktura: [[INV]]\nKwota: [[AMOUNT]]\nMagazyn: [[CITY]] [[POSTCODE]]"),
    ("chat", "wersja [[VER]] poszła na produkcję, hash [[SHA]]"),
]
T["sv"] = [
    ("chat", "hej [[first]], kan du skicka bilderna före tre?"),
    ("chat", "fråga [[FIRST]], hon har wifi-lösenordet: [[PWD]]"),
    ("chat", "mitt nya nummer är [[PHONE]]"),
    ("chat", "Vi har flyttat till [[ADDR]]!"),
    ("chat", "På [[HOLIDAY]] är kontoret stängt, paketet [[TRACK]] kommer efter"),
    ("sms", "Ditt paket [[TRACK]] levereras idag. [[COMPANY]]"),
    ("sms", "det är [[first]], ring mig på [[PHONE]]"),
    (
        "email",
        "Hej [[FIRST]],\n\nHär är hyreskontraktet för [[ADDR]]. Depositionen betalas till [[IBAN]].\n\nVänliga hälsningar\n[[NAME2]]",
    ),
    (
        "email",
        "Hej,\n\nMitt födelsedatum är [[DOB]], inte det som står i systemet. Mejl: [[EMAIL]].\n\nMvh [[NAME]]",
    ),
    ("ticket", "Ärende [[CASE]]: kunden [[NAME]] har dubbeldebiterats på kort [[CARD]] ([[AMOUNT]])."),
    ("intake", "Inskrivning: [[NAME]], född [[DOB]], remiss från dr [[LAST2]]. Tel [[PHONE]]."),
    ("form", "Ordernr: [[ORDER]]\nFaktura: [[INV]]\nBelopp: [[AMOUNT]]\nLager: [[CITY]] [[POSTCODE]]"),
    ("chat", "version [[VER]] rullas ut ikväll, commit [[SHA]]"),
]
T["da"] = [
    ("chat", "hej [[first]], kan du sende slides inden kl 15?"),
    ("chat", "spørg [[FIRST]], hun har wifi-koden: [[PWD]]"),
    ("chat", "mit nye nummer er [[PHONE]]"),
    ("chat", "Vi er flyttet til [[ADDR]]"),
    ("chat", "Fru [[LAST]] ringede igen om ordre [[ORDER]]"),
    ("chat", "På [[HOLIDAY]] har vi lukket, pakke [[TRACK]] kommer bagefter"),
    ("sms", "Din pakke [[TRACK]] leveres i dag. [[COMPANY]]"),
    (
        "email",
        "Kære [[FIRST]],\n\nHer er lejekontrakten for [[ADDR]]. Depositum indbetales på [[IBAN]].\n\nVenlig hilsen\n[[NAME2]]",
    ),
    ("email", "Hej,\n\nMin fødselsdato er [[DOB]]. Mail: [[EMAIL]], tlf. [[PHONE]].\n\nMvh\n[[NAME]]"),
    ("ticket", "Sag [[CASE]]: kunden Hr. [[LAST]] er trukket to gange på kort [[CARD]] ([[AMOUNT]])."),
    ("intake", "Indlæggelse: [[NAME]], født [[DOB]], henvist af læge [[LAST2]]."),
    ("form", "Ordrenr.: [[ORDER]]\nFaktura: [[INV]]\nBeløb: [[AMOUNT]]\nLager: [[CITY]] [[POSTCODE]]"),
]
T["fi"] = [
    ("chat", "moi [[first]], voitko lähettää kalvot ennen kolmea?"),
    ("chat", "kysy [[FIRST]]lta, hänellä on wifin salasana: [[PWD]]"),
    ("chat", "uusi numeroni on [[PHONE]]"),
    ("chat", "Muutimme osoitteeseen [[ADDR]]"),
    ("chat", "pyhäpäivä ([[HOLIDAY]]): toimisto on kiinni, paketti [[TRACK]] tulee sen jälkeen"),
    ("sms", "Pakettisi [[TRACK]] toimitetaan tänään. [[COMPANY]]"),
    (
        "email",
        "Hei [[FIRST]],\n\nliitteenä vuokrasopimus asuntoon [[ADDR]]. Vakuus maksetaan tilille [[IBAN]].\n\nTerveisin\n[[NAME2]]",
    ),
    ("email", "Hei,\n\nsyntymäaikani on [[DOB]]. Sähköposti [[EMAIL]].\n\nYstävällisin terveisin\n[[NAME]]"),
    ("ticket", "Tiketti [[CASE]]: asiakas [[NAME]] on veloitettu kahdesti kortilta [[CARD]] ([[AMOUNT]])."),
    ("intake", "Tulotiedot: [[NAME]], syntynyt [[DOB]], lähete: lääkäri [[LAST2]]. Puh. [[PHONE]]."),
    ("form", "Tilausnro: [[ORDER]]\nLasku: [[INV]]\nSumma: [[AMOUNT]]\nVarasto: [[CITY]] [[POSTCODE]]"),
]
T["tr"] = [
    ("chat", "selam [[first]], sunumu 3'ten önce atabilir misin?"),
    ("chat", "[[FIRST]]'ye sor, wifi şifresi onda: [[PWD]]"),
    ("chat", "yeni numaram [[PHONE]]"),
    ("chat", "Taşındık! Yeni adres: [[ADDR]]"),
    ("chat", "[[HLAST]] yine [[ORDER]] numaralı sipariş için aradı"),
    ("chat", "[[HOLIDAY]] boyunca ofis kapalı, kargo [[TRACK]] sonra gelir"),
    ("sms", "Kargonuz [[TRACK]] bugün teslim edilecek. [[COMPANY]]"),
    ("sms", "ben [[first]], beni [[PHONE]] numarasından ara"),
    (
        "email",
        "Sayın [[HLAST]],\n\n[[ADDR]] adresindeki daire için kira sözleşmesi ektedir. Depozito [[IBAN]] hesabına yatırılabilir.\n\nSaygılarımla,\n[[NAME2]]",
    ),
    ("email", "Merhaba [[FIRST]],\n\nDoğum tarihim [[DOB]], e-postam [[EMAIL]].\n\nTeşekkürler,\n[[FIRST]]"),
    (
        "ticket",
        "Talep [[CASE]]: müşteri [[NAME]], [[CARD]] numaralı kartından [[AMOUNT]] iki kez çekildiğini bildirdi.",
    ),
    ("intake", "Kayıt: [[NAME]], doğum tarihi [[DOB]], sevk eden Dr. [[LAST2]]. Tel: [[PHONE]]."),
    ("form", "Sipariş no: [[ORDER]]\nFatura: [[INV]]\nTutar: [[AMOUNT]]\nDepo: [[CITY]] [[POSTCODE]]"),
]
T["cs"] = [
    ("chat", "ahoj [[first]], pošleš mi tu prezentaci do tří?"),
    ("chat", "zeptej se [[FIRST]], má heslo k wifi: [[PWD]]"),
    ("chat", "moje nové číslo je [[PHONE]]"),
    ("chat", "Přestěhovali jsme se na [[ADDR]]"),
    ("chat", "paní [[LAST]] zase volala kvůli objednávce [[ORDER]]"),
    ("chat", "O [[HOLIDAY]] máme zavřeno, balík [[TRACK]] přijde potom"),
    ("sms", "Vaše zásilka [[TRACK]] bude doručena dnes. [[COMPANY]]"),
    (
        "email",
        "Vážený pane [[LAST]],\n\nv příloze posílám nájemní smlouvu k bytu [[ADDR]]. Kauci prosím uhraďte na účet [[IBAN]].\n\nS pozdravem\n[[NAME2]]",
    ),
    ("email", "Dobrý den,\n\nmé datum narození je [[DOB]]. E-mail: [[EMAIL]].\n\nDěkuji\n[[NAME]]"),
    ("ticket", "Požadavek [[CASE]]: zákazník [[NAME]] hlásí dvojí stržení z karty [[CARD]] ([[AMOUNT]])."),
    ("intake", "Příjem: [[NAME]], narozen(a) [[DOB]], doporučení od MUDr. [[LAST2]]. Tel. [[PHONE]]."),
    ("form", "Č. objednávky: [[ORDER]]\nFaktura: [[INV]]\nČástka: [[AMOUNT]]\nSklad: [[CITY]] [[POSTCODE]]"),
]

T["en"] += [
    ("chat", "can you run a background check on [[NAME]]? ssn is [[SSN]], dob [[DOB]]"),
    ("chat", "need your SSN for the W-9 — just text it. ok it's [[SSN]]"),
    ("chat", "my ssn on the 1099 is wrong, should be [[SSN]] not what they printed"),
    ("chat", "use my card [[CARD]] for the team dinner, exp 08/28, cvv in dm"),
    ("chat", "whitelisted [[IP]] for [[FIRST]]'s home office, vpn should work now"),
    ("chat", "blocked [[IP]] and [[IP2]] at the firewall, both hammering /login"),
    ("chat", "the sandbox says use test card [[TESTCARD]] but my real one [[CARD]] got charged?!"),
    (
        "sms",
        "Fraud alert for [[FIRST]]: card ending [[CARDLAST4]] used for [[AMOUNT]]. Not you? We will call you on [[PHONE]].",
    ),
    ("sms", "ssn [[SSN]] - for the lease app, delete after pls"),
    (
        "form",
        "Tenant application\nApplicant: [[NAME]]\nSSN: [[SSN]]\nDOB: [[DOB]]\nCurrent address: [[ADDR]]\nEmployer: [[COMPANY]]\nMonthly income: [[AMOUNT]]\nCo-applicant: [[NAME2]] (SSN [[SSN2]])",
    ),
    (
        "form",
        "W-4 / I-9 checklist\nEmployee: [[NAME]]\nSocial Security No.: [[SSN]]\nDate of Birth: [[DOB]]\nHome: [[ADDRML]]\nCell: [[PHONE]]",
    ),
    ("csv", "member_id,first,last,ssn,dob,zip\n[[NUMID]],[[FIRST]],[[LAST]],[[SSN]],[[DOB]],[[POSTCODE]]"),
    (
        "csv",
        "txn_id,card,amount,merchant\n[[UUID]],[[CARD]],[[AMOUNT]],[[COMPANY]]\n[[UUID]],[[CARD2]],[[AMOUNT]],[[COMPANY]]",
    ),
    ("log", "[[TS]] WARN fraud: velocity check failed card=[[CARD]] ip=[[IP]] email=[[EMAIL]]"),
    ("log", '[[IP]] - - [[TS]] "POST /api/v2/login HTTP/1.1" 401 512 "-" "curl/8.4.0"'),
    ("log", "sshd[2231]: Failed password for [[first]] from [[IP]] port 52214 ssh2"),
    ("log", "[[TS]] INFO geo: session [[UUID]] from [[IPSIX]] resolved to [[CITY]]"),
    (
        "json",
        '{"applicant": {"name": "[[NAME]]", "ssn": "[[SSN]]", "dob": "[[DOB]]"}, "loan_amount": "[[AMOUNT]]", "app_version": "[[VER]]"}',
    ),
    (
        "json",
        '{"client_ip": "[[IP]]", "user_agent": "Mozilla/5.0", "session": "[[UUID]]", "user": {"email": "[[EMAIL]]"}}',
    ),
    (
        "ticket",
        "[[CASE]]: customer [[NAME]] ([[EMAIL]]) locked out after login attempts from [[IP]]. Not her IP — she's in [[CITY]]. Reset + MFA enforced.",
    ),
    (
        "ticket",
        "Chargeback [[CASE]]: card [[CARD]], [[AMOUNT]], merchant descriptor [[COMPANY]]. Cardholder [[HNAME]] says never received [[PRODUCT]].",
    ),
    (
        "intake",
        "Insurance intake — policyholder [[HNAME]], date of birth [[DOB]], SSN [[SSN]].\nSpouse: [[NAME2]], born [[DOB2]].\nAddress: [[ADDR]]\nPrior carrier: Halden & Roe Mutual, policy [[NUMID]].\nNotes: water damage in basement on [[DATE]], estimate [[AMOUNT]]. Adjuster [[FIRST3]] to visit; call [[PHONE]] first, dog on premises.",
    ),
    (
        "email",
        "Hi [[FIRST]],\n\nFollowing up on our call. To process the rollover I need:\n1) full legal name — [[NAME]] (confirmed)\n2) SSN — you gave [[SSN]]\n3) date of birth — [[DOB]]\n4) mailing address — [[ADDR]]\n\nPlease don't email the account statements; upload them through the portal instead. Our reference is [[CASE]].\n\nThanks,\n[[NAME2]]\nRetirement Services | [[PHONE]]",
    ),
    (
        "meeting",
        "Incident review [[DATE]]\nPresent: [[NAME]], [[NAME2]], [[FIRST3]]\nTimeline: [[TS]] alerts fired; attacker used leaked token [[GH]] from [[IP]].\nActions:\n- [[FIRST]]: rotate all org tokens\n- [[FIRST2]]: add secret scanning to CI ([[VER]])\n- Postmortem doc [[CASE]] due Friday",
    ),
    (
        "code",
        '# terraform.tfvars\ndb_password      = "[[PWD]]"\nallowed_cidr     = "[[IP]]/32"\nregion           = "eu-west-1"\nmodule_version   = "[[VER]]"',
    ),
    ("code", "[client]\nuser=reporting\npassword=[[PWD]]\nhost=[[HOST]]\n# rotated [[DATE]]"),
    ("code", "curl -H 'Authorization: token [[GHPAT]]' https://api.github.com/user/repos"),
    (
        "code",
        "DefaultEndpointsProtocol=https;AccountName=stgexports;AccountKey=[[AZURE]];EndpointSuffix=core.windows.net",
    ),
    ("code", "TWILIO_API_KEY=[[TWILIO]]\nTWILIO_SECRET=[[HEXTOK]]\nHF_TOKEN=[[HF]]"),
    ("chat", "pw for the shared drive is [[PWD]] — change it after [[FIRST]] leaves"),
    ("chat", "lmk if [[FIRST2]] needs the new mongo creds: user ops, pass [[PWD]]"),
    (
        "transcript",
        "Agent: I'll need to verify a few things. Full name?\nCaller: [[NAME]]\nAgent: Last four of your social?\nCaller: Actually here's the whole thing, [[SSN]]\nAgent: Thank you. And your date of birth?\nCaller: [[DOB]]\nAgent: The card on file ends in [[CARDLAST4]]; do you want to replace it?\nCaller: Yes, new one is [[CARD]]\nAgent: Done. Confirmation [[CASE]].",
    ),
    (
        "email",
        "Dear [[FIRST]],\n\nWelcome aboard! A few practical things before your first day on [[DATE]]:\n\n- Your laptop (ThinkPad X1) ships to [[ADDR]] via tracking [[TRACK]].\n- Temporary SSO password: [[PWD]] (you'll be asked to change it).\n- Your buddy is [[NAME2]]; reach them at [[EMAIL2]] or [[PHONE2]].\n- Payroll needs your SSN and date of birth; please enter them in the HR portal rather than replying here.\n\nThe office is closed for [[HOLIDAY]], so orientation moves to the following Tuesday. Parking is on [[STREET]] (no house numbers needed, just show your badge).\n\nSee you soon,\n[[NAME3]]\nPeople Team, [[COMPANY]]",
    ),
    ("chat", "the wifi here is 'Guest-[[CITY]]' and the password is printed on the receipt lol, not sharing"),
    ("chat", "Grant access to the drive for the new intern? the bill goes to cost center [[NUMID]]"),
    ("chat", "forecast says sunny all weekend, hope it holds. Hope Street is closed for the market though"),
    ("chat", "ordered [[PRODUCT]] from [[COMPANY]], [[AMOUNT]], arrives [[DATE]]"),
    ("chat", "someone pasted a commit hash [[SHA]] thinking it was the api key lol, it's fine"),
    ("log", "[[TS]] INFO payments: test mode charge with [[TESTCARD]] ok, amount=[[AMOUNT]] idem=[[UUID]]"),
    ("csv", "lat,lon,label\n[[COORD]],depot\n[[COORD]],[[CITY]] hub"),
    (
        "ticket",
        "[[CASE]]: customer asks if [[VER]] supports [[PRODUCT]]. Answered, no account data needed. Order [[ORDER]] unaffected.",
    ),
    (
        "email",
        "Hello,\n\nThis is an automated notice: build [[VER]] ([[SHA]]) passed. Artifacts checksum [[HASH]]. Mirror at [[DOCIP]].\n\n— CI bot",
    ),
]
for _lang, _extra in {
    "de": [
        ("chat", "Karte [[CARD]] wurde zweimal belastet, kannst du das prüfen?"),
        ("log", "[[TS]] WARN login fehlgeschlagen für [[EMAIL]] von [[IP]]"),
        ("chat", "hab [[IP]] für [[FIRST]]s Homeoffice freigeschaltet"),
        ("sms", "Ihre Karte [[CARD]] ist gesperrt. Rückfragen: [[PHONE]]"),
    ],
    "fr": [
        ("chat", "ma carte [[CARD]] a été débitée deux fois ??"),
        ("log", "[[TS]] WARN échec connexion [[EMAIL]] depuis [[IPV]]"),
        ("ticket", "[[CASE]] : IP [[IP]] bloquée après 40 tentatives sur le compte de [[HNAME]]."),
    ],
    "es": [
        ("chat", "me cobraron dos veces en la tarjeta [[CARD]]"),
        ("log", "[[TS]] WARN acceso fallido [[EMAIL]] desde [[IP]]"),
    ],
    "it": [
        ("chat", "la carta [[CARD]] risulta addebitata due volte"),
        ("log", "[[TS]] WARN login fallito per [[EMAIL]] da [[IPV]]"),
    ],
    "pt-BR": [
        ("chat", "cobraram duas vezes no meu cartão [[CARD]]"),
        ("log", "[[TS]] WARN falha de login [[EMAIL]] ip=[[IP]]"),
    ],
    "nl": [
        ("chat", "er is twee keer afgeschreven van kaart [[CARD]]"),
        ("log", "[[TS]] WARN mislukte login [[EMAIL]] vanaf [[IP]]"),
    ],
    "pl": [
        ("chat", "karta [[CARD]] obciążona dwa razy, co jest"),
        ("log", "[[TS]] WARN nieudane logowanie [[EMAIL]] z [[IP]]"),
    ],
    "tr": [
        ("chat", "kartım [[CARD]] iki kez çekildi"),
        ("log", "[[TS]] WARN başarısız giriş [[EMAIL]] ip=[[IPV]]"),
    ],
    "sv": [
        ("chat", "kortet [[CARD]] drogs två gånger"),
        ("log", "[[TS]] WARN misslyckad inloggning [[EMAIL]] från [[IP]]"),
    ],
    "cs": [("chat", "z karty [[CARD]] mi to strhli dvakrát")],
    "da": [("chat", "kortet [[CARD]] er trukket to gange")],
    "fi": [("chat", "kortilta [[CARD]] veloitettiin kahdesti")],
    "pt": [("chat", "cobraram duas vezes no cartão [[CARD]]")],
}.items():
    T[_lang] += _extra

for _lang, _extra in {
    "de": [
        ("chat", "ganz ernst jetzt, frank und frei: [[VER]] ist buggy, siehe [[CASE]]"),
        ("chat", "Treffen am [[DATE]] in [[CITY]], Treffpunkt [[STREET]] Ecke Markt"),
        (
            "email",
            "Hallo,\n\nwie in der Presse: [[FAMOUS]]-Ausstellung ab [[DATE]] in [[CITY]]. Tickets [[AMOUNT]], Bestellnr. [[ORDER]].\n\nGruß",
        ),
        ("log", "[[TS]] INFO Zahlung Testmodus: Testkarte [[TESTCARD]] akzeptiert, Betrag [[AMOUNT]]"),
    ],
    "fr": [
        ("chat", "j'ai glissé sur une pierre en sortant, rien de grave. réunion décalée au [[DATE]]"),
        ("chat", "le colis [[TRACK]] est bloqué à [[CITY]] ([[POSTCODE]])"),
        (
            "email",
            "Bonjour,\n\nL'expo sur [[FAMOUS]] ouvre le [[DATE]]. Billet [[AMOUNT]], réf. [[ORDER]].\n\nBonne journée",
        ),
        ("code", '# doc exemple\nserver = "[[DOCIP]]"\nversion = "[[VER]]"'),
    ],
    "es": [
        ("chat", "qué dolores de espalda... la cita es el [[DATE]] en [[CITY]]"),
        ("chat", "el pilar de la nave 3 mide [[MEAS]], pedido [[ORDER]]"),
        (
            "email",
            "Hola,\n\nEl documental sobre [[FAMOUS]] se estrena el [[DATE]]. Entradas a [[AMOUNT]], ref. [[CASE]].\n\nSaludos",
        ),
        ("log", "[[TS]] INFO pago en modo prueba con tarjeta de test [[TESTCARD]] ok"),
    ],
    "it": [
        ("chat", "ci vediamo il [[DATE]] a [[CITY]], in [[STREET]] davanti al bar"),
        ("chat", "ordine [[ORDER]] spedito, tracking [[TRACK]], peso [[MEAS]]"),
        (
            "email",
            "Buongiorno,\n\nla mostra su [[FAMOUS]] apre il [[DATE]]. Biglietto [[AMOUNT]], codice [[CASE]].\n\nSaluti",
        ),
        ("code", "# esempio dalla documentazione\nhost: [[DOCIP]]\nrelease: [[VER]]"),
    ],
    "pt": [
        ("chat", "a encomenda [[ORDER]] já saiu, tracking [[TRACK]]"),
        ("chat", "encontro dia [[DATE]] em [[CITY]], na [[STREET]]"),
        (
            "email",
            "Olá,\n\nA exposição sobre [[FAMOUS]] abre a [[DATE]]. Bilhete [[AMOUNT]], ref. [[CASE]].\n\nCumprimentos",
        ),
    ],
    "pt-BR": [
        ("chat", "a versão [[VER]] quebrou o login de novo, commit [[SHA]]"),
        ("chat", "pedido [[ORDER]] saiu do CD de [[CITY]], CEP [[POSTCODE]]"),
        (
            "email",
            "Oi pessoal,\n\nO documentário sobre [[FAMOUS]] estreia em [[DATE]]. Ingresso [[AMOUNT]], pedido [[ORDER]].\n\nAbs",
        ),
        ("log", "[[TS]] INFO pagamento sandbox com cartão de teste [[TESTCARD]] aprovado"),
    ],
    "nl": [
        ("chat", "pakket [[TRACK]] ligt bij het afhaalpunt in [[CITY]], postcode [[POSTCODE]]"),
        ("chat", "afspraak op [[DATE]] aan de [[STREET]], geen huisnummer nodig"),
        (
            "email",
            "Hallo,\n\nDe tentoonstelling over [[FAMOUS]] opent op [[DATE]]. Kaartje [[AMOUNT]], bestelling [[ORDER]].\n\nGroet",
        ),
    ],
    "pl": [
        ("chat", "zamówienie [[ORDER]] wysłane, numer przesyłki [[TRACK]]"),
        ("chat", "spotkanie [[DATE]] w [[CITY]], przy [[STREET]]"),
        (
            "email",
            "Dzień dobry,\n\nwystawa o [[FAMOUS]] startuje [[DATE]]. Bilet [[AMOUNT]], nr [[CASE]].\n\nPozdrawiam",
        ),
        ("log", "[[TS]] INFO płatność testowa kartą [[TESTCARD]] ok"),
    ],
    "sv": [
        ("chat", "ordern [[ORDER]] är skickad, spårning [[TRACK]]"),
        ("chat", "vi ses [[DATE]] i [[CITY]] vid [[STREET]]"),
        (
            "email",
            "Hej,\n\nUtställningen om [[FAMOUS]] öppnar [[DATE]]. Biljett [[AMOUNT]], bokning [[CASE]].\n\nHälsningar",
        ),
    ],
    "da": [
        ("chat", "ordre [[ORDER]] er sendt, sporing [[TRACK]]"),
        ("chat", "vi ses [[DATE]] i [[CITY]] på [[STREET]]"),
        (
            "email",
            "Hej,\n\nUdstillingen om [[FAMOUS]] åbner [[DATE]]. Billet [[AMOUNT]], booking [[CASE]].\n\nHilsen",
        ),
    ],
    "fi": [
        ("chat", "tilaus [[ORDER]] lähetetty, seuranta [[TRACK]]"),
        ("chat", "nähdään [[DATE]] [[CITY]], osoite [[STREET]] ilman numeroa"),
        (
            "email",
            "Hei,\n\n[[FAMOUS]] -näyttely avataan [[DATE]]. Lippu [[AMOUNT]], varaus [[CASE]].\n\nTerveisin",
        ),
    ],
    "tr": [
        ("chat", "sipariş [[ORDER]] kargoya verildi, takip no [[TRACK]]"),
        ("chat", "[[DATE]] günü [[CITY]] [[STREET]] önünde buluşalım"),
        (
            "email",
            "Merhaba,\n\n[[FAMOUS]] sergisi [[DATE]] tarihinde açılıyor. Bilet [[AMOUNT]], rezervasyon [[CASE]].\n\nSelamlar",
        ),
    ],
    "cs": [
        ("chat", "objednávka [[ORDER]] odeslána, sledování [[TRACK]]"),
        ("chat", "sejdeme se [[DATE]] v [[CITY]] na [[STREET]]"),
        (
            "email",
            "Dobrý den,\n\nvýstava o [[FAMOUS]] začíná [[DATE]]. Vstupenka [[AMOUNT]], rezervace [[CASE]].\n\nS pozdravem",
        ),
    ],
}.items():
    T[_lang] += _extra

# Localised field labels for shared structural templates
LBL = {
    "en": dict(
        name="Name",
        dob="Date of birth",
        addr="Address",
        phone="Phone",
        email="Email",
        iban="IBAN",
        card="Card number",
        note="Notes",
        order="Order",
        pw="Password",
        cust="Customer",
        agent="Agent",
        born="born",
    ),
    "de": dict(
        name="Name",
        dob="Geburtsdatum",
        addr="Anschrift",
        phone="Telefon",
        email="E-Mail",
        iban="IBAN",
        card="Kartennummer",
        note="Notiz",
        order="Bestellung",
        pw="Passwort",
        cust="Kunde",
        agent="Mitarbeiter",
        born="geb.",
    ),
    "fr": dict(
        name="Nom",
        dob="Date de naissance",
        addr="Adresse",
        phone="Téléphone",
        email="Courriel",
        iban="IBAN",
        card="N° de carte",
        note="Remarque",
        order="Commande",
        pw="Mot de passe",
        cust="Client",
        agent="Conseiller",
        born="né(e) le",
    ),
    "es": dict(
        name="Nombre",
        dob="Fecha de nacimiento",
        addr="Dirección",
        phone="Teléfono",
        email="Correo",
        iban="IBAN",
        card="Tarjeta",
        note="Nota",
        order="Pedido",
        pw="Contraseña",
        cust="Cliente",
        agent="Agente",
        born="nacido/a el",
    ),
    "it": dict(
        name="Nome",
        dob="Data di nascita",
        addr="Indirizzo",
        phone="Telefono",
        email="Email",
        iban="IBAN",
        card="Carta",
        note="Note",
        order="Ordine",
        pw="Password",
        cust="Cliente",
        agent="Operatore",
        born="nato/a il",
    ),
    "pt": dict(
        name="Nome",
        dob="Data de nascimento",
        addr="Morada",
        phone="Telemóvel",
        email="Email",
        iban="IBAN",
        card="Cartão",
        note="Nota",
        order="Encomenda",
        pw="Palavra-passe",
        cust="Cliente",
        agent="Assistente",
        born="nascido/a a",
    ),
    "pt-BR": dict(
        name="Nome completo",
        dob="Data de nascimento",
        addr="Endereço",
        phone="Celular",
        email="E-mail",
        iban="IBAN",
        card="Cartão",
        note="Obs",
        order="Pedido",
        pw="Senha",
        cust="Cliente",
        agent="Atendente",
        born="nascido/a em",
    ),
    "nl": dict(
        name="Naam",
        dob="Geboortedatum",
        addr="Adres",
        phone="Telefoon",
        email="E-mail",
        iban="IBAN",
        card="Kaartnummer",
        note="Opmerking",
        order="Bestelling",
        pw="Wachtwoord",
        cust="Klant",
        agent="Medewerker",
        born="geboren",
    ),
    "pl": dict(
        name="Imię i nazwisko",
        dob="Data urodzenia",
        addr="Adres",
        phone="Telefon",
        email="E-mail",
        iban="IBAN",
        card="Nr karty",
        note="Uwagi",
        order="Zamówienie",
        pw="Hasło",
        cust="Klient",
        agent="Konsultant",
        born="ur.",
    ),
    "sv": dict(
        name="Namn",
        dob="Födelsedatum",
        addr="Adress",
        phone="Telefon",
        email="E-post",
        iban="IBAN",
        card="Kortnummer",
        note="Anteckning",
        order="Order",
        pw="Lösenord",
        cust="Kund",
        agent="Handläggare",
        born="född",
    ),
    "da": dict(
        name="Navn",
        dob="Fødselsdato",
        addr="Adresse",
        phone="Telefon",
        email="E-mail",
        iban="IBAN",
        card="Kortnummer",
        note="Note",
        order="Ordre",
        pw="Adgangskode",
        cust="Kunde",
        agent="Medarbejder",
        born="født",
    ),
    "fi": dict(
        name="Nimi",
        dob="Syntymäaika",
        addr="Osoite",
        phone="Puhelin",
        email="Sähköposti",
        iban="IBAN",
        card="Kortin numero",
        note="Huom",
        order="Tilaus",
        pw="Salasana",
        cust="Asiakas",
        agent="Palvelija",
        born="syntynyt",
    ),
    "tr": dict(
        name="Ad Soyad",
        dob="Doğum tarihi",
        addr="Adres",
        phone="Telefon",
        email="E-posta",
        iban="IBAN",
        card="Kart no",
        note="Not",
        order="Sipariş",
        pw="Şifre",
        cust="Müşteri",
        agent="Temsilci",
        born="doğum tarihi",
    ),
    "cs": dict(
        name="Jméno",
        dob="Datum narození",
        addr="Adresa",
        phone="Telefon",
        email="E-mail",
        iban="IBAN",
        card="Číslo karty",
        note="Poznámka",
        order="Objednávka",
        pw="Heslo",
        cust="Zákazník",
        agent="Operátor",
        born="nar.",
    ),
}


def shared_templates(lang):
    L = LBL[lang]
    k = lambda s: re.sub(r"[^a-z]+", "_", fold(s.lower())).strip("_")
    out = [
        (
            "form",
            f"{L['name']}: [[NAME]]\n{L['dob']}: [[DOB]]\n{L['addr']}: [[ADDR]]\n{L['phone']}: [[PHONE]]\n{L['email']}: [[EMAIL]]",
        ),
        (
            "form",
            f"{L['name']}: [[NAME]] | {L['iban']}: [[IBAN]] | {L['phone']}: [[PHONE]] | {L['note']}: [[ORDER]]",
        ),
        (
            "form",
            f"[{L['cust']}]\n{k(L['name'])} = [[NAME]]\n{k(L['email'])} = [[EMAIL]]\n{k(L['pw'])} = [[PWD]]\nlast_login = [[TS]]",
        ),
        (
            "csv",
            f"{L['name']};{L['email']};{L['phone']};{L['order']}\n[[NAME]];[[EMAIL]];[[PHONE]];[[ORDER]]\n[[NAME2]];[[EMAIL2]];[[PHONE2]];[[ORDER]]",
        ),
        ("csv", f'{k(L["order"])},{k(L["name"])},{k(L["addr"])}\n[[ORDER]],"[[NAME]]","[[ADDR]]"'),
        (
            "json",
            '{"'
            + k(L["name"])
            + '": "[[NAME]]", "'
            + k(L["dob"])
            + '": "[[DOB]]", "iban": "[[IBAN]]", "ref": "[[UUID]]"}',
        ),
        (
            "json",
            '{"'
            + k(L["order"])
            + '": "[[ORDER]]", "sku": "[[SKU]]", "amount": "[[AMOUNT]]", "ts": "[[TS]]", "version": "[[VER]]"}',
        ),
        ("log", f"[[TS]] INFO auth user=[[EMAIL]] src=[[IPV]] lang={lang}"),
        ("log", "[[TS]] INFO cdn purge ok req=[[UUID]] origin=[[DOCIP]] build=[[VER]]"),
        ("code", f"# {L['note']}: [[DATE]]\nAPI_TOKEN=[[SECRET]]\nLOCALE={lang}"),
        (
            "transcript",
            f"{L['agent']}: ...\n{L['cust']}: [[NAME]], {L['born']} [[DOB]].\n{L['agent']}: {L['phone']}?\n{L['cust']}: [[PHONE]]\n{L['agent']}: OK, [[CASE]].",
        ),
        (
            "crm",
            f"[[DATE]] — [[NAME]] ([[COMPANY]]), {L['phone'].lower()} [[PHONE]], {L['email'].lower()} [[EMAIL]]. {L['note']}: [[PRODUCT]].",
        ),
        ("shipping", f"{L['order']} [[ORDER]] / [[TRACK]]\n[[NAME]]\n[[ADDRML]]\n{L['phone']}: [[PHONE]]"),
        ("meeting", "[[DATE]]: [[FIRST]], [[FIRST2]], [[FIRST3]] — [[VER]], [[CASE]], [[AMOUNT]]."),
        (
            "form",
            f"{L['name']}: [[HNAME]]\n{L['addr']}: [[POBOX]]\n{L['phone']}: [[PHONE]]\n{L['order']}: [[ORDER]] ([[DATE]])",
        ),
        (
            "csv",
            f"{k(L['order'])};date;{k(L['note'])}\n[[ORDER]];[[DATE]];[[HOLIDAY]]\n[[ORDER]];[[DATE]];[[CITY]] [[POSTCODE]]",
        ),
    ]
    return out


# ----------------------------------------------------------------------------
# Composite long texts
# ----------------------------------------------------------------------------
WROTE = {
    "en": "On {d}, {n} wrote:",
    "de": "Am {d} schrieb {n}:",
    "fr": "Le {d}, {n} a écrit :",
    "es": "El {d}, {n} escribió:",
    "it": "Il {d} {n} ha scritto:",
    "pt": "Em {d}, {n} escreveu:",
    "pt-BR": "Em {d}, {n} escreveu:",
    "nl": "Op {d} schreef {n}:",
    "pl": "W dniu {d} {n} napisał(a):",
    "sv": "Den {d} skrev {n}:",
    "da": "Den {d} skrev {n}:",
    "fi": "{n} kirjoitti {d}:",
    "tr": "{d} tarihinde {n} yazdı:",
    "cs": "Dne {d} napsal(a) {n}:",
}
SUBJ = {
    "en": "Re: follow-up",
    "de": "AW: Rückfrage",
    "fr": "RE: suivi",
    "es": "RE: seguimiento",
    "it": "R: aggiornamento",
    "pt": "RE: seguimento",
    "pt-BR": "RES: retorno",
    "nl": "Re: vraag",
    "pl": "Odp: pytanie",
    "sv": "SV: fråga",
    "da": "SV: spørgsmål",
    "fi": "VS: kysymys",
    "tr": "YNT: bilgi",
    "cs": "Re: dotaz",
}


def has_pii_tags(tpl):
    return any(not (t in NEG_KINDS or t in ("NEGANY", "CARDLAST4")) for t in TAG_RE.findall(tpl))


def quote(segs):
    out = [("> ", None)]
    for t, ty in segs:
        if ty is None or ty == "NEG":
            out.append((t.replace("\n", "\n> "), ty))
        else:
            out.append((t, ty))
    return out


def email_thread(lang, ctx):
    pool = [t for s, t in T[lang] if s in ("email", "chat", "ticket")]
    a, b = ctx.person(7), ctx.person(8)
    segs = (
        [("From: ", None), (a.full, "PERSON"), (" <", None)]
        + expand("EMAIL7", ctx)
        + [(">\nTo: ", None)]
        + expand("EMAIL8", ctx)
    )
    segs += [
        (f"\nSubject: {SUBJ[lang]}\nDate: ", None),
        (other_date(lang) + f" {R.randint(7, 22):02d}:{R.randint(0, 59):02d}", "NEG"),
        ("\n\n", None),
    ]
    segs += render(ch([t for s, t in T[lang] if s == "email"]), ctx)
    if R.random() < 0.5:
        segs += (
            [("\n\n--\n", None), (a.full, "PERSON"), ("\n", None)]
            + expand("ADDRML7", ctx)
            + [("\n", None)]
            + expand("PHONE7", ctx)
        )
    for _ in range(R.randint(1, 3)):
        if sum(len(t) for t, _ in segs) > 1150:
            break
        body = render(ch(pool), ctx)
        if sum(len(t) for t, _ in segs + body) > 1450:
            continue
        if any("\n" in t for t, ty in body if ty not in (None, "NEG")):
            continue
        w = WROTE[lang].split("{n}")
        dseg = (neg("DATE", lang), "NEG")
        head = []
        for part_i, part in enumerate(w):
            bits = part.split("{d}")
            for bi, bit in enumerate(bits):
                if bit:
                    head.append((bit, None))
                if bi < len(bits) - 1:
                    head.append(dseg)
            if part_i < len(w) - 1:
                head.append((b.full, "PERSON"))
        segs += [("\n\n", None)] + head + [("\n", None)] + quote(body)
    return segs


def transcript(lang, ctx):
    pool = [t for s, t in T[lang] if s in ("chat", "sms")]
    speakers = [ctx.person(7), ctx.person(8)] + ([ctx.person(9)] if R.random() < 0.4 else [])
    segs = []
    h, m = R.randint(8, 20), R.randint(0, 50)
    lines = R.sample(pool, min(len(pool), R.randint(3, 8)))
    for i, line in enumerate(lines):
        sp = speakers[i % len(speakers)] if R.random() < 0.8 else ch(speakers)
        m += R.randint(0, 4)
        if segs:
            segs.append(("\n", None))
        segs += [(f"[{h:02d}:{m % 60:02d}] ", None), (sp.first, "PERSON"), (": ", None)]
        segs += render(line, ctx)
    return segs


# ----------------------------------------------------------------------------
# Self-check
# ----------------------------------------------------------------------------
HONORIFIC_START = re.compile(
    r"^(Dr|Mr|Mrs|Ms|Prof|Frau|Herr|Herrn|Sr|Sra|M|Mme|Mlle|Pan|Pani|Bay|Bayan|Hr|Fru|dhr|mevr|Sig|Dott|MUDr|Ing|Mgr)\b\.?\s"
)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
CARDLIKE_RE = re.compile(r"(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
SSN_DASH_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
VENDOR_RE = re.compile(
    r"AKIA[A-Z2-7]{16}|gh[pos]_[A-Za-z0-9]{20,}|github_pat_|glpat-|xox[bp]-|sk_live_|rk_live_|AIza[0-9A-Za-z_-]{20,}|sk-proj-|eyJ[A-Za-z0-9_-]{10,}\.|SG\.[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{30,}|hf_[A-Za-z0-9]{30,}"
)
POOL_TOKENS = set()
for _f, _l, _g in GLOBAL_NAMES:
    POOL_TOKENS.update(_f.split() + _l.split())
for _d in LOC_NAMES.values():
    for _k in "mfl":
        for _n in _d[_k]:
            POOL_TOKENS.update(_n.split())
POOL_TOKENS = {t for t in POOL_TOKENS if len(t) >= 3 and t[0].isupper()} | set(CS_MALE.values())
ALLOWED_LITERAL_TOKENS = set()


def is_doc_ip(v):
    return v.startswith(("192.0.2.", "198.51.100.", "203.0.113.")) or v.lower().startswith("2001:db8:")


def is_public_v4(v):
    a, b, c, d = map(int, v.split("."))
    if max(a, b, c, d) > 255:
        return False
    return not (
        a in (0, 10, 127)
        or a >= 224
        or (a == 172 and 16 <= b <= 31)
        or (a == 192 and b == 168)
        or (a == 169 and b == 254)
        or (a == 100 and 64 <= b <= 127)
        or (a == 198 and b in (18, 19))
        or is_doc_ip(v)
    )


def covered(spans, s, e, types=None):
    return any(sp["start"] <= s and e <= sp["end"] and (types is None or sp["type"] in types) for sp in spans)


def check(rec, negs, lits):
    text, spans = rec["text"], rec["spans"]
    errs = []
    last = -1
    for sp in sorted(spans, key=lambda x: x["start"]):
        s, e, ty = sp["start"], sp["end"], sp["type"]
        v = text[s:e]
        if not (0 <= s < e <= len(text)) or s < last:
            errs.append("offsets/overlap")
        last = e
        if v != v.strip() or not v:
            errs.append(f"whitespace {ty} {v!r}")
        if ty == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", v)
            if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)) or d in TEST_CARDS:
                errs.append(f"bad card {v}")
        elif ty == "IBAN":
            if not iban_valid(v):
                errs.append(f"bad iban {v}")
        elif ty == "US_SSN":
            d = re.sub(r"[ -]", "", v)
            a, g, sr = int(d[:3]), int(d[3:5]), int(d[5:])
            if len(d) != 9 or a in (0, 666) or a >= 900 or g == 0 or sr == 0 or rec["lang"] != "en":
                errs.append(f"bad ssn {v}")
        elif ty == "IP_ADDRESS":
            if ":" in v:
                if is_doc_ip(v) or v.lower().startswith(("fe80", "fc", "fd", "::1")):
                    errs.append(f"bad ip6 {v}")
            elif not is_public_v4(v):
                errs.append(f"bad ip {v}")
        elif ty == "PERSON":
            if HONORIFIC_START.match(v) or v.endswith("'s"):
                errs.append(f"honorific/possessive in person {v}")
        elif ty == "EMAIL":
            if not EMAIL_RE.fullmatch(v):
                errs.append(f"bad email {v}")
    ss = sorted(spans, key=lambda x: x["start"])
    for x, y in zip(ss, ss[1:]):
        if x["type"] == y["type"] == "PERSON" and text[x["end"] : y["start"]] == " ":
            errs.append("split person span")
    for m in EMAIL_RE.finditer(text):
        at = m.start() + m.group().index("@")
        if any(sp["type"] == "SECRET" and sp["end"] == at for sp in spans):
            continue  # user:password@host in a connection string, not an e-mail
        if not covered(spans, m.start(), m.end(), {"EMAIL"}):
            errs.append(f"unlabelled email {m.group()}")
    for m in CARDLIKE_RE.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        if (
            luhn_ok(d)
            and d not in TEST_CARDS
            and not covered(spans, m.start(), m.end(), {"CREDIT_CARD", "PHONE", "IBAN", "SECRET"})
        ):
            errs.append(f"unlabelled luhn {m.group()}")
    for m in IBAN_RE.finditer(text):
        if iban_valid(m.group()) and not covered(spans, m.start(), m.end(), {"IBAN", "SECRET"}):
            errs.append(f"unlabelled iban {m.group()}")
    for m in IPV4_RE.finditer(text):
        v = m.group()
        if not is_doc_ip(v):
            if not is_public_v4(v):
                errs.append(f"private/invalid ip present {v}")
            elif not covered(spans, m.start(), m.end(), {"IP_ADDRESS"}):
                errs.append(f"unlabelled ip {v}")
    for m in SSN_DASH_RE.finditer(text):
        if not covered(spans, m.start(), m.end(), {"US_SSN", "PHONE", "SECRET"}):
            errs.append(f"unlabelled ssn-like {m.group()}")
    for m in VENDOR_RE.finditer(text):
        if not covered(spans, m.start(), m.end(), {"SECRET"}):
            errs.append(f"unlabelled vendor secret {m.group()}")
    for s, e in lits:
        for w in re.findall(r"[A-Za-zÀ-ž'-]+", text[s:e]):
            if w in POOL_TOKENS and w not in ALLOWED_LITERAL_TOKENS:
                errs.append(f"pool name in literal text: {w}")
    return errs


# ----------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------
LANG_W = {
    "en": 0.37,
    "de": 0.08,
    "fr": 0.07,
    "es": 0.07,
    "it": 0.06,
    "pt": 0.04,
    "pt-BR": 0.05,
    "nl": 0.06,
    "pl": 0.05,
    "sv": 0.04,
    "da": 0.03,
    "fi": 0.03,
    "tr": 0.04,
    "cs": 0.03,
}
STYLE_W = {"chat": 4.2, "sms": 1.5, "intake": 1.8, "crm": 1.6, "ticket": 1.6, "shipping": 1.5, "meeting": 1.4}
NEG_SHARE = 0.30


def build_pools():
    pools = {}
    for lang in LANG_W:
        allt = T[lang] + shared_templates(lang)
        pos = [(s, t) for s, t in allt if has_pii_tags(t)]
        ng = [(s, t) for s, t in allt if not has_pii_tags(t)]
        pools[lang] = (pos, ng)
    return pools


def weighted(items):
    w = [STYLE_W.get(s, 1.0) for s, _ in items]
    return R.choices(items, weights=w, k=1)[0]


def main():
    pools = build_pools()
    n_templates = sum(len(p) + len(n) for p, n in pools.values())
    langs = list(LANG_W)
    records, seen = [], set()
    failures = []
    attempts = 0
    while len(records) < N_TEXTS:
        attempts += 1
        lang = R.choices(langs, weights=[LANG_W[x] for x in langs], k=1)[0]
        ctx = Ctx(lang)
        want_neg = sum(1 for x in records if not x["spans"]) < NEG_SHARE * (len(records) + 1)
        pos, ng = pools[lang]
        r = R.random()
        if not want_neg and r < 0.07:
            style, segs = "email", email_thread(lang, ctx)
        elif not want_neg and r < 0.12:
            style, segs = "transcript", transcript(lang, ctx)
        else:
            style, tpl = weighted(ng if want_neg else pos)
            segs = casualise(render(tpl, ctx), style)
        text, spans, negs, lits = finalize(segs)
        if text in seen:
            continue
        seen.add(text)
        rec = {"text": text, "spans": spans, "style": style, "lang": lang}
        errs = check(rec, negs, lits)
        if errs:
            failures.append((errs, text[:200]))
            continue
        if want_neg and spans:
            failures.append((["negative template produced spans"], text[:200]))
            continue
        records.append(rec)
    if failures:
        from collections import Counter as _C

        kinds = _C(
            e.split(" ")[0] + " " + e.split(" ")[1] if " " in e else e for errs, _t in failures for e in errs
        )
        print(f"self-check rejected {len(failures)} candidates (regenerated):", dict(kinds), file=sys.stderr)
    R.shuffle(records)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # re-verify from disk
    back = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    for rec in back:
        for sp in rec["spans"]:
            assert rec["text"][sp["start"] : sp["end"]].strip() == rec["text"][sp["start"] : sp["end"]]
    from collections import Counter

    tc = Counter(sp["type"] for r in back for sp in r["spans"])
    lc = Counter(r["lang"] for r in back)
    sc = Counter(r["style"] for r in back)
    nneg = sum(1 for r in back if not r["spans"])
    print(
        f"texts: {len(back)}   templates: {n_templates} (+2 composite builders)   rejected candidates: {len(failures)}"
    )
    print(f"look-alike-only (no PII) texts: {nneg} ({100 * nneg / len(back):.1f}%)")
    print(
        f"max length: {max(len(r['text']) for r in back)}  texts >600 chars: {sum(len(r['text']) > 600 for r in back)}"
    )
    print("spans by type:", dict(tc.most_common()), "total", sum(tc.values()))
    print("by lang:", dict(lc.most_common()))
    print("by style:", dict(sc.most_common()))


if __name__ == "__main__":
    main()
