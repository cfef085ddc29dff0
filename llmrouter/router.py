"""The one call pipeline: resolve -> validate -> pre-hooks -> provider (retry) -> post-hooks.

Everything that decides something is a pure step (``normalize_params``, ``validate_messages``,
``build_request``, ``finalize``, ``retry_delay``); the sync and async shells below only do I/O and
run hooks, and read top to bottom in the same order.
"""

from __future__ import annotations

import functools
import logging
import random
import re
import time
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, overload

from pydantic import BaseModel, TypeAdapter, ValidationError

from . import providers as registry
from .errors import (
    InvalidRequestError,
    LLMRouterError,
    ModelNotFoundError,
    OutputValidationError,
    ServiceUnavailableError,
    UnsupportedParameterError,
)
from .hooks.base import (
    CallContext,
    HookPlan,
    apply_chunk_hooks_async,
    apply_chunk_hooks_sync,
    run_async,
    run_sync,
)
from .models import resolve
from .pricing import cost_of
from .providers.base import COMMON_PARAMS, ChatRequest, EmbeddingRequest, Provider
from .streaming import AsyncCompletionStream, CompletionStream
from .types import ChatCompletion, ChatCompletionChunk, EmbeddingResponse, Message, ResponseFormat, Tool

__all__ = [
    "Router",
    "acompletion",
    "add_hook",
    "aembedding",
    "clear_hooks",
    "completion",
    "embedding",
    "remove_hook",
]

logger = logging.getLogger("llmrouter")

MessageLike = Message | Mapping[str, Any]

# --------------------------------------------------------------------------------------------
# Pure steps
# --------------------------------------------------------------------------------------------

#: camelCase spellings (from JS-style callers and seed data) and synonyms, to our names.
PARAM_ALIASES: dict[str, str] = {
    "maxTokens": "max_tokens",
    "max_completion_tokens": "max_tokens",
    "maxCompletionTokens": "max_tokens",
    "topP": "top_p",
    "frequencyPenalty": "frequency_penalty",
    "presencePenalty": "presence_penalty",
    "toolChoice": "tool_choice",
    "parallelToolCalls": "parallel_tool_calls",
    "responseFormat": "response_format",
    "topLogprobs": "top_logprobs",
    "reasoningEffort": "reasoning_effort",
    "userId": "user",
    "user_id": "user",
    "apiKey": "api_key",
    "apiBase": "api_base",
    "base_url": "api_base",
    "baseUrl": "api_base",
    "extraHeaders": "extra_headers",
    "extraBody": "extra_body",
    "dropParams": "drop_params",
    "streamOptions": "stream_options",
    "stop_sequences": "stop",
    "numRetries": "num_retries",
}

_CALL_OPTIONS = frozenset(
    {
        "api_key",
        "api_base",
        "timeout",
        "extra_headers",
        "extra_body",
        "drop_params",
        "hooks",
        "provider",
        "stream_options",
        "num_retries",
        "fallbacks",
    }
)
_KNOWN_PARAMS = COMMON_PARAMS
_RANGES: dict[str, tuple[float, float]] = {
    "temperature": (0.0, 2.0),
    "top_p": (0.0, 1.0),
    "frequency_penalty": (-2.0, 2.0),
    "presence_penalty": (-2.0, 2.0),
    "top_logprobs": (0, 20),
}
_REASONING_EFFORTS = frozenset({"none", "minimal", "low", "medium", "high", "xhigh"})


@functools.cache
def _messages_adapter() -> TypeAdapter[list[Message]]:
    return TypeAdapter(list[Message])


@functools.cache
def _tools_adapter() -> TypeAdapter[list[Tool]]:
    return TypeAdapter(list[Tool])


def normalize_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Renames aliases; two spellings of one parameter with different values is an error."""
    out: dict[str, Any] = {}
    for name, value in params.items():
        canonical = PARAM_ALIASES.get(name, name)
        if canonical in out and out[canonical] != value:
            raise InvalidRequestError(
                f"parameter {canonical!r} was given twice with different values (as {name!r})",
                param=canonical,
            )
        out[canonical] = value
    unknown = [name for name in out if name not in _KNOWN_PARAMS and name not in _CALL_OPTIONS]
    if unknown:
        raise InvalidRequestError(
            f"unknown parameter(s) {', '.join(map(repr, sorted(unknown)))}; "
            "vendor-specific fields go in extra_body={...}",
            param=unknown[0],
        )
    return out


def describe_validation_error(exc: ValidationError, root: str) -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = root + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"])
        parts.append(f"{where}: {error['msg']}")
    more = len(exc.errors()) - 3
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def validate_messages(messages: Any) -> list[Message]:
    if isinstance(messages, (str, bytes)) or not isinstance(messages, Sequence) or not messages:
        raise InvalidRequestError(
            "messages must be a non-empty list of {'role': ..., 'content': ...} objects",
            param="messages",
        )
    try:
        return _messages_adapter().validate_python(messages)
    except ValidationError as exc:
        raise InvalidRequestError(describe_validation_error(exc, "messages"), param="messages") from exc


def strict_json_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """OpenAI's strict structured output wants closed objects with every property required."""
    schema = dict(schema)
    if schema.get("type") == "object" and "properties" in schema:
        schema["additionalProperties"] = False
        schema["required"] = list(schema["properties"])
        schema["properties"] = {k: strict_json_schema(v) for k, v in schema["properties"].items()}
    for key in ("items", "anyOf", "allOf", "oneOf"):
        if isinstance(schema.get(key), dict):
            schema[key] = strict_json_schema(schema[key])
        elif isinstance(schema.get(key), list):
            schema[key] = [strict_json_schema(s) if isinstance(s, dict) else s for s in schema[key]]
    for key in ("$defs", "definitions"):
        if isinstance(schema.get(key), dict):
            schema[key] = {k: strict_json_schema(v) for k, v in schema[key].items()}
    return schema


def response_format_of(value: Any) -> tuple[ResponseFormat | None, type[BaseModel] | None]:
    """A dict, a ``ResponseFormat`` or a pydantic class, to the wire form and the class to parse."""
    if value is None:
        return None, None
    if isinstance(value, type) and issubclass(value, BaseModel):
        schema = strict_json_schema(value.model_json_schema())
        spec = {"name": value.__name__, "schema": schema, "strict": True}
        return ResponseFormat(type="json_schema", json_schema=spec), value  # type: ignore[arg-type]
    try:
        return ResponseFormat.model_validate(value), None
    except ValidationError as exc:
        raise InvalidRequestError(
            describe_validation_error(exc, "response_format"), param="response_format"
        ) from exc


def tools_of(value: Any) -> list[Tool] | None:
    if value is None:
        return None
    if not isinstance(value, Sequence) or isinstance(value, (str, bytes)):
        raise InvalidRequestError("tools must be a list of tool definitions", param="tools")
    try:
        return _tools_adapter().validate_python(value) or None
    except ValidationError as exc:
        raise InvalidRequestError(describe_validation_error(exc, "tools"), param="tools") from exc


def tool_choice_of(value: Any, tools: list[Tool] | None) -> str | dict[str, Any] | None:
    if value is None:
        return None
    if value in ("auto", "none", "required"):
        return str(value)
    name = None
    if isinstance(value, Mapping):
        function = value.get("function")
        if isinstance(function, Mapping):
            name = function.get("name")
    if not isinstance(name, str) or not name:
        raise InvalidRequestError(
            "tool_choice must be 'auto', 'none', 'required' or "
            "{'type': 'function', 'function': {'name': ...}}",
            param="tool_choice",
        )
    if tools is not None and name not in {tool.function.name for tool in tools}:
        raise InvalidRequestError(f"tool_choice names {name!r}, which is not in tools", param="tool_choice")
    return {"type": "function", "function": {"name": name}}


def check_values(params: dict[str, Any]) -> None:
    """Range and type checks every vendor agrees on; vendors add their own tighter ones."""
    for name, (low, high) in _RANGES.items():
        value = params.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            raise InvalidRequestError(
                f"{name} must be a number from {low} to {high}, got {value!r}", param=name
            )
    for name in ("max_tokens", "n"):
        value = params.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise InvalidRequestError(f"{name} must be a positive integer, got {value!r}", param=name)
    seed = params.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise InvalidRequestError(f"seed must be an integer, got {seed!r}", param="seed")
    effort = params.get("reasoning_effort")
    if effort is not None and (not isinstance(effort, str) or effort not in _REASONING_EFFORTS):
        raise InvalidRequestError(
            f"reasoning_effort must be one of {sorted(_REASONING_EFFORTS)}, got {effort!r}",
            param="reasoning_effort",
        )
    for name in ("logprobs", "parallel_tool_calls"):
        value = params.get(name)
        if value is not None and not isinstance(value, bool):
            raise InvalidRequestError(f"{name} must be true or false, got {value!r}", param=name)
    user = params.get("user")
    if user is not None and not isinstance(user, str):
        raise InvalidRequestError(f"user must be a string, got {user!r}", param="user")
    stop = params.get("stop")
    if stop is not None:
        if isinstance(stop, str):
            params["stop"] = [stop]
        elif not (isinstance(stop, Sequence) and all(isinstance(s, str) for s in stop)):
            raise InvalidRequestError("stop must be a string or a list of strings", param="stop")
        else:
            params["stop"] = list(stop)
    metadata = params.get("metadata")
    if metadata is not None and not isinstance(metadata, Mapping):
        raise InvalidRequestError("metadata must be a mapping", param="metadata")


def check_options(options: dict[str, Any]) -> None:
    """Call options reach SDK constructors; a wrong type there would surface as the SDK's own
    TypeError, so it is refused here with our error instead."""
    timeout = options.get("timeout")
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0
    ):
        raise InvalidRequestError(
            f"timeout must be a positive number of seconds, got {timeout!r}", param="timeout"
        )
    for name in ("api_key", "api_base"):
        value = options.get(name)
        if value is not None and (not isinstance(value, str) or not value):
            raise InvalidRequestError(f"{name} must be a non-empty string", param=name)
    headers = options.get("extra_headers")
    if headers is not None and not (
        isinstance(headers, Mapping)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items())
    ):
        raise InvalidRequestError(
            "extra_headers must map header names to string values", param="extra_headers"
        )
    for name in ("extra_body", "stream_options"):
        value = options.get(name)
        if value is not None and not isinstance(value, Mapping):
            raise InvalidRequestError(f"{name} must be a mapping", param=name)
    hooks = options.get("hooks")
    if hooks is not None and (isinstance(hooks, (str, bytes, Mapping)) or not isinstance(hooks, Sequence)):
        raise InvalidRequestError("hooks must be a list of hook objects", param="hooks")
    provider = options.get("provider")
    if provider is not None and not isinstance(provider, str):
        raise InvalidRequestError("provider must be a string", param="provider")


def apply_capabilities(params: dict[str, Any], provider: Provider, drop: bool, model: str) -> None:
    """Refuses (or, with ``drop_params``, removes) what the provider cannot honour, before any I/O."""
    supported = provider.capabilities.params
    for name in [name for name in params if name not in supported]:
        if not drop:
            raise UnsupportedParameterError(
                f"provider {provider.name!r} does not support {name!r}; pass drop_params=True to drop it",
                param=name,
                provider=provider.name,
                model=model,
            )
        logger.debug("dropping parameter %r unsupported by %s", name, provider.name)
        del params[name]


@dataclass(slots=True)
class Call:
    """One prepared call: what the shells need and nothing else. ``fallbacks`` are the targets
    still to try; :func:`switch_to_fallback` moves the call onto the next one."""

    provider: Provider
    request: ChatRequest
    ctx: CallContext
    plan: HookPlan
    num_retries: int
    fallbacks: list[dict[str, Any]] = field(default_factory=list)
    drop_params: bool = False


def build_call(
    model: str,
    messages: Any,
    raw_params: Mapping[str, Any],
    *,
    stream: bool,
    layers: tuple[Sequence[object], ...],
    defaults: Mapping[str, Any],
) -> Call:
    params = normalize_params({**defaults, **raw_params}) if defaults else normalize_params(raw_params)
    options = {name: params.pop(name) for name in _CALL_OPTIONS if name in params}
    check_options(options)

    known = registry.provider_names()
    try:
        resolved = resolve(model, known, options.get("provider"))
    except LLMRouterError:
        if not registry.load_entry_points():
            raise
        resolved = resolve(model, registry.provider_names(), options.get("provider"))
    provider = registry.get_provider(resolved.provider)

    validated = validate_messages(messages)
    tools = tools_of(params.pop("tools", None))
    tool_choice = tool_choice_of(params.pop("tool_choice", None), tools)
    response_format, response_model = response_format_of(params.pop("response_format", None))
    check_values(params)
    if params.get("n") == 1:
        del params["n"]  # the default everywhere; no reason to refuse it where n is unsupported
    for name, present in (
        ("tools", tools),
        ("tool_choice", tool_choice),
        ("response_format", response_format),
    ):
        if present is not None:
            params[name] = present
    apply_capabilities(params, provider, bool(options.get("drop_params")), resolved.model)
    if stream and not provider.capabilities.streaming:
        raise UnsupportedParameterError(f"provider {provider.name!r} cannot stream", param="stream")

    stream_options = options.get("stream_options") or {}
    request = ChatRequest(
        model=resolved.model,
        messages=validated,
        params={k: v for k, v in params.items() if k not in ("tools", "tool_choice", "response_format")},
        tools=tools if "tools" in params else None,
        tool_choice=tool_choice if "tool_choice" in params else None,
        response_format=response_format if "response_format" in params else None,
        response_model=response_model if "response_format" in params else None,
        stream=stream,
        include_usage=bool(stream_options.get("include_usage"))
        if isinstance(stream_options, Mapping)
        else False,
        api_key=options.get("api_key"),
        api_base=options.get("api_base"),
        timeout=options.get("timeout"),
        extra_headers=options.get("extra_headers"),
        extra_body=options.get("extra_body"),
        info=resolved.info,
    )
    call_hooks = options.get("hooks") or ()
    ctx = CallContext(
        request=request,
        model=model,
        provider=provider.name,
        user=params.get("user"),
        metadata=dict(params.get("metadata") or {}),
        stream=stream,
    )
    ctx.timings["start"] = time.perf_counter()
    num_retries = options.get("num_retries", 0)
    if isinstance(num_retries, bool) or not isinstance(num_retries, int) or num_retries < 0:
        raise InvalidRequestError("num_retries must be a non-negative integer", param="num_retries")
    fallbacks = fallbacks_of(options.get("fallbacks"))
    return Call(
        provider,
        request,
        ctx,
        HookPlan.build(*layers, call_hooks),
        num_retries,
        fallbacks,
        bool(options.get("drop_params")),
    )


def fallbacks_of(value: Any) -> list[dict[str, Any]]:
    """``fallbacks=["anthropic/claude-sonnet-4.5", {"model": "groq/...", "api_key": "..."}]``.
    A plain string uses that vendor's usual key variable: the primary's ``api_key`` belongs to
    the primary's vendor and is never sent to another."""
    if value is None:
        return []
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
        raise InvalidRequestError(
            "fallbacks must be a list of model strings or {'model': ...} objects", param="fallbacks"
        )
    targets = []
    for item in value:
        target = (
            {"model": item} if isinstance(item, str) else dict(item) if isinstance(item, Mapping) else None
        )
        if target is None or not isinstance(target.get("model"), str) or not target["model"]:
            raise InvalidRequestError(
                "each fallback is a model string or {'model': ..., 'api_key': ...}", param="fallbacks"
            )
        unknown = set(target) - {"model", "api_key", "api_base", "provider"}
        if unknown:
            raise InvalidRequestError(f"unknown fallback field(s) {sorted(unknown)}", param="fallbacks")
        check_options({k: v for k, v in target.items() if k != "model"})
        targets.append(target)
    return targets


def switch_to_fallback(call: Call) -> None:
    """Moves the call onto its next fallback: the request as the hooks left it (redacted text
    stays redacted), another model, that target's own credentials."""
    target = call.fallbacks.pop(0)
    resolved = resolve(target["model"], registry.provider_names(), target.get("provider"))
    provider = registry.get_provider(resolved.provider)
    params = dict(call.request.params)
    for name, present in (
        ("tools", call.request.tools),
        ("tool_choice", call.request.tool_choice),
        ("response_format", call.request.response_format),
    ):
        if present is not None:
            params[name] = present
    apply_capabilities(params, provider, call.drop_params, resolved.model)
    call.request = replace(
        call.request,
        model=resolved.model,
        info=resolved.info,
        api_key=target.get("api_key"),
        api_base=target.get("api_base"),
        params={k: v for k, v in params.items() if k not in ("tools", "tool_choice", "response_format")},
        tools=call.request.tools if "tools" in params else None,
        tool_choice=call.request.tool_choice if "tool_choice" in params else None,
        response_format=call.request.response_format if "response_format" in params else None,
    )
    call.provider = provider
    call.ctx.request = call.request
    call.ctx.provider = provider.name
    call.ctx.attempt = 1


def after_failure(
    call: Call, error: LLMRouterError, failures: list[tuple[str, LLMRouterError]]
) -> LLMRouterError | None:
    """What a failed target means: ``None`` when the call moved on to a fallback, else the error
    to raise (the original when there was no chain, one 503 when the chain is exhausted). A bad
    request is not retried elsewhere: it would fail everywhere."""
    if not failures and (not call.fallbacks or not _falls_back(error)):
        return error
    failures.append((f"{call.provider.name}/{call.request.model}", error))
    if not _falls_back(error) or not next_target(call, failures):
        return all_unavailable(failures)
    return None


def _falls_back(error: LLMRouterError) -> bool:
    return error.retryable or isinstance(error, ModelNotFoundError)


def next_target(call: Call, failures: list[tuple[str, LLMRouterError]]) -> bool:
    """Switches to the first fallback that can take the request; one that cannot (unknown model,
    a parameter it refuses) is recorded as a failure. ``False`` when none is left."""
    while call.fallbacks:
        model = call.fallbacks[0]["model"]
        try:
            switch_to_fallback(call)
        except LLMRouterError as error:
            failures.append((model, error))
            continue
        logger.info(
            "falling back to %s/%s after %s", call.provider.name, call.request.model, failures[-1][1].code
        )
        return True
    return False


def all_unavailable(failures: list[tuple[str, LLMRouterError]]) -> ServiceUnavailableError:
    """Every target of a fallback chain failed: one 503 that names each failure (class and
    status, never the vendor's message text, which may quote the request)."""
    summary = "; ".join(f"{target}: {type(error).__name__} {error.status}" for target, error in failures)
    return ServiceUnavailableError(
        f"all providers unavailable ({summary})",
        code="all_providers_unavailable",
        details={
            "failures": [
                {"target": t, "type": type(e).__name__, "status": e.status, "code": e.code}
                for t, e in failures
            ]
        },
    )


_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def parse_output(completion: ChatCompletion, model_class: type[BaseModel]) -> None:
    """Validates JSON output into the caller's class (``message.parsed``)."""
    for choice in completion.choices:
        content = choice.message.content
        if choice.message.tool_calls and not content:
            continue
        if content is None:
            continue
        fenced = _FENCE.match(content)
        text = fenced.group(1) if fenced else content
        try:
            choice.message.parsed = model_class.model_validate_json(text)
        except ValidationError as exc:
            raise OutputValidationError(
                f"the reply does not match {model_class.__name__}: "
                + describe_validation_error(exc, model_class.__name__),
                provider=completion.provider,
                model=completion.model,
                details={"content_length": len(content)},
            ) from exc


def finalize(call: Call, completion: ChatCompletion) -> ChatCompletion:
    """Stamps provider, usage and cost on the reply and the context."""
    ctx = call.ctx
    completion._provider = call.provider.name
    if call.request.response_model is not None:
        parse_output(completion, call.request.response_model)
    ctx.response = completion
    ctx.usage = completion.usage
    ctx.cost_usd = completion._cost_usd = cost_of(call.provider.name, call.request.model, completion.usage)
    ctx.timings["duration_s"] = time.perf_counter() - ctx.timings["start"]
    return completion


def retry_delay(error: LLMRouterError, attempt: int, num_retries: int) -> float | None:
    """Seconds to wait before the next attempt, or ``None`` to give up."""
    if attempt > num_retries or not error.retryable:
        return None
    if error.retry_after is not None:
        return min(error.retry_after, 60.0)
    return min(0.5 * 2.0 ** (attempt - 1), 8.0) * (0.5 + random.random() / 2)


def translate(call: Call, exc: BaseException) -> LLMRouterError:
    if isinstance(exc, LLMRouterError):
        if exc.provider is None:
            exc.provider, exc.model = call.provider.name, call.request.model
        return exc
    if not isinstance(exc, Exception):
        raise exc
    return call.provider.translate_error(exc, call.request)


# --------------------------------------------------------------------------------------------
# Sync shell
# --------------------------------------------------------------------------------------------


def _fail_sync(call: Call, exc: BaseException) -> LLMRouterError:
    error = translate(call, exc)
    call.ctx.error = error
    if call.plan.on_error:
        try:
            run_sync(call.plan.on_error, "on_error", call.ctx, error)
        except LLMRouterError as hook_error:
            logger.warning("an on_error hook failed: %s", hook_error)
    return error


def _attempt_sync(call: Call, action: Any) -> Any:
    attempt = 1
    while True:
        call.ctx.attempt = attempt
        try:
            return action()
        except Exception as exc:
            error = translate(call, exc)
            delay = retry_delay(error, attempt, call.num_retries)
            if delay is None:
                if error is exc:
                    raise
                raise error from exc
            logger.info(
                "retrying %s/%s in %.2fs after %s", call.provider.name, call.request.model, delay, error.code
            )
            time.sleep(delay)
            attempt += 1


def _fallback_sync(call: Call, action: Any) -> Any:
    """Tries the primary (with its retries), then each fallback, on retryable failures."""
    failures: list[tuple[str, LLMRouterError]] = []
    while True:
        try:
            return _attempt_sync(call, action)
        except LLMRouterError as error:
            final = after_failure(call, error, failures)
            if final is error:
                raise
            if final is not None:
                raise final from error


def _complete_sync(call: Call) -> ChatCompletion:
    try:
        if call.plan.before_request:
            run_sync(call.plan.before_request, "before_request", call.ctx)
        completion = _fallback_sync(call, lambda: call.provider.complete(call.request))
        finalize(call, completion)
        if call.plan.after_response:
            run_sync(call.plan.after_response, "after_response", call.ctx)
    except Exception as exc:
        error = _fail_sync(call, exc)
        if error is exc:
            raise
        raise error from exc
    assert call.ctx.response is not None
    return call.ctx.response


def _prepend(
    first: ChatCompletionChunk, rest: Iterator[ChatCompletionChunk]
) -> Iterator[ChatCompletionChunk]:
    yield first
    yield from rest


def _open_stream_sync(call: Call) -> Iterator[ChatCompletionChunk]:
    """Starts the stream and reads its first chunk, so that errors before any output raise
    from ``completion()`` itself and can be retried."""
    source = call.provider.stream(call.request)
    try:
        first = next(source)
    except StopIteration:
        return iter(())
    call.ctx.timings["first_chunk_s"] = time.perf_counter() - call.ctx.timings["start"]
    return _prepend(first, source)


def _stream_sync(call: Call) -> CompletionStream:
    ctx, plan = call.ctx, call.plan
    try:
        if plan.before_request:
            run_sync(plan.before_request, "before_request", ctx)
        source = _fallback_sync(call, lambda: _open_stream_sync(call))
    except Exception as exc:
        error = _fail_sync(call, exc)
        if error is exc:
            raise
        raise error from exc

    def on_chunk(chunk: ChatCompletionChunk) -> ChatCompletionChunk:
        return apply_chunk_hooks_sync(plan.on_chunk, ctx, chunk)

    def finish(completion: ChatCompletion, complete: bool) -> None:
        ctx.timings["complete"] = float(complete)
        finalize(call, completion)
        try:
            if plan.on_stream_end:
                run_sync(plan.on_stream_end, "on_stream_end", ctx)
            if plan.after_response:
                run_sync(plan.after_response, "after_response", ctx)
        except Exception as exc:
            error = _fail_sync(call, exc)
            if error is exc:
                raise
            raise error from exc

    return CompletionStream(
        source,
        show_usage=call.request.include_usage,
        on_chunk=on_chunk if plan.on_chunk else None,
        finish=finish,
        fail=lambda exc: _fail_sync(call, exc),
    )


# --------------------------------------------------------------------------------------------
# Async shell (the same steps, awaited)
# --------------------------------------------------------------------------------------------


async def _fail_async(call: Call, exc: BaseException) -> LLMRouterError:
    error = translate(call, exc)
    call.ctx.error = error
    if call.plan.on_error:
        try:
            await run_async(call.plan.on_error, "on_error", call.ctx, error)
        except LLMRouterError as hook_error:
            logger.warning("an on_error hook failed: %s", hook_error)
    return error


async def _attempt_async(call: Call, action: Any) -> Any:
    attempt = 1
    while True:
        call.ctx.attempt = attempt
        try:
            return await action()
        except Exception as exc:
            error = translate(call, exc)
            delay = retry_delay(error, attempt, call.num_retries)
            if delay is None:
                if error is exc:
                    raise
                raise error from exc
            logger.info(
                "retrying %s/%s in %.2fs after %s", call.provider.name, call.request.model, delay, error.code
            )
            import asyncio  # only a retrying async call needs it; keeps `import llmrouter` light

            await asyncio.sleep(delay)
            attempt += 1


async def _fallback_async(call: Call, action: Any) -> Any:
    failures: list[tuple[str, LLMRouterError]] = []
    while True:
        try:
            return await _attempt_async(call, action)
        except LLMRouterError as error:
            final = after_failure(call, error, failures)
            if final is error:
                raise
            if final is not None:
                raise final from error


async def _complete_async(call: Call) -> ChatCompletion:
    try:
        if call.plan.before_request:
            await run_async(call.plan.before_request, "before_request", call.ctx)
        completion = await _fallback_async(call, lambda: call.provider.acomplete(call.request))
        finalize(call, completion)
        if call.plan.after_response:
            await run_async(call.plan.after_response, "after_response", call.ctx)
    except Exception as exc:
        error = await _fail_async(call, exc)
        if error is exc:
            raise
        raise error from exc
    assert call.ctx.response is not None
    return call.ctx.response


async def _aprepend(
    first: ChatCompletionChunk, rest: AsyncIterator[ChatCompletionChunk]
) -> AsyncIterator[ChatCompletionChunk]:
    try:
        yield first
        async for chunk in rest:
            yield chunk
    finally:
        close = getattr(rest, "aclose", None)
        if close is not None:
            await close()


async def _empty() -> AsyncIterator[ChatCompletionChunk]:
    return
    yield  # pragma: no cover


async def _open_stream_async(call: Call) -> AsyncIterator[ChatCompletionChunk]:
    source = call.provider.astream(call.request)
    try:
        first = await source.__anext__()
    except StopAsyncIteration:
        return _empty()
    call.ctx.timings["first_chunk_s"] = time.perf_counter() - call.ctx.timings["start"]
    return _aprepend(first, source)


async def _stream_async(call: Call) -> AsyncCompletionStream:
    ctx, plan = call.ctx, call.plan
    try:
        if plan.before_request:
            await run_async(plan.before_request, "before_request", ctx)
        source = await _fallback_async(call, lambda: _open_stream_async(call))
    except Exception as exc:
        error = await _fail_async(call, exc)
        if error is exc:
            raise
        raise error from exc

    async def on_chunk(chunk: ChatCompletionChunk) -> ChatCompletionChunk:
        return await apply_chunk_hooks_async(plan.on_chunk, ctx, chunk)

    async def finish(completion: ChatCompletion, complete: bool) -> None:
        ctx.timings["complete"] = float(complete)
        finalize(call, completion)
        try:
            if plan.on_stream_end:
                await run_async(plan.on_stream_end, "on_stream_end", ctx)
            if plan.after_response:
                await run_async(plan.after_response, "after_response", ctx)
        except Exception as exc:
            error = await _fail_async(call, exc)
            if error is exc:
                raise
            raise error from exc

    async def fail(exc: BaseException) -> LLMRouterError:
        return await _fail_async(call, exc)

    return AsyncCompletionStream(
        source,
        show_usage=call.request.include_usage,
        on_chunk=on_chunk if plan.on_chunk else None,
        finish=finish,
        fail=fail,
    )


# --------------------------------------------------------------------------------------------
# Embeddings
# --------------------------------------------------------------------------------------------


def build_embedding_call(
    model: str, input: Any, options: Mapping[str, Any]
) -> tuple[Provider, EmbeddingRequest]:
    options = normalize_embedding_options(options)
    resolved = resolve(model, registry.provider_names(), options.pop("provider", None))
    provider = registry.get_provider(resolved.provider)
    if not provider.capabilities.embeddings or not callable(getattr(provider, "embed", None)):
        raise UnsupportedParameterError(
            f"provider {provider.name!r} offers no embeddings", provider=provider.name, model=resolved.model
        )
    texts = [input] if isinstance(input, str) else input
    if not isinstance(texts, Sequence) or not texts or not all(isinstance(t, str) and t for t in texts):
        raise InvalidRequestError(
            "input must be a non-empty string or a list of non-empty strings", param="input"
        )
    dimensions = options.get("dimensions")
    if dimensions is not None and (
        isinstance(dimensions, bool) or not isinstance(dimensions, int) or dimensions < 1
    ):
        raise InvalidRequestError("dimensions must be a positive integer", param="dimensions")
    return provider, EmbeddingRequest(model=resolved.model, input=list(texts), info=resolved.info, **options)


_EMBEDDING_OPTIONS = frozenset(
    {
        "dimensions",
        "input_type",
        "user",
        "api_key",
        "api_base",
        "timeout",
        "extra_headers",
        "extra_body",
        "provider",
    }
)


def normalize_embedding_options(options: Mapping[str, Any]) -> dict[str, Any]:
    out = {PARAM_ALIASES.get(k, k): v for k, v in options.items()}
    unknown = sorted(set(out) - _EMBEDDING_OPTIONS)
    if unknown:
        raise InvalidRequestError(f"unknown embedding parameter(s) {unknown}", param=unknown[0])
    return out


def _embedding_error(provider: Provider, request: EmbeddingRequest, exc: Exception) -> LLMRouterError:
    if isinstance(exc, LLMRouterError):
        if exc.provider is None:
            exc.provider, exc.model = provider.name, request.model
        return exc
    return provider.translate_error(exc, request)


def _stamp_embedding(provider: Provider, reply: EmbeddingResponse) -> EmbeddingResponse:
    reply._provider = provider.name
    return reply


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------

_global_hooks: list[object] = []


def add_hook(hook: object) -> None:
    """Attaches a hook to every call in this process (before router and per-call hooks)."""
    _global_hooks.append(hook)


def remove_hook(hook: object) -> None:
    try:
        _global_hooks.remove(hook)
    except ValueError:
        raise InvalidRequestError(f"{hook!r} is not attached") from None


def clear_hooks() -> None:
    _global_hooks.clear()


class Router:
    """A set of defaults and hooks for calls; the module-level functions use a default one.

    ``Router(hooks=[...], num_retries=2, timeout=30)``: its hooks run after the global ones and
    before per-call ``hooks=[...]``; its defaults are overridden by per-call parameters.
    """

    def __init__(self, *, hooks: Sequence[object] = (), **defaults: Any) -> None:
        self.hooks: list[object] = list(hooks)
        self.defaults = normalize_params(defaults)

    def __repr__(self) -> str:
        shown = {k: v for k, v in self.defaults.items() if k != "api_key"}
        return f"Router(hooks={self.hooks!r}, defaults={shown!r})"

    def add_hook(self, hook: object) -> None:
        self.hooks.append(hook)

    def remove_hook(self, hook: object) -> None:
        try:
            self.hooks.remove(hook)
        except ValueError:
            raise InvalidRequestError(f"{hook!r} is not attached to this router") from None

    def _call(self, model: str, messages: Any, params: Mapping[str, Any], stream: bool) -> Call:
        return build_call(
            model,
            messages,
            params,
            stream=stream,
            layers=(tuple(_global_hooks), tuple(self.hooks)),
            defaults=self.defaults,
        )

    @overload
    def completion(
        self, model: str, messages: Sequence[MessageLike], *, stream: Literal[False] = False, **params: Any
    ) -> ChatCompletion: ...

    @overload
    def completion(
        self, model: str, messages: Sequence[MessageLike], *, stream: Literal[True], **params: Any
    ) -> CompletionStream: ...

    def completion(
        self, model: str, messages: Sequence[MessageLike], *, stream: bool = False, **params: Any
    ) -> ChatCompletion | CompletionStream:
        call = self._call(model, messages, params, stream)
        return _stream_sync(call) if stream else _complete_sync(call)

    @overload
    async def acompletion(
        self, model: str, messages: Sequence[MessageLike], *, stream: Literal[False] = False, **params: Any
    ) -> ChatCompletion: ...

    @overload
    async def acompletion(
        self, model: str, messages: Sequence[MessageLike], *, stream: Literal[True], **params: Any
    ) -> AsyncCompletionStream: ...

    async def acompletion(
        self, model: str, messages: Sequence[MessageLike], *, stream: bool = False, **params: Any
    ) -> ChatCompletion | AsyncCompletionStream:
        call = self._call(model, messages, params, stream)
        return await _stream_async(call) if stream else await _complete_async(call)

    def embedding(self, model: str, input: str | Sequence[str], **options: Any) -> EmbeddingResponse:
        provider, request = build_embedding_call(model, input, options)
        try:
            reply = provider.embed(request)  # type: ignore[attr-defined]
        except Exception as exc:
            error = _embedding_error(provider, request, exc)
            if error is exc:
                raise
            raise error from exc
        return _stamp_embedding(provider, reply)

    async def aembedding(self, model: str, input: str | Sequence[str], **options: Any) -> EmbeddingResponse:
        provider, request = build_embedding_call(model, input, options)
        try:
            reply = await provider.aembed(request)  # type: ignore[attr-defined]
        except Exception as exc:
            error = _embedding_error(provider, request, exc)
            if error is exc:
                raise
            raise error from exc
        return _stamp_embedding(provider, reply)


_default = Router()
completion = _default.completion
acompletion = _default.acompletion
embedding = _default.embedding
aembedding = _default.aembedding
