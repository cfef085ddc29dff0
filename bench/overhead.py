"""Client-side overhead of llmrouter over each vendor's raw official SDK, and the cost of ``import llmrouter``.

    python bench/overhead.py [--quick] [--vendors openai,anthropic,...] [--calls N] [--chunks K]
                             [--rounds R] [--concurrency C] [--import-runs M] [--strict]

1. A loopback server (``bench/vendor_servers.py``, in a child process, so its CPU is not counted in
   this process's ``time.process_time()``) speaks the wire format of openai, anthropic, google,
   mistral and cohere: JSON replies and SSE streams shaped like ``cassettes/<vendor>/``.
2. For every vendor, three modes, each against the raw official SDK doing the same call and
   reading the text: **sync** (one call at a time), **stream** (sync, every chunk read) and
   **async** (``C`` concurrent calls per block, ``asyncio.gather``, C = 50 by default, at least four
   blocks per side per round). The two sides
   alternate in small blocks, swapping which goes first, so drift hits both alike; each of R rounds
   gives one ratio ours/raw of client CPU per call, and the median of those ratios is reported.
3. **Hooks on**: per vendor, a sync call with ``Redactor``, ``InjectionGuard``, ``LoggingHook`` (its
   logger enabled, writing to a discarding stream handler) and ``UsageTracker`` together, configured
   on a ``Router``, on the short chat messages, against the raw SDK; then, on the openai path, each
   hook alone and an empty hook (no-op ``before_request`` and ``after_response``) against llmrouter
   with no hooks, as microseconds per call, and the four passed as ``hooks=[...]`` on every call
   against the same four on a Router (what validating per-call hooks costs).
4. **Memory per open stream**: tracemalloc's traced bytes with S streams open (each read to its first
   chunk), divided by S, for llmrouter and the raw SDK.
5. ``import llmrouter`` in fresh interpreters (time, peak RSS, which heavy modules it pulled in),
   beside ``from pydantic import BaseModel`` and an empty interpreter.
6. A markdown summary table with every ratio, its target and PASS/FAIL; ``--strict`` exits 1 on a miss.

Streaming: every vendor's stream carries K-2 text deltas plus its own framing events (role or
start events, finish, usage; see ``bench/vendor_servers.py``).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import io
import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from vendor_servers import REPLY_TEXT, VENDORS, Server

SYSTEM = "You are a concise assistant for backend engineers."
USER = "In two or three sentences: why does connection pooling matter for API clients?"
MESSAGES = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": USER}]
MODELS = {
    "openai": "gpt-4o",
    "anthropic": "claude-sonnet-4-5",
    "google": "gemini-2.5-flash",
    "mistral": "mistral-small-latest",
    "cohere": "command-a-03-2025",
}
MAX_TOKENS = 1024  # Anthropic requires one; both sides send it to every vendor
KEY = "bench-key-0123456789"
MODES = ("sync", "stream", "async")
TARGET = 1.05
HOOKS_TARGET = 1.10


# --------------------------------------------------------------------------------------------
# The two sides of each comparison
# --------------------------------------------------------------------------------------------

SyncCall = Callable[[], int]
AsyncCall = Callable[[], Awaitable[int]]


@dataclass
class Side:
    """One side of a comparison: sync calls, stream calls, and a factory of async calls (async
    clients belong to the event loop they are made on, so they are made inside it)."""

    sync: SyncCall
    stream: SyncCall
    make_async: Callable[[], AsyncCall]
    open_stream: Callable[[], Any] = field(default=lambda: None)
    """Opens a stream and reads its first chunk; returns what keeps it open (for memory)."""


def raw_side(vendor: str, url: str) -> Side:
    """The raw official SDK: the same request, reading the reply text (every delta of a stream)."""
    model = MODELS[vendor]
    if vendor == "openai":
        import openai

        client = openai.OpenAI(api_key=KEY, base_url=url, max_retries=0)
        kw: dict[str, Any] = {"model": model, "messages": MESSAGES, "max_completion_tokens": MAX_TOKENS}

        def sync() -> int:
            return len(client.chat.completions.create(**kw).choices[0].message.content or "")

        def open_stream() -> Any:
            stream = client.chat.completions.create(**kw, stream=True, stream_options={"include_usage": True})
            next(iter(stream))
            return stream

        def stream() -> int:
            n = 0
            for chunk in client.chat.completions.create(
                **kw, stream=True, stream_options={"include_usage": True}
            ):
                if chunk.choices:
                    n += len(chunk.choices[0].delta.content or "")
            return n

        def make_async() -> AsyncCall:
            aclient = openai.AsyncOpenAI(api_key=KEY, base_url=url, max_retries=0)

            async def call() -> int:
                reply = await aclient.chat.completions.create(**kw)
                return len(reply.choices[0].message.content or "")

            return call

    elif vendor == "anthropic":
        import anthropic

        client = anthropic.Anthropic(api_key=KEY, base_url=url, max_retries=0)
        kw = {
            "model": model,
            "max_tokens": MAX_TOKENS,
            "system": SYSTEM,
            "messages": [{"role": "user", "content": USER}],
        }

        def sync() -> int:
            block = client.messages.create(**kw).content[0]
            return len(block.text) if block.type == "text" else 0

        def open_stream() -> Any:
            stream = client.messages.create(**kw, stream=True)
            next(iter(stream))
            return stream

        def stream() -> int:
            n = 0
            with client.messages.create(**kw, stream=True) as events:
                for event in events:
                    if event.type == "content_block_delta" and event.delta.type == "text_delta":
                        n += len(event.delta.text)
            return n

        def make_async() -> AsyncCall:
            aclient = anthropic.AsyncAnthropic(api_key=KEY, base_url=url, max_retries=0)

            async def call() -> int:
                block = (await aclient.messages.create(**kw)).content[0]
                return len(block.text) if block.type == "text" else 0

            return call

    elif vendor == "google":
        from google import genai
        from google.genai import types

        def make_client() -> Any:
            options = types.HttpOptions(
                base_url=url, api_version="v1beta", retry_options=types.HttpRetryOptions(attempts=1)
            )
            return genai.Client(api_key=KEY, vertexai=False, http_options=options)

        client = make_client()
        kw = {
            "model": model,
            "contents": [{"role": "user", "parts": [{"text": USER}]}],
            "config": {"system_instruction": {"parts": [{"text": SYSTEM}]}, "max_output_tokens": MAX_TOKENS},
        }

        def sync() -> int:
            return len(client.models.generate_content(**kw).text or "")

        def open_stream() -> Any:
            stream = client.models.generate_content_stream(**kw)
            next(stream)
            return stream

        def stream() -> int:
            return sum(len(r.text or "") for r in client.models.generate_content_stream(**kw))

        def make_async() -> AsyncCall:
            aio = make_client().aio

            async def call() -> int:
                return len((await aio.models.generate_content(**kw)).text or "")

            return call

    elif vendor == "mistral":
        from mistralai.client import Mistral

        client = Mistral(api_key=KEY, server_url=url, retry_config=None)
        kw = {"model": model, "messages": MESSAGES, "max_tokens": MAX_TOKENS}

        def sync() -> int:
            content = client.chat.complete(**kw).choices[0].message.content
            return len(content) if isinstance(content, str) else 0

        def open_stream() -> Any:
            stream = client.chat.stream(**kw)
            next(iter(stream))
            return stream

        def stream() -> int:
            n = 0
            with client.chat.stream(**kw) as events:
                for event in events:
                    content = event.data.choices[0].delta.content if event.data.choices else None
                    n += len(content) if isinstance(content, str) else 0
            return n

        def make_async() -> AsyncCall:
            aclient = Mistral(api_key=KEY, server_url=url, retry_config=None)

            async def call() -> int:
                content = (await aclient.chat.complete_async(**kw)).choices[0].message.content
                return len(content) if isinstance(content, str) else 0

            return call

    elif vendor == "cohere":
        import cohere

        options: dict[str, Any] = {
            "api_key": KEY,
            "base_url": url,
            "log_warning_experimental_features": False,
        }
        client = cohere.ClientV2(**options)
        kw = {"model": model, "messages": MESSAGES, "max_tokens": MAX_TOKENS}

        def sync() -> int:
            content = client.chat(**kw).message.content or []
            return len(content[0].text) if content and content[0].type == "text" else 0

        def open_stream() -> Any:
            stream = client.chat_stream(**kw)
            next(stream)
            return stream

        def stream() -> int:
            n = 0
            for event in client.chat_stream(**kw):
                if event.type == "content-delta":
                    n += len(event.delta.message.content.text or "")
            return n

        def make_async() -> AsyncCall:
            aclient = cohere.AsyncClientV2(**options)

            async def call() -> int:
                content = (await aclient.chat(**kw)).message.content or []
                return len(content[0].text) if content and content[0].type == "text" else 0

            return call

    else:
        raise ValueError(vendor)
    return Side(sync, stream, make_async, open_stream)


def our_side(vendor: str, url: str, hooks: list[Any] | None = None, *, per_call_hooks: bool = False) -> Side:
    """``llmrouter.completion`` / ``acompletion`` making the same call. ``hooks`` are configured
    once on a ``Router`` (how an application turns them on), or with ``per_call_hooks`` passed as
    ``hooks=[...]`` on every call."""
    import llmrouter

    model = f"{vendor}/{MODELS[vendor]}"
    kw: dict[str, Any] = {"api_key": KEY, "api_base": url, "max_tokens": MAX_TOKENS}
    router: Any = llmrouter
    if hooks is not None and per_call_hooks:
        kw["hooks"] = hooks
    elif hooks is not None:
        router = llmrouter.Router(hooks=hooks)

    def sync() -> int:
        return len(router.completion(model, MESSAGES, **kw).choices[0].message.content or "")

    def open_stream() -> Any:
        stream = router.completion(model, MESSAGES, **kw, stream=True, stream_options={"include_usage": True})
        next(stream)
        return stream

    def stream() -> int:
        n = 0
        with router.completion(
            model, MESSAGES, **kw, stream=True, stream_options={"include_usage": True}
        ) as chunks:
            for chunk in chunks:
                n += len(chunk.content or "")
        return n

    def make_async() -> AsyncCall:
        async def call() -> int:
            reply = await router.acompletion(model, MESSAGES, **kw)
            return len(reply.choices[0].message.content or "")

        return call

    return Side(sync, stream, make_async, open_stream)


# --------------------------------------------------------------------------------------------
# The alternating method
# --------------------------------------------------------------------------------------------


@dataclass
class Result:
    raw_cpu: float  # seconds per call, median over rounds
    our_cpu: float
    raw_wall: float
    our_wall: float
    ratio: float  # median of the per-round ratios ours/raw
    ratios: list[float]

    @property
    def extra_us(self) -> float:
        """What llmrouter adds per call, from the median ratio (steadier than a difference of medians)."""
        return (self.ratio - 1.0) * self.raw_cpu * 1e6


def _summarise(per_round: dict[str, list[float]]) -> Result:
    return Result(
        raw_cpu=statistics.median(per_round["raw_cpu"]),
        our_cpu=statistics.median(per_round["our_cpu"]),
        raw_wall=statistics.median(per_round["raw_wall"]),
        our_wall=statistics.median(per_round["our_wall"]),
        ratio=statistics.median(per_round["ratio"]),
        ratios=per_round["ratio"],
    )


def _new_rounds() -> dict[str, list[float]]:
    return {"raw_cpu": [], "our_cpu": [], "raw_wall": [], "our_wall": [], "ratio": []}


def compare(raw: SyncCall, ours: SyncCall, calls: int, warmup: int, rounds: int, block: int) -> Result:
    """Alternating blocks of ``block`` sync calls (raw/ours, then ours/raw, ...); per round, the
    CPU ratio of the totals; the median over rounds."""
    for _ in range(warmup):
        raw()
        ours()
    per_round = _new_rounds()
    for _ in range(rounds):
        totals = {"raw_cpu": 0.0, "our_cpu": 0.0, "raw_wall": 0.0, "our_wall": 0.0}
        done, flip = 0, False
        while done < calls:
            n = min(block, calls - done)
            order = (("our", ours), ("raw", raw)) if flip else (("raw", raw), ("our", ours))
            for side, fn in order:
                w0, c0 = time.perf_counter(), time.process_time()
                for _ in range(n):
                    fn()
                totals[f"{side}_cpu"] += time.process_time() - c0
                totals[f"{side}_wall"] += time.perf_counter() - w0
            done += n
            flip = not flip
        for key, total in totals.items():
            per_round[key].append(total / calls)
        per_round["ratio"].append(totals["our_cpu"] / totals["raw_cpu"])
    return _summarise(per_round)


def compare_async(
    make_raw: Callable[[], AsyncCall],
    make_ours: Callable[[], AsyncCall],
    calls: int,
    rounds: int,
    concurrency: int,
) -> Result:
    """The same with async calls: a block is ``concurrency`` calls at once (``asyncio.gather``),
    blocks alternate raw/ours, ``calls`` (rounded up to whole blocks) per side per round."""

    async def run() -> Result:
        raw, ours = make_raw(), make_ours()
        blocks = max(1, -(-calls // concurrency))
        for fn in (raw, ours):  # warm up: open the connection pools to full size
            await asyncio.gather(*(fn() for _ in range(concurrency)))
        per_round = _new_rounds()
        for _ in range(rounds):
            totals = {"raw_cpu": 0.0, "our_cpu": 0.0, "raw_wall": 0.0, "our_wall": 0.0}
            for b in range(blocks):
                order = (("our", ours), ("raw", raw)) if b % 2 else (("raw", raw), ("our", ours))
                for side, fn in order:
                    w0, c0 = time.perf_counter(), time.process_time()
                    await asyncio.gather(*(fn() for _ in range(concurrency)))
                    totals[f"{side}_cpu"] += time.process_time() - c0
                    totals[f"{side}_wall"] += time.perf_counter() - w0
            n = blocks * concurrency
            for key, total in totals.items():
                per_round[key].append(total / n)
            per_round["ratio"].append(totals["our_cpu"] / totals["raw_cpu"])
        return _summarise(per_round)

    return asyncio.run(run())


def stream_memory(side: Side, streams: int) -> float:
    """Traced bytes per open stream (each opened and read to its first chunk), after a warm-up."""
    for _ in range(2):
        side.open_stream().close()
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        held = [side.open_stream() for _ in range(streams)]
        gc.collect()
        during = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    for stream in held:
        stream.close()
    return (during - before) / streams


def null_provider() -> str:
    """Registers ``bench-null``: an in-process provider answering with a copy of a fixed reply, so
    that a hook's cost is measured without any network or SDK noise around it."""
    from vendor_servers import openai_json

    import llmrouter
    from llmrouter.providers import BaseProvider
    from llmrouter.types import ChatCompletion

    reply = ChatCompletion.model_validate_json(openai_json(20))

    class NullProvider(BaseProvider):
        name = "bench-null"
        requires_key = False

        def complete(self, request: Any) -> Any:
            return reply.model_copy(deep=True)

        async def acomplete(self, request: Any) -> Any:
            return reply.model_copy(deep=True)

        def stream(self, request: Any) -> Any:
            raise NotImplementedError

        def astream(self, request: Any) -> Any:
            raise NotImplementedError

    llmrouter.register_provider("bench-null", NullProvider())
    return "bench-null/model"


def measure_hooks(calls: int, rounds: int, warmup: int, block: int) -> dict[str, Result]:
    """Each hook alone, on a Router, over no hooks, on the in-process null provider (same
    alternating method); and the four passed per call as ``hooks=[...]`` over the same on a Router."""
    import llmrouter
    from llmrouter.hooks import InjectionGuard, LoggingHook, Redactor, UsageTracker

    model = null_provider()

    def caller(hooks: list[Any] | None, per_call: bool = False) -> SyncCall:
        router: Any = llmrouter.Router(hooks=hooks or [])
        kw: dict[str, Any] = {"max_tokens": MAX_TOKENS}
        if per_call:
            router, kw["hooks"] = llmrouter, hooks

        def call() -> int:
            return len(router.completion(model, MESSAGES, **kw).choices[0].message.content or "")

        return call

    bare = caller(None)
    print("\n== hooks on an in-process null provider (no network): each alone over no hooks ==")
    out: dict[str, Result] = {}
    cases: list[tuple[str, SyncCall, SyncCall]] = [
        (label, bare, caller([hook]))
        for label, hook in (
            ("empty hook", EmptyHook()),
            ("Redactor", Redactor()),
            ("InjectionGuard", InjectionGuard()),
            # the same text every call is a cache hit after the first: this is what scoring costs
            ("InjectionGuard, cache off (every text scored)", InjectionGuard(cache_size=0)),
            ("LoggingHook", LoggingHook()),
            ("UsageTracker", UsageTracker()),
        )
    ]
    cases.append(("all four (Router)", bare, caller(builtin_hooks())))
    cases.append(
        (
            "the 4 as hooks=[...] per call, over a Router",
            caller(builtin_hooks()),
            caller(builtin_hooks(), True),
        )
    )
    for label, base, hooked in cases:
        result = compare(base, hooked, calls, warmup, rounds, block)
        out[label] = result
        print(
            f"{label:46s} {result.extra_us:+7.1f} us CPU/call  (base {result.raw_cpu * 1e6:6.1f} us, "
            f"ratio {result.ratio:.3f} [{min(result.ratios):.3f}-{max(result.ratios):.3f}])"
        )
    return out


class EmptyHook:
    """The cheapest hook there is: a no-op before_request and after_response."""

    name = "empty"

    def before_request(self, ctx: Any) -> None:
        return None

    def after_response(self, ctx: Any) -> None:
        return None


def builtin_hooks() -> list[Any]:
    from llmrouter.hooks import InjectionGuard, LoggingHook, Redactor, UsageTracker

    return [Redactor(), InjectionGuard(), LoggingHook(), UsageTracker()]


def enable_call_logging() -> None:
    """LoggingHook's records go somewhere real (formatted, written to a discarding stream), as in
    an application that logs its calls; otherwise the hook would return at ``isEnabledFor``."""
    logger = logging.getLogger("llmrouter.calls")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    handler = logging.StreamHandler(io.StringIO())
    handler.stream = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the bench
    logger.addHandler(handler)


# --------------------------------------------------------------------------------------------
# Import cost
# --------------------------------------------------------------------------------------------

HEAVY_MODULES = ("openai", "anthropic", "google.genai", "mistralai", "cohere", "httpx", "httpx2", "tiktoken")

_IMPORT_PROBE = """
import time, resource, sys, json
t, c = time.perf_counter(), time.process_time()
{stmt}
elapsed, cpu = time.perf_counter() - t, time.process_time() - c
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
heavy = [m for m in {heavy!r} if m in sys.modules]
try:
    hwm_kb = int([l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0].split()[1])
except (OSError, IndexError, ValueError):
    hwm_kb = peak_kb
print(json.dumps({{"s": elapsed, "cpu_s": cpu, "peak_kb": peak_kb, "hwm_kb": hwm_kb, "heavy": heavy, "modules": len(sys.modules)}}))
"""

# Linux keeps ru_maxrss across execve, and a forked child starts from its parent's high-water mark:
# a python started straight from this (large) process would report this process's peak. A shell
# in between forks the probe from a small process, so its ru_maxrss is its own (VmHWM agrees).
_VIA_SHELL = '"$0" -c "$1"; exit $?'


def probe_import(stmt: str, pycache: str) -> dict[str, Any]:
    code = _IMPORT_PROBE.format(stmt=stmt, heavy=HEAVY_MODULES)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(ROOT)
    # Warm bytecode caches, as an installed package has, but kept out of the source tree (and
    # independent of PYTHONDONTWRITEBYTECODE, which would make every probe compile from source).
    env["PYTHONPYCACHEPREFIX"] = pycache
    out = subprocess.run(
        ["/bin/sh", "-c", _VIA_SHELL, sys.executable, code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_imports(runs: int) -> dict[str, dict[str, Any]]:
    stmts = {"llmrouter": "import llmrouter", "pydantic": "from pydantic import BaseModel", "empty": "pass"}
    samples: dict[str, list[dict[str, Any]]] = {name: [] for name in stmts}
    with tempfile.TemporaryDirectory(prefix="llmrouter-bench-pycache-") as pycache:
        for stmt in stmts.values():  # fill the .pyc cache and the page cache
            probe_import(stmt, pycache)
        for _ in range(runs):  # interleaved, so drift hits all three alike
            for name, stmt in stmts.items():
                samples[name].append(probe_import(stmt, pycache))
    result = {}
    for name, rows in samples.items():
        result[name] = {
            "s": statistics.median(r["s"] for r in rows),
            # CPU time: what a busy (shared) machine disturbs least; the ratio's steadier figure
            "cpu_s": statistics.median(r["cpu_s"] for r in rows),
            "cpu_ratio": statistics.median(
                r["cpu_s"] / base["cpu_s"] for r, base in zip(rows, samples["pydantic"], strict=True)
            ),
            "peak_mb": statistics.median(r["peak_kb"] for r in rows) / 1024,
            "hwm_mb": statistics.median(r["hwm_kb"] for r in rows) / 1024,
            "heavy": sorted({m for r in rows for m in r["heavy"]}),
            "modules": statistics.median(r["modules"] for r in rows),
        }
    return result


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def _ok(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu}, Python {sys.version.split()[0]}"


def _versions() -> str:
    from importlib.metadata import version

    names = ("openai", "anthropic", "google-genai", "mistralai", "cohere", "pydantic", "httpx")
    out = []
    for name in names:
        try:
            out.append(f"{name} {version(name)}")
        except Exception:
            out.append(f"{name} ?")
    return ", ".join(out)


def _line(label: str, r: Result, target: float, per: str = "call") -> str:
    return (
        f"{label:22s} raw {r.raw_cpu * 1e6:8.1f} us  ours {r.our_cpu * 1e6:8.1f} us CPU/{per}  "
        f"(wall {r.raw_wall * 1e6:7.0f} / {r.our_wall * 1e6:7.0f} us)  ratio {r.ratio:.3f} "
        f"[{min(r.ratios):.3f}-{max(r.ratios):.3f}]  target <= {target:.2f}  {_ok(r.ratio <= target)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a fast sanity run (few calls, 3 rounds)")
    parser.add_argument("--vendors", default=",".join(VENDORS), help="comma-separated (default: all five)")
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated of sync,stream,async")
    parser.add_argument("--calls", type=int, help="calls per side per round (default 50; quick 30)")
    parser.add_argument("--chunks", type=int, help="chunks per streamed reply (default 30; quick 10)")
    parser.add_argument(
        "--rounds", type=int, help="rounds; the median ratio is reported (default 11; quick 3)"
    )
    parser.add_argument("--warmup", type=int, help="warm-up calls per side (default 20; quick 5)")
    parser.add_argument("--block", type=int, default=10, help="calls per alternating block (default 10)")
    parser.add_argument("--concurrency", type=int, default=50, help="concurrent async calls per block (50)")
    parser.add_argument("--streams", type=int, help="open streams for the memory figure (default 20)")
    parser.add_argument("--import-runs", type=int, help="fresh interpreters per import probe (default 7)")
    parser.add_argument("--no-hooks", action="store_true", help="skip the hooks-on rows")
    parser.add_argument("--no-imports", action="store_true", help="skip the import-time probes")
    parser.add_argument(
        "--sse-close", action="store_true", help="SSE replies with Connection: close (both sides reconnect)"
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 if any target fails")
    args = parser.parse_args(argv)
    quick = args.quick
    calls = args.calls or (30 if quick else 50)
    chunks = args.chunks or (10 if quick else 30)
    rounds = args.rounds or (3 if quick else 11)
    warmup = args.warmup if args.warmup is not None else (5 if quick else 20)
    streams = args.streams or (5 if quick else 20)
    import_runs = args.import_runs or (3 if quick else 7)
    vendors = [v for v in args.vendors.split(",") if v]
    modes = [m for m in args.modes.split(",") if m]
    if calls < 1 or rounds < 1 or args.block < 1 or chunks < 3 or args.concurrency < 1:
        parser.error("--calls, --rounds, --block, --concurrency must be >= 1 and --chunks >= 3")
    if unknown := (set(vendors) - set(VENDORS)) | (set(modes) - set(MODES)):
        parser.error(f"unknown vendor or mode: {', '.join(sorted(unknown))}")

    print(f"machine: {machine()}")
    print(f"SDKs: {_versions()}")
    print(
        f"{calls} calls/side/round x {rounds} rounds (median of per-round ratios), sync blocks of "
        f"{args.block}, async blocks of {args.concurrency} concurrent calls, warm-up {warmup}, "
        f"{chunks} chunks/stream, SSE {'Connection: close' if args.sse_close else 'chunked keep-alive'}"
    )
    enable_call_logging()
    rows: list[tuple[str, str, str, bool | None]] = []
    matrix: dict[str, dict[str, Result]] = {v: {} for v in vendors}
    memory: dict[str, tuple[float, float]] = {}

    with Server(chunks, sse_close=args.sse_close) as server:
        print(f"server: 127.0.0.1:{server.port} (child process)")
        for vendor in vendors:
            url = server.url(vendor)
            raw, ours = raw_side(vendor, url), our_side(vendor, url)
            # sanity: both sides read the same text
            assert raw.sync() == ours.sync() == len(REPLY_TEXT), f"{vendor}: replies differ"
            assert raw.stream() == ours.stream(), f"{vendor}: streamed texts differ"
            print(f"\n== {vendor} ==")
            for mode in modes:
                if mode == "async":
                    # at least 4 gathers per side per round: one gather is a noisy sample
                    async_calls = max(2 * calls, 4 * args.concurrency)
                    result = compare_async(
                        raw.make_async, ours.make_async, async_calls, rounds, args.concurrency
                    )
                else:
                    fn = "sync" if mode == "sync" else "stream"
                    result = compare(getattr(raw, fn), getattr(ours, fn), calls, warmup, rounds, args.block)
                matrix[vendor][mode] = result
                print(_line(mode, result, TARGET))
            if not args.no_hooks:
                hooked = our_side(vendor, url, hooks=builtin_hooks())
                result = compare(raw.sync, hooked.sync, calls, warmup, rounds, args.block)
                matrix[vendor]["hooks"] = result
                print(_line("sync, 4 hooks on", result, HOOKS_TARGET))
            raw_mem, our_mem = stream_memory(raw, streams), stream_memory(ours, streams)
            memory[vendor] = (raw_mem, our_mem)
            print(f"memory per open stream: raw {raw_mem / 1024:.1f} KiB, llmrouter {our_mem / 1024:.1f} KiB")

        hook_costs: dict[str, Result] = {}
        if not args.no_hooks:
            hook_costs = measure_hooks(calls * 5, rounds, warmup, args.block)
        requests, connections = server.requests.value, server.connections.value
    print(f"\nserver saw {requests} requests over {connections} connections")

    imports: dict[str, dict[str, Any]] = {}
    if not args.no_imports:
        print("\n== import llmrouter (fresh interpreters) ==")
        imports = measure_imports(import_runs)
        for name, label in (
            ("llmrouter", "import llmrouter"),
            ("pydantic", "from pydantic import BaseModel"),
            ("empty", "pass"),
        ):
            row = imports[name]
            print(
                f"{label:32s} {row['s'] * 1e3:7.1f} ms (CPU {row['cpu_s'] * 1e3:6.1f} ms, "
                f"{row['cpu_ratio']:.2f}x pydantic's, paired)  peak RSS {row['peak_mb']:5.1f} MB "
                f"(VmHWM {row['hwm_mb']:5.1f} MB)  {row['modules']:.0f} modules"
            )

    # ----------------------------------------------------------------------------------------
    print("\n## Summary\n")
    print(f"{machine()}; {calls} calls/side/round, {rounds} rounds, K={chunks}, async C={args.concurrency}\n")
    print("CPU per call, llmrouter / raw SDK (median of per-round ratios; target in brackets):\n")
    columns = [*modes] + ([] if args.no_hooks else ["hooks"])
    heads = {
        "sync": "sync",
        "stream": "stream",
        "async": f"async (C={args.concurrency})",
        "hooks": "sync, 4 hooks on",
    }
    print(
        "| vendor | "
        + " | ".join(f"{heads[c]} (<= {HOOKS_TARGET if c == 'hooks' else TARGET:.2f}x)" for c in columns)
        + " |"
    )
    print("|---|" + "---|" * len(columns))
    for vendor in vendors:
        cells = []
        for column in columns:
            r = matrix[vendor][column]
            target = HOOKS_TARGET if column == "hooks" else TARGET
            cells.append(f"{r.ratio:.2f}x {_ok(r.ratio <= target)}")
            rows.append(
                (f"{vendor} {heads[column]}", f"{r.ratio:.3f}x", f"<= {target:.2f}x", r.ratio <= target)
            )
        print(f"| {vendor} | " + " | ".join(cells) + " |")

    print("\n| figure | value | target | result |")
    print("| --- | ---: | --- | --- |")
    for vendor in vendors:
        for column in columns:
            r = matrix[vendor][column]
            print(
                f"| {vendor} {heads[column]}: CPU/call raw / llmrouter | {r.raw_cpu * 1e6:.0f} / "
                f"{r.our_cpu * 1e6:.0f} us | - | |"
            )
    for vendor, (raw_mem, our_mem) in memory.items():
        print(
            f"| {vendor} memory per open stream, raw / llmrouter | {raw_mem / 1024:.1f} / {our_mem / 1024:.1f} KiB | - | |"
        )
    for label, r in hook_costs.items():
        target_ok: bool | None = None
        target = "-"
        if label == "empty hook":  # the hook machinery itself, not any hook's work
            target, target_ok = "<= 10 us", r.extra_us <= 10.0
            rows.append(("empty hook over no hooks", f"{r.extra_us:+.1f} us", target, target_ok))
        where = "" if label.startswith("the 4") else " over no hooks"
        print(
            f"| {label}{where} (null provider) | {r.extra_us:+.1f} us/call | {target} | "
            f"{'' if target_ok is None else _ok(target_ok)} |"
        )
    if imports:
        import_ratio = imports["llmrouter"]["s"] / imports["pydantic"]["s"]
        heavy = set(imports["llmrouter"]["heavy"])
        extra: list[tuple[str, str, str, bool | None]] = [
            ("import llmrouter time", f"{imports['llmrouter']['s'] * 1e3:.1f} ms", "-", None),
            ("from pydantic import BaseModel time", f"{imports['pydantic']['s'] * 1e3:.1f} ms", "-", None),
            ("import time ratio llmrouter/pydantic", f"{import_ratio:.2f}x", "<= 2x", import_ratio <= 2.0),
            (
                "import llmrouter peak RSS (whole process)",
                f"{imports['llmrouter']['peak_mb']:.1f} MB",
                "< 40 MB",
                imports["llmrouter"]["peak_mb"] < 40,
            ),
            ("pydantic import peak RSS (reference)", f"{imports['pydantic']['peak_mb']:.1f} MB", "-", None),
            ("empty interpreter peak RSS (reference)", f"{imports['empty']['peak_mb']:.1f} MB", "-", None),
        ]
        extra += [
            (
                f"`{m}` not imported by `import llmrouter`",
                "absent" if m not in heavy else "PRESENT",
                "absent",
                m not in heavy,
            )
            for m in HEAVY_MODULES
        ]
        for name, value, target, passed in extra:
            print(f"| {name} | {value} | {target} | {'' if passed is None else _ok(passed)} |")
        rows += extra
    failed = [name for name, _, _, passed in rows if passed is False]
    print(f"\n{len(failed)} target(s) missed" + (": " + "; ".join(failed) if failed else ""))
    return 1 if (failed and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
