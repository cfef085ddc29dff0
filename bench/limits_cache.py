"""What limits and the cache cost per call, and what a cache hit saves.

    python bench/limits_cache.py [--calls N] [--rounds R] [--redis URL]

1. CPU per call added by an in-memory ``RateLimit`` (requests and tokens) and ``Budget`` over the same
   call without them, on an in-process provider (llmrouter's own work only).
2. CPU of a cache hit (``ResponseCache`` in memory) beside a cache miss.
3. With ``--redis`` (or ``LLMROUTER_TEST_REDIS_URL``): wall time per limit check against that server
   on loopback (one Lua round trip), median and p99.
Compare with about 4.5 ms of client CPU for one raw openai SDK call over loopback (bench/overhead.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import llmrouter
from llmrouter.backends.memory import MemoryStore
from llmrouter.hooks import Budget, RateLimit, ResponseCache
from tests.fakes import ScriptedProvider

USER = [{"role": "user", "content": "hi"}]


def cpu_per_call(calls: int, **kwargs: object) -> float:
    start = time.process_time()
    for _ in range(calls):
        llmrouter.completion("scripted/m", USER, **kwargs)  # type: ignore[arg-type]
    return (time.process_time() - start) / calls * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--redis", default=os.environ.get("LLMROUTER_TEST_REDIS_URL"))
    args = parser.parse_args(argv)
    llmrouter.register_provider("scripted", ScriptedProvider())
    llmrouter.register_price("scripted", "m", llmrouter.Price(input=0.01, output=0.01))
    limit = RateLimit(requests_per_minute=1e12, tokens_per_minute=1e15, per="user", backend=MemoryStore())
    budget = Budget(usd_per_day=1e12, per="user", backend=MemoryStore())
    cache = ResponseCache(MemoryStore())
    llmrouter.completion("scripted/m", USER, hooks=[cache])  # warm: every later call is a hit
    rows: dict[str, list[float]] = {"limit": [], "budget": [], "hit": [], "miss": []}
    for _ in range(args.rounds):
        base = cpu_per_call(args.calls)
        rows["limit"].append(cpu_per_call(args.calls, hooks=[limit]) - base)
        rows["budget"].append(cpu_per_call(args.calls, hooks=[budget]) - base)
        rows["hit"].append(cpu_per_call(args.calls, hooks=[cache]))
        rows["miss"].append(cpu_per_call(args.calls, hooks=[cache], cache=False))
    print(f"{args.calls} calls x {args.rounds} rounds, in-process provider, CPU per call (median of rounds)")
    print("| figure | value |")
    print("| --- | ---: |")
    print(f"| RateLimit (memory, requests + tokens) added | {statistics.median(rows['limit']):.1f} us |")
    print(f"| Budget (memory) added | {statistics.median(rows['budget']):.1f} us |")
    print(f"| cache hit, whole call | {statistics.median(rows['hit']):.1f} us |")
    print(f"| cache skipped (cache=False), whole call | {statistics.median(rows['miss']):.1f} us |")
    if args.redis:
        from llmrouter.backends import open_store

        store = open_store(args.redis)
        samples = []
        for i in range(2000):
            start = time.perf_counter()
            store.take(f"bench:{i % 50}", 1, 1e9, 1e9, time.time())
            samples.append((time.perf_counter() - start) * 1e6)
        samples.sort()
        print(
            f"| Redis limit check on loopback, wall, median / p99 | {samples[1000]:.0f} / {samples[1980]:.0f} us |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
