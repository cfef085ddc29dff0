"""What a call may be given, as data: parameter names, their aliases, their types and ranges.

:class:`ChatParams` is at once the documentation of every keyword ``completion()`` takes (editors
show it through ``Unpack``) and the schema that validates them (pydantic, strict: ``True`` is no
number and ``"0.5"`` no float). Checks every vendor agrees on live here; vendors add tighter ones.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, ConfigDict, Field, TypeAdapter, ValidationError
from typing_extensions import TypedDict

from .errors import InvalidRequestError
from .request import CHAT_PARAMS

__all__ = [
    "CALL_OPTIONS",
    "EMBEDDING_PARAMS",
    "PARAM_ALIASES",
    "CallOptions",
    "ChatParams",
    "CompletionParams",
    "EmbeddingParams",
    "describe_validation_error",
    "split_params",
]

#: camelCase spellings (JS-style callers, seed data) and synonyms (the SDKs' names), to ours.
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
    "max_retries": "num_retries",
    "maxRetries": "num_retries",
    "contextWindowFallbacks": "context_window_fallbacks",
    "contentPolicyFallbacks": "content_policy_fallbacks",
    "inputType": "input_type",
    "vertexProject": "vertex_project",
    "vertexLocation": "vertex_location",
}

_Number = Annotated[float, Field(allow_inf_nan=False)]
_Probability = Annotated[float, Field(ge=0.0, le=1.0)]
_Penalty = Annotated[float, Field(ge=-2.0, le=2.0)]
_Positive = Annotated[int, Field(ge=1)]
_NonNegative = Annotated[int, Field(ge=0)]
_Seconds = Annotated[float, Field(gt=0, allow_inf_nan=False)]
_NonEmpty = Annotated[str, Field(min_length=1)]


def _as_list(value: Any) -> Any:
    """``stop="###"`` and ``stop=("a", "b")`` both mean a list of strings."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return list(value)
    return value


class ChatParams(TypedDict, total=False):
    """Generation parameters, by their OpenAI names. A parameter the target model cannot honour
    is refused before any I/O (``UnsupportedParameterError``) unless ``drop_params=True``."""

    __pydantic_config__ = ConfigDict(strict=True)  # type: ignore[misc]

    temperature: Annotated[float, Field(ge=0.0, le=2.0)]
    max_tokens: _Positive
    top_p: _Probability
    frequency_penalty: _Penalty
    presence_penalty: _Penalty
    stop: Annotated[list[str], BeforeValidator(_as_list)]
    n: _Positive
    seed: int
    user: str
    """The end user the call is for: passed to vendors that take it, and used by limits and ledgers."""
    tools: Any
    """OpenAI-shaped tool definitions (validated into ``llmrouter.types.Tool``)."""
    tool_choice: Any
    """``"auto"``, ``"none"``, ``"required"`` or ``{"type": "function", "function": {"name": ...}}``."""
    parallel_tool_calls: bool
    response_format: Any
    """``{"type": "json_object"}``, ``{"type": "json_schema", ...}`` or a pydantic class."""
    logprobs: bool
    top_logprobs: Annotated[int, Field(ge=0, le=20)]
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh"]
    metadata: Mapping[str, Any]


class CallOptions(TypedDict, total=False):
    """How a call is made rather than what it asks: transport, hooks, reliability."""

    __pydantic_config__ = ConfigDict(strict=True, arbitrary_types_allowed=True)  # type: ignore[misc]

    api_key: _NonEmpty
    api_base: _NonEmpty
    timeout: _Seconds
    """Seconds per attempt."""
    deadline: _Seconds
    """Seconds for the whole call: retries, backoff and fallbacks included."""
    extra_headers: dict[str, str]
    extra_body: Mapping[str, Any]
    drop_params: bool
    hooks: Any
    provider: str
    stream_options: Mapping[str, Any]
    num_retries: _NonNegative
    """Retries per target on retryable errors (default 2, like the vendor SDKs); ``max_retries`` too."""
    fallbacks: Any
    """Targets tried in order when the primary fails retryably: model strings or ``{"model": ...}``."""
    models: Any
    """OpenRouter's spelling: the models to try, in order (the first is the primary)."""
    context_window_fallbacks: Any
    """Targets (larger windows) tried when the prompt does not fit."""
    content_policy_fallbacks: Any
    """Targets tried when a reply is stopped by the vendor's content filter."""
    cache: bool | Mapping[str, Any]
    """``False`` skips a response cache for this call; ``{"ttl": 60}`` sets its entry's lifetime."""
    check_context_window: bool
    """``False`` skips the pre-flight token count against the model's context window."""
    vertex_project: _NonEmpty
    """Google Cloud project for ``vertex_ai/`` models (else ``GOOGLE_CLOUD_PROJECT``)."""
    vertex_location: _NonEmpty
    """Its region, ``us-central1`` or ``global`` (else ``GOOGLE_CLOUD_LOCATION``)."""


class CompletionParams(ChatParams, CallOptions, total=False):
    """Every keyword ``completion()`` and ``acompletion()`` take besides ``model``, ``messages``
    and ``stream``: the generation parameters and the call options."""


class EmbeddingParams(CallOptions, total=False):
    """Every keyword ``embedding()`` takes besides ``model`` and ``input``."""

    dimensions: int
    input_type: str
    """Cohere's and Gemini's task hint: ``search_document``, ``search_query``, ``classification``..."""
    user: str
    metadata: Mapping[str, Any]


#: Every option name, whatever the call kind.
CALL_OPTIONS = frozenset(CallOptions.__annotations__)
#: What an embeddings call takes besides the call options.
EMBEDDING_PARAMS = frozenset({"dimensions", "input_type", "user", "metadata"})

_KNOWN_CHAT = CHAT_PARAMS | CALL_OPTIONS


@functools.cache
def _params_adapter() -> TypeAdapter[ChatParams]:
    return TypeAdapter(ChatParams)


@functools.cache
def _options_adapter() -> TypeAdapter[CallOptions]:
    return TypeAdapter(CallOptions)


def describe_validation_error(exc: ValidationError, root: str = "") -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = root + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"])
        got = error.get("input")
        shown = f", got {got!r}" if not isinstance(got, (dict, list)) else ""
        parts.append(f"{where.lstrip('.')}: {error['msg']}{shown}")
    more = len(exc.errors()) - 3
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def _first_param(exc: ValidationError) -> str | None:
    loc = exc.errors()[0]["loc"] if exc.errors() else ()
    return str(loc[0]) if loc else None


def normalize_names(params: Mapping[str, Any]) -> dict[str, Any]:
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
    return out


def refuse_unknown(names: Sequence[str] | Mapping[str, Any], known: frozenset[str], what: str = "") -> None:
    unknown = sorted(name for name in names if name not in known)
    if not unknown:
        return
    import difflib  # only on the error path

    hints = []
    for name in unknown:
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
        hints.append(f"{name!r} (did you mean {close[0]!r}?)" if close else repr(name))
    raise InvalidRequestError(
        f"unknown {what}parameter(s) {', '.join(hints)}; vendor-specific fields go in extra_body={{...}}",
        param=unknown[0],
    )


def _validated(adapter: TypeAdapter[Any], values: dict[str, Any]) -> dict[str, Any]:
    try:
        return dict(adapter.validate_python(values))
    except ValidationError as exc:
        raise InvalidRequestError(describe_validation_error(exc), param=_first_param(exc)) from exc


def split_params(
    raw: Mapping[str, Any], defaults: Mapping[str, Any] | None = None, *, known: frozenset[str] = _KNOWN_CHAT
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The caller's keywords (over a Router's defaults) to validated (params, options)."""
    merged = {**defaults, **raw} if defaults else raw
    values = normalize_names(merged)
    refuse_unknown(values, known)
    options = {name: values.pop(name) for name in CALL_OPTIONS if name in values}
    for name in [name for name, value in values.items() if value is None]:
        del values[name]  # None means "not given", as in the openai SDK
    for name in [name for name, value in options.items() if value is None]:
        del options[name]
    if options:
        options = _validated(_options_adapter(), options)
    if values and known is _KNOWN_CHAT:
        values = _validated(_params_adapter(), values)
    return values, options
