"""Person names: the words of a text, a cue before each, and the name data.

The text is split into words once (one C-speed regex pass); each word then costs a few dict
look-ups, so the scan runs in time proportional to the words, not to the number of rules. A word
starts a name when:

* a strong cue comes right before it (:mod:`.name_cues`: an honorific, a ``Name:``/``From:``/``Van:``
  field label at the start of a line, a greeting or a sign-off at the start of a sentence, an
  introduction, a verb that takes a person such as ``talked to``/``llama a``/``chiama``): any
  capitalised word that is not a known non-name (``Team``, ``Support``), or a lowercase word the name
  data knows (``talked to james o'brien``);
* a weak cue does (``with``, ``mit``, ``avec``, ``naar``, ``i am``) and the name data knows the word;
* no cue, but a listed given name is followed by a listed family name (``Anna Schmidt``), a
  listed given name is followed by ``said``/``nås``/``ist``..., or it speaks in a chat log
  (``[10:02] Yuki: ...``).

A name then runs over the next capitalised words (lowercase ones the data knows, after a lowercase
start), with particles (``van der``, ``de la``, ``bin``), four words at most. A name found only by the
lists and followed by an encyclopedic phrase (``... is one of the most``, ``è una figura``) is a
famous person in prose, which the labelling policy leaves alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .famous import encyclopedic_after
from .findings import Hit
from .name_cues import (
    AFTER_NAME,
    AMBIGUOUS_HONORIFICS,
    FAMILY_AFTER,
    MONTHS,
    NOT_NAME,
    PARTICLES,
    PLACE_WORDS,
    build_cues,
    phrases,
)
from .name_fields import scan_field_names
from .name_shapes import add_shaped, drop_unlikely

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_CUES = build_cues()
_MAX_CUE = max(len(k) for k in _CUES)
_CUE_LAST = frozenset(k[-1] for k in _CUES)
#: Single words that are themselves cues of a sentence-level kind: a name stops before them.
_CUE_WORDS = frozenset(k[0] for k, v in _CUES.items() if len(k) == 1 and any(c in v for c in "HGS"))
_WEAK_INTROS = frozenset(
    phrases(
        "i am|i'm|this is|ich bin|hier ist|je suis|c'est|ici|soy|habla|sono|qui è|parla|sou|eu sou|aqui é|"
        "fala|ik ben|met|jestem|tu|jag är|det är|ben|jsem|tady je|jeg er|det er|sunt|aici|olen|täällä"
    )
)
_UP_FIRST = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(given names, given names that are not also ordinary words, family names), read once from
    the package data on first use."""
    text = resources.files(__package__).joinpath("name_data/names.txt").read_text(encoding="utf-8")
    given: set[str] = set()
    safe: set[str] = set()
    family: set[str] = set()
    in_family = False
    for line in text.splitlines():
        if not line or line[0] == "#":
            in_family = in_family or line.startswith("## family")
            continue
        if in_family:
            family.add(line)
        elif line[0] == "~":
            given.add(line[1:])
        else:
            given.add(line)
            safe.add(line)
    return frozenset(given), frozenset(safe), frozenset(family)


@lru_cache(maxsize=1)
def _lowered_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    given, safe, family = name_lists()
    return (
        frozenset(g.lower() for g in given),
        frozenset(s.lower() for s in safe),
        frozenset(f.lower() for f in family),
    )


class Words:
    """The words of one text: offsets, the words, their lowercase forms."""

    __slots__ = ("_ends", "_starts", "lows", "n", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: list[str] = _WORD_RE.findall(text)
        low = text.lower()
        if len(low) != len(text):  # ``İ`` lowers to two characters: per word, then
            self.lows = [w.lower() for w in self.words]
        else:
            self.lows = _WORD_RE.findall(low)  # lowering moves no word boundary
        if "’" in text:
            self.lows = [w.replace("’", "'") for w in self.lows]
        self.n = len(self.words)
        self._starts: list[int] = []
        self._ends: list[int] = []

    @property
    def starts(self) -> list[int]:
        """Word offsets, found on first use: most texts never need them."""
        if not self._starts and self.n:
            spans = [m.span() for m in _WORD_RE.finditer(self.text)]
            self._starts = [s for s, _ in spans]
            self._ends = [e for _, e in spans]
        return self._starts

    @property
    def ends(self) -> list[int]:
        if not self._ends and self.n:
            self.starts  # noqa: B018 (fills both)
        return self._ends

    def gap(self, i: int) -> str:
        """What stands between word ``i - 1`` and word ``i``."""
        return self.text[self.ends[i - 1] : self.starts[i]] if i > 0 else self.text[: self.starts[0]]

    def line_before(self, i: int) -> str:
        """The text of word ``i``'s line before it."""
        s = self.starts[i]
        return self.text[self.text.rfind("\n", 0, s) + 1 : s]


def _starts_clause(before: str) -> bool:
    """Nothing but bullets, quotes or a finished sentence before on the line."""
    rest = before.rstrip(" \t*>-•#\"'([")
    return not rest or rest[-1] in ".!?:;)|,…" or rest[-1] in "\u2014\u2013" or not rest[-1].isalnum()


def _label_position(before: str) -> bool:
    rest = before.rstrip(" \t*>-•#\"'([{")
    return not rest or rest[-1] in "|,;{(:=\t" or rest.endswith(("  ", "\t"))


def _cue_strength(w: Words, i: int) -> int:
    """2 when a strong cue ends right before word ``i``, 1 for a weak one, else 0."""
    sep = w.gap(i)
    if len(sep) > 6:
        return 0
    best = 0
    for length in range(min(_MAX_CUE, i), 0, -1):
        phrase = tuple(w.lows[i - length : i])
        kinds = _CUES.get(phrase)
        if kinds is None:
            continue
        inner_ok = all(len(w.gap(k)) <= 2 and "\n" not in w.gap(k) for k in range(i - length + 1, i))
        if not inner_ok:
            continue
        first = i - length
        before = w.line_before(first)
        flat = sep.strip(" \t")
        for kind in kinds:
            strength = _kind_strength(kind, w, first, phrase, sep, flat, before, i)
            if strength > best:
                best = strength
                if best == 2:
                    return 2
    return best


def _kind_strength(
    kind: str, w: Words, first: int, phrase: tuple[str, ...], sep: str, flat: str, before: str, i: int
) -> int:
    if kind == "H":
        if "\n" in sep or flat not in ("", "."):
            return 0
        if phrase[-1] in AMBIGUOUS_HONORIFICS and flat != "." and not w.words[first][0].isupper():
            return 0
        return 2
    if kind == "C":
        return 2 if sep == "(" else 0
    if kind == "L":
        core = sep.strip(" \t*\"'\n\r")
        quoted = not core and sep.strip(" ") in ("'", '"')  # a log's ``user 'Anna Berg'``
        if (core not in (":", "=", "：", ":-", "=>") and not quoted) or sep.count("\n") > 1:
            return 0
        return 2 if quoted or _label_position(before) else 0
    if "\n" in sep and kind != "S":
        return 0
    if kind == "G":
        return 2 if flat in ("", ",") and _starts_clause(before) else 0
    if kind == "S":
        if not _starts_clause(before) and "," not in sep:
            return 0
        if flat.replace("\n", "").strip(" \t,.!-—–") != "":
            return 0
        if "," in sep or "\n" in sep or "-" in sep or "—" in sep:
            return 2
        return 2 if _ends_line(w, i) else 0
    if flat not in ("", "/"):
        return 0
    if kind == "I":
        return 1 if phrase in _WEAK_INTROS else 2
    if kind == "V":
        return 2
    return 1  # P


def _ends_line(w: Words, i: int) -> bool:
    """Word ``i`` (and perhaps one more name word) closes its line or the text."""
    for k in (i, i + 1):
        if k >= w.n:
            return True
        rest = w.text[w.ends[k] : w.starts[k + 1] if k + 1 < w.n else len(w.text)]
        if "\n" in rest or (k + 1 >= w.n and not rest.strip(" .!")):
            return True
        if rest != " ":
            return False
    return False


def _is_cap(word: str) -> bool:
    return word[0].isupper() and not (len(word) > 1 and word.isupper() and len(word) > 3)


def _extend(w: Words, i: int, lower: bool, known: frozenset[str], inline_signoff: bool = False) -> int:
    """Index of the last word of the name that starts at word ``i``; after a sign-off on the same
    line a word the data does not know that starts the next sentence is left out."""
    last = i
    count = 1
    j = i + 1
    while j < w.n and count < 4:
        if w.gap(j) != " ":
            break
        low = w.lows[j]
        if low in PARTICLES:
            k = j
            while k + 1 < w.n and w.lows[k] in PARTICLES and w.gap(k + 1) == " " and k - j < 2:
                k += 1
            nxt = w.words[k]
            if k > j and (
                (lower and w.lows[k] in known) or (not lower and _is_cap(nxt) and nxt[0].isupper())
            ):
                j = k
                continue
            break
        word = w.words[j]
        if low in NOT_NAME or low in _CUE_WORDS or low in AFTER_NAME or low.split("'")[0] in NOT_NAME:
            break
        if lower:
            if word[0].isupper() or low not in known:
                break
        elif not _is_cap(word) or (inline_signoff and low not in known and _starts_sentence_after(w, j)):
            break
        last = j
        count += 1
        j += 1
    return last


def _inline_signoff(w: Words, i: int) -> bool:
    """A sign-off ends right before word ``i`` on the same line (``... Liebe Grüße, Moritz``)."""
    if "\n" in w.gap(i):
        return False
    return any("S" in _CUES.get(tuple(w.lows[i - k : i]), "") for k in range(1, min(3, i) + 1))


def _starts_sentence_after(w: Words, j: int) -> bool:
    """Word ``j``, which the name data does not know, reads as the first word of what follows
    (``Liebe Grüße, Moritz Zugriff von ...``, ``Un abrazo, Amara Tarjeta: ...``) rather than the
    end of a name: a lowercase word or a ``:`` comes right after it."""
    if j + 1 >= w.n:
        return w.text[w.ends[j] : w.ends[j] + 1] == ":"
    gap = w.gap(j + 1)
    if gap.startswith(":"):
        return True
    return gap == " " and w.words[j + 1][0].islower() and w.lows[j + 1] not in AFTER_NAME


def _family_like(word: str, family: frozenset[str]) -> bool:
    return word in family or ("-" in word and all(p in family for p in word.split("-")))


def scan_names(text: str, out: list[Hit], words: Words | None = None) -> None:
    """Appends the person names of ``text`` to ``out``: the cue rules, then :mod:`.name_shapes`."""
    w = words if words is not None else Words(text)
    fields: list[Hit] = []
    other = scan_field_names(text, fields, _is_known)
    hits: list[Hit] = []
    _scan_cued(text, hits, w)
    if w.n:
        _, safe, family = name_lists()
        lgiven, _, lfamily = _lowered_lists()
        hits += add_shaped(text, w.words, w.lows, w.starts, w.ends, hits, safe, family, lgiven, lfamily)
    if fields or other:
        taken = [(s, e) for s, e, _ in fields] + other
        hits = [h for h in hits if not any(h[0] < e and s < h[1] for s, e in taken)]
        out += drop_unlikely(text, fields, quoted=True)  # a JSON value is quoted: not a status
    out += drop_unlikely(text, hits)


def _scan_cued(text: str, out: list[Hit], w: Words) -> None:
    given, safe, family = name_lists()
    lgiven, lsafe, lfamily = _lowered_lists()
    if w.n == 0:
        return
    lknown = _known_lower()
    n = w.n
    lows = w.lows
    # Only capitalised words, and lowercase ones the name data knows, can start a name: the
    # rest are skipped at comprehension speed.
    starts = [
        i
        for i, word in enumerate(w.words)
        if word[0].isupper()
        or lows[i] in lknown
        or lows[i] in PARTICLES
        or (0 < i < n - 1 and lows[i - 1] in _CUE_LAST and lows[i + 1] in lfamily)
    ]
    if not starts:
        return
    after = 0
    for i in starts:
        if i < after:
            continue
        word = w.words[i]
        low = lows[i]
        cap = word[0].isupper()
        end = -1
        strength = _cue_strength(w, i) if i > 0 and w.lows[i - 1] in _CUE_LAST else 0
        if cap and low not in NOT_NAME and low not in _CUE_WORDS and low not in PLACE_WORDS:
            strong = strength == 2 and (_is_cap(word) or word in given or word in family)
            if strong or (strength == 1 and (word in safe or _pair_end(w, i, given, family, safe) > i)):
                end = _extend(w, i, False, lknown, strength == 2 and _inline_signoff(w, i))
            else:
                end = _pair_end(w, i, given, family, safe)
                if end > i and _encyclopedic(w, end):
                    after = end + 1  # a famous person in prose: none of its words starts a name
                    continue
                elif (
                    end < 0
                    and (word in safe or word in family)
                    and i + 1 < n
                    and w.gap(i + 1) == " "
                    and (w.lows[i + 1] in AFTER_NAME if word in safe else w.lows[i + 1] in FAMILY_AFTER)
                    and not _encyclopedic(w, i)
                ):
                    end = i
                elif (
                    end < 0
                    and (word in safe or "]" in text or ")" in text)
                    and _speaker(w, i, known=word in safe)
                ):
                    end = _extend(w, i, False, lknown)
        elif not cap and strength == 2 and low in PARTICLES:
            k = i
            while k + 1 < n and w.lows[k] in PARTICLES and w.gap(k + 1) == " " and k - i < 3:
                k += 1
            if k > i and _is_cap(w.words[k]) and w.words[k][0].isupper():
                end = _extend(w, k, False, lknown)  # ``Dhr. van der Meulen``
        elif not cap and strength >= 1 and len(low) > 2 and low not in NOT_NAME and low not in MONTHS:
            nxt_family = i + 1 < n and w.gap(i + 1) == " " and w.lows[i + 1] in lfamily
            if low not in lgiven:
                # ``spoke w/ rahul gupta``: a given name the data lacks, before a family name it
                # has, right after a strong cue
                nxt_family = nxt_family and strength == 2
            if (strength == 2 and (low in lsafe or nxt_family)) or (strength == 1 and nxt_family):
                end = _extend(w, i, True, lknown)
        if end >= i:
            out.append((w.starts[i], w.ends[end], "PERSON"))
            after = end + 1


def _is_known(word: str) -> bool:
    """The name data knows ``word`` as a given or a family name."""
    given, _, family = name_lists()
    return word in given or word in family


@lru_cache(maxsize=1)
def _known_lower() -> frozenset[str]:
    lgiven, _, lfamily = _lowered_lists()
    return lgiven | lfamily


def _pair_end(w: Words, i: int, given: frozenset[str], family: frozenset[str], safe: frozenset[str]) -> int:
    """Given names (``Anna Maria``), then particles, then a family name: the last word's index,
    or -1."""
    if w.words[i] not in given:
        return -1
    j = i + 1
    while j < w.n and w.gap(j) == " " and w.words[j] in given and w.words[j] not in family:
        j += 1
    last = -1
    k = j
    while k < w.n and w.gap(k) == " ":
        word = w.words[k]
        if w.lows[k] in PARTICLES and not word[0].isupper():
            k += 1
            continue
        if _family_like(word, family):
            last = k
            k += 1
            continue
        break
    if last == -1 and j > i + 1 and w.words[j - 1] in family:
        last = j - 1  # ``Maria Thomas``: the second given name is a family name too
    if last == -1 and j == i + 1 < w.n and w.words[i] in safe and w.gap(j) == " ":
        # ``Elif Aydın wrote``: a given name that is no ordinary word, then a capitalised word
        # the data does not know and that does not name a place or a firm
        nxt = w.words[j]
        low = w.lows[j]
        if (
            _is_cap(nxt)
            and nxt[0].isupper()
            and low not in NOT_NAME
            and low not in _CUE_WORDS
            and low not in PLACE_WORDS
        ):
            last = j
    return last


def _encyclopedic(w: Words, end: int) -> bool:
    e = w.ends[end]
    return encyclopedic_after(w.text[e : e + 40].lower())


def _speaker(w: Words, i: int, *, known: bool) -> bool:
    """``Anna: ...`` or ``[10:32] Anna Schmidt: ...`` at the start of a line; a name the data does
    not know only after a time stamp."""
    before = w.line_before(i).strip()
    stamped = bool(before) and before[0] in "[(" and before[-1] in "])" and any(c.isdigit() for c in before)
    if before and not stamped:
        return False
    if not known and not stamped:
        return False
    k = i
    while k + 1 < w.n and k < i + 2 and w.gap(k + 1) == " " and _is_cap(w.words[k + 1]):
        k += 1
    after = w.text[w.ends[k] : w.ends[k] + 2]
    return after.startswith(": ") or after == ":\n" or after.startswith(":\t")
