"""Every optional feature names the extra to install when its package is missing: one typed
``MissingDependencyError``, tested in a fresh interpreter that cannot import the package."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PROGRAM = r"""
import json, sys

HIDDEN = sys.argv[1]

class Hide:
    def find_spec(self, name, path=None, target=None):
        if name == HIDDEN or name.startswith(HIDDEN + "."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, Hide())
import llmrouter

try:
    exec(sys.argv[2])
except llmrouter.errors.MissingDependencyError as exc:
    print(json.dumps({"class": type(exc).__name__, "code": exc.code, "extra": exc.extra, "message": str(exc)}))
else:
    print(json.dumps({"class": None}))
"""

CASES = [
    ("vcr", "testing", "from llmrouter.testing import use_cassette\nwith use_cassette('x.yaml'): pass"),
    (
        "redis",
        "redis",
        "from llmrouter.hooks import RateLimit\nRateLimit(requests_per_minute=1, backend='redis://127.0.0.1:9/0')",
    ),
    (
        "psycopg",
        "postgres",
        "from llmrouter.hooks import UsageLedger\nUsageLedger('postgresql://u@127.0.0.1:9/db')",
    ),
    ("opentelemetry", "otel", "from llmrouter.hooks import TracingHook\nTracingHook()"),
]


@pytest.mark.parametrize(("hidden", "extra", "code"), CASES, ids=[case[1] for case in CASES])
def test_a_missing_optional_package_names_its_extra(hidden: str, extra: str, code: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, hidden, code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["class"] == "MissingDependencyError" and seen["code"] == "missing_dependency"
    assert seen["extra"] == extra and f"pip install 'llmrouter[{extra}]'" in seen["message"]
