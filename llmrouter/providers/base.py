"""The provider plugin protocol: what a vendor file implements, and the requests it receives.

A provider only translates: a :class:`ChatRequest` (OpenAI-shaped, already validated and
resolved) into an SDK call, the SDK's reply into :mod:`llmrouter.types`, and the SDK's exceptions
into :mod:`llmrouter.errors` through :meth:`Provider.translate_error`. Hooks, retries, logging and
cost live in the router, never here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ..errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    LLMRouterError,
    MissingDependencyError,
    ProviderError,
    error_from_status,
    invalid_response,
    is_undecodable_body,
    register_secret,
    require,
    stream_incomplete,
    transport_error,
)
from ..loop_clients import LoopClients
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
    async HTTP pool must not outlive the loop it was made on, so a loop's async clients are
    closed (:meth:`aclose_client`) when the loop shuts down (see :mod:`llmrouter.loop_clients`).
    Nothing here imports a vendor SDK; subclasses do that inside :meth:`create_client`, so the
    SDK loads on first use.
    """

    name: str = "base"
    capabilities: Capabilities = Capabilities()
    env_keys: tuple[str, ...] = ()
    """Environment variables holding the key, tried in order."""
    default_base_url: str | None = None
    requires_key: bool = True
    sdk_module: str | None = None
    """The vendor SDK's top module, imported on first use through :meth:`import_sdk`."""
    sdk_package: str | None = None
    """Its distribution name on PyPI when it differs from the module (``google-genai``)."""
    sdk_extra: str | None = None
    """llmrouter's extra that installs it (``pip install 'llmrouter[<extra>]'``)."""
    sdk_base_url: str | None = None
    """The URL the SDK uses when none is given, for messages naming where a reply came from."""
    timeout_per_request: bool = False
    """True when the provider passes ``request.timeout`` on every SDK call (the SDK's per-request
    ``timeout=``), not only when it builds a client. Its clients are then cached without the
    timeout (built with none), so one client serves every timeout, and a sync attempt under a
    ``deadline`` gets its timeout cut to the time left (the router sends a copy of the request):
    the attempt then ends by the deadline. False: the client carries the timeout."""

    def __init__(self) -> None:
        self._clients: dict[tuple[Any, ...], Any] = {}
        self._async_clients = LoopClients(self.aclose_client, f"{self.name} client")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"

    # -- the vendor SDK ------------------------------------------------------------------

    def import_sdk(self, module: str | None = None) -> ModuleType:
        """The SDK (or one of its modules), or :class:`MissingDependencyError` naming the extra."""
        name = module or self.sdk_module
        if name is None:
            raise NotImplementedError(f"{type(self).__name__} names no sdk_module")
        return require(
            name,
            self.sdk_extra,
            package=self.sdk_package or (self.sdk_module or name).split(".")[0],
            purpose=f"the {self.name!r} provider",
        )

    def loaded_sdk(self, module: str | None = None) -> ModuleType | None:
        """The SDK module if it is already imported, else ``None``: for error translators, which
        must never import anything (an exception cannot come from an SDK that was never loaded)."""
        name = module or self.sdk_module
        return sys.modules.get(name) if name else None

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

    def client_key(
        self, request: ChatRequest | EmbeddingRequest
    ) -> tuple[str | None, str | None, float | None]:
        """What a cached client is made for: ``create_client``'s key, base URL and timeout."""
        timeout = None if self.timeout_per_request else request.timeout
        return (self.api_key_for(request), self.base_url_for(request), timeout)

    def client(self, request: ChatRequest | EmbeddingRequest) -> Any:
        key = self.client_key(request)
        client = self._clients.get(key)
        if client is None:
            client = self._clients[key] = self.create_client(*key, is_async=False)
        return client

    def async_client(self, request: ChatRequest | EmbeddingRequest) -> Any:
        key = self.client_key(request)
        return self._async_clients.get(key, lambda: self.create_client(*key, is_async=True))

    async def aclose_client(self, client: Any) -> None:
        """Closes an async client made by :meth:`create_client`, on its loop, when the loop
        shuts down. The default fits every official SDK: ``client.aio.aclose()`` (google-genai's
        async side), else ``aclose()``, else an async ``close()`` (openai, anthropic), else
        ``__aexit__`` (mistralai, cohere). Override it for a client that closes otherwise."""
        import inspect

        owner = getattr(client, "aio", None) or client
        for name in ("aclose", "close"):
            method = getattr(owner, name, None)
            if method is not None and inspect.iscoroutinefunction(method):
                await method()
                return
        exit_ = getattr(owner, "__aexit__", None)
        if exit_ is not None:
            await exit_(None, None, None)

    # -- replies that are not replies ------------------------------------------------------

    def shown_base_url(self, request: ChatRequest | EmbeddingRequest) -> str | None:
        return request.api_base or self.default_base_url or self.sdk_base_url

    def invalid_response(self, request: ChatRequest | EmbeddingRequest, what: str) -> ProviderError:
        """502 ``invalid_response``: the body is not this vendor's reply; names the base URL."""
        return invalid_response(
            self.name, self.shown_base_url(request), what, provider=self.name, model=request.model
        )

    def stream_incomplete(self, request: ChatRequest | EmbeddingRequest, what: str) -> APIConnectionError:
        """502 ``stream_incomplete``: the stream ended without the vendor's end marker."""
        return stream_incomplete(
            self.name, self.shown_base_url(request), what, provider=self.name, model=request.model
        )

    # -- errors --------------------------------------------------------------------------

    def translate_error(self, error: Exception, request: ChatRequest | EmbeddingRequest) -> LLMRouterError:
        """Fallback mapping by duck typing (``status_code``/``response``); vendors refine it."""
        if isinstance(error, ImportError):
            package = (error.name or "").split(".")[0] or "unknown"
            return MissingDependencyError(
                f"the {self.name!r} provider needs the {package!r} package, which is not installed: "
                f"pip install {package}",
                package=package,
                extra=None,
                provider=self.name,
                model=request.model,
            )
        status = getattr(error, "status_code", None)
        if status is None:
            response = getattr(error, "response", None)
            status = getattr(response, "status_code", None)
        if status is not None and int(status) < 300:  # the SDK could not read a 2xx body
            return self.invalid_response(request, f"{type(error).__name__}: {str(error)[:200]}")
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
        if is_undecodable_body(error):  # before the transport test: a decode error is a ValueError
            return self.invalid_response(request, f"a body that is not JSON ({error})")
        transport = transport_error(error)
        if transport is APITimeoutError:
            return APITimeoutError(
                f"{self.name} did not answer in time", provider=self.name, model=request.model
            )
        if transport is not None:
            return APIConnectionError(
                f"the connection to {self.name} failed: {type(error).__name__}: {error}",
                provider=self.name,
                model=request.model,
            )
        name = type(error).__name__.lower()
        if "timeout" in name:
            return APITimeoutError(str(error), provider=self.name, model=request.model)
        if "connect" in name:
            return APIConnectionError(str(error), provider=self.name, model=request.model)
        return ProviderError(f"{type(error).__name__}: {error}", provider=self.name, model=request.model)
