"""Preparing a call: what the caller gave, validated and resolved into a :class:`Call` the shells
in :mod:`llmrouter.router` run. Everything here is pure apart from the provider registry lookup.

Each kind of call is an :class:`Operation` (data: the provider methods to call, how to build the
request from the caller's parameters, how to price the reply), so chat, embeddings and the other
endpoints share one pipeline instead of one each.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from . import providers as registry
from .errors import (
    InvalidRequestError,
    LLMRouterError,
    ModelNotFoundError,
    UnsupportedParameterError,
)
from .finish import finish_chat, finish_embedding
from .hooks.base import CallContext, HookPlan, PlanCache, check_hook
from .models import ModelInfo, Resolved, refused_params, resolve
from .options import EMBEDDING_PARAMS, describe_validation_error, split_params
from .policy import Chain, RetryPolicy, Target, targets_of
from .providers.base import Provider
from .request import CHAT_PARAMS, ChatRequest, EmbeddingRequest, Request
from .types import Message, ResponseFormat, Tool

__all__ = ["CHAT", "EMBEDDING", "Call", "Operation", "build_call", "build_chat_call", "switch_target"]

logger = logging.getLogger("llmrouter")


@dataclass(frozen=True, slots=True)
class Operation:
    """One kind of call. ``build`` makes the request from (vendor model id, catalog info, the
    operation's own parameters); ``finish`` stamps a reply and returns its cost in USD."""

    name: str
    method: str
    amethod: str
    params: frozenset[str]
    build: Callable[[str, ModelInfo | None, dict[str, Any]], Request]
    finish: Callable[[Request, Any, str], float | None]
    stream_method: str | None = None
    astream_method: str | None = None
    capability: str | None = None
    """The ``Capabilities`` flag a provider must have set for this operation, if any."""
    noun: str = ""
    """How messages name the operation (``embeddings``)."""


def refuse_unsupported(op: Operation, provider: Provider, model: str) -> None:
    """A provider without the operation is refused before any I/O, naming what it lacks."""
    flag = getattr(provider.capabilities, op.capability, True) if op.capability else True
    if flag and callable(getattr(provider, op.method, None)):
        return
    raise UnsupportedParameterError(
        f"provider {provider.name!r} offers no {op.noun or op.name}",
        code="unsupported_operation",
        param=op.name,
        provider=provider.name,
        model=model,
    )


@dataclass(slots=True)
class Call:
    """One prepared call: what the shells need and nothing else."""

    op: Operation
    provider: Provider
    ctx: CallContext
    plan: HookPlan
    policy: RetryPolicy
    chain: Chain
    options: dict[str, Any] = field(default_factory=dict)
    """The primary's transport options, inherited by same-provider fallbacks."""
    primary_provider: str = ""
    drop_params: bool = False
    check_context_window: bool = True
    current: Target | None = None
    """The target being tried; ``None`` while it is the primary."""
    observer: Any = None
    """Told when each attempt starts and ends (a Router's load balancer), or ``None``."""

    @property
    def request(self) -> Request:
        return self.ctx.request

    @property
    def where(self) -> str:
        return f"{self.provider.name}/{self.ctx.request.model}"


# --------------------------------------------------------------------------------------------
# Chat: validation of what only chat takes
# --------------------------------------------------------------------------------------------


@functools.cache
def _messages_adapter() -> TypeAdapter[list[Message]]:
    return TypeAdapter(list[Message])


@functools.cache
def _tools_adapter() -> TypeAdapter[list[Tool]]:
    return TypeAdapter(list[Tool])


def validate_messages(messages: Any) -> list[Message]:
    if isinstance(messages, (str, bytes)) or not isinstance(messages, Sequence) or not messages:
        raise InvalidRequestError(
            "messages must be a non-empty list of {'role': ..., 'content': ...} objects", param="messages"
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


_STRUCTURED = ("tools", "tool_choice", "response_format")


def apply_capabilities(
    params: dict[str, Any], provider: Provider, drop: bool, model: str, info: ModelInfo | None = None
) -> None:
    """Refuses (or, with ``drop_params``, removes) what the provider, or this model of it (from the
    catalog: ``temperature`` on reasoning models, ``reasoning_effort`` on models without reasoning),
    cannot honour, before any I/O."""
    supported = provider.capabilities.params
    refused = refused_params(info)
    for name in [name for name in params if name not in supported or name in refused]:
        by = f"model {model!r}" if name in supported else f"provider {provider.name!r}"
        if not drop:
            raise UnsupportedParameterError(
                f"{by} does not support {name!r}; pass drop_params=True to drop it",
                param=name,
                provider=provider.name,
                model=model,
            )
        logger.debug("dropping parameter %r unsupported by %s", name, by)
        del params[name]


def _chat_request(
    resolved: Resolved,
    provider: Provider,
    messages: list[Message],
    params: dict[str, Any],
    options: dict[str, Any],
) -> ChatRequest:
    tools = tools_of(params.pop("tools", None))
    tool_choice = tool_choice_of(params.pop("tool_choice", None), tools)
    response_format, response_model = response_format_of(params.pop("response_format", None))
    if params.get("n") == 1:
        del params["n"]  # the default everywhere; no reason to refuse it where n is unsupported
    for name, present in zip(_STRUCTURED, (tools, tool_choice, response_format)):
        if present is not None:
            params[name] = present
    apply_capabilities(params, provider, bool(options.get("drop_params")), resolved.model, resolved.info)
    stream_options = options.get("stream_options") or {}
    return ChatRequest(
        model=resolved.model,
        messages=messages,
        params={k: v for k, v in params.items() if k not in _STRUCTURED},
        tools=tools if "tools" in params else None,
        tool_choice=tool_choice if "tool_choice" in params else None,
        response_format=response_format if "response_format" in params else None,
        response_model=response_model if "response_format" in params else None,
        include_usage=bool(stream_options.get("include_usage")),
        api_key=options.get("api_key"),
        api_base=options.get("api_base"),
        timeout=options.get("timeout") or options.get("deadline"),
        extra_headers=options.get("extra_headers"),
        extra_body=dict(options["extra_body"]) if options.get("extra_body") is not None else None,
        vertex_project=options.get("vertex_project"),
        vertex_location=options.get("vertex_location"),
        info=resolved.info,
    )


def _no_build(model: str, info: ModelInfo | None, params: dict[str, Any]) -> Request:
    raise NotImplementedError  # chat requests are built by build_chat_call, which knows messages


CHAT = Operation(
    name="chat",
    method="complete",
    amethod="acomplete",
    params=CHAT_PARAMS,
    build=_no_build,
    finish=finish_chat,  # type: ignore[arg-type]
    stream_method="stream",
    astream_method="astream",
)


# --------------------------------------------------------------------------------------------
# Embeddings
# --------------------------------------------------------------------------------------------


def _embedding_request(model: str, info: ModelInfo | None, params: dict[str, Any]) -> EmbeddingRequest:
    texts = params.pop("input", None)
    texts = [texts] if isinstance(texts, str) else texts
    if not isinstance(texts, Sequence) or not texts or not all(isinstance(t, str) and t for t in texts):
        raise InvalidRequestError(
            "input must be a non-empty string or a list of non-empty strings", param="input"
        )
    dimensions = params.get("dimensions")
    if dimensions is not None and (
        isinstance(dimensions, bool) or not isinstance(dimensions, int) or dimensions < 1
    ):
        raise InvalidRequestError("dimensions must be a positive integer", param="dimensions")
    input_type = params.get("input_type")
    if input_type is not None and not isinstance(input_type, str):
        raise InvalidRequestError("input_type must be a string", param="input_type")
    user = params.get("user")
    if user is not None and not isinstance(user, str):
        raise InvalidRequestError("user must be a string", param="user")
    return EmbeddingRequest(
        model=model, info=info, input=list(texts), dimensions=dimensions, input_type=input_type, user_id=user
    )


EMBEDDING = Operation(
    name="embedding",
    method="embed",
    amethod="aembed",
    params=EMBEDDING_PARAMS | {"input"},
    build=_embedding_request,
    finish=finish_embedding,  # type: ignore[arg-type]
    capability="embeddings",
    noun="embeddings",
)


# --------------------------------------------------------------------------------------------
# Building a call
# --------------------------------------------------------------------------------------------


def with_model_hint(error: LLMRouterError, provider: str) -> LLMRouterError:
    """A vendor's 404 for a model close to a catalogued one says which (``claude-sonet-4-5`` ->
    ``claude-sonnet-4-5``), as an unknown bare name does before any I/O."""
    if (
        not isinstance(error, ModelNotFoundError)
        or not error.model
        or "did you mean" in error.message.lower()
    ):
        return error
    from . import models

    known = sorted(m for p, m in models._catalog if p == provider)
    if error.model in known:
        return error  # a catalogued model the vendor refuses (retired, no access): nothing to suggest
    hint = models._suggest(error.model, known)
    if hint:
        error.message += hint
        error.args = (error.message,)
    return error


def resolve_target(model: str, provider_name: str | None) -> tuple[Resolved, Provider]:
    try:
        resolved = resolve(model, registry.provider_names(), provider_name)
    except LLMRouterError:
        if not registry.load_entry_points():
            raise
        resolved = resolve(model, registry.provider_names(), provider_name)
    return resolved, registry.get_provider(resolved.provider)


def hooks_of(value: Any) -> tuple[object, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
        raise InvalidRequestError("hooks must be a list of hook objects", param="hooks")
    for hook in value:
        shape = (type(hook), _own_callables(hook))
        if shape not in _CHECKED:
            check_hook(hook)  # the registration check runs once per kind of hook, not once per call
            _CHECKED.add(shape)
    return tuple(value)


_CHECKED: set[tuple[type, frozenset[str]]] = set()


def _own_callables(hook: object) -> frozenset[str]:
    own = getattr(hook, "__dict__", None)
    return frozenset(name for name, v in own.items() if callable(v)) if own else frozenset()


def _chain_of(options: dict[str, Any], policy: RetryPolicy) -> tuple[Chain, str | None]:
    """The fallback chain from ``fallbacks``, ``models`` (the first is the primary when no
    model was given), ``context_window_fallbacks`` and ``content_policy_fallbacks``."""
    models = targets_of(options.get("models"), "fallback", "models")
    chain = Chain(
        fallbacks=[*models, *targets_of(options.get("fallbacks"), "fallback", "fallbacks")],
        context_window=targets_of(
            options.get("context_window_fallbacks"), "context_window", "context_window_fallbacks"
        ),
        content_policy=targets_of(
            options.get("content_policy_fallbacks"), "content_policy", "content_policy_fallbacks"
        ),
    )
    deadline = options.get("deadline")
    if deadline is not None:
        chain.deadline = policy.clock() + deadline
    return chain, models[0].model if models else None


def _policy_for(policy: RetryPolicy, options: Mapping[str, Any]) -> RetryPolicy:
    retries = options.get("num_retries")
    return (
        policy if retries is None or retries == policy.num_retries else replace(policy, num_retries=retries)
    )


def _primary_model(model: Any, chain: Chain, first_of_models: str | None) -> str:
    if isinstance(model, str) and model:
        return model
    if model is None and first_of_models is not None:
        chain.fallbacks.pop(0)
        return first_of_models
    raise InvalidRequestError("model must be a non-empty model string (or pass models=[...])", param="model")


def _context(
    request: Request,
    model: str,
    provider: Provider,
    op: Operation,
    params: Mapping[str, Any],
    stream: bool,
    options: Mapping[str, Any],
) -> CallContext:
    metadata = params.get("metadata")
    ctx = CallContext(
        request=request,
        model=model,
        provider=provider.name,
        operation=op.name,
        user=request.user,
        metadata=dict(metadata) if metadata else {},
        stream=stream,
    )
    if "cache" in options:
        ctx.options["cache"] = options["cache"]
    ctx.timings["start"] = time.perf_counter()
    return ctx


def build_chat_call(
    model: Any,
    messages: Any,
    raw: Mapping[str, Any],
    *,
    stream: bool,
    layers: tuple[Sequence[object], ...],
    defaults: Mapping[str, Any],
    plans: PlanCache,
    policy: RetryPolicy,
    is_async: bool,
) -> Call:
    params, options = split_params(raw, defaults)
    call_hooks = hooks_of(options.get("hooks"))
    policy = _policy_for(policy, options)
    chain, first = _chain_of(options, policy)
    model = _primary_model(model, chain, first)
    resolved, provider = resolve_target(model, options.get("provider"))
    if stream and not provider.capabilities.streaming:
        raise UnsupportedParameterError(f"provider {provider.name!r} cannot stream", param="stream")
    validated = validate_messages(messages)
    request = _chat_request(resolved, provider, validated, params, options)
    request.stream = stream
    plan = plans.get((*layers, call_hooks), is_async=is_async)
    ctx = _context(request, model, provider, CHAT, params, stream, options)
    return Call(
        CHAT,
        provider,
        ctx,
        plan,
        policy,
        chain,
        _transport(options),
        provider.name,
        bool(options.get("drop_params")),
        bool(options.get("check_context_window", True)),
    )


def build_call(
    op: Operation,
    model: Any,
    raw: Mapping[str, Any],
    *,
    layers: tuple[Sequence[object], ...],
    defaults: Mapping[str, Any],
    plans: PlanCache,
    policy: RetryPolicy,
    is_async: bool,
) -> Call:
    """A call of any non-chat operation (embeddings, images, speech, ...)."""
    from .options import CALL_OPTIONS

    own, options = split_params(raw, None, known=op.params | CALL_OPTIONS)
    call_hooks = hooks_of(options.get("hooks"))
    policy = _policy_for(policy, options)
    chain, first = _chain_of(options, policy)
    model = _primary_model(model, chain, first)
    resolved, provider = resolve_target(model, options.get("provider"))
    refuse_unsupported(op, provider, resolved.model)
    request = op.build(
        resolved.model, resolved.info, {**own, "drop_params": bool(options.get("drop_params"))}
    )
    _set_transport(request, options)
    plan = plans.get((*layers, call_hooks), is_async=is_async)
    ctx = _context(request, model, provider, op, own, False, options)
    return Call(
        op,
        provider,
        ctx,
        plan,
        policy,
        chain,
        _transport(options),
        provider.name,
        bool(options.get("drop_params")),
    )


_TRANSPORT = (
    "api_key",
    "api_base",
    "timeout",
    "extra_headers",
    "extra_body",
    "vertex_project",
    "vertex_location",
)


def _transport(options: Mapping[str, Any]) -> dict[str, Any]:
    return {
        name: options[name] for name in ("api_key", "api_base", "provider") if options.get(name) is not None
    }


def _set_transport(request: Request, options: Mapping[str, Any]) -> None:
    for name in _TRANSPORT:
        value = options.get(name)
        if value is not None:
            setattr(request, name, dict(value) if isinstance(value, Mapping) else value)
    if request.timeout is None and options.get("deadline") is not None:
        request.timeout = options["deadline"]


def switch_target(call: Call, target: Target) -> None:
    """Moves the call onto ``target``: the request as the hooks left it (redacted text stays
    redacted), another model, that target's credentials, or the primary's when the target is on
    the same provider and names none (a key is never sent to another vendor)."""
    resolved, provider = resolve_target(target.model, target.provider)
    inherited = call.options if target.inherit and provider.name == call.primary_provider else {}
    api_key = target.api_key or inherited.get("api_key")
    api_base = target.api_base or inherited.get("api_base")
    request = call.ctx.request
    if isinstance(request, ChatRequest):
        params = dict(request.params)
        for name, present in zip(_STRUCTURED, (request.tools, request.tool_choice, request.response_format)):
            if present is not None:
                params[name] = present
        apply_capabilities(params, provider, call.drop_params, resolved.model, resolved.info)
        request = replace(
            request,
            model=resolved.model,
            info=resolved.info,
            api_key=api_key,
            api_base=api_base,
            params={k: v for k, v in params.items() if k not in _STRUCTURED},
            tools=request.tools if "tools" in params else None,
            tool_choice=request.tool_choice if "tool_choice" in params else None,
            response_format=request.response_format if "response_format" in params else None,
        )
    else:
        refuse_unsupported(call.op, provider, resolved.model)
        request = replace(
            request, model=resolved.model, info=resolved.info, api_key=api_key, api_base=api_base
        )
    if target.params:
        _set_transport(request, target.params)
    call.provider = provider
    call.current = target
    call.ctx.request = request
    call.ctx.provider = provider.name
