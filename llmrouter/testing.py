"""Record and replay vendor HTTP for tests, for llmrouter and for authors of provider plugins.

    from llmrouter.testing import use_cassette, block_network

    with block_network(), use_cassette("cassettes/acme/plain.yaml") as sent:
        reply = llmrouter.completion("acme/model-1", messages)
    assert json.loads(sent[0].body)["model"] == "model-1"

Replay is the default (``record_mode="none"``); set ``LLMROUTER_RECORD=once`` (or ``all``) to
record against the live API. Credentials are filtered from requests and responses before anything
is written. Requires the ``vcrpy`` package (a test dependency, not a runtime one).
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import require

__all__ = [
    "FILTERED_HEADERS",
    "NetworkBlockedError",
    "block_network",
    "request_json",
    "use_cassette",
    "vcr_config",
]

#: Request and response headers that are never written to a cassette.
FILTERED_HEADERS = (
    "authorization",
    "x-api-key",
    "api-key",
    "x-goog-api-key",
    "cookie",
    "set-cookie",
    "openai-organization",
    "openai-project",
    "anthropic-organization-id",
    "x-stainless-arch",
    "x-stainless-os",
    "x-stainless-runtime-version",
    "x-stainless-package-version",
    "user-agent",
)


class NetworkBlockedError(RuntimeError):
    """A test tried to reach a real host; only loopback is allowed."""


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers") or {}
    for name in list(headers):
        if name.lower() in FILTERED_HEADERS:
            del headers[name]
    return response


def vcr_config(record_mode: str | None = None, **overrides: Any) -> dict[str, Any]:
    """The settings every llmrouter cassette uses; ``overrides`` win."""
    config: dict[str, Any] = {
        "record_mode": record_mode or os.environ.get("LLMROUTER_RECORD", "none"),
        "filter_headers": list(FILTERED_HEADERS),
        "filter_query_parameters": ["key", "api_key"],
        "match_on": ("method", "scheme", "host", "port", "path", "query"),
        "decode_compressed_response": True,
        "before_record_response": _scrub_response,
    }
    config.update(overrides)
    return config


@contextlib.contextmanager
def use_cassette(
    path: str | os.PathLike[str], *, filter_credentials: bool = True, **overrides: Any
) -> Iterator[list[Any]]:
    """Replays ``path``; yields the list of requests the SDK actually sent (vcrpy ``Request``s),
    so a test can assert on the wire body. Their credential headers are removed unless
    ``filter_credentials=False`` (for a test that checks which key was sent)."""
    vcr = require("vcr", "testing", package="vcrpy", purpose="llmrouter.testing.use_cassette")

    sent: list[Any] = []
    per_cassette = {k: overrides.pop(k) for k in ("allow_playback_repeats",) if k in overrides}
    recorder = vcr.VCR(**vcr_config(**overrides))
    with recorder.use_cassette(str(Path(path)), **per_cassette) as cassette:
        # play_response runs exactly once per replayed request, append once per recorded one.
        play, append = cassette.play_response, cassette.append

        def keep(request: Any) -> Any:
            return _filtered_copy(request) if filter_credentials else request

        def played(request: Any) -> Any:
            sent.append(keep(request))
            return play(request)

        def recorded(request: Any, response: Any) -> None:
            sent.append(keep(request))
            append(request, response)

        cassette.play_response = played
        cassette.append = recorded
        yield sent


def _filtered_copy(request: Any) -> Any:
    """What a test gets to see of a request: everything but credentials."""
    import copy

    clone = copy.copy(request)
    clone.headers = {k: v for k, v in request.headers.items() if k.lower() not in FILTERED_HEADERS}
    return clone


def request_json(request: Any) -> Any:
    """The JSON body of a captured request."""
    body = request.body
    if isinstance(body, bytes):
        body = body.decode("utf-8")
    return json.loads(body) if body else None


def _is_loopback(address: Any) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX paths
        return True
    host = address[0] if isinstance(address, tuple) and address else address
    if host in ("localhost", "", None):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@contextlib.contextmanager
def block_network() -> Iterator[list[Any]]:
    """Fails any connection to a non-loopback address, so a test can never reach a vendor.

    Yields the list of blocked addresses: an SDK may swallow the error into its own connection
    error, so a test fixture should also fail the test when the list is not empty."""
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex
    blocked: list[Any] = []

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        if not _is_loopback(address):
            blocked.append(address)
            raise NetworkBlockedError(f"test tried to reach {address!r}; tests must replay cassettes")
        return original_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> Any:
        if not _is_loopback(address):
            blocked.append(address)
            raise NetworkBlockedError(f"test tried to reach {address!r}; tests must replay cassettes")
        return original_connect_ex(self, address)

    socket.socket.connect = guarded_connect  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign,assignment]
    try:
        yield blocked
    finally:
        socket.socket.connect = original_connect  # type: ignore[method-assign,assignment]
        socket.socket.connect_ex = original_connect_ex  # type: ignore[method-assign,assignment]
