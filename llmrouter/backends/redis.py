"""The Redis store: limits, budgets and cached replies shared by every process and machine that
points at the same server. Each bucket update is one Lua script, so it is atomic on the server
however many clients race; times come from the caller's clock (keep hosts NTP-synced)."""

from __future__ import annotations

import math
import weakref
from typing import Any

from ..errors import BackendUnavailableError, require

__all__ = ["RedisStore"]

#: Connections per process (and per event loop): enough for many concurrent calls, bounded.
MAX_CONNECTIONS = 32

_TAKE = """
local state = redis.call('HMGET', KEYS[1], 't', 'at')
local amount, cap, rate, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local tokens, at = tonumber(state[1]), tonumber(state[2])
if tokens == nil then tokens = cap; at = now end
local elapsed = now - at
if elapsed < 0 then elapsed = 0 end
tokens = math.min(cap, tokens + elapsed * rate)
local wait = 0
if amount <= 0 or tokens >= amount then
  tokens = math.min(cap, tokens - amount)
elseif rate > 0 then
  wait = (amount - tokens) / rate
else
  wait = -1
end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'at', tostring(now))
redis.call('EXPIRE', KEYS[1], ARGV[5])
return tostring(wait)
"""

_ADD = """
local total = redis.call('INCRBYFLOAT', KEYS[1], ARGV[1])
if redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return total
"""


def _redis() -> Any:
    return require("redis", "redis", purpose="the Redis backend")


def _unavailable(url: str, exc: Exception) -> BackendUnavailableError:
    where = url.split("@")[-1]  # never the password in a URL's userinfo
    return BackendUnavailableError(f"Redis at {where} is unreachable: {type(exc).__name__}")


class RedisStore:
    def __init__(self, url: str, *, prefix: str = "llmrouter:", timeout_s: float = 2.0) -> None:
        redis = _redis()
        self.url = url
        self.prefix = prefix
        self._timeout = timeout_s
        # a bounded pool that makes callers wait for a connection instead of failing under a burst
        pool = redis.BlockingConnectionPool.from_url(
            url,
            max_connections=MAX_CONNECTIONS,
            timeout=timeout_s,
            socket_timeout=timeout_s,
            socket_connect_timeout=timeout_s,
        )
        self._client = redis.Redis(connection_pool=pool)
        self._take = self._client.register_script(_TAKE)
        self._add = self._client.register_script(_ADD)
        self._errors: tuple[type[Exception], ...] = (
            redis.exceptions.ConnectionError,
            redis.exceptions.TimeoutError,
        )
        # an asyncio client belongs to the loop it was made on
        self._async: weakref.WeakKeyDictionary[Any, tuple[Any, Any, Any]] = weakref.WeakKeyDictionary()

    def __repr__(self) -> str:
        return f"RedisStore({self.url.split('@')[-1]!r})"

    def _aclient(self) -> tuple[Any, Any, Any]:
        import asyncio

        loop = asyncio.get_running_loop()
        made = self._async.get(loop)
        if made is None:
            from redis import asyncio as aredis

            pool = aredis.BlockingConnectionPool.from_url(
                self.url,
                max_connections=MAX_CONNECTIONS,
                timeout=self._timeout,
                socket_timeout=self._timeout,
                socket_connect_timeout=self._timeout,
            )
            client = aredis.Redis(connection_pool=pool)
            made = self._async[loop] = (client, client.register_script(_TAKE), client.register_script(_ADD))
        return made

    @staticmethod
    def _ttl(capacity: float, per_second: float) -> int:
        return max(1, math.ceil(capacity / per_second) + 1) if per_second > 0 else 86_400

    def take(self, key: str, amount: float, capacity: float, per_second: float, now: float) -> float:
        try:
            wait = self._take(
                keys=[self.prefix + key],
                args=[amount, capacity, per_second, now, self._ttl(capacity, per_second)],
            )
        except self._errors as exc:
            raise _unavailable(self.url, exc) from exc
        value = float(wait)
        return float("inf") if value < 0 else value

    async def atake(self, key: str, amount: float, capacity: float, per_second: float, now: float) -> float:
        _, take, _ = self._aclient()
        try:
            wait = await take(
                keys=[self.prefix + key],
                args=[amount, capacity, per_second, now, self._ttl(capacity, per_second)],
            )
        except self._errors as exc:
            raise _unavailable(self.url, exc) from exc
        value = float(wait)
        return float("inf") if value < 0 else value

    def add(self, key: str, amount: float, ttl_s: float) -> float:
        try:
            return float(self._add(keys=[self.prefix + key], args=[amount, max(1, math.ceil(ttl_s))]))
        except self._errors as exc:
            raise _unavailable(self.url, exc) from exc

    async def aadd(self, key: str, amount: float, ttl_s: float) -> float:
        _, _, add = self._aclient()
        try:
            return float(await add(keys=[self.prefix + key], args=[amount, max(1, math.ceil(ttl_s))]))
        except self._errors as exc:
            raise _unavailable(self.url, exc) from exc

    def get(self, key: str, now: float) -> bytes | None:
        try:
            value = self._client.get(self.prefix + key)
        except self._errors as exc:
            raise _unavailable(self.url, exc) from exc
        return value if isinstance(value, bytes) else None

    async def aget(self, key: str, now: float) -> bytes | None:
        client, _, _ = self._aclient()
        try:
            value = await client.get(self.prefix + key)
        except self._errors as exc:
            raise _unavailable(self.url, exc) from exc
        return value if isinstance(value, bytes) else None

    def put(self, key: str, value: bytes, ttl_s: float, now: float) -> None:
        try:
            self._client.set(self.prefix + key, value, ex=max(1, math.ceil(ttl_s)))
        except self._errors as exc:
            raise _unavailable(self.url, exc) from exc

    async def aput(self, key: str, value: bytes, ttl_s: float, now: float) -> None:
        client, _, _ = self._aclient()
        try:
            await client.set(self.prefix + key, value, ex=max(1, math.ceil(ttl_s)))
        except self._errors as exc:
            raise _unavailable(self.url, exc) from exc
