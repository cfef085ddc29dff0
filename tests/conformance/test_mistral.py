"""Mistral recordings from other projects, replayed through the mistral provider (mistralai SDK).

Usage mapping checked here: Mistral's ``prompt_tokens`` already counts cached prompt tokens
(``prompt_tokens_details.cached_tokens`` or the older ``num_cached_tokens`` are a subset of it), so
our ``prompt_tokens`` is Mistral's as-is and ``cached_tokens`` is whichever of the two fields was
sent; ``completion_tokens`` already includes thinking tokens, and Mistral reports no separate
reasoning count (``reasoning_tokens`` stays ``None``). Streams are replayed as streams (the SDK's
``chat.stream``): the recordings' ``#stream`` URI fragment is not part of the path.

``chatlas__test_data_extraction.yaml`` was recorded with the openai SDK against api.mistral.ai; the
reply bodies are Mistral's own, so it replays through this provider unchanged (interaction #3 is
streamed). There are no Mistral error recordings (MANIFEST "Gaps"); the typed errors are covered
by tests/providers/test_mistral.py with cassettes written to the documented error format.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import llmrouter

from .recordings import (
    SKIP_REASON,
    acall_recorded,
    available,
    call_recorded,
    case_id,
    check_text_finish_and_tools,
    expected_for,
    replay,
)

pytestmark = pytest.mark.skipif(not available(), reason=SKIP_REASON)

ENTRIES = expected_for("mistral")
CHAT = [e for e in ENTRIES if e["endpoint"].endswith("/chat/completions") and e["status"] == 200]
EMBEDDINGS = [e for e in ENTRIES if e["endpoint"].endswith("/embeddings") and e["status"] == 200]
ERRORS = [e for e in ENTRIES if e["status"] >= 400]
MESSAGES = [{"role": "user", "content": "conformance replay"}]
KEY = "test-mistral-conformance-key"


def test_the_recordings_are_all_covered() -> None:
    assert len(CHAT) + len(EMBEDDINGS) == len(ENTRIES)
    assert ERRORS == []  # none exist for Mistral; see the module docstring
    assert any(e["stream"] for e in CHAT) and any(not e["stream"] for e in CHAT)


def call(entry: dict[str, Any]) -> llmrouter.ChatCompletion:
    return call_recorded("mistral", entry, api_key=KEY)


def check_reply(reply: llmrouter.ChatCompletion, entry: dict[str, Any]) -> None:
    check_text_finish_and_tools(reply, entry, "mistral")
    assert all(c.id for c in reply.tool_calls)
    assert reply.usage is not None
    assert reply.usage.prompt_tokens == entry["prompt_tokens"]
    assert reply.usage.completion_tokens == entry["completion_tokens"]
    assert reply.usage.total_tokens == entry["vendor_extra"]["total_tokens"]
    assert reply.usage.cached_tokens == entry["cached_tokens"]
    assert reply.usage.reasoning_tokens == entry["reasoning_tokens"]
    reasoning = entry["vendor_extra"].get("reasoning_text_prefix")
    if reasoning:
        assert reply.reasoning_content is not None
        assert reply.reasoning_content[:60] == reasoning
        assert reply.message is not None and reply.message.thinking_blocks
        assert reply.message.thinking_blocks[0].thinking == reply.reasoning_content
    else:
        assert reply.reasoning_content is None


@pytest.mark.parametrize("entry", CHAT, ids=case_id)
def test_chat_reply_matches_recorded_facts(entry: dict[str, Any]) -> None:
    with replay(entry) as sent:
        reply = call(entry)
    assert len(sent) == 1
    assert sent[0].method == "POST" and sent[0].path == "/v1/chat/completions"
    assert json.loads(sent[0].body).get("stream", False) is entry["stream"]
    check_reply(reply, entry)


@pytest.mark.parametrize("entry", CHAT, ids=case_id)
async def test_async_chat_reply_matches_recorded_facts(entry: dict[str, Any]) -> None:
    with replay(entry):
        reply = await acall_recorded("mistral", entry, api_key=KEY)
    check_reply(reply, entry)


@pytest.mark.parametrize("entry", [e for e in CHAT if e["stream"]], ids=case_id)
def test_stream_chunks_keep_the_contract(entry: dict[str, Any]) -> None:
    with replay(entry):
        stream = llmrouter.completion(
            f"mistral/{entry['model']}",
            MESSAGES,
            stream=True,
            api_key=KEY,
            stream_options={"include_usage": True},
        )
        chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    finishing = [c for c in chunks if c.choices and c.choices[0].finish_reason is not None]
    assert len(finishing) == 1 and chunks.index(finishing[0]) == len(chunks) - 2
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.prompt_tokens == entry["prompt_tokens"]


@pytest.mark.parametrize("entry", EMBEDDINGS, ids=case_id)
async def test_embedding_matches_recorded_facts(entry: dict[str, Any]) -> None:
    with replay(entry):
        reply = llmrouter.embedding(f"mistral/{entry['model']}", "conformance", api_key=KEY)
    with replay(entry):
        areply = await llmrouter.aembedding(f"mistral/{entry['model']}", "conformance", api_key=KEY)
    facts = entry["vendor_extra"]
    for result in (reply, areply):
        assert result.provider == "mistral"
        assert len(result.data) == facts["embedding_count"]
        assert len(result.data[0].embedding) == facts["embedding_dim"]
        first = facts.get("embedding_first_values")
        if first:
            assert result.data[0].embedding[: len(first)] == pytest.approx(first, abs=5e-7)
        assert result.usage is not None and result.usage.prompt_tokens == entry["prompt_tokens"]
