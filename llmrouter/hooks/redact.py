"""Reversible PII and secret redaction as a hook.

The model never needs a customer's e-mail address or an API key to answer about it, so
:class:`Redactor` swaps them for placeholders (``<EMAIL_1>``) in everything the request carries
and puts the real values back into the reply, streamed or not. Detection is validator-backed (see
:mod:`llmrouter.hooks.pii`). ``Redactor(personal=True)`` also finds person names, street
addresses and dates of birth with rules and a shipped name list (no download, no model); heavier
NER detectors come in through the same :class:`Detector` protocol: :class:`PresidioDetector`,
:class:`SpacyDetector`, :class:`GlinerDetector`, each only when its package and model are present.

Entity types: ``EMAIL``, ``PHONE``, ``CREDIT_CARD``, ``IBAN``, ``US_SSN``, ``IP_ADDRESS``; with
``personal=True`` also ``PERSON``, ``ADDRESS`` (street, number, flat, postcode and town) and
``DATE_OF_BIRTH`` (a date the text says is a birth date: the date alone); published test card
numbers and documentation-range IPs (192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32) are
left alone, unless the writer calls the card theirs (``my card is ...``); and the
secrets ``API_KEY`` (OpenAI, Anthropic, GitHub, GitLab, Slack, Google, Stripe, SendGrid, Twilio,
npm, PyPI, Hugging Face, Discord, Docker Hub, Mailgun, Telegram bots, ...), ``AWS_ACCESS_KEY``,
``JWT``, ``PRIVATE_KEY`` (PEM blocks), ``PASSWORD`` (``password=``, ``pwd=``, ``pw:``, URL userinfo,
``<password>``, ``--password x``, ``mysql -px``, ``curl -u user:x``, ``sshpass -p x``,
``requirepass x``, ``.netrc``, ``password is x`` / ``password for the VPN is x`` and the same in
other languages (``Passwort lautet x``, ``senha: x``, ``wachtwoord: x``, ...),
``Authorization: Basic``) and ``SECRET`` (high-entropy ``token=``/``key=``/``secret=`` values,
bearer tokens, Slack/Discord webhook paths, Azure SAS ``sig=``). IP spans are the address alone: no port, brackets or CIDR
``/prefix`` (``10.0.0.0/8`` redacts to ``<IP_ADDRESS_1>/8``); phone spans include an extension. In ``modes`` and
``entities`` the name ``SECRET`` also stands for every secret type, so ``{"SECRET": "block"}``
blocks them all while ``{"SECRET": "block", "JWT": "mask"}`` still masks JWTs.

Modes: ``mask`` -> ``[EMAIL]``; ``placeholder`` -> ``<EMAIL_1>``, the same value the same
placeholder within a call; ``hash`` -> ``<EMAIL_3f2a9c1b>`` (HMAC-SHA256 with the redactor's salt,
stable across calls, for logs that must correlate without seeing values); ``block`` ->
:class:`~llmrouter.errors.SecurityViolation` naming the entity types, never the values.
Placeholders and hashes are restored in the reply while ``restore`` is on.

Thinking blocks are sent back verbatim: vendors sign them and reject edited ones.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ..errors import SecurityViolation
from ..request import ChatRequest, Request
from ..types import (
    ChatCompletion,
    ChatCompletionChunk,
    Message,
    TextPart,
    ToolCallDelta,
    ToolCallFunctionDelta,
)
from ._pii_patterns import (
    ALL_TYPES,
    SECRET_TYPES,
    BuiltinDetector,
    Detector,
    Finding,
    resolve_overlaps,
)
from .base import CallContext
from .pii.plugins import DetectorUnavailable, GlinerDetector, PresidioDetector, SpacyDetector

__all__ = [
    "ALL_TYPES",
    "SECRET_TYPES",
    "BuiltinDetector",
    "Detector",
    "DetectorUnavailable",
    "Finding",
    "GlinerDetector",
    "Mode",
    "PresidioDetector",
    "Redactor",
    "SpacyDetector",
    "redact_text",
    "restore_text",
]

Mode = Literal["mask", "placeholder", "hash", "block"]
_MODES = frozenset({"mask", "placeholder", "hash", "block"})

# Anything a placeholder or hash token can look like; user text that already holds one is left
# alone (its number is skipped), so a round trip is exact.
_TOKEN = re.compile(r"<[A-Z][A-Z0-9_]*_(?:\d{1,6}|[0-9a-f]{8})>")
_MAX_TOKEN = 48


def restore_text(text: str, mapping: Mapping[str, str], *, json_escape: bool = False) -> str:
    """Puts values back for the tokens in ``mapping``; unknown tokens stay as they are.

    ``json_escape`` is for tool-call arguments, where a value lands inside a JSON string and a
    quote in it would otherwise break the JSON.
    """
    if not mapping or "<" not in text:
        return text

    def swap(m: re.Match[str]) -> str:
        value = mapping.get(m.group(0))
        if value is None:
            return m.group(0)
        return json.dumps(value, ensure_ascii=False)[1:-1] if json_escape else value

    return _TOKEN.sub(swap, text)


@dataclass
class _CallState:
    """Per-call memory: which value got which token, and what each stream is holding back."""

    mapping: dict[str, str] = field(default_factory=dict)
    tokens: dict[tuple[str, str], str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)
    pending: dict[tuple[int, str, int], str] = field(default_factory=dict)


class Redactor:
    """The redaction hook. One instance may serve many concurrent calls: everything per call
    lives in ``ctx.state[self]``."""

    name = "redact"

    def __init__(
        self,
        modes: Mapping[str, str] | None = None,
        default_mode: str = "placeholder",
        restore: bool = True,
        detectors: Sequence[Detector] | None = None,
        entities: Iterable[str] | None = None,
        salt: bytes | None = None,
        *,
        builtin: bool = True,
        personal: bool = False,
    ) -> None:
        for mode in [default_mode, *(modes or {}).values()]:
            if mode not in _MODES:
                raise ValueError(f"unknown redaction mode {mode!r}; use one of {sorted(_MODES)}")
        self.modes = dict(modes or {})
        self.default_mode = default_mode
        self.restore = restore
        wanted: set[str] | None = None
        if entities is not None:
            wanted = set()
            for name in entities:
                wanted.update(SECRET_TYPES if name == "SECRET" else {name})
        self.entities = frozenset(wanted) if wanted is not None else None
        self._detectors: list[Detector] = [BuiltinDetector(personal=personal)] if builtin else []
        self._detectors.extend(detectors or ())
        self._salt = salt if salt is not None else os.urandom(16)

    def __repr__(self) -> str:
        return f"Redactor(default_mode={self.default_mode!r}, restore={self.restore!r})"

    # -- detection -----------------------------------------------------------------------

    def scan(self, text: str) -> list[Finding]:
        """All findings in ``text``, overlaps resolved, restricted to ``entities``."""
        detectors = self._detectors
        if len(detectors) == 1:
            found = detectors[0].detect(text)
        else:
            found = []
            for detector in detectors:
                found.extend(detector.detect(text))
        if self.entities is not None:
            found = [f for f in found if f.entity_type in self.entities]
        return resolve_overlaps(found) if len(self._detectors) > 1 else found

    def mode_for(self, entity_type: str) -> str:
        mode = self.modes.get(entity_type)
        if mode is None and entity_type in SECRET_TYPES:
            mode = self.modes.get("SECRET")
        return mode or self.default_mode

    # -- rewriting -----------------------------------------------------------------------

    def _token(self, state: _CallState, entity_type: str, value: str, mode: str) -> str:
        key = (entity_type, value) if mode == "placeholder" else (entity_type + "#", value)
        token = state.tokens.get(key)
        if token is not None:
            return token
        if mode == "hash":
            digest = hmac.new(self._salt, f"{entity_type}\0{value}".encode(), hashlib.sha256)
            token = f"<{entity_type}_{digest.hexdigest()[:8]}>"
        else:
            n = state.counters.get(entity_type, 0)
            while True:
                n += 1
                token = f"<{entity_type}_{n}>"
                if token not in state.taken:
                    break
            state.counters[entity_type] = n
        state.tokens[key] = token
        state.mapping[token] = value
        return token

    def _apply(self, text: str, findings: list[Finding], state: _CallState, counts: dict[str, int]) -> str:
        if not findings:
            return text
        parts: list[str] = []
        pos = 0
        modes: dict[str, str] = {}
        for f in findings:
            mode = modes.get(f.entity_type)
            if mode is None:
                mode = modes[f.entity_type] = self.mode_for(f.entity_type)
            value = text[f.start : f.end]
            if mode == "mask":
                rep = f"[{f.entity_type}]"
            else:
                rep = self._token(state, f.entity_type, value, mode)
            parts.append(text[pos : f.start])
            parts.append(rep)
            pos = f.end
            counts[f.entity_type] = counts.get(f.entity_type, 0) + 1
        parts.append(text[pos:])
        return "".join(parts)

    def redact(self, text: str, state: _CallState | None = None) -> tuple[str, dict[str, str]]:
        """``text`` with every finding replaced, and the token -> value mapping to restore it.

        Raises :class:`SecurityViolation` when a finding's mode is ``block``.
        """
        state = state if state is not None else _CallState()
        if "<" in text:
            state.taken.update(_TOKEN.findall(text))
        findings = self.scan(text)
        self._check_block([findings])
        out = self._apply(text, findings, state, {})
        return out, dict(state.mapping)

    def _check_block(self, all_findings: Iterable[list[Finding]], ctx: CallContext | None = None) -> None:
        counts: dict[str, int] = {}
        blocked: set[str] = set()
        for findings in all_findings:
            for f in findings:
                counts[f.entity_type] = counts.get(f.entity_type, 0) + 1
                if self.mode_for(f.entity_type) == "block":
                    blocked.add(f.entity_type)
        if blocked:
            if ctx is not None:
                _count(ctx, counts)
            kinds = sorted(blocked)
            raise SecurityViolation(
                f"request blocked by redaction policy: found {', '.join(kinds)}",
                details={"entities": kinds, "counts": {k: counts[k] for k in kinds}},
            )

    # -- hook: request side --------------------------------------------------------------

    def before_request(self, ctx: CallContext) -> None:
        cache: dict[str, list[Finding]] = {}
        taken: set[str] = set()

        def collect(text: str) -> str:
            if text not in cache:
                cache[text] = self.scan(text)
                if "<" in text:
                    taken.update(_TOKEN.findall(text))
            return text

        _map_request(ctx.request, collect, write=False)
        if not any(cache.values()):
            return
        self._check_block(cache.values(), ctx)
        state = ctx.state.get(self)
        if not isinstance(state, _CallState):
            state = ctx.state[self] = _CallState()
        state.taken |= taken
        counts: dict[str, int] = {}

        def rewrite(text: str) -> str:
            return self._apply(text, cache.get(text) or [], state, counts)

        _map_request(ctx.request, rewrite)
        _count(ctx, counts)

    # -- hook: reply side ----------------------------------------------------------------

    def _mapping(self, ctx: CallContext) -> dict[str, str] | None:
        if not self.restore:
            return None
        state = ctx.state.get(self)
        if not isinstance(state, _CallState) or not state.mapping:
            return None
        return state.mapping

    def after_response(self, ctx: CallContext) -> None:
        mapping = self._mapping(ctx)
        response = ctx.response
        if mapping is None or not isinstance(response, ChatCompletion):
            return
        _restore_completion(response, mapping)

    def on_chunk(self, ctx: CallContext, chunk: ChatCompletionChunk) -> ChatCompletionChunk | None:
        mapping = self._mapping(ctx)
        if mapping is None:
            return None
        state: _CallState = ctx.state[self]
        for choice in chunk.choices:
            delta = choice.delta
            idx = choice.index
            final = choice.finish_reason is not None
            if delta.content is not None or (final and (idx, "content", 0) in state.pending):
                delta.content = self._feed(state, (idx, "content", 0), delta.content or "", final)
            if delta.reasoning_content is not None or (final and (idx, "reasoning", 0) in state.pending):
                delta.reasoning_content = self._feed(
                    state, (idx, "reasoning", 0), delta.reasoning_content or "", final
                )
            if delta.refusal is not None:
                delta.refusal = restore_text(delta.refusal, mapping)
            seen: set[int] = set()
            for tc in delta.tool_calls or ():
                seen.add(tc.index)
                key = (idx, "tool", tc.index)
                if tc.function is not None and tc.function.arguments is not None:
                    tc.function.arguments = self._feed(state, key, tc.function.arguments, final)
                elif final and key in state.pending:
                    tc.function = ToolCallFunctionDelta(
                        arguments=restore_text(state.pending.pop(key), mapping, json_escape=True)
                    )
            if final:
                left = [k for k in state.pending if k[0] == idx and k[1] == "tool" and k[2] not in seen]
                for key in sorted(left):
                    rest = restore_text(state.pending.pop(key), mapping, json_escape=True)
                    if delta.tool_calls is None:
                        delta.tool_calls = []
                    delta.tool_calls.append(
                        ToolCallDelta(index=key[2], function=ToolCallFunctionDelta(arguments=rest))
                    )
        return None

    def _feed(self, state: _CallState, key: tuple[int, str, int], piece: str, final: bool) -> str:
        """Restores what can be restored and holds back only a trailing partial token."""
        text = state.pending.pop(key, "") + piece
        escape = key[1] == "tool"
        if not final:
            cut = text.rfind("<")
            if cut != -1 and len(text) - cut < _MAX_TOKEN:
                tail = text[cut:]
                if ">" not in tail and any(t.startswith(tail) for t in state.mapping):
                    state.pending[key] = tail
                    text = text[:cut]
        return restore_text(text, state.mapping, json_escape=escape)

    def on_stream_end(self, ctx: CallContext) -> None:
        state = ctx.state.get(self)
        if isinstance(state, _CallState):
            state.pending.clear()


def _count(ctx: CallContext, counts: Mapping[str, int]) -> None:
    """Publishes counts by entity type, never values, for logs and other hooks."""
    published = ctx.annotations.setdefault("redactions", {})
    for kind, n in counts.items():
        published[kind] = published.get(kind, 0) + n


def _map_request(request: Request, fn: Callable[[str], str], *, write: bool = True) -> None:
    """Applies ``fn`` to every piece of caller text the request sends, in place: chat messages
    (strings, text parts, tool arguments and results) or the request's declared text fields
    (an embedding input, an image prompt, ...)."""
    if isinstance(request, ChatRequest):
        mapped = [_map_message(m, fn) for m in request.messages]
        if write:
            request.messages = mapped
        return
    for name in request.text_fields:
        value = getattr(request, name)
        if isinstance(value, str):
            value = fn(value)
        elif isinstance(value, list):
            value = [fn(item) if isinstance(item, str) else item for item in value]
        if write:
            setattr(request, name, value)


def _restore_completion(response: ChatCompletion, mapping: Mapping[str, str]) -> None:
    for choice in response.choices:
        msg = choice.message
        if msg.content:
            msg.content = restore_text(msg.content, mapping)
        if msg.reasoning_content:
            msg.reasoning_content = restore_text(msg.reasoning_content, mapping)
        if msg.refusal:
            msg.refusal = restore_text(msg.refusal, mapping)
        for tc in msg.tool_calls or ():
            if tc.function.arguments:
                tc.function.arguments = restore_text(tc.function.arguments, mapping, json_escape=True)


# --------------------------------------------------------------------------------------------
# Walking a message: every place text travels, rebuilt only where something changed
# --------------------------------------------------------------------------------------------


def _map_json(arguments: str, fn: Callable[[str], str]) -> str:
    """Rewrites the string values inside tool-call arguments, so the JSON stays valid."""
    try:
        data = json.loads(arguments)
    except ValueError:
        return fn(arguments)
    changed = False

    def walk(node: Any) -> Any:
        nonlocal changed
        if isinstance(node, str):
            new = fn(node)
            if new is not node and new != node:
                changed = True
            return new
        if isinstance(node, list):
            return [walk(item) for item in node]
        if isinstance(node, dict):
            return {key: walk(value) for key, value in node.items()}
        return node

    result = walk(data)
    return json.dumps(result, ensure_ascii=False) if changed else arguments


def _map_message(message: Message, fn: Callable[[str], str]) -> Message:
    update: dict[str, Any] = {}
    content = message.content
    if isinstance(content, str):
        new = fn(content)
        if new != content:
            update["content"] = new
    elif isinstance(content, list):
        parts: list[Any] = []
        part_changed = False
        for part in content:
            if isinstance(part, TextPart):
                new = fn(part.text)
                if new != part.text:
                    part = part.model_copy(update={"text": new})
                    part_changed = True
            parts.append(part)
        if part_changed:
            update["content"] = parts
    if message.reasoning_content:
        new = fn(message.reasoning_content)
        if new != message.reasoning_content:
            update["reasoning_content"] = new
    if message.tool_calls:
        calls = []
        calls_changed = False
        for call in message.tool_calls:
            args = _map_json(call.function.arguments, fn) if call.function.arguments else ""
            if args != call.function.arguments:
                function = call.function.model_copy(update={"arguments": args})
                call = call.model_copy(update={"function": function})
                calls_changed = True
            calls.append(call)
        if calls_changed:
            update["tool_calls"] = calls
    return message.model_copy(update=update) if update else message


_DEFAULT: Redactor | None = None


def redact_text(text: str, redactor: Redactor | None = None) -> tuple[str, dict[str, str]]:
    """Pure helper: ``text`` with placeholders, and the mapping :func:`restore_text` takes."""
    global _DEFAULT
    if redactor is None:
        if _DEFAULT is None:
            _DEFAULT = Redactor()
        redactor = _DEFAULT
    return redactor.redact(text)
