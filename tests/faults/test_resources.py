"""No socket is left unclosed when many async calls fail at once.

Runs in a fresh interpreter with ``-W error::ResourceWarning``: 50 concurrent async calls (every
vendor, plain and streamed) against loopback servers that reset, fail with 500/503, cut streams
or send HTML, then a full garbage collection; any ``ResourceWarning`` (an unclosed socket or
transport) is printed by the interpreter to stderr, which must stay clean."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = r"""
import asyncio, gc, itertools, sys
import llmrouter
from tests.faults.server import FaultServer
from tests.faults.wire import MODELS, VENDORS

FAULTS = ("reset", "500", "503", "cut", "html", "badjson", "ok")

async def one(server, stream):
    options = dict(api_base=server.base(), api_key="test-fault-key-0123456789", timeout=10, num_retries=0)
    try:
        if stream:
            async with await llmrouter.acompletion(MODELS[server.vendor], [{"role": "user", "content": "hi"}],
                                                   stream=True, **options) as s:
                async for _ in s:
                    pass
        else:
            await llmrouter.acompletion(MODELS[server.vendor], [{"role": "user", "content": "hi"}], **options)
        return "ok"
    except llmrouter.LLMRouterError as exc:
        return type(exc).__name__

async def main():
    servers = [FaultServer(vendor, [fault]) for vendor, fault in itertools.product(VENDORS, FAULTS)]
    try:
        calls = [one(servers[i % len(servers)], stream=bool(i % 2)) for i in range(50)]
        results = await asyncio.gather(*calls)
    finally:
        for server in servers:
            server.close()
    return results

results = asyncio.run(main())
gc.collect()
print(len(results), sorted(set(results)))
"""


@pytest.mark.skipif(
    not os.environ.get("LLMROUTER_LEAK_CHECK"),
    reason="set LLMROUTER_LEAK_CHECK=1: takes minutes, and currently FAILS (known leak: async SDK clients "
    "cached per event loop keep pooled sockets past the loop's end; see the provider-layer report)",
)
@pytest.mark.xfail(strict=True, reason="known leak: pooled async connections outlive their event loop")
def test_fifty_concurrent_faulted_async_calls_leave_no_socket_open() -> None:
    done = subprocess.run(
        [sys.executable, "-W", "error::ResourceWarning", "-X", "tracemalloc=5", "-c", PROGRAM],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.startswith("50 "), done.stdout
    assert "APIConnectionError" in done.stdout and "ProviderError" in done.stdout  # faults were hit
    assert "ResourceWarning" not in done.stderr and "unclosed" not in done.stderr, done.stderr[-3000:]
