"""``UsageLedger``: every call and every attempt, in a database, with a summary query.

    ledger = UsageLedger("usage.db")                    # SQLite file (WAL), the embedded default
    ledger = UsageLedger("postgresql://user@host/db")   # PostgreSQL (psycopg 3, pooled)
    llmrouter.add_hook(ledger)
    ledger.summary(by="user", since="2026-12-01")

A call's rows are handed to a writer thread (a queue put, about a microsecond), which writes them
in batches, one transaction each: a hook never waits for the database, so the ledger never
blocks an event loop, and one ledger serves any number of threads and asyncio tasks. Several
processes may share one SQLite file. :meth:`UsageLedger.flush` waits until everything handed over
is written; :meth:`summary` flushes first, so a process reads its own writes. Rows still queued
are written at interpreter exit.

The ledger records a call when it ends, however it ends (a stream consumed, closed early,
abandoned or failed): exactly one row in ``llmrouter_calls`` with its cost, and one row per
attempt in ``llmrouter_attempts``.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import queue
import threading
import time
import weakref
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..errors import InvalidRequestError
from ..ledger.store import GROUPS, SummaryRow, open_store
from .base import Attempt, CallContext, Hook
from .logging import _tokens, call_id, user_of

if TYPE_CHECKING:
    from ..errors import LLMRouterError

__all__ = ["SummaryRow", "UsageLedger", "parse_time"]

log = logging.getLogger("llmrouter.ledger")

_STOP = object()
_live: weakref.WeakSet[UsageLedger] = weakref.WeakSet()


def parse_time(value: Any, *, end: bool = False) -> float | None:
    """``since``/``until`` as epoch seconds: a datetime (naive = UTC), a date or an ISO string
    (``2026-12-01``, ``2026-12-01T12:00``), or epoch seconds. A date as ``until`` (``end``)
    includes that whole day."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise InvalidRequestError(f"not a time: {value!r}", param="since/until")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                value = date.fromisoformat(text)
            else:
                value = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise InvalidRequestError(
                f"not a date or time: {value!r} (use 2026-12-01 or 2026-12-01T12:00:00)", param="since/until"
            ) from None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return float(value.timestamp())
    if isinstance(value, date):
        day = datetime(value.year, value.month, value.day, tzinfo=UTC)
        return (day + timedelta(days=1) if end else day).timestamp()
    raise InvalidRequestError(f"not a date or time: {value!r}", param="since/until")


def _flag(value: Any) -> int:
    return 1 if value else 0


class UsageLedger(Hook):
    """A hook that records each call (one row, cost included) and each of its attempts (one row
    each) to SQLite or PostgreSQL. ``target``: a file path, ``sqlite:///path`` or a
    ``postgresql://`` URL. ``max_queue`` bounds what may wait for the writer; past it rows are
    dropped (counted in :attr:`dropped`, logged) rather than block a call."""

    name = "ledger"

    def __init__(
        self, target: str | os.PathLike[str], *, batch_size: int = 500, max_queue: int = 100_000
    ) -> None:
        self._store = open_store(target)
        self.target = self._store.url
        self.batch_size = batch_size
        self.max_queue = max_queue
        self.dropped = 0
        self._cond = threading.Condition()
        self._queued = 0
        self._written = 0
        self._failed = 0
        self._pid = -1
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._closed = False
        _live.add(self)

    def __repr__(self) -> str:
        return f"UsageLedger({self._safe_target()!r})"

    def _safe_target(self) -> str:
        from ..errors import scrub_secrets

        target = self.target
        if "://" in target and "@" in target:  # never a password from a URL
            scheme, _, rest = target.partition("://")
            target = f"{scheme}://***@{rest.rpartition('@')[2]}"
        return scrub_secrets(target)

    # -- the hook ------------------------------------------------------------------------

    def after_response(self, ctx: CallContext) -> None:
        self._record(ctx)

    def on_error(self, ctx: CallContext, error: LLMRouterError) -> None:
        self._record(ctx)

    def _record(self, ctx: CallContext) -> None:
        ident = call_id(ctx)
        error = ctx.error
        prompt, completion, cached, written, reasoning = _tokens(ctx.usage)
        timings = ctx.timings
        latency = timings.get("duration_s")
        if latency is None and "start" in timings:
            latency = time.perf_counter() - timings["start"]
        request = ctx.request
        call = (
            ident,
            ctx.started_at,
            time.strftime("%Y-%m-%d", time.gmtime(ctx.started_at)),
            user_of(ctx),
            ctx.operation,
            ctx.provider,
            request.model if request is not None else ctx.model,
            ctx.model,
            _flag(ctx.stream),
            "error" if error is not None else "ok",
            type(error).__name__ if error is not None else None,
            error.code if error is not None else None,
            len(ctx.attempts),
            latency,
            prompt,
            completion,
            cached,
            written,
            reasoning,
            ctx.cost_usd,
            ctx.annotations.get("saved_cost_usd"),
            _flag(ctx.cache_hit),
            _flag(ctx.complete),
            getattr(ctx.response, "id", None),
        )
        attempts: list[Attempt] = ctx.attempts
        rows = []
        for attempt in attempts:
            a_error = attempt.error
            a_prompt, a_completion, a_cached, _, a_reasoning = _tokens(attempt.usage)
            rows.append(
                (
                    ident,
                    attempt.number,
                    attempt.target,
                    attempt.retry,
                    attempt.provider,
                    attempt.model,
                    attempt.started_at,
                    attempt.duration_s,
                    "error" if a_error is not None else "ok",
                    type(a_error).__name__ if a_error is not None else None,
                    a_error.code if a_error is not None else None,
                    a_error.status if a_error is not None else None,
                    a_prompt,
                    a_completion,
                    a_cached,
                    a_reasoning,
                )
            )
        self._put((call, rows))

    # -- the writer ----------------------------------------------------------------------

    def _put(self, item: Any) -> None:
        if self._pid != os.getpid():
            self._start()
        with self._cond:
            if self._queued - self._written - self._failed >= self.max_queue:
                self.dropped += 1
                log.warning("usage ledger queue full (%d rows): a call's rows were dropped", self.max_queue)
                return
            self._queued += 1
        self._queue.put(item)

    def _start(self) -> None:
        with self._cond:
            if self._pid == os.getpid():
                return
            if self._closed:
                raise InvalidRequestError("this UsageLedger is closed")
            # after a fork the parent's writer thread is not running here: start our own
            self._queue = queue.SimpleQueue()
            self._queued = self._written = self._failed = 0
            self._thread = threading.Thread(target=self._run, name="llmrouter-ledger", daemon=True)
            self._pid = os.getpid()
            self._thread.start()

    def _run(self) -> None:
        source = self._queue
        while True:
            item = source.get()
            if item is _STOP:
                return
            batch = [item]
            stop = False
            while len(batch) < self.batch_size:
                try:
                    more = source.get_nowait()
                except queue.Empty:
                    break
                if more is _STOP:
                    stop = True
                    break
                batch.append(more)
            self._write(batch)
            if stop:
                return

    def _write(self, batch: list[Any]) -> None:
        for attempt in range(3):
            try:
                self._store.write(batch)
            except Exception as exc:
                if attempt == 2:
                    log.error("usage ledger could not write %d calls: %s", len(batch), type(exc).__name__)
                    with self._cond:
                        self._failed += len(batch)
                        self._cond.notify_all()
                    return
                time.sleep(0.05 * (attempt + 1))
                continue
            with self._cond:
                self._written += len(batch)
                self._cond.notify_all()
            return

    def flush(self, timeout: float | None = 30.0) -> bool:
        """Waits until every call handed to the ledger is written (or failed); True if so."""
        if self._pid != os.getpid():
            return True
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._written + self._failed < self._queued:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._cond.wait(remaining)
        return True

    async def aflush(self, timeout: float | None = 30.0) -> bool:
        """:meth:`flush` without blocking the event loop."""
        return await asyncio.to_thread(self.flush, timeout)

    def close(self) -> None:
        """Writes what is queued, stops the writer and closes the database connections."""
        if self._closed:
            return
        self.flush()
        self._closed = True
        if self._thread is not None and self._pid == os.getpid():
            self._queue.put(_STOP)
            self._thread.join(timeout=10)
        self._store.close()

    def __enter__(self) -> UsageLedger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------

    def summary(self, by: str = "user", since: Any = None, until: Any = None) -> list[SummaryRow]:
        """Calls, failures, attempts, tokens (prompt, completion, cached, reasoning) and cost per
        group, ``by`` one of ``user``, ``model`` (``provider/model``), ``provider``, ``day`` (UTC)
        or ``operation``; ``since`` inclusive, ``until`` exclusive (a date: through that day)."""
        group = GROUPS.get(by) if isinstance(by, str) else None
        if group is None:
            raise InvalidRequestError(
                f"summary(by=...) is one of {', '.join(GROUPS)}, got {by!r}", param="by"
            )
        start = parse_time(since)
        stop = parse_time(until, end=True)
        self.flush()
        return self._store.summary(
            group, start if start is not None else float("-inf"), stop if stop is not None else float("inf")
        )

    async def asummary(self, by: str = "user", since: Any = None, until: Any = None) -> list[SummaryRow]:
        return await asyncio.to_thread(self.summary, by, since, until)

    def count(self, table: str = "llmrouter_calls") -> int:
        """Rows in ``llmrouter_calls`` or ``llmrouter_attempts`` (after a flush)."""
        self.flush()
        return self._store.count(table)


@atexit.register
def _flush_all() -> None:
    for ledger in list(_live):
        try:
            ledger.flush(timeout=10)
        except Exception:  # never fail interpreter exit
            pass
