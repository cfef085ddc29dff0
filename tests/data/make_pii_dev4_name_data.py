#!/usr/bin/env python3
"""Build ``llmrouter/hooks/pii/name_data/names.txt``: the given names and family names the PERSON
detector looks up, from Faker's person providers (MIT licence, see the file's header).

Deterministic: the same Faker version gives the same file (``tests/hooks/test_redact_personal.py``
re-runs this and compares). Given names that are also ordinary words in one of the languages
Faker's lorem providers know (``Will``, ``Mark``, ``Rose``, ``Pierre``...) are marked ``~``: they
count before a listed family name (``Pierre Martin``) but not alone or before an unknown word.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "llmrouter" / "hooks" / "pii" / "name_data" / "names.txt"

LOCALES = [
    "en_US", "en_GB", "en_IE", "en_IN", "en_CA", "en_AU", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH",
    "fr_CA", "es_ES", "es_MX", "es_AR", "es_CO", "it_IT", "pt_PT", "pt_BR", "nl_NL", "nl_BE", "pl_PL",
    "sv_SE", "da_DK", "no_NO", "fi_FI", "cs_CZ", "ro_RO", "tr_TR", "hu_HU", "hr_HR", "sk_SK", "sl_SI",
    "et_EE", "lt_LT", "lv_LV", "id_ID",
    # names European texts carry too: African, South and East Asian (romanised), Irish, Azerbaijani
    "en_KE", "en_NZ", "en_PK", "en_PH", "en_TH", "ga_IE", "sw", "tw_GH", "yo_NG", "zu_ZA", "az_AZ",
    "uz_UZ", "ja_JP", "zh_CN", "zh_TW", "el_GR", "ig_NG", "ha_NG", "en_NG",
]  # fmt: skip
#: Frequent names Faker lacks (``Ayşe``, ``Rémi``, ``Oluwaseun``, ``Nguyen``), hand-written per group.
SUPPLEMENT = ROOT / "tests" / "data" / "pii_name_supplement.txt"
LOREM = ["en_US", "de_DE", "es_ES", "fr_FR", "it_IT", "nl_NL", "pl_PL", "la", "da_DK", "nl_BE"]
# English words that are also given names and start sentences often; the lorem lists miss them.
EXTRA_WORDS = """will may mark rose grace hope art bill jack sunny summer june april august joy faith
 page chance guy major earl king rich lane miles price hunter ray dean frank drew dawn dale glen
 pat sue bob rob ben max sam jean nick chase penny ruby amber crystal misty patience honor
 paris florence victoria georgia virginia austin dallas jordan israel china india sterling
 carol pearl holly ivy iris daisy lily violet heather jasmine olive willow autumn winter
 christian bishop colt cash gay gene herb jewel lou mason miller taylor baker carter cooper
 porter parker young long short brown white black green gray grey best
 alexa alexandria aurora chelsea claude madison mercedes orlando regina savannah siri sydney zara
 gemini java ruby real can nur gül son long hung nam hai lan mai thu hoa bao tam ho do le vu vo ly
 ma he hu song han oh seo shin jung kang ping yan yu shu min tao fang hui lin jin ren rin per tor
 ole jan ana pau marc alba pilar ambre jade lou emi ane said salem farah rana mona dina lina duc
 dung son bruno gil cruz reis lima rocha lang jung hahn wolf koch klein kaiser grant sage gale lance
 wade rusty cliff faith august rocky bergen basel breda siena lucca vigo jena""".split()


def _names(attr_names: tuple[str, ...], provider: object) -> set[str]:
    out: set[str] = set()
    for attr in attr_names:
        value = getattr(provider, attr, None)
        if not value:
            continue
        out.update(str(v) for v in value)  # a tuple, or an OrderedDict of name -> weight
    return out


def build() -> str:
    given: set[str] = set()
    family: set[str] = set()
    for loc in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        given |= _names(
            (
                "first_names",
                "first_names_male",
                "first_names_female",
                "first_romanized_names",
                "first_romanized_names_male",
                "first_romanized_names_female",
            ),
            provider,
        )
        family |= _names(
            (
                "last_names",
                "last_names_male",
                "last_names_female",
                "male_last_names",
                "female_last_names",
                "unisex_last_names",
                "last_names_unisex",
                "last_romanized_names",
            ),
            provider,
        )
    for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#" and "|" in line:
            first, last = line.split(":", 1)[1].split("|")
            given.update(first.split())
            family.update(last.split())
    words: set[str] = set(EXTRA_WORDS)
    for loc in LOREM:
        try:
            lorem = importlib.import_module(f"faker.providers.lorem.{loc}").Provider
        except ImportError:
            continue
        words.update(w.lower() for w in getattr(lorem, "word_list", ()))

    def clean(names: set[str]) -> list[str]:
        keep = set()
        for n in names:
            n = n.strip()
            # single words of letters (hyphens and apostrophes inside), Latin script, >= 2 letters
            if (
                " " in n
                or len(n) < 2
                or not n[0].isupper()
                or not n.replace("-", "").replace("'", "").isalpha()
            ):
                continue
            if not all(ord(c) < 0x250 or 0x370 <= ord(c) < 0x400 or c in "-'" for c in n):
                continue
            keep.add(n)
        return sorted(keep)

    # a given name that is also a word is kept, marked ``~``: it counts only before a listed
    # family name, never alone or before an unknown capitalised word
    g = [("~" + n if n.lower() in words else n) for n in clean(given)]
    f = clean(family)
    import faker

    head = (
        f"# Given and family names for llmrouter's PERSON detector, from Faker {faker.VERSION}'s person\n"
        "# providers (Copyright (c) 2012 Daniele Faraglia, MIT licence). Built by\n"
        "# tests/data/make_pii_dev4_name_data.py; one name a line, '## family' starts the family names;\n"
        "# '~' marks a given name that is also an ordinary word.\n"
    )
    return head + "\n".join(g) + "\n## family\n" + "\n".join(f) + "\n"


def main() -> int:
    text = build()
    if "--check" in sys.argv:
        return 0 if OUT.read_text(encoding="utf-8") == text else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.encode())} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
