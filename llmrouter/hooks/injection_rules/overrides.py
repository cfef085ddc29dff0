"""English rules: "ignore all previous instructions" and the ways people say it."""

from __future__ import annotations

from .context import imperative, not_document, not_negated
from .rule import Rule, rule
from .vocabulary import (
    BACK_REF,
    DIRECTIVE,
    DIRECTIVE_NEEDS,
    OVERRIDE_VERB,
    OVERRIDE_VERB_NEEDS,
    PRIOR,
    VOID,
    VOID_NEEDS,
    filler,
)

OVERRIDE_RULES: list[Rule] = [
    # -- instruction override -----------------------------------------------------------------
    rule(
        "override.prior",
        0.8,
        rf"\b{OVERRIDE_VERB} {filler(4)}(?:all )?(?:of )?(?:the |your |these |those )?{PRIOR} {filler(2)}{DIRECTIVE}\b",
        (OVERRIDE_VERB_NEEDS, DIRECTIVE_NEEDS),
        group="override.core",
        check=imperative,
        single=True,
    ),
    rule(
        "override.back_ref",
        0.75,
        rf"\b{OVERRIDE_VERB} {filler(3)}{DIRECTIVE} {filler(3)}{BACK_REF}",
        (OVERRIDE_VERB_NEEDS, DIRECTIVE_NEEDS),
        group="override.core",
        check=imperative,
        single=True,
    ),
    rule(
        "override.everything",
        0.75,
        rf"\b{OVERRIDE_VERB} {filler(2)}(?:(?:everything|anything|all|whatever)(?: (?:else|that))? {filler(1)}(?:above|before|prior|earlier|previously|so far|until now|up to now|you (?:were|have been|'ve been) (?:told|given|taught|instructed|programmed)|(?:i|we|they|anyone|someone) (?:said|told you|wrote))|(?:the |all )?(?:text|content|words|lines?|messages?|input|stuff) (?:that )?(?:above|preceding|precedes|before|prior to|earlier))",
        (OVERRIDE_VERB_NEEDS,),
        group="override.core",
        check=imperative,
        single=True,
    ),
    rule(
        "override.what_told",
        0.7,
        rf"\b{OVERRIDE_VERB} (?:what|whatever|everything|anything|all) (?:that )?(?:the |your )?(?:\w+ )?(?:developers?|creators?|operators?|admins?|makers?|owners?|system|they|someone|anyone|you) (?:were |was |have |has |had |'ve )?(?:configured|told|instructed|programmed|asked|set up|trained|said|taught|ordered)",
        (OVERRIDE_VERB_NEEDS,),
        group="override.core",
    ),
    rule(
        "override.generic",
        0.4,
        rf"\b{OVERRIDE_VERB} {filler(2)}(?:all|any|every|the|these|those) {filler(1)}{DIRECTIVE}\b",
        (OVERRIDE_VERB_NEEDS, DIRECTIVE_NEEDS),
        group="override.core",
        check=imperative,
        single=True,
    ),
    rule(
        "override.void",
        0.75,
        rf"\b(?:{PRIOR}|all|any|whatever|none of the) {filler(2)}{DIRECTIVE} {filler(8)}{VOID}",
        (DIRECTIVE_NEEDS, VOID_NEEDS),
        group="override.void",
        check=not_document,
    ),
    rule(
        "override.void_received",
        0.7,
        rf"\b{DIRECTIVE} (?:that )?you (?:received|were given|got|were handed|have been given|were told|were sent) {filler(6)}{VOID}",
        (DIRECTIVE_NEEDS, VOID_NEEDS),
        group="override.void",
    ),
    rule(
        "override.treat_void",
        0.7,
        rf"\b(?:treat|consider|regard|deem|mark|count) {filler(3)}{DIRECTIVE} as (?:void|null|cancell?ed|invalid|obsolete|irrelevant|non-binding|optional|suggestions|deleted|revoked)\b",
        (DIRECTIVE_NEEDS,),
    ),
    rule(
        "override.revoked",
        0.6,
        rf"\b(?:has|have|had) (?:now |just )?(?:withdrawn|revoked|cancell?ed|rescinded|retracted|lifted|removed|disabled|suspended|deleted|overridden|replaced|voided|nullified) (?:your |all |all of your |the )(?:{PRIOR} )?{DIRECTIVE}\b",
        (DIRECTIVE_NEEDS,),
    ),
    rule(
        "override.leave_behind",
        0.7,
        rf"\b(?:leave|put|set|cast|push|toss) (?:(?:your|the|all|those|these) )?(?:{PRIOR} )?{DIRECTIVE} (?:behind|aside)\b",
        (DIRECTIVE_NEEDS,),
    ),
    rule(
        "override.noted",
        0.45,
        rf"\b(?:(?:{PRIOR}|earlier|those) {filler(1)}{DIRECTIVE}|(?:everything|all|anything) (?:above|before) (?:this|that|here)(?: (?:line|point|message|note))?) {filler(3)}(?:was|were|is|are) (?:just |only |merely )?(?:a test|fake|wrong|a mistake|a joke|not real|bogus|a decoy|mistaken)",
        ("test", "fake", "wrong", "mistake", "joke", "not real", "bogus", "decoy"),
    ),
    rule(
        "override.precedence",
        0.6,
        rf"\b(?:takes?|has|have|gets?) (?:absolute |top |full |higher |the highest )?(?:precedence|priority) over (?:(?:all |any |every |your |the )?(?:other |previous |prior |earlier |system |original )?{filler(1)}{DIRECTIVE}\b|anything|everything|whatever|all else)",
        ("precedence", "priority"),
    ),
    rule(
        "override.supersede",
        0.6,
        rf"\b(?:supersedes?|overrides?|replaces?|cancels?|trumps?) (?:all |any |every |the |your )?(?:other |previous |prior |earlier |existing |original |system |safety )(?:\w+ )?{DIRECTIVE}\b",
        ("supersede", "overrid", "replace", "cancel", "trump"),
        check=lambda t, i: not_document(t, i) and not_negated(t, i),
    ),
    rule(
        "override.new",
        0.4,
        r"\b(?:new|updated|revised|real|actual|true|override|overriding|priority|urgent|secret|hidden|replacement|corrected|amended) (?:system )?(?:instructions?|directives?|orders?|task|prompt|objective|mission)\s*[:\-\u2014]",
        ("instruction", "directive", "order", "task", "prompt", "objective", "mission"),
    ),
    rule(
        "override.task",
        0.45,
        rf"\byour (?:new|real|actual|true|only|primary|sole|updated|revised) (?:task|goal|job|purpose|objective|mission|instructions?|role|directive|function|assignment|priority) {filler(3)}(?:is|are|will be|now)\b",
        ("your",),
    ),
    rule(
        "override.from_now",
        0.25,
        r"\b(?:from now on|from here on|from this (?:point|moment) (?:on|forward|onwards?)|henceforth|going forward|for the rest of (?:this|the) (?:conversation|chat|session))\b",
        ("from now", "from here", "from this", "henceforth", "going forward", "rest of"),
    ),
    rule(
        "override.instead",
        0.2,
        r"\binstead,? (?:you (?:must|should|will|are to)|do the following|your (?:\w+ )?task|respond (?:only )?with|reply (?:only )?with|output|\w+ (?:this|the|every|all))\b",
        ("instead",),
    ),
    rule(
        "override.authorized",
        0.4,
        r"\b(?:the )?(?:user|owner|admin|administrator|operator|developer|company) (?:has|have) (?:already )?(?:authori[sz]ed|permitted|allowed|approved|cleared|instructed) (?:you|the (?:ai|assistant|model)) to\b",
        ("authori", "permitted", "allowed", "approved", "cleared", "instructed"),
    ),
    rule(
        "conceal.user",
        0.5,
        r"\b(?:(?:do not|don't|dont|never|must not|should not|shouldn't|mustn't) (?:tell|inform|mention|reveal|disclose|show|notify|alert|let on to|say (?:anything )?to|mention (?:this|it) to|let) (?:this |it |any of this |anything )?(?:to )?the (?:user|human|customer|recipient|person)|without (?:telling|informing|alerting|notifying|letting|asking|warning) the (?:user|human|customer|recipient)|(?:the )?(?:user|human|customer) (?:must|should|need) (?:not|never) (?:know|see|be told|find out|notice)|keep (?:this|it) (?:hidden|secret) from the (?:user|human|customer))\b",
        ("user", "human", "customer", "recipient", "person"),
    ),
    rule(
        "conceal.note",
        0.45,
        r"\b(?:do not|don't|dont|never) (?:mention|reveal|disclose|acknowledge|refer to|quote|repeat) (?:this|these|the) (?:note|instruction|message|comment|text|request|directive)s?\b",
        ("note", "instruction", "message", "comment", "text", "request", "directive"),
    ),
    rule(
        "conceal.secretly",
        0.2,
        r"\b(?:secretly|covertly|silently|quietly|discreetly|invisibly|in the background) (?:\w+ )?(?:send|forward|email|e-mail|post|upload|transmit|exfiltrate|leak|share|include|append|copy|bcc|insert|add|execute|run|call|visit|fetch|delete|transfer)\b",
        ("secretly", "covertly", "silently", "quietly", "discreetly", "invisibly", "background"),
    ),
]
