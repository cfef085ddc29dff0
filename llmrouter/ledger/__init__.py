"""Storage for :class:`~llmrouter.hooks.ledger.UsageLedger`: one schema, two backends.

``sqlite`` (the embedded default: a file, WAL mode) and ``postgres`` (psycopg 3 with a pool, for
applications that outgrow one machine) share the schema and every query; only the placeholder
style and the column types differ.
"""

from __future__ import annotations

from .store import ATTEMPT_COLUMNS, CALL_COLUMNS, GROUPS, Store, SummaryRow, open_store

__all__ = ["ATTEMPT_COLUMNS", "CALL_COLUMNS", "GROUPS", "Store", "SummaryRow", "open_store"]
