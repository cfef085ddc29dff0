"""Google Gemini recordings from other projects, replayed through the google provider.

How Gemini's counts map onto our OpenAI-semantics usage (expected.json keeps the vendor's own):

* ``prompt_tokens = promptTokenCount`` (Gemini's prompt count already includes
  ``cachedContentTokenCount``; none of these recordings has ``toolUsePromptTokenCount``);
* ``completion_tokens = candidatesTokenCount + thoughtsTokenCount`` (Gemini's candidates count
  excludes thoughts, OpenAI's completion count includes reasoning);
* ``cached_tokens = cachedContentTokenCount``, ``reasoning_tokens = thoughtsTokenCount``.

Gemini says ``STOP`` for a reply made of function calls; we call that ``tool_calls``. The
recordings' paths embed the model (``/v1beta/models/<model>:generateContent``), so each call
uses the entry's model, and streamed entries are replayed through ``stream=True``
(``:streamGenerateContent?alt=sse``). The bad-key recording is a 400 INVALID_ARGUMENT, which we
type as ``AuthenticationError`` (status 401; the vendor's 400 is kept in ``details``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import llmrouter
from llmrouter import errors

from .recordings import (
    FINISH_REASONS,
    SKIP_REASON,
    acall_recorded,
    available,
    call_recorded,
    case_id,
    expected_for,
    load_interaction,
    replay,
    to_stock_interaction,
)

pytestmark = pytest.mark.skipif(not available(), reason=SKIP_REASON)

KEY = "test-conformance-gemini-key"
ENTRIES = expected_for("google")
CHAT = [
    e for e in ENTRIES if "Content" in e["endpoint"] and "Embed" not in e["endpoint"] and e["status"] == 200
]
CHAT_ERRORS = [
    e for e in ENTRIES if "Content" in e["endpoint"] and "Embed" not in e["endpoint"] and e["status"] >= 400
]
EMBEDDINGS = [e for e in ENTRIES if e["endpoint"].endswith(":batchEmbedContents") and e["status"] == 200]
EMBEDDING_ERRORS = [
    e for e in ENTRIES if e["endpoint"].endswith(":batchEmbedContents") and e["status"] >= 400
]
MESSAGES = [{"role": "user", "content": "conformance replay"}]


def expected_error(entry: dict[str, Any]) -> tuple[type[errors.LLMRouterError], int]:
    message = entry["error"]["message"]
    if entry["status"] == 400 and "API key not valid" in message:
        return errors.AuthenticationError, 401
    return {400: errors.InvalidRequestError, 404: errors.ModelNotFoundError}[entry["status"]], entry["status"]


def signatures_in(entry: dict[str, Any]) -> int:
    """How many parts of the recorded reply carry a thoughtSignature."""
    text = to_stock_interaction(load_interaction(entry))["response"]["body"]["string"]
    return text.count('"thoughtSignature"')


def check_reply(reply: llmrouter.ChatCompletion, entry: dict[str, Any]) -> None:
    assert reply.provider == "google"
    content = reply.content or None
    if entry["text_prefix"] is None:
        assert content is None
    else:
        assert content is not None and content[:60] == entry["text_prefix"]
    mapped = FINISH_REASONS[entry["vendor_finish_reason"]]
    assert reply.finish_reason == ("tool_calls" if entry["tool_calls"] else mapped)
    assert [(c.function.name, json.loads(c.function.arguments)) for c in reply.tool_calls] == [
        (t["name"], t["arguments"]) for t in entry["tool_calls"]
    ]
    ids = [c.id for c in reply.tool_calls]
    assert all(ids) and len(set(ids)) == len(ids)  # synthesised, distinct
    usage = reply.usage
    assert usage is not None
    reasoning = entry["reasoning_tokens"]
    assert usage.prompt_tokens == entry["prompt_tokens"]
    assert usage.completion_tokens == entry["completion_tokens"] + (reasoning or 0)
    assert usage.total_tokens == entry["vendor_extra"]["total_tokens"]
    assert usage.cached_tokens == entry["cached_tokens"]
    assert usage.reasoning_tokens == reasoning
    prefix = entry["vendor_extra"].get("reasoning_text_prefix")
    if prefix:
        assert reply.reasoning_content is not None and reply.reasoning_content[:60] == prefix
        assert content is not None and prefix not in content  # thoughts are never content
    message = reply.message
    assert message is not None
    assert len(message.thinking_blocks or ()) == signatures_in(entry)


def call(entry: dict[str, Any]) -> llmrouter.ChatCompletion:
    return call_recorded("google", entry, api_key=KEY)


@pytest.mark.parametrize("entry", CHAT, ids=case_id)
def test_chat_reply_matches_recorded_facts(entry: dict[str, Any]) -> None:
    with replay(entry) as sent:
        reply = call(entry)
    assert len(sent) == 1
    assert sent[0].uri.split("?")[0].endswith(entry["endpoint"].split(" ", 1)[1].split("?")[0])
    check_reply(reply, entry)


@pytest.mark.parametrize("entry", CHAT, ids=case_id)
async def test_async_chat_reply_matches_recorded_facts(entry: dict[str, Any]) -> None:
    with replay(entry):
        reply = await acall_recorded("google", entry, api_key=KEY)
    check_reply(reply, entry)


@pytest.mark.parametrize("entry", CHAT_ERRORS, ids=case_id)
def test_chat_error_is_typed(entry: dict[str, Any]) -> None:
    cls, status = expected_error(entry)
    with replay(entry), pytest.raises(errors.LLMRouterError) as caught:
        call(entry)
    error = caught.value
    assert type(error) is cls
    assert error.status == status
    assert error.provider == "google"
    assert error.message.startswith(entry["error"]["message"][:40])
    assert error.details["vendor_status"] == entry["status"]
    assert error.details["vendor_code"] == entry["error"]["status"]
    if entry["status"] == 404:
        assert error.code == "model_not_found"
    assert error.__cause__ is not None  # the SDK's own exception is kept
    assert KEY not in str(error) and KEY not in repr(error)


@pytest.mark.parametrize("entry", EMBEDDINGS, ids=case_id)
def test_embedding_matches_recorded_facts(entry: dict[str, Any]) -> None:
    facts = entry["vendor_extra"]
    with replay(entry) as sent:
        reply = llmrouter.embedding(
            f"google/{entry['model']}",
            "Hello, world!",
            api_key=KEY,
            dimensions=facts["embedding_dim"],
            input_type="RETRIEVAL_QUERY",
        )
    [request] = json.loads(sent[0].body)["requests"]
    assert request["outputDimensionality"] == facts["embedding_dim"]
    assert request["taskType"] == "RETRIEVAL_QUERY"
    assert len(reply.data) == facts["embedding_count"]
    assert len(reply.data[0].embedding) == facts["embedding_dim"]
    first = facts.get("embedding_first_values")
    if first:
        assert reply.data[0].embedding[: len(first)] == pytest.approx(first, abs=5e-7)
    assert reply.usage is not None and reply.usage.estimated  # batchEmbedContents reports none: counted here


@pytest.mark.parametrize("entry", EMBEDDINGS, ids=case_id)
async def test_async_embedding_matches_recorded_facts(entry: dict[str, Any]) -> None:
    facts = entry["vendor_extra"]
    with replay(entry):
        reply = await llmrouter.aembedding(
            f"google/{entry['model']}", "Hello, world!", api_key=KEY, dimensions=facts["embedding_dim"]
        )
    assert len(reply.data) == facts["embedding_count"]
    assert len(reply.data[0].embedding) == facts["embedding_dim"]


@pytest.mark.parametrize("entry", EMBEDDING_ERRORS, ids=case_id)
def test_embedding_error_is_typed(entry: dict[str, Any]) -> None:
    cls, status = expected_error(entry)
    with replay(entry), pytest.raises(cls) as caught:
        llmrouter.embedding(f"google/{entry['model']}", "Hello, world!", api_key=KEY)
    assert caught.value.status == status
    assert caught.value.provider == "google"
    assert caught.value.message.startswith(entry["error"]["message"][:40])


def test_every_google_recording_is_covered() -> None:
    covered = CHAT + CHAT_ERRORS + EMBEDDINGS + EMBEDDING_ERRORS
    assert ENTRIES and sorted(map(case_id, covered)) == sorted(map(case_id, ENTRIES))
