"""English rules: attempts to extract the system prompt."""

from __future__ import annotations

from .context import extract_order
from .rule import Rule, rule
from .vocabulary import REVEAL, SECRET_PROMPT, filler

EXTRACTION_RULES: list[Rule] = [
    # -- system prompt extraction -------------------------------------------------------------
    rule(
        "extract.system_prompt",
        0.75,
        rf"\b{REVEAL} {filler(5)}(?:(?:your|the|all|its|any|this|my|our) {filler(2)})?{SECRET_PROMPT}",
        (
            "prompt",
            "instruction",
            "message",
            "directive",
            "rules",
            "guideline",
            "config",
            "setup",
            "context",
            "constraint",
            "polic",
        ),
        group="extract.core",
        check=extract_order,
    ),
    rule(
        "extract.text_above",
        0.6,
        rf"\b(?:repeat|print|output|show|reveal|display|dump|echo|recite|write out|copy|return|type out|spell out|paste|reproduce|regurgitate|quote|list) {filler(4)}(?:text|words|content|contents|everything|all|message|messages|lines?|prompt|instructions|tokens|characters|conversation) {filler(2)}(?:above|before (?:this|my|the)|prior to|preceding|precedes|that (?:came|come|appear|appears) (?:before|above)|at the (?:very )?(?:start|beginning|top)|so far|from the (?:very )?(?:beginning|start|top))",
        ("above", "before", "prior", "preced", "start", "beginning", "top", "so far"),
    ),
    rule(
        "extract.question",
        0.7,
        rf"\bwhat (?:is|are|was|were|'s|does|do|did) (?:in )?(?:your|ur) {filler(2)}(?:system prompt|system message|initial (?:prompt|instructions?)|original (?:prompt|instructions?)|hidden (?:prompt|instructions?)|secret (?:prompt|instructions?)|instructions|prompt|rules|directives|guidelines|programming|configuration)\b(?! (?:for|on|about|of|regarding|to|when|if|in case)\b)",
        ("what",),
        group="extract.core",
    ),
    rule(
        "extract.told_before",
        0.6,
        r"\bwhat (?:were you|have you been|did (?:they|your (?:developers?|creators?|operators?)|someone|anyone)) (?:told|given|instructed|programmed|configured|set up)(?: (?:you|with|to do))? (?:before|prior to|at the (?:start|beginning)|initially|originally)\b",
        ("what",),
        group="extract.core",
    ),
    rule(
        "extract.operator_gave",
        0.6,
        r"\b(?:instructions?|rules|prompt|directives?|guidelines|orders) (?:that )?(?:your|the) (?:operator|developer|creator|admin|administrator|owner|company|deployer|maker)s? (?:gave|has given|have given|provided|set|wrote|specified|configured|supplied)\b",
        ("operator", "developer", "creator", "admin", "owner", "company", "deployer", "maker"),
        group="extract.core",
    ),
    rule(
        "extract.context_window",
        0.6,
        rf"\b(?:dump|print|output|show|reveal|leak|expose|display|list|repeat|echo) {filler(3)}(?:contents? of )?(?:your|the) (?:context window|context|memory|system context|hidden context|conversation buffer|instructions)\b",
        ("context", "memory", "buffer", "instructions"),
    ),
    rule(
        "extract.mention",
        0.2,
        r"\b(?:system prompt|system message|initial instructions|pre-?prompt|hidden instructions|secret instructions|original instructions|configuration prompt|setup message)\b",
        (
            "system prompt",
            "system message",
            "initial instructions",
            "prompt",
            "hidden instructions",
            "secret instructions",
            "original instructions",
            "setup message",
        ),
    ),
    rule(
        "extract.starts_with",
        0.4,
        r"\b(?:begin|beginning|start|starting|starts|begins) with (?:the (?:phrase|words?|line|sentence) )?['\"\u201c]?you are\b",
        ("you are",),
    ),
    rule(
        "extract.verbatim",
        0.15,
        r"\b(?:verbatim|word for word|word-for-word|exactly as (?:written|given|stated|provided)|quote it exactly|character for character|include everything)\b",
        (
            "verbatim",
            "word for word",
            "word-for-word",
            "exactly",
            "character for character",
            "include everything",
        ),
    ),
    rule(
        "extract.your_instructions",
        0.2,
        r"\byour (?:own )?(?:instructions|system prompt|initial prompt|prompt|guidelines|rules|programming|directives|configuration)\b",
        ("your",),
    ),
]
