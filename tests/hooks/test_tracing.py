"""TracingHook with the OpenTelemetry SDK's in-memory exporter: a span per call, a child per
attempt, GenAI attributes, errors, no text unless opted in."""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

import llmrouter
from llmrouter.hooks.logging import log_content
from llmrouter.hooks.tracing import TracingHook
from llmrouter.policy import RetryPolicy
from llmrouter.testing import use_cassette
from tests.fakes import ScriptedProvider

CASSETTES = Path(__file__).resolve().parents[2] / "cassettes"
KEY = "sk-test-0123456789abcdefghij0123"
SECRET = [{"role": "user", "content": "mail jo@example.com about card 4111 1111 1111 1111"}]


async def _no_wait(_: float) -> None:
    return None


@pytest.fixture
def spans() -> Iterator[tuple[TracingHook, InMemorySpanExporter]]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield TracingHook(tracer_provider=provider), exporter
    log_content(False)


@pytest.fixture
def scripted() -> Iterator[ScriptedProvider]:
    provider = ScriptedProvider(text="reply for jo@example.com")
    llmrouter.register_provider("scripted", provider)
    llmrouter.register_price("scripted/m", input_per_mtok=1, output_per_mtok=1)
    yield provider
    llmrouter.unregister_provider("scripted")
    llmrouter.pricing.unregister_price("scripted/m")


def _all_text(finished: Any) -> str:
    return json.dumps(
        [dict(span.attributes) for span in finished] + [span.name for span in finished], default=str
    )


def test_a_call_span_with_genai_attributes_and_a_child_per_attempt(spans: Any) -> None:
    hook, exporter = spans
    router = llmrouter.Router(hooks=[hook], retry=RetryPolicy(num_retries=1, sleep=lambda _: None))
    with use_cassette(CASSETTES / "openai/retry_429_then_200.yaml"):
        reply = router.completion("openai/gpt-4o-mini", SECRET, api_key=KEY, max_tokens=50, temperature=0.2)
    finished = exporter.get_finished_spans()
    calls = [span for span in finished if span.parent is None]
    attempts = [span for span in finished if span.parent is not None]
    assert len(calls) == 1 and len(attempts) == 2
    call = calls[0]
    assert call.name == "chat gpt-4o-mini" and call.kind == SpanKind.CLIENT
    attrs = call.attributes
    assert attrs["gen_ai.operation.name"] == "chat"
    assert attrs["gen_ai.system"] == attrs["gen_ai.provider.name"] == "openai"
    assert attrs["gen_ai.request.model"] == "gpt-4o-mini"
    assert attrs["gen_ai.request.max_tokens"] == 50 and attrs["gen_ai.request.temperature"] == 0.2
    assert attrs["gen_ai.response.model"] == reply.model and attrs["gen_ai.response.id"] == reply.id
    assert attrs["gen_ai.response.finish_reasons"] == ("stop",)
    assert attrs["gen_ai.usage.input_tokens"] == reply.usage.prompt_tokens
    assert attrs["gen_ai.usage.output_tokens"] == reply.usage.completion_tokens
    assert attrs["llmrouter.cost_usd"] == pytest.approx(reply.cost_usd)
    assert attrs["llmrouter.attempts"] == 2 and attrs["llmrouter.cache_hit"] is False
    assert call.status.status_code != StatusCode.ERROR
    first, second = sorted(attempts, key=lambda span: span.attributes["llmrouter.attempt.number"])
    assert all(span.parent.span_id == call.context.span_id for span in attempts)
    assert all(span.context.trace_id == call.context.trace_id for span in attempts)
    assert first.attributes["error.type"] == "RateLimitError" and first.status.status_code == StatusCode.ERROR
    assert first.attributes["llmrouter.error.status"] == 429
    assert "error.type" not in second.attributes and second.attributes["gen_ai.usage.input_tokens"] > 0
    assert call.start_time <= first.start_time <= first.end_time <= second.start_time <= call.end_time
    assert "jo@example.com" not in _all_text(finished) and "4111" not in _all_text(finished)


def test_a_failed_call_records_the_error_class_not_its_message(
    spans: Any, scripted: ScriptedProvider
) -> None:
    hook, exporter = spans
    scripted.errors = [llmrouter.InvalidRequestError("you said 'mail jo@example.com' and that is bad")]
    with pytest.raises(llmrouter.InvalidRequestError):
        llmrouter.completion("scripted/m", SECRET, hooks=[hook])
    finished = exporter.get_finished_spans()
    call = next(span for span in finished if span.parent is None)
    assert call.status.status_code == StatusCode.ERROR and call.status.description == "invalid_request_error"
    assert call.attributes["error.type"] == "InvalidRequestError"
    assert "jo@example.com" not in _all_text(finished)
    assert all("jo@example.com" not in str(event.attributes) for span in finished for event in span.events)


async def test_async_streams_and_embeddings(spans: Any) -> None:
    hook, exporter = spans
    with use_cassette(CASSETTES / "anthropic/stream_text.yaml"):
        stream = await llmrouter.acompletion(
            "anthropic/claude-sonnet-4-5", SECRET, api_key=KEY, stream=True, hooks=[hook]
        )
        async for _ in stream:
            pass
    with use_cassette(CASSETTES / "openai/embeddings_float.yaml"):
        llmrouter.embedding("openai/text-embedding-3-small", ["a"], api_key=KEY, hooks=[hook])
    calls = {span.name: span for span in exporter.get_finished_spans() if span.parent is None}
    chat = calls["chat claude-sonnet-4-5"]
    assert (
        chat.attributes["gen_ai.system"] == "anthropic"
        and chat.attributes["llmrouter.stream.complete"] is True
    )
    assert chat.attributes["gen_ai.usage.cache_read.input_tokens"] == 1200
    assert chat.attributes["gen_ai.usage.cache_creation.input_tokens"] == 30
    embed = calls["embeddings text-embedding-3-small"]
    assert embed.attributes["gen_ai.operation.name"] == "embeddings"
    assert embed.attributes["gen_ai.usage.input_tokens"] == 1


def test_a_stream_closed_early_ends_its_span_once(spans: Any, scripted: ScriptedProvider) -> None:
    hook, exporter = spans
    with llmrouter.completion("scripted/m", SECRET, stream=True, hooks=[hook]) as stream:
        next(iter(stream))
    calls = [span for span in exporter.get_finished_spans() if span.parent is None]
    assert len(calls) == 1 and calls[0].attributes["llmrouter.stream.complete"] is False


def test_content_only_when_asked_and_then_masked(spans: Any, scripted: ScriptedProvider) -> None:
    hook, exporter = spans
    llmrouter.completion("scripted/m", SECRET, hooks=[hook])
    assert "gen_ai.input.messages" not in exporter.get_finished_spans()[-1].attributes
    log_content(True)
    llmrouter.completion("scripted/m", SECRET, hooks=[hook])
    span = next(span for span in exporter.get_finished_spans()[::-1] if span.parent is None)
    messages = json.loads(span.attributes["gen_ai.input.messages"])
    assert messages[0]["role"] == "user" and "[EMAIL]" in messages[0]["content"]
    assert "jo@example.com" not in _all_text([span])
    assert json.loads(span.attributes["gen_ai.output.messages"])[0]["content"] == "reply for [EMAIL]"


def test_a_hook_that_refuses_before_the_tracer_still_gets_a_span(
    spans: Any, scripted: ScriptedProvider
) -> None:
    hook, exporter = spans

    class Refuse:
        order = -5000

        def before_request(self, ctx: Any) -> None:
            raise llmrouter.SecurityViolation("no")

    with pytest.raises(llmrouter.SecurityViolation):
        llmrouter.completion("scripted/m", SECRET, hooks=[hook, Refuse()])
    (span,) = exporter.get_finished_spans()
    assert span.attributes["error.type"] == "SecurityViolation" and span.attributes["llmrouter.attempts"] == 0


def test_without_opentelemetry_the_hook_refuses_to_be_built(monkeypatch: pytest.MonkeyPatch) -> None:
    real = builtins.__import__

    def no_otel(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("opentelemetry"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_otel)
    with pytest.raises(llmrouter.InvalidRequestError, match=r"llmrouter\[otel\]"):
        TracingHook()


def test_import_llmrouter_imports_no_opentelemetry() -> None:
    import os
    import subprocess
    import sys

    code = "import sys, llmrouter, llmrouter.hooks; assert not [m for m in sys.modules if m.startswith('opentelemetry')]"
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], check=True, env=dict(os.environ, PYTHONPATH=str(root)))
