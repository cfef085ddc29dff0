"""Everything a provider plugin author needs, and the provider registry.

A plugin implements :class:`Provider` (or subclasses :class:`BaseProvider` for key lookup and
client caching), receives a :class:`ChatRequest` or :class:`EmbeddingRequest`, and returns the
OpenAI-shaped types re-exported here (:class:`ChatCompletion` with :class:`Choice` and
:class:`ChatCompletionMessage`; streams of :class:`ChatCompletionChunk` with :class:`ChunkChoice`
and :class:`Delta`; :class:`Usage`; :class:`EmbeddingResponse`).

The registry: built-in vendors by name, user plugins, and entry-point plugins.

Built-in providers are listed by name with a factory that imports their module on first use, so
``import llmrouter`` imports no vendor SDK. Third-party packages register under the entry-point
group ``llmrouter.providers``; those are only looked up when a model string names a prefix that
nothing else knows.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from ..errors import InvalidRequestError, LLMRouterError, ModelNotFoundError, UnsupportedParameterError
from ..request import CHAT_PARAMS, ChatRequest, EmbeddingRequest, Request
from ..types import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessage,
    Choice,
    ChunkChoice,
    Delta,
    Embedding,
    EmbeddingResponse,
    EmbeddingUsage,
    FunctionCall,
    ToolCall,
    ToolCallDelta,
    ToolCallFunctionDelta,
    Usage,
)
from .base import BaseProvider, Capabilities, Provider
from .openai_compatible import COMPATIBLE_VENDORS

__all__ = [
    "CHAT_PARAMS",
    "BaseProvider",
    "Capabilities",
    "ChatCompletion",
    "ChatCompletionChunk",
    "ChatCompletionMessage",
    "ChatRequest",
    "Choice",
    "ChunkChoice",
    "Delta",
    "Embedding",
    "EmbeddingRequest",
    "EmbeddingResponse",
    "EmbeddingUsage",
    "FunctionCall",
    "Provider",
    "Request",
    "ToolCall",
    "ToolCallDelta",
    "ToolCallFunctionDelta",
    "Usage",
    "get_provider",
    "load_entry_points",
    "provider_names",
    "register_provider",
    "unregister_provider",
]

ENTRY_POINT_GROUP = "llmrouter.providers"


def _lazy(module: str, attr: str) -> Callable[[], Provider]:
    def factory() -> Provider:
        cls = getattr(importlib.import_module(module, __name__), attr)
        return cls()  # type: ignore[no-any-return]

    return factory


def _compatible(name: str) -> Callable[[], Provider]:
    def factory() -> Provider:
        from .openai_compatible import make_compatible_provider

        return make_compatible_provider(name)

    return factory


_factories: dict[str, Callable[[], Provider]] = {
    "openai": _lazy(".openai", "OpenAIProvider"),
    "anthropic": _lazy(".anthropic", "AnthropicProvider"),
    "google": _lazy(".google", "GoogleProvider"),
    "vertex_ai": _lazy(".google.vertex", "VertexProvider"),
    "mistral": _lazy(".mistral", "MistralProvider"),
    "cohere": _lazy(".cohere", "CohereProvider"),
    **{name: _compatible(name) for name in COMPATIBLE_VENDORS},
}
_instances: dict[str, Provider] = {}
_names: frozenset[str] = frozenset(_factories)
_lock = threading.Lock()
_entry_points_loaded = False


def provider_names() -> frozenset[str]:
    return _names


def register_provider(name: str, provider: Provider | Callable[[], Provider]) -> None:
    """Makes ``name/...`` model strings route to ``provider`` at once.

    ``provider`` is an instance, or a zero-argument factory called on first use.
    """
    global _names
    if not isinstance(name, str) or not name or "/" in name:
        raise InvalidRequestError(f"provider name {name!r} must be non-empty and contain no '/'")
    if isinstance(provider, type):
        check_provider(provider, name)
    elif _looks_like_provider(provider):
        provider = adapt(check_provider(provider, name))
    elif not callable(provider):
        check_provider(provider, name)  # neither a provider nor a factory: says what is missing
    with _lock:
        _instances.pop(name, None)
        if isinstance(provider, type) or not _looks_like_provider(provider):
            _factories[name] = _checked_factory(name, provider)  # type: ignore[arg-type]
        else:
            _factories.pop(name, None)
            _instances[name] = provider  # type: ignore[assignment]
        _names = frozenset(_factories) | frozenset(_instances)


def unregister_provider(name: str) -> None:
    global _names
    with _lock:
        _factories.pop(name, None)
        _instances.pop(name, None)
        _names = frozenset(_factories) | frozenset(_instances)


def _looks_like_provider(obj: Any) -> bool:
    return any(callable(getattr(obj, method, None)) for method in ("complete", "acomplete"))


#: The plugin contract as data: method -> what stands in when a provider lacks it.
PLUGIN_METHODS: dict[str, str] = {
    "complete": "required for sync calls (or acomplete for async calls): refused with a typed error when absent",
    "acomplete": "required for async calls: without it async calls are refused (never run in a thread)",
    "stream": "optional: a one-chunk stream of complete()'s reply (same chunks a cache serves)",
    "astream": "optional: a one-chunk stream of acomplete()'s reply",
    "embed": "optional: embeddings are refused without it",
    "aembed": "optional: async embeddings are refused without it",
    "translate_error": "optional: errors mapped by their status_code/response, like BaseProvider",
}


def check_provider(provider: Any, name: str) -> Any:
    """Refuses, at registration, a provider that could never serve a call, naming what it lacks."""
    if not _looks_like_provider(provider):
        raise InvalidRequestError(
            f"provider {name!r} ({_kind(provider)}) has neither complete() nor acomplete(); "
            "a provider implements at least one of them (see llmrouter.providers.PLUGIN_METHODS)"
        )
    for method in PLUGIN_METHODS:
        value = getattr(provider, method, None)
        if value is not None and not callable(value):
            raise InvalidRequestError(f"provider {name!r}: {method} is not a method")
    capabilities = getattr(provider, "capabilities", None)
    if capabilities is not None and not isinstance(capabilities, Capabilities):
        raise InvalidRequestError(
            f"provider {name!r}: capabilities must be a llmrouter.providers.Capabilities"
        )
    return provider


def _kind(provider: Any) -> str:
    return provider.__name__ if isinstance(provider, type) else type(provider).__name__


def _checked_factory(name: str, factory: Callable[[], Any]) -> Callable[[], Provider]:
    def make() -> Provider:
        return adapt(check_provider(factory(), name))  # type: ignore[no-any-return]

    return make


class _Adapted:
    """A plugin with what it left out filled in as :data:`PLUGIN_METHODS` says, so the pipeline
    never meets an ``AttributeError`` at call time."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.name: str = getattr(inner, "name", None) or type(inner).__name__
        self.capabilities: Capabilities = getattr(inner, "capabilities", None) or Capabilities()

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._inner, attr)

    def __repr__(self) -> str:
        return repr(self._inner)

    def _missing(self, method: str) -> UnsupportedParameterError:
        return UnsupportedParameterError(
            f"provider {self.name!r} has no {method}(); " + PLUGIN_METHODS[method].split(":")[0],
            code="unsupported_operation",
            provider=self.name,
        )

    def complete(self, request: ChatRequest) -> ChatCompletion:
        method = getattr(self._inner, "complete", None)
        if method is None:
            raise self._missing("complete")
        return method(request)  # type: ignore[no-any-return]

    async def acomplete(self, request: ChatRequest) -> ChatCompletion:
        method = getattr(self._inner, "acomplete", None)
        if method is None:
            raise self._missing("acomplete")
        return await method(request)  # type: ignore[no-any-return]

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]:
        method = getattr(self._inner, "stream", None)
        if method is not None:
            return method(request)  # type: ignore[no-any-return]
        from ..streaming import chunks_of

        return iter(chunks_of(self.complete(request)))

    async def astream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        method = getattr(self._inner, "astream", None)
        if method is not None:
            async for chunk in method(request):
                yield chunk
            return
        from ..streaming import chunks_of

        for chunk in chunks_of(await self.acomplete(request)):
            yield chunk

    def translate_error(self, error: Exception, request: Any) -> LLMRouterError:
        method = getattr(self._inner, "translate_error", None)
        if method is not None:
            return method(error, request)  # type: ignore[no-any-return]
        return BaseProvider.translate_error(self, error, request)  # type: ignore[arg-type]


def adapt(provider: Any) -> Provider:
    """The provider itself when it implements the whole protocol, else an adapter."""
    if (
        all(
            callable(getattr(provider, m, None))
            for m in ("complete", "acomplete", "stream", "astream", "translate_error")
        )
        and isinstance(getattr(provider, "capabilities", None), Capabilities)
        and getattr(provider, "name", None)
    ):
        return provider  # type: ignore[no-any-return]
    return _Adapted(provider)  # type: ignore[return-value]


def get_provider(name: str) -> Provider:
    provider = _instances.get(name)
    if provider is not None:
        return provider
    with _lock:
        provider = _instances.get(name)
        if provider is None:
            factory = _factories.get(name)
            if factory is None:
                raise ModelNotFoundError(f"no provider registered under {name!r}")
            provider = _instances[name] = factory()
    return provider


def load_entry_points() -> bool:
    """Registers providers that installed packages declare; returns whether any were new."""
    global _entry_points_loaded
    if _entry_points_loaded:
        return False
    _entry_points_loaded = True
    from importlib.metadata import entry_points

    found = False
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        if entry.name in _names:
            continue
        register_provider(entry.name, _entry_point_factory(entry))
        found = True
    return found


def _entry_point_factory(entry: Any) -> Callable[[], Provider]:
    def factory() -> Provider:
        target = entry.load()
        made = target() if isinstance(target, type) or not _looks_like_provider(target) else target
        return adapt(check_provider(made, entry.name))

    return factory
