"""OpenTelemetry spans: one per call and a child per attempt, in the GenAI semantic conventions.

    pip install 'llmrouter[otel]'
    llmrouter.add_hook(TracingHook())            # the global tracer provider, or tracer_provider=

The call span (kind CLIENT, named ``"{operation} {model}"``, e.g. ``chat gpt-4o``) carries
``gen_ai.operation.name``, ``gen_ai.system`` and ``gen_ai.provider.name``, ``gen_ai.request.model``
and the request parameters (``gen_ai.request.max_tokens``, ``temperature``, ``top_p``, ...),
``gen_ai.response.model``, ``gen_ai.response.id``, ``gen_ai.response.finish_reasons``,
``gen_ai.usage.input_tokens`` and ``output_tokens`` (cached and cache-write input as
``gen_ai.usage.cache_read.input_tokens`` / ``cache_creation.input_tokens``), and llmrouter's own
``llmrouter.cost_usd``, ``llmrouter.attempts``, ``llmrouter.cache_hit``, ``llmrouter.request_id``
(the id in the call's log record and ledger rows). Each attempt at a vendor is a child span with
its own start and end, provider, model, retry and target numbers and, when it failed,
``error.type`` and an error status. A failed call's span has ``error.type`` (the llmrouter error
class) and an error status whose description is the error's code, never its message (a vendor
message may quote the prompt). No message text unless ``capture_content=True`` or
:func:`~llmrouter.hooks.logging.log_content` opted in, and then masked
(``gen_ai.input.messages``, ``gen_ai.output.messages``).

The spans are made with explicit parents and times, never made current, so that a stream
consumed in another task or thread still ends its span correctly. Without opentelemetry installed
nothing here is imported by llmrouter, and :class:`TracingHook` refuses to be built.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..errors import require
from .base import Attempt, CallContext, Hook
from .logging import _tokens, call_id, content_enabled, texts_of

if TYPE_CHECKING:
    from ..errors import LLMRouterError

__all__ = ["GEN_AI_SYSTEMS", "TracingHook"]

#: llmrouter provider -> ``gen_ai.system`` / ``gen_ai.provider.name`` well-known values.
GEN_AI_SYSTEMS = {
    "openai": "openai",
    "anthropic": "anthropic",
    "google": "gcp.gemini",
    "mistral": "mistral_ai",
    "cohere": "cohere",
    "xai": "xai",
    "deepseek": "deepseek",
    "groq": "groq",
    "perplexity": "perplexity",
}
_OPERATIONS = {"chat": "chat", "embedding": "embeddings"}
_REQUEST_PARAMS = {
    "max_tokens": "gen_ai.request.max_tokens",
    "temperature": "gen_ai.request.temperature",
    "top_p": "gen_ai.request.top_p",
    "frequency_penalty": "gen_ai.request.frequency_penalty",
    "presence_penalty": "gen_ai.request.presence_penalty",
    "seed": "gen_ai.request.seed",
    "n": "gen_ai.request.choice.count",
    "stop": "gen_ai.request.stop_sequences",
}


def _ns(seconds: float) -> int:
    return int(seconds * 1_000_000_000)


class TracingHook(Hook):
    """Spans for every call and attempt. ``tracer_provider``: an OpenTelemetry TracerProvider
    (default: the global one). ``capture_content``: masked message and reply text on the call
    span (default: whatever :func:`~llmrouter.hooks.logging.log_content` says)."""

    name = "tracing"
    order = -1000  # first in: its span wraps every other hook's work, and it sees a hook's answer

    def __init__(self, tracer_provider: Any = None, *, capture_content: bool | None = None) -> None:
        require("opentelemetry.trace", "otel", package="opentelemetry-api", purpose="TracingHook")
        from opentelemetry import trace
        from opentelemetry.trace import SpanKind, Status, StatusCode

        from .. import __version__

        self._trace = trace
        self._kind = SpanKind.CLIENT
        self._status, self._error = Status, StatusCode.ERROR
        self._tracer = trace.get_tracer("llmrouter", __version__, tracer_provider=tracer_provider)
        self.capture_content = capture_content

    def __repr__(self) -> str:
        return "TracingHook()"

    def _operation(self, ctx: CallContext) -> str:
        return _OPERATIONS.get(ctx.operation, ctx.operation)

    def _start(self, ctx: CallContext) -> Any:
        span = ctx.state.get(self)
        if span is not None:
            return span
        system = GEN_AI_SYSTEMS.get(ctx.provider, ctx.provider)
        operation = self._operation(ctx)
        model = ctx.model_id if ctx.request is not None else ctx.model
        attributes: dict[str, Any] = {
            "gen_ai.operation.name": operation,
            "gen_ai.system": system,
            "gen_ai.provider.name": system,
            "gen_ai.request.model": model,
            "llmrouter.requested_model": ctx.model,
            "llmrouter.request_id": call_id(ctx),
            "llmrouter.stream": ctx.stream,
        }
        params = ctx.params
        for name, key in _REQUEST_PARAMS.items():
            value = params.get(name)
            if value is None:
                continue
            if name == "stop":
                value = [value] if isinstance(value, str) else [str(item) for item in value]
            elif not isinstance(value, (int, float, str, bool)):
                continue
            attributes[key] = value
        span = self._tracer.start_span(
            f"{operation} {model}", kind=self._kind, attributes=attributes, start_time=_ns(ctx.started_at)
        )
        ctx.state[self] = span
        return span

    def before_request(self, ctx: CallContext) -> None:
        self._start(ctx)

    def on_attempt(self, ctx: CallContext, attempt: Attempt) -> None:
        parent = self._trace.set_span_in_context(self._start(ctx))
        system = GEN_AI_SYSTEMS.get(attempt.provider, attempt.provider)
        attributes: dict[str, Any] = {
            "gen_ai.operation.name": self._operation(ctx),
            "gen_ai.system": system,
            "gen_ai.provider.name": system,
            "gen_ai.request.model": attempt.model,
            "llmrouter.attempt.number": attempt.number,
            "llmrouter.attempt.target": attempt.target,
            "llmrouter.attempt.retry": attempt.retry,
        }
        prompt, completion, _cached, _written, _reasoning = _tokens(attempt.usage)
        if prompt is not None:
            attributes["gen_ai.usage.input_tokens"] = prompt
        if completion is not None:
            attributes["gen_ai.usage.output_tokens"] = completion
        span = self._tracer.start_span(
            f"{self._operation(ctx)} {attempt.model}",
            context=parent,
            kind=self._kind,
            attributes=attributes,
            start_time=_ns(attempt.started_at),
        )
        if attempt.error is not None:
            self._fail(span, attempt.error)
        span.end(end_time=_ns(attempt.started_at + attempt.duration_s))

    def _fail(self, span: Any, error: LLMRouterError) -> None:
        span.set_attribute("error.type", type(error).__name__)
        if error.status is not None:
            span.set_attribute("llmrouter.error.status", error.status)
        span.set_attribute("llmrouter.error.code", error.code)
        span.set_status(self._status(self._error, error.code))

    def _end(self, ctx: CallContext) -> None:
        span = self._start(ctx)
        ctx.state.pop(self, None)
        response = ctx.response
        if response is not None:
            model = getattr(response, "model", None)
            if model:
                span.set_attribute("gen_ai.response.model", model)
            ident = getattr(response, "id", None)
            if ident:
                span.set_attribute("gen_ai.response.id", ident)
            choices = getattr(response, "choices", None)
            if choices:
                reasons = [str(choice.finish_reason) for choice in choices if choice.finish_reason]
                if reasons:
                    span.set_attribute("gen_ai.response.finish_reasons", reasons)
        prompt, completion, cached, written, reasoning = _tokens(ctx.usage)
        for key, value in (
            ("gen_ai.usage.input_tokens", prompt),
            ("gen_ai.usage.output_tokens", completion),
            ("gen_ai.usage.cache_read.input_tokens", cached),
            ("gen_ai.usage.cache_creation.input_tokens", written),
            ("llmrouter.usage.reasoning_tokens", reasoning),
            ("llmrouter.cost_usd", ctx.cost_usd),
            ("llmrouter.saved_cost_usd", ctx.annotations.get("saved_cost_usd")),
        ):
            if value is not None:
                span.set_attribute(key, value)
        span.set_attribute("llmrouter.attempts", len(ctx.attempts))
        span.set_attribute("llmrouter.cache_hit", ctx.cache_hit)
        if ctx.stream:
            span.set_attribute("llmrouter.stream.complete", ctx.complete)
        redactions = ctx.annotations.get("redactions")
        if redactions:
            span.set_attribute("llmrouter.redactions", sum(redactions.values()))
        capture = self.capture_content if self.capture_content is not None else content_enabled()
        if capture:
            texts = texts_of(ctx)
            if "messages" in texts:
                span.set_attribute("gen_ai.input.messages", json.dumps(texts["messages"], ensure_ascii=False))
            if "reply" in texts:
                output = [{"role": "assistant", "content": texts["reply"]}]
                span.set_attribute("gen_ai.output.messages", json.dumps(output, ensure_ascii=False))
        if ctx.error is not None:
            self._fail(span, ctx.error)
        span.end()

    def after_response(self, ctx: CallContext) -> None:
        self._end(ctx)

    def on_error(self, ctx: CallContext, error: LLMRouterError) -> None:
        self._end(ctx)
