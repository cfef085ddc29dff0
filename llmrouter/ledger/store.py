"""The ledger's tables, its writes and its summary query, for SQLite and PostgreSQL.

Two tables. ``llmrouter_calls``: one row per call (who, which model served it, tokens, the cost
once, how it ended). ``llmrouter_attempts``: one row per attempt at a vendor (retries and
fallbacks included), keyed by the call's id and the attempt's number; no cost there, so a sum of
costs never counts a call twice.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from ..errors import InvalidRequestError, require

__all__ = ["ATTEMPT_COLUMNS", "CALL_COLUMNS", "GROUPS", "Store", "SummaryRow", "open_store"]

CALL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "TEXT PRIMARY KEY"),
    ("ts", "DOUBLE PRECISION NOT NULL"),
    ("day", "TEXT NOT NULL"),
    ("user_id", "TEXT"),
    ("operation", "TEXT NOT NULL"),
    ("provider", "TEXT"),
    ("model", "TEXT"),
    ("requested_model", "TEXT"),
    ("stream", "INTEGER NOT NULL"),
    ("status", "TEXT NOT NULL"),
    ("error", "TEXT"),
    ("error_code", "TEXT"),
    ("attempts", "INTEGER NOT NULL"),
    ("latency_s", "DOUBLE PRECISION"),
    ("prompt_tokens", "BIGINT"),
    ("completion_tokens", "BIGINT"),
    ("cached_tokens", "BIGINT"),
    ("cache_write_tokens", "BIGINT"),
    ("reasoning_tokens", "BIGINT"),
    ("cost_usd", "DOUBLE PRECISION"),
    ("saved_cost_usd", "DOUBLE PRECISION"),
    ("cache_hit", "INTEGER NOT NULL"),
    ("complete", "INTEGER NOT NULL"),
    ("response_id", "TEXT"),
)
ATTEMPT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("call_id", "TEXT NOT NULL"),
    ("number", "INTEGER NOT NULL"),
    ("target", "INTEGER NOT NULL"),
    ("retry", "INTEGER NOT NULL"),
    ("provider", "TEXT"),
    ("model", "TEXT"),
    ("started_at", "DOUBLE PRECISION NOT NULL"),
    ("duration_s", "DOUBLE PRECISION"),
    ("status", "TEXT NOT NULL"),
    ("error", "TEXT"),
    ("error_code", "TEXT"),
    ("http_status", "INTEGER"),
    ("prompt_tokens", "BIGINT"),
    ("completion_tokens", "BIGINT"),
    ("cached_tokens", "BIGINT"),
    ("reasoning_tokens", "BIGINT"),
)

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS llmrouter_calls ("
    + ", ".join(f"{name} {kind}" for name, kind in CALL_COLUMNS)
    + ")",
    "CREATE TABLE IF NOT EXISTS llmrouter_attempts ("
    + ", ".join(f"{name} {kind}" for name, kind in ATTEMPT_COLUMNS)
    + ", PRIMARY KEY (call_id, number))",
    "CREATE INDEX IF NOT EXISTS llmrouter_calls_ts ON llmrouter_calls (ts)",
)
INSERT_CALL = (
    f"INSERT INTO llmrouter_calls ({', '.join(n for n, _ in CALL_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in CALL_COLUMNS)}) ON CONFLICT (id) DO NOTHING"
)
INSERT_ATTEMPT = (
    f"INSERT INTO llmrouter_attempts ({', '.join(n for n, _ in ATTEMPT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in ATTEMPT_COLUMNS)}) ON CONFLICT (call_id, number) DO NOTHING"
)

#: ``summary(by=...)`` -> the grouping expression (the same SQL on both backends).
GROUPS = {
    "user": "user_id",
    "model": "provider || '/' || model",
    "provider": "provider",
    "day": "day",
    "operation": "operation",
}

SUMMARY = (
    "SELECT {group} AS grp, COUNT(*), "
    "SUM(CASE WHEN status = 'error' THEN 1 ELSE 0 END), "
    "SUM(attempts), "
    "COALESCE(SUM(prompt_tokens), 0), COALESCE(SUM(completion_tokens), 0), "
    "COALESCE(SUM(cached_tokens), 0), COALESCE(SUM(reasoning_tokens), 0), "
    "SUM(cost_usd), "
    "SUM(CASE WHEN status = 'ok' AND cost_usd IS NULL THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN cache_hit = 1 THEN 1 ELSE 0 END) "
    "FROM llmrouter_calls WHERE ts >= ? AND ts < ? GROUP BY {group} ORDER BY grp"
)


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One group of :meth:`UsageLedger.summary`. ``cost_usd`` is the sum over the priced calls
    (``None`` when none was priced); ``unpriced_calls`` are successful calls whose price was
    unknown, not counted as $0."""

    group: str | None
    calls: int
    failed_calls: int
    attempts: int
    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int
    reasoning_tokens: int
    cost_usd: float | None
    unpriced_calls: int
    cache_hits: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _row(values: Sequence[Any]) -> SummaryRow:
    group, calls, failed, attempts, prompt, completion, cached, reasoning, cost, unpriced, hits = values
    return SummaryRow(
        group=None if group is None else str(group),
        calls=int(calls),
        failed_calls=int(failed or 0),
        attempts=int(attempts or 0),
        prompt_tokens=int(prompt),
        completion_tokens=int(completion),
        cached_tokens=int(cached),
        reasoning_tokens=int(reasoning),
        cost_usd=float(cost) if cost is not None else None,
        unpriced_calls=int(unpriced or 0),
        cache_hits=int(hits or 0),
    )


Batch = Sequence[tuple[tuple[Any, ...], Sequence[tuple[Any, ...]]]]


class Store(Protocol):
    url: str

    def write(self, batch: Batch) -> None: ...

    def summary(self, group: str, since: float, until: float) -> list[SummaryRow]: ...

    def count(self, table: str) -> int: ...

    def close(self) -> None: ...


# ---------------------------------------------------------------------------------------------
# SQLite
# ---------------------------------------------------------------------------------------------


class SqliteStore:
    """A SQLite file in WAL mode: readers never wait for the writer, and several processes may
    write (each waits up to ``busy_timeout`` for the lock, which a batch holds for microseconds).
    Each thread gets its own connection."""

    def __init__(self, path: str, *, busy_timeout_s: float = 30.0) -> None:
        self.url = path
        self._timeout = busy_timeout_s
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        connection = self._connection()
        with connection:
            connection.execute("PRAGMA journal_mode=WAL")
            for statement in SCHEMA:
                connection.execute(statement)

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None or getattr(self._local, "pid", None) != os.getpid():
            connection = sqlite3.connect(
                self.url, timeout=self._timeout, isolation_level=None, check_same_thread=False
            )
            connection.execute(f"PRAGMA busy_timeout={int(self._timeout * 1000)}")
            connection.execute("PRAGMA synchronous=NORMAL")
            self._local.connection, self._local.pid = connection, os.getpid()
            with self._lock:
                self._all.append(connection)
        return connection

    def write(self, batch: Batch) -> None:
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.executemany(INSERT_CALL, [call for call, _ in batch])
            connection.executemany(INSERT_ATTEMPT, [row for _, attempts in batch for row in attempts])
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    def summary(self, group: str, since: float, until: float) -> list[SummaryRow]:
        rows = self._connection().execute(SUMMARY.format(group=group), (since, until)).fetchall()
        return [_row(row) for row in rows]

    def count(self, table: str) -> int:
        if table not in ("llmrouter_calls", "llmrouter_attempts"):
            raise InvalidRequestError(f"no ledger table {table!r}")
        return int(self._connection().execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            connections, self._all = self._all, []
        for connection in connections:
            try:
                connection.close()
            except sqlite3.Error:
                pass
        self._local = threading.local()


# ---------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------


def _pg(sql: str) -> str:
    return sql.replace("?", "%s")


class PostgresStore:
    """PostgreSQL through psycopg 3 and a small connection pool (``psycopg_pool``)."""

    def __init__(self, url: str, *, min_size: int = 1, max_size: int = 4, timeout_s: float = 30.0) -> None:
        psycopg = require("psycopg", "postgres", purpose="a PostgreSQL ledger")
        ConnectionPool = require(
            "psycopg_pool", "postgres", package="psycopg-pool", purpose="a PostgreSQL ledger"
        ).ConnectionPool
        self.url = url
        try:
            # one direct connection first: a bad URL or a server that is down fails here, at once
            with psycopg.connect(url, connect_timeout=max(1, int(timeout_s))) as connection:
                # concurrent CREATE IF NOT EXISTS can collide in the catalog: one creator at a time
                connection.execute("SELECT pg_advisory_xact_lock(7436352)")
                for statement in SCHEMA:
                    connection.execute(statement)
        except psycopg.Error as exc:
            raise InvalidRequestError(
                f"cannot open the PostgreSQL ledger: {type(exc).__name__}: {str(exc).strip()}",
                param="target",
                code="ledger_unavailable",
            ) from None
        self._pool = ConnectionPool(
            url,
            min_size=min_size,
            max_size=max_size,
            timeout=timeout_s,
            open=True,
            kwargs={"autocommit": False},
        )

    def write(self, batch: Batch) -> None:
        with self._pool.connection() as connection, connection.cursor() as cursor:
            cursor.executemany(_pg(INSERT_CALL), [call for call, _ in batch])
            attempts = [row for _, rows in batch for row in rows]
            if attempts:
                cursor.executemany(_pg(INSERT_ATTEMPT), attempts)

    def summary(self, group: str, since: float, until: float) -> list[SummaryRow]:
        with self._pool.connection() as connection:
            rows = connection.execute(_pg(SUMMARY.format(group=group)), (since, until)).fetchall()
        return [_row(row) for row in rows]

    def count(self, table: str) -> int:
        if table not in ("llmrouter_calls", "llmrouter_attempts"):
            raise InvalidRequestError(f"no ledger table {table!r}")
        with self._pool.connection() as connection:
            row = connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def close(self) -> None:
        self._pool.close()


def open_store(target: str | os.PathLike[str]) -> SqliteStore | PostgresStore:
    """``postgresql://...`` (or ``postgres://``) -> PostgreSQL; ``sqlite:///path`` or any other
    path -> a SQLite file (its directory must exist)."""
    if not isinstance(target, (str, os.PathLike)):
        raise InvalidRequestError(
            f"a ledger target is a file path or a postgresql:// URL, got {type(target).__name__}",
            param="target",
        )
    text = os.fspath(target)
    if not text.strip():
        raise InvalidRequestError("a ledger target is a file path or a postgresql:// URL", param="target")
    if text.startswith(("postgresql://", "postgres://")):
        return PostgresStore(text)
    path = text.removeprefix("sqlite:///") if text.startswith("sqlite:///") else text
    if path in (":memory:", "") or path.startswith("file::memory:"):
        raise InvalidRequestError(
            "an in-memory SQLite ledger cannot be shared by the writer thread and readers: give a file path",
            param="target",
        )
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise InvalidRequestError(f"the ledger's directory {directory!r} does not exist", param="target")
    try:
        return SqliteStore(path)
    except sqlite3.Error as exc:
        raise InvalidRequestError(f"cannot open the SQLite ledger {path!r}: {exc}", param="target") from None
