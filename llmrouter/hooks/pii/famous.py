"""Famous people in prose, which the labelling policy leaves alone (``Alan Turing proposed ...``).

Two signs, either enough: the words after a name read like an encyclopedia (``wrote``, ``a
publié``, ``ganó``, ``urodził się``), or the name is one of the historical and public figures
that texts in the detector's languages mention most (a short list of category members, kept
here rather than learned, so a private person who shares such a name is still found after a
cue: only a name found without one is checked).
"""

from __future__ import annotations

import re

_ENCYCLOPEDIC = re.compile(
    r"^[ ,]*(?:\(\d{3,4}|(?:jr|sr)\.?\b|is one of|was one of|is (?:a|an|the) (?:famous|great|renowned|well-known)|"
    r"was (?:a|an|the)\b|wrote|painted|discovered|invented|composed|founded|proposed|published|"
    r"delivered|developed|formulated|won|led|ruled|conquered|directed|designed|built|gave|flew|"
    r"received|sculpted|explored|sailed|"
    r"war (?:ein|eine|der|die)\b|ist (?:einer|eine) der|gilt als|schrieb|erfand|entdeckte|"
    r"komponierte|malte|gewann|gründete|veröffentlichte|"
    r"est (?:un|une|l'un|l'une)\b|était|a marqué|a écrit|a découvert|a inventé|a publié|a mis au point|"
    r"a peint|a composé|a fondé|a gagné|a remporté|"
    r"fue (?:un|una|el|la)\b|es (?:un|una|uno)\b|escribió|ganó|pintó|descubrió|inventó|fundó|compuso|"
    r"è (?:un|una|uno|il|la|stato|stata)\b|fu\b|scrisse|dipinse|scoprì|inventò|vinse|fondò|compose|"
    r"foi (?:um|uma|o|a)\b|é (?:um|uma)\b|escreveu|voou|pintou|descobriu|inventou|ganhou|fundou|"
    r"is een van|was een\b|was (?:de|het)\b|schreef|schilderde|won\b|ontdekte|vond|"
    r"to (?:jeden|jedna|jedno)\b|był|była|napisał|napisała|opisał|odkrył|odkryła|urodził|urodziła|"
    r"skomponował|wynalazł|zdobył|"
    r"är en av|var en\b|skrev|uppfann|upptäckte|vann|grundade|komponerade|målade|"
    r"(?:bir|en) |yazdı|kurdu|keşfetti|icat etti|"
    r"je (?:jeden|jedna|jedno)|byl|byla|napsal|objevil|vynalezl|složil|"
    r"er en af|var en\b|opfandt|skrev|vandt|"
    r"este (?:unul|una)|a fost|a scris|a inventat|a descoperit|"
    r"on yksi|oli\b|kirjoitti|keksi|sävelsi|voitti)"
)


def _names(spec: str) -> frozenset[str]:
    return frozenset(" ".join(item.split()) for item in spec.split("|"))


_FAMOUS = _names(
    """albert einstein|isaac newton|charles darwin|marie curie|pierre curie|nikola tesla|thomas edison|galileo galilei|
leonardo da vinci|michelangelo buonarroti|william shakespeare|jane austen|charles dickens|mark twain|ernest hemingway|
virginia woolf|george orwell|oscar wilde|agatha christie|winston churchill|abraham lincoln|george washington|
martin luther king|martin luther|nelson mandela|mahatma gandhi|napoleon bonaparte|julius caesar|queen victoria|
alan turing|ada lovelace|stephen hawking|steve jobs|bill gates|elon musk|mark zuckerberg|wolfgang amadeus mozart|
ludwig van beethoven|johann sebastian bach|frédéric chopin|fryderyk chopin|richard wagner|giuseppe verdi|
antonio vivaldi|pablo picasso|vincent van gogh|rembrandt van rijn|claude monet|salvador dalí|frida kahlo|
johann wolfgang von goethe|friedrich schiller|karl marx|sigmund freud|immanuel kant|friedrich nietzsche|victor hugo|
émile zola|jean-paul sartre|simone de beauvoir|albert camus|marcel proust|louis pasteur|charles de gaulle|
jules verne|gustave eiffel|coco chanel|miguel de cervantes|gabriel garcía márquez|pablo neruda|
federico garcía lorca|antoni gaudí|cristóbal colón|christopher columbus|dante alighieri|giuseppe garibaldi|
enrico fermi|umberto eco|luís de camões|fernando pessoa|vasco da gama|santos dumont|alberto santos-dumont|
pedro álvares cabral|johan cruijff|johan cruyff|anne frank|mikołaj kopernik|nicolaus copernicus|
maria skłodowska-curie|lech wałęsa|karol wojtyła|adam mickiewicz|alfred nobel|astrid lindgren|greta garbo|
ingmar bergman|carl linnaeus|carl von linné|mustafa kemal atatürk|orhan pamuk|nazım hikmet|václav havel|
franz kafka|antonín dvořák|bedřich smetana|tomáš masaryk|hans christian andersen|søren kierkegaard|niels bohr|
karen blixen|edvard munch|henrik ibsen|roald amundsen|edvard grieg|jean sibelius|mihai eminescu|
constantin brâncuși|nadia comăneci|béla bartók|franz liszt|ferenc liszt|ferenc puskás|imre kertész|
alexander fleming|michael jackson|elvis presley|john lennon|paul mccartney|freddie mercury|marilyn monroe|
charlie chaplin|lionel messi|cristiano ronaldo|roger federer|rafael nadal|serena williams|usain bolt|
angela merkel|barack obama|donald trump|joe biden|emmanuel macron|olaf scholz|vladimir putin|
christoph kolumbus|otto von bismarck|konrad adenauer|willy brandt|helmut kohl|rosa parks|frederick douglass|
florence nightingale|amelia earhart|neil armstrong|yuri gagarin|juri gagarin|tycho brahe|rembrandt harmenszoon|
johannes vermeer|piet mondriaan|anton philips|hugo grotius|erasmus van rotterdam|wilhelm röntgen|
max planck|werner heisenberg|robert koch|albert schweitzer|simón bolívar|che guevara|eva perón|jorge luis borges|
diego maradona|sophia loren|federico fellini|luciano pavarotti|amerigo vespucci|marco polo|cristoforo colombo|
alessandro volta|guglielmo marconi|maria montessori|ayrton senna|pelé|heitor villa-lobos|clarice lispector|
jorge amado|joaquim maria machado de assis|machado de assis|bartolomeu dias|fernão de magalhães|
ferdinand magellan|zlatan ibrahimović|björn borg|selma lagerlöf|dag hammarskjöld|sinan|mimar sinan|
yunus emre|aziz sancar|jan hus|karel čapek|emil zátopek|bohumil hrabal|milan kundera|jaromír jágr|
wisława szymborska|andrzej wajda|robert lewandowski|jan matejko|stanisław lem|ignacy paderewski|
marie skłodowska|maria skłodowska|marie curie-skłodowska|greta thunberg|taylor swift|beyoncé knowles|
lady gaga|adele adkins|ed sheeran|billie eilish|rihanna fenty|justin bieber|kim kardashian|oprah winfrey|
tom hanks|meryl streep|leonardo dicaprio|brad pitt|angelina jolie|scarlett johansson|jennifer lopez|
jennifer aniston|george clooney|johnny depp|keanu reeves|tom cruise|morgan freeman|
audrey hepburn|grace kelly|princess diana|prince harry|prince william|king charles|queen elizabeth|
kate middleton|meghan markle|pope francis|papa francesco|papa francisco|dalai lama|malala yousafzai|
jeff bezos|warren buffett|tim cook|sundar pichai|satya nadella|sam altman|larry page|sergey brin|
jack ma|richard branson|ingvar kamprad|amancio ortega|bernard arnault|steve wozniak|linus torvalds|
guido van rossum|tim berners-lee|grace hopper|katherine johnson|rosalind franklin|jane goodall|
david attenborough|carl sagan|richard feynman|niels bohr|dmitri mendeleev|gregor mendel|
ernest rutherford|james watt|michael faraday|james clerk maxwell|blaise pascal|rené descartes|
voltaire|jean-jacques rousseau|molière|honoré de balzac|gustave flaubert|alexandre dumas|
antoine de saint-exupéry|édith piaf|brigitte bardot|zinedine zidane|kylian mbappé|
manuel neuer|franz beckenbauer|michael schumacher|sebastian vettel|steffi graf|boris becker|
dirk nowitzki|heidi klum|claudia schiffer|karl lagerfeld|till lindemann|helene fischer|
rafael nadal|pau gasol|fernando alonso|carlos sainz|penélope cruz|antonio banderas|pedro almodóvar|
julio iglesias|enrique iglesias|shakira mebarak|rosalía vila|luka modrić|sergio ramos|andrés iniesta|
xavi hernández|carlo ancelotti|roberto baggio|francesco totti|andrea bocelli|laura pausini|
giorgia meloni|silvio berlusconi|sergio mattarella|valentino rossi|josé mourinho|josé saramago|
amália rodrigues|eusébio da silva|neymar jr|ronaldinho gaúcho|gisele bündchen|lula da silva|
max verstappen|arjen robben|virgil van dijk|vincent van gogh|mark rutte|anne frank|
lech wałęsa|iga świątek|andrzej duda|olga tokarczuk|marie skłodowska-curie|
volodymyr zelensky|wolodymyr selenskyj|xi jinping|narendra modi|recep tayyip erdoğan|
kamala harris|hillary clinton|bill clinton|george bush|ronald reagan|john f. kennedy|john kennedy|
jfk|theodore roosevelt|franklin roosevelt|margaret thatcher|tony blair|boris johnson|rishi sunak|
keir starmer|justin trudeau|jacinda ardern|ursula von der leyen|christine lagarde"""
)


#: Firms and products named after a person (``Hugo Boss``, ``Dr. Oetker``, ``Tim Hortons``), which the
#: labelling policy leaves alone: a found name inside one of these, as written, is no person.
_BRANDS = """hugo boss|dr. oetker|dr oetker|dr. martens|dr martens|doc martens|tim hortons|wendy's|wendys|
mcdonald's|mcdonalds|johnson & johnson|ben & jerry's|ben and jerry's|procter & gamble|marks & spencer|
dolce & gabbana|abercrombie & fitch|barnes & noble|tiffany & co|smith & wesson|ernst & young|
bang & olufsen|moët & chandon|crabtree & evelyn|ralph lauren|calvin klein|tommy hilfiger|louis vuitton|
giorgio armani|emporio armani|christian dior|yves saint laurent|estée lauder|estee lauder|marc jacobs|
kate spade|michael kors|tory burch|vera wang|jack daniel's|jack daniels|
johnnie walker|jim beam|dr pepper|dr. pepper|papa john's|carl's jr|levi strauss|levi's|
harley-davidson|walt disney|mercedes-benz|rolls-royce|aston martin|alfa romeo|john deere|
sainsbury's|charles schwab|morgan stanley|goldman sachs|merrill lynch|lehman brothers|warner bros|
philip morris|betty crocker|uncle ben's|martha stewart|kellogg's|baskin-robbins|arby's|
denny's|domino's|hershey's|mrs. fields|little caesars|jimmy choo|manolo blahnik|christian louboutin|
salvatore ferragamo|jean paul gaultier|pierre cardin|tom ford|stella mccartney|alexander mcqueen|
vivienne westwood|oscar de la renta|carolina herrera|paco rabanne|nina ricci|max mara|ben sherman|
fred perry|eddie bauer|trader joe's|victoria's secret|ritz-carlton|sotheby's|christie's|lloyd's|
jp morgan|j.p. morgan|dow jones|roberto cavalli|gianni versace|bottega veneta|ermenegildo zegna|
ferrero rocher|yves rocher|jean-louis david|jacques dessange|rémy martin|veuve clicquot|
dom pérignon|douwe egberts|albert heijn|van houten|georg jensen|arne jacobsen|hugo boss's|
el corte inglés|massimo dutti|guccio gucci|coco chanel's|tommy bahama|ben & jerry|chick-fil-a|
dr. scholl's|dr scholl's|mr. clean|ronald mcdonald|colonel sanders|aunt jemima|old spice|
tim horton's|jack wolfskin|tom tailor|marc o'polo|s.oliver|boss orange|
frida kahlo museum|anne frank huis|anne frank house"""
_BRAND_SET = frozenset(" ".join(b.split()) for b in _BRANDS.split("|") if b.strip())
_BRAND_RE = re.compile(
    r"(?i)(?<![\w])(?:"
    + "|".join(re.escape(b) for b in sorted(_BRAND_SET, key=len, reverse=True))
    + r")(?![\w])"
)
#: A store of a chain named like a person (``en el Zara de Bilbao``, ``at the Wendy's``).
_ARTICLE_CHAIN = re.compile(r"(?i)(?:\b(?:el|the|al|del|lo|il|au|du|le)[ ])$")
_CHAINS = frozenset({"zara", "wendy's", "wendy", "primark", "lidl", "aldi", "ikea"})


def in_brand(text: str, start: int, end: int) -> bool:
    """The found name lies inside a firm or product named after a person (``Hugo Boss``,
    ``Dr. Oetker``), a chain's store (``el Zara de Bilbao``), or an ``X & Y`` firm name."""
    lo, hi = max(0, start - 24), min(len(text), end + 24)
    for m in _BRAND_RE.finditer(text, lo, hi):
        if m.start() <= start and end <= m.end():
            return True
    first = text[start:end].split(" ", 1)[0].lower()
    if first in _CHAINS and _ARTICLE_CHAIN.search(text, max(0, start - 5), start) is not None:
        return True
    return _firm_pair(text, start, end)


def _firm_pair(text: str, start: int, end: int) -> bool:
    """``Johnson & Johnson``, ``Baker & Hale shares rose``: a name joined by ``&`` to itself, or
    to another before a firm's words (two friends, ``Anna & Tom``, stay names)."""
    left = _PAIR_LEFT.search(text, max(0, start - 30), start)
    right = _PAIR_RIGHT.match(text, end)
    if left is None and right is None:
        return False
    value = text[start:end].lower()
    other = (left or right).group(1).lower()  # type: ignore[union-attr]
    tail_at = right.end() if right is not None else end
    return other == value or _FIRM_AFTER.match(text, tail_at) is not None


_PAIR_LEFT = re.compile(r"([^\W\d_]+)[ ]?&[ ]?$")
_PAIR_RIGHT = re.compile(r"[ ]?&[ ]?([^\W\d_]+)")
_FIRM_AFTER = re.compile(
    r"(?i)(?:'s)?[ ,]*(?:inc|ltd|llc|llp|plc|gmbh|ag|sa|s\.a\.|bv|nv|co|corp|company|partners|associates|"
    r"shares|stock|reported|announced|said|group|law|legal|solicitors|attorneys|rechtsanwälte|avocats|"
    r"abogados|advogados|avvocati|advocaten|söhne|sons|fils|hijos|figli|zonen)\b"
)


def encyclopedic_after(rest: str) -> bool:
    """``rest`` (lowercase, what follows a name) reads like an encyclopedia."""
    return _ENCYCLOPEDIC.match(rest) is not None


def _runs(names: frozenset[str]) -> frozenset[str]:
    """Every run of two or more words of every famous name (``mustafa kemal``, ``kemal atatürk``)."""
    out: set[str] = set()
    for name in names:
        words = name.split()
        for i in range(len(words)):
            if i and words[i] in _PARTICLES:
                continue  # ``van dijk``, ``da silva``: any Dutch or Brazilian family name
            for j in range(i + 2, len(words) + 1):
                out.add(" ".join(words[i:j]))
    return frozenset(out)


_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "das",
        "dos",
        "di",
        "du",
        "del",
        "della",
        "la",
        "le",
        "lo",
        "y",
        "e",
        "bin",
        "ibn",
        "al",
        "el",
    ]
)


_RUNS = _runs(_FAMOUS)


def is_famous(lows: list[str]) -> bool:
    """The lowercase words of a found name are (part of) a famous person's name, or begin or end
    with one (``Mimar Sinan Süleymaniye``)."""
    return " ".join(lows) in _RUNS or " ".join(lows[-2:]) in _RUNS or " ".join(lows[:2]) in _RUNS


_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)[ ]$")
_WORD_AFTER = re.compile(r"[ ]([^\W\d_]+(?:-[^\W\d_]+)?)")


def famous_in_context(text: str, start: int, end: int, lows: list[str]) -> bool:
    """A one-word find that is half of a famous name written in full (``Victor Hugo est né``:
    only ``Hugo`` was found): the word before or after completes it."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and " ".join([before.group(1).lower(), *lows]) in _RUNS:
        return True
    after = _WORD_AFTER.match(text, end)
    return after is not None and " ".join([*lows, after.group(1).lower()]) in _RUNS
