"""Loopback fake vendors for ``bench/overhead.py``: one HTTP server, in a child process, that speaks
the wire format of all five SDK-backed vendors (JSON replies and SSE streams shaped like the
cassettes under ``cassettes/<vendor>/``).

Each vendor lives under its own path prefix, so one server and one port serve them all:

=========  ==========================================  =============================================
vendor     base URL given to the SDK                   endpoints
=========  ==========================================  =============================================
openai     ``http://127.0.0.1:P/openai/v1``            ``POST /chat/completions`` (SSE ``data:`` +
                                                       ``[DONE]``, usage chunk with ``choices: []``)
anthropic  ``http://127.0.0.1:P/anthropic``            ``POST /v1/messages`` (named SSE events:
                                                       message_start, content_block_*, ping,
                                                       message_delta, message_stop)
google     ``http://127.0.0.1:P/google``               ``POST /v1beta/models/M:generateContent`` and
                                                       ``:streamGenerateContent?alt=sse`` (one whole
                                                       response per event, ``\\r\\n\\r\\n``)
mistral    ``http://127.0.0.1:P/mistral``              ``POST /v1/chat/completions`` (OpenAI-like
                                                       SSE, usage on the finishing chunk)
cohere     ``http://127.0.0.1:P/cohere``               ``POST /v2/chat`` (named SSE events:
                                                       message-start, content-*, message-end)
=========  ==========================================  =============================================

A streamed reply of K chunks carries K-2 text deltas for every vendor (plus each vendor's own
framing events), so the per-call figures of different vendors describe the same amount of text.
The server is a stdlib ``ThreadingHTTPServer`` with HTTP/1.1 keep-alive and one HTTP chunk per
SSE event, as real servers send them. It runs in a child process so that its CPU is not counted in
the client's ``time.process_time()``; it stops by itself after :data:`MAX_SERVER_LIFETIME_S` or
when its parent dies.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["REPLY_TEXT", "VENDORS", "Server", "base_url"]

VENDORS = ("openai", "anthropic", "google", "mistral", "cohere")
REPLY_TEXT = (
    "Connection pooling keeps a small set of open TCP connections to the server and hands them "
    "out to requests as they come, so that each call skips the handshake, the TLS negotiation "
    "and the slow start of a fresh socket. For an API client that makes many short calls this "
    "is usually the largest single saving, well ahead of anything done in Python."
)
MAX_SERVER_LIFETIME_S = 3600.0
_COMPLETION_TOKENS = len(REPLY_TEXT.split())


def base_url(vendor: str, port: int) -> str:
    """The base URL to give ``vendor``'s SDK (and llmrouter's ``api_base``)."""
    return f"http://127.0.0.1:{port}/{vendor}" + ("/v1" if vendor == "openai" else "")


def _words(k: int) -> list[str]:
    base = REPLY_TEXT.split(" ")
    return [(" " if i else "") + base[i % len(base)] for i in range(k)]


def _compact(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def _data(value: Any) -> bytes:
    return b"data: " + _compact(value) + b"\n\n"


def _named(event: str, value: Any) -> bytes:
    return b"event: " + event.encode() + b"\n" + _data(value)


# --------------------------------------------------------------------------------------------
# OpenAI (cassettes/openai/chat_plain.yaml, chat_stream.yaml)
# --------------------------------------------------------------------------------------------

_OPENAI_ID = "chatcmpl-BqXy7Kd2nF0a9sLmPq3RtUvWxYz12"
_OPENAI_HEAD = {
    "id": _OPENAI_ID,
    "created": 1752000000,
    "model": "gpt-4o-2024-08-06",
    "service_tier": "default",
    "system_fingerprint": "fp_b1442291a8",
}


def _openai_usage(prompt: int, completion: int) -> dict[str, Any]:
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


def openai_json(prompt: int) -> bytes:
    message = {"role": "assistant", "content": REPLY_TEXT, "refusal": None, "annotations": []}
    return _compact(
        {
            **_OPENAI_HEAD,
            "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}],
            "usage": _openai_usage(prompt, _COMPLETION_TOKENS),
        }
    )


def openai_events(k: int, prompt: int, include_usage: bool) -> list[bytes]:
    tail = {"usage": None} if include_usage else {}

    def chunk(delta: dict[str, Any], finish: str | None, obfuscation: str) -> dict[str, Any]:
        return {
            **_OPENAI_HEAD,
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
            **tail,
            "obfuscation": obfuscation,
        }

    events = [_data(chunk({"role": "assistant", "content": "", "refusal": None}, None, "Xy3kQ"))]
    events += [_data(chunk({"content": word}, None, "aB9")) for word in _words(k - 2)]
    events.append(_data(chunk({}, "stop", "Zq7mP1")))
    if include_usage:
        usage = {**_OPENAI_HEAD, "object": "chat.completion.chunk", "choices": []}
        events.append(_data(usage | {"usage": _openai_usage(prompt, k - 2), "obfuscation": "pR4"}))
    events.append(b"data: [DONE]\n\n")
    return events


# --------------------------------------------------------------------------------------------
# Mistral (cassettes/mistral/plain.yaml, stream_text.yaml)
# --------------------------------------------------------------------------------------------

_MISTRAL_HEAD = {
    "id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    "created": 1767225601,
    "model": "mistral-small-latest",
}


def _mistral_usage(prompt: int, completion: int) -> dict[str, Any]:
    return {"prompt_tokens": prompt, "total_tokens": prompt + completion, "completion_tokens": completion}


def mistral_json(prompt: int) -> bytes:
    message = {"role": "assistant", "tool_calls": None, "content": REPLY_TEXT}
    return _compact(
        {
            **_MISTRAL_HEAD,
            "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
            "usage": _mistral_usage(prompt, _COMPLETION_TOKENS),
        }
    )


def mistral_events(k: int, prompt: int) -> list[bytes]:
    def chunk(delta: dict[str, Any], finish: str | None, **extra: Any) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return _data({**_MISTRAL_HEAD, "object": "chat.completion.chunk", "choices": [choice], **extra})

    words = _words(k - 2)
    events = [chunk({"role": "assistant", "content": ""}, None)]
    events += [chunk({"content": word}, None) for word in words]
    events.append(chunk({"content": ""}, "stop", usage=_mistral_usage(prompt, len(words))))
    events.append(b"data: [DONE]\n\n")
    return events


# --------------------------------------------------------------------------------------------
# Anthropic (cassettes/anthropic/plain.yaml, stream_text.yaml)
# --------------------------------------------------------------------------------------------

_ANTHROPIC_ID = "msg_01XFDUDYJgAACzvnptvVoYEL"
_ANTHROPIC_MODEL = "claude-sonnet-4-5-20250929"


def _anthropic_usage(prompt: int, completion: int) -> dict[str, Any]:
    return {
        "input_tokens": prompt,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
        "cache_creation": {"ephemeral_5m_input_tokens": 0, "ephemeral_1h_input_tokens": 0},
        "output_tokens": completion,
        "service_tier": "standard",
    }


def anthropic_json(prompt: int) -> bytes:
    return _compact(
        {
            "id": _ANTHROPIC_ID,
            "type": "message",
            "role": "assistant",
            "model": _ANTHROPIC_MODEL,
            "content": [{"type": "text", "text": REPLY_TEXT}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": _anthropic_usage(prompt, _COMPLETION_TOKENS),
        }
    )


def anthropic_events(k: int, prompt: int) -> list[bytes]:
    message = {
        "id": _ANTHROPIC_ID,
        "type": "message",
        "role": "assistant",
        "model": _ANTHROPIC_MODEL,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": _anthropic_usage(prompt, 1),
    }
    words = _words(k - 2)
    events = [
        _named("message_start", {"type": "message_start", "message": message}),
        _named(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        ),
        _named("ping", {"type": "ping"}),
    ]
    events += [
        _named(
            "content_block_delta",
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": word}},
        )
        for word in words
    ]
    usage = {"input_tokens": prompt, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}
    events += [
        _named("content_block_stop", {"type": "content_block_stop", "index": 0}),
        _named(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": usage | {"output_tokens": len(words)},
            },
        ),
        _named("message_stop", {"type": "message_stop"}),
    ]
    return events


# --------------------------------------------------------------------------------------------
# Google Gemini (cassettes/google/plain.yaml, stream.yaml)
# --------------------------------------------------------------------------------------------


def _gemini_usage(prompt: int, completion: int) -> dict[str, Any]:
    return {
        "promptTokenCount": prompt,
        "candidatesTokenCount": completion,
        "totalTokenCount": prompt + completion,
        "promptTokensDetails": [{"modality": "TEXT", "tokenCount": prompt}],
    }


def _gemini_response(text: str, prompt: int, completion: int, finish: str | None) -> dict[str, Any]:
    candidate: dict[str, Any] = {"content": {"parts": [{"text": text}], "role": "model"}}
    if finish:
        candidate["finishReason"] = finish
    candidate["index"] = 0
    return {
        "candidates": [candidate],
        "usageMetadata": _gemini_usage(prompt, completion),
        "modelVersion": "gemini-2.5-flash",
        "responseId": "oRbJ7UbWIHc0pDMX0w_Yj1K",
    }


def google_json(prompt: int) -> bytes:
    # the real API pretty-prints its JSON replies (cassettes/google/plain.yaml)
    return json.dumps(_gemini_response(REPLY_TEXT, prompt, _COMPLETION_TOKENS, "STOP"), indent=2).encode()


def google_events(k: int, prompt: int) -> list[bytes]:
    words = _words(k - 2)
    return [
        b"data: "
        + json.dumps(_gemini_response(word, prompt, i + 1, "STOP" if i == len(words) - 1 else None)).encode()
        + b"\r\n\r\n"
        for i, word in enumerate(words)
    ]


# --------------------------------------------------------------------------------------------
# Cohere v2 (cassettes/cohere/plain.yaml, stream.yaml)
# --------------------------------------------------------------------------------------------

_COHERE_ID = "c14c80c3-18eb-4519-9460-6c92edd8cfb4"


def _cohere_usage(prompt: int, completion: int) -> dict[str, Any]:
    return {
        "billed_units": {"input_tokens": prompt, "output_tokens": completion},
        "tokens": {"input_tokens": prompt + 490, "output_tokens": completion},
    }


def cohere_json(prompt: int) -> bytes:
    return _compact(
        {
            "id": _COHERE_ID,
            "message": {"role": "assistant", "content": [{"type": "text", "text": REPLY_TEXT}]},
            "finish_reason": "COMPLETE",
            "usage": _cohere_usage(prompt, _COMPLETION_TOKENS),
        }
    )


def cohere_events(k: int, prompt: int) -> list[bytes]:
    words = _words(k - 2)
    start = {"role": "assistant", "content": [], "tool_plan": "", "tool_calls": [], "citations": []}
    events = [
        _named("message-start", {"id": _COHERE_ID, "type": "message-start", "delta": {"message": start}}),
        _named(
            "content-start",
            {
                "type": "content-start",
                "index": 0,
                "delta": {"message": {"content": {"type": "text", "text": ""}}},
            },
        ),
    ]
    events += [
        _named(
            "content-delta",
            {"type": "content-delta", "index": 0, "delta": {"message": {"content": {"text": word}}}},
        )
        for word in words
    ]
    events += [
        _named("content-end", {"type": "content-end", "index": 0}),
        _named(
            "message-end",
            {
                "type": "message-end",
                "delta": {"finish_reason": "COMPLETE", "usage": _cohere_usage(prompt, len(words))},
            },
        ),
        b"data: [DONE]\n\n",
    ]
    return events


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------


def _prompt_tokens(request: dict[str, Any]) -> int:
    """A rough token count of the prompt, whatever the vendor's request shape."""
    return max(1, len(json.dumps(request.get("messages") or request.get("contents") or "").split()))


def _route(path: str, request: dict[str, Any], k: int) -> tuple[bytes | None, list[bytes] | None]:
    """(JSON body, None) or (None, SSE events) for a request, or (None, None) when unknown."""
    prompt = _prompt_tokens(request)
    path, _, _query = path.partition("?")
    if path == "/openai/v1/chat/completions":
        if request.get("stream"):
            usage = bool((request.get("stream_options") or {}).get("include_usage"))
            return None, openai_events(k, prompt, usage)
        return openai_json(prompt), None
    if path == "/mistral/v1/chat/completions":
        return (None, mistral_events(k, prompt)) if request.get("stream") else (mistral_json(prompt), None)
    if path == "/anthropic/v1/messages":
        return (
            (None, anthropic_events(k, prompt)) if request.get("stream") else (anthropic_json(prompt), None)
        )
    if path.startswith("/google/v1beta/models/"):
        if path.endswith(":streamGenerateContent"):
            return None, google_events(k, prompt)
        if path.endswith(":generateContent"):
            return google_json(prompt), None
    if path == "/cohere/v2/chat":
        return (None, cohere_events(k, prompt)) if request.get("stream") else (cohere_json(prompt), None)
    return None, None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    disable_nagle_algorithm = True  # small SSE writes must not wait on delayed ACKs
    timeout = 120  # an idle keep-alive connection ends the handler's request loop
    server_version = "bench-vendor/1.0"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        with self.server.stats_lock:  # type: ignore[attr-defined]
            self.server.stats["connections"].value += 1  # type: ignore[attr-defined]

    def _send_json(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("x-request-id", "req_0123456789abcdef0123456789abcdef")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        with self.server.stats_lock:  # type: ignore[attr-defined]
            self.server.stats["requests"].value += 1  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        if length > 10_000_000:
            self._send_json(413, b'{"error":{"message":"too large","type":"invalid_request_error"}}')
            self.close_connection = True
            return
        try:
            request = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            self._send_json(400, b'{"error":{"message":"bad json","type":"invalid_request_error"}}')
            return
        body, events = _route(self.path, request, self.server.chunks)  # type: ignore[attr-defined]
        if body is not None:
            self._send_json(200, body)
            return
        if events is None:
            self._send_json(404, b'{"error":{"message":"not found","type":"invalid_request_error"}}')
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("x-request-id", "req_0123456789abcdef0123456789abcdef")
        if self.server.sse_close:  # type: ignore[attr-defined]
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            for event in events:
                self.wfile.write(event)
            return
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for event in events:  # one HTTP chunk per SSE event, as a real server sends them
            self.wfile.write(b"%x\r\n%s\r\n" % (len(event), event))
        self.wfile.write(b"0\r\n\r\n")


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # the listen backlog: 50+ concurrent async clients connect at once

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that closes a stream early (or a keep-alive connection at exit) is normal here.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def _serve(port_conn: Any, stop: Any, chunks: int, sse_close: bool, requests: Any, connections: Any) -> None:
    server = _HTTPServer(("127.0.0.1", 0), _Handler)
    server.chunks = chunks  # type: ignore[attr-defined]
    server.sse_close = sse_close  # type: ignore[attr-defined]
    server.stats = {"requests": requests, "connections": connections}  # type: ignore[attr-defined]
    server.stats_lock = threading.Lock()  # type: ignore[attr-defined]
    port_conn.send(server.server_address[1])
    port_conn.close()
    parent = os.getppid()

    def watchdog() -> None:
        deadline = time.monotonic() + MAX_SERVER_LIFETIME_S
        while not stop.wait(0.5):
            if time.monotonic() > deadline or os.getppid() != parent:
                break
        server.shutdown()

    threading.Thread(target=watchdog, daemon=True).start()
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()


class Server:
    """The loopback server in a child process; a context manager that always stops it."""

    def __init__(self, chunks: int, *, sse_close: bool = False) -> None:
        ctx = mp.get_context("spawn")
        self._stop = ctx.Event()
        self.requests = ctx.Value("q", 0)
        self.connections = ctx.Value("q", 0)
        parent_conn, child_conn = ctx.Pipe(duplex=False)
        self._process = ctx.Process(
            target=_serve,
            args=(child_conn, self._stop, chunks, sse_close, self.requests, self.connections),
            daemon=True,
        )
        self._process.start()
        child_conn.close()
        if not parent_conn.poll(30):
            self.stop()
            raise RuntimeError("the bench server did not start")
        self.port: int = parent_conn.recv()
        parent_conn.close()
        self._wait_ready()

    def url(self, vendor: str) -> str:
        return base_url(vendor, self.port)

    def _wait_ready(self) -> None:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the bench server does not accept connections")

    def stop(self) -> None:
        self._stop.set()
        self._process.join(5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(5)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


#: Every vendor's (JSON body, SSE events) builders, for tests of the bench itself.
BUILDERS: dict[str, tuple[Callable[[int], bytes], Callable[[int, int], list[bytes]]]] = {
    "openai": (openai_json, lambda k, p: openai_events(k, p, True)),
    "anthropic": (anthropic_json, anthropic_events),
    "google": (google_json, google_events),
    "mistral": (mistral_json, mistral_events),
    "cohere": (cohere_json, cohere_events),
}


def main() -> None:
    """``python bench/vendor_servers.py [--port P] [--chunks K]``: serve in the foreground (for profiling
    one side by hand against a server that outlives the profiler)."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--chunks", type=int, default=30)
    parser.add_argument("--sse-close", action="store_true")
    args = parser.parse_args()
    server = _HTTPServer(("127.0.0.1", args.port), _Handler)
    server.chunks = args.chunks  # type: ignore[attr-defined]
    server.sse_close = args.sse_close  # type: ignore[attr-defined]
    server.stats = {"requests": mp.Value("q", 0), "connections": mp.Value("q", 0)}  # type: ignore[attr-defined]
    server.stats_lock = threading.Lock()  # type: ignore[attr-defined]
    for vendor in VENDORS:
        print(f"{vendor:10s} {base_url(vendor, args.port)}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
