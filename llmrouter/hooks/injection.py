"""A pre-hook that stops prompt-injection and jailbreak text before it reaches a model.

The guard is a rule scorer, not a classifier: no model can be shipped inside an embedded
library, and a call must not pay milliseconds for a check that nearly always passes. Each rule
is a precompiled pattern with a weight; the weights of the rules that fire combine by noisy-OR,
so one strong signal ("ignore all previous instructions") is enough on its own while several
weak ones ("from now on", "stay in character", "never refuse") have to agree.

Rules are written against concepts (an override verb, a word pointing backwards, a noun for a
directive) rather than fixed phrases, so that paraphrases and other word orders still match.
Text is normalised first (NFKC, zero-width characters dropped, Latin lookalikes folded) and,
only when a cheap test says it is worth it, rescanned in decoded forms: base64 and hex blobs,
percent-encoding, rot13, leetspeak and letters spaced apart. A hit found only after decoding
also scores an ``obfuscation.*`` rule, because hiding an instruction is itself a signal.

Which messages are scanned: those whose role is in ``roles`` (user and tool results by
default: the text a third party can control), all of them unless ``last_n`` limits the scan to
the tail of the conversation, which bounds the cost of long chats whose earlier turns were
already checked on earlier calls.

This module is the engine (the scorer and the hook). The rules are data, in
:mod:`llmrouter.hooks.injection_rules` (one module per family, plus the vocabulary they are
written with); the forms a text is read in (normalised, decoded, rewritten) are
:mod:`llmrouter.hooks.injection_text`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ..errors import SecurityViolation
from ..types import TextPart
from . import _injection_model
from ._injection_cache import ScoreCache
from .base import Hook
from .injection_rules.context import literal_spans, override_applies, reported
from .injection_rules.damping import (
    CONTEXT_CAP,
    CONTEXT_GROUPS,
    CROSS_SENTENCE,
    DISCUSSION,
    QUOTE_DAMPING,
    QUOTED,
    QUOTED_CAP,
)
from .injection_rules.index import COMPILED, GROUP_OF, CompiledRule, candidates
from .injection_rules.rule import Rule
from .injection_text import decoded_forms, normalize, rewritten_forms

if TYPE_CHECKING:
    from ..types import Message
    from .base import CallContext

__all__ = ["InjectionGuard", "InjectionReason", "InjectionScore", "score"]

Action = Literal["block", "flag"]
PatternLike = str | re.Pattern[str]

# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InjectionReason:
    """One rule that fired; ``via`` says in which form of the text (``plain``, ``base64``...)."""

    rule: str
    family: str
    weight: float
    via: str = "plain"
    quoted: bool = False  # found only inside a quotation in a text about injection

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "family": self.family, "weight": self.weight, "via": self.via}


@dataclass(frozen=True, slots=True)
class InjectionScore:
    """A score in [0, 1] and the rules behind it, strongest first."""

    score: float
    reasons: list[InjectionReason] = field(default_factory=list)

    @property
    def rules(self) -> list[str]:
        return [reason.rule for reason in self.reasons]

    def __float__(self) -> float:
        return self.score


# --------------------------------------------------------------------------------------------
# The scorer
# --------------------------------------------------------------------------------------------


def _as_pattern(item: PatternLike) -> re.Pattern[str]:
    if isinstance(item, re.Pattern):
        return item
    return re.compile(re.escape(normalize(item)), re.IGNORECASE)


def _logit(probability: float) -> float:
    clipped = min(max(probability, 1e-6), 1.0 - 1e-6)
    return max(-8.0, min(8.0, math.log(clipped / (1.0 - clipped))))


def _combiner_inputs(
    rules_score: float, reasons: Sequence[InjectionReason], probability: float, role: str
) -> dict[str, float]:
    """What the learned combiner reads: the model's logit, the rules' verdict, and the facts that
    change how far either can be trusted (a quoted attack in a write-up, a user merely addressing
    the assistant, a tool result, an obfuscated form). The training script calls this too, so
    training and run time cannot drift apart."""
    strong = [r for r in reasons if r.weight >= 0.3]
    groups = [GROUP_OF.get(r.rule, r.rule) for r in reasons]
    z = _logit(probability)
    tool = 1.0 if role == "tool" else 0.0
    quoted = 1.0 if any(r.quoted for r in reasons) else 0.0
    context = (
        1.0
        if role == "user" and strong and all(GROUP_OF.get(r.rule, r.rule) in CONTEXT_GROUPS for r in strong)
        else 0.0
    )
    direct = max((r.weight for r, g in zip(reasons, groups) if g not in CONTEXT_GROUPS), default=0.0)
    return {
        "z": z,
        "rules": rules_score,
        "rules_hit": 1.0 if rules_score >= 0.5 else 0.0,
        "quoted": quoted,
        "context_only": context,
        "direct": direct,
        "obfuscated": 1.0 if any(r.family == "obfuscation" for r in reasons) else 0.0,
        "tool": tool,
        "z_tool": z * tool,
        "z_quoted": z * quoted,
        "rules_quoted": rules_score * quoted,
        "z_context": z * context,
    }


def _combine(reasons: Iterable[InjectionReason]) -> float:
    """Noisy-OR over independent signals: the chance that at least one of them is right.

    Rules that restate one signal (the English and Portuguese override rules both match
    "ignore previous instructions") share a group and count once, at their strongest."""
    groups: dict[str, float] = {}
    for reason in reasons:
        group = GROUP_OF.get(reason.rule, reason.rule)
        groups[group] = max(groups.get(group, 0.0), reason.weight)
    miss = 1.0
    for weight in groups.values():
        miss *= 1.0 - max(0.0, min(1.0, weight))
    return 1.0 - miss


def _strongest_per_group(found: Iterable[InjectionReason]) -> list[InjectionReason]:
    top: dict[str, InjectionReason] = {}
    for reason in found:
        group = GROUP_OF.get(reason.rule, reason.rule)
        if group not in top or top[group].weight < reason.weight:
            top[group] = reason
    return sorted(top.values(), key=lambda r: (-r.weight, r.rule))


def _rules_score(reasons: Sequence[InjectionReason], role: str) -> float:
    """The rules' verdict: noisy-OR over the hits, capped when they are only quoted examples in
    a text about injection, or only a user addressing the assistant."""
    value = _combine(reasons)
    if all(r.quoted for r in reasons if r.family != "obfuscation" and r.weight >= 0.3):
        # Only quoted examples in a text about injection: several of them do not add up
        # to an attack.
        value = min(value, QUOTED_CAP)
    if role == "user" and all(
        GROUP_OF.get(r.rule, r.rule) in CONTEXT_GROUPS for r in reasons if r.weight >= 0.3
    ):
        value = min(value, CONTEXT_CAP)
    return value


class _Scorer:
    """Runs the rules over one text and every decoded form of it."""

    def __init__(
        self,
        custom: Sequence[tuple[re.Pattern[str], float, str]],
        allow: Sequence[re.Pattern[str]],
        damp_quoted: bool,
        learned: bool = False,
    ) -> None:
        self.custom = custom
        self.allow = allow
        self.damp_quoted = damp_quoted
        self.learned = learned

    def score(self, text: str, role: str = "user") -> InjectionScore:
        if not text or text.isspace():
            return InjectionScore(0.0, [])
        best: dict[str, InjectionReason] = {}
        forms: list[tuple[str, str]] | None = [] if self.learned else None
        self._scan(normalize(text), "plain", best, depth=0, forms=forms)
        reasons = _strongest_per_group(best.values())
        value = _rules_score(reasons, role) if reasons else 0.0
        model = _injection_model.default_model() if forms else None
        if model is None or model.combiner is None or not forms:
            return InjectionScore(round(value, 4), reasons)
        if self.allow:
            # The model must not see what the allow-list exempts either.
            plain = normalize(text)
            for pattern in self.allow:
                plain = pattern.sub(" ", plain)
            forms[0] = ("plain", plain.lower())
        probability = model.probability(forms)
        final = model.combiner.probability(_combiner_inputs(value, reasons, probability, role))
        custom = [r for r in reasons if r.family == "custom"]
        if custom:
            # The caller's own rules are theirs to weigh: the model never talks them down.
            final = max(final, _combine(custom))
        if probability >= 0.5:
            # After the rules: they name what was found, the model only says how likely.
            reasons = [*reasons, InjectionReason("learned.model", "learned", round(probability, 3))]
        return InjectionScore(round(final, 4), reasons)

    def _scan(
        self,
        text: str,
        via: str,
        best: dict[str, InjectionReason],
        depth: int,
        forms: list[tuple[str, str]] | None = None,
    ) -> None:
        found = self._match(text, via, best, glued=False)
        if depth >= 2:
            return
        lower = text.lower()
        variants = rewritten_forms(text, lower)
        if forms is not None:
            forms.append((via, lower))
        for name, decoded in decoded_forms(text):
            decoded = normalize(decoded)
            if forms is not None:
                forms.append((name, decoded.lower()))
            self._scan_variant(decoded, name, best, depth, found, glued=False)
        for name, variant, glued in variants:
            if forms is not None:
                forms.append((name, variant.lower()))
            self._scan_variant(variant, name, best, depth, found, glued=glued)

    def _scan_variant(
        self,
        text: str,
        name: str,
        best: dict[str, InjectionReason],
        depth: int,
        found_plain: bool,
        glued: bool,
    ) -> None:
        before = set(best)
        via_best: dict[str, InjectionReason] = {}
        hit = self._match(text, name, via_best, glued=glued)
        if depth + 1 < 2 and name in ("base64", "hex", "percent", "unicode_escape"):
            self._scan(text, name, via_best, depth + 1)
            hit = hit or bool(via_best)
        for rule, reason in via_best.items():
            if rule not in best or best[rule].weight < reason.weight:
                best[rule] = reason
        new = set(best) - before
        if hit and via_best and (new or not found_plain):
            top = max(r.weight for r in via_best.values())
            self._add(
                best, InjectionReason(f"obfuscation.{name}", "obfuscation", round(min(0.5, top), 3), name)
            )

    @staticmethod
    def _add(best: dict[str, InjectionReason], reason: InjectionReason) -> None:
        current = best.get(reason.rule)
        if current is None or current.weight < reason.weight:
            best[reason.rule] = reason

    def _match(self, text: str, via: str, best: dict[str, InjectionReason], glued: bool) -> bool:
        """Adds to ``best`` every rule (built-in, then custom) that fires on ``text``."""
        lower = text.lower()
        allowed = [m.span() for p in self.allow for m in p.finditer(text)] if self.allow else []
        quoted = _QuotedSpans(text)
        hit = False
        for index in candidates(lower):
            compiled = COMPILED[index]
            rule = compiled.rule
            weight, weight_quoted = self._rule_weight(compiled, text, glued, allowed, quoted)
            if weight > 0.0:
                hit = True
                self._add(best, InjectionReason(rule.id, rule.family, round(weight, 3), via, weight_quoted))
        return self._match_custom(text, via, best, allowed) or hit

    def _rule_weight(
        self,
        compiled: CompiledRule,
        text: str,
        glued: bool,
        allowed: list[tuple[int, int]],
        quoted: _QuotedSpans,
    ) -> tuple[float, bool]:
        """The strongest weight of one rule's matches (a quoted match counts for less), and
        whether that match was quoted."""
        rule = compiled.rule
        pattern = compiled.glued if glued and compiled.glued is not None else compiled.plain
        weight = 0.0
        weight_quoted = False
        for match in pattern.finditer(text):
            span = match.span()
            if not _match_counts(rule, text, match, allowed):
                continue
            w = rule.weight
            in_quotes = False
            if self.damp_quoted and _quoted_or_reported(text, span, quoted):
                w *= QUOTE_DAMPING
                in_quotes = True
            if w > weight:
                weight, weight_quoted = w, in_quotes
            if weight >= rule.weight:
                break
        return weight, weight_quoted

    def _match_custom(
        self, text: str, via: str, best: dict[str, InjectionReason], allowed: list[tuple[int, int]]
    ) -> bool:
        hit = False
        for pattern, weight, rule_id in self.custom:
            for match in pattern.finditer(text):
                if _overlaps_any(match.span(), allowed):
                    continue
                hit = True
                self._add(best, InjectionReason(rule_id, "custom", weight, via))
                break
        return hit


class _QuotedSpans:
    """Where ``text`` quotes something, found on first use (most texts never need it): the
    quotations of a text about injection, else string literals in code and logs."""

    __slots__ = ("_spans", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: list[tuple[int, int]] | None = None

    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            text = self.text
            self._spans = (
                [m.span() for m in QUOTED.finditer(text)] if DISCUSSION.search(text) else literal_spans(text)
            )
        return self._spans


def _overlaps_any(span: tuple[int, int], allowed: list[tuple[int, int]]) -> bool:
    return bool(allowed) and any(a < span[1] and span[0] < b for a, b in allowed)


def _match_counts(rule: Rule, text: str, match: re.Match[str], allowed: list[tuple[int, int]]) -> bool:
    """A match counts unless the allow-list covers it or the rule's own conditions reject it."""
    start = match.start()
    if _overlaps_any(match.span(), allowed):
        return False
    if rule.check is not None and not rule.check(text, start):
        return False
    if rule.single and CROSS_SENTENCE.search(match.group(0)):
        return False
    return not (rule.group.startswith("override") and not override_applies(text, start))


def _quoted_or_reported(text: str, span: tuple[int, int], quoted: _QuotedSpans) -> bool:
    """The match sits inside a quotation (or a quotation of 12+ characters ends in it), or in
    reported speech ("he told the bot to ...")."""
    spans = quoted.spans()
    inside = bool(spans) and any(a < span[1] <= b and (a <= span[0] or span[1] - a >= 12) for a, b in spans)
    return inside or reported(text, span[0])


_RULES_ONLY_SCORER = _Scorer((), (), True, learned=False)
_LEARNED_SCORER = _Scorer((), (), True, learned=True)


def _model_forms(text: str) -> list[tuple[str, str]]:
    """The forms of ``text`` the learned model reads (for the training script)."""
    forms: list[tuple[str, str]] = []
    _RULES_ONLY_SCORER._scan(normalize(text), "plain", {}, depth=0, forms=forms)
    return forms


def score(text: str, role: str = "user", *, learned: bool = True) -> InjectionScore:
    """Scores one text with the built-in rules, for use outside a call pipeline; ``role`` is who
    says it (``"user"`` or ``"tool"``): addressing the AI is normal from a user, not from a tool.
    ``learned=False`` leaves out the shipped n-gram model (see :class:`InjectionGuard`)."""
    return (_LEARNED_SCORER if learned else _RULES_ONLY_SCORER).score(text, role)


# --------------------------------------------------------------------------------------------
# The hook
# --------------------------------------------------------------------------------------------


class InjectionGuard(Hook):
    """Blocks (or flags) a call whose user or tool text reads like an injection or jailbreak.

    ``allow`` entries suppress any rule hit they overlap: a literal (matched case-insensitively)
    or a compiled pattern; to exempt a whole message, give a pattern that matches all of it.
    ``patterns`` add rules: ``(pattern, weight, rule_id)``, combined with the built-in ones.
    ``damp_quoted`` counts a hit for less when it sits inside quotes in a text that is plainly
    *about* injection, so that security write-ups can quote an attack without being blocked.
    By default the rules' verdict is joined with a small shipped linear model (hashed n-grams,
    see ``_injection_model``) that catches paraphrases no rule names: a learned combiner weighs the
    two, and knows that a quoted attack in a write-up or a user merely addressing the assistant is
    not an attack. On an independent held-out set (written by someone who never saw the guard or
    its data, measured once) that reaches F1 0.93 at a 2.3% false-positive rate, against F1 0.74 at
    8.5% for the rules alone (README, "Measured"). ``learned=False`` keeps the rules only: no model
    file is read, and every score is explained by the rules that fired.

    A chat is re-sent whole each turn, so the guard remembers the scores of the last
    ``cache_size`` texts it scanned (per role; bounded in characters too): an earlier turn, a
    repeated tool result or document is scored once, not once per call. A score depends only on the
    text, the role and this guard's settings, so a remembered score is the one scoring would give.
    ``cache_size=0`` scores every text every time.
    """

    name = "injection_guard"

    def __init__(
        self,
        threshold: float = 0.5,
        action: Action = "block",
        roles: Iterable[str] = ("user", "tool"),
        allow: Iterable[PatternLike] = (),
        patterns: Iterable[tuple[PatternLike, float, str]] = (),
        *,
        last_n: int | None = None,
        damp_quoted: bool = True,
        learned: bool = True,
        on_finding: Callable[[dict[str, Any]], None] | None = None,
        cache_size: int = 1024,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        if action not in ("block", "flag"):
            raise ValueError("action must be 'block' or 'flag'")
        if last_n is not None and last_n < 1:
            raise ValueError("last_n must be a positive number of messages")
        if not isinstance(cache_size, int) or cache_size < 0:
            raise ValueError("cache_size must be a number of texts >= 0")
        self.threshold = threshold
        self.action: Action = action
        self.roles = frozenset(roles)
        self.last_n = last_n
        self.on_finding = on_finding
        custom = []
        for pattern, weight, rule_id in patterns:
            if not 0.0 <= weight <= 1.0:
                raise ValueError(f"weight of custom rule {rule_id!r} must be in [0, 1]")
            custom.append((_as_pattern(pattern), float(weight), str(rule_id)))
        self._scorer = _Scorer(
            tuple(custom), tuple(_as_pattern(a) for a in allow), damp_quoted, learned=learned
        )
        # keyed by (text, role) only: everything else a score depends on is fixed in _scorer
        self._scores: ScoreCache[InjectionScore] = ScoreCache(cache_size)

    def __repr__(self) -> str:
        return f"InjectionGuard(threshold={self.threshold}, action={self.action!r})"

    def score(self, text: str, role: str = "user") -> InjectionScore:
        """Scores one text with this guard's allow-list and custom rules, as said by ``role``."""
        return self._scorer.score(text, role)

    def _remembered_score(self, text: str, role: str) -> InjectionScore:
        """The score of ``text`` from the cache, else scored and remembered. Callers only read
        it (its reasons list is shared by every hit)."""
        result = self._scores.get(text, role)
        if result is None:
            result = self._scorer.score(text, role)
            self._scores.put(text, role, result)
        return result

    def inspect(self, messages: Sequence[Message]) -> list[dict[str, Any]]:
        """Findings for the messages over the threshold, without raising; never mutates them."""
        start = max(0, len(messages) - self.last_n) if self.last_n is not None else 0
        findings: list[dict[str, Any]] = []
        for index in range(start, len(messages)):
            message = messages[index]
            if message.role not in self.roles:
                continue
            for part, text in _texts(message):
                if not text:
                    continue
                result = self._remembered_score(text, message.role)
                if result.score >= self.threshold:
                    finding: dict[str, Any] = {
                        "type": "prompt_injection",
                        "hook": self.name,
                        "role": message.role,
                        "message_index": index,
                        "score": result.score,
                        "rules": result.rules[:8],
                    }
                    if part is not None:
                        finding["part_index"] = part
                    findings.append(finding)
        return findings

    def before_request(self, ctx: CallContext) -> None:
        messages = getattr(ctx.request, "messages", None)
        if not messages:
            return  # only chat calls carry roles to guard
        findings = self.inspect(messages)
        if not findings:
            return
        if self.action == "flag":
            for finding in findings:
                ctx.annotations.setdefault("findings", []).append(finding)
                if self.on_finding is not None:
                    self.on_finding(finding)
            return
        first = findings[0]
        raise SecurityViolation(
            f"possible prompt injection in {first['role']} message {first['message_index']} "
            f"(score {first['score']:.2f}: {', '.join(first['rules'][:3])})",
            provider=ctx.provider,
            model=ctx.model_id,
            details={"reasons": findings, "threshold": self.threshold},
        )


def _texts(message: Message) -> list[tuple[int | None, str]]:
    content = message.content
    if content is None:
        return []
    if isinstance(content, str):
        return [(None, content)]
    return [(i, part.text) for i, part in enumerate(content) if isinstance(part, TextPart)]
