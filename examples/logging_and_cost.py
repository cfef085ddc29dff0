"""Logging and cost: the price of a call, its log record, and a ledger you can ask what you spent.

python examples/logging_and_cost.py
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from _replay import live_or_replay

import llmrouter
from llmrouter.hooks import UsageLedger


class Show(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        fields = getattr(record, "llmrouter", None)
        if fields:
            shown = {
                k: fields.get(k)
                for k in ("provider", "model", "status", "prompt_tokens", "cost_usd", "cache_hit")
            }
            print(f"log record: {shown}")


def main() -> int:
    logging.getLogger("llmrouter").addHandler(Show())
    logging.getLogger("llmrouter").setLevel(logging.INFO)
    with tempfile.TemporaryDirectory() as folder:
        ledger = UsageLedger(str(Path(folder) / "usage.db"))
        with live_or_replay("openai/chat_plain.yaml") as (replay, _):
            reply = llmrouter.completion(
                "openai/gpt-4o-mini",
                [{"role": "user", "content": "Say hello."}],
                user="ann",
                hooks=[ledger],
                **replay,
            )
        print(
            f"reply: {reply.content!r} tokens={reply.usage.total_tokens if reply.usage else None} cost_usd={reply.cost_usd:.8f}"
        )
        for row in ledger.summary(by="user"):
            print(f"ledger by user: {row}")
        ledger.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
