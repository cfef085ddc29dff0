"""The command line: ``python -m llmrouter usage --db PATH_OR_URL [--by user] [--since DATE]
[--until DATE] [--json]`` prints what :meth:`UsageLedger.summary` returns, as a table or JSON."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from .errors import LLMRouterError

__all__ = ["main"]

_COLUMNS = (
    ("calls", "calls"),
    ("failed", "failed_calls"),
    ("attempts", "attempts"),
    ("prompt", "prompt_tokens"),
    ("completion", "completion_tokens"),
    ("cached", "cached_tokens"),
    ("reasoning", "reasoning_tokens"),
    ("cost_usd", "cost_usd"),
    ("unpriced", "unpriced_calls"),
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m llmrouter", description="llmrouter tools")
    commands = parser.add_subparsers(dest="command", required=True)
    usage = commands.add_parser("usage", help="spend and tokens from a usage ledger")
    usage.add_argument(
        "--db",
        default=os.environ.get("LLMROUTER_LEDGER"),
        help="the ledger: a SQLite file or a postgresql:// URL (default: $LLMROUTER_LEDGER)",
    )
    usage.add_argument("--by", default="user", choices=["user", "model", "provider", "day", "operation"])
    usage.add_argument("--since", help="from this date or time, inclusive (2026-12-01, UTC)")
    usage.add_argument("--until", help="until this date (through that day) or time (exclusive)")
    usage.add_argument("--json", action="store_true", help="JSON instead of a table")
    return parser


def _cost(value: float | None) -> str:
    return "-" if value is None else f"{value:.6f}"


def table(rows: Sequence[dict[str, object]], by: str) -> str:
    """The rows as an aligned text table with a total line."""
    header = [by, *(title for title, _ in _COLUMNS)]
    body: list[list[str]] = []
    totals: dict[str, float] = {key: 0 for _, key in _COLUMNS}
    priced = False
    for row in rows:
        cells = [str(row["group"]) if row["group"] is not None else "(none)"]
        for _, key in _COLUMNS:
            value = row[key]
            if key == "cost_usd":
                cells.append(_cost(value))  # type: ignore[arg-type]
                if value is not None:
                    priced = True
                    totals[key] += value  # type: ignore[operator]
            else:
                cells.append(f"{value:,}")
                totals[key] += value  # type: ignore[operator]
        body.append(cells)
    total = ["total"] + [
        _cost(totals[key] if priced else None) if key == "cost_usd" else f"{int(totals[key]):,}"
        for _, key in _COLUMNS
    ]
    lines = [header, *body, total]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]

    def fmt(line: list[str]) -> str:
        return "  ".join(
            cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(line)
        )

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([fmt(header), rule, *(fmt(line) for line in body), rule, fmt(total)])


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    args = _parser().parse_args(argv)
    if not args.db:
        print("python -m llmrouter usage: give --db PATH_OR_URL (or set LLMROUTER_LEDGER)", file=sys.stderr)
        return 2
    from .hooks.ledger import UsageLedger

    try:
        if "://" not in args.db and not os.path.exists(args.db.removeprefix("sqlite:///")):
            print(f"python -m llmrouter usage: no ledger at {args.db}", file=sys.stderr)
            return 2
        with UsageLedger(args.db) as ledger:
            rows = [row.to_dict() for row in ledger.summary(by=args.by, since=args.since, until=args.until)]
    except LLMRouterError as exc:
        print(f"python -m llmrouter usage: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump({"by": args.by, "since": args.since, "until": args.until, "rows": rows}, out, indent=2)
        out.write("\n")
    else:
        out.write(table(rows, args.by) + "\n")
    return 0
