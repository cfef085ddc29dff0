"""OpenAI recordings from other projects, replayed through the openai provider."""

from __future__ import annotations

from typing import Any

import pytest

import llmrouter
from llmrouter import errors

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

ENTRIES = expected_for("openai")
CHAT = [e for e in ENTRIES if e["endpoint"].endswith("/chat/completions") and e["status"] == 200]
ERRORS = [e for e in ENTRIES if e["status"] >= 400]
EMBEDDINGS = [e for e in ENTRIES if e["endpoint"].endswith("/embeddings") and e["status"] == 200]
STATUS_ERRORS = {
    400: errors.InvalidRequestError,
    401: errors.AuthenticationError,
    404: errors.ModelNotFoundError,
}
MESSAGES = [{"role": "user", "content": "conformance replay"}]


def call(entry: dict[str, Any]) -> llmrouter.ChatCompletion:
    return call_recorded("openai", entry, api_key="sk-conformance-test-key")


def check_reply(reply: llmrouter.ChatCompletion, entry: dict[str, Any]) -> None:
    check_text_finish_and_tools(reply, entry, "openai")
    assert all(c.id for c in reply.tool_calls)
    assert reply.usage is not None
    assert reply.usage.prompt_tokens == entry["prompt_tokens"]
    assert reply.usage.completion_tokens == entry["completion_tokens"]
    assert reply.usage.total_tokens == entry["prompt_tokens"] + entry["completion_tokens"]
    assert reply.usage.cached_tokens == entry["cached_tokens"]
    assert reply.usage.reasoning_tokens == entry["reasoning_tokens"]
    refusal = entry["vendor_extra"].get("refusal")
    if refusal:
        assert reply.message is not None and reply.message.refusal == refusal


@pytest.mark.parametrize("entry", CHAT, ids=case_id)
def test_chat_reply_matches_recorded_facts(entry: dict[str, Any]) -> None:
    with replay(entry) as sent:
        reply = call(entry)
    assert len(sent) == 1
    check_reply(reply, entry)


@pytest.mark.parametrize("entry", CHAT, ids=case_id)
async def test_async_chat_reply_matches_recorded_facts(entry: dict[str, Any]) -> None:
    with replay(entry):
        reply = await acall_recorded("openai", entry, api_key="sk-conformance-test-key")
    check_reply(reply, entry)


@pytest.mark.parametrize("entry", [e for e in ERRORS if "/chat/" in e["endpoint"]], ids=case_id)
def test_chat_error_is_typed(entry: dict[str, Any]) -> None:
    with replay(entry), pytest.raises(STATUS_ERRORS[entry["status"]]) as caught:
        call(entry)
    error = caught.value
    assert error.status == entry["status"]
    assert error.provider == "openai"
    assert error.message.startswith(entry["error"]["message"][:40])
    if entry["status"] == 404:
        assert error.code == "model_not_found"
    assert error.__cause__ is not None  # the SDK's own exception is kept


@pytest.mark.parametrize("entry", EMBEDDINGS, ids=case_id)
def test_embedding_matches_recorded_facts(entry: dict[str, Any]) -> None:
    with replay(entry):
        reply = llmrouter.embedding(
            f"openai/{entry['model']}", "conformance", api_key="sk-conformance-test-key"
        )
    facts = entry["vendor_extra"]
    assert len(reply.data) == facts["embedding_count"]
    assert len(reply.data[0].embedding) == facts["embedding_dim"]
    first = facts.get("embedding_first_values")
    if first:
        assert reply.data[0].embedding[: len(first)] == pytest.approx(first, abs=5e-7)
    assert reply.usage is not None and reply.usage.prompt_tokens == entry["prompt_tokens"]


@pytest.mark.parametrize("entry", [e for e in ERRORS if e["endpoint"].endswith("/embeddings")], ids=case_id)
def test_embedding_error_is_typed(entry: dict[str, Any]) -> None:
    with replay(entry), pytest.raises(STATUS_ERRORS[entry["status"]]):
        llmrouter.embedding(f"openai/{entry['model']}", "conformance", api_key="sk-conformance-test-key")
