"""Anthropic recordings from other projects, replayed through the anthropic provider.

Usage in our OpenAI semantics: expected.json gives Anthropic's counts as reported, where
``input_tokens`` excludes cache reads and cache writes. Our ``prompt_tokens`` is
input_tokens + cache_read_input_tokens + cache_creation_input_tokens (the latter in
``vendor_extra``), ``cached_tokens`` is cache_read_input_tokens, ``completion_tokens`` is
output_tokens, and ``reasoning_tokens`` stays None (Anthropic reports no thinking count).

pydantic-ai's recordings went to ``/v1/messages?beta=true`` (the SDK's beta client); the replay
matches on method, host and path only, so our GA ``/v1/messages`` call is served the same reply,
whose schema is the same.
"""

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

pytestmark = [
    pytest.mark.skipif(not available(), reason=SKIP_REASON),
    pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning"),
]

KEY = "sk-ant-conformance-test-key-0000"
ENTRIES = expected_for("anthropic")
CHAT = [e for e in ENTRIES if e["status"] == 200]
ERRORS = [e for e in ENTRIES if e["status"] >= 400]
STATUS_ERRORS: dict[int, type[errors.LLMRouterError]] = {
    400: errors.InvalidRequestError,
    401: errors.AuthenticationError,
    404: errors.ModelNotFoundError,
    429: errors.RateLimitError,
    529: errors.ServiceUnavailableError,
}
MESSAGES = [{"role": "user", "content": "conformance replay"}]


def params_for(entry: dict[str, Any]) -> dict[str, Any]:
    """The call shape the recording implies (not matched on, but kept honest)."""
    params: dict[str, Any] = {"api_key": KEY}
    if "thinking:enabled" in entry["request_features"]:
        params["reasoning_effort"] = "minimal"  # budget 1024, as in these recordings
    return params


def call(entry: dict[str, Any]) -> llmrouter.ChatCompletion:
    return call_recorded("anthropic", entry, **params_for(entry))  # type: ignore[no-any-return]


async def acall(entry: dict[str, Any]) -> llmrouter.ChatCompletion:
    return await acall_recorded("anthropic", entry, **params_for(entry))  # type: ignore[no-any-return]


def check_reply(reply: llmrouter.ChatCompletion, entry: dict[str, Any]) -> None:
    check_text_finish_and_tools(reply, entry, "anthropic")
    assert all(c.id.startswith("toolu_") for c in reply.tool_calls)
    extra = entry["vendor_extra"]
    cache_read = entry["cached_tokens"] or 0
    cache_write = extra.get("cache_creation_input_tokens") or 0
    usage = reply.usage
    assert usage is not None
    assert usage.prompt_tokens == entry["prompt_tokens"] + cache_read + cache_write
    assert usage.completion_tokens == entry["completion_tokens"]
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    assert usage.cached_tokens == entry["cached_tokens"]
    assert usage.reasoning_tokens is None and entry["reasoning_tokens"] is None
    reasoning = extra.get("reasoning_text_prefix")
    if reasoning:
        assert reply.reasoning_content is not None and reply.reasoning_content[:60] == reasoning
        assert reply.message is not None and reply.message.thinking_blocks
        assert all(block.signature for block in reply.message.thinking_blocks if block.type == "thinking")
    else:
        assert reply.reasoning_content is None


@pytest.mark.parametrize("entry", CHAT, ids=case_id)
def test_chat_reply_matches_recorded_facts(entry: dict[str, Any]) -> None:
    with replay(entry) as sent:
        reply = call(entry)
    assert len(sent) == 1
    check_reply(reply, entry)


@pytest.mark.parametrize("entry", CHAT, ids=case_id)
async def test_async_chat_reply_matches_recorded_facts(entry: dict[str, Any]) -> None:
    with replay(entry):
        reply = await acall(entry)
    check_reply(reply, entry)


@pytest.mark.parametrize("entry", ERRORS, ids=case_id)
def test_chat_error_is_typed(entry: dict[str, Any]) -> None:
    with replay(entry), pytest.raises(STATUS_ERRORS[entry["status"]]) as caught:
        call(entry)
    error = caught.value
    assert type(error) is STATUS_ERRORS[entry["status"]]
    assert error.status == entry["status"]
    assert error.provider == "anthropic"
    assert error.message == entry["error"]["message"]
    assert error.details == {"anthropic_error_type": entry["error"]["type"]}
    if entry["status"] == 404:
        assert error.code == "model_not_found"
    assert KEY not in str(error) and KEY not in repr(error)
    assert error.__cause__ is not None  # the SDK's own exception is kept


@pytest.mark.parametrize("entry", ERRORS, ids=case_id)
async def test_async_chat_error_is_typed(entry: dict[str, Any]) -> None:
    with replay(entry), pytest.raises(STATUS_ERRORS[entry["status"]]) as caught:
        await acall(entry)
    assert caught.value.status == entry["status"]
    assert caught.value.request_id is not None and caught.value.request_id.startswith("req_")
