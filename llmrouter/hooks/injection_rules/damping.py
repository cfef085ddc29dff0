"""When a hit counts for less: quoted examples in a text about injection, and signals that only say
whom a text addresses."""

from __future__ import annotations

import re

# Suppression of quoted examples inside text that talks *about* injection (training material,
# security write-ups): a hit inside quotes in such a text counts for less.
DISCUSSION = re.compile(
    r"\b(?:prompt injections?|injection attacks?|jailbreak (?:attempts?|attacks?|prompts?|techniques?)|"
    r"adversarial (?:prompts?|inputs?)|red[- ]team\w*|attackers? (?:might|may|could|can|often|would|use|try)|"
    r"for (?:example|instance)|e\.g\.|such as|classifiers?|detect(?:ion|or|ing)?|defen[cs]es?|mitigat\w*|"
    r"researchers?|payloads?(?![\w\s]*[=:])|how (?:do|can|should|would) (?:i|we|you)|what is|owasp|examples? of|"
    r"phrases? like|strings? like|known attacks?|jailbreaks?|well-known|classic|translat\w*|"
    r"why does|why do|our filter|findings?|severity|reproduc\w+|testers?|pen-?test\w*|penetration test\w*|"
    r"vulnerabilit\w+|post-?mortem|root cause|remediat\w+|threat (?:brief|report|model\w*|intel\w*)|incident)\b",
    re.IGNORECASE,
)
QUOTED = re.compile(
    r"\\\"[^\"\n]{3,300}?\\\"|(?<!\\)\"[^\"\n]{3,300}(?<!\\)\"|\u201c[^\u201d\n]{3,300}\u201d|'[^'\n]{6,300}'|`[^`\n]{3,300}`|\u00ab[^\u00bb\n]{3,300}\u00bb|\u300c[^\u300d\n]{1,200}\u300d"
)
QUOTE_DAMPING = 0.45
QUOTED_CAP = 0.45

#: Signals that only say whom a text addresses or what it mentions ("Hey assistant,", "your
#: rules", "developer mode", a bare "Assistant:" line). In a user's own turn they are how people
#: talk to a chat model, so alone they never make the rules block there (the learned combiner
#: weighs them with the model); beside a directive they still add up.
#: In a tool result or document they stay in full: a web page has no business addressing the AI.
CONTEXT_GROUPS = frozenset(
    {
        "indirect.address",
        "indirect.address_ai",
        "marker.bare_role",
        "extract.your_instructions",
        "extract.mention",
        "extract.verbatim",
        "persona.jailbreak",
        "persona.character",
        "persona.devmode",
        "persona.escaped",
    }
)
CONTEXT_CAP = 0.45
CROSS_SENTENCE = re.compile(r"[.!?;]\s|\n")
