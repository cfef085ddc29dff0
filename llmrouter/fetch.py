"""The one bounded fetcher for caller-supplied image URLs (vendors that cannot fetch them).

A caller's ``image_url`` is untrusted input that makes *this process* open a connection, so every
fetch goes through here and is bounded:

* **One shared client**: one lazily created ``httpx.Client`` for sync calls and one
  ``httpx.AsyncClient`` per event loop for async calls (an async pool must not outlive its loop:
  it keeps no idle connections and is closed when its loop shuts down, see
  :mod:`llmrouter.loop_clients`).
* **Only http and https**, a timeout (the call's ``timeout``, else :data:`DEFAULT_TIMEOUT`), and a
  size cap: the body is streamed and the fetch stops as soon as it passes ``max_bytes``.
* **No private addresses**: the host of every URL, and of every redirect hop, is resolved and
  *every* address it resolves to is checked; loopback, link-local, private, multicast, reserved,
  unspecified and other non-global addresses (IPv4 and IPv6, IPv4-mapped IPv6 included) are
  refused before any request is made.
* **Redirects** are followed here, not by httpx: each hop is re-checked, at most
  :data:`MAX_REDIRECTS` of them.
* The answer must be ``2xx`` with an ``image/*`` content type and a non-empty body.
* **Once per call**: results are memoised in ``ChatRequest.resources``, which every attempt of
  one call shares, so a retry or a same-request fallback never downloads again.

Every failure is an :class:`~llmrouter.errors.InvalidRequestError` with ``param="messages"`` naming
the URL without its query string, fragment or credentials (they may hold a token).

**Opting in to private addresses** (an image server on your own network, a test server on
loopback) is one process-wide setting, since it is a deployment decision rather than a per-call
one::

    import llmrouter.fetch
    llmrouter.fetch.allow_private_image_urls = True

**DNS rebinding.** Checking a name and then letting httpx resolve it again to connect would leave a
gap: a DNS answer that changes between the two (a public address for the check, ``127.0.0.1`` for the
connection) would reach a private host. So the connection itself is pinned: the shared clients'
connection pools use a network backend that resolves the host, checks every address, and connects
to the checked address (TLS still verifies the certificate against the name). A proxy configured
through the environment (``HTTPS_PROXY``) is connected to as configured; the proxy resolves the
image host, so egress control is the proxy's there.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import urllib.parse
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .errors import InvalidRequestError, shown_url
from .loop_clients import LoopClients

if TYPE_CHECKING:
    import httpx

    from .request import ChatRequest

__all__ = [
    "DEFAULT_TIMEOUT",
    "MAX_IMAGE_BYTES",
    "MAX_REDIRECTS",
    "afetch_image",
    "afetch_images",
    "allow_private_image_urls",
    "fetch_image",
    "fetch_images",
    "shown_url",
]

#: Refuse loopback/private/link-local/... image hosts unless set to True (see the module docs).
allow_private_image_urls: bool = False
#: The largest image fetched (Gemini's inline request limit is 20 MB).
MAX_IMAGE_BYTES = 20 * 1024 * 1024
#: Seconds per fetch when the call gives no ``timeout``.
DEFAULT_TIMEOUT = 10.0
#: Redirect hops followed, each re-checked.
MAX_REDIRECTS = 5

_RESOURCE_KEY = "llmrouter.fetch.images"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})

Image = tuple[bytes, str]
"""The bytes and the media type (``image/png``) of a fetched image."""


# --------------------------------------------------------------------------------------------
# Checks (pure, but for name resolution)
# --------------------------------------------------------------------------------------------


def _refused(url: str, why: str) -> InvalidRequestError:
    return InvalidRequestError(f"image URL {shown_url(url)} refused: {why}", param="messages")


def _failed(url: str, why: str) -> InvalidRequestError:
    return InvalidRequestError(f"could not fetch image {shown_url(url)}: {why}", param="messages")


def _address_not_allowed(address: str) -> str | None:
    """Why an address may not be fetched from, or ``None`` when it is a public one."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    except ValueError:
        return f"{address!r} is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind in ("unspecified", "loopback", "link_local", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return f"{ip}, which is a {kind.replace('_', '-')} address"
    if not ip.is_global:  # shared (100.64/10), documentation, benchmarking ranges...
        return f"{ip}, which is not a public address"
    return None


def _target(url: str) -> tuple[str, int]:
    """(host, port) of an http(s) URL, or a typed refusal."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError:
        raise _refused(url, "it is not a valid URL") from None
    if parts.scheme not in ("http", "https"):
        raise _refused(url, "only http and https URLs are fetched")
    if not parts.hostname:
        raise _refused(url, "it names no host")
    return parts.hostname, port or (443 if parts.scheme == "https" else 80)


def _check_addresses(url: str, host: str, addresses: Iterable[str]) -> None:
    found = list(addresses)
    if not found:
        raise _failed(url, f"{host} resolves to no address")
    for address in found:
        why = _address_not_allowed(address)
        if why is not None:
            raise _refused(
                url,
                f"{host} resolves to {why}; set llmrouter.fetch.allow_private_image_urls = True "
                "to allow such hosts",
            )


def _addresses(infos: Iterable[Any]) -> list[str]:
    return [str(info[4][0]) for info in infos]


def _resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IP literals resolve to themselves)."""
    return _addresses(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))


async def _aresolve(host: str, port: int) -> list[str]:
    import asyncio

    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return _addresses(infos)


def _connect_addresses(host: str, addresses: Iterable[str]) -> list[str]:
    """The addresses a connection to ``host`` may use: all of them public, else a typed refusal."""
    found = list(addresses)
    if not found:
        raise InvalidRequestError(f"could not fetch image: {host} resolves to no address", param="messages")
    for address in found:
        why = _address_not_allowed(address)
        if why is not None:
            raise InvalidRequestError(
                f"image host {host} refused at connect time: it resolves to {why}; set "
                "llmrouter.fetch.allow_private_image_urls = True to allow such hosts",
                param="messages",
            )
    return found


def _vet(url: str) -> tuple[str, int] | None:
    """The (host, port) to resolve and check, or ``None`` when private hosts are allowed."""
    target = _target(url)
    return None if allow_private_image_urls else target


def check_url(url: str) -> None:
    """Refuses ``url`` (a typed error) unless it may be fetched; resolves its host."""
    target = _vet(url)
    if target is not None:
        try:
            addresses = _resolve(*target)
        except OSError as exc:
            raise _failed(url, f"cannot resolve {target[0]} ({type(exc).__name__})") from None
        _check_addresses(url, target[0], addresses)


async def acheck_url(url: str) -> None:
    target = _vet(url)
    if target is not None:
        try:
            addresses = await _aresolve(*target)
        except OSError as exc:
            raise _failed(url, f"cannot resolve {target[0]} ({type(exc).__name__})") from None
        _check_addresses(url, target[0], addresses)


def _next_hop(url: str, response: httpx.Response, hops: int) -> str | None:
    """The URL a redirect points to, ``None`` when ``response`` is not a redirect."""
    if response.status_code not in _REDIRECTS:
        return None
    location = response.headers.get("location")
    if not location:
        raise _failed(url, f"HTTP {response.status_code} redirect without a Location")
    if hops >= MAX_REDIRECTS:
        raise _failed(url, f"more than {MAX_REDIRECTS} redirects")
    return urllib.parse.urljoin(url, str(location))


def _media_type(url: str, response: httpx.Response, max_bytes: int) -> str:
    if response.status_code >= 300:
        raise _failed(url, f"HTTP {response.status_code}")
    mime = (response.headers.get("content-type") or "").split(";", 1)[0].strip().lower()
    if not mime.startswith("image/"):
        raise _refused(url, f"it is not an image (content-type {mime or 'missing'!r})")
    length = response.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > max_bytes:
        raise _too_large(url, max_bytes)
    return mime


def _too_large(url: str, max_bytes: int) -> InvalidRequestError:
    return _refused(url, f"it is larger than {max_bytes} bytes")


class _Body:
    """An image's body as it streams in: checked first, then stopped as soon as it passes the cap."""

    def __init__(self, url: str, response: httpx.Response, cap: int) -> None:
        self.url, self.cap = url, cap
        self.mime = _media_type(url, response, cap)
        self.data = bytearray()

    def add(self, piece: bytes) -> None:
        self.data.extend(piece)
        if len(self.data) > self.cap:
            raise _too_large(self.url, self.cap)

    def image(self) -> Image:
        if not self.data:
            raise _failed(self.url, "the image is empty")
        return bytes(self.data), self.mime


# --------------------------------------------------------------------------------------------
# Clients: one sync, one async per event loop
# --------------------------------------------------------------------------------------------

_lock = threading.Lock()
_client: httpx.Client | None = None
_async_clients = LoopClients(lambda client: client.aclose(), "image fetch client")


def _client_options() -> dict[str, Any]:
    return {"follow_redirects": False, "timeout": DEFAULT_TIMEOUT, "headers": {"accept": "image/*"}}


def _first_connection(addresses: list[str], connect: Any, failures: tuple[type[Exception], ...]) -> Any:
    """Connects to the first address that answers, as ``socket.create_connection`` does by name."""
    last: Exception | None = None
    for address in addresses:
        try:
            return connect(address)
        except failures as exc:
            last = exc
    assert last is not None  # addresses is never empty
    raise last


async def _afirst_connection(
    addresses: list[str], connect: Any, failures: tuple[type[Exception], ...]
) -> Any:
    last: Exception | None = None
    for address in addresses:
        try:
            return await connect(address)
        except failures as exc:
            last = exc
    assert last is not None  # addresses is never empty
    raise last


def _pinned(transport: Any, is_async: bool) -> Any:
    """``transport`` with its pool connecting only to checked addresses (see "DNS rebinding")."""
    pool: Any = getattr(transport, "_pool", None)
    inner = getattr(pool, "_network_backend", None)
    if inner is None:  # pragma: no cover - an httpx/httpcore layout this module does not know
        import warnings

        warnings.warn(
            "llmrouter.fetch cannot pin image connections with this httpx version; image hosts are "
            "checked before connecting only",
            RuntimeWarning,
            stacklevel=3,
        )
        return transport
    pool._network_backend = _async_pinning(inner) if is_async else _sync_pinning(inner)
    return transport


def _sync_pinning(inner: Any) -> Any:
    import httpcore

    class PinnedBackend(httpcore.NetworkBackend):
        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Any = None,
        ) -> Any:
            if allow_private_image_urls:
                return inner.connect_tcp(host, port, timeout, local_address, socket_options)
            addresses = _connect_addresses(host, _resolve(host, port))
            return _first_connection(
                addresses,
                lambda ip: inner.connect_tcp(ip, port, timeout, local_address, socket_options),
                (httpcore.ConnectError, httpcore.ConnectTimeout),
            )

        def connect_unix_socket(
            self, path: str, timeout: float | None = None, socket_options: Any = None
        ) -> Any:
            return inner.connect_unix_socket(path, timeout, socket_options)  # pragma: no cover

        def sleep(self, seconds: float) -> None:
            inner.sleep(seconds)  # pragma: no cover

    return PinnedBackend()


def _async_pinning(inner: Any) -> Any:
    import httpcore

    class PinnedBackend(httpcore.AsyncNetworkBackend):
        async def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Any = None,
        ) -> Any:
            if allow_private_image_urls:
                return await inner.connect_tcp(host, port, timeout, local_address, socket_options)
            addresses = _connect_addresses(host, await _aresolve(host, port))
            return await _afirst_connection(
                addresses,
                lambda ip: inner.connect_tcp(ip, port, timeout, local_address, socket_options),
                (httpcore.ConnectError, httpcore.ConnectTimeout),
            )

        async def connect_unix_socket(
            self, path: str, timeout: float | None = None, socket_options: Any = None
        ) -> Any:
            return await inner.connect_unix_socket(path, timeout, socket_options)  # pragma: no cover

        async def sleep(self, seconds: float) -> None:
            await inner.sleep(seconds)  # pragma: no cover

    return PinnedBackend()


def _sync_client() -> httpx.Client:
    global _client
    if _client is None:
        import httpx

        with _lock:
            if _client is None:
                options = _client_options()
                if "transport" not in options:
                    options["transport"] = _pinned(httpx.HTTPTransport(), is_async=False)
                _client = httpx.Client(**options)
    return _client


def _async_client() -> httpx.AsyncClient:
    client: httpx.AsyncClient = _async_clients.get(None, _new_async_client)
    return client


def _new_async_client() -> httpx.AsyncClient:
    import httpx

    # no idle connections: nothing stays open between fetches, and the loop's end closes the client
    limits = httpx.Limits(max_keepalive_connections=0)
    options = _client_options()
    if "transport" not in options:
        options["transport"] = _pinned(httpx.AsyncHTTPTransport(limits=limits), is_async=True)
    return httpx.AsyncClient(limits=limits, **options)


# --------------------------------------------------------------------------------------------
# Fetching
# --------------------------------------------------------------------------------------------


def fetch_image(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Image:
    """Downloads one image within the bounds above; ``(bytes, media type)``."""
    import httpx

    cap = MAX_IMAGE_BYTES if max_bytes is None else max_bytes
    client = _sync_client()
    current = url
    for hops in range(MAX_REDIRECTS + 1):
        check_url(current)
        try:
            with client.stream("GET", current, timeout=timeout or DEFAULT_TIMEOUT) as response:
                following = _next_hop(current, response, hops)
                if following is not None:
                    current = following
                    continue
                body = _Body(current, response, cap)
                for piece in response.iter_bytes():
                    body.add(piece)
                return body.image()
        except httpx.HTTPError as exc:
            raise _failed(current, type(exc).__name__) from exc
    raise _failed(url, f"more than {MAX_REDIRECTS} redirects")  # pragma: no cover - loop raises


async def afetch_image(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Image:
    """The async twin of :func:`fetch_image`."""
    import httpx

    cap = MAX_IMAGE_BYTES if max_bytes is None else max_bytes
    client = _async_client()
    current = url
    for hops in range(MAX_REDIRECTS + 1):
        await acheck_url(current)
        try:
            async with client.stream("GET", current, timeout=timeout or DEFAULT_TIMEOUT) as response:
                following = _next_hop(current, response, hops)
                if following is not None:
                    current = following
                    continue
                body = _Body(current, response, cap)
                async for piece in response.aiter_bytes():
                    body.add(piece)
                return body.image()
        except httpx.HTTPError as exc:
            raise _failed(current, type(exc).__name__) from exc
    raise _failed(url, f"more than {MAX_REDIRECTS} redirects")  # pragma: no cover - loop raises


def _memo(request: ChatRequest) -> dict[str, Image]:
    memo = request.resources.get(_RESOURCE_KEY)
    if not isinstance(memo, dict):
        memo = request.resources[_RESOURCE_KEY] = {}
    return memo


def fetch_images(
    request: ChatRequest, urls: Iterable[str], *, max_bytes: int | None = None
) -> dict[str, Image]:
    """The images ``urls`` name, each fetched once per call (memoised in ``request.resources``)."""
    memo = _memo(request)
    for url in urls:
        if url not in memo:
            memo[url] = fetch_image(url, timeout=request.timeout, max_bytes=max_bytes)
    return memo


async def afetch_images(
    request: ChatRequest, urls: Iterable[str], *, max_bytes: int | None = None
) -> dict[str, Image]:
    """The async twin of :func:`fetch_images`, sharing its memo."""
    memo = _memo(request)
    for url in urls:
        if url not in memo:
            memo[url] = await afetch_image(url, timeout=request.timeout, max_bytes=max_bytes)
    return memo
