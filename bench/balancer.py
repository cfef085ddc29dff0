"""CPU per call of the load balancer: one ``plan()`` + ``started()`` + ``succeeded()`` cycle.

    python bench/balancer.py [--calls N] [--deployments K] [--rounds R]

For each strategy, N cycles over K healthy deployments of one name, in this one thread, measured
with ``time.process_time()``; the median of R rounds is printed in microseconds per cycle.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from llmrouter.balancer import STRATEGIES, Balancer


def cycle_us(strategy: str, calls: int, deployments: int) -> float:
    spec = [
        {"model_name": "chat", "model": f"openai/gpt-4o-{i}", "weight": i + 1} for i in range(deployments)
    ]
    balancer = Balancer(spec, strategy=strategy, rng=random.Random(0))
    plan, started, succeeded = balancer.plan, balancer.started, balancer.succeeded
    begin = time.process_time()
    for _ in range(calls):
        d = plan("chat")[0]
        started(d)
        succeeded(d, 0.25)
    return (time.process_time() - begin) / calls * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=50_000)
    parser.add_argument("--deployments", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(f"| strategy | us per plan+started+succeeded ({args.deployments} deployments) |")
    print("|---|---|")
    for strategy in STRATEGIES:
        rounds = [cycle_us(strategy, args.calls, args.deployments) for _ in range(args.rounds)]
        print(f"| {strategy} | {statistics.median(rounds):.2f} |")


if __name__ == "__main__":
    main()
