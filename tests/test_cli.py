"""``python -m llmrouter usage``: the ledger's summary as a table and as JSON, run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import llmrouter
from llmrouter.hooks.ledger import UsageLedger
from tests.fakes import ScriptedProvider

ROOT = Path(__file__).resolve().parent.parent
USER = [{"role": "user", "content": "hello"}]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("LLMROUTER_LEDGER", None)
    return subprocess.run(
        [sys.executable, "-m", "llmrouter", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture
def ledger_file(tmp_path: Path) -> Path:
    path = tmp_path / "usage.db"
    llmrouter.register_provider("cli", ScriptedProvider(name="cli"))
    llmrouter.register_price("cli/m", input_per_mtok=100_000, output_per_mtok=200_000)  # $0.1 / $0.2 a token
    llmrouter.register_provider("free", ScriptedProvider(name="free"))
    try:
        with UsageLedger(path) as ledger:
            for user in ("alice", "alice", "bob"):
                llmrouter.completion("cli/m", USER, user=user, hooks=[ledger])
            llmrouter.completion("free/x", USER, user="carol", hooks=[ledger])
    finally:
        llmrouter.unregister_provider("cli")
        llmrouter.unregister_provider("free")
        llmrouter.pricing.unregister_price("cli/m")
    return path


def test_usage_prints_a_table_per_user_with_totals(ledger_file: Path) -> None:
    result = run("usage", "--db", str(ledger_file))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "user", "calls", "failed", "attempts", "prompt", "completion", "cached", "reasoning", "cost_usd", "unpriced"
    ]  # fmt: skip
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:-2]}
    # alice: 2 calls of 5 prompt and 2 completion tokens, 5 x $0.1 + 2 x $0.2 = $0.9 each
    assert rows["alice"] == ["2", "0", "2", "10", "4", "0", "0", "1.800000", "0"]
    assert rows["bob"] == ["1", "0", "1", "5", "2", "0", "0", "0.900000", "0"]
    assert rows["carol"] == ["1", "0", "1", "5", "2", "0", "0", "-", "1"]  # unpriced: "-", never $0
    assert lines[-1].split() == ["total", "4", "0", "4", "20", "8", "0", "0", "2.700000", "1"]
    assert result.stderr == ""


def test_usage_json_by_model(ledger_file: Path) -> None:
    result = run("usage", "--db", str(ledger_file), "--by", "model", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["by"] == "model"
    rows = {row["group"]: row for row in data["rows"]}
    assert rows["cli/m"]["calls"] == 3 and rows["cli/m"]["cost_usd"] == pytest.approx(2.7)
    assert rows["free/x"]["cost_usd"] is None and rows["free/x"]["unpriced_calls"] == 1


def test_usage_since_and_until_filter(ledger_file: Path) -> None:
    result = run("usage", "--db", str(ledger_file), "--since", "2999-01-01", "--json")
    assert json.loads(result.stdout)["rows"] == []
    result = run(
        "usage",
        "--db",
        f"sqlite:///{ledger_file}",
        "--since",
        "2000-01-01",
        "--until",
        "2999-12-31",
        "--by",
        "day",
    )
    assert result.returncode == 0 and result.stdout.splitlines()[-1].split()[:2] == ["total", "4"]


def test_usage_refuses_bad_input_with_a_message_and_exit_2(ledger_file: Path, tmp_path: Path) -> None:
    result = run("usage", "--db", str(ledger_file), "--since", "last tuesday")
    assert result.returncode == 2 and "not a date" in result.stderr and result.stdout == ""
    result = run("usage", "--db", str(tmp_path / "missing.db"))
    assert result.returncode == 2 and "no ledger" in result.stderr
    result = run("usage")
    assert result.returncode == 2 and "--db" in result.stderr
    result = run("usage", "--db", str(ledger_file), "--by", "colour")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_usage_reads_a_postgresql_ledger() -> None:
    url = os.environ.get("LLMROUTER_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("LLMROUTER_TEST_POSTGRES_URL is not set under CI=true")
        pytest.skip("no PostgreSQL server: set LLMROUTER_TEST_POSTGRES_URL (as .ci/run does)")
    import uuid

    import psycopg

    name = f"cli_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    db = f"{url.rpartition('/')[0]}/{name}"
    try:
        llmrouter.register_provider("cli", ScriptedProvider(name="cli"))
        with UsageLedger(db) as ledger:
            llmrouter.completion("cli/m", USER, user="dora", hooks=[ledger])
        result = run("usage", "--db", db)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[2].split()[:2] == ["dora", "1"]
    finally:
        llmrouter.unregister_provider("cli")
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
