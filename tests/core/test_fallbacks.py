"""Fallback chains: on a retryable failure (or a model that no longer exists) the call moves to
the next target, keeping what the pre-hooks did to the request; when every target fails, one 503."""

from __future__ import annotations

from collections.abc import Iterator

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
