"""The provider plugin protocol: what a vendor file implements, and the requests it receives.

A provider only translates: a :class:`ChatRequest` (OpenAI-shaped, already validated and
resolved) into an SDK call, the SDK's reply into :mod:`llmrouter.types`, and the SDK's exceptions
into :mod:`llmrouter.errors` through :meth:`Provider.translate_error`. Hooks, retries, logging and
cost live in the router, never here.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ..errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    LLMRouterError,
    ProviderError,
    error_from_status,
    register_secret,
)
from ..request import COMMON_PARAMS, ChatRequest, EmbeddingRequest

if TYPE_CHECKING:
    from ..types import ChatCompletion, ChatCompletionChunk

__all__ = [
    "COMMON_PARAMS",
    "BaseProvider",
    "Capabilities",
    "ChatRequest",
    "EmbeddingRequest",
    "Provider",
]


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a provider can honour, checked by the router before any network call."""

    params: frozenset[str] = COMMON_PARAMS
    streaming: bool = True
    embeddings: bool = False
    vision: bool = True


@runtime_checkable
class Provider(Protocol):
    """The plugin protocol. ``embed``/``aembed`` are optional (``capabilities.embeddings``)."""

    name: str
    capabilities: Capabilities

    def complete(self, request: ChatRequest) -> ChatCompletion: ...

    async def acomplete(self, request: ChatRequest) -> ChatCompletion: ...

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]: ...

    def astream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]: ...

    def translate_error(self, error: Exception, request: ChatRequest | EmbeddingRequest) -> LLMRouterError:
        """Maps an SDK exception to ours. The router stamps provider and model on errors that
        are already ours and only calls this for foreign ones."""
        ...


class BaseProvider:
    """Shared plumbing for SDK-backed providers: key lookup and a client cache.

    Clients are cached per (key, base URL, timeout) and, for async clients, per event loop: an
    async HTTP pool must not outlive the loop it was made on. Nothing here imports a vendor SDK;
    subclasses do that inside :meth:`create_client`, so the SDK loads on first use.
    """

    name: str = "base"
    capabilities: Capabilities = Capabilities()
    env_keys: tuple[str, ...] = ()
    """Environment variables holding the key, tried in order."""
    default_base_url: str | None = None
    requires_key: bool = True

    def __init__(self) -> None:
        self._clients: dict[tuple[Any, ...], Any] = {}
        # keyed by event loop; asyncio is imported on first async use, not at import time
        self._async_clients: weakref.WeakKeyDictionary[Any, dict[tuple[Any, ...], Any]] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"

    # -- keys and clients ----------------------------------------------------------------

    def api_key_for(self, request: ChatRequest | EmbeddingRequest) -> str | None:
        """The caller's key, else the vendor's usual variable; missing -> 401 before any I/O."""
        key = request.api_key or next((os.environ[n] for n in self.env_keys if os.environ.get(n)), None)
        if key:
            register_secret(key)
            return key
        if not self.requires_key:
            return None
        where = f"set {' or '.join(self.env_keys)} or " if self.env_keys else ""
        raise AuthenticationError(
            f"no API key for provider {self.name!r}: {where}pass api_key=...",
            provider=self.name,
            model=request.model,
        )

    def base_url_for(self, request: ChatRequest | EmbeddingRequest) -> str | None:
        return request.api_base or self.default_base_url

    def create_client(
        self, api_key: str | None, base_url: str | None, timeout: float | None, is_async: bool
    ) -> Any:
        raise NotImplementedError

    def client(self, request: ChatRequest | EmbeddingRequest) -> Any:
        key = (self.api_key_for(request), self.base_url_for(request), request.timeout)
        client = self._clients.get(key)
        if client is None:
            client = self._clients[key] = self.create_client(*key, is_async=False)
        return client

    def async_client(self, request: ChatRequest | EmbeddingRequest) -> Any:
        import asyncio

        loop = asyncio.get_running_loop()
        per_loop = self._async_clients.get(loop)
        if per_loop is None:
            per_loop = self._async_clients[loop] = {}
        key = (self.api_key_for(request), self.base_url_for(request), request.timeout)
        client = per_loop.get(key)
        if client is None:
            client = per_loop[key] = self.create_client(*key, is_async=True)
        return client

    # -- errors --------------------------------------------------------------------------

    def translate_error(self, error: Exception, request: ChatRequest | EmbeddingRequest) -> LLMRouterError:
        """Fallback mapping by duck typing (``status_code``/``response``); vendors refine it."""
        status = getattr(error, "status_code", None)
        if status is None:
            response = getattr(error, "response", None)
            status = getattr(response, "status_code", None)
        if status is not None:
            response = getattr(error, "response", None)
            headers = getattr(response, "headers", None)
            return error_from_status(
                int(status),
                str(error),
                headers=headers,
                provider=self.name,
                model=request.model,
            )
        name = type(error).__name__.lower()
        if "timeout" in name:
            return APITimeoutError(str(error), provider=self.name, model=request.model)
        if "connect" in name:
            return APIConnectionError(str(error), provider=self.name, model=request.model)
        return ProviderError(f"{type(error).__name__}: {error}", provider=self.name, model=request.model)
