"""A response cache as a hook: a repeated request is answered without vendor I/O.

It takes the seat the hook contract gives it: a ``before_request`` that returns the stored reply
(the pipeline marks the call ``ctx.cache_hit``, serves a stream of it as chunks, records cost 0 and
``annotations["saved_cost_usd"]``), and an ``after_response`` that stores a fresh one. Its ``order``
is high (100), so it runs after redaction and guards: keys and stored replies hold the request and
the reply as the vendor saw them, placeholders and all, never raw PII; each call's own redactor
puts its values back, as it would for a fresh reply.

The key is a SHA-256 over the operation, provider, model and everything in the request that changes
the reply (messages, parameters, tools, tool choice, response format, ``extra_body``, base URL),
scoped by a hash of the API key and by the user unless ``scope`` says otherwise. Policy: errors are
never cached; replies of ``n > 1`` calls are not cached (the caller asked for several different
ones); sampled calls (``temperature > 0``) are cached, because the caller who adds a cache asks for
the same answer to the same question; ``skip_sampled=True`` changes that. A stream is stored only
when it ran to its end. Per call: ``cache=False`` skips the cache, ``cache={"ttl": 60}`` sets the
entry's lifetime. Bounded: memory and SQLite keep ``max_entries`` (least recently used out first)
and expire by ``ttl``; Redis expires by ``ttl``.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Mapping
from typing import Any

from ..backends import Store, open_store
from ..errors import BackendUnavailableError, InvalidRequestError
from ..request import ChatRequest, EmbeddingRequest
from ..types import ChatCompletion, EmbeddingResponse, ModerationResponse
from .base import CallContext, Hook

__all__ = ["ResponseCache", "cache_key"]

# transcription is not cached: its key would need the audio, and images/speech are large binaries
_REPLY_TYPES: dict[str, type[ChatCompletion] | type[EmbeddingResponse] | type[ModerationResponse]] = {
    "chat": ChatCompletion,
    "embedding": EmbeddingResponse,
    "moderation": ModerationResponse,
}
_SCOPES = frozenset({"api_key", "user"})


def _request_facts(request: Any) -> dict[str, Any]:
    if isinstance(request, ChatRequest):
        return {
            "messages": [m.model_dump(mode="json", exclude_none=True) for m in request.messages],
            "params": request.params,
            "tools": [t.model_dump(mode="json", exclude_none=True) for t in request.tools or ()],
            "tool_choice": request.tool_choice,
            "response_format": request.response_format.model_dump(mode="json")
            if request.response_format is not None
            else None,
        }
    if isinstance(request, EmbeddingRequest):
        return {"input": request.input, "dimensions": request.dimensions, "input_type": request.input_type}
    return {name: getattr(request, name) for name in request.text_fields}


def cache_key(ctx: CallContext, scope: frozenset[str] = _SCOPES) -> str:
    """The key for this call as the hooks before the cache left it."""
    request = ctx.request
    facts = {
        "op": ctx.operation,
        "provider": ctx.provider,
        "model": request.model,
        "base": request.api_base,
        "extra_body": request.extra_body,
        **_request_facts(request),
    }
    if "api_key" in scope:
        facts["key"] = hashlib.sha256((request.api_key or f"env:{ctx.provider}").encode()).hexdigest()
    if "user" in scope:
        facts["user"] = ctx.user
    canonical = json.dumps(facts, sort_keys=True, default=str, separators=(",", ":"))
    return "cache:" + hashlib.sha256(canonical.encode()).hexdigest()


class ResponseCache(Hook):
    """``ResponseCache(backend="memory" | "cache.db" | "redis://...", ttl=3600)``."""

    name = "response_cache"
    order = 100

    def __init__(
        self,
        backend: Any = None,
        *,
        ttl: float = 3600.0,
        max_entries: int = 10_000,
        scope: tuple[str, ...] = ("api_key", "user"),
        skip_sampled: bool = False,
        on_backend_error: str = "allow",
        clock: Callable[[], float] = time.time,
    ) -> None:
        if isinstance(ttl, bool) or not isinstance(ttl, (int, float)) or ttl <= 0:
            raise InvalidRequestError(f"ttl must be a positive number of seconds, got {ttl!r}", param="ttl")
        unknown = set(scope) - _SCOPES
        if unknown:
            raise InvalidRequestError(
                f"scope may hold {sorted(_SCOPES)}, not {sorted(unknown)}", param="scope"
            )
        if on_backend_error not in ("raise", "allow"):
            raise InvalidRequestError("on_backend_error must be 'raise' or 'allow'", param="on_backend_error")
        self.store: Store = open_store(backend, max_entries=max_entries)
        self.ttl = float(ttl)
        self.scope = frozenset(scope)
        self.skip_sampled = skip_sampled
        self.on_backend_error = on_backend_error
        self.clock = clock
        self.hits = 0
        self.misses = 0

    def __repr__(self) -> str:
        return f"ResponseCache({self.store!r}, ttl={self.ttl:g})"

    # -- policy ----------------------------------------------------------------------------

    def _ttl_for(self, ctx: CallContext) -> float | None:
        """``None`` when this call is not to use the cache."""
        option = ctx.options.get("cache", True)
        if option is False or ctx.operation not in _REPLY_TYPES:
            return None
        params = ctx.params
        if (params.get("n") or 1) > 1:
            return None
        if self.skip_sampled and (params.get("temperature") or 0) > 0:
            return None
        if isinstance(option, Mapping) and option.get("ttl") is not None:
            ttl = option["ttl"]
            if isinstance(ttl, bool) or not isinstance(ttl, (int, float)) or ttl <= 0:
                raise InvalidRequestError(
                    "cache={'ttl': ...} must be a positive number of seconds", param="cache"
                )
            return float(ttl)
        return self.ttl

    def _failed(self, error: BackendUnavailableError) -> None:
        if self.on_backend_error == "raise":
            raise error

    def _reply(self, ctx: CallContext, raw: bytes | None) -> Any:
        if raw is None:
            self.misses += 1
            return None
        self.hits += 1
        return _REPLY_TYPES[ctx.operation].model_validate_json(raw)

    def _stored(self, ctx: CallContext) -> tuple[str, bytes, float] | None:
        # stored under the key it was looked up by, whichever target answered in the end
        looked_up = ctx.state.pop(self, None)
        if looked_up is None or ctx.cache_hit or ctx.response is None or not ctx.complete:
            return None
        key, ttl = looked_up
        return key, ctx.response.model_dump_json().encode(), ttl

    # -- hook ------------------------------------------------------------------------------

    def before_request(self, ctx: CallContext) -> Any:
        ttl = self._ttl_for(ctx)
        if ttl is None:
            return None
        key = cache_key(ctx, self.scope)
        ctx.state[self] = (key, ttl)
        try:
            return self._reply(ctx, self.store.get(key, self.clock()))
        except BackendUnavailableError as error:
            self._failed(error)
            return None

    async def abefore_request(self, ctx: CallContext) -> Any:
        ttl = self._ttl_for(ctx)
        if ttl is None:
            return None
        key = cache_key(ctx, self.scope)
        ctx.state[self] = (key, ttl)
        try:
            return self._reply(ctx, await self.store.aget(key, self.clock()))
        except BackendUnavailableError as error:
            self._failed(error)
            return None

    def after_response(self, ctx: CallContext) -> None:
        stored = self._stored(ctx)
        if stored is not None:
            try:
                self.store.put(stored[0], stored[1], stored[2], self.clock())
            except BackendUnavailableError as error:
                self._failed(error)

    async def aafter_response(self, ctx: CallContext) -> None:
        stored = self._stored(ctx)
        if stored is not None:
            try:
                await self.store.aput(stored[0], stored[1], stored[2], self.clock())
            except BackendUnavailableError as error:
                self._failed(error)
