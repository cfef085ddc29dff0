"""Cohere v2 replies to our types: one set of helpers for whole replies and stream events.

``text`` items -> ``content``, ``thinking`` items -> ``reasoning_content``; ``message.tool_plan``
is not assistant text: it is kept as the extra field ``tool_plan`` on the message (unstreamed)
and on the stream's deltas. Finish reasons: COMPLETE/STOP_SEQUENCE -> stop, MAX_TOKENS -> length,
TOOL_CALL -> tool_calls, TIMEOUT -> length (the vendor cut the reply short; the text so far is
kept), ERROR -> a :class:`ProviderError` is raised (the generation failed; ``message-end``
carries the reason). Usage: prompt = ``tokens.input_tokens``, completion =
``tokens.output_tokens``, cached = ``cached_tokens``; ``billed_units`` is kept as an extra field on
``Usage``. Cohere reports no reasoning-token count.

An unstreamed reply (:func:`_completion`) is built at once as the reply the stream assembler makes
of the same content streamed, and the stream path (:class:`_StreamTranslator`) uses the same
helpers for finish reason, usage and tool calls. Both read the JSON the vendor sent, as dicts.
"""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

from ...errors import ProviderError
from ...types import (
    ChatCompletion,
    ChatCompletionChunk,
    ChunkChoice,
    Delta,
    Embedding,
    EmbeddingResponse,
    EmbeddingUsage,
    FinishReason,
    ToolCallDelta,
    ToolCallFunctionDelta,
    Usage,
)

__all__ = ["embedding_response"]

_FINISH_REASONS: dict[str, FinishReason] = {
    "COMPLETE": "stop",
    "STOP_SEQUENCE": "stop",
    "MAX_TOKENS": "length",
    "TOOL_CALL": "tool_calls",
    "TIMEOUT": "length",
}


def _finish_reason(
    vendor: Any, has_tool_calls: bool, error: Any = None, model: str | None = None
) -> FinishReason:
    """Cohere's finish reason in OpenAI terms; ``ERROR`` raises (the generation failed)."""
    if vendor == "ERROR":
        raise ProviderError(
            f"Cohere reported a failed generation: {error or 'ERROR'}", provider="cohere", model=model
        )
    if has_tool_calls:
        return "tool_calls"
    return _FINISH_REASONS.get(str(vendor), "stop")


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _usage_fields(vendor: Any) -> dict[str, Any] | None:
    """``usage.tokens`` in OpenAI semantics, as our ``Usage`` fields (``billed_units`` kept as an
    extra field); ``None`` when Cohere sent no token counts."""
    if not isinstance(vendor, dict):
        return None
    tokens = _obj(vendor.get("tokens"))
    prompt, completion = _int(tokens.get("input_tokens")), _int(tokens.get("output_tokens"))
    if prompt is None and completion is None:
        return None
    prompt, completion = prompt or 0, completion or 0
    fields: dict[str, Any] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }
    cached = _int(vendor.get("cached_tokens"))
    if cached is not None:
        fields["prompt_tokens_details"] = {"cached_tokens": cached}
    billed = vendor.get("billed_units")
    if isinstance(billed, dict):
        fields["billed_units"] = {k: _int(v) if _int(v) is not None else v for k, v in billed.items()}
    return fields


def _usage(vendor: Any) -> Usage | None:
    fields = _usage_fields(vendor)
    return Usage.model_validate(fields) if fields is not None else None


def _tool_call_id(vendor_id: Any, message_id: str, position: int, name: str) -> str:
    """Cohere's own id, else a stable one derived from the reply id, position and name."""
    if isinstance(vendor_id, str) and vendor_id:
        return vendor_id
    digest = hashlib.sha256(f"{message_id}:{position}:{name}".encode()).hexdigest()[:24]
    return f"call_{digest}"


def _arguments(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _tool_call(index: int, call: Any, message_id: str) -> dict[str, Any]:
    """One tool call in OpenAI's shape: Cohere's id (or a stable one), arguments as JSON text."""
    call = _obj(call)
    function = _obj(call.get("function"))
    name = str(function.get("name") or "")
    return {
        "id": _tool_call_id(call.get("id"), message_id, index, name),
        "type": "function",
        "function": {"name": name, "arguments": _arguments(function.get("arguments"))},
    }


def _tool_call_start(index: int, call: Any, message_id: str) -> ToolCallDelta:
    return ToolCallDelta.model_validate({"index": index, **_tool_call(index, call, message_id)})


class _ChunkMaker:
    """Stamps id/created/model on chunks; the first delta carries ``role="assistant"``."""

    def __init__(self, model: str, message_id: str = "", created: int | None = None) -> None:
        self.model = model
        self.id = message_id
        self.created = created if created is not None else int(time.time())
        self.role_sent = False

    def delta(self, finish: FinishReason | None = None, **fields: Any) -> ChatCompletionChunk:
        if not self.role_sent:
            fields["role"] = "assistant"
            self.role_sent = True
        return ChatCompletionChunk(
            id=self.id or "cohere-stream",
            created=self.created,
            model=self.model,
            choices=[ChunkChoice(index=0, delta=Delta(**fields), finish_reason=finish)],
        )

    def usage(self, usage: Usage) -> ChatCompletionChunk:
        return ChatCompletionChunk(
            id=self.id or "cohere-stream", created=self.created, model=self.model, choices=[], usage=usage
        )


def _completion(body: Any, model: str) -> ChatCompletion:
    """An unstreamed ``/v2/chat`` reply, built at once: the same reply the stream assembler makes
    of the same content streamed (text and thinking joined, tool calls in order), without making
    the chunks first, and validated once as a whole (not model by model)."""
    if not isinstance(body, dict) or not isinstance(body.get("message"), dict):
        raise ProviderError("Cohere sent a reply that is not a chat response", provider="cohere", model=model)
    message = body["message"]
    text: list[str] = []
    thinking: list[str] = []
    for item in message.get("content") or ():
        if not isinstance(item, dict):
            continue
        if item.get("type") == "thinking" and item.get("thinking"):
            thinking.append(str(item["thinking"]))
        elif item.get("type") == "text" and item.get("text"):
            text.append(str(item["text"]))
    calls = [call for call in message.get("tool_calls") or () if isinstance(call, dict)]
    reply: dict[str, Any] = {"role": "assistant", "content": "".join(text) if text else None}
    if calls:
        message_id = str(body.get("id") or "")
        reply["tool_calls"] = [_tool_call(index, call, message_id) for index, call in enumerate(calls)]
    if thinking:
        reply["reasoning_content"] = "".join(thinking)
    if isinstance(message.get("tool_plan"), str) and message["tool_plan"]:
        reply["tool_plan"] = message["tool_plan"]
    if message.get("citations"):
        reply["citations"] = message["citations"]
    finish = _finish_reason(body.get("finish_reason"), bool(calls), model=model)
    return ChatCompletion.model_validate(
        {
            "id": str(body.get("id") or "") or "cohere-stream",
            "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "message": reply, "finish_reason": finish}],
            "usage": _usage_fields(body.get("usage")),
        }
    )


class _StreamTranslator:
    """Cohere v2 stream events (as dicts) to our chunks, one event at a time."""

    def __init__(self, model: str) -> None:
        self.maker = _ChunkMaker(model)
        self.tool_calls = 0
        self.finished = False

    def feed(self, event: dict[str, Any]) -> list[ChatCompletionChunk]:
        kind = event.get("type")
        delta = _obj(event.get("delta"))
        message = _obj(delta.get("message"))
        maker = self.maker
        if kind == "message-start":
            maker.id = str(event.get("id") or maker.id)
            return [maker.delta()]
        if kind in ("content-start", "content-delta"):
            content = _obj(message.get("content"))
            if content.get("thinking"):
                return [maker.delta(reasoning_content=str(content["thinking"]))]
            if content.get("text"):
                return [maker.delta(content=str(content["text"]))]
            return []
        if kind == "tool-plan-delta":
            plan = message.get("tool_plan")
            return [maker.delta(tool_plan=plan)] if isinstance(plan, str) and plan else []
        if kind == "tool-call-start":
            index = _int(event.get("index"))
            index = self.tool_calls if index is None else index
            self.tool_calls = max(self.tool_calls, index + 1)
            return [maker.delta(tool_calls=[_tool_call_start(index, message.get("tool_calls"), maker.id)])]
        if kind == "tool-call-delta":
            call = _obj(message.get("tool_calls"))
            function = _obj(call.get("function"))
            fragment = _arguments(function.get("arguments"))
            index = _int(event.get("index"))
            if not fragment:
                return []
            index = max(self.tool_calls - 1, 0) if index is None else index
            return [
                maker.delta(
                    tool_calls=[
                        ToolCallDelta(index=index, function=ToolCallFunctionDelta(arguments=fragment))
                    ]
                )
            ]
        if kind == "message-end":
            self.finished = True
            finish = _finish_reason(
                delta.get("finish_reason"), self.tool_calls > 0, delta.get("error"), maker.model
            )
            chunks = [maker.delta(finish=finish)]
            usage = _usage(delta.get("usage"))
            if usage is not None:
                chunks.append(maker.usage(usage))
            return chunks
        return []  # content-end, tool-call-end, citation-start/end, debug

    def end(self) -> str | None:
        """Why a stream ending here is incomplete (no ``message-end`` event), or ``None``."""
        return None if self.finished else "no message-end event"


def embedding_response(body: Any, model: str) -> EmbeddingResponse:
    embeddings = body.get("embeddings") if isinstance(body, dict) else None
    vectors = embeddings.get("float") if isinstance(embeddings, dict) else None
    if not isinstance(vectors, list):
        raise ProviderError("Cohere sent no float embeddings", provider="cohere", model=model)
    meta = _obj(body.get("meta"))
    billed = _obj(meta.get("billed_units"))
    tokens = _int(billed.get("input_tokens"))
    return EmbeddingResponse(
        data=[Embedding(index=i, embedding=[float(x) for x in vector]) for i, vector in enumerate(vectors)],
        model=model,
        usage=EmbeddingUsage(prompt_tokens=tokens, total_tokens=tokens) if tokens is not None else None,
    )
