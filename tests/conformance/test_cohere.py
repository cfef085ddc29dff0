"""Cohere v2 recordings from other projects, replayed through the cohere provider.

Usage mapping checked here (Cohere -> OpenAI semantics): prompt_tokens = usage.tokens.input_tokens
(Cohere's count already includes the cached part, so it is taken as-is), completion_tokens =
usage.tokens.output_tokens (it includes thinking tokens), cached_tokens = usage.cached_tokens
(absent -> None); Cohere reports no reasoning-token count (None). ``usage.billed_units`` is kept as
the extra field ``billed_units``. ``message.tool_plan`` is never content: it is checked on the
message's extra ``tool_plan`` field (unstreamed) or on the deltas' ``tool_plan`` (streamed).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import llmrouter
from llmrouter import errors

from .recordings import (
    SKIP_REASON,
    available,
    case_id,
    check_text_finish_and_tools,
    expected_for,
    replay,
)

pytestmark = pytest.mark.skipif(not available(), reason=SKIP_REASON)

ENTRIES = expected_for("cohere")
CHAT = [e for e in ENTRIES if e["endpoint"].endswith("/v2/chat") and e["status"] == 200]
EMBEDDINGS = [e for e in ENTRIES if e["endpoint"].endswith("/v2/embed") and e["status"] == 200]
ERRORS = [e for e in ENTRIES if e["status"] >= 400]
STATUS_ERRORS = {
    400: errors.InvalidRequestError,
    401: errors.AuthenticationError,
    404: errors.ModelNotFoundError,
}
MESSAGES = [{"role": "user", "content": "conformance replay"}]
KEY = "test-cohere-conformance-key"


def _call(entry: dict[str, Any]) -> tuple[llmrouter.ChatCompletion, str]:
    """The reply and the tool plan, as the caller sees them."""
    model = f"cohere/{entry['model']}"
    if entry["stream"]:
        stream = llmrouter.completion(model, MESSAGES, stream=True, api_key=KEY)
        plan = "".join(
            getattr(chunk.choices[0].delta, "tool_plan", None) or "" for chunk in stream if chunk.choices
        )
        assert stream.completion is not None
        return stream.completion, plan
    reply = llmrouter.completion(model, MESSAGES, api_key=KEY)
    return reply, getattr(reply.message, "tool_plan", None) or ""


async def _acall(entry: dict[str, Any]) -> tuple[llmrouter.ChatCompletion, str]:
    model = f"cohere/{entry['model']}"
    if entry["stream"]:
        stream = await llmrouter.acompletion(model, MESSAGES, stream=True, api_key=KEY)
        plan = ""
        async for chunk in stream:
            if chunk.choices:
                plan += getattr(chunk.choices[0].delta, "tool_plan", None) or ""
        assert stream.completion is not None
        return stream.completion, plan
    reply = await llmrouter.acompletion(model, MESSAGES, api_key=KEY)
    return reply, getattr(reply.message, "tool_plan", None) or ""


def check_reply(reply: llmrouter.ChatCompletion, plan: str, entry: dict[str, Any]) -> None:
    check_text_finish_and_tools(reply, entry, "cohere")
    assert all(c.id for c in reply.tool_calls)
    usage = reply.usage
    assert usage is not None
    assert usage.prompt_tokens == entry["prompt_tokens"]
    assert usage.completion_tokens == entry["completion_tokens"]
    assert usage.total_tokens == entry["prompt_tokens"] + entry["completion_tokens"]
    assert usage.cached_tokens == entry["cached_tokens"]
    assert usage.reasoning_tokens == entry["reasoning_tokens"]
    extra = entry["vendor_extra"]
    billed = getattr(usage, "billed_units", None)
    assert billed == {
        "input_tokens": extra["billed_input_tokens"],
        "output_tokens": extra["billed_output_tokens"],
    }
    reasoning = extra.get("reasoning_text_prefix")
    if reasoning:
        assert (reply.reasoning_content or "")[:60] == reasoning
    else:
        assert reply.reasoning_content is None
    tool_plan = extra.get("tool_plan_prefix")
    if tool_plan:
        assert plan[:60] == tool_plan
        assert tool_plan not in (reply.content or "")
    else:
        assert plan == ""


@pytest.mark.parametrize("entry", CHAT, ids=case_id)
def test_chat_reply_matches_recorded_facts(entry: dict[str, Any]) -> None:
    with replay(entry) as sent:
        reply, plan = _call(entry)
    assert len(sent) == 1
    assert sent[0].path == "/v2/chat"
    check_reply(reply, plan, entry)


@pytest.mark.parametrize("entry", CHAT, ids=case_id)
async def test_async_chat_reply_matches_recorded_facts(entry: dict[str, Any]) -> None:
    with replay(entry) as sent:
        reply, plan = await _acall(entry)
    assert len(sent) == 1
    check_reply(reply, plan, entry)


@pytest.mark.parametrize("entry", EMBEDDINGS, ids=case_id)
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
async def test_embedding_matches_recorded_facts(entry: dict[str, Any], use_async: bool) -> None:
    model = f"cohere/{entry['model']}"
    with replay(entry) as sent:
        if use_async:
            reply = await llmrouter.aembedding(model, "Hello, world!", api_key=KEY, input_type="search_query")
        else:
            reply = llmrouter.embedding(model, "Hello, world!", api_key=KEY, input_type="search_query")
    assert json.loads(sent[0].body)["input_type"] == "search_query"
    facts = entry["vendor_extra"]
    assert reply.provider == "cohere"
    assert len(reply.data) == facts["embedding_count"]
    assert len(reply.data[0].embedding) == facts["embedding_dim"]
    first = facts["embedding_first_values"]
    assert reply.data[0].embedding[: len(first)] == pytest.approx(first, abs=5e-7)
    assert reply.usage is not None and reply.usage.prompt_tokens == entry["prompt_tokens"]


@pytest.mark.parametrize("entry", ERRORS, ids=case_id)
def test_error_is_typed(entry: dict[str, Any]) -> None:
    assert entry["endpoint"].endswith("/v2/embed")  # the only Cohere error recording there is
    with replay(entry), pytest.raises(STATUS_ERRORS[entry["status"]]) as caught:
        llmrouter.embedding(f"cohere/{entry['model']}", "Hello, world!", api_key=KEY)
    error = caught.value
    assert error.status == entry["status"]
    assert error.provider == "cohere"
    assert error.message == entry["error"]["message"]
    assert error.__cause__ is not None
    assert KEY not in str(error) and KEY not in repr(error)
