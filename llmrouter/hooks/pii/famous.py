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
wisława szymborska|andrzej wajda|robert lewandowski|jan matejko|stanisław lem|ignacy paderewski"""
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
            for j in range(i + 2, len(words) + 1):
                out.add(" ".join(words[i:j]))
    return frozenset(out)


_RUNS = _runs(_FAMOUS)


def is_famous(lows: list[str]) -> bool:
    """The lowercase words of a found name are (part of) a famous person's name, or begin or end
    with one (``Mimar Sinan Süleymaniye``)."""
    return " ".join(lows) in _RUNS or " ".join(lows[-2:]) in _RUNS or " ".join(lows[:2]) in _RUNS
