from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

import llmrouter
from llmrouter.hooks import LoggingHook, UsageTracker
from tests.fakes import ScriptedProvider

SECRET_PROMPT = [{"role": "user", "content": "my card is 4111 1111 1111 1111, answer about it"}]


@pytest.fixture
def scripted() -> Iterator[ScriptedProvider]:
    provider = ScriptedProvider(text="the reply text 4111")
    llmrouter.register_provider("scripted", provider)
    yield provider
    llmrouter.unregister_provider("scripted")


def test_logging_hook_writes_one_record_with_counts_and_no_text(
    scripted: ScriptedProvider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="llmrouter.calls")
    llmrouter.completion("scripted/m", SECRET_PROMPT, user="u1", hooks=[LoggingHook()])
    records = [r for r in caplog.records if r.name == "llmrouter.calls"]
    assert len(records) == 1
    fields = records[0].llmrouter  # type: ignore[attr-defined]
    assert fields["provider"] == "scripted" and fields["model"] == "m" and fields["user"] == "u1"
    assert (
        fields["prompt_tokens"] == 5
        and fields["completion_tokens"] == 2
        and fields["finish_reason"] == "stop"
    )
    assert "4111" not in caplog.text and "reply text" not in caplog.text


def test_logging_hook_logs_failures_without_the_vendor_message(
    scripted: ScriptedProvider, caplog: pytest.LogCaptureFixture
) -> None:
    scripted.errors = [llmrouter.InvalidRequestError("your prompt 'my card is 4111 1111 1111 1111' is bad")]
    with pytest.raises(llmrouter.InvalidRequestError):
        llmrouter.completion("scripted/m", SECRET_PROMPT, hooks=[LoggingHook()])
    assert "InvalidRequestError status=400" in caplog.text
    assert "4111" not in caplog.text


def test_logging_hook_is_free_when_its_level_is_off(
    scripted: ScriptedProvider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="llmrouter.calls")
    llmrouter.completion("scripted/m", SECRET_PROMPT, hooks=[LoggingHook()])
    assert [r for r in caplog.records if r.name == "llmrouter.calls"] == []


def test_usage_tracker_attributes_tokens_and_cost_per_user_and_model(scripted: ScriptedProvider) -> None:
    tracker = UsageTracker()
    llmrouter.register_price("scripted", "priced", llmrouter.Price(input=1.0, output=1.0))
    router = llmrouter.Router(hooks=[tracker])
    router.completion("scripted/priced", SECRET_PROMPT, user="alice")
    router.completion("scripted/priced", SECRET_PROMPT, metadata={"user_id": "bob"})
    router.completion("scripted/unpriced", SECRET_PROMPT, user="alice")
    alice = tracker.by_user["alice"]
    assert (alice.calls, alice.prompt_tokens, alice.completion_tokens) == (2, 10, 4)
    assert alice.cost_usd == pytest.approx(7 / 1_000_000) and alice.unpriced_calls == 1
    assert tracker.by_user["bob"].calls == 1
    assert tracker.by_model["scripted/priced"].calls == 2


def test_usage_tracker_counts_streams_once(scripted: ScriptedProvider) -> None:
    tracker = UsageTracker()
    with llmrouter.completion(
        "scripted/m", SECRET_PROMPT, stream=True, user="carol", hooks=[tracker]
    ) as stream:
        list(stream)
    assert tracker.by_user["carol"].calls == 1 and tracker.by_user["carol"].prompt_tokens == 5
