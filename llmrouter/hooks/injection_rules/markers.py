"""English rules: fake role markers and template tokens, and hints that a text is obfuscated."""

from __future__ import annotations

from .rule import Rule, rule
from .vocabulary import filler

ROLE_MARKER_RULES: list[Rule] = [
    # -- fake role markers and template tokens ---------------------------------------------
    rule(
        "marker.chat_tokens",
        0.6,
        r"<\|\s*(?:im_start|im_end|system|endoftext|start_header_id|end_header_id|eot_id|begin_of_text|assistant|user)\s*\|>|\[/?INST\]|<</?SYS>>|<start_of_turn>|<end_of_turn>",
        ("<|", "[inst", "[/inst", "<<sys", "<</sys", "_of_turn"),
        raw=True,
    ),
    rule(
        "marker.bracket_role",
        0.5,
        r"(?:\[|\{\{|\(\()\s*(?:system|sys|admin|administrator|developer|root|operator|system message|system override|system notice|system update|system prompt|new instructions?|override|instructions?)\s*(?:\]|\}\}|\)\))",
        ("[", "{{", "(("),
        raw=True,
    ),
    rule(
        "marker.xml_role",
        0.45,
        r"</?\s*(?:system|sys|system_prompt|system-prompt|instructions?|admin|developer|override|im_start)\s*>",
        ("<",),
        raw=True,
    ),
    rule(
        "marker.heading",
        0.3,
        r"(?:^|\n|[\"'>])\s*#{2,}\s*(?:system|instruction|instructions|new instructions|system prompt|admin|override|response)\b",
        ("##",),
        raw=True,
    ),
    rule(
        "marker.alpaca",
        0.35,
        r"(?:^|\n|[\"'>])\s*#{2,}\s*(?:instruction|input|response)\s*:",
        ("##",),
        raw=True,
    ),
    rule(
        "marker.role_line",
        0.45,
        r"(?:^|\n|[\"'{])[ \t>*_#-]*(?:system|admin|administrator|developer|operator|root|security|it department) ?(?:message|note|notice|override|update|alert|instructions?|directive|command|prompt|announcement)\s*[:\-\u2014]",
        ("system", "admin", "developer", "operator", "root", "security", "it department"),
        raw=True,
    ),
    rule(
        "marker.override",
        0.5,
        r"\b(?:system|admin|security|emergency|developer|root|god) (?:override|overrides|bypass|unlock|command)\b",
        ("override", "bypass", "unlock", "command"),
    ),
    rule(
        "marker.admin_block",
        0.55,
        r"\b(?:begin|start|end) (?:of )?(?:admin|administrator|system|developer|operator|root) (?:message|instructions?|override|prompt|block|section|notice|command)\b",
        ("begin", "start", "end"),
    ),
    rule(
        "marker.bare_role",
        0.2,
        r"(?:^|\n)\s*(?:system|assistant|ai|sys)\s*:\s*\S",
        ("system", "assistant", "ai", "sys"),
        raw=True,
    ),
    rule(
        "marker.end_of",
        0.3,
        r"\b(?:end of (?:the )?(?:document|email|e-mail|user input|input|text|context|conversation|data|file|message|transcript|prompt|article|page)|(?:begin|start) (?:of )?(?:new |real |actual |system |admin )(?:instructions?|prompt|session|conversation|message|task))\b",
        ("end of", "begin", "start"),
    ),
]

OBFUSCATION_HINT_RULES: list[Rule] = [
    # -- obfuscation hints --------------------------------------------------------------------
    rule(
        "obfuscation.decode_and_follow",
        0.55,
        rf"\b(?:decode|decipher|decrypt|translate|convert|unscramble|reverse|rot-?13|base-?64|unhex|deobfuscate|read (?:it )?backwards) {filler(8)}(?:and|then|,) {filler(2)}(?:follow|execute|obey|do (?:what|as)|carry out|perform|run|act on|comply|apply|treat (?:it|them) as)\b",
        (
            "decode",
            "decipher",
            "decrypt",
            "translate",
            "convert",
            "unscramble",
            "reverse",
            "rot",
            "base",
            "unhex",
            "deobfusc",
            "backwards",
        ),
    ),
    rule(
        "obfuscation.encoded_instructions",
        0.3,
        r"\b(?:base-?64|rot-?13|hex(?:adecimal)?|encoded|encrypted|ciphered|obfuscated|reversed|scrambled)(?: text| string| message| payload| block)? (?:\w+ ){0,4}?(?:instructions?|commands?|orders?|directives?|prompt|task)\b",
        ("base", "rot", "hex", "encoded", "encrypted", "cipher", "obfuscated", "reversed", "scrambled"),
    ),
]
