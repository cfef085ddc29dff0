"""Replays the real vendor recordings in ``../shared/conformance`` through our providers.

The recordings come in two dialects (see that folder's MANIFEST.md): stock vcrpy, and
pydantic-ai's, whose bodies are parsed into YAML (``parsed_body``). :func:`replay` turns the one
interaction a test needs into a stock vcrpy cassette in a temporary folder (nothing is copied
into the project) and replays it with llmrouter's own cassette helper. Requests are matched on
method, host and path only: the point here is what we make of the vendor's real reply.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from llmrouter.testing import use_cassette

_DEFAULT = Path(__file__).resolve().parents[2].parent / "shared" / "conformance"
CONFORMANCE_DIR = Path(os.environ.get("LLMROUTER_CONFORMANCE_DIR", _DEFAULT))
SKIP_REASON = f"the shared conformance recordings are absent (looked in {CONFORMANCE_DIR})"

_DROP_HEADERS = {"content-length", "content-encoding", "transfer-encoding"}

#: The vendors' finish/stop reasons and what the OpenAI shape calls them.
FINISH_REASONS = {
    "stop": "stop",
    "length": "length",
    "tool_calls": "tool_calls",
    "content_filter": "content_filter",
    "end_turn": "stop",
    "stop_sequence": "stop",
    "max_tokens": "length",
    "tool_use": "tool_calls",
    "STOP": "stop",
    "MAX_TOKENS": "length",
    "SAFETY": "content_filter",
    "COMPLETE": "stop",
    "STOP_SEQUENCE": "stop",
    "TOOL_CALL": "tool_calls",
}


def check_text_finish_and_tools(reply: Any, entry: dict[str, Any], provider: str) -> None:
    """What every vendor's reply must state the same way: who served it, the text (first 60 code
    points; ``None`` when there is none), the mapped finish reason and the tool calls."""
    assert reply.provider == provider
    content = reply.content or None
    if entry["text_prefix"] is None:
        assert content is None
    else:
        assert content is not None and content[:60] == entry["text_prefix"]
    assert reply.finish_reason == FINISH_REASONS[entry["vendor_finish_reason"]]
    assert [(c.function.name, json.loads(c.function.arguments)) for c in reply.tool_calls] == [
        (t["name"], t["arguments"]) for t in entry["tool_calls"]
    ]


MESSAGES = [{"role": "user", "content": "conformance replay"}]


def call_recorded(vendor: str, entry: dict[str, Any], **params: Any) -> Any:
    """The entry's model, streamed or not as it was recorded; a stream is read to its end."""
    import llmrouter

    model = f"{vendor}/{entry['model']}"
    if entry["stream"]:
        return llmrouter.completion(model, MESSAGES, stream=True, **params).get_final_completion()
    return llmrouter.completion(model, MESSAGES, **params)


async def acall_recorded(vendor: str, entry: dict[str, Any], **params: Any) -> Any:
    """The async twin of :func:`call_recorded`."""
    import llmrouter

    model = f"{vendor}/{entry['model']}"
    if entry["stream"]:
        stream = await llmrouter.acompletion(model, MESSAGES, stream=True, **params)
        return await stream.get_final_completion()
    return await llmrouter.acompletion(model, MESSAGES, **params)


def available() -> bool:
    return (CONFORMANCE_DIR / "expected.json").is_file()


def expected_for(vendor: str) -> list[dict[str, Any]]:
    """The facts for one vendor's interactions, or [] when the recordings are absent."""
    if not available():
        return []
    entries = json.loads((CONFORMANCE_DIR / "expected.json").read_text())
    return [entry for entry in entries if entry["vendor"] == vendor]


def case_id(entry: dict[str, Any]) -> str:
    name = Path(entry["file"]).stem.split("__", 1)[-1]
    return f"{name}#{entry['interaction']}"


def _body_text(raw: Any) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, dict):
        raw = raw.get("string")
    if isinstance(raw, bytes):
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        return raw.decode("utf-8")
    return str(raw)


def _headers(headers: dict[str, Any] | None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, value in (headers or {}).items():
        if name.lower() in _DROP_HEADERS:
            continue
        out[name] = value if isinstance(value, list) else [value]
    return out


def to_stock_interaction(interaction: dict[str, Any]) -> dict[str, Any]:
    """One interaction of either dialect as stock vcrpy data, with a plain-text body."""
    request, response = interaction["request"], interaction["response"]
    request_body = (
        json.dumps(request["parsed_body"]) if "parsed_body" in request else _body_text(request.get("body"))
    )
    response_body = (
        json.dumps(response["parsed_body"]) if "parsed_body" in response else _body_text(response.get("body"))
    )
    status = response["status"]
    return {
        "request": {
            "method": request["method"],
            "uri": request["uri"].split("#", 1)[0],
            "body": request_body,
            "headers": _headers(request.get("headers")),
        },
        "response": {
            "status": status if isinstance(status, dict) else {"code": int(status), "message": ""},
            "headers": _headers(response.get("headers")),
            "body": {"string": response_body or ""},
        },
    }


def load_interaction(entry: dict[str, Any]) -> dict[str, Any]:
    data = yaml.load((CONFORMANCE_DIR / entry["file"]).read_text(), Loader=yaml.Loader)
    return data["interactions"][entry["interaction"]]


def recorded_request_json(entry: dict[str, Any]) -> Any:
    """The request body the other project sent, parsed; for deriving our call's arguments."""
    body = to_stock_interaction(load_interaction(entry))["request"]["body"]
    return json.loads(body) if body else None


@contextlib.contextmanager
def replay(entry: dict[str, Any]) -> Iterator[list[Any]]:
    """Serves exactly this entry's interaction to whatever SDK call the test makes."""
    if not available():
        pytest.skip(SKIP_REASON)
    stock = {"interactions": [to_stock_interaction(load_interaction(entry))], "version": 1}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "interaction.yaml"
        path.write_text(yaml.safe_dump(stock, allow_unicode=True))
        with use_cassette(path, match_on=("method", "host", "path")) as sent:
            yield sent
