"""CPU per call that a load-balancing ``Router(deployments=[...])`` adds over a plain ``completion()``.

    python bench/router_overhead.py [--calls N] [--rounds R]

Both sides call the same in-process provider (no HTTP), so the figure is llmrouter's own work:
routing, the balancer's plan and its per-attempt bookkeeping. Alternating blocks, median of rounds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import llmrouter
from tests.fakes import ScriptedProvider

USER = [{"role": "user", "content": "hi"}]


def per_call(fn: object, calls: int) -> float:
    start = time.process_time()
    for _ in range(calls):
        fn()  # type: ignore[operator]
    return (time.process_time() - start) / calls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    llmrouter.register_provider("east", ScriptedProvider(name="east"))
    llmrouter.register_provider("west", ScriptedProvider(name="west"))
    plain = llmrouter.Router()
    balanced = {
        strategy: llmrouter.Router(
            deployments=[
                {"model_name": "chat", "model": "east/m", "api_key": "k-east-000000"},
                {"model_name": "chat", "model": "west/m", "api_key": "k-west-000000"},
            ],
            strategy=strategy,
        )
        for strategy in ("fallback", "round_robin", "least_busy", "lowest_latency", "weighted")
    }
    rows = []
    for strategy, router in balanced.items():
        added = []
        for _ in range(args.rounds):
            base = per_call(lambda: plain.completion("east/m", USER, api_key="k-east-000000"), args.calls)
            ours = per_call(lambda r=router: r.completion("chat", USER), args.calls)  # type: ignore[misc]
            added.append((ours - base) * 1e6)
        rows.append((strategy, statistics.median(added), base * 1e6))
    print(f"{args.calls} calls x {args.rounds} rounds, in-process provider; CPU per call")
    print("| strategy | plain completion() | added by Router(deployments) |")
    print("| --- | ---: | ---: |")
    for strategy, added_us, base_us in rows:
        print(f"| {strategy} | {base_us:.1f} us | {added_us:+.1f} us |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
