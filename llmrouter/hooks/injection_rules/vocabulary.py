"""The English concepts the rules are written against: override verbs, words pointing backwards,
nouns for a directive, guards, AI nouns, reveal verbs, each with the words a match needs."""

from __future__ import annotations

FILLER = r"(?:\w+ ){0,%d}?"  # up to N filler words


def filler(n: int) -> str:
    """Up to ``n`` filler words, as few as possible."""
    return FILLER % n


OVERRIDE_VERB = (
    r"(?:ignor(?:e|ing)|disregard(?:ing)?|forget(?:ting)?|overrid(?:e|ing)|bypass(?:ing)?|"
    r"skip|neglect|discard|abandon|drop|dismiss|set aside|put aside|throw (?:out|away)|"
    r"pay no (?:attention|heed|mind) to|stop (?:following|obeying|using|honou?ring)|"
    r"(?:do not|don't|dont|no longer|never) (?:follow|obey|adhere to|comply with|listen to|"
    r"respect|honou?r|stick to|apply|heed)|cancel|erase|wipe|scrap|nullify|void|revoke|"
    r"supersede|overwrite|unlearn|ditch|toss|circumvent|let go of|move past|"
    r"break free (?:of|from)|free yourself (?:of|from))"
)
OVERRIDE_VERB_NEEDS = (
    "ignor",
    "disregard",
    "forget",
    "overrid",
    "bypass",
    "skip",
    "neglect",
    "discard",
    "abandon",
    "drop",
    "dismiss",
    "aside",
    "throw",
    "pay no",
    "stop",
    "follow",
    "obey",
    "adhere",
    "comply",
    "listen",
    "respect",
    "honor",
    "honour",
    "stick",
    "apply",
    "heed",
    "cancel",
    "erase",
    "wipe",
    "scrap",
    "nullify",
    "void",
    "revoke",
    "supersede",
    "overwrite",
    "unlearn",
    "ditch",
    "toss",
    "circumvent",
    "let go",
    "move past",
    "free",
)
PRIOR = (
    r"(?:previous|previously|prior|preceding|above|earlier|former|foregoing|original|"
    r"initial|your|system|developer|safety|default|hidden|pre-?set|standing|upstream)"
)
DIRECTIVE = (
    r"(?:instruct(?:ions?|s)|directions?|directives?|rules?|guidelines?|guidance|prompts?|"
    r"commands?|orders?|constraints?|restrictions?|limitations?|limits|polic(?:y|ies)|"
    r"programming|conditioning|training|protocols?|boundaries|guardrails?|safeguards?|"
    r"filters?|settings|configuration|setup|context|system messages?|developer messages?|"
    r"briefing|brief|mandate|ethics|morals|principles|values|alignment|censorship|"
    r"assignments?|tasks?)"
)
DIRECTIVE_NEEDS = (
    "instruct",
    "direction",
    "directive",
    "rule",
    "guideline",
    "guidance",
    "prompt",
    "command",
    "order",
    "constraint",
    "restriction",
    "limit",
    "polic",
    "programming",
    "conditioning",
    "training",
    "protocol",
    "boundar",
    "guardrail",
    "safeguard",
    "filter",
    "setting",
    "config",
    "setup",
    "context",
    "message",
    "brief",
    "mandate",
    "ethic",
    "moral",
    "principle",
    "values",
    "alignment",
    "censor",
    "assignment",
    "task",
)
GUARDS = (
    r"(?:restrictions?|rules?|limits?|limitations?|filters?|filtering|guidelines?|censorship|"
    r"ethics|ethical (?:\w+)|morals?|morality|moral (?:\w+)|constraints?|polic(?:y|ies)|"
    r"boundaries|safeguards?|guardrails?|safety (?:\w+)|content (?:\w+)|principles|scruples|"
    r"inhibitions|oversight|conscience)"
)
GUARD_NEEDS = (
    "restrict",
    "rule",
    "limit",
    "filter",
    "guideline",
    "censor",
    "ethic",
    "moral",
    "constrain",
    "polic",
    "boundar",
    "safeguard",
    "guardrail",
    "safety",
    "content",
    "principle",
    "scruple",
    "inhibition",
    "oversight",
    "conscience",
)
AI = (
    r"(?:ai|a\.i\.|assistant|llm|language model|chat\s?bot|gpt|chatgpt|claude|gemini|copilot|"
    r"agent|bot|model|ai system|ai agent|ai model|ai assistant|large language model|"
    r"automated (?:system|reader|agent|assistant|tool))s?"
)
AI_NEEDS = (
    "ai",
    "assistant",
    "llm",
    "language model",
    "bot",
    "gpt",
    "claude",
    "gemini",
    "copilot",
    "agent",
    "model",
    "automated",
)
REVEAL = (
    r"(?:repeat|print|output|show|reveal|display|tell|give|write (?:out|down|back)|dump|leak|echo|recite|"
    r"spell out|list|share|disclose|paste|copy|return|provide|expose|type out|read back|"
    r"quote|reproduce|regurgitate|send|transcribe|translate|summari[sz]e|describe)"
)
SECRET_PROMPT = (
    r"(?:system (?:prompt|message|instructions?|directives?)|(?:initial|original|hidden|secret|"
    r"starting|opening|first|internal|confidential|underlying|base|setup|configuration|"
    r"developer|pre) (?:prompt|instructions?|message|directives?|rules)|pre-?prompt|"
    r"meta-?prompt|(?:instructions?|prompt|rules|guidelines|directives|constraints|"
    r"polic(?:y|ies)) (?:you (?:operate|work|run|function) under|(?:governing|that govern|"
    r"controlling) you|you (?:were|have been|got|received)|that (?:were|was) (?:given|provided)|"
    r"(?:you were|you've been|you have been) (?:initiali[sz]ed|configured|set up|started|"
    r"loaded|programmed) with)|developer (?:message|prompt)|system configuration|"
    r"hidden (?:setup|context)|(?:configuration |setup |initial )?(?:text|everything|anything|content|"
    r"words) (?:that )?(?:you were|you've been|you have been) (?:told|given|loaded with|"
    r"initiali[sz]ed with|configured with|provided|fed))"
)

VOID = (
    r"(?:(?:are|is|were|was|have been|has been|should be|must be|can be|will be) (?:now )?"
    r"(?:void|null|cancell?ed|revoked|obsolete|invalid|outdated|superseded|overridden|lifted|"
    r"removed|suspended|disabled|deactivated|ignored|disregarded|discarded|irrelevant|withdrawn|"
    r"rescinded|no longer (?:valid|active|in effect|in force|relevant|applicable|binding|apply))|"
    r"no longer (?:apply|applies|matter|matters|count|stand|hold|in force|in effect|valid)|"
    r"(?:apply|applies|matter|matters|count|counts|hold|holds) (?:anymore|any more|any longer)|"
    r"(?:don't|do not|doesn't|does not) (?:apply|matter|count) (?:anymore|any more|now)|"
    r"(?:drop|forget|ignore|discard|scrap|ditch) (?:them|it|those)|out the window)"
)
VOID_NEEDS = (
    "void",
    "null",
    "cancel",
    "revoked",
    "obsolete",
    "invalid",
    "outdated",
    "supersed",
    "overrid",
    "lifted",
    "removed",
    "suspend",
    "disabl",
    "deactivat",
    "ignore",
    "disregard",
    "discard",
    "irrelevant",
    "withdrawn",
    "rescind",
    "no longer",
    "anymore",
    "any more",
    "any longer",
    "drop",
    "forget",
    "scrap",
    "ditch",
    "window",
)
BACK_REF = (
    r"(?:before|above|earlier|previously|prior|preceding|at the (?:start|beginning|top)|"
    r"you (?:were|have been|'ve been) (?:given|handed|told|sent|provided|issued|assigned)|"
    r"you (?:received|got|were set up with)|that (?:came|come|appeared) (?:before|first))"
)
