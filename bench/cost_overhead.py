"""What cost, logging and the usage ledger add to a call, and what the price data costs to load.

    python bench/cost_overhead.py [--calls N] [--rounds R] [--warmup W] [--block B] [--strict]

1. The loopback OpenAI-compatible server of ``bench/overhead.py`` (its own process, so its CPU is
   not counted). Three clients call it in alternating blocks: the raw openai SDK, plain
   ``llmrouter.completion`` (which always prices the reply: ``cost_of``), and
   ``llmrouter.completion`` with the full observability set: the per-call log record
   (``log_call``, with the ``llmrouter`` logger enabled at INFO and a handler that drops records,
   so the record is built and the LogRecord made but no I/O is timed), a ``JsonlLogger`` writing a
   file, and a ``UsageLedger`` on a SQLite file (its writer thread's CPU is in
   ``time.process_time()`` too, which counts every thread). Reported: client CPU per call and
   the CPU that the set adds per call as a share of a raw SDK call (from the medians of the
   per-round ratios full/plain and plain/raw). Target: under 5%.
2. Micro-figures, per call, best of 5 x 20,000: ``cost_of`` on a known model, ``call_record``,
   ``log_call`` with the logger off and on (the record cached), ``UsageLedger``'s hook (the queue put).
3. Fresh interpreters: ``import llmrouter`` (which must not load the price data) against
   ``from pydantic import BaseModel``, and the one-off load of the price data on the first priced
   call. Target: import <= 2x pydantic's.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from overhead import MESSAGES, Server, compare, measure_imports

ROOT = Path(__file__).resolve().parent.parent


class _LogEveryCall:
    """Stands in for the pipeline's own end-of-call ``log_call`` (the same function, same place)."""

    def after_response(self, ctx: Any) -> None:
        from llmrouter.hooks.logging import log_call

        log_call(ctx)


def make_callers(base_url: str, workdir: str) -> tuple[dict[str, Any], Any]:
    import openai

    import llmrouter
    from llmrouter.hooks.ledger import UsageLedger
    from llmrouter.hooks.logging import JsonlLogger

    client = openai.OpenAI(api_key="bench", base_url=base_url, max_retries=0)
    ledger = UsageLedger(os.path.join(workdir, "usage.db"))
    jsonl = JsonlLogger(os.path.join(workdir, "calls.jsonl"))
    # hooks on a Router, as an application sets them up once: per-call hooks=[...] are
    # re-validated on every call by the pipeline (difflib near-miss checks), which is not ours
    observed = llmrouter.Router(hooks=[_LogEveryCall(), ledger])
    with_jsonl = llmrouter.Router(hooks=[_LogEveryCall(), jsonl, ledger])
    plain_router = llmrouter.Router()

    def raw() -> int:
        reply = client.chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
        return len(reply.choices[0].message.content or "")

    def plain() -> int:
        reply = plain_router.completion(
            "openai/gpt-4o", MESSAGES, api_key="bench", api_base=base_url, user="bench"
        )
        assert reply.cost_usd is not None
        return len(reply.content or "")

    def full() -> int:
        reply = observed.completion(
            "openai/gpt-4o", MESSAGES, api_key="bench", api_base=base_url, user="bench"
        )
        return len(reply.content or "")

    def full_jsonl() -> int:
        reply = with_jsonl.completion(
            "openai/gpt-4o", MESSAGES, api_key="bench", api_base=base_url, user="bench"
        )
        return len(reply.content or "")

    return {"raw": raw, "plain": plain, "full": full, "full_jsonl": full_jsonl}, ledger


def micro() -> dict[str, float]:
    import llmrouter
    from llmrouter.hooks.base import Attempt, CallContext
    from llmrouter.hooks.ledger import UsageLedger
    from llmrouter.hooks.logging import _build, call_record, log_call
    from llmrouter.pricing import cost_of
    from llmrouter.request import ChatRequest
    from llmrouter.types import ChatCompletion, ChatCompletionMessage, Choice, Message, Usage

    usage = Usage.of(1_234, 256, cached_tokens=1_000)
    reply = ChatCompletion(
        id="x",
        created=1,
        model="gpt-4o",
        choices=[Choice(message=ChatCompletionMessage(content="hi"))],
        usage=usage,
    )
    request = ChatRequest(model="gpt-4o", messages=[Message(role="user", content="hi")])

    def context() -> CallContext:
        ctx = CallContext(request=request, model="openai/gpt-4o", provider="openai", user="u")
        ctx.response, ctx.usage, ctx.cost_usd = reply, usage, 0.001
        ctx.timings.update(start=time.perf_counter(), duration_s=0.1)
        ctx.attempts.append(Attempt(1, 0, 0, "openai", "gpt-4o", time.time(), 0.1, None, usage))
        return ctx

    contexts = [context() for _ in range(20_000)]
    logger = logging.getLogger("llmrouter")
    handler = logging.NullHandler()
    with tempfile.TemporaryDirectory() as workdir:
        ledger = UsageLedger(os.path.join(workdir, "u.db"))

        def best(fn: Any) -> float:
            times = []
            for _ in range(5):
                c0 = time.process_time()
                for ctx in contexts:
                    fn(ctx)
                times.append((time.process_time() - c0) / len(contexts))
            return min(times) * 1e6

        cost_of("openai", "gpt-4o", usage)  # loads the data once
        out = {
            "cost_of": best(lambda ctx: cost_of("openai", "gpt-4o", usage)),
            "call_record (first: builds the record)": best(lambda ctx: _build(ctx, False)),
            "call_record (again: the call's cached record)": best(call_record),
        }
        logger.setLevel(logging.WARNING)
        out["log_call (logger off)"] = best(log_call)
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
        out["log_call (logger on, NullHandler)"] = best(log_call)
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
        c0 = time.process_time()
        for ctx in contexts:
            ledger.after_response(ctx)
        put = (time.process_time() - c0) / len(contexts) * 1e6
        c0 = time.process_time()
        ledger.flush(timeout=None)
        written = (time.process_time() - c0) / len(contexts) * 1e6
        out["UsageLedger hook (queue put)"] = put
        out["UsageLedger writer (SQLite batch insert)"] = written
        ledger.close()
    del llmrouter
    return out


_PRICE_LOAD = """
import time, json, sys
t = time.perf_counter()
import llmrouter
imported = time.perf_counter() - t
loaded_at_import = 'genai_prices' in sys.modules
from llmrouter.pricing import cost_of
from llmrouter.types import Usage
t = time.perf_counter()
cost_of('openai', 'gpt-4o', Usage.of(10, 10))
first = time.perf_counter() - t
t = time.perf_counter()
cost_of('anthropic', 'claude-sonnet-4-5', Usage.of(10, 10))
second_model = time.perf_counter() - t
print(json.dumps({"import": imported, "data_at_import": loaded_at_import, "first": first, "second_model": second_model}))
"""


def price_load(runs: int) -> dict[str, Any]:
    results = []
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-W", "ignore", "-c", _PRICE_LOAD], capture_output=True, text=True, env=env
        )
        results.append(json.loads(out.stdout))
    return {
        "first_priced_call_s": statistics.median(r["first"] for r in results),
        "next_new_model_s": statistics.median(r["second_model"] for r in results),
        "data_at_import": any(r["data_at_import"] for r in results),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--block", type=int, default=10)
    parser.add_argument("--import-runs", type=int, default=7)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args(argv)

    logging.getLogger("llmrouter").setLevel(logging.INFO)
    logging.getLogger("llmrouter").addHandler(logging.NullHandler())
    logging.getLogger("llmrouter").propagate = False
    with tempfile.TemporaryDirectory() as workdir, Server(chunks=10) as server:
        callers, ledger = make_callers(server.url("openai"), workdir)
        base = compare(
            callers["raw"],
            callers["plain"],
            args.calls,
            args.warmup,
            args.rounds,
            args.block,
        )
        added = compare(
            callers["plain"],
            callers["full"],
            args.calls,
            args.warmup,
            args.rounds,
            args.block,
        )
        jsonl = compare(
            callers["plain"],
            callers["full_jsonl"],
            args.calls,
            args.warmup,
            args.rounds,
            args.block,
        )
        ledger.flush()
        rows = ledger.count("llmrouter_calls")
        ledger.close()
    raw_cpu = base.raw_cpu
    figures = micro()
    # full - plain, measured side by side; plain already prices every reply, so cost_of is added
    # From the medians of the per-round ratios, not a difference of CPU medians taken at other
    # times: on the shared machine a phase can move every call by 30%. What the set adds over
    # plain, as a share of plain, times plain's ratio to raw, is its share of a raw call.
    extra = (added.ratio - 1.0) * added.raw_cpu + figures["cost_of"] / 1e6
    share = (added.ratio - 1.0) * base.ratio + figures["cost_of"] / 1e6 / raw_cpu
    print("## Per call over loopback (client CPU, median of rounds)\n")
    print("| client | CPU per call |")
    print("|---|---|")
    print(f"| raw openai SDK | {raw_cpu * 1e6:.0f} us |")
    print(
        f"| llmrouter.completion (cost always computed) | {base.our_cpu * 1e6:.0f} us ({base.ratio:.2f}x raw) |"
    )
    print(
        f"| + log record (llmrouter logger at INFO) + UsageLedger (SQLite) | {added.our_cpu * 1e6:.0f} us (plain beside it: {added.raw_cpu * 1e6:.0f} us) |"
    )
    print(
        f"| + the same + JsonlLogger | {jsonl.our_cpu * 1e6:.0f} us (plain beside it: {jsonl.raw_cpu * 1e6:.0f} us) |"
    )
    jsonl_extra = (jsonl.ratio - 1.0) * jsonl.raw_cpu + figures["cost_of"] / 1e6
    jsonl_share = (jsonl.ratio - 1.0) * base.ratio + figures["cost_of"] / 1e6 / raw_cpu
    print(
        f"\nadded by cost + log record + ledger: {extra * 1e6:.1f} us per call = {share:.1%} of a raw SDK call "
        f"(rounds: {', '.join(f'{r:.3f}' for r in added.ratios)} full/plain); with JsonlLogger too: "
        f"{jsonl_extra * 1e6:.1f} us = {jsonl_share:.1%}; {rows} ledger rows written"
    )

    print("\n## Micro-figures (CPU per call, best of 5 x 20,000)\n")
    print("| step | us |")
    print("|---|---|")
    for name, value in figures.items():
        print(f"| {name} | {value:.2f} |")

    imports = measure_imports(args.import_runs)
    ours, pydantic = imports["llmrouter"], imports["pydantic"]
    load = price_load(max(3, args.import_runs // 2))
    ratio = ours["s"] / pydantic["s"]
    print("\n## Import and the price data\n")
    print("| figure | measured | target |")
    print("|---|---|---|")
    print(
        f"| import llmrouter / from pydantic import BaseModel | {ratio:.2f}x ({ours['s'] * 1e3:.0f} ms vs {pydantic['s'] * 1e3:.0f} ms) | <= 2x |"
    )
    print(f"| price data loaded by import llmrouter | {'yes' if load['data_at_import'] else 'no'} | no |")
    print(
        f"| first priced call (loads the price data, once) | {load['first_priced_call_s'] * 1e3:.0f} ms | - |"
    )
    print(
        f"| first call of another model (lookup, once per model) | {load['next_new_model_s'] * 1e3:.2f} ms | - |"
    )
    print(f"| logging + ledger + cost added per call / raw SDK call | {share:.1%} | < 5% |")
    passed = share < 0.05 and ratio <= 2.0 and not load["data_at_import"]
    print(f"\n{'PASS' if passed else 'FAIL'}")
    return 1 if args.strict and not passed else 0


if __name__ == "__main__":
    raise SystemExit(main())
