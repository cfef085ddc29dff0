"""The words that tell a person's name is coming (or has just been said), in the fourteen
languages the PERSON detector knows: English, German, French, Spanish, Italian, Portuguese, Dutch,
Polish, Swedish, Turkish, Czech, Danish/Norwegian, Romanian and Finnish.

Each cue is a phrase of lowercase words (split as :mod:`.names` splits text into words) and a kind:

* ``H`` honorific (``Mr``, ``Frau``, ``Mme``, ``Sra``, ``Dott``, ``Dhr``, ``Pani``, ``Bay``, ``paní``);
* ``L`` a field label, before ``:`` or ``=`` at the start of a line or a cell (``Name:``, ``Van:``);
* ``G`` a greeting at the start of a sentence (``Dear``, ``Hallo``, ``Hola``, ``Hej``, ``Ahoj``);
* ``S`` a sign-off, the name after a comma or on the next line (``Best regards``, ``Pozdrawiam``);
* ``I`` an introduction (``my name is``, ``ich heiße``, ``jmenuji se``);
* ``V`` a verb or phrase that takes a person (``talked to``, ``llama a``, ``chiama``, ``belongs to``);
* ``P`` a preposition that often does (``with``, ``mit``, ``avec``, ``naar``): weak, needs name data.
"""

from __future__ import annotations


def _set(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


_HONORIFIC = """mr|mrs|ms|miss|mx|dr|prof|sir|madam|herr|herrn|frau|hr|mme|mlle|mmes|me|m|sr|sra|srta|sres|
don|doña|dña|dn|sig|sig ra|sig na|signor|signora|signorina|dott|dott ssa|dr ssa|ing|avv|prof ssa|dhr|mevr|
mevrouw|meneer|mw|pan|pani|panem|panią|panu|bay|bayan|sn|hon|rev|fru|doamna|doamnei|domnul|domnului|dl|dna|
herra|rouva|neiti|paní|pane|slečna|señor|señora|senhor|senhora|sr a|monsieur|madame|mademoiselle|mister|
dokter|doctor|doktor|mag|mgr|inż|ks|dipl|dra|dres|d|dª|sr ta|κ|κα|κύριος|κύριε|κυρία|κυρ|δρ|dr med"""
#: Honorifics that are also ordinary words: only with a dot or written with a capital.
AMBIGUOUS_HONORIFICS = _set("m me fr hr sr sn mw pan don sig ing avv dl dna mag ks bay hon d")

_LABEL = """name|full name|fullname|legal name|full legal name|preferred name|given names|given name s|
acc name|account name|pt|first name|firstname|last name|lastname|surname|given name|customer|
customer name|client|client name|patient|patient name|contact|contact person|contact name|from|sender|
recipient|to|cc|bcc|attn|attention|requester|reporter|requested by|reported by|assignee|assigned to|owner|
author|signed|signed by|employee|employee name|applicant|passenger|guest|tenant|holder|cardholder|
card holder|account holder|beneficiary|agent|driver|student|member|manager|doctor|physician|
emergency contact|next of kin|witness|buyer|seller|landlord|ship to|bill to|deliver to|consignee|
caller|candidate|reviewer|approver|approved by|created by|user|username|display name|nurse|parent|
guardian|spouse|partner|referee|insured|policyholder|insured person|traveller|traveler|speaker|
nombre|nombre completo|apellido|apellidos|cliente|paciente|remitente|destinatario|titular|contacto|de|
para|empleado|solicitante|conductor|nom|nom complet|prénom|nom de famille|expéditeur|destinataire|
patiente|titulaire|à|salarié|employé|demandeur|vorname|nachname|familienname|kunde|kundin|patientin|
absender|empfänger|ansprechpartner|ansprechpartnerin|inhaber|inhaberin|kontoinhaber|kontoinhaberin|
antragsteller|antragstellerin|mieter|mieterin|von|an|mitarbeiter|mitarbeiterin|bewerber|bewerberin|
nome|nome completo|cognome|mittente|intestatario|richiedente|paziente|da|a|dipendente|referente|
remetente|sobrenome|requerente|funcionário|funcionária|colaborador|naam|volledige naam|voornaam|
achternaam|klant|afzender|ontvanger|rekeninghouder|aanvrager|van|aan|medewerker|werknemer|sollicitant|
contactpersoon|imię|imię i nazwisko|nazwisko|klient|nadawca|odbiorca|od|do|pracownik|wnioskodawca|
namn|förnamn|efternamn|kund|avsändare|mottagare|från|till|anställd|sökande|kontaktperson|ad|adı|
ad soyad|adı soyadı|soyad|soyadı|isim|müşteri|gönderen|alıcı|kimden|kime|çalışan|başvuran|jméno|
příjmení|jméno a příjmení|zákazník|odesílatel|příjemce|komu|zaměstnanec|žadatel|navn|fornavn|efternavn|
kunde|afsender|modtager|fra|til|medarbejder|ansøger|nume|prenume|nume complet|client|expeditor|
destinatar|de la|către|angajat|solicitant|titular|nimi|etunimi|sukunimi|asiakas|lähettäjä|
vastaanottaja|työntekijä|hakija|yhteyshenkilö|potilas|kontakt|kontaktperson|ansprechperson|z hd|
zu händen|t a v|c a|à l'attention de|attention de|a la atención de|alla cortese attenzione di|
signed-off-by|co-authored-by|reviewed-by|reported-by|acked-by|tested-by|lead|account owner|sales rep|
account manager|vertreter|osoba kontaktowa|kontaktní osoba|persoana de contact|kandidat|kandidát|
uchazeč|ehdokas|candidat|candidato|kandydat|sökande|fahrer|kurier|kierowca|řidič|chauffeur|
autista|motorista|bestuurder|förare|şoför|kuljettaja|şofer|passagier|pasażer|cestující|matkustaja|hasta|név|teljes név|vezetéknév|keresztnév|ügyfél|címzett|
feladó|beteg|όνομα|επώνυμο|ονοματεπώνυμο|πελάτης|παραλήπτης|αποστολέας|ασθενής|etternavn|mottaker|
avsender"""
_GREETING = """dear|hi|hello|hey|hiya|howdy|good morning|good afternoon|good evening|morning|thanks|thank you|
hallo|liebe|lieber|sehr geehrte|sehr geehrter|guten tag|guten morgen|guten abend|moin|servus|hi|danke|
grüß dich|bonjour|bonsoir|salut|cher|chère|coucou|merci|hola|estimado|estimada|querido|querida|
buenos días|buenas tardes|buenas|gracias|ciao|caro|cara|gentile|gentilissimo|gentilissima|salve|
buongiorno|buonasera|grazie|olá|ola|oi|prezado|prezada|caro|cara|bom dia|boa tarde|obrigado|obrigada|
beste|geachte|hoi|dag|goedemorgen|goedemiddag|bedankt|hallo|witam|dzień dobry|szanowny|szanowna|
szanowny panie|szanowna pani|drogi|droga|cześć|dziękuję|hej|hejsan|kära|tack|god morgon|god dag|
merhaba|sayın|sevgili|teşekkürler|selam|ahoj|dobrý den|vážený|vážená|vážený pane|vážená paní|milý|
milá|děkuji|čau|kære|hej|goddag|tak|bună|bună ziua|dragă|stimate|stimată|salut|mulțumesc|hei|moi|
terve|hyvä|kiitos|huomenta|päivää|kedves|tisztelt|szia|sziasztok|helló|jó napot|αγαπητέ|αγαπητή|
αγαπητοί|γεια σου|γεια σας|καλημέρα|καλησπέρα|ευχαριστώ|hei|hallo|god morgen|kjære"""
_SIGNOFF = """best regards|kind regards|warm regards|regards|best wishes|best|thanks|thank you|many thanks|
cheers|sincerely|yours sincerely|yours faithfully|yours truly|yours|all the best|talk soon|love|
warmly|warm wishes|take care|speak soon|with thanks|respectfully|thx|
viele grüße|beste grüße|mit freundlichen grüßen|freundliche grüße|liebe grüße|herzliche grüße|grüße|
gruß|lg|vg|mfg|danke|cordialement|bien cordialement|bien à vous|amicalement|sincères salutations|
bisous|merci|à bientôt|saludos|un saludo|saludos cordiales|atentamente|un abrazo|gracias|abrazos|
cordiali saluti|distinti saluti|saluti|un saluto|grazie|a presto|un abbraccio|atenciosamente|
cumprimentos|abraços|abraço|obrigado|obrigada|att|beijos|met vriendelijke groet|vriendelijke groeten|
vriendelijke groet|groeten|groetjes|mvg|hartelijke groet|pozdrawiam|z poważaniem|z wyrazami szacunku|
serdecznie pozdrawiam|pozdrowienia|med vänliga hälsningar|vänliga hälsningar|hälsningar|mvh|
hälsning|kram|saygılarımla|iyi çalışmalar|sevgiler|selamlar|teşekkürler|s pozdravem|se srdečným
pozdravem|děkuji|zdravím|med venlig hilsen|venlig hilsen|hilsen|de bedste hilsner|kh|cu stimă|
cu drag|mulțumesc|toate cele bune|o zi bună|ystävällisin terveisin|terveisin|kiitos|parhain
terveisin|üdvözlettel|tisztelettel|köszönettel|köszönöm|baráti üdvözlettel|με εκτίμηση|φιλικά|
ευχαριστώ|με φιλικούς χαιρετισμούς|med vennlig hilsen|vennlig hilsen|mvh|beste hilsen"""
_INTRO = """my name is|my name's|name's|call me|i am|i'm|this is|ich heiße|ich heisse|mein name ist|ich bin|
hier ist|hier spricht|je m'appelle|je m’appelle|mon nom est|je suis|c'est|ici|me llamo|mi nombre es|
soy|habla|mi chiamo|il mio nome è|sono|qui è|parla|meu nome é|me chamo|sou|eu sou|aqui é|fala|
mijn naam is|ik heet|ik ben|met|nazywam się|mam na imię|jestem|tu|jag heter|mitt namn är|jag är|
det är|benim adım|adım|ben|jmenuji se|jsem|tady je|mit navn er|jeg hedder|jeg er|det er|mă numesc|
numele meu este|sunt|aici|nimeni on|olen|täällä|a nevem|vagyok|με λένε|ονομάζομαι|είμαι|jeg heter|
mitt navn er"""
_CODE = """todo|fixme|hack|xxx"""
_VERB = """talked to|talked with|spoke to|spoke with|spoke w|spoken to|speak to|speak with|ping|pinged|ask|
asked|call|called|ring|rang|email|emailed|mail|contact|contacted|message|text|tell|told|cc|cc'd|
loop in|looped in|meeting|meeting with|met|met with|belongs to|forward to|send to|sent to|give to|
reported by|requested by|created by|submitted by|raised by|opened by|approved by|signed by|handled by|
escalated to|escalated by|on behalf of|author|@author|maintainer|
ship to|assign to|assigned to|thanks to|happy birthday|congrats|congratulations|
hablé con|habló con|hablar con|llama a|llamar a|llamé a|escribe a|pregunta a|envía a|envíe a|
chiama|chiamare|ho parlato con|parla con|scrivi a|chiedi a|manda a|
falei com|fala com|liga a|liga ao|liga à|liga para|ligue para|pergunta ao|pergunta à|envia para|
j'ai parlé avec|j'ai parlé à|parlé avec|appelle|appeler|appelez|écris à|demande à|envoie à|envoyez à|
contactez|hab mit|habe mit|sprach mit|gesprochen mit|ruf|rufen sie|ruf an|frag|fragen sie|schreib|
bel|bellen|vraag|mail|heb|heb met|gesproken met|sprak met|stuur naar|
rozmawiałem z|rozmawiałam z|zadzwoń do|napisz do|zapytaj|
pratade med|ring|ringde|fråga|skicka till|
konuştum|ara|arayın|sor|
mluvil jsem s|mluvila jsem s|zavolej|zavolejte|napiš|zeptej se|
talte med|ringede til|ring til|spørg|skriv til|
am vorbit cu|sună|sunați|sună-l pe|sun-o pe|întreabă|scrie-i lui|
puhuin|soita|soitin|kysy|lähetä"""
_PREP = """with|to|and|from|by|via|for|mit|an|von|für|und|avec|pour|et|con|para|per|com|met|naar|aan|voor|
dla|och|till|med|för|ile|pro|og|til|for|cu|lui|pentru|kanssa"""

#: Words that follow a capitalised word that was a person's name: ``Olivia said``, ``Johansson
#: nås på``, ``mr. Bakker is bereikbaar``; only for a name the name data knows.
AFTER_NAME = _set(
    """said says asked wrote replied reported reports mentioned confirmed agreed called emailed thinks
    will would can could is was has had sagt sagte schrieb meinte fragte ist hat war dit a écrit
    demande est dice dijo escribió pregunta está dice disse ha scritto chiede è diz disse escreveu
    pergunta está zegt zei schreef vraagt is heeft powiedział powiedziała napisał napisała jest
    sade skrev frågar är nås har dedi yazdı sordu řekl řekla napsal je sagde skrev spurgte er har
    spune a spus a scris este sanoi kirjoitti kysyi on"""
)
#: Words that are capitalised often but never a name (or the start of one) after a cue.
NOT_NAME = _set(
    """team support customer customers client clients sir madam madame all everyone everybody there
    guys folks friends colleagues damen herren zusammen alle leute kollegen kolleginnen tous toutes
    équipe todos todas equipo tutti team allemaal iedereen collega's wszystkim państwo alla
    allihopa herkese ekip hepiniz všichni vážení alle allesammen toți tuturor kaikki the a an and or of
    in on at to for from with by inc ltd gmbh ag sa srl bv corp company group service services department
    dept office university hospital bank street avenue road der die das und la le les et el los las il
    lo gli i de het en och ve again so much you your yours we us our me this that it is are was be
    admin administrator sales billing hr it ops devops security manager management director board
    monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december montag dienstag mittwoch donnerstag freitag samstag
    sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes
    sábado domingo hr hq ceo cto cfo ok okay yes no thanks hello hi dear bye please sorry
    version release build update upgrade patch ticket order invoice agent bot system user operator
    assistant moderator host guest caller customer carrier courier status priority summary
    hanım hanımefendi bey beyefendi san sama kun ii iii iv vi vii viii ix xi xii ssa ra na
    mevrouw meneer monsieur madame mademoiselle señor señora senhor senhora signora signore herr frau"""
)
#: Month names: never a lowercase name (``el 1 de julio``, ``w maju``).
MONTHS = _set(
    """    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre janvier
    février mars avril mai juin juillet août septembre octobre novembre décembre januar februar märz
    juni juli oktober dezember gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    janeiro fevereiro março maio junho julho setembro outubro novembro dezembro januari februari maart
    mei augustus styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik
    listopad grudzień ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
    leden únor březen duben květen červen červenec srpen září říjen prosinec ianuarie februarie
    martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie tammikuu helmikuu
    maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu"""
)
#: The verbs after a word that make a family name alone a person (``Johansson nås på``), unlike
#: the copulas in ``AFTER_NAME`` (``Paris is``).
FAMILY_AFTER = _set(
    """said says wrote asked replied reported mentioned confirmed agreed called emailed sagt sagte
    schrieb meinte fragte dit demande dice dijo escribió disse chiede diz escreveu zegt zei schreef
    vraagt powiedział powiedziała napisał napisała sade skrev frågar nås dedi yazdı sordu řekl
    řekla napsal sagde spurgte spune sanoi kirjoitti kysyi"""
)
#: Capitalised words after a given name that make it a place, a firm or a thing (``Victoria
#: Station``, ``Georgia Tech``, ``Alexa Skills``).
PLACE_WORDS = _set(
    """street st road rd avenue ave lane square station airport park bridge hall hotel tower centre
    center college university school institute tech bank group inc ltd llc gmbh ag corp co studio
    studios church cathedral museum theatre theater river lake mountain mount valley island beach
    bay city county state province region district airlines air motors foods labs systems software
    pro plus max mini cloud app apps skills design media news times post herald online shop store
    market mall café cafe bar restaurant club fc united strasse straße platz weg gasse rue place
    avenida calle plaza via piazza corso rua praça straat plein gracht ulica gatan vej sokak sok sk
    cad caddesi mah mahallesi bulvarı blv strada str calea bulevardul katu tie"""
)
#: Lowercase words that may sit inside a name: ``van der``, ``de la``, ``bin``, ``dos``.
PARTICLES = _set(
    "van der den de la las los del della degli di da das dos do du le von zu y e bin ibn al el af av ter ten 't"
)


def phrases(spec: str) -> list[tuple[str, ...]]:
    """``"sig.ra|j'ai parlé avec"`` -> ``[("sig", "ra"), ("j'ai", "parlé", "avec")]``."""
    return [
        tuple(item.replace(".", " ").split()) for item in spec.replace("\n", " ").split("|") if item.strip()
    ]


def build_cues() -> dict[tuple[str, ...], str]:
    """Phrase -> the kinds it has, as letters (``"to"`` is a label, a verb's end and a preposition)."""
    cues: dict[tuple[str, ...], str] = {}
    for kind, spec in (
        ("H", _HONORIFIC),
        ("L", _LABEL),
        ("G", _GREETING),
        ("S", _SIGNOFF),
        ("I", _INTRO),
        ("V", _VERB),
        ("P", _PREP),
        ("C", _CODE),
    ):
        for phrase in phrases(spec):
            if kind not in cues.get(phrase, ""):
                cues[phrase] = cues.get(phrase, "") + kind
    return cues


#: The greetings, for the lowercase ``hey zhiwei,`` shape in :mod:`.name_shapes`.
GREETING_SPEC = _GREETING
