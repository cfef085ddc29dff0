"""No socket is left open when many async calls fail at once, loop after loop.

Runs :mod:`tests.faults.churn` in a fresh interpreter with ``-W error::ResourceWarning``: rounds
of concurrent async calls (every vendor and fault, plain and streamed), each round its own
``asyncio.run``, against loopback servers that keep their connections open. Every call must end
as its fault says, the interpreter must print no unclosed socket or transport, and after each
round the descriptors, the live event loops and the loops holding clients must be back where
they were: a loop's pooled connections are closed when the loop shuts down, not left behind.

``LLMROUTER_LEAK_CHECK=1`` adds a longer soak (more rounds, more calls per round)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from .churn import FAULTS
from .wire import VENDORS

ROOT = Path(__file__).resolve().parents[2]

OUTCOME = {
    "reset": "APIConnectionError",
    "500": "ProviderError",
    "503": "ServiceUnavailableError",
    "cut": "APIConnectionError",
    "html": "ProviderError",
    "badjson": "ProviderError",
    "ok": "ok Hello!",
}


def churn(rounds: int, calls: int) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-W", "error::ResourceWarning", "-m", "tests.faults.churn", str(rounds), str(calls)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ResourceWarning" not in done.stderr and "unclosed" not in done.stderr, done.stderr[-3000:]
    report: dict[str, object] = json.loads(done.stdout)
    return report


def check(report: dict[str, object], rounds: int, calls: int) -> None:
    results = report["results"]
    assert isinstance(results, list) and len(results) == rounds * calls
    wrong = [cell for cell in results if cell[3] != OUTCOME[cell[1]]]
    assert not wrong, wrong[:10]
    cells = Counter((vendor, fault, stream) for vendor, fault, stream, _ in results)
    assert {vendor for vendor, _, _ in cells} == set(VENDORS)
    assert {stream for _, _, stream in cells} == {False, True}
    # every call reached its server exactly once (no retries asked for)
    per_server = Counter(f"{vendor} {fault}" for vendor, fault, _, _ in results)
    assert report["requests"] == dict(per_server)
    assert report["loops_alive"] == [0] * rounds  # no loop kept alive by its cached clients
    assert report["loops_held"] == [0] * rounds  # each loop's clients were closed and dropped
    fds = report["fds"]
    assert isinstance(fds, list)
    if fds[0] is not None:  # /proc: no descriptor is carried from one round to the next
        assert fds == [fds[0]] * rounds, fds


def test_concurrent_faulted_async_calls_over_several_loops_leave_no_socket_open() -> None:
    rounds, calls = 2, 2 * len(VENDORS) * len(FAULTS)
    check(churn(rounds, calls), rounds, calls)


@pytest.mark.skipif(not os.environ.get("LLMROUTER_LEAK_CHECK"), reason="set LLMROUTER_LEAK_CHECK=1 (a soak)")
def test_soak_many_loops_many_concurrent_faulted_calls() -> None:
    rounds, calls = 10, 8 * len(VENDORS) * len(FAULTS)
    check(churn(rounds, calls), rounds, calls)
