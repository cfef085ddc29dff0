"""Street addresses: a street-type word and a house number in the order each language writes them,
then, when present, the flat, postcode and town.

English (``221B Baker Street``, ``1600 Pennsylvania Ave NW, Washington, DC 20500``), German
(``Hauptstraße 12a, 10115 Berlin``), French (``12 bis, rue de la Paix, 75002 Paris``), Spanish
(``Calle de Alcalá 45, 3º B, 28014 Madrid``), Italian (``Via Roma 10, 00184 Roma``), Portuguese
(``Rua das Flores, 25, 1200-195 Lisboa``), Dutch (``Keizersgracht 123, 1015 CJ Amsterdam``), Polish
(``ul. Długa 5/7, 00-238 Warszawa``), Swedish (``Storgatan 5, 111 51 Stockholm``), Turkish
(``Atatürk Cad. No: 12``), and any ``Address:`` field whose value holds a number and a word.
A street word alone (``Wall Street``, ``Via Appia``) or a number alone is not an address.
"""

from __future__ import annotations

import re

from .address_parts import PO_BOX, casual_copy, extend_regional_tail, extend_units, has_po_box
from .findings import Hit

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚ"
_LO = "a-zß-öø-ÿā-žſș-țǎ"
_W = rf"(?:[{_UP}0-9][{_LO}0-9]*(?:[-'’.][{_UP}{_LO}0-9]+)*\.?)"  # a capitalised word or a number (``5th``)
_WL = rf"(?:[{_UP}][{_LO}]*(?:[-'’.][{_UP}{_LO}]+)*\.?|\d{{1,3}}(?:st|nd|rd|th|º|ª|°|\.)(?![\w])|(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XX|XXIII)(?![\w]))"
_CITY = rf"[{_UP}][{_LO}]+(?:[ -](?:(?:am|an|sur|le|la|de|del|di|do|da|im|in|upon|on)[ -])?[{_UP}][{_LO}]+){{0,2}}"
_LINK = r"(?:de la|de los|de las|de l'|de|del|della|delle|degli|dei|dello|di|da|das|dos|do|du|des|d'|la|le|les|y|e|et|of|the|am|an|der)"
_STREET_NAME = rf"(?:(?:{_LINK})[ ]?)?{_WL}(?:[ -](?:(?:{_LINK})[ ]?)?{_WL}){{0,4}}"

_EN_TYPE = (
    r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|"
    r"Ter|Close|Crescent|Cres|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Row|Mews|Gardens|"
    r"Grove|Hill|Walk|Green|Park|Rise|Vale|View|Wharf|Quay|Parade|Pike|Alley|Loop|Plaza|Broadway)"
)
_EN = (
    rf"\d(?<![\w/.-]\d)\d{{0,4}}[A-Za-z]?(?:-\d{{1,5}})?,?[ ]+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[ ]+)?"
    rf"(?:{_W}[ ]+){{0,3}}?{_W}?[ ]?{_EN_TYPE}\.?(?:[ ]+(?:N|S|E|W|NE|NW|SE|SW)\.?)?(?![\w])"
    rf"(?:,?[ ]+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|Rm|#)\.?[ ]*#?[\w-]{{1,5}})?"
    rf"(?:,[ ]*{_CITY}(?:,[ ]*(?:[A-Z]{{2}}[ ]+\d{{5}}(?:-\d{{4}})?|[A-Z]{{1,2}}\d[A-Z\d]?[ ]\d[A-Z]{{2}}|[A-Z]{{2}}))?)?"
    rf"(?:[ ]+[A-Z]{{1,2}}\d[A-Z\d]?[ ]\d[A-Z]{{2}})?"
)
_EN_UNTYPED = re.compile(
    rf"\d(?<![\w/.-]\d)\d{{0,4}}[A-Za-z]?[ ]+[{_UP}][{_LO}]+(?:[ ][{_UP}][{_LO}]+){{0,2}},[ ]*{_CITY},?[ ]+"
    rf"(?:[A-Z]{{2}}[ ]+\d{{5}}(?:-\d{{4}})?|[A-Z]{{1,2}}\d[A-Z\d]?[ ]\d[A-Z]{{2}})(?![\w])"
)
#: Czech streets named by an adjective alone (``Dlouhá 18``, ``Národní 9``): only before a
#: Czech postcode (``110 00 Praha 1``).
_CS_ADJECTIVE = re.compile(
    rf"(?<![\w])[{_UP}][{_LO}]+[áíý][ ]\d{{1,4}}(?:/\d{{1,4}})?[a-z]?(?=,[ ]\d{{3}}[ ]\d{{2}}[ ][{_UP}])"
)
_CS_POSTCODE = re.compile(r"\d{3} \d{2} ")
_EN_FLAT_FIRST = re.compile(
    rf"(?<![\w])(?:Flat|Apt|Apartment|Unit|Suite)\.?[ ]*\d{{1,4}}[A-Za-z]?,[ ]*(?={_W})"
)

_DE_SUFFIX = r"(?:straße|strasse|str\.|gasse|weg|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|graben|stieg|zeile|hof)"
#: Danish, Norwegian, Finnish and Czech street words written onto the name (``Nørregade``,
#: ``Mannerheimintie``, ``Vinohradská``).
_NORDIC_CS_SUFFIX = (
    r"(?:gade|vej|allé|boulevard|vænget|stræde|plads|torv|katu|tie|kuja|polku|väylä|raitti|rinne|kaari|aukio|tori|"
    r"ská|ský|ova|ovo|ní|ého)"
)
_NL_SUFFIX = (
    r"(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|pad|hof|markt|dreef|baan|wal|park|kanaal|erf)"
)
_SV_SUFFIX = r"(?:gatan|vägen|gränd|torget|stigen|allén|backen|plan|leden|gata|väg|vei|veien|gade|vej)"
#: A street word of its own after an adjective or a name (``Berliner Straße``, ``Karlovo náměstí``).
_SEPARATE_TYPE = (
    r"(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee|Markt|"
    r"náměstí|nábřeží|třída|Allé|Plads|Vej)"
)
_SUFFIXED = (
    rf"(?<![\w])(?:[{_UP}][{_LO}]+(?:[- ][{_UP}][{_LO}]+)*[- ]?)?(?:[{_UP}][{_LO}]*{_DE_SUFFIX}|[{_UP}][{_LO}]*{_NL_SUFFIX}|"
    rf"[{_UP}][{_LO}]*{_SV_SUFFIX}|[{_UP}][{_LO}]*{_NORDIC_CS_SUFFIX}|[{_UP}][{_LO}]+[ ]{_SEPARATE_TYPE}|"
    rf"(?:Am|An der|Auf der|Auf dem|Im|In der|Zum|Zur|Unter den|Hinter der|Na|U|V|Pod|Nad)[ ][{_UP}][{_LO}]+)"
    rf"[ ]+\d{{1,4}}(?!\d|\.\d)(?:[ ]?[a-zA-Z](?![\w]))?(?:[ ]?[-/][ ]?\d{{1,4}}[a-z]?)?(?:[ ]?(?:hs|bis|I{{1,3}}))?"
    rf"(?:[ ]\d{{1,3}}(?![\w.,]\d)(?=,))?"  # Finnish flat after the staircase: ``12 A 5``
    rf"(?:,?[ ](?:lgh|lej|lejl|st|th|tv|mf|sal|ap|apt|byt)\.?[ ]?\d{{0,4}}(?:\.[ ]?(?:th|tv|mf|sal)\.?)?)?"
    rf"(?:,[ ]\d{{1,2}}\.[ ]?(?:th|tv|mf|sal|sal\.)\.?)?(?![\w.,]\d)"
)
_FR_TYPE = (
    r"(?:rue|avenue|av\.|boulevard|bd|bld|place|chemin|allée|impasse|quai|route|cours|square|passage|"
    r"faubourg|voie|sentier|esplanade|chaussée|rond-point|promenade|résidence|lieu-dit)"
)
_FR = rf"\d(?<![\w/.-]\d)\d{{0,3}}(?:[ ]?(?:bis|ter|quater|[A-D]))?,?[ ]+(?i:{_FR_TYPE})[ ]+{_STREET_NAME}"
_FR_BE = rf"(?<![\w])(?:Rue|Avenue|Boulevard|Place|Chaussée|Quai|Chemin)[ ]+{_STREET_NAME}[ ]*,?[ ]+\d{{1,4}}[A-Za-z]?(?![\w.,]\d)"
_ES_IT_PT_PL_TYPE = (
    r"(?:Calle|C/|c/|Avenida|Avda\.|Avda|Av\.|Avd\.|Paseo|P[ºo]\.?|Plaza|Pza\.|Pl\.|Camino|Carrera|Cra\.|Ronda|Travesía|"
    r"Carretera|Ctra\.|Glorieta|Rambla|Vía|Passeig|Carrer|Pasaje|Urbanización|Urb\.|Callejón|"
    r"Via|V\.|Viale|V\.le|Piazza|P\.za|P\.zza|Piazzale|Corso|C\.so|Largo|Vicolo|Strada|Contrada|"
    r"Lungomare|Lungotevere|Borgo|Salita|Vico|"
    r"Rua|Rúa|R\.|Travessa|Tv\.|Praça|Pç\.|Alameda|Al\.|Estrada|Rodovia|Calçada|Beco|Praceta|Largo|"
    r"ul\.|ulica|al\.|aleja|pl\.|plac|os\.|osiedle|"
    r"Strada|Str\.|Bulevardul|Bd\.|B-dul|Calea|Aleea|Șoseaua|Şoseaua|Splaiul|Piața|Intrarea|ulice|"
    r"Náměstí|náměstí|Nábřeží|Třída)"
)
_NUMBER_TAIL = (
    r"(?:,?[ ]*(?:n\.?\s?º|nº|n°|no\.?|núm\.?|num\.?|nr\.?|#|s/n)?[ ]*\d{1,4}(?!\d)[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?"
    r"(?:[ ]*[,-][ ]*(?:\d{1,2}(?!\d|-\d)[º°ª]?[ ]?(?:[A-Za-z](?![\w])|andar|piso|planta|dto\.?|esq\.?|dir\.?|izq\.?|int\.?|"
    r"scala [A-Z]|sc\. ?[A-Z]|Esq\.?|Dto\.?|Dir\.?|Izq\.?)?|(?:apto|apt|ap|int|scala|piso|bloco|bl|m|lok|et|sc)\.?[ ]*"
    r"\d{0,4}[A-Za-z]?(?<=\w)))*(?:[ ]+(?:m|lok|lgh|ap|apt)\.?[ ]?\d{1,4}[A-Za-z]?)?)"
)
_ROMANCE = rf"(?<![\w]){_ES_IT_PT_PL_TYPE}[ ]*{_STREET_NAME}{_NUMBER_TAIL}(?![\w.,]\d)"
_TR = (
    rf"(?<![\w]){_W}(?:[ ]{_W}){{0,2}}[ ](?:Mahallesi|Mah\.|Caddesi|Cad\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Blv\.)"
    rf"(?:[ ]*,?[ ]*{_W}(?:[ ]{_W}){{0,2}}[ ](?:Caddesi|Cad\.|Sokak|Sokağı|Sok\.|Sk\.))?,?[ ]*(?:No|Nr)[ ]?[:.]?[ ]?\d{{1,4}}(?:/\d{{1,4}})?"
)
_POST_TAIL = re.compile(
    rf"(?:\n|,[ ]*)?[ ]*{_CITY},?[ ]+(?:[A-Z]{{2}}[ ]+\d{{5}}(?:-\d{{4}})?|[A-Z]{{1,2}}\d[A-Z\d]?[ ]\d[A-Z]{{2}})(?![\w])"
    rf"|,?[ ]*(?:\n[ \t]*)?(?:(?:D-|F-|I-|E-|NL-|B-|A-|CH-|L-|CZ-|DK-|FI-|RO-)?\d{{5}}|\d{{6}}|\d{{4}}[ ]?[A-Z]{{2}}|\d{{4}}-\d{{3}}|\d{{5}}-\d{{3}}|"
    rf"\d{{2}}-\d{{3}}|\d{{3}}[ ]\d{{2}}|\d{{4}})[ ]+{_CITY}(?:[ ]*\(?[A-Z]{{2}}\)?(?![\w])|[ ](?:[KVCSØN]|\d{{1,2}})(?![\w]))?(?:[ ]+CEDEX(?:[ ]\d{{1,2}})?)?"
    rf"|,[ ]*{_CITY}(?:[ ]+\d{{5}}(?:-\d{{4}})?)?(?=[ ]*(?:[.;\n)]|$))"
)
_EN_RE, _FR_RE, _FR_BE_RE, _ROMANCE_RE = (re.compile(p) for p in (_EN, _FR, _FR_BE, _ROMANCE))
_SUFFIXED_RE = re.compile(_SUFFIXED)
_TR_RE = re.compile(_TR)
_LABEL = re.compile(
    r"(?:^|(?<=[\n\t|,;{\"*]))[ \t]*\**\"?(?i:address|street address|home address|billing address|shipping address|"
    r"delivery address|postal address|mailing address|addr|adresse|anschrift|wohnadresse|lieferadresse|"
    r"rechnungsadresse|adresse postale|adresse de livraison|domicile|dirección|direccion|domicilio|"
    r"dirección de envío|indirizzo|residenza|endereço|endereco|morada|adres|woonadres|afleveradres|"
    r"adress|postadress|hemadress|adres zamieszkania|ev adresi|adresa|bydliště|adresă|domiciliu|osoite|"
    r"katuosoite|toimitusosoite|leveringsadresse|bopæl)\"?\**[ \t]*[:=][ \t]*\"?[ \t]*([^\n\"|;{}]{6,120})",
    re.MULTILINE,
)
_NOT_ADDRESS = re.compile(r"^(?:0x[0-9a-f]+|[\d.:/]+|[0-9a-f:]+|\S+@\S+|https?://\S+)$", re.IGNORECASE)
_HAS_WORD = re.compile(rf"[{_UP}{_LO}]{{3,}}")
_DIGIT = re.compile(r"\d")


def _word_set(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


def _alternatives(group: str) -> list[str]:
    """``(?:Street|St|Av\\.)`` -> ``["street", "st", "av"]``: a pattern's words, as plain words."""
    return [w.replace("\\", "").rstrip(".").lower() for w in group[3:-1].split("|")]


#: The lowercase words each street pattern needs one of (its street-type words), so a text
#: pays only for the patterns its words could start.
_EN_WORDS = frozenset(_alternatives(_EN_TYPE))
_FR_WORDS = frozenset(w.split("-")[0] for w in _alternatives(_FR_TYPE)) | {"av"}
_ROMANCE_WORDS = frozenset(
    w
    for w in (
        w.split("/")[0].split("-")[0].replace("[ºo]", "o").replace(".", "")
        for w in _alternatives(_ES_IT_PT_PL_TYPE)
    )
    if len(w) > 2 and w not in ("str", "cso", "pza", "vle", "pzza", "ctra", "avd", "avda", "urb")
)
#: Abbreviations that are words or letters elsewhere: only with their own punctuation.
_ROMANCE_ABBREVIATIONS = _word_set(
    "v p r pº al pl os ul str bd tv pç ctra urb cra av avda avd b cso pza vle pzza"
)
_TR_WORDS = frozenset(
    {"mahallesi", "mah", "caddesi", "cad", "sokak", "sokağı", "sok", "sk", "bulvarı", "blv"}
)
_LABEL_WORDS = _word_set(
    "address addr adresse anschrift wohnadresse lieferadresse rechnungsadresse domicile dirección direccion "
    "domicilio indirizzo residenza endereço endereco morada adres woonadres afleveradres adress postadress "
    "hemadress adresi adresa bydliště adresă osoite katuosoite toimitusosoite leveringsadresse bopæl"
)
_SUFFIX_ENDS = tuple(
    sorted(
        {w for part in (_DE_SUFFIX, _NL_SUFFIX, _SV_SUFFIX, _NORDIC_CS_SUFFIX) for w in _alternatives(part)}
    )
)
_SUFFIX_WORDS = frozenset(_alternatives(_SEPARATE_TYPE))
_PREFIX_WORDS = _word_set("am an auf im in zum zur unter hinter der dem den na u v pod nad")
_NUMBER_AFTER_SPACE = re.compile(r"[^\W\d_]\.? \d")
#: A US ZIP code or a UK postcode's inward part (``1AA``), found from its digit.
_UNTYPED_SEED = re.compile(r"\d(?:\d{4}|[A-Z]{2}(?![\w]))")


def _suffixed_numbers(text: str) -> list[int]:
    """A number right after a street word written onto its name (``Hauptstraße 12``,
    ``Nørregade 4``, ``Berliner Straße 9``) or after ``Am Markt``-style names: the cheap test
    before the pattern that starts at every capital: where such numbers start."""
    found: list[int] = []
    for m in _NUMBER_AFTER_SPACE.finditer(text):
        p = m.end() - 1
        j = text.rfind(" ", 0, p - 1)
        word = text[j + 1 : p - 1].rstrip(".,").lower()
        k = max(text.rfind(" ", 0, max(0, j)), text.rfind("\n", 0, max(0, j)))
        if (
            word.endswith(_SUFFIX_ENDS)
            or word in _SUFFIX_WORDS
            or word == "str"
            or (j > 0 and text[k + 1 : j].lower() in _PREFIX_WORDS)
        ):
            found.append(p)
    return found


def _patterns(text: str, words: frozenset[str]) -> list[re.Pattern[str]]:
    """The street patterns worth running on ``text``, given its lowercase words."""
    regexes: list[re.Pattern[str]] = []
    if not words.isdisjoint(_EN_WORDS):
        regexes.append(_EN_RE)
    if not words.isdisjoint(_FR_WORDS):
        regexes += (_FR_RE, _FR_BE_RE)
    if (
        not words.isdisjoint(_ROMANCE_WORDS)
        or ("c" in words and "/" in text)
        or ("." in text and not words.isdisjoint(_ROMANCE_ABBREVIATIONS))
    ):
        regexes.append(_ROMANCE_RE)
    if _UNTYPED_SEED.search(text):
        regexes.append(_EN_UNTYPED)
    if not words.isdisjoint(_TR_WORDS):
        regexes.append(_TR_RE)
    if _CS_POSTCODE.search(text):
        regexes.append(_CS_ADJECTIVE)
    return regexes


#: A firm's seat or offices in the same sentence before a street address: a company's address in
#: press-release style (``its headquarters will move to 1 Harbour Exchange Square, London``),
#: which is public, not a person's.
_HEAD_OFFICE_BEFORE = re.compile(
    r"(?i)(?:headquarter|head office|\bhq\b|registered office|corporate office|offices (?:at|in|on)|campus|"
    r"hauptsitz|firmensitz|unternehmenssitz|konzernzentrale|zentrale|\bsitz\b|siège|sede|hoofdkantoor|"
    r"hoofdzetel|hovedkontor|hovedsæde|huvudkontor|pääkonttori|siedzib|sídl|genel merkez|merkezi)"
    r"[^.!?\n]*$"
)
_FLAT_BEFORE = re.compile(r"(?<![\w])(?:Flat|Apt|Apartment|Unit|Suite)\.?[ ]+$")


def scan_addresses(text: str, out: list[Hit], words: frozenset[str]) -> None:
    """``words``: the text's words, lowercased (the PERSON scan splits the text once for both).
    A chat text written all in lowercase is scanned as a capitalised copy too."""
    if _DIGIT.search(text) is None:
        return
    _scan_streets(text, out, words)
    if has_po_box(words):
        out.extend((m.start(), m.end(), "ADDRESS") for m in PO_BOX.finditer(text))
    copy = casual_copy(text)
    if copy is not None and _may_name_a_street(words):
        found: list[Hit] = []
        _scan_streets(copy, found, words)
        out.extend(found)


_STREET_WORDS = _EN_WORDS | _FR_WORDS | _ROMANCE_WORDS | _TR_WORDS | _SUFFIX_WORDS


def _may_name_a_street(words: frozenset[str]) -> bool:
    """A street-type word, or a word ending in one, is among ``words``."""
    return not words.isdisjoint(_STREET_WORDS) or any(w.endswith(_SUFFIX_ENDS) for w in words)


def _scan_streets(text: str, out: list[Hit], words: frozenset[str]) -> None:
    matches = [m for rx in _patterns(text, words) for m in rx.finditer(text)]
    seen = -1
    for p in _suffixed_numbers(text):
        # the pattern runs only around each such number: a street name is at most a few words
        for m in _SUFFIXED_RE.finditer(text, max(0, p - 60, seen), p + 40):
            seen = m.end()
            matches.append(m)
    for m in matches:
        if True:
            s, e = m.start(), m.end()
            value = m.group()
            if not _DIGIT.search(value) or (
                s > 1 and text[s - 1] == " " and text[s - 2].isdigit() and value[0].isdigit()
            ):
                continue  # ``222 054 0017, Hausarzt Dr.``: the end of a longer number
            while e > s and text[e - 1] in " ,.":
                e -= 1
            e = extend_units(text, e)
            tail = _POST_TAIL.match(text, e)
            if tail is None and text.startswith(".,", e):  # ``2. th., 1165 København K``
                tail = _POST_TAIL.match(text, e + 1)
            if tail is not None:
                e = tail.end()
            e = extend_regional_tail(text, e)
            flat = _EN_FLAT_FIRST.search(text, max(0, s - 14), s + 1)
            if flat is not None and flat.end() == s:
                s = flat.start()
            else:
                before = _FLAT_BEFORE.search(text, max(0, s - 12), s)
                if before is not None:
                    s = before.start()  # ``Flat 5, 76 Tanners Lane``: the core began at the flat
            if _HEAD_OFFICE_BEFORE.search(text, max(0, s - 80), s) is None:
                out.append((s, e, "ADDRESS"))
    if words.isdisjoint(_LABEL_WORDS):
        return
    for m in _LABEL.finditer(text):
        value = m.group(1).rstrip(" ,.")
        if not _DIGIT.search(value) or not _HAS_WORD.search(value) or _NOT_ADDRESS.match(value):
            continue
        s = m.start(1)
        out.append((s, s + len(value), "ADDRESS"))
