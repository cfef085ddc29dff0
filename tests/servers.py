"""Real servers for the tests that need them: the URL ``.ci/run`` exports, else a throwaway server
started here on a loopback port. Skipped, saying why, only where none can be had; under CI
(``CI=true``) a missing server is a failure, never a skip."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator

import pytest


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _unavailable(why: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must provide this server: {why}")
    pytest.skip(why)


def redis_url() -> Iterator[str]:
    url = os.environ.get("LLMROUTER_TEST_REDIS_URL")
    if url:
        yield url
        return
    server = shutil.which("redis-server")
    if server is None:
        _unavailable("no Redis: set LLMROUTER_TEST_REDIS_URL or install redis-server (.ci/run does both)")
    port = _free_port()
    folder = tempfile.mkdtemp(prefix="llmrouter-redis-")
    process = subprocess.Popen(
        [
            str(server),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            folder,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.1):
                    break
            except OSError:
                time.sleep(0.05)
        else:
            _unavailable("redis-server did not start")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
