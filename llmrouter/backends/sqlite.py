"""A SQLite file for cached replies: embedded, survives restarts, shared by the processes of one
machine (WAL mode). Bounded: expired entries go first, then the least recently used beyond
``max_entries``. Limits and budgets need atomic counters across processes: use memory or Redis.

The async forms run in a worker thread (``asyncio.to_thread``): a lookup also writes (the LRU
stamp) and a write may wait on another process's lock, neither of which may block the event loop.
A SQLite failure (locked past the timeout, disk full, unreadable file) is a typed
``BackendUnavailableError``, which the cache turns into a miss or a refusal per ``on_backend_error``."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import BackendUnavailableError, InvalidRequestError

__all__ = ["SQLiteStore"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS llmrouter_cache (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL,
    expires REAL NOT NULL,
    used REAL NOT NULL
)
"""


class SQLiteStore:
    def __init__(self, path: str, *, max_entries: int = 10_000) -> None:
        self.path = path
        self.max_entries = max_entries
        self._local = threading.local()  # one connection per thread: sqlite3 connections are not shared
        with self._typed():
            self._connection().execute(_SCHEMA)

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    def _connection(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=5.0, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    @contextmanager
    def _typed(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise BackendUnavailableError(
                f"SQLite cache {self.path!r} failed: {type(exc).__name__}: {exc}"
            ) from exc

    def get(self, key: str, now: float) -> bytes | None:
        with self._typed():
            return self._get(key, now)

    def _get(self, key: str, now: float) -> bytes | None:
        db = self._connection()
        row = db.execute("SELECT value, expires FROM llmrouter_cache WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        if row[1] <= now:
            db.execute("DELETE FROM llmrouter_cache WHERE key = ?", (key,))
            return None
        db.execute("UPDATE llmrouter_cache SET used = ? WHERE key = ?", (now, key))
        return bytes(row[0])

    async def aget(self, key: str, now: float) -> bytes | None:
        return await asyncio.to_thread(self.get, key, now)

    def put(self, key: str, value: bytes, ttl_s: float, now: float) -> None:
        with self._typed():
            self._put(key, value, ttl_s, now)

    def _put(self, key: str, value: bytes, ttl_s: float, now: float) -> None:
        db = self._connection()
        db.execute(
            "INSERT OR REPLACE INTO llmrouter_cache (key, value, expires, used) VALUES (?, ?, ?, ?)",
            (key, value, now + ttl_s, now),
        )
        db.execute("DELETE FROM llmrouter_cache WHERE expires <= ?", (now,))
        db.execute(
            "DELETE FROM llmrouter_cache WHERE key IN (SELECT key FROM llmrouter_cache ORDER BY used DESC "
            "LIMIT -1 OFFSET ?)",
            (self.max_entries,),
        )

    async def aput(self, key: str, value: bytes, ttl_s: float, now: float) -> None:
        await asyncio.to_thread(self.put, key, value, ttl_s, now)

    def _no_counters(self) -> InvalidRequestError:
        return InvalidRequestError(
            "a SQLite store keeps cached replies only; limits and budgets need 'memory' or a 'redis://' URL",
            param="backend",
        )

    def take(self, key: str, amount: float, capacity: float, per_second: float, now: float) -> float:
        raise self._no_counters()

    async def atake(self, key: str, amount: float, capacity: float, per_second: float, now: float) -> float:
        raise self._no_counters()

    def add(self, key: str, amount: float, ttl_s: float) -> float:
        raise self._no_counters()

    async def aadd(self, key: str, amount: float, ttl_s: float) -> float:
        raise self._no_counters()
