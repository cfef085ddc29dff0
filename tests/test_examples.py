"""The examples are documentation that runs: a new user's first experience."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_example(name: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_quickstart_replays_its_cassette_and_says_so() -> None:
    out = run_example("quickstart.py")
    assert "replaying the recorded cassette quickstart.yaml" in out
    assert "An LLM gateway is a layer between your application" in out
    assert "provider=openai finish=stop tokens=65" in out
    assert "usage=49" in out
    # the e-mail never reached the vendor, and the caller got it back
    assert "what the vendor saw: Write a one-line greeting to <EMAIL_1>." in out
    assert "Hello jane.doe@example.com, it's great to hear from you!" in out


def test_custom_provider_example_routes_streams_and_refuses() -> None:
    out = run_example("custom_provider.py")
    assert "reply: 'stressed desserts' (provider=reverse, tokens=4)" in out
    assert "stream: ['stressed', ' desserts']" in out
    assert "refused before any call: provider 'reverse' does not support 'temperature'" in out
