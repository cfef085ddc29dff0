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
from collections.abc import Callable
from typing import Any

from ..errors import InvalidRequestError, ModelNotFoundError
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
    if not name or "/" in name:
        raise InvalidRequestError(f"provider name {name!r} must be non-empty and contain no '/'")
    with _lock:
        _instances.pop(name, None)
        if isinstance(provider, type) or not _looks_like_provider(provider):
            _factories[name] = provider  # type: ignore[assignment]
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
    return callable(getattr(obj, "complete", None))


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
        return target() if isinstance(target, type) or not _looks_like_provider(target) else target  # type: ignore[no-any-return]

    return factory
