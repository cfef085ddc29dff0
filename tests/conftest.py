"""Shared fixtures: no test may reach a real host, no vendor key leaks in from the machine, and
global hooks never outlive the test that added them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import llmrouter
from llmrouter.policy import Waits
from llmrouter.testing import block_network

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"

VENDOR_KEY_VARIABLES = (
    "OPENAI_API_KEY",
    "ANTHROPIC_API_KEY",
    "GEMINI_API_KEY",
    "GOOGLE_API_KEY",
    "MISTRAL_API_KEY",
    "CO_API_KEY",
    "COHERE_API_KEY",
    "XAI_API_KEY",
    "DEEPSEEK_API_KEY",
    "GROQ_API_KEY",
    "TOGETHER_API_KEY",
    "PERPLEXITY_API_KEY",
    "OPENROUTER_API_KEY",
    "DASHSCOPE_API_KEY",
)


@pytest.fixture(autouse=True)
def _no_network_no_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in VENDOR_KEY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with block_network() as blocked:
        yield
    llmrouter.clear_hooks()
    assert not blocked, f"the test tried to reach the network: {blocked}"


@pytest.fixture(autouse=True)
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retries are on by default: no test may really wait between attempts. The delays asked
    for are recorded, so a test can assert them."""
    asked: list[float] = []

    async def asleep(seconds: float) -> None:
        asked.append(seconds)

    monkeypatch.setattr(Waits, "sleep", staticmethod(asked.append))
    monkeypatch.setattr(Waits, "asleep", staticmethod(asleep))
    return asked


@pytest.fixture
def cassettes() -> Path:
    return CASSETTES
