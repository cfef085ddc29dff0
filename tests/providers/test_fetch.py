"""llmrouter.fetch: the one bounded fetcher for caller-supplied image URLs.

Refusals happen before any connection (the network tripwire would fail the test otherwise); the
success paths run against a real loopback HTTP server with the documented opt-in, or against an
``httpx.MockTransport`` where a public host has to be simulated (its name resolved by a patched
resolver), so that a redirect from a "public" host to loopback can be asserted.
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from llmrouter import errors, fetch
from llmrouter.loop_clients import LoopClients
from llmrouter.request import ChatRequest
from llmrouter.types import Message

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
    hits: list[str] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        status, headers, body = self.routes.get(self.path.split("?", 1)[0], (404, {}, b"no"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:  # the library and its tests never print
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str], dict[str, tuple[int, dict[str, str], bytes]]]]:
    handler = type("Handler", (_Handler,), {"routes": {}, "hits": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    handler.routes.update(
        {
            "/img.png": (200, {"Content-Type": "image/png"}, PNG),
            "/page": (200, {"Content-Type": "text/html"}, b"<html>hi</html>"),
            "/big": (200, {"Content-Type": "image/png"}, PNG * 100),
            "/hop": (302, {"Location": "/img.png"}, b""),
        }
    )
    try:
        yield base, handler.hits, handler.routes
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def fresh_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own fetch clients, so a mock transport or a closed loop never leaks."""
    monkeypatch.setattr(fetch, "_client", None)
    monkeypatch.setattr(fetch, "_async_clients", LoopClients(lambda client: client.aclose()))


@pytest.fixture
def private_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "allow_private_image_urls", True)


def chat_request() -> ChatRequest:
    return ChatRequest(model="m", messages=[Message(role="user", content="hi")], timeout=5.0)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://127.0.0.1/cat.png?token=s3cret", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://10.0.0.1/x.png", "private"),
        ("http://192.168.1.10/x.png", "private"),
        ("http://[::ffff:127.0.0.1]/x.png", "loopback"),  # IPv4-mapped IPv6
        ("http://[fe80::1]/x.png", "link-local"),
        ("http://0.0.0.0/x.png", "unspecified"),
        ("http://224.0.0.1/x.png", "multicast"),
        ("http://localhost/x.png", "loopback"),
        ("http://100.64.0.1/x.png", "not a public address"),
    ],
)
@pytest.mark.parametrize("use_async", [False, True])
async def test_private_addresses_are_refused_before_any_request(url: str, why: str, use_async: bool) -> None:
    with pytest.raises(errors.InvalidRequestError) as caught:
        if use_async:
            await fetch.afetch_image(url)
        else:
            fetch.fetch_image(url)
    error = caught.value
    assert error.param == "messages" and error.status == 400
    assert why in error.message
    assert "allow_private_image_urls" in error.message  # says how to opt in
    assert "s3cret" not in str(error) and "?" not in error.message


@pytest.mark.parametrize("url", ["ftp://example.com/x.png", "file:///etc/passwd", "http:///x.png"])
def test_only_http_and_https_urls_with_a_host(url: str) -> None:
    with pytest.raises(errors.InvalidRequestError) as caught:
        fetch.fetch_image(url)
    assert caught.value.param == "messages"


def test_every_resolved_address_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name with one public and one private address is refused (the private one could be used)."""
    monkeypatch.setattr(fetch, "_resolve", lambda host, port: ["93.184.216.34", "10.1.2.3"])
    with pytest.raises(errors.InvalidRequestError, match=r"10\.1\.2\.3, which is a private address"):
        fetch.fetch_image("https://images.example/x.png")


def mock_public(monkeypatch: pytest.MonkeyPatch, handler: Callable[[httpx.Request], httpx.Response]) -> None:
    """``images.example`` resolves to a public address and is served by ``handler``."""

    original = fetch._resolve

    def resolve(host: str, port: int) -> list[str]:
        return ["93.184.216.34"] if host == "images.example" else original(host, port)

    async def aresolve(host: str, port: int) -> list[str]:
        return resolve(host, port)

    monkeypatch.setattr(fetch, "_resolve", resolve)
    monkeypatch.setattr(fetch, "_aresolve", aresolve)
    options = fetch._client_options
    monkeypatch.setattr(
        fetch,
        "_client_options",
        lambda: {**options(), "transport": httpx.MockTransport(handler)},
    )


@pytest.mark.parametrize("use_async", [False, True])
async def test_a_redirect_to_loopback_is_refused(monkeypatch: pytest.MonkeyPatch, use_async: bool) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://127.0.0.1:9/admin.png"})

    mock_public(monkeypatch, handler)
    with pytest.raises(errors.InvalidRequestError, match=r"127\.0\.0\.1, which is a loopback address"):
        if use_async:
            await fetch.afetch_image("https://images.example/cat.png")
        else:
            fetch.fetch_image("https://images.example/cat.png")
    assert seen == ["https://images.example/cat.png"]  # the loopback hop was never requested


def test_redirects_are_followed_hop_by_hop_up_to_a_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path == "/final.png":
            return httpx.Response(200, headers={"Content-Type": "image/png"}, content=PNG)
        if request.url.path == "/loop":
            return httpx.Response(301, headers={"Location": "/loop"})
        return httpx.Response(307, headers={"Location": "/final.png"})

    mock_public(monkeypatch, handler)
    assert fetch.fetch_image("https://images.example/start") == (PNG, "image/png")
    assert seen == ["/start", "/final.png"]
    seen.clear()
    with pytest.raises(errors.InvalidRequestError, match="more than 5 redirects"):
        fetch.fetch_image("https://images.example/loop")
    assert len(seen) == fetch.MAX_REDIRECTS + 1


@pytest.mark.usefixtures("private_allowed")
@pytest.mark.parametrize("use_async", [False, True])
async def test_opt_in_allows_a_loopback_server(server: Any, use_async: bool) -> None:
    base, hits, _ = server
    if use_async:
        image = await fetch.afetch_image(base + "/hop")
    else:
        image = fetch.fetch_image(base + "/hop")
    assert image == (PNG, "image/png")
    assert hits == ["/hop", "/img.png"]  # the redirect was followed by us, re-checked


@pytest.mark.usefixtures("private_allowed")
@pytest.mark.parametrize("use_async", [False, True])
async def test_an_oversized_body_is_refused(server: Any, use_async: bool) -> None:
    base, _, routes = server
    # refused from its Content-Length, before the body is read (the next test: without one)
    status, headers, body = routes["/big"]
    with pytest.raises(errors.InvalidRequestError, match="larger than 100 bytes"):
        if use_async:
            await fetch.afetch_image(base + "/big", max_bytes=100)
        else:
            fetch.fetch_image(base + "/big", max_bytes=100)
    assert len(body) > 100 and status == 200 and headers


@pytest.mark.usefixtures("private_allowed")
def test_the_cap_holds_without_a_content_length(monkeypatch: pytest.MonkeyPatch) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        chunks = iter([PNG] * 50)
        return httpx.Response(200, headers={"Content-Type": "image/png"}, content=chunks)

    monkeypatch.setattr(
        fetch,
        "_client_options",
        lambda: {"follow_redirects": False, "transport": httpx.MockTransport(handler)},
    )
    with pytest.raises(errors.InvalidRequestError, match="larger than 64 bytes"):
        fetch.fetch_image("http://127.0.0.1/stream.png", max_bytes=64)


@pytest.mark.usefixtures("private_allowed")
@pytest.mark.parametrize(("path", "message"), [("/page", "not an image"), ("/nothing", "HTTP 404")])
def test_non_images_and_errors_are_refused(server: Any, path: str, message: str) -> None:
    base, _, _ = server
    with pytest.raises(errors.InvalidRequestError, match=message) as caught:
        fetch.fetch_image(base + path + "?sig=abc")
    assert "sig=abc" not in str(caught.value)


@pytest.mark.usefixtures("private_allowed")
def test_a_refused_connection_is_a_typed_error() -> None:
    with pytest.raises(
        errors.InvalidRequestError, match=re.escape("could not fetch image http://127.0.0.1:9/x.png")
    ):
        fetch.fetch_image("http://127.0.0.1:9/x.png")


@pytest.mark.usefixtures("private_allowed")
async def test_images_are_fetched_once_per_call_across_attempts(server: Any) -> None:
    base, hits, _ = server
    request = chat_request()
    url = base + "/img.png"
    for _attempt in range(2):  # what two attempts of one call do
        images = fetch.fetch_images(request, [url])
        assert images[url] == (PNG, "image/png")
    assert await fetch.afetch_images(request, [url]) == {url: (PNG, "image/png")}
    assert hits == ["/img.png"]
    fetch.fetch_images(chat_request(), [url])  # another call fetches again
    assert hits == ["/img.png", "/img.png"]


@pytest.mark.usefixtures("private_allowed")
def test_one_shared_sync_client_and_one_async_client_per_loop(server: Any) -> None:
    base, _, _ = server
    fetch.fetch_image(base + "/img.png")
    first = fetch._client
    fetch.fetch_image(base + "/img.png")
    assert first is not None and fetch._client is first

    async def client_of_this_loop() -> Any:
        await fetch.afetch_image(base + "/img.png")
        return fetch._async_client()

    one, two = asyncio.run(client_of_this_loop()), asyncio.run(client_of_this_loop())
    assert one is not two
    assert one.is_closed and two.is_closed  # each closed as its loop shut down
    assert len(fetch._async_clients) == 0  # and no loop is held


def rebinding_name(monkeypatch: pytest.MonkeyPatch, answers: list[list[str]]) -> list[str]:
    """``images.example`` resolves to each of ``answers`` in turn (a DNS answer that changes)."""
    asked: list[str] = []

    def resolve(host: str, port: int) -> list[str]:
        asked.append(host)
        return answers[min(len(asked), len(answers)) - 1]

    async def aresolve(host: str, port: int) -> list[str]:
        return resolve(host, port)

    monkeypatch.setattr(fetch, "_resolve", resolve)
    monkeypatch.setattr(fetch, "_aresolve", aresolve)
    return asked


def named_url(server: Any) -> tuple[str, list[str]]:
    """The test server's image under the name ``images.example``, and the server's hit list."""
    base, hits, _ = server
    return f"http://images.example:{base.rsplit(':', 1)[1]}/img.png", hits


@pytest.mark.parametrize("use_async", [False, True])
async def test_a_dns_answer_that_turns_private_after_the_check_is_refused_at_connect(
    server: Any, monkeypatch: pytest.MonkeyPatch, use_async: bool
) -> None:
    """DNS rebinding: public for the check, loopback for the connection; the connection is refused."""
    asked = rebinding_name(monkeypatch, [["93.184.216.34"], ["127.0.0.1"]])
    url, hits = named_url(server)
    with pytest.raises(errors.InvalidRequestError, match="refused at connect time") as caught:
        if use_async:
            await fetch.afetch_image(url)
        else:
            fetch.fetch_image(url)
    assert "127.0.0.1, which is a loopback address" in caught.value.message
    assert asked == ["images.example", "images.example"]  # checked, then resolved again to connect
    assert hits == []  # the loopback server was never reached


@pytest.mark.parametrize("use_async", [False, True])
async def test_the_connection_goes_to_the_checked_address_not_a_fresh_lookup(
    server: Any, monkeypatch: pytest.MonkeyPatch, use_async: bool
) -> None:
    """``images.example`` has no real DNS entry: the fetch only works if we connect to what we checked."""
    rebinding_name(monkeypatch, [["127.0.0.1"]])
    checked = fetch._address_not_allowed
    monkeypatch.setattr(fetch, "_address_not_allowed", lambda a: None if a == "127.0.0.1" else checked(a))
    url, hits = named_url(server)
    image = await fetch.afetch_image(url) if use_async else fetch.fetch_image(url)
    assert image == (PNG, "image/png") and hits == ["/img.png"]
