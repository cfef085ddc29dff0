"""The reply side of the Gemini translation: one translator for streamed and whole replies
(each ``GenerateContentResponse`` becomes ``chat.completion.chunk`` objects; a whole reply is
assembled from them), plus usage, finish reasons and embeddings."""

from __future__ import annotations

import base64
import hashlib
import json
import time
import uuid
from collections.abc import Iterable
from typing import Any

from ...streaming import StreamAssembler
from ...types import (
    ChatCompletion,
    ChatCompletionChunk,
    Embedding,
    EmbeddingResponse,
    EmbeddingUsage,
    FinishReason,
    ThinkingBlock,
    Usage,
)

_CONTENT_FILTER_REASONS = frozenset(
    {
        "SAFETY",
        "RECITATION",
        "BLOCKLIST",
        "PROHIBITED_CONTENT",
        "SPII",
        "IMAGE_SAFETY",
        "IMAGE_PROHIBITED_CONTENT",
        "IMAGE_RECITATION",
        "MODEL_ARMOR",
    }
)


def enum_value(value: Any) -> str | None:
    """An SDK enum (or a plain string) as its wire value."""
    if value is None:
        return None
    return str(getattr(value, "value", value))


def finish_reason(vendor: str | None, has_tool_calls: bool) -> FinishReason:
    """Gemini's ``finishReason`` in OpenAI terms; a reply with function calls is ``tool_calls``
    (Gemini says ``STOP`` there) unless a safety filter stopped it."""
    if vendor in _CONTENT_FILTER_REASONS:
        return "content_filter"
    if has_tool_calls:
        return "tool_calls"
    if vendor == "MAX_TOKENS":
        return "length"
    return "stop"


def usage_of(meta: Any) -> Usage | None:
    """``usageMetadata`` in OpenAI semantics; ``None`` when Gemini reported nothing."""
    if meta is None:
        return None
    prompt = getattr(meta, "prompt_token_count", None)
    tool_prompt = getattr(meta, "tool_use_prompt_token_count", None)
    candidates = getattr(meta, "candidates_token_count", None)
    thoughts = getattr(meta, "thoughts_token_count", None)
    cached = getattr(meta, "cached_content_token_count", None)
    if prompt is None and candidates is None and thoughts is None:
        return None
    return Usage.of(
        (prompt or 0) + (tool_prompt or 0),
        (candidates or 0) + (thoughts or 0),
        cached_tokens=cached,
        reasoning_tokens=thoughts,
    )


def _compact_json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def synthetic_tool_call_id(name: str, arguments: str, position: int) -> str:
    """A stable id for a Gemini function call, which has none: same call, same id."""
    digest = hashlib.sha256(f"{name}\x00{arguments}\x00{position}".encode()).hexdigest()
    return f"call_{digest[:24]}"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _signature_block(**fields: str) -> ThinkingBlock:
    """A thought signature kept with the name of the part it belongs to (see module docs)."""
    return ThinkingBlock.model_validate({"type": "thinking", **fields})


class _Candidate:
    """What one candidate of one response says, read once and shared by both reply shapes."""

    __slots__ = ("blocks", "calls", "first", "reasoning", "text")

    def __init__(self, first: bool) -> None:
        self.first = first
        self.text: list[str] = []
        self.reasoning: list[str] = []
        self.calls: list[tuple[int, str, str, str]] = []
        """``(position, id, name, JSON arguments)`` per function call."""
        self.blocks: list[ThinkingBlock] = []

    def is_empty(self) -> bool:
        return not (self.first or self.text or self.reasoning or self.calls or self.blocks)


class Translator:
    """Reads each ``GenerateContentResponse`` (a whole reply, or one SSE event of a stream):
    :meth:`chunks` turns an event into ``chat.completion.chunk`` objects and :meth:`end` gives
    the closing finish-reason and usage chunks; :meth:`completion` turns a whole reply into a
    ``ChatCompletion`` with the same reading, the same finish reasons and the same usage, equal to
    what assembling the chunks of that reply would give (without building them)."""

    def __init__(self, model: str) -> None:
        self.id = ""
        self.created = 0
        self.model = model
        self.seen: set[int] = set()
        self.tool_counts: dict[int, int] = {}
        self.vendor_finish: dict[int, str | None] = {}
        self.usage_metadata: Any = None
        """The last ``usageMetadata`` with counts: Gemini repeats running totals on every event, so
        only the last one is turned into a :class:`Usage`, once, at the end."""
        self.blocked = False
        self.recognised = 0
        """Responses that carried candidates, promptFeedback or usageMetadata: Gemini's own."""

    # -- reading ---------------------------------------------------------------------------

    def _observe(self, response: Any) -> list[tuple[int, _Candidate]]:
        """Takes in one response's id, usage and block reason; returns its candidates, read."""
        if not self.id:
            self.id = str(response.response_id or f"gemini-{uuid.uuid4().hex}")
            created = response.create_time
            self.created = int(created.timestamp()) if created is not None else int(time.time())
            self.model = str(response.model_version or self.model)
        candidates = response.candidates
        meta = response.usage_metadata
        feedback = response.prompt_feedback
        if candidates or feedback or meta:
            self.recognised += 1
        if meta is not None and (
            meta.prompt_token_count is not None
            or meta.candidates_token_count is not None
            or meta.thoughts_token_count is not None
        ):  # exactly when usage_of(meta) is not None
            self.usage_metadata = meta
        if feedback is not None and feedback.block_reason is not None:
            self.blocked = True
        read: list[tuple[int, _Candidate]] = []
        for position, candidate in enumerate(candidates or ()):
            index = candidate.index if isinstance(candidate.index, int) else position
            read.append((index, self._read(index, candidate)))
        return read

    def _read(self, index: int, candidate: Any) -> _Candidate:
        out = _Candidate(index not in self.seen)
        self.seen.add(index)
        reason = candidate.finish_reason
        if reason is not None:
            self.vendor_finish[index] = enum_value(reason)
        content = candidate.content
        for part in (content.parts if content is not None else None) or ():
            signature = part.thought_signature
            signed = b64(signature) if signature else None
            call = part.function_call
            if call is not None:
                position = self.tool_counts.get(index, 0)
                self.tool_counts[index] = position + 1
                name = call.name or ""
                arguments = _compact_json(call.args or {})
                call_id = call.id or synthetic_tool_call_id(name, arguments, position)
                out.calls.append((position, call_id, name, arguments))
                if signed:
                    out.blocks.append(
                        _signature_block(signature=signed, gemini_part="function_call", tool_call_id=call_id)
                    )
                continue
            part_text = part.text
            if part.thought:
                if part_text:
                    out.reasoning.append(part_text)
                if signed:
                    out.blocks.append(
                        _signature_block(thinking=part_text or "", signature=signed, gemini_part="thought")
                    )
                continue
            if part_text:
                out.text.append(part_text)
            if signed:
                out.blocks.append(_signature_block(signature=signed, gemini_part="text"))
        return out

    def _finish(self, index: int) -> FinishReason:
        return finish_reason(self.vendor_finish.get(index), self.tool_counts.get(index, 0) > 0)

    # -- a stream --------------------------------------------------------------------------

    def _chunk(self, choices: list[dict[str, Any]], usage: Usage | None = None) -> ChatCompletionChunk:
        # Choices as plain dicts, the chunk validated once: about a third cheaper than building
        # Delta, ChunkChoice and the chunk one by one (this runs on every stream event).
        fields = {"id": self.id, "created": self.created, "model": self.model, "choices": choices}
        if usage is not None:
            fields["usage"] = usage
        return ChatCompletionChunk.model_validate(fields)

    def chunks(self, response: Any) -> list[ChatCompletionChunk]:
        out: list[ChatCompletionChunk] = []
        for index, read in self._observe(response):
            if read.is_empty():
                continue
            delta: dict[str, Any] = {}
            if read.first:
                delta["role"] = "assistant"
            if read.text:
                delta["content"] = "".join(read.text)
            if read.reasoning:
                delta["reasoning_content"] = "".join(read.reasoning)
            if read.calls:
                delta["tool_calls"] = [
                    {
                        "index": position,
                        "id": call_id,
                        "type": "function",
                        "function": {"name": name, "arguments": arguments},
                    }
                    for position, call_id, name, arguments in read.calls
                ]
            if read.blocks:
                delta["thinking_blocks"] = read.blocks
            out.append(self._chunk([{"index": index, "delta": delta}]))
        return out

    def unfinished(self) -> str | None:
        """Why a stream that ends here is incomplete (Gemini's last event carries every
        candidate's ``finishReason``), or ``None`` when it is complete."""
        if not self.seen:
            return None if self.blocked else "no candidate at all"
        missing = sorted(index for index in self.seen if self.vendor_finish.get(index) is None)
        return f"no finishReason for candidate(s) {missing}" if missing else None

    def _stamp_missing(self) -> None:
        if not self.id:
            self.id, self.created = f"gemini-{uuid.uuid4().hex}", int(time.time())

    def end(self) -> list[ChatCompletionChunk]:
        """The closing chunks: one finish reason per choice, then the usage chunk if any."""
        self._stamp_missing()
        out: list[ChatCompletionChunk] = []
        if not self.seen:
            # A blocked prompt (promptFeedback.blockReason) has no candidates at all.
            reason: FinishReason = "content_filter" if self.blocked else "stop"
            out.append(self._chunk([{"index": 0, "delta": {"role": "assistant"}, "finish_reason": reason}]))
        for index in sorted(self.seen):
            out.append(self._chunk([{"index": index, "delta": {}, "finish_reason": self._finish(index)}]))
        usage = usage_of(self.usage_metadata)
        if usage is not None:
            out.append(self._chunk([], usage=usage))
        return out

    # -- a whole reply ---------------------------------------------------------------------

    def completion(self, response: Any) -> ChatCompletion:
        """A whole ``GenerateContentResponse`` as the reply its chunks would assemble to."""
        by_index: dict[int, _Candidate] = {}
        for index, read in self._observe(response):
            if index in by_index:  # the same index twice: one choice, in order
                into = by_index[index]
                into.text += read.text
                into.reasoning += read.reasoning
                into.calls += read.calls
                into.blocks += read.blocks
            else:
                by_index[index] = read
        self._stamp_missing()
        choices: list[dict[str, Any]] = []
        for index in sorted(by_index):
            read = by_index[index]
            message: dict[str, Any] = {"content": "".join(read.text) if read.text else None}
            if read.calls:
                message["tool_calls"] = [
                    {"id": call_id, "function": {"name": name, "arguments": arguments}}
                    for _, call_id, name, arguments in read.calls
                ]
            if read.reasoning:
                message["reasoning_content"] = "".join(read.reasoning)
            if read.blocks:
                message["thinking_blocks"] = read.blocks
            choices.append({"index": index, "message": message, "finish_reason": self._finish(index)})
        if not choices:  # a blocked prompt (promptFeedback.blockReason) has no candidates at all
            reason: FinishReason = "content_filter" if self.blocked else "stop"
            choices.append({"index": 0, "message": {"content": None}, "finish_reason": reason})
        # validated once, nested dicts and all (see _chunk)
        return ChatCompletion.model_validate(
            {
                "id": self.id,
                "created": self.created or int(time.time()),
                "model": self.model,
                "choices": choices,
                "usage": usage_of(self.usage_metadata),
            }
        )


def assemble(responses: Iterable[Any], model: str) -> ChatCompletion:
    """Whole replies (or a stream's events) as one ``ChatCompletion``, through the chunks and
    the stream assembler: the reference :meth:`Translator.completion` must agree with."""
    translator = Translator(model)
    assembler = StreamAssembler()
    for response in responses:
        for chunk in translator.chunks(response):
            assembler.add(chunk)
    for chunk in translator.end():
        assembler.add(chunk)
    return assembler.result()


def embedding_usage(reply: Any) -> EmbeddingUsage | None:
    """The tokens an ``EmbedContentResponse`` reports, or ``None``: never invented, never zeros.

    The Gemini Developer API reports none on ``:batchEmbedContents``. What the SDK can carry:
    ``usage_metadata.prompt_token_count`` for the whole call, else ``statistics.token_count`` on
    every embedding (Vertex AI; summed, and only when each one has it, since a partial sum would
    undercount). ``metadata.billable_character_count`` (Vertex AI) is kept beside the tokens as
    ``billable_characters``; characters alone are not turned into tokens, that would be a guess."""
    meta = getattr(reply, "usage_metadata", None)
    tokens = getattr(meta, "prompt_token_count", None)
    if tokens is None:
        counts: list[Any] = [
            getattr(getattr(item, "statistics", None), "token_count", None) for item in reply.embeddings or ()
        ]
        if counts and all(count is not None for count in counts):
            tokens = sum(int(count) for count in counts)
    if tokens is None:
        return None
    characters = getattr(getattr(reply, "metadata", None), "billable_character_count", None)
    fields: dict[str, int] = {"prompt_tokens": int(tokens), "total_tokens": int(tokens)}
    if characters is not None:
        fields["billable_characters"] = int(characters)
    return EmbeddingUsage.model_validate(fields)


def embedding_response(reply: Any, model: str) -> EmbeddingResponse:
    """An ``EmbedContentResponse`` in OpenAI terms, in input order."""
    data = [
        Embedding(index=i, embedding=list(item.values or ())) for i, item in enumerate(reply.embeddings or ())
    ]
    return EmbeddingResponse(data=data, model=model, usage=embedding_usage(reply))
