"""A leak probe, run in a fresh interpreter by ``test_resources.py``:
``python -W error::ResourceWarning -m tests.faults.churn ROUNDS CALLS``.

Each round is one ``asyncio.run`` (a new event loop, as a script or a worker makes) serving
``CALLS`` concurrent async calls, plain and streamed, across every vendor and fault, against
loopback servers that stay up for the whole run, so nothing but the library closes the kept-alive
connections. After each round: a full collection, then the open file descriptors, the event
loops still alive and the loops the providers still hold clients for (the servers' side of
closed connections is let finish first). Prints one JSON object;
an unclosed socket or transport is printed to stderr by the interpreter."""

from __future__ import annotations

import asyncio
import gc
import itertools
import json
import os
import sys
import time
from typing import Any

import llmrouter
from llmrouter.providers import get_provider

from .server import FaultServer
from .wire import MODELS, VENDORS

KEY = "test-fault-key-0123456789"
FAULTS = ("reset", "500", "503", "cut", "html", "badjson", "ok")


async def one(server: FaultServer, stream: bool) -> str:
    """One call; its outcome as the class name of the error, or ``ok`` with the reply's text."""
    options: dict[str, Any] = {"api_base": server.base(), "api_key": KEY, "timeout": 10, "num_retries": 0}
    messages = [{"role": "user", "content": "hi"}]
    try:
        if stream:
            text = ""
            async with await llmrouter.acompletion(
                MODELS[server.vendor], messages, stream=True, **options
            ) as chunks:
                async for chunk in chunks:
                    text += chunk.content or ""
        else:
            text = (await llmrouter.acompletion(MODELS[server.vendor], messages, **options)).content or ""
    except llmrouter.LLMRouterError as exc:
        return type(exc).__name__
    return f"ok {text}"


async def round_of(servers: list[FaultServer], calls: int) -> list[list[Any]]:
    cells = [(servers[i % len(servers)], bool(i // len(servers) % 2)) for i in range(calls)]
    outcomes = await asyncio.gather(*(one(server, stream) for server, stream in cells))
    return [[s.vendor, s.script[0], stream, outcome] for (s, stream), outcome in zip(cells, outcomes)]


def settle(servers: list[FaultServer], bound_s: float = 5.0) -> None:
    """Lets the servers finish the connections the client closed (each on its own thread), so
    that the descriptors counted next are the client's; bounded, so a leak still shows."""
    end = time.monotonic() + bound_s
    while any(server.open_connections for server in servers) and time.monotonic() < end:
        time.sleep(0.01)


def open_fds() -> int | None:
    return len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else None


def held_loops() -> int:
    return sum(len(get_provider(vendor)._async_clients) for vendor in VENDORS)  # type: ignore[attr-defined]


def main(rounds: int, calls: int) -> dict[str, Any]:
    servers = [FaultServer(vendor, [fault]) for vendor, fault in itertools.product(VENDORS, FAULTS)]
    report: dict[str, Any] = {"results": [], "fds": [], "loops_alive": [], "loops_held": []}
    try:
        for _ in range(rounds):
            report["results"] += asyncio.run(round_of(servers, calls))
            gc.collect()
            settle(servers)
            report["fds"].append(open_fds())
            report["loops_alive"].append(
                sum(isinstance(o, asyncio.AbstractEventLoop) for o in gc.get_objects())
            )
            report["loops_held"].append(held_loops())
        report["requests"] = {f"{s.vendor} {s.script[0]}": s.requests for s in servers}
    finally:
        for server in servers:
            server.close()
    gc.collect()
    return report


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]), int(sys.argv[2]))))
