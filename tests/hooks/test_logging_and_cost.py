"""Cost on every kind of reply through the real SDKs (cassettes), the per-call log record, the
JSON-lines logger and the in-memory usage tracker."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import llmrouter
from llmrouter import api as router
from llmrouter.hooks import LoggingHook, UsageTracker
from llmrouter.hooks import logging as call_logging
from llmrouter.hooks.logging import JsonlLogger, call_record, log_call, log_content
from llmrouter.policy import RetryPolicy
from llmrouter.testing import use_cassette
from tests.fakes import ScriptedProvider

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "cassettes"
HELLO = [{"role": "user", "content": "Say hello in one word."}]
KEY = "sk-test-0123456789abcdefghij0123"
SECRET_PROMPT = [{"role": "user", "content": "my card is 4111 1111 1111 1111, mail me at jo@example.com"}]


@pytest.fixture(autouse=True)
def one_attempt(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(router._default, "policy", RetryPolicy(num_retries=0))
    yield
    log_content(False)


@pytest.fixture
def scripted() -> Iterator[ScriptedProvider]:
    provider = ScriptedProvider(text="the reply text 4111")
    llmrouter.register_provider("scripted", provider)
    llmrouter.register_price("scripted/m", input_per_mtok=1_000_000, output_per_mtok=1_000_000)
    yield provider
    llmrouter.unregister_provider("scripted")
    llmrouter.pricing.unregister_price("scripted/m")


# ---------------------------------------------------------------------------------------------
# Cost through the SDKs: the recorded usage at each vendor's published price (USD per million)
# ---------------------------------------------------------------------------------------------

CHAT = [
    # cassette, model, expected cost from the recorded usage and the vendor's price page
    ("openai/chat_plain", "openai/gpt-4o-mini", (13 * 0.15 + 2 * 0.60) / 1e6),
    # o4-mini: 211 completion tokens of which 192 reasoning, all billed as output ($4.40)
    ("openai/chat_reasoning", "openai/o4-mini", (20 * 1.10 + 211 * 4.40) / 1e6),
    ("anthropic/plain", "anthropic/claude-sonnet-4-5", (9 * 3 + 12 * 15) / 1e6),
    # gemini-2.5-flash: 30 output tokens, 21 of them thoughts, billed as output ($2.50)
    ("google/plain", "google/gemini-2.5-flash", (4 * 0.30 + 30 * 2.50) / 1e6),
    # 3,512 of 3,520 prompt tokens from the context cache ($0.03)
    ("google/cached_content", "google/gemini-2.5-flash", (8 * 0.30 + 3_512 * 0.03 + 44 * 2.50) / 1e6),
    ("mistral/plain", "mistral/mistral-small-latest", (10 * 0.15 + 8 * 0.60) / 1e6),
    # Cohere bills billed_units (3 in, 10 out), not the 496 prompt tokens it reports
    ("cohere/plain", "cohere/command-a-03-2025", (3 * 2.50 + 10 * 10.00) / 1e6),
    ("groq/chat_plain", "groq/llama-3.1-8b-instant", (41 * 0.05 + 3 * 0.08) / 1e6),
    ("openrouter/chat_plain", "openrouter/openai/gpt-4o-mini", (13 * 0.15 + 2 * 0.60) / 1e6),
    # Perplexity reports its own bill (request fee for the "low" search context included)
    ("perplexity/chat_plain", "perplexity/sonar", 0.005),
]


@pytest.mark.parametrize(("name", "model", "expected"), CHAT)
def test_reply_cost_at_the_vendors_price(name: str, model: str, expected: float) -> None:
    with use_cassette(CASSETTES / f"{name}.yaml"):
        reply = llmrouter.completion(model, HELLO, api_key=KEY)
    assert reply.cost_usd == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(("name", "model", "expected"), CHAT[:3])
async def test_async_reply_cost(name: str, model: str, expected: float) -> None:
    with use_cassette(CASSETTES / f"{name}.yaml"):
        reply = await llmrouter.acompletion(model, HELLO, api_key=KEY)
    assert reply.cost_usd == pytest.approx(expected, rel=1e-9)


STREAMS = [
    ("openai/chat_stream", "openai/gpt-4o-mini", (13 * 0.15 + 3 * 0.60) / 1e6),
    # 1,235 prompt tokens: 5 fresh, 1,200 read from the cache ($0.30), 30 written to it ($3.75)
    (
        "anthropic/stream_text",
        "anthropic/claude-sonnet-4-5",
        (5 * 3 + 1_200 * 0.30 + 30 * 3.75 + 12 * 15) / 1e6,
    ),
    ("google/stream", "google/gemini-2.5-flash", (8 * 0.30 + 40 * 2.50) / 1e6),
]


@pytest.mark.parametrize(("name", "model", "expected"), STREAMS)
def test_the_final_stream_objects_cost(name: str, model: str, expected: float) -> None:
    with use_cassette(CASSETTES / f"{name}.yaml"):
        stream = llmrouter.completion(
            model, HELLO, api_key=KEY, stream=True, stream_options={"include_usage": True}
        )
        for _ in stream:
            pass
    assert stream.completion is not None
    assert stream.completion.cost_usd == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(("name", "model", "expected"), STREAMS[:2])
async def test_the_final_async_stream_objects_cost(name: str, model: str, expected: float) -> None:
    with use_cassette(CASSETTES / f"{name}.yaml"):
        stream = await llmrouter.acompletion(
            model, HELLO, api_key=KEY, stream=True, stream_options={"include_usage": True}
        )
        async for _ in stream:
            pass
    assert stream.completion.cost_usd == pytest.approx(expected, rel=1e-9)


EMBEDDINGS = [
    ("openai/embeddings_float", "openai/text-embedding-3-small", 1 * 0.02 / 1e6),
    ("mistral/embeddings", "mistral/mistral-embed", 4 * 0.10 / 1e6),
    ("cohere/embed", "cohere/embed-v4.0", 2 * 0.12 / 1e6),
]


@pytest.mark.parametrize(("name", "model", "expected"), EMBEDDINGS)
async def test_embeddings_cost(name: str, model: str, expected: float) -> None:
    with use_cassette(CASSETTES / f"{name}.yaml"):
        reply = llmrouter.embedding(model, ["a", "b"], api_key=KEY)
    assert reply.cost_usd == pytest.approx(expected, rel=1e-9)
    with use_cassette(CASSETTES / f"{name}.yaml"):
        reply = await llmrouter.aembedding(model, ["a", "b"], api_key=KEY)
    assert reply.cost_usd == pytest.approx(expected, rel=1e-9)


def test_a_self_hosted_model_has_no_cost_until_one_is_registered() -> None:
    with use_cassette(CASSETTES / "ollama/chat_plain.yaml"):
        reply = llmrouter.completion("ollama/llama3.2", HELLO)
    assert reply.cost_usd is None
    llmrouter.register_price("ollama/llama3.2", input_per_mtok=0.1, output_per_mtok=0.2)
    try:
        with use_cassette(CASSETTES / "ollama/chat_plain.yaml"):
            reply = llmrouter.completion("ollama/llama3.2", HELLO)
        assert reply.cost_usd == pytest.approx((31 * 0.1 + 3 * 0.2) / 1e6)
    finally:
        llmrouter.pricing.unregister_price("ollama/llama3.2")


# ---------------------------------------------------------------------------------------------
# The log record
# ---------------------------------------------------------------------------------------------


class Capture:
    """Grabs the contexts the pipeline hands its hooks, to feed log_call as the pipeline does."""

    def __init__(self) -> None:
        self.contexts: list[Any] = []

    def after_response(self, ctx: Any) -> None:
        self.contexts.append(ctx)

    def on_error(self, ctx: Any, error: Any) -> None:
        self.contexts.append(ctx)


def _records(caplog: pytest.LogCaptureFixture, name: str = "llmrouter") -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == name and hasattr(record, "llmrouter")]


def test_log_call_writes_one_structured_record_without_key_or_text(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="llmrouter")
    capture = Capture()
    with use_cassette(CASSETTES / "openai/chat_plain.yaml"):
        llmrouter.completion("openai/gpt-4o-mini", SECRET_PROMPT, api_key=KEY, user="u1", hooks=[capture])
    (ctx,) = capture.contexts
    caplog.clear()
    log_call(ctx)
    (record,) = _records(caplog)
    assert record.levelno == logging.INFO
    fields = record.llmrouter  # type: ignore[attr-defined]
    assert len(fields["request_id"]) == 32
    assert fields["response_id"].startswith("chatcmpl-")
    assert fields["user"] == "u1" and fields["provider"] == "openai" and fields["model"] == "gpt-4o-mini"
    assert fields["attempts"] == 1 and fields["failed_attempts"] == 0 and fields["status"] == "ok"
    assert (fields["prompt_tokens"], fields["completion_tokens"], fields["cached_tokens"]) == (13, 2, 0)
    assert fields["cost_usd"] == pytest.approx((13 * 0.15 + 2 * 0.60) / 1e6)
    assert fields["cache_hit"] is False and fields["latency_s"] > 0
    dumped = json.dumps(fields) + caplog.text + record.getMessage()
    for forbidden in (KEY, "4111", "jo@example.com", "my card", "Hello!"):
        assert forbidden not in dumped
    assert "messages" not in fields and "reply" not in fields


def test_a_failed_call_is_logged_with_its_error_class_and_code_only(
    scripted: ScriptedProvider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="llmrouter")
    scripted.errors = [llmrouter.InvalidRequestError("your prompt 'my card is 4111 1111 1111 1111' is bad")]
    capture = Capture()
    with pytest.raises(llmrouter.InvalidRequestError):
        llmrouter.completion("scripted/m", SECRET_PROMPT, api_key=KEY, hooks=[capture])
    caplog.clear()
    log_call(capture.contexts[0])
    fields = _records(caplog)[0].llmrouter  # type: ignore[attr-defined]
    assert fields["status"] == "error" and fields["error"] == "InvalidRequestError"
    assert fields["error_code"] == "invalid_request_error" and fields["http_status"] == 400
    assert fields["attempts"] == 1 and fields["failed_attempts"] == 1 and fields["cost_usd"] is None
    assert "4111" not in caplog.text and KEY not in caplog.text


def test_log_call_costs_nothing_when_the_logger_is_off(
    scripted: ScriptedProvider, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.WARNING, logger="llmrouter")
    capture = Capture()
    llmrouter.completion("scripted/m", SECRET_PROMPT, hooks=[capture])

    def must_not_build(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the record was built although nobody listens")

    monkeypatch.setattr(call_logging, "call_record", must_not_build)
    log_call(capture.contexts[0])
    assert _records(caplog) == []


def test_text_only_when_opted_in_and_then_masked(
    scripted: ScriptedProvider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="llmrouter")
    capture = Capture()
    llmrouter.completion("scripted/m", SECRET_PROMPT, api_key=KEY, hooks=[capture])
    log_content(True)
    caplog.clear()
    log_call(capture.contexts[0])
    fields = _records(caplog)[0].llmrouter  # type: ignore[attr-defined]
    assert fields["messages"][0]["role"] == "user"
    assert "my card is" in fields["messages"][0]["content"]
    assert "4111 1111 1111 1111" not in json.dumps(fields) and "jo@example.com" not in json.dumps(fields)
    assert "[EMAIL]" in fields["messages"][0]["content"]
    assert fields["reply"].startswith("the reply text")


def test_redaction_counts_and_stream_facts_are_in_the_record(scripted: ScriptedProvider) -> None:
    from llmrouter.hooks import Redactor

    capture = Capture()
    stream = llmrouter.completion(
        "scripted/m",
        SECRET_PROMPT,
        stream=True,
        hooks=[capture, Redactor()],
        stream_options={"include_usage": True},
    )
    for _ in stream:
        pass
    record = call_record(capture.contexts[0])
    assert record["redactions"] == {"CREDIT_CARD": 1, "EMAIL": 1}
    assert record["stream"] is True and record["complete"] is True and "first_chunk_s" in record
    assert record["cost_usd"] == pytest.approx(7.0)  # 5 + 2 tokens at $1 a token
    assert "4111" not in json.dumps(record)


def test_every_call_is_logged_by_the_pipeline_itself(
    scripted: ScriptedProvider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="llmrouter")
    llmrouter.completion("scripted/m", SECRET_PROMPT, user="auto")
    with pytest.raises(llmrouter.ProviderError):
        scripted.errors = [llmrouter.ProviderError("boom", status=500)]
        llmrouter.completion("scripted/m", SECRET_PROMPT, user="auto")
    records = [r.llmrouter for r in _records(caplog)]  # type: ignore[attr-defined]
    assert [r["status"] for r in records] == ["ok", "error"]


def test_logging_hook_sends_the_record_to_its_own_logger(
    scripted: ScriptedProvider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="llmrouter.calls")
    llmrouter.completion("scripted/m", SECRET_PROMPT, user="u1", hooks=[LoggingHook()])
    (record,) = _records(caplog, "llmrouter.calls")
    fields = record.llmrouter  # type: ignore[attr-defined]
    assert fields["provider"] == "scripted" and fields["model"] == "m" and fields["user"] == "u1"
    assert fields["prompt_tokens"] == 5 and fields["completion_tokens"] == 2
    assert "4111" not in caplog.text and "reply text" not in caplog.text
    scripted.errors = [llmrouter.InvalidRequestError("your prompt 'my card is 4111 1111 1111 1111' is bad")]
    with pytest.raises(llmrouter.InvalidRequestError):
        llmrouter.completion("scripted/m", SECRET_PROMPT, hooks=[LoggingHook()])
    failure = _records(caplog, "llmrouter.calls")[-1]
    assert (
        failure.levelno == logging.WARNING
        and "InvalidRequestError invalid_request_error" in failure.getMessage()
    )
    assert "4111" not in caplog.text


def test_logging_hook_is_free_when_its_level_is_off(
    scripted: ScriptedProvider, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="llmrouter.calls")
    llmrouter.completion("scripted/m", SECRET_PROMPT, hooks=[LoggingHook()])
    assert _records(caplog, "llmrouter.calls") == []


# ---------------------------------------------------------------------------------------------
# JSON lines
# ---------------------------------------------------------------------------------------------


def test_jsonl_logger_writes_a_line_per_call_and_per_failed_attempt(
    scripted: ScriptedProvider, tmp_path: Path
) -> None:
    path = tmp_path / "calls.jsonl"
    jsonl = JsonlLogger(path)
    router_ = llmrouter.Router(hooks=[jsonl], retry=RetryPolicy(num_retries=2, sleep=lambda _: None))
    scripted.errors = [llmrouter.ProviderError("boom 4111", status=500)]
    router_.completion("scripted/m", SECRET_PROMPT, api_key=KEY, user="j")
    scripted.errors = [llmrouter.AuthenticationError("bad key")]
    with pytest.raises(llmrouter.AuthenticationError):
        router_.completion("scripted/m", SECRET_PROMPT, api_key=KEY, user="j")
    jsonl.close()
    text = path.read_text()
    lines = [json.loads(line) for line in text.splitlines()]
    assert [(line["record"], line["status"]) for line in lines] == [
        ("attempt", "error"),
        ("call", "ok"),
        ("attempt", "error"),
        ("call", "error"),
    ]
    assert lines[0]["error"] == "ProviderError" and lines[0]["http_status"] == 500
    assert lines[0]["request_id"] == lines[1]["request_id"] != lines[3]["request_id"]
    assert lines[1]["attempts"] == 2 and lines[1]["cost_usd"] == pytest.approx(7.0)
    assert KEY not in text and "4111" not in text and "my card" not in text


def test_jsonl_logger_lines_stay_whole_under_threads(scripted: ScriptedProvider, tmp_path: Path) -> None:
    path = tmp_path / "calls.jsonl"
    jsonl = JsonlLogger(path)
    threads = [
        threading.Thread(
            target=lambda: [llmrouter.completion("scripted/m", HELLO, hooks=[jsonl]) for _ in range(25)]
        )
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    lines = path.read_text().splitlines()
    assert len(lines) == 200 and len({json.loads(line)["request_id"] for line in lines}) == 200


def test_jsonl_logger_refuses_a_bad_path() -> None:
    with pytest.raises(llmrouter.InvalidRequestError):
        JsonlLogger("")  # type: ignore[arg-type]
    with pytest.raises(llmrouter.InvalidRequestError):
        JsonlLogger(None)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# The in-memory tracker
# ---------------------------------------------------------------------------------------------


def test_usage_tracker_attributes_tokens_and_cost_per_user_and_model(scripted: ScriptedProvider) -> None:
    tracker = UsageTracker()
    llmrouter.register_price("scripted", "priced", llmrouter.Price(input=1.0, output=1.0))
    router_ = llmrouter.Router(hooks=[tracker])
    router_.completion("scripted/priced", SECRET_PROMPT, user="alice")
    router_.completion("scripted/priced", SECRET_PROMPT, metadata={"user_id": "bob"})
    router_.completion("scripted/unpriced", SECRET_PROMPT, user="alice")
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
