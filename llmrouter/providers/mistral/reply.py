"""Mistral replies to our types: one translator for streamed chunks and whole replies.

* Reasoning models answer with ``content`` as a list of chunks: ``{"type": "thinking", "thinking":
  [{"type": "text", "text": ...}], "signature"?: ...}`` and ``{"type": "text", "text": ...}``. The
  thinking text becomes ``reasoning_content`` and a ``ThinkingBlock`` (signature kept).
* Streams put ``usage`` on the chunk that carries ``finish_reason`` and may send whole tool calls
  (without ``index``) in one chunk; cached prompt tokens come as
  ``usage.prompt_tokens_details.cached_tokens`` or ``usage.num_cached_tokens``.

:class:`_Translator` turns Mistral chunks into our chunks; a non-streamed reply is fed through it
as a single chunk and assembled by :class:`~llmrouter.streaming.StreamAssembler`, so both paths
mean the same thing by construction. Its input is the JSON the vendor sent (dicts, as the provider
parses it from the body) or the SDK's models for the same JSON: :func:`_get` reads either.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from ...errors import ProviderError
from ...streaming import StreamAssembler
from ...types import (
    ChatCompletion,
    ChatCompletionChunk,
    ChunkChoice,
    Delta,
    Embedding,
    EmbeddingResponse,
    EmbeddingUsage,
    FinishReason,
    ThinkingBlock,
    ToolCallDelta,
    ToolCallFunctionDelta,
    Usage,
)

__all__ = ["completion_from_reply", "embedding_from_reply"]

_FINISH_REASONS: dict[str, FinishReason] = {
    "stop": "stop",
    "length": "length",
    "model_length": "length",
    "tool_calls": "tool_calls",
    "content_filter": "content_filter",
}


def _get(obj: Any, name: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def _given(obj: Any, name: str) -> bool:
    """Whether the vendor actually sent ``name`` (SDK models fill defaults for absent fields)."""
    if isinstance(obj, dict):
        return name in obj
    fields = getattr(obj, "model_fields_set", None)
    return name in fields if fields is not None else _get(obj, name) is not None


def _finish_reason(value: Any, has_tool_calls: bool) -> FinishReason | None:
    """Mistral's finish reason in OpenAI terms; ``error`` (a failed generation) raises."""
    if value is None:
        return None
    value = str(value)
    if value == "error":
        raise ProviderError(
            "Mistral ended the generation with finish_reason 'error'", code="generation_error"
        )
    mapped = _FINISH_REASONS.get(value, "stop")
    return "tool_calls" if has_tool_calls and mapped == "stop" else mapped


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _usage(usage: Any) -> Usage | None:
    """Mistral usage -> OpenAI semantics. ``prompt_tokens`` already includes cached tokens."""
    if usage is None or not any(
        _given(usage, f) for f in ("prompt_tokens", "completion_tokens", "total_tokens")
    ):
        return None
    extra: dict[str, Any] = (
        dict(getattr(usage, "model_extra", None) or {}) if not isinstance(usage, dict) else usage
    )
    prompt = _int(_get(usage, "prompt_tokens")) or 0
    completion = _int(_get(usage, "completion_tokens"))
    if completion is None or not _given(usage, "completion_tokens"):
        total = _int(_get(usage, "total_tokens"))
        completion = max(total - prompt, 0) if total is not None else 0
    cached = _int(_get(extra.get("prompt_tokens_details"), "cached_tokens"))
    if cached is None:
        cached = _int(extra.get("num_cached_tokens"))
    reasoning = _int(_get(extra.get("completion_tokens_details"), "reasoning_tokens"))
    return Usage.of(prompt, completion, cached_tokens=cached, reasoning_tokens=reasoning)


def _arguments(value: Any) -> str:
    """Tool-call arguments as a JSON string (Mistral sends a string or, at times, an object)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _call_id(vendor_id: Any, name: str, arguments: str, position: int) -> str:
    if isinstance(vendor_id, str) and vendor_id and vendor_id != "null":
        return vendor_id
    digest = hashlib.sha256(f"{name}\x00{arguments}\x00{position}".encode()).hexdigest()[:24]
    return f"call_{digest}"


def _pieces(content: Any) -> Iterator[tuple[str, str, str | None]]:
    """(kind, text, signature) for each piece of a message or delta ``content``."""
    if content is None:
        return
    if isinstance(content, str):
        yield "text", content, None
        return
    if not isinstance(content, list):
        return
    for chunk in content:
        kind = _get(chunk, "type")
        if kind == "text":
            yield "text", str(_get(chunk, "text") or ""), None
        elif kind == "thinking":
            inner = _get(chunk, "thinking")
            if isinstance(inner, str):
                text = inner
            else:
                text = "".join(
                    str(_get(part, "text") or "") for part in inner or () if _get(part, "type") == "text"
                )
            signature = _get(chunk, "signature")
            yield "thinking", text, signature if isinstance(signature, str) and signature else None


@dataclass
class _ChoiceState:
    started: bool = False
    finished: bool = False
    thinking: list[str] = field(default_factory=list)
    thinking_open: bool = False
    signature: str | None = None
    calls: int = 0
    by_id: dict[str, int] = field(default_factory=dict)
    by_index: dict[int, int] = field(default_factory=dict)
    last_call: int | None = None

    def close_thinking(self) -> list[ThinkingBlock] | None:
        if not self.thinking_open:
            return None
        block = ThinkingBlock(type="thinking", thinking="".join(self.thinking), signature=self.signature)
        self.thinking, self.thinking_open, self.signature = [], False, None
        return [block]


class _Translator:
    """Mistral chunks (streamed, or a whole reply seen as one chunk) -> our chunk contract."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.id = ""
        self.created = 0
        self.usage: Usage | None = None
        self.states: dict[int, _ChoiceState] = {}

    def feed(self, chunk: Any, *, message_field: str = "delta") -> list[ChatCompletionChunk]:
        if not self.id:
            chunk_id = _get(chunk, "id")
            self.id = str(chunk_id) if chunk_id else f"chatcmpl-mistral-{int(time.time())}"
            self.created = _int(_get(chunk, "created")) or int(time.time())
            self.model = str(_get(chunk, "model") or self.model)
        usage = _usage(_get(chunk, "usage"))
        if usage is not None:
            self.usage = usage
        choices = []
        for vendor_choice in _get(chunk, "choices") or ():
            index = _int(_get(vendor_choice, "index")) or 0
            choice = self._choice(
                index, _get(vendor_choice, message_field), _get(vendor_choice, "finish_reason")
            )
            if choice is not None:
                choices.append(choice)
        return [self._chunk(choices)] if choices else []

    def unfinished(self) -> str | None:
        """Why a stream ending here is incomplete (every choice ends with a ``finish_reason``
        before Mistral's ``[DONE]``), or ``None``."""
        if not self.states:
            return "no chunk at all"
        missing = sorted(index for index, state in self.states.items() if not state.finished)
        return f"no finish_reason for choice(s) {missing}" if missing else None

    def end(self) -> list[ChatCompletionChunk]:
        """Closes choices the vendor left open, then the usage chunk when usage was reported."""
        if not self.states:
            self.states[0] = _ChoiceState()
        out = []
        closing = [
            self._choice(index, None, "tool_calls" if state.calls else "stop")
            for index, state in sorted(self.states.items())
            if not state.finished
        ]
        if closing:
            out.append(self._chunk([c for c in closing if c is not None]))
        if self.usage is not None:
            out.append(
                ChatCompletionChunk(
                    id=self.id, created=self.created, model=self.model, choices=[], usage=self.usage
                )
            )
        return out

    def _chunk(self, choices: list[ChunkChoice]) -> ChatCompletionChunk:
        if not self.id:
            self.id, self.created = f"chatcmpl-mistral-{int(time.time())}", int(time.time())
        return ChatCompletionChunk(id=self.id, created=self.created, model=self.model, choices=choices)

    def _choice(self, index: int, delta: Any, finish_reason: Any) -> ChunkChoice | None:
        state = self.states.get(index)
        if state is None:
            state = self.states[index] = _ChoiceState()
        if state.finished:
            return None
        role: Literal["assistant"] | None = None
        if not state.started:
            state.started = True
            role = "assistant"
        blocks: list[ThinkingBlock] = []
        texts: list[str] = []
        reasoning: list[str] = []
        for kind, text, signature in _pieces(_get(delta, "content")):
            if kind == "thinking":
                state.thinking_open = True
                if text:
                    state.thinking.append(text)
                    reasoning.append(text)
                if signature:
                    state.signature = signature
            elif text:
                blocks.extend(state.close_thinking() or ())
                texts.append(text)
        calls = self._tool_calls(state, _get(delta, "tool_calls") or ())
        if calls:
            blocks.extend(state.close_thinking() or ())
        finish = _finish_reason(finish_reason, state.calls > 0)
        if finish is not None:
            blocks.extend(state.close_thinking() or ())
            state.finished = True
        if finish is None and not (role or texts or reasoning or calls or blocks):
            return None  # nothing to say: no chunk (checked before building any model)
        out = Delta(
            role=role,
            content="".join(texts) or None,
            reasoning_content="".join(reasoning) or None,
            tool_calls=calls or None,
            thinking_blocks=blocks or None,
        )
        return ChunkChoice(index=index, delta=out, finish_reason=finish)

    @staticmethod
    def _tool_calls(state: _ChoiceState, calls: Iterable[Any]) -> list[ToolCallDelta]:
        out: list[ToolCallDelta] = []
        for call in calls:
            function = _get(call, "function")
            name = str(_get(function, "name") or "")
            arguments = _arguments(_get(function, "arguments"))
            vendor_id = _get(call, "id")
            vendor_id = vendor_id if isinstance(vendor_id, str) and vendor_id not in ("", "null") else None
            vendor_index = _int(_get(call, "index")) if _given(call, "index") else None
            known = state.by_id.get(vendor_id) if vendor_id else None
            if known is None and (vendor_id is not None or name or state.last_call is None):
                slot = state.calls
                state.calls += 1
                call_id = _call_id(vendor_id, name, arguments, slot)
                state.by_id[call_id] = slot
                if vendor_index is not None:
                    state.by_index[vendor_index] = slot
                state.last_call = slot
                out.append(
                    ToolCallDelta(
                        index=slot,
                        id=call_id,
                        type="function",
                        function=ToolCallFunctionDelta(name=name, arguments=""),
                    )
                )
            else:
                if known is not None:
                    slot = known
                elif vendor_index is not None and vendor_index in state.by_index:
                    slot = state.by_index[vendor_index]
                else:
                    slot = state.last_call if state.last_call is not None else 0
            if arguments:
                out.append(ToolCallDelta(index=slot, function=ToolCallFunctionDelta(arguments=arguments)))
        return out


def completion_from_reply(reply: Any, model: str) -> ChatCompletion:
    """A non-streamed reply, through the same translator and the one assembler."""
    translator = _Translator(model)
    assembler = StreamAssembler()
    for chunk in translator.feed(reply, message_field="message") + translator.end():
        assembler.add(chunk)
    return assembler.result()


def embedding_from_reply(reply: Any, model: str) -> EmbeddingResponse:
    data = [
        Embedding(index=_int(_get(item, "index")) or position, embedding=list(_get(item, "embedding") or ()))
        for position, item in enumerate(_get(reply, "data") or ())
    ]
    usage = _usage(_get(reply, "usage"))
    return EmbeddingResponse(
        data=data,
        model=str(_get(reply, "model") or model),
        usage=EmbeddingUsage(prompt_tokens=usage.prompt_tokens, total_tokens=usage.prompt_tokens)
        if usage is not None
        else None,
    )
