"""A SQLite file for cached replies: embedded, survives restarts, shared by the processes of one
machine (WAL mode). Bounded: expired entries go first, then the least recently used beyond
``max_entries``. Limits and budgets need atomic counters across processes: use memory or Redis."""

from __future__ import annotations

import sqlite3
import threading

from ..errors import InvalidRequestError

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
        with self._connection() as db:
            db.execute(_SCHEMA)

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

    def get(self, key: str, now: float) -> bytes | None:
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
        # a local file lookup by primary key takes microseconds; a thread hop would cost more
        return self.get(key, now)

    def put(self, key: str, value: bytes, ttl_s: float, now: float) -> None:
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
        self.put(key, value, ttl_s, now)

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
