"""A vendor SDK that is not installed is one typed error naming the extra to install.

Each case runs in a fresh interpreter in which a ``sys.meta_path`` finder makes the SDK's import
fail, as it would without the extra, and makes a real call (key given, so the SDK is the only thing
missing)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from llmrouter import errors
from llmrouter.errors import MissingDependencyError, require
from llmrouter.providers import get_provider
from llmrouter.request import ChatRequest
from llmrouter.types import Message

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = r"""
import asyncio, json, sys

HIDDEN = sys.argv[1]

class Hide:
    def find_spec(self, name, path=None, target=None):
        if name == HIDDEN or name.startswith(HIDDEN + "."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, Hide())
import llmrouter

def describe(exc):
    return {
        "class": type(exc).__name__,
        "status": getattr(exc, "status", None),
        "code": getattr(exc, "code", None),
        "package": getattr(exc, "package", None),
        "extra": getattr(exc, "extra", None),
        "message": str(exc),
        "is_ours": isinstance(exc, llmrouter.LLMRouterError),
    }

out = {}
messages = [{"role": "user", "content": "hi"}]
for mode in ("sync", "async", "stream"):
    try:
        if mode == "sync":
            llmrouter.completion(sys.argv[2], messages, api_key="k-test-12345678", num_retries=0)
        elif mode == "async":
            asyncio.run(llmrouter.acompletion(sys.argv[2], messages, api_key="k-test-12345678", num_retries=0))
        else:
            with llmrouter.completion(
                sys.argv[2], messages, api_key="k-test-12345678", num_retries=0, stream=True
            ) as stream:
                list(stream)
        out[mode] = None
    except BaseException as exc:
        out[mode] = describe(exc)
print(json.dumps(out))
"""


@pytest.mark.parametrize(
    ("hidden", "model", "package", "extra", "hint"),
    [
        (
            "anthropic",
            "anthropic/claude-sonnet-4-5",
            "anthropic",
            "anthropic",
            "pip install 'llmrouter[anthropic]'",
        ),
        (
            "google.genai",
            "gemini/gemini-2.5-flash",
            "google-genai",
            "google",
            "pip install 'llmrouter[google]'",
        ),
        (
            "mistralai",
            "mistral/mistral-small-latest",
            "mistralai",
            "mistral",
            "pip install 'llmrouter[mistral]'",
        ),
        ("cohere", "cohere/command-a-03-2025", "cohere", "cohere", "pip install 'llmrouter[cohere]'"),
        ("openai", "openai/gpt-4o-mini", "openai", None, "pip install openai"),
        ("openai", "groq/llama-3.1-8b-instant", "openai", None, "pip install openai"),
    ],
)
def test_a_missing_sdk_is_one_typed_error_with_the_install_hint(
    hidden: str, model: str, package: str, extra: str | None, hint: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, hidden, model],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    results: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    for mode, result in results.items():
        assert result is not None, f"{mode}: no error without {hidden}"
        assert result["class"] == "MissingDependencyError", (mode, result)
        assert result["is_ours"]
        assert (result["status"], result["code"]) == (500, "missing_dependency")
        assert (result["package"], result["extra"]) == (package, extra)
        assert hint in result["message"], result["message"]
        assert "k-test-12345678" not in result["message"]


@pytest.mark.parametrize("name", ["openai", "groq", "anthropic", "google", "mistral", "cohere"])
def test_an_error_translator_never_imports_an_absent_sdk(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """With the SDK (and httpx) unimportable, translating a foreign error still gives ours."""
    for module in list(sys.modules):
        if module.split(".")[0] in ("openai", "anthropic", "google", "mistralai", "cohere", "httpx"):
            monkeypatch.setitem(sys.modules, module, None)  # None: "import x" raises ImportError
    provider = get_provider(name)
    request = ChatRequest(model="m", messages=[Message(role="user", content="hi")])
    translated = provider.translate_error(ConnectionResetError("reset"), request)
    assert isinstance(translated, errors.LLMRouterError)
    assert translated.provider == name


def test_require_names_the_extra_or_the_package() -> None:
    assert require("json", None).dumps({}) == "{}"
    with pytest.raises(MissingDependencyError) as caught:
        require("no_such_module_xyz", "tokens", package="tiktoken", purpose="token counting")
    error = caught.value
    assert (error.package, error.extra, error.status, error.code) == (
        "tiktoken",
        "tokens",
        500,
        "missing_dependency",
    )
    assert str(error) == (
        "token counting needs the 'tiktoken' package, which is not installed: pip install 'llmrouter[tokens]'"
    )
    assert isinstance(error.__cause__, ImportError)
    with pytest.raises(MissingDependencyError, match=r"pip install redis_absent_xyz$"):
        require("redis_absent_xyz", None)
