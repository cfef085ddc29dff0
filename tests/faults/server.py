"""A loopback HTTP server that speaks each vendor's wire format and injects one fault per request.

Real sockets, so every official SDK is exercised through its own HTTP stack exactly as against the
vendor: ``api_base=server.base_for(vendor)`` points a provider at it. The server answers request
number *i* with ``script[i]`` (the last entry repeats), and counts the requests it received, so a
test can assert how many attempts a call made.

Faults: ``ok``, ``429`` (with ``Retry-After: 7``), ``500``, ``502``, ``503``, ``529``, ``reset`` (a
TCP RST once the request is read), ``stall`` (no answer until the client hangs up, counted in
``hangups``, or the server closes, at most 10 s: the client's timeout must fire), ``cut`` (a stream closed after its first events, without the end marker; a JSON body
shorter than its Content-Length), ``badjson`` (status 200, not JSON, or SSE events that are not),
``html`` (a proxy's HTML page with status 200), ``proxyjson`` (``{"status": "ok"}`` with status
200, as a health endpoint behind a wrong base URL answers). ``refused`` needs no server: see :func:`refused_base`.
"""

from __future__ import annotations

import json
import select
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from . import wire

__all__ = ["FaultServer", "fault_server", "refused_base"]


@dataclass
class Received:
    method: str
    path: str
    body: dict[str, Any]


@dataclass
class FaultServer:
    vendor: str
    script: list[str]
    port: int = 0
    received: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(128)
        self._sock.settimeout(0.05)
        self.port = self._sock.getsockname()[1]
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []
        self.hangups = 0
        """Stalled requests whose client gave up (closed the connection) before the server did."""
        self._hung_up = threading.Event()
        self._accepter = threading.Thread(target=self._accept, daemon=True)
        self._accepter.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def requests(self) -> int:
        return len(self.received)

    def base(self) -> str:
        return wire.base_url(self.vendor, self.url)

    @property
    def open_connections(self) -> int:
        """Connections still being served: a client's kept-alive ones end when it closes them."""
        return sum(thread.is_alive() for thread in self._threads)

    def wait_for_hangup(self, timeout: float) -> bool:
        """Whether a client hung up on a stalled request (waiting at most ``timeout`` seconds)."""
        return self._hung_up.wait(timeout)

    def close(self) -> None:
        self._stop.set()
        self._accepter.join()
        for conn in self._conns:  # wakes the threads waiting on a kept-alive connection
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in self._threads:
            thread.join(timeout=2)
        self._sock.close()

    # -- serving -----------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            self._conns.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        reader = conn.makefile("rb")
        try:
            while not self._stop.is_set():
                request = _read_request(reader)
                if request is None:
                    return
                with self._lock:
                    number = len(self.received)
                    self.received.append(request)
                fault = self.script[min(number, len(self.script) - 1)]
                if not self._answer(conn, request, fault):
                    return
        except OSError:
            return
        finally:
            reader.close()
            conn.close()

    def _answer(self, conn: socket.socket, request: Received, fault: str) -> bool:
        """Sends the answer; ``False`` when the connection must not be reused."""
        stream = wire.is_stream(self.vendor, request.path, request.body)
        if fault == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if fault == "stall":
            self._stall(conn)
            return False
        if fault in ("429", "500", "502", "503", "529"):
            status = int(fault)
            headers = {"Content-Type": "application/json", "Retry-After": "7"} if status == 429 else {}
            headers.setdefault("Content-Type", "application/json")
            _send(conn, status, headers, json.dumps(wire.error_body(self.vendor, status)).encode())
            return True
        if fault == "html":
            page = b"<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>"
            _send(conn, 200, {"Content-Type": "text/html"}, page)
            return True
        if fault == "proxyjson":  # a proxy's or load balancer's own JSON, status 200
            _send(conn, 200, {"Content-Type": "application/json"}, b'{"status": "ok"}')
            return True
        if fault == "badjson":
            if stream:
                _send_stream(conn, [*wire.stream_events(self.vendor)[:1], wire.corrupt_event(self.vendor)])
                return False
            _send(conn, 200, {"Content-Type": "application/json"}, b'{"id": "x", "choices": [')
            return True
        if stream:
            events = wire.stream_events(self.vendor)
            _send_stream(conn, events[:2] if fault == "cut" else events)
            return False
        body = json.dumps(wire.reply_body(self.vendor)).encode()
        if fault == "cut":
            head = _head(200, {"Content-Type": "application/json", "Content-Length": str(len(body))})
            conn.sendall(head + body[: len(body) // 2])
            return False
        _send(conn, 200, {"Content-Type": "application/json"}, body)
        return True

    def _stall(self, conn: socket.socket) -> None:
        end = time.monotonic() + 10
        while not self._stop.is_set() and time.monotonic() < end:
            readable, _, _ = select.select([conn], [], [], 0.02)
            if readable and _peer_closed(conn):
                with self._lock:
                    self.hangups += 1
                self._hung_up.set()
                return


def _peer_closed(conn: socket.socket) -> bool:
    try:
        return not conn.recv(1, socket.MSG_PEEK)
    except OSError:  # reset by the peer
        return True


def _read_request(reader: Any) -> Received | None:
    line = reader.readline()
    if not line:
        return None
    method, path, _ = line.decode("latin-1").split(" ", 2)
    length = 0
    while True:
        header = reader.readline()
        if header in (b"\r\n", b"\n", b""):
            break
        name, _, value = header.decode("latin-1").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    raw = reader.read(length) if length else b""
    try:
        body = json.loads(raw) if raw else {}
    except ValueError:
        body = {}
    return Received(method, path, body if isinstance(body, dict) else {})


_REASONS = {200: "OK", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway"}


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _send(conn: socket.socket, status: int, headers: dict[str, str], body: bytes) -> None:
    conn.sendall(_head(status, {**headers, "Content-Length": str(len(body))}) + body)


def _send_stream(conn: socket.socket, events: list[bytes]) -> None:
    """A close-delimited SSE body: what ends it is the connection closing, as with a proxy
    that drops the upstream; only the vendor's own end marker says the reply is complete."""
    conn.sendall(_head(200, {"Content-Type": "text/event-stream", "Connection": "close"}))
    for event in events:
        conn.sendall(event)


@contextmanager
def fault_server(vendor: str, *script: str) -> Iterator[FaultServer]:
    server = FaultServer(vendor, list(script) or ["ok"])
    try:
        yield server
    finally:
        server.close()


def refused_base(vendor: str) -> str:
    """A loopback base URL on which nothing listens: the connection is refused."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return wire.base_url(vendor, f"http://127.0.0.1:{port}")
