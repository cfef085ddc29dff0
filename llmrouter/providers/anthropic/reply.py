"""The one translator of Anthropic replies: stream events (as dicts) in, ``chat.completion.chunk``
objects out. A non-streamed reply is first turned into the events that would have carried it,
so both kinds of call go through :class:`EventTranslator` and cannot disagree. Pure.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ...errors import invalid_response, stream_incomplete
from ...streaming import StreamAssembler
from ...types import (
    ChatCompletion,
    ChatCompletionChunk,
    ChunkChoice,
    Delta,
    FinishReason,
    ThinkingBlock,
    ToolCallDelta,
    ToolCallFunctionDelta,
    Usage,
)

__all__ = ["EventTranslator", "completion_of", "events_of_message", "finish_reason", "is_message", "usage_of"]

_STOP_REASONS: dict[str, FinishReason] = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
}


def finish_reason(stop_reason: str | None, has_tool_calls: bool) -> FinishReason:
    """Anthropic's ``stop_reason`` in OpenAI terms; a reply with tool calls finishes with them."""
    mapped = _STOP_REASONS.get(stop_reason or "", "stop")
    if mapped == "stop" and has_tool_calls:
        return "tool_calls"
    return mapped


_USAGE_FIELDS = ("input_tokens", "output_tokens", "cache_read_input_tokens", "cache_creation_input_tokens")


def usage_of(fields: Mapping[str, Any]) -> Usage | None:
    """Anthropic usage in OpenAI semantics: the prompt includes cache reads and writes."""
    if fields.get("input_tokens") is None and fields.get("output_tokens") is None:
        return None
    cache_read = fields.get("cache_read_input_tokens")
    cache_write = fields.get("cache_creation_input_tokens")
    prompt = int(fields.get("input_tokens") or 0) + int(cache_read or 0) + int(cache_write or 0)
    return Usage.of(
        prompt,
        int(fields.get("output_tokens") or 0),
        cached_tokens=cache_read,
        cache_write_tokens=cache_write,
    )


@dataclass
class _Block:
    type: str
    tool_index: int | None = None
    arguments_sent: bool = False
    thinking: list[str] = field(default_factory=list)
    signature: str = ""
    data: str = ""


class EventTranslator:
    """Anthropic stream events (as dicts) in, ``chat.completion.chunk`` objects out."""

    def __init__(self, model: str, base_url: str | None = None) -> None:
        self.id = ""
        self.model = model
        self.base_url = base_url
        self.created = int(time.time())
        self.usage: dict[str, int] = {}
        self.stop_reason: str | None = None
        self.stop_seen = False
        self.finished = False
        self.tool_count = 0
        self._blocks: dict[int, _Block] = {}
        self._role_sent = False

    def _chunk(self, delta: Delta | None = None, reason: FinishReason | None = None) -> ChatCompletionChunk:
        delta = delta or Delta()
        if not self._role_sent:
            delta.role = "assistant"
            self._role_sent = True
        return ChatCompletionChunk(
            id=self.id or f"msg_llmrouter_{self.created}",
            created=self.created,
            model=self.model,
            choices=[ChunkChoice(index=0, delta=delta, finish_reason=reason)],
        )

    def _record_usage(self, usage: Any) -> None:
        if isinstance(usage, Mapping):
            for name in _USAGE_FIELDS:
                value = usage.get(name)
                if isinstance(value, int) and not isinstance(value, bool):
                    self.usage[name] = value

    def feed(self, event: Mapping[str, Any]) -> list[ChatCompletionChunk]:
        kind = event.get("type")
        if kind == "message_start":
            message = event.get("message") or {}
            self.id = str(message.get("id") or self.id)
            self.model = str(message.get("model") or self.model)
            self._record_usage(message.get("usage"))
            return [self._chunk()]
        if kind == "content_block_start":
            return self._start(int(event.get("index") or 0), event.get("content_block") or {})
        if kind == "content_block_delta":
            return self._delta(int(event.get("index") or 0), event.get("delta") or {})
        if kind == "content_block_stop":
            return self._stop(int(event.get("index") or 0))
        if kind == "message_delta":
            delta = event.get("delta") or {}
            if "stop_reason" in delta:
                self.stop_reason = delta.get("stop_reason")
                self.stop_seen = self.stop_seen or self.stop_reason is not None
            self._record_usage(event.get("usage"))
            return []
        if kind == "message_stop":
            return self._finish()
        return []  # ping and event types we do not know

    def close(self) -> list[ChatCompletionChunk]:
        """What is still owed once the events end; a stream cut before any stop reason fails
        (:class:`APIConnectionError`, code ``stream_incomplete``)."""
        if self.finished:
            return []
        if not self.stop_seen:
            raise stream_incomplete(
                "anthropic",
                self.base_url,
                "no message_delta with a stop_reason, no message_stop",
                provider="anthropic",
                model=self.model,
            )
        return self._finish()

    def _finish(self) -> list[ChatCompletionChunk]:
        if self.finished:
            return []
        self.finished = True
        chunks = [self._chunk(reason=finish_reason(self.stop_reason, self.tool_count > 0))]
        usage = usage_of(self.usage)
        if usage is not None:
            chunks.append(
                ChatCompletionChunk(
                    id=chunks[0].id, created=self.created, model=self.model, choices=[], usage=usage
                )
            )
        return chunks

    def _start(self, index: int, block: Mapping[str, Any]) -> list[ChatCompletionChunk]:
        kind = str(block.get("type") or "")
        state = self._blocks[index] = _Block(kind)
        if kind == "text":
            text = block.get("text")
            return [self._chunk(Delta(content=text))] if text else []
        if kind == "thinking":
            state.signature = str(block.get("signature") or "")
            thinking = block.get("thinking")
            if thinking:
                state.thinking.append(thinking)
                return [self._chunk(Delta(reasoning_content=thinking))]
            return []
        if kind == "redacted_thinking":
            state.data = str(block.get("data") or "")
            return []
        if kind == "tool_use":
            state.tool_index = self.tool_count
            self.tool_count += 1
            tool_input = block.get("input")
            arguments = ""
            if isinstance(tool_input, Mapping) and tool_input:
                arguments = json.dumps(tool_input, separators=(",", ":"), ensure_ascii=False)
                state.arguments_sent = True
            call = ToolCallDelta(
                index=state.tool_index,
                id=block.get("id") or None,
                type="function",
                function=ToolCallFunctionDelta(name=str(block.get("name") or ""), arguments=arguments),
            )
            return [self._chunk(Delta(tool_calls=[call]))]
        return []  # server tools, search results...: not mapped

    def _delta(self, index: int, delta: Mapping[str, Any]) -> list[ChatCompletionChunk]:
        state = self._blocks.get(index)
        if state is None:
            return []
        kind = delta.get("type")
        if kind == "text_delta" and state.type == "text":
            text = delta.get("text")
            return [self._chunk(Delta(content=text))] if text else []
        if kind == "thinking_delta" and state.type == "thinking":
            thinking = delta.get("thinking")
            if thinking:
                state.thinking.append(thinking)
                return [self._chunk(Delta(reasoning_content=thinking))]
            return []
        if kind == "signature_delta" and state.type == "thinking":
            state.signature += str(delta.get("signature") or "")
            return []
        if kind == "input_json_delta" and state.tool_index is not None:
            partial = delta.get("partial_json")
            if not partial:
                return []
            state.arguments_sent = True
            call = ToolCallDelta(index=state.tool_index, function=ToolCallFunctionDelta(arguments=partial))
            return [self._chunk(Delta(tool_calls=[call]))]
        return []

    def _stop(self, index: int) -> list[ChatCompletionChunk]:
        state = self._blocks.get(index)
        if state is None:
            return []
        if state.tool_index is not None and not state.arguments_sent:
            state.arguments_sent = True
            call = ToolCallDelta(index=state.tool_index, function=ToolCallFunctionDelta(arguments="{}"))
            return [self._chunk(Delta(tool_calls=[call]))]
        if state.type == "thinking":
            block = ThinkingBlock(
                type="thinking", thinking="".join(state.thinking), signature=state.signature or None
            )
            return [self._chunk(Delta(thinking_blocks=[block]))]
        if state.type == "redacted_thinking":
            block = ThinkingBlock(type="redacted_thinking", data=state.data)
            return [self._chunk(Delta(thinking_blocks=[block]))]
        return []


def events_of_message(message: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """A non-streamed Messages reply as the stream events that would have carried it."""
    yield {"type": "message_start", "message": {"id": message.get("id"), "model": message.get("model")}}
    for index, block in enumerate(message.get("content") or ()):
        yield {"type": "content_block_start", "index": index, "content_block": block}
        yield {"type": "content_block_stop", "index": index}
    yield {
        "type": "message_delta",
        "delta": {"stop_reason": message.get("stop_reason"), "stop_sequence": message.get("stop_sequence")},
        "usage": message.get("usage"),
    }
    yield {"type": "message_stop"}


def is_message(body: Any) -> bool:
    """A Messages API reply: ``type: message`` (or no type) with a list of content blocks."""
    return (
        isinstance(body, Mapping)
        and body.get("type") in (None, "message")
        and isinstance(body.get("content"), list)
        and (body.get("type") == "message" or body.get("role") == "assistant")
    )


def completion_of(message: Any, model: str, base_url: str | None = None) -> ChatCompletion:
    """A non-streamed reply body, through the same translator and the stream assembler."""
    if not is_message(message):
        raise invalid_response(
            "anthropic", base_url, "the body is not a message", provider="anthropic", model=model
        )
    translator = EventTranslator(model)
    assembler = StreamAssembler()
    for event in events_of_message(message):
        for chunk in translator.feed(event):
            assembler.add(chunk)
    for chunk in translator.close():
        assembler.add(chunk)
    return assembler.result()
