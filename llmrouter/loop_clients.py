"""Async clients cached per event loop, and closed on that loop when it shuts down.

An async HTTP pool belongs to the loop it was made on, so a client is cached per loop. A cache
keyed *weakly* by the loop does not free anything: a pooled connection's transport holds its
loop, so each entry keeps its own key alive, and every ``asyncio.run`` used to leave its loop,
its clients and their open sockets behind until the process ended.

The close rides on the loop's own async-generator finalisation: ``asyncio.run`` (and
``asyncio.Runner``, pytest-asyncio, anyio) calls ``loop.shutdown_asyncgens()`` before closing a
loop, which closes every async generator started on it. The first client made on a loop starts
one generator whose ``finally`` closes that loop's clients, on that loop, while it still runs.
A loop closed without that call is forgotten when the next new loop is seen: its clients can no
longer be closed (their loop is gone) but are no longer held, so the collector frees them.

Nothing here imports :mod:`asyncio` at import time; it is loaded by the first async call.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Hashable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from asyncio import AbstractEventLoop

__all__ = ["LoopClients"]

logger = logging.getLogger("llmrouter")


class LoopClients:
    """``get(key, create)``: the running loop's client for ``key``, made by ``create()`` once
    per loop; ``aclose(client)`` closes one at the loop's end."""

    __slots__ = ("_aclose", "_by_loop", "_closers", "_lock", "_what")

    def __init__(self, aclose: Callable[[Any], Awaitable[None]], what: str = "client") -> None:
        self._aclose = aclose
        self._what = what
        self._by_loop: dict[AbstractEventLoop, dict[Hashable, Any]] = {}
        self._closers: dict[AbstractEventLoop, AsyncGenerator[None, None]] = {}
        """Strong references: a loop holds the async generators started on it only weakly."""
        self._lock = threading.RLock()

    def __len__(self) -> int:
        """How many loops have clients here (for tests: a shut-down loop is no longer counted)."""
        return len(self._by_loop)

    def get(self, key: Hashable, create: Callable[[], Any]) -> Any:
        import asyncio

        loop = asyncio.get_running_loop()
        clients = self._by_loop.get(loop)
        if clients is None:
            clients = self._open(loop)
        client = clients.get(key)
        if client is None:
            client = clients[key] = create()
        return client

    def _open(self, loop: AbstractEventLoop) -> dict[Hashable, Any]:
        with self._lock:
            clients = self._by_loop.get(loop)
            if clients is not None:
                return clients
            gone = [self._closers[known] for known in self._by_loop if known.is_closed()]
            clients = self._by_loop[loop] = {}
            closer = self._closers[loop] = self._close_at_loop_end(loop, clients)
            _run_to_end(closer.asend(None))  # started here, so the running loop registers it
        for closer in gone:
            _run_to_end(closer.aclose())  # awaits nothing: its loop is closed
        return clients

    async def _close_at_loop_end(
        self, loop: AbstractEventLoop, clients: dict[Hashable, Any]
    ) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            with self._lock:
                self._by_loop.pop(loop, None)
                self._closers.pop(loop, None)
            if not loop.is_closed():
                for client in list(clients.values()):
                    try:
                        await self._aclose(client)
                    except Exception as exc:  # one client failing to close must not keep the others open
                        logger.warning(
                            "could not close an async %s at the end of its event loop: %s",
                            self._what,
                            type(exc).__name__,
                        )
            clients.clear()


def _run_to_end(step: Any) -> None:
    """Runs an async-generator step that does not await (its start, or the close of one whose
    loop is gone) synchronously, as a plain function call."""
    try:
        step.send(None)
    except StopIteration:
        return
    step.close()
    raise RuntimeError("an async-generator step awaited where none was expected")
