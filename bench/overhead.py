"""Client-side overhead of llmrouter over the raw openai SDK, and the cost of ``import llmrouter``.

    python bench/overhead.py [--calls N] [--chunks K] [--rounds R] [--import-runs M] [--strict]

1. A loopback OpenAI-compatible server (stdlib ThreadingHTTPServer, HTTP/1.1 keep-alive) runs in
   a separate process, so its CPU is not counted in this process's ``time.process_time()``.
2. N non-streamed and N streamed calls through the raw openai SDK and through
   ``llmrouter.completion("openai/gpt-4o", ...)``, alternating in small blocks (and swapping which
   side goes first) so that drift hits both alike; R rounds, median reported.
3. ``import llmrouter`` in fresh interpreters (time, peak RSS, which heavy modules it pulled in),
   beside ``from pydantic import BaseModel`` and an empty interpreter.
4. A markdown summary table with targets and PASS/FAIL.

Streaming: a stream of K chunks is one role chunk, K-2 content deltas and one finish_reason
chunk, then (stream_options.include_usage) one usage chunk with ``choices: []``, then
``data: [DONE]``. "Per chunk" figures divide the per-call CPU by the K+1 chunk events.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# The loopback server (runs in a child process)
# --------------------------------------------------------------------------------------------

MODEL_ID = "gpt-4o-2024-08-06"
FINGERPRINT = "fp_b1442291a8"
REPLY_TEXT = (
    "Connection pooling keeps a small set of open TCP connections to the server and hands them "
    "out to requests as they come, so that each call skips the handshake, the TLS negotiation "
    "and the slow start of a fresh socket. For an API client that makes many short calls this "
    "is usually the largest single saving, well ahead of anything done in Python."
)
MAX_SERVER_LIFETIME_S = 1800.0  # the server stops by itself even if the parent never tells it to


def _words(k: int) -> list[str]:
    base = REPLY_TEXT.split(" ")
    return [(" " if i else "") + base[i % len(base)] for i in range(k)]


def completion_body(prompt_tokens: int) -> bytes:
    completion_tokens = len(REPLY_TEXT.split())
    return json.dumps(
        {
            "id": "chatcmpl-BqXy7Kd2nF0a9sLmPq3RtUvWxYz12",
            "object": "chat.completion",
            "created": 1752000000,
            "model": MODEL_ID,
            "choices": [
                {
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": REPLY_TEXT,
                        "refusal": None,
                        "annotations": [],
                    },
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
                "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                "completion_tokens_details": {
                    "reasoning_tokens": 0,
                    "audio_tokens": 0,
                    "accepted_prediction_tokens": 0,
                    "rejected_prediction_tokens": 0,
                },
            },
            "service_tier": "default",
            "system_fingerprint": FINGERPRINT,
        }
    ).encode()


def stream_events(k: int, include_usage: bool, prompt_tokens: int) -> list[bytes]:
    """The SSE events of one streamed reply, each ``data: {...}\\n\\n``, ending with [DONE]."""
    k = max(k, 3)
    head = {
        "id": "chatcmpl-BqXy7Kd2nF0a9sLmPq3RtUvWxYz12",
        "object": "chat.completion.chunk",
        "created": 1752000000,
        "model": MODEL_ID,
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
    }
    tail = {"usage": None} if include_usage else {}

    def chunk(delta: dict[str, Any], finish: str | None, obfuscation: str) -> dict[str, Any]:
        return {
            **head,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
            **tail,
            "obfuscation": obfuscation,
        }

    chunks = [chunk({"role": "assistant", "content": "", "refusal": None}, None, "Xy3kQ")]
    chunks += [chunk({"content": word}, None, "aB9") for word in _words(k - 2)]
    chunks.append(chunk({}, "stop", "Zq7mP1"))
    if include_usage:
        completion_tokens = k - 2
        chunks.append(
            {
                **head,
                "choices": [],
                "usage": {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "total_tokens": prompt_tokens + completion_tokens,
                    "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                    "completion_tokens_details": {
                        "reasoning_tokens": 0,
                        "audio_tokens": 0,
                        "accepted_prediction_tokens": 0,
                        "rejected_prediction_tokens": 0,
                    },
                },
                "obfuscation": "pR4",
            }
        )
    events = [b"data: " + json.dumps(c, separators=(",", ":")).encode() + b"\n\n" for c in chunks]
    events.append(b"data: [DONE]\n\n")
    return events


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    disable_nagle_algorithm = True  # small SSE writes must not wait on delayed ACKs
    timeout = 60  # an idle keep-alive connection ends the handler's request loop
    server_version = "bench-openai/1.0"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        with self.server.stats_lock:  # type: ignore[attr-defined]
            self.server.stats["connections"].value += 1  # type: ignore[attr-defined]

    def _send_json(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("openai-processing-ms", "412")
        self.send_header("x-request-id", "req_0123456789abcdef0123456789abcdef")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        with self.server.stats_lock:  # type: ignore[attr-defined]
            self.server.stats["requests"].value += 1  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        if length > 10_000_000:
            self._send_json(413, b'{"error":{"message":"too large","type":"invalid_request_error"}}')
            self.close_connection = True
            return
        raw = self.rfile.read(length)
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._send_json(404, b'{"error":{"message":"not found","type":"invalid_request_error"}}')
            return
        try:
            request = json.loads(raw)
        except ValueError:
            self._send_json(400, b'{"error":{"message":"bad json","type":"invalid_request_error"}}')
            return
        prompt_tokens = sum(len(str(m.get("content", "")).split()) + 4 for m in request.get("messages", []))
        if not request.get("stream"):
            self._send_json(200, completion_body(prompt_tokens))
            return
        include_usage = bool((request.get("stream_options") or {}).get("include_usage"))
        events = stream_events(self.server.chunks, include_usage, prompt_tokens)  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("x-request-id", "req_0123456789abcdef0123456789abcdef")
        if self.server.sse_close:  # type: ignore[attr-defined]
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            for event in events:
                self.wfile.write(event)
            return
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for event in events:  # one HTTP chunk per SSE event, as a real server sends them
            self.wfile.write(b"%x\r\n%s\r\n" % (len(event), event))
        self.wfile.write(b"0\r\n\r\n")


def _serve(port_conn: Any, stop: Any, chunks: int, sse_close: bool, requests: Any, connections: Any) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.chunks = chunks  # type: ignore[attr-defined]
    server.sse_close = sse_close  # type: ignore[attr-defined]
    server.stats = {"requests": requests, "connections": connections}  # type: ignore[attr-defined]
    server.stats_lock = threading.Lock()  # type: ignore[attr-defined]
    port_conn.send(server.server_address[1])
    port_conn.close()
    parent = os.getppid()

    def watchdog() -> None:
        deadline = time.monotonic() + MAX_SERVER_LIFETIME_S
        while not stop.wait(0.5):
            if time.monotonic() > deadline or os.getppid() != parent:
                break
        server.shutdown()

    threading.Thread(target=watchdog, daemon=True).start()
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()


class Server:
    """The loopback server in a child process; a context manager that always stops it."""

    def __init__(self, chunks: int, *, sse_close: bool = False) -> None:
        ctx = mp.get_context("spawn")
        self._stop = ctx.Event()
        self.requests = ctx.Value("q", 0)
        self.connections = ctx.Value("q", 0)
        parent_conn, child_conn = ctx.Pipe(duplex=False)
        self._process = ctx.Process(
            target=_serve,
            args=(child_conn, self._stop, chunks, sse_close, self.requests, self.connections),
            daemon=True,
        )
        self._process.start()
        child_conn.close()
        if not parent_conn.poll(30):
            self.stop()
            raise RuntimeError("the bench server did not start")
        self.port: int = parent_conn.recv()
        parent_conn.close()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self._wait_ready()

    def _wait_ready(self) -> None:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the bench server does not accept connections")

    def stop(self) -> None:
        self._stop.set()
        self._process.join(5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(5)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --------------------------------------------------------------------------------------------
# Call overhead
# --------------------------------------------------------------------------------------------

MESSAGES = [
    {"role": "system", "content": "You are a concise assistant for backend engineers."},
    {
        "role": "user",
        "content": "In two or three sentences: why does connection pooling matter for API clients?",
    },
]


def make_callers(base_url: str) -> dict[str, Any]:
    import openai

    import llmrouter

    client = openai.OpenAI(api_key="bench", base_url=base_url, max_retries=0)

    def raw_call() -> int:
        reply = client.chat.completions.create(model="gpt-4o", messages=MESSAGES)  # type: ignore[arg-type]
        return len(reply.choices[0].message.content or "")

    def our_call() -> int:
        reply = llmrouter.completion("openai/gpt-4o", MESSAGES, api_key="bench", api_base=base_url)
        return len(reply.choices[0].message.content or "")

    def raw_stream() -> int:
        n = 0
        stream = client.chat.completions.create(
            model="gpt-4o",
            messages=MESSAGES,
            stream=True,
            stream_options={"include_usage": True},  # type: ignore[arg-type]
        )
        for _chunk in stream:
            n += 1
        return n

    def our_stream() -> int:
        n = 0
        stream = llmrouter.completion(
            "openai/gpt-4o",
            MESSAGES,
            api_key="bench",
            api_base=base_url,
            stream=True,
            stream_options={"include_usage": True},
        )
        for _chunk in stream:
            n += 1
        return n

    return {"raw": raw_call, "ours": our_call, "raw_stream": raw_stream, "our_stream": our_stream}


def _time_block(fn: Any, n: int) -> tuple[float, float]:
    w0, c0 = time.perf_counter(), time.process_time()
    for _ in range(n):
        fn()
    return time.process_time() - c0, time.perf_counter() - w0


def compare(
    raw: Any, ours: Any, calls: int, warmup: int, rounds: int, block: int, connections: Any
) -> dict[str, Any]:
    """Alternating blocks of ``block`` calls (raw/ours, then ours/raw, ...); per-call medians.

    ``connections`` is the server's connection counter, read between blocks (outside the timed
    part) to tell how many new TCP connections each side opened per call."""
    for _ in range(warmup):
        raw()
        ours()
    per_round: dict[str, list[float]] = {
        "raw_cpu": [],
        "our_cpu": [],
        "raw_wall": [],
        "our_wall": [],
        "ratio": [],
    }
    new_conns = {"raw": 0, "our": 0}
    for _ in range(rounds):
        totals = {"raw_cpu": 0.0, "our_cpu": 0.0, "raw_wall": 0.0, "our_wall": 0.0}
        done, flip = 0, False
        while done < calls:  # bounded: ``calls`` calls per side per round
            n = min(block, calls - done)
            order = (("our", ours), ("raw", raw)) if flip else (("raw", raw), ("our", ours))
            for side, fn in order:
                before = connections.value
                cpu, wall = _time_block(fn, n)
                new_conns[side] += connections.value - before
                totals[f"{side}_cpu"] += cpu
                totals[f"{side}_wall"] += wall
            done += n
            flip = not flip
        for key, total in totals.items():
            per_round[key].append(total / calls)
        per_round["ratio"].append(totals["our_cpu"] / totals["raw_cpu"])
    return {key: statistics.median(values) for key, values in per_round.items()} | {
        "ratios": per_round["ratio"],
        "raw_conns_per_call": new_conns["raw"] / (calls * rounds),
        "our_conns_per_call": new_conns["our"] / (calls * rounds),
    }


# --------------------------------------------------------------------------------------------
# Import cost
# --------------------------------------------------------------------------------------------

HEAVY_MODULES = ("openai", "anthropic", "google.genai", "mistralai", "cohere", "httpx", "httpx2", "tiktoken")

_IMPORT_PROBE = """
import time, resource, sys, json
t = time.perf_counter()
{stmt}
elapsed = time.perf_counter() - t
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
heavy = [m for m in {heavy!r} if m in sys.modules]
try:
    hwm_kb = int([l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0].split()[1])
except (OSError, IndexError, ValueError):
    hwm_kb = peak_kb
print(json.dumps({{"s": elapsed, "peak_kb": peak_kb, "hwm_kb": hwm_kb, "heavy": heavy, "modules": len(sys.modules)}}))
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=300, help="calls per side per round (default 300)")
    parser.add_argument("--chunks", type=int, default=50, help="chunks per streamed reply (default 50)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds; the median is reported (default 5)")
    parser.add_argument("--warmup", type=int, default=30, help="warm-up calls per side (default 30)")
    parser.add_argument("--block", type=int, default=10, help="calls per alternating block (default 10)")
    parser.add_argument("--import-runs", type=int, default=7, help="fresh interpreters per import probe")
    parser.add_argument(
        "--sse-close",
        action="store_true",
        help="SSE replies with Connection: close instead of chunked keep-alive (both sides reconnect)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 if any target fails")
    args = parser.parse_args(argv)
    if args.calls < 1 or args.rounds < 1 or args.block < 1 or args.chunks < 3:
        parser.error("--calls, --rounds, --block must be >= 1 and --chunks >= 3")

    sys.path.insert(0, str(ROOT))
    import openai

    print(f"python {sys.version.split()[0]}, openai {openai.__version__}, pid {os.getpid()}")
    print(
        f"{args.calls} calls/side/round x {args.rounds} rounds, blocks of {args.block}, "
        f"warm-up {args.warmup}, {args.chunks} chunks/stream (+1 usage chunk), "
        f"SSE {'Connection: close' if args.sse_close else 'chunked keep-alive'}"
    )

    with Server(args.chunks, sse_close=args.sse_close) as server:
        print(f"server: {server.base_url} (pid in child process)")
        callers = make_callers(server.base_url)
        # sanity: both sides see the same reply
        assert callers["raw"]() == callers["ours"](), "raw and llmrouter replies differ"
        raw_n, our_n = callers["raw_stream"](), callers["our_stream"]()
        assert raw_n == our_n == args.chunks + 1, f"chunk counts differ: raw {raw_n}, ours {our_n}"
        events = args.chunks + 1

        print("\n== non-streamed ==")
        plain = compare(
            callers["raw"],
            callers["ours"],
            args.calls,
            args.warmup,
            args.rounds,
            args.block,
            server.connections,
        )
        print(
            f"raw SDK   : {plain['raw_cpu'] * 1e6:8.1f} us CPU/call  {plain['raw_wall'] * 1e6:8.1f} us wall/call\n"
            f"llmrouter : {plain['our_cpu'] * 1e6:8.1f} us CPU/call  {plain['our_wall'] * 1e6:8.1f} us wall/call\n"
            f"ratio ours/raw (CPU): {plain['ratio']:.3f}  (target <= 1.05)  rounds: "
            + ", ".join(f"{r:.3f}" for r in plain["ratios"])
            + f"\nnew TCP connections per call: raw {plain['raw_conns_per_call']:.2f}, "
            f"llmrouter {plain['our_conns_per_call']:.2f}"
        )

        print("\n== streamed ==")
        streamed = compare(
            callers["raw_stream"],
            callers["our_stream"],
            args.calls,
            args.warmup,
            args.rounds,
            args.block,
            server.connections,
        )
        print(
            f"raw SDK   : {streamed['raw_cpu'] * 1e6:8.1f} us CPU/call  "
            f"{streamed['raw_cpu'] / events * 1e6:6.2f} us CPU/chunk  {streamed['raw_wall'] * 1e6:8.1f} us wall/call\n"
            f"llmrouter : {streamed['our_cpu'] * 1e6:8.1f} us CPU/call  "
            f"{streamed['our_cpu'] / events * 1e6:6.2f} us CPU/chunk  {streamed['our_wall'] * 1e6:8.1f} us wall/call\n"
            f"ratio ours/raw (CPU per chunk): {streamed['ratio']:.3f}  (target <= 1.05)  rounds: "
            + ", ".join(f"{r:.3f}" for r in streamed["ratios"])
            + f"\nnew TCP connections per call: raw {streamed['raw_conns_per_call']:.2f}, "
            f"llmrouter {streamed['our_conns_per_call']:.2f}"
            + (
                "  (the SDK's Stream closes the response right after [DONE], before the chunked "
                "terminator is read, so httpx2 cannot reuse that connection)"
                if streamed["raw_conns_per_call"] > 0.5 and not args.sse_close
                else ""
            )
        )
        requests, connections = server.requests.value, server.connections.value
    print(f"\nserver saw {requests} requests over {connections} connections (keep-alive check)")

    print("\n== import llmrouter (fresh interpreters) ==")
    imports = measure_imports(args.import_runs)
    for name, label in (
        ("llmrouter", "import llmrouter"),
        ("pydantic", "from pydantic import BaseModel"),
        ("empty", "pass"),
    ):
        row = imports[name]
        print(
            f"{label:32s} {row['s'] * 1e3:7.1f} ms  peak RSS {row['peak_mb']:5.1f} MB "
            f"(VmHWM {row['hwm_mb']:5.1f} MB)  "
            f"{row['modules']:.0f} modules"
        )
    import_ratio = imports["llmrouter"]["s"] / imports["pydantic"]["s"]
    heavy = set(imports["llmrouter"]["heavy"])
    for module in HEAVY_MODULES:
        print(f"  {module:14s} not imported: {_ok(module not in heavy)}")

    # ----------------------------------------------------------------------------------------
    rows: list[tuple[str, str, str, bool | None]] = [
        ("non-stream CPU/call, raw SDK", f"{plain['raw_cpu'] * 1e6:.1f} us", "-", None),
        ("non-stream CPU/call, llmrouter", f"{plain['our_cpu'] * 1e6:.1f} us", "-", None),
        (
            "non-stream wall/call, raw / llmrouter",
            f"{plain['raw_wall'] * 1e6:.0f} / {plain['our_wall'] * 1e6:.0f} us",
            "-",
            None,
        ),
        ("non-stream CPU ratio ours/raw", f"{plain['ratio']:.3f}", "<= 1.05", plain["ratio"] <= 1.05),
        ("stream CPU/call, raw SDK", f"{streamed['raw_cpu'] * 1e6:.1f} us", "-", None),
        ("stream CPU/call, llmrouter", f"{streamed['our_cpu'] * 1e6:.1f} us", "-", None),
        (
            "stream CPU/chunk, raw / llmrouter",
            f"{streamed['raw_cpu'] / events * 1e6:.2f} / {streamed['our_cpu'] / events * 1e6:.2f} us",
            "-",
            None,
        ),
        (
            "stream wall/call, raw / llmrouter",
            f"{streamed['raw_wall'] * 1e6:.0f} / {streamed['our_wall'] * 1e6:.0f} us",
            "-",
            None,
        ),
        ("stream CPU/chunk ratio ours/raw", f"{streamed['ratio']:.3f}", "<= 1.05", streamed["ratio"] <= 1.05),
        (
            "new TCP connections/call, raw / llmrouter (non-stream; stream)",
            f"{plain['raw_conns_per_call']:.2f} / {plain['our_conns_per_call']:.2f}; "
            f"{streamed['raw_conns_per_call']:.2f} / {streamed['our_conns_per_call']:.2f}",
            "-",
            None,
        ),
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
    rows += [
        (
            f"`{m}` not imported by `import llmrouter`",
            "absent" if m not in heavy else "PRESENT",
            "absent",
            m not in heavy,
        )
        for m in HEAVY_MODULES
    ]

    print("\n## Summary\n")
    print(
        f"N={args.calls} calls/side/round, {args.rounds} rounds (median), K={args.chunks} chunks (+1 usage), "
        f"SSE {'Connection: close' if args.sse_close else 'chunked keep-alive'}; "
        "CPU = this process's time.process_time()\n"
    )
    print("| figure | value | target | result |")
    print("| --- | ---: | --- | --- |")
    for name, value, target, passed in rows:
        print(f"| {name} | {value} | {target} | {'' if passed is None else _ok(passed)} |")
    failed = [name for name, _, _, passed in rows if passed is False]
    print(f"\n{len(failed)} target(s) missed" + (": " + "; ".join(failed) if failed else ""))
    return 1 if (failed and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
