"""``UsageLedger``: every call and every attempt, in a database, with a summary query.

    ledger = UsageLedger("usage.db")                    # SQLite file (WAL), the embedded default
    ledger = UsageLedger("postgresql://user@host/db")   # PostgreSQL (psycopg 3, pooled)
    llmrouter.add_hook(ledger)
    ledger.summary(by="user", since="2026-12-01")

A call's rows are handed to a writer thread (a queue put that wakes nothing), which writes what
is queued every ``linger_s`` (0.2 s) in batches, one transaction each (a transaction, or a thread
wake-up, per call would cost more CPU than the call): a hook never waits for the database, so the ledger never
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
from .logging import _process, _tokens, call_record

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


_last_day: tuple[float, str] = (float("nan"), "")
"""The last UTC day number (epoch seconds // 86400) seen and its ``YYYY-MM-DD``: nearly every
call falls on the day of the one before it, and ``strftime`` costs more than the rest of a row.
One tuple, read and replaced whole, so threads never see a number with another day's text."""


def _day(ts: float) -> str:
    """``time.strftime("%Y-%m-%d", time.gmtime(ts))``, remembered for the current day."""
    global _last_day
    number = ts // 86400
    last = _last_day
    if number == last[0]:
        return last[1]
    text = time.strftime("%Y-%m-%d", time.gmtime(ts))
    _last_day = (number, text)
    return text


class UsageLedger(Hook):
    """A hook that records each call (one row, cost included) and each of its attempts (one row
    each) to SQLite or PostgreSQL. ``target``: a file path, ``sqlite:///path`` or a
    ``postgresql://`` URL. ``max_queue`` bounds what may wait for the writer; past it rows are
    dropped (counted in :attr:`dropped`, logged) rather than block a call."""

    name = "ledger"

    def __init__(
        self,
        target: str | os.PathLike[str],
        *,
        batch_size: int = 500,
        linger_s: float = 0.2,
        max_queue: int = 100_000,
    ) -> None:
        if (
            not isinstance(batch_size, int)
            or batch_size < 1
            or not isinstance(linger_s, (int, float))
            or linger_s < 0
        ):
            raise InvalidRequestError("UsageLedger needs batch_size >= 1 and linger_s >= 0")
        self._store = open_store(target)
        self.target = self._store.url
        self.batch_size = batch_size
        self.linger_s = float(linger_s)
        self.max_queue = max_queue
        self.dropped = 0
        self._lock = threading.Lock()
        self.written = 0
        """Calls written so far (by this process)."""
        self.failed = 0
        """Calls whose rows could not be written after three tries (logged on ``llmrouter.ledger``)."""
        self._pid = -1
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._wake = threading.Event()
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
        # the call's record is built once and shared with the log record (see call_record)
        record = call_record(ctx, include_text=False)
        call = (
            record["request_id"],
            ctx.started_at,
            _day(ctx.started_at),
            record["user"],
            record["operation"],
            record["provider"],
            record["model"],
            record["requested_model"],
            _flag(ctx.stream),
            record["status"],
            record["error"],
            record["error_code"],
            record["attempts"],
            record["latency_s"],
            record["prompt_tokens"],
            record["completion_tokens"],
            record["cached_tokens"],
            record["cache_write_tokens"],
            record["reasoning_tokens"],
            record["cost_usd"],
            record.get("saved_cost_usd"),
            _flag(ctx.cache_hit),
            _flag(ctx.complete),
            getattr(ctx.response, "id", None),
        )
        ident = record["request_id"]
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
        if self._pid != _process[0]:
            self._start()
        if self._queue.qsize() >= self.max_queue:
            self.dropped += 1
            log.warning("usage ledger queue full (%d calls): a call's rows were dropped", self.max_queue)
            return
        self._queue.put(item)

    def _start(self) -> None:
        with self._lock:
            if self._pid == os.getpid():
                return
            if self._closed:
                raise InvalidRequestError("this UsageLedger is closed")
            # after a fork the parent's writer thread is not running here: start our own
            self._queue = queue.SimpleQueue()
            self._wake = threading.Event()
            self._thread = threading.Thread(target=self._run, name="llmrouter-ledger", daemon=True)
            self._pid = os.getpid()
            self._thread.start()

    def _run(self) -> None:
        """Every ``linger_s`` (or at once when a flush or close wakes it) it writes everything
        queued, in batches of ``batch_size``, one transaction each. A call's put wakes nothing:
        waking a thread per call would cost more CPU than writing the row."""
        source = self._queue
        while True:
            self._wake.wait(self.linger_s)
            self._wake.clear()
            batch: list[Any] = []
            markers: list[threading.Event] = []
            stop = False
            while True:
                try:
                    item = source.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stop = True
                    break
                if isinstance(item, threading.Event):
                    markers.append(item)
                    continue
                batch.append(item)
                if len(batch) >= self.batch_size:
                    self._write(batch)
                    batch = []
            if batch:
                self._write(batch)
            for marker in markers:
                marker.set()
            if stop:
                return

    def _write(self, batch: list[Any]) -> None:
        for attempt in range(3):
            try:
                self._store.write(batch)
            except Exception as exc:
                if attempt == 2:
                    self.failed += len(batch)
                    log.error("usage ledger could not write %d calls: %s", len(batch), type(exc).__name__)
                    return
                time.sleep(0.05 * (attempt + 1))
                continue
            self.written += len(batch)
            return

    def flush(self, timeout: float | None = 30.0) -> bool:
        """Waits until every call handed to the ledger before this flush is written (or failed
        for good, counted in :attr:`failed`); True if that happened within ``timeout``."""
        if self._pid != os.getpid() or self._thread is None or not self._thread.is_alive():
            return True
        marker = threading.Event()
        self._queue.put(marker)
        self._wake.set()
        return marker.wait(timeout)

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
            self._wake.set()
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
