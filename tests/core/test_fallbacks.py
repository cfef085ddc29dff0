"""Fallback chains: on a retryable failure (or a model that no longer exists) the call moves to
the next target, keeping what the pre-hooks did to the request; when every target fails, one 503."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import llmrouter
from llmrouter import CallContext
from llmrouter.errors import (
    InvalidRequestError,
    ModelNotFoundError,
    ProviderError,
    RateLimitError,
    ServiceUnavailableError,
)
from llmrouter.hooks import Redactor
from llmrouter.providers.base import Capabilities
from llmrouter.testing import use_cassette
from tests.fakes import ScriptedProvider

USER = [{"role": "user", "content": "hi"}]


@pytest.fixture
def pair() -> Iterator[tuple[ScriptedProvider, ScriptedProvider]]:
    first, second = (
        ScriptedProvider(name="primary", text="from primary"),
        ScriptedProvider(name="backup", text="from backup"),
    )
    llmrouter.register_provider("primary", first)
    llmrouter.register_provider("backup", second)
    yield first, second
    llmrouter.unregister_provider("primary")
    llmrouter.unregister_provider("backup")


def test_a_retryable_failure_moves_to_the_next_target(
    pair: tuple[ScriptedProvider, ScriptedProvider],
) -> None:
    first, second = pair
    first.errors = [RateLimitError("slow down", retry_after=0.0)]
    seen: list[tuple[str, str]] = []

    class Watch:
        def after_response(self, ctx: CallContext) -> None:
            seen.append((ctx.provider, ctx.model_id))

    reply = llmrouter.completion("primary/m1", USER, num_retries=0, fallbacks=["backup/m2"], hooks=[Watch()])
    assert reply.content == "from backup" and reply.provider == "backup"
    assert seen == [("backup", "m2")]
    assert second.requests[0].model == "m2"


def test_a_bad_request_does_not_fall_back(pair: tuple[ScriptedProvider, ScriptedProvider]) -> None:
    first, second = pair
    first.errors = [InvalidRequestError("bad field")]
    with pytest.raises(InvalidRequestError):
        llmrouter.completion("primary/m1", USER, num_retries=0, fallbacks=["backup/m2"])
    assert second.requests == []


def test_a_retired_model_falls_back(pair: tuple[ScriptedProvider, ScriptedProvider]) -> None:
    first, _ = pair
    first.errors = [ModelNotFoundError("no such model")]
    assert (
        llmrouter.completion("primary/old", USER, num_retries=0, fallbacks=["backup/new"]).provider
        == "backup"
    )


def test_every_target_failing_is_one_503_naming_each_failure(
    pair: tuple[ScriptedProvider, ScriptedProvider],
) -> None:
    first, second = pair
    first.errors = [RateLimitError("prompt 'my secret' throttled", retry_after=0.0)]
    second.errors = [ProviderError("boom with 'my secret' quoted")]
    with pytest.raises(ServiceUnavailableError) as caught:
        llmrouter.completion("primary/m1", USER, num_retries=0, fallbacks=["backup/m2", "nosuchvendor/x"])
    error = caught.value
    assert error.status == 503 and error.code == "all_providers_unavailable"
    assert [f["target"] for f in error.details["failures"]] == ["primary/m1", "backup/m2", "nosuchvendor/x"]
    assert [f["status"] for f in error.details["failures"]] == [429, 500, 404]
    assert "my secret" not in str(error) and "my secret" not in repr(error.details)
    assert isinstance(error.__cause__, ProviderError)


def test_the_primary_key_never_goes_to_another_target(
    pair: tuple[ScriptedProvider, ScriptedProvider],
) -> None:
    first, second = pair
    first.errors = [RateLimitError("x", retry_after=0.0)]
    llmrouter.completion(
        "primary/m1", USER, api_key="primary-key-123456", num_retries=0, fallbacks=["backup/m2"]
    )
    assert second.requests[0].api_key is None
    first.errors = [RateLimitError("x", retry_after=0.0)]
    llmrouter.completion(
        "primary/m1",
        USER,
        api_key="primary-key-123456",
        num_retries=0,
        fallbacks=[{"model": "backup/m2", "api_key": "backup-key-654321"}],
    )
    assert second.requests[1].api_key == "backup-key-654321"


def test_the_fallback_sees_the_redacted_request(pair: tuple[ScriptedProvider, ScriptedProvider]) -> None:
    first, second = pair
    first.errors = [RateLimitError("x", retry_after=0.0)]
    llmrouter.completion(
        "primary/m1",
        [{"role": "user", "content": "mail jane.doe@example.com"}],
        num_retries=0,
        fallbacks=["backup/m2"],
        hooks=[Redactor()],
    )
    sent = second.requests[0].messages[0].text()
    assert "jane.doe@example.com" not in sent and "<EMAIL_1>" in sent


def test_a_target_that_cannot_take_the_request_is_skipped(
    pair: tuple[ScriptedProvider, ScriptedProvider],
) -> None:
    first, second = pair
    narrow = ScriptedProvider(name="narrow", capabilities=Capabilities(params=frozenset()))
    llmrouter.register_provider("narrow", narrow)
    try:
        first.errors = [RateLimitError("x", retry_after=0.0)]
        reply = llmrouter.completion(
            "primary/m1", USER, seed=7, num_retries=0, fallbacks=["narrow/a", "backup/m2"]
        )
        assert reply.provider == "backup" and narrow.requests == []
        assert second.requests[0].params == {"seed": 7}
        first.errors = [RateLimitError("x", retry_after=0.0)]
        reply = llmrouter.completion(
            "primary/m1", USER, seed=7, drop_params=True, num_retries=0, fallbacks=["narrow/a"]
        )
        assert reply.provider == "narrow" and narrow.requests[0].params == {}
    finally:
        llmrouter.unregister_provider("narrow")


def test_streams_fall_back_before_the_first_chunk(pair: tuple[ScriptedProvider, ScriptedProvider]) -> None:
    first, _ = pair
    first.errors = [ServiceUnavailableError("overloaded")]
    with llmrouter.completion(
        "primary/m1", USER, stream=True, num_retries=0, fallbacks=["backup/m2"]
    ) as stream:
        text = "".join(chunk.content or "" for chunk in stream)
    assert text == "from backup" and stream.completion is not None and stream.completion.provider == "backup"


async def test_async_falls_back_too(pair: tuple[ScriptedProvider, ScriptedProvider]) -> None:
    first, _ = pair
    first.errors = [RateLimitError("x", retry_after=0.0)]
    reply = await llmrouter.acompletion("primary/m1", USER, num_retries=0, fallbacks=["backup/m2"])
    assert reply.provider == "backup"
    first.errors = [RateLimitError("x", retry_after=0.0)]
    stream = await llmrouter.acompletion(
        "primary/m1", USER, stream=True, num_retries=0, fallbacks=["backup/m2"]
    )
    assert (await stream.get_final_completion()).content == "from backup"


def test_a_real_vendor_429_falls_back(
    pair: tuple[ScriptedProvider, ScriptedProvider], cassettes: object
) -> None:
    from pathlib import Path

    _, second = pair
    with use_cassette(
        Path(str(cassettes)) / "openai" / "error_429.yaml", match_on=("method", "host", "path")
    ):
        reply = llmrouter.completion(
            "openai/gpt-4o", USER, api_key="sk-test-fallback-0001", num_retries=0, fallbacks=["backup/m2"]
        )
    assert reply.provider == "backup" and second.requests[0].api_key is None


@pytest.mark.parametrize(
    "bad",
    [
        "backup/m2",
        [3],
        [{"api_key": "x"}],
        [{"model": "backup/m2", "color": "red"}],
        [{"model": "backup/m2", "timeout": -1}],
    ],
)
def test_bad_fallbacks_are_refused_before_any_call(
    pair: tuple[ScriptedProvider, ScriptedProvider], bad: object
) -> None:
    first, _ = pair
    with pytest.raises(InvalidRequestError) as caught:
        llmrouter.completion("primary/m1", USER, fallbacks=bad)
    assert caught.value.param in ("fallbacks", "timeout") and first.requests == []


# --------------------------------------------------------------------------------------------
# Reliability options (issue #12): same-provider inheritance, models=[...], deadlines, opt-in chains
# --------------------------------------------------------------------------------------------


def test_a_same_provider_fallback_inherits_base_and_key_a_cross_provider_one_never(
    pair: tuple[ScriptedProvider, ScriptedProvider],
) -> None:
    first, second = pair
    first.errors = [RateLimitError("x", retry_after=0.0)]
    llmrouter.completion(
        "primary/m1",
        USER,
        api_key="primary-key-123456",
        api_base="http://127.0.0.1:9/v1",
        num_retries=0,
        fallbacks=["primary/m1-mini", "backup/m2"],
    )
    inherited = first.requests[1]
    assert (inherited.model, inherited.api_key, inherited.api_base) == (
        "m1-mini",
        "primary-key-123456",
        "http://127.0.0.1:9/v1",
    )
    first.errors = [RateLimitError("x", retry_after=0.0)] * 2
    llmrouter.completion(
        "primary/m1",
        USER,
        api_key="primary-key-123456",
        api_base="http://127.0.0.1:9/v1",
        num_retries=0,
        fallbacks=["primary/m1-mini", "backup/m2"],
    )
    crossed = second.requests[-1]
    assert (crossed.api_key, crossed.api_base) == (None, None)


def test_models_list_is_tried_in_order_and_may_stand_for_the_model(
    pair: tuple[ScriptedProvider, ScriptedProvider],
) -> None:
    first, _second = pair
    first.errors = [RateLimitError("x", retry_after=0.0)]
    reply = llmrouter.completion(messages=USER, models=["primary/m1", "backup/m2"], num_retries=0)
    assert reply.content == "from backup" and [r.model for r in first.requests] == ["m1"]
    reply = llmrouter.completion("primary/m0", USER, models=["backup/m2"])
    assert reply.content == "from primary" and first.requests[-1].model == "m0"
    with pytest.raises(InvalidRequestError, match="models="):
        llmrouter.completion(messages=USER)


def test_a_deadline_stops_retrying_and_says_so(pair: tuple[ScriptedProvider, ScriptedProvider]) -> None:
    first, _ = pair
    now = [100.0]
    router = llmrouter.Router(
        retry=llmrouter.RetryPolicy(
            num_retries=5, sleep=lambda s: now.__setitem__(0, now[0] + s), clock=lambda: now[0]
        )
    )
    first.errors = [RateLimitError("x", retry_after=4.0)] * 6
    with pytest.raises(llmrouter.APITimeoutError) as caught:
        router.completion("primary/m1", USER, deadline=10.0)
    assert caught.value.code == "deadline_exceeded"
    assert len(first.requests) == 3  # at 100, 104, 108: a fourth would start past 110
    assert isinstance(caught.value.__cause__, RateLimitError)


async def test_an_async_attempt_is_cut_at_the_deadline(
    pair: tuple[ScriptedProvider, ScriptedProvider],
) -> None:
    import asyncio

    class Stall(ScriptedProvider):
        async def acomplete(self, request: Any) -> Any:
            await asyncio.sleep(30)

    llmrouter.register_provider("stall", Stall(name="stall"))
    try:
        with pytest.raises(llmrouter.APITimeoutError) as caught:
            await llmrouter.acompletion("stall/m", USER, deadline=0.05)
    finally:
        llmrouter.unregister_provider("stall")
    assert caught.value.code == "deadline_exceeded"


def test_context_window_fallbacks_are_opt_in(pair: tuple[ScriptedProvider, ScriptedProvider]) -> None:
    first, second = pair
    first.errors = [llmrouter.ContextWindowExceededError("prompt is too long")]
    with pytest.raises(llmrouter.ContextWindowExceededError):
        llmrouter.completion("primary/small", USER, fallbacks=["backup/m2"])
    assert second.requests == []  # a bad request is not a reason for a plain fallback
    first.errors = [llmrouter.ContextWindowExceededError("prompt is too long")]
    reply = llmrouter.completion("primary/small", USER, context_window_fallbacks=["backup/large"])
    assert reply.content == "from backup" and second.requests[-1].model == "large"


def test_content_policy_fallbacks_take_over_a_filtered_reply(
    pair: tuple[ScriptedProvider, ScriptedProvider],
) -> None:
    _first, _second = pair

    class Filtered(ScriptedProvider):
        def complete(self, request: Any) -> Any:
            reply = super().complete(request)
            reply.choices[0].finish_reason = "content_filter"
            return reply

    llmrouter.register_provider("filtered", Filtered(name="filtered"))
    try:
        kept = llmrouter.completion("filtered/m", USER)
        assert kept.finish_reason == "content_filter"  # without the option the reply is the caller's
        reply = llmrouter.completion("filtered/m", USER, content_policy_fallbacks=["backup/m2"])
    finally:
        llmrouter.unregister_provider("filtered")
    assert reply.content == "from backup"
