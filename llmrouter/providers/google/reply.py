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


_USAGE_COUNTS = ("prompt_token_count", "candidates_token_count", "thoughts_token_count")


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


class Translator:
    """Turns each ``GenerateContentResponse`` (a whole reply, or one SSE event of a stream) into
    chunks, and :meth:`end` into the closing finish-reason and usage chunks."""

    def __init__(self, model: str) -> None:
        self.id = ""
        self.created = 0
        self.model = model
        self.seen: set[int] = set()
        self.tool_counts: dict[int, int] = {}
        self.vendor_finish: dict[int, str | None] = {}
        self.usage_metadata: Any = None
        """The last ``usageMetadata`` with counts: Gemini repeats running totals on every event, so
        only the last one is turned into a :class:`Usage`, once, at :meth:`end`."""
        self.blocked = False
        self.recognised = 0
        """Responses that carried candidates, promptFeedback or usageMetadata: Gemini's own."""

    def _stamp(self, response: Any) -> None:
        if not self.id:
            self.id = str(getattr(response, "response_id", None) or f"gemini-{uuid.uuid4().hex}")
            created = getattr(response, "create_time", None)
            self.created = int(created.timestamp()) if created is not None else int(time.time())
            self.model = str(getattr(response, "model_version", None) or self.model)

    def _chunk(self, choices: list[ChunkChoice], usage: Usage | None = None) -> ChatCompletionChunk:
        return ChatCompletionChunk(
            id=self.id, created=self.created, model=self.model, choices=choices, usage=usage
        )

    def chunks(self, response: Any) -> list[ChatCompletionChunk]:
        self._stamp(response)
        if any(getattr(response, name, None) for name in ("candidates", "prompt_feedback", "usage_metadata")):
            self.recognised += 1
        meta = getattr(response, "usage_metadata", None)
        if meta is not None and any(
            getattr(meta, name, None) is not None for name in _USAGE_COUNTS
        ):  # exactly when usage_of(meta) is not None
            self.usage_metadata = meta
        feedback = getattr(response, "prompt_feedback", None)
        if feedback is not None and getattr(feedback, "block_reason", None) is not None:
            self.blocked = True
        out: list[ChatCompletionChunk] = []
        for position, candidate in enumerate(getattr(response, "candidates", None) or ()):
            index = candidate.index if isinstance(candidate.index, int) else position
            choice = self._choice(index, candidate)
            if choice is not None:
                out.append(self._chunk([choice]))
        return out

    def _choice(self, index: int, candidate: Any) -> ChunkChoice | None:
        first = index not in self.seen
        self.seen.add(index)
        reason = enum_value(getattr(candidate, "finish_reason", None))
        if reason is not None:
            self.vendor_finish[index] = reason
        content = getattr(candidate, "content", None)
        text: list[str] = []
        reasoning: list[str] = []
        calls: list[ToolCallDelta] = []
        blocks: list[ThinkingBlock] = []
        for part in getattr(content, "parts", None) or ():
            signature = getattr(part, "thought_signature", None)
            signed = b64(signature) if signature else None
            call = getattr(part, "function_call", None)
            if call is not None:
                position = self.tool_counts.get(index, 0)
                self.tool_counts[index] = position + 1
                name = call.name or ""
                arguments = _compact_json(call.args or {})
                call_id = call.id or synthetic_tool_call_id(name, arguments, position)
                calls.append(
                    ToolCallDelta(
                        index=position,
                        id=call_id,
                        type="function",
                        function=ToolCallFunctionDelta(name=name, arguments=arguments),
                    )
                )
                if signed:
                    blocks.append(
                        _signature_block(signature=signed, gemini_part="function_call", tool_call_id=call_id)
                    )
                continue
            part_text = getattr(part, "text", None)
            if getattr(part, "thought", None):
                if part_text:
                    reasoning.append(part_text)
                if signed:
                    blocks.append(
                        _signature_block(thinking=part_text or "", signature=signed, gemini_part="thought")
                    )
                continue
            if part_text:
                text.append(part_text)
            if signed:
                blocks.append(_signature_block(signature=signed, gemini_part="text"))
        if not (first or text or reasoning or calls or blocks):
            return None
        delta = Delta(
            role="assistant" if first else None,
            content="".join(text) if text else None,
            reasoning_content="".join(reasoning) if reasoning else None,
            tool_calls=calls or None,
            thinking_blocks=blocks or None,
        )
        return ChunkChoice(index=index, delta=delta)

    def unfinished(self) -> str | None:
        """Why a stream that ends here is incomplete (Gemini's last event carries every
        candidate's ``finishReason``), or ``None`` when it is complete."""
        if not self.seen:
            return None if self.blocked else "no candidate at all"
        missing = sorted(index for index in self.seen if self.vendor_finish.get(index) is None)
        return f"no finishReason for candidate(s) {missing}" if missing else None

    def end(self) -> list[ChatCompletionChunk]:
        """The closing chunks: one finish reason per choice, then the usage chunk if any."""
        if not self.id:
            self.id, self.created = f"gemini-{uuid.uuid4().hex}", int(time.time())
        out: list[ChatCompletionChunk] = []
        if not self.seen:
            # A blocked prompt (promptFeedback.blockReason) has no candidates at all.
            reason: FinishReason = "content_filter" if self.blocked else "stop"
            out.append(
                self._chunk([ChunkChoice(index=0, delta=Delta(role="assistant"), finish_reason=reason)])
            )
        for index in sorted(self.seen):
            mapped = finish_reason(self.vendor_finish.get(index), self.tool_counts.get(index, 0) > 0)
            out.append(self._chunk([ChunkChoice(index=index, delta=Delta(), finish_reason=mapped)]))
        usage = usage_of(self.usage_metadata)
        if usage is not None:
            out.append(self._chunk([], usage=usage))
        return out


def assemble(responses: Iterable[Any], model: str) -> ChatCompletion:
    """A non-streamed reply through the same chunks and assembler as a stream."""
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
