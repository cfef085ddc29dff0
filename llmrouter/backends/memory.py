"""The in-process store: one lock, never held across I/O (there is none), so it is safe for
threads and asyncio tasks alike. Cached replies are bounded: least recently used out first."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

__all__ = ["MemoryStore"]


class MemoryStore:
    def __init__(self, *, max_entries: int = 10_000) -> None:
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self._totals: dict[str, tuple[float, float]] = {}  # key -> (total, expires)
        self._cache: OrderedDict[str, tuple[bytes, float]] = OrderedDict()  # key -> (value, expires)
        self.max_entries = max_entries

    def __repr__(self) -> str:
        return f"MemoryStore(entries={len(self._cache)}, max_entries={self.max_entries})"

    def take(self, key: str, amount: float, capacity: float, per_second: float, now: float) -> float:
        with self._lock:
            tokens, at = self._buckets.get(key, (capacity, now))
            tokens = min(capacity, tokens + max(now - at, 0.0) * per_second)
            if amount <= 0 or tokens >= amount:
                self._buckets[key] = (min(capacity, tokens - amount), now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (amount - tokens) / per_second if per_second > 0 else float("inf")

    async def atake(self, key: str, amount: float, capacity: float, per_second: float, now: float) -> float:
        return self.take(key, amount, capacity, per_second, now)

    def add(self, key: str, amount: float, ttl_s: float) -> float:
        now = time.time()
        with self._lock:
            total, expires = self._totals.get(key, (0.0, now + ttl_s))
            if expires <= now:
                total, expires = 0.0, now + ttl_s
            total += amount
            self._totals[key] = (total, expires)
            return total

    async def aadd(self, key: str, amount: float, ttl_s: float) -> float:
        return self.add(key, amount, ttl_s)

    def get(self, key: str, now: float) -> bytes | None:
        with self._lock:
            hit = self._cache.get(key)
            if hit is None:
                return None
            if hit[1] <= now:
                del self._cache[key]
                return None
            self._cache.move_to_end(key)
            return hit[0]

    async def aget(self, key: str, now: float) -> bytes | None:
        return self.get(key, now)

    def put(self, key: str, value: bytes, ttl_s: float, now: float) -> None:
        with self._lock:
            self._cache[key] = (value, now + ttl_s)
            self._cache.move_to_end(key)
            while len(self._cache) > self.max_entries:
                self._cache.popitem(last=False)

    async def aput(self, key: str, value: bytes, ttl_s: float, now: float) -> None:
        self.put(key, value, ttl_s, now)
