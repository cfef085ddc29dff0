"""The shapes of numbers that name a person (phones, cards, SSNs, IP addresses) and the words around them."""

from __future__ import annotations

import re

# One pass finds both digit runs and IBAN heads (two capitals, two digits): charset scans are
# the slow part of ``re``, so there is only one, and it runs over a copy of the text in which
# every ASCII digit reads ``0`` (one byte per character, so offsets agree): a literal first
# character lets ``re`` skip ahead in a tight loop instead of testing a character class at every
# position, which is ten times faster. On the text itself this is
# ``\d(?:(?P<iban>\d(?<=[A-Z]{2}\d\d)(?=[ ]?[A-Z0-9]{4}[ ]?[A-Z0-9]{3}))|[\d().\-/ ]{5,}\d)``.
RUN_ZERO = re.compile(rb"0(?:(?P<iban>0(?<=[A-Z]{2}00)(?=[ ]?[A-Z0]{4}[ ]?[A-Z0]{3}))|[0().\-/ ]{5,}0)")
ZERO_DIGITS = bytes(48 if 48 <= i <= 57 else i for i in range(256))
GROUP = re.compile(r"\d+", re.ASCII)
WORDISH = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")

IPV4 = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}", re.ASCII)
SSN = re.compile(r"(\d{3})([- ])(\d{2})\2(\d{4})", re.ASCII)
CARD = re.compile(
    r"\d{13,19}|\d{4}([ \-])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{3})?|\d{4}([ \-])\d{6}\2\d{4,5}", re.ASCII
)
#: Grouped card numbers as printed anywhere: a 4-6 digit head, then up to four groups split by
#: spaces and/or dashes (mixed is seen when people retype), or all by dots.
CARD_GROUPED = re.compile(
    r"\d{4,6}(?:(?:[ \-]\d{2,13}){0,3}[ \-]\d{1,13}|(?:\.\d{2,13}){0,3}\.\d{1,13})", re.ASCII
)
CARDISH = re.compile(r"\d{4}(?:[ \-]\d{4}){2,4}(?:[ \-]\d{1,4})?")
PHONE_INTL = re.compile(r"(?:\+|00)[1-9]\d{0,3}(?:[ .\-]?\(0\)[ ]?)?(?:[ .\-/]?\(?\d{1,5}\)?){1,6}")
#: ``(415) 555-2671``, ``(415)-555-2671`` (retyped from a form), ``1 (800) 555-0199``.
PHONE_US = re.compile(r"(?:1[ .\-])?(?:\(\d{3}\)[ \-]?|\d{3}([ .\-]))\d{3}[ .\-]\d{4}")
PHONE_DOMESTIC = re.compile(r"(?:\(0\d{1,4}\)[ ]?|0\d{1,4}(?:[ \-/]|[ ]/[ ])?)\d{2,8}(?:[ \-]\d{2,6}){0,4}")
PHONE_IN = re.compile(r"0?[6-9]\d{4}[ \-]\d{5}")
EXT = re.compile(r"(?:x|ext\.?|extension)\s?\d{1,6}(?![\w])", re.IGNORECASE | re.ASCII)
#: An extension after a space or comma: ``555-0100 x12``, ``555-0100, ext. 7``, ``Durchwahl -12``,
#: ``555-0100 (ext. 7)``.
EXT_SPACED = re.compile(
    r",? ?(?:x|ext\.?|extension|durchwahl|poste|anexo|interno|int\.)\s?:?\s?\d{1,6}(?![\w])"
    r"| \((?:x|ext\.?|extension)\s?:?\s?\d{1,6}\)",
    re.IGNORECASE | re.ASCII,
)
#: A national number the way people space it anywhere (``683 19 99 84``, ``8 (991) 169-63-75``,
#: ``(61) 95863-6430``, ``06.12.34.56.78``): taken only after a phone word (``phone_context``).
PHONE_LOOSE = re.compile(
    r"(?:\(\d{1,4}\)|\d{1,5})(?:(?:[ .\-]|[ ]-[ ])\(?\d{2,5}\)?){1,5}|\d{3}[ ]\d{6,7}", re.ASCII
)


#: Eight digits in groups of two to four, split by single spaces.
SPACED_8 = re.compile(r"\d{2,4}(?: \d{2,4}){1,3}", re.ASCII)
#: A phone label ending just before the number (only ``.``, ``:`` and spaces between).
LABEL_JUST_BEFORE = re.compile(
    r"(?:\b(?:tel|tlf|tfn|fon|ph|mob|mobil|mobile|cell|handy|natel|gsm|puh|cel|phone|fax)|telefon\w*"
    r"|telefoon\w*|tel[eé]fono|t[eé]l[eé]phone|tél|telem[oó]vel|móvil|celular|тел\w*|τηλ\w*)"
    r"[ \t]*\.?[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)


PRERELEASE = re.compile(r"-(?:alpha|beta|rc|dev)")
#: Octets ``ipaddress.IPv4Address`` accepts: 0-255 without leading zeros.
OCTETS = frozenset(str(i) for i in range(256))

ASCII_WORD = re.compile(r"[a-z]+", re.ASCII)

VERSION_WORDS = frozenset(
    {"version", "ver", "release", "build", "rev", "firmware", "patch", "update", "v",
     "section", "sec", "chapter", "clause", "paragraph", "para", "figure", "fig", "table",
     "appendix", "article", "art", "step", "oid", "tag", "kernel", "driver", "bios"}
)  # fmt: skip
#: Words up to three before a dotted quad that make it a version, in the languages of the rules.
VERSION_NEAR_WORDS = frozenset(
    {"version", "versions", "versão", "versao", "versión", "versione", "versie", "wersja", "wersji",
     "sürüm", "sürümü", "fassung", "upgraded", "upgrading", "downgraded", "bumped", "changelog",
     "upgrade", "release", "build", "actualiza", "actualizar", "aggiorna", "aggiornare", "atualize",
     "atualizar", "aktualisiere", "aktualisieren", "uppgradera", "güncelle", "firmware", "patch"}
)  # fmt: skip
NEAR_WORD = re.compile(r"[^\W\d_]+")
SSN_WORDS = frozenset({"ssn", "ss", "social", "security", "sozialversicherungsnummer", "itin", "tin"})
SSN_DOTTED = re.compile(r"\d{3}\.\d{2}\.\d{4}", re.ASCII)
VERSION_OPS = ("==", ">=", "<=", "~=", "^", "@", ">", "<", "~")
NOT_CARD_WORDS = frozenset(
    {"order", "invoice", "tracking", "ref", "reference", "ticket", "acct", "account", "isbn",
     "id", "no", "nr", "bestellung", "rechnung", "auftrag", "commande", "pedido", "factura"}
)  # fmt: skip


CARD_WORDS = frozenset(
    {"card", "cc", "credit", "debit", "visa", "mastercard", "amex", "karte", "kreditkarte",
     "carte", "tarjeta", "pan", "cart", "maestro", "jcb", "discover", "unionpay", "mir"}
)  # fmt: skip


# Words that announce a phone number, in the languages we see most; a bare run of ten digits is
# a phone number only after one of them (or under a CSV column so named), never on its own.
PHONE_WORDS = re.compile(
    r"phone|tel\b|tel\.|telephone|mobile|cell|fax|call|whatsapp|sms|text me|contact|reach"
    r"|telefon|handy|rufnummer|erreichen|erreichbar|téléphone|tél|portable|appel|contacter|teléfono|"
    r"llám|móvil|celular|फ़ोन|फोन|कॉल|मोबाइल|電話|携帯|連絡"
    r"|hotline|\bph\b|\bmob\b|\btlf|\btel:|телефон|звон|전화|手机|电话|联系"
    # Nordic, Dutch, Portuguese, Italian, Greek and Russian labels (``Mobil``, ``Tfn``, ``Puh.``,
    # ``GSM:``, ``Telefoon``, ``Telemóvel``, ``Natel``, ``тел.``, ``Τηλ.``), "call" verbs, and
    # WhatsApp click-to-chat links (``wa.me/<number>``); the short ones need their ``.``/``:``
    # (``GSM 900 1800 1900`` names radio bands)
    r"|\bmobil\b|telefo|telem[oó]vel|\bgsm[.:]|\bcel[.:]|\bpuh[.:]|\btfn\b|natel|тел|τηλ"
    r"|ligue|chiam|anruf|wa\.me/"
    # "call X on/at ..." and "X is reachable at ..." in the other languages
    r"|\bllama\b|llamar|joignable|appelle|raggiungibil|recapito|bereikbaar|\bbel\b|\bnås\b|\bring\b"
    r"|zadzwo|dzwoń|numer tel|aray[ıi]n|ulaş|zavolej|volejte|sună|sunați|soita|puhelin|\btlf"
    r"|llame|oddzwoni|aranacak|arayabilir|\bliga\b",
    re.IGNORECASE,
)

#: Words that make a grouped number (``91 344 21 67``, not a bare ``595440823133``) a phone: "my
#: new number is ...", emergency contacts, "reachable at" (``está en el``, ``jest pod numerem``).
PHONE_NUMBER_WORDS = re.compile(
    r"n[úu]mero|numéro|\bnumer(?:em|u)?\b|číslo|numaran|numaras|\bnummer\b|emerg[eê]n|nagłych|\bacil\b"
    r"|\bkontakt|está en el|está no\b|está em\b|\bbenimki\b|\bmój to\b|\bmoje je\b",
    re.IGNORECASE,
)
#: Words of a parcel or an order, which make a number in the same window no phone.
TRACKING_WORDS = re.compile(
    r"track|seguimiento|suivi|śledzeni|przesyłk|zásilk|takip|sendung|verzend|spedizion|rastreio|"
    r"pedido|zamówieni|objednávk|sipariş|commande|bestelling|ordine|encomenda|order|invoice|factura|"
    r"rechnung|facture|fattura|faktur",
    re.IGNORECASE,
)
#: A sign-off line, then a name line, right before the number's line: a signature block.
SIGNATURE_BEFORE = re.compile(r"(?:^|\n)[^\n\d]{2,40},\n[^\n\d]{2,50}\n$")


IPV4_CIDR = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})/\d{1,2}(?![\d.])", re.ASCII)

#: Typography puts no-break spaces (French, Swiss, Nordic text), thin spaces and en dashes (word
#: processors' autocorrect) between the groups of a number. The number scan reads them as the
#: ASCII space and hyphen, one character for one, so that offsets do not move.
FOLD_SEPARATORS = {
    0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " ",
    0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2212: "-",
}  # fmt: skip
ODD_SEPARATORS = tuple(map(chr, FOLD_SEPARATORS))


#: A label that makes the number after it an identifier, not a phone number.
_ID_LABEL_BEFORE = re.compile(
    r"(?i)(?:(?:verification|security|confirmation|access|login|otp|one-time|sms|auth|promo|voucher|delivery)"
    r"[ -]code|c[óo]digo(?:[ ]de[ ]\w+)?|policy(?:[ ](?:no|number|nr))?|cost[ -]cent(?:er|re)|"
    r"tracking(?:[ ](?:no|number|id))?|sp[åa]rning(?:snummer)?|sendungsnummer|suivi|seguimiento|rastreio|"
    r"ref(?:erence)?(?:[ -]?(?:no|nr|number))?)\.?[ \t]*(?:is|:|#|no\.?|nr\.?)?[ \t]*$"
)
#: ``04-01-2027 19:45``: a date and the hour, not a number
_TIME_AFTER = re.compile(r":\d\d(?!\d)")


#: Words that number a record (a case, a claim, a customer, a contract, a repair, a booking), in
#: the detector's languages, as stems: the label right before a number makes it the record's
#: number (``Numer referencyjny 6939 805 7063``, ``Číslo zákazníka: 903 677 347``,
#: ``reparatienummer 03-2650-2649``), however phone-shaped.
_RECORD_STEMS = (
    "ref", "reklamac", "pratic", "expedient", "dossier", "case", "claim", "ticket", "customer",
    "client", "klient", "kunde", "cliente", "zákazn", "müşteri", "asiakas", "contract", "contrat",
    "vertrag", "kontrakt", "member", "mitglied", "socio", "repair", "reparat", "protocol",
    "protokol", "aktenzeichen", "vorgang", "ärende", "sprawa", "sprawy", "zgłoszeni", "sinistr",
    "siniestr", "schaden", "polic", "póliz", "apólic", "booking", "buchung", "boeking", "reserv",
    "rezerwac", "confirmation", "bestätigung", "serial", "serie", "série", "matricol", "patient",
    "employee", "mitarbeiter", "personalnummer", "badge", "bestell", "bestel", "commande", "pedido", "ordine",
    "encomenda", "zamówien", "objednáv", "sipariş", "invoice", "rechnung", "factur", "fattur",
    "faktur", "shipment", "sendung", "zásilk", "przesyłk", "gönderi", "article", "artikel",
    "artikl", "artículo", "articolo", "multibanco", "transac", "transakc", "işlem", "dosya",
    "sag", "sagsnummer", "zaak", "klant", "kund", "kunder", "kundnummer", "ordre", "ordrenummer",
    "rekla", "caso", "causa", "processo", "proceso", "procedimento", "fascicolo", "číslo jednací",
    "pojist", "ubezpiecz", "umow", "smlouv", "abonent", "abonnement", "abonn", "suscrip", "assinatur",
    "account", "konto", "compte", "cuenta", "conta", "hesap", "tilin", "kontonummer",
)  # fmt: skip
#: Stems that are a number's label on their own (``Referência Multibanco``, ``Aktenzeichen``);
#: the others need a word for "number" too, so that a transcript's ``Customer: (403) 493-5210``
#: stays a phone.
_INHERENT_STEMS = ("ref", "multibanco", "aktenzeichen", "vorgang", "sagsnummer", "personalnummer")
_NUMBER_WORD = r"(?:no|nr|n[º°o]|num(?:ber|mer|ero|éro|ara(?:sı)?)?|číslo|nummer|numer|número|numero|id)\.?"
_NOT_RECORD = r"(?![^\W\d_]*(?:servi|dienst|tjänst|tjeneste|palvelu|support|hotline|kontakt|contat|contact|tele|phone|fon|mobil))"
_STEM = rf"{_NOT_RECORD}(?:{'|'.join(sorted(set(_RECORD_STEMS), key=len, reverse=True))})"
_INHERENT = rf"{_NOT_RECORD}(?:{'|'.join(_INHERENT_STEMS)})[^\W\d_]*\.?"
_RECORD_LABEL_BEFORE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{_NUMBER_WORD}[ \t]+(?:(?:de|di|da|del|do|du|des|van|of|der)[ \t]+)?{_STEM}[^\W\d_]*\.?"
    rf"|{_STEM}[^\W\d_]*?(?:nummer|numer|number|numero|número|nr)\.?"
    rf"|{_STEM}[^\W\d_]*\.?[ \t]+{_NUMBER_WORD}"
    rf"|(?:{_NUMBER_WORD}[ \t]+)?{_INHERENT}(?:[ \t]+[^\W\d_]+)?)[ \t]*[:#]?[ \t]*$"
)


def phone_is_an_id(text: str, start: int, end: int) -> bool:
    """A phone-shaped number after ``verification code:``, ``policy``, ``tracking``, ``ref``, a
    record's label (``Customer no.:``, ``Numero pratica``), or one whose last group is the hour of
    a time: a code, a record's number or a timestamp."""
    if _TIME_AFTER.match(text, end) is not None:
        return True
    if text[start : start + 1] == "+":
        return False
    window = max(0, start - 30)
    return (
        _ID_LABEL_BEFORE.search(text, window, start) is not None
        or _RECORD_LABEL_BEFORE.search(text, window, start) is not None
    )
