"""Where limits, budgets and cached replies are kept: in this process, in a SQLite file, or in Redis.

A :class:`Store` offers three primitives, each atomic, each with a sync and an async form:

- ``take(key, amount, capacity, per_second, now)``: a token bucket. Takes ``amount`` from a bucket
  holding at most ``capacity`` that refills at ``per_second``; returns 0.0 when taken, else the
  seconds until it could be (nothing is taken then). ``amount`` may be negative: a refund.
- ``add(key, amount, ttl_s)``: adds to a running total (spend) and returns the new total.
- ``get``/``put``: bytes by key with a lifetime (cached replies).

The rate limiter, the budget and the response cache (:mod:`llmrouter.hooks.limits`,
:mod:`llmrouter.hooks.cache`) are written against these alone, so each works on every store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from ..errors import InvalidRequestError

if TYPE_CHECKING:
    from .memory import MemoryStore

__all__ = ["Store", "open_store"]


class Store(Protocol):
    def take(self, key: str, amount: float, capacity: float, per_second: float, now: float) -> float: ...

    async def atake(
        self, key: str, amount: float, capacity: float, per_second: float, now: float
    ) -> float: ...

    def add(self, key: str, amount: float, ttl_s: float) -> float: ...

    async def aadd(self, key: str, amount: float, ttl_s: float) -> float: ...

    def get(self, key: str, now: float) -> bytes | None: ...

    async def aget(self, key: str, now: float) -> bytes | None: ...

    def put(self, key: str, value: bytes, ttl_s: float, now: float) -> None: ...

    async def aput(self, key: str, value: bytes, ttl_s: float, now: float) -> None: ...


_shared_memory: MemoryStore | None = None


def open_store(backend: Any, *, max_entries: int = 10_000) -> Store:
    """``None``/``"memory"`` (this process; one store shared by every hook that asks for it),
    ``"redis://..."`` (shared across processes and machines), a SQLite file path (``.db``,
    ``.sqlite``, ``sqlite:///path``; cached replies only), or a store object."""
    global _shared_memory
    if backend is None or backend == "memory":
        from .memory import MemoryStore

        if _shared_memory is None:
            _shared_memory = MemoryStore(max_entries=max_entries)
        return _shared_memory
    if isinstance(backend, str):
        if backend.startswith(("redis://", "rediss://", "unix://")):
            from .redis import RedisStore

            return RedisStore(backend)
        path = backend.removeprefix("sqlite:///")
        if path != backend or path.endswith((".db", ".sqlite", ".sqlite3")):
            from .sqlite import SQLiteStore

            return SQLiteStore(path, max_entries=max_entries)
        raise InvalidRequestError(
            f"unknown backend {backend!r}: use 'memory', a 'redis://' URL or a SQLite file path ending in .db",
            param="backend",
        )
    if all(callable(getattr(backend, name, None)) for name in ("take", "add", "get", "put")):
        return backend  # type: ignore[no-any-return]
    raise InvalidRequestError(
        f"backend must be 'memory', a URL, a path or a Store, got {type(backend).__name__}"
    )
