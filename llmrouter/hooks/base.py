"""The hook protocol, the per-call context hooks see, and the pure plan that orders them.

A hook is any object with some of ``before_request``, ``after_response``, ``on_chunk``,
``on_stream_end`` and ``on_error``; each may be a plain or an ``async`` method. The router asks a
:class:`HookPlan` which hooks implement what once per call, so a call without chunk hooks pays
nothing per chunk.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ..errors import HookError, LLMRouterError

if TYPE_CHECKING:
    from ..providers.base import ChatRequest
    from ..types import ChatCompletion, ChatCompletionChunk, Message, Usage

__all__ = [
    "CallContext",
    "Hook",
    "HookPlan",
    "SupportsHooks",
    "hook_name",
]

HOOK_METHODS = ("before_request", "after_response", "on_chunk", "on_stream_end", "on_error")


@runtime_checkable
class SupportsHooks(Protocol):
    """Marker protocol; a hook needs only the methods it uses."""


class Hook:
    """Optional base class for hooks: gives a readable ``name``; defines no methods on purpose,
    so that the router can tell which events a hook asked for."""

    name: str = ""

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def hook_name(hook: object) -> str:
    name = getattr(hook, "name", "") or ""
    return str(name) if name else type(hook).__name__


@dataclass(repr=False)
class CallContext:
    """What one call looks like to hooks: the request (as rewritten so far) and, later, its result.

    ``state`` is per-call scratch space for hooks (key it by the hook), so that a hook object can
    be shared between concurrent calls without sharing their data.
    """

    request: ChatRequest
    model: str
    provider: str
    user: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    stream: bool = False
    attempt: int = 1
    started_at: float = field(default_factory=time.time)
    timings: dict[str, float] = field(default_factory=dict)
    response: ChatCompletion | None = None
    usage: Usage | None = None
    cost_usd: float | None = None
    error: LLMRouterError | None = None
    redactions: dict[str, int] = field(default_factory=dict)
    findings: list[dict[str, Any]] = field(default_factory=list)
    state: dict[Any, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        # No message or reply text: a repr may end up in a log, and text may hold what a
        # redactor restored.
        error = type(self.error).__name__ if self.error is not None else None
        return (
            f"CallContext(provider={self.provider!r}, model={self.model!r}, "
            f"stream={self.stream!r}, attempt={self.attempt!r}, redactions={self.redactions!r}, "
            f"error={error})"
        )

    @property
    def messages(self) -> list[Message]:
        return self.request.messages

    @messages.setter
    def messages(self, value: list[Message]) -> None:
        self.request.messages = value

    @property
    def params(self) -> dict[str, Any]:
        return self.request.params

    @property
    def model_id(self) -> str:
        """The vendor's own model id (``claude-sonnet-4-5``), after alias and prefix resolution."""
        return self.request.model


def _bound(hooks: Iterable[object], method: str) -> tuple[tuple[str, Callable[..., Any]], ...]:
    found = []
    for hook in hooks:
        fn = getattr(hook, method, None)
        if fn is not None and callable(fn):
            found.append((hook_name(hook), fn))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class HookPlan:
    """Which hooks run for which event, in order: ``before_*`` global -> router -> call,
    ``after_*`` and ``on_chunk`` in the reverse order (the first hook in wraps the call outermost)."""

    before_request: tuple[tuple[str, Callable[..., Any]], ...] = ()
    after_response: tuple[tuple[str, Callable[..., Any]], ...] = ()
    on_chunk: tuple[tuple[str, Callable[..., Any]], ...] = ()
    on_stream_end: tuple[tuple[str, Callable[..., Any]], ...] = ()
    on_error: tuple[tuple[str, Callable[..., Any]], ...] = ()

    @classmethod
    def build(cls, *layers: Sequence[object]) -> HookPlan:
        ordered = [hook for layer in layers for hook in layer]
        backwards = ordered[::-1]
        return cls(
            before_request=_bound(ordered, "before_request"),
            after_response=_bound(backwards, "after_response"),
            on_chunk=_bound(backwards, "on_chunk"),
            on_stream_end=_bound(backwards, "on_stream_end"),
            on_error=_bound(backwards, "on_error"),
        )

    @property
    def empty(self) -> bool:
        return not (
            self.before_request or self.after_response or self.on_chunk or self.on_stream_end or self.on_error
        )


# --------------------------------------------------------------------------------------------
# Running hooks. Sync calls step async hooks by hand (no hidden event loop); async calls await.
# --------------------------------------------------------------------------------------------


def _wrap(name: str, event: str, exc: BaseException) -> LLMRouterError:
    if isinstance(exc, LLMRouterError):
        return exc
    return HookError(f"hook {name!r} raised {type(exc).__name__} in {event}: {exc}", hook=name)


def _finish_coroutine(name: str, event: str, result: Awaitable[Any]) -> Any:
    """Runs an ``async`` hook method from a sync call by stepping it; a hook that really waits
    on I/O has to be used with ``acompletion`` and is told so."""
    message = (
        f"hook {name!r} awaited real I/O in {event} during a sync call; use acompletion() "
        "with this hook, or give it a sync method"
    )
    coro = result.__await__()
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    except RuntimeError as exc:  # asyncio primitives refuse to run without a loop
        if "event loop" not in str(exc):
            raise
        raise HookError(message, hook=name) from exc
    coro.close()
    raise HookError(message, hook=name)


def run_sync(entries: tuple[tuple[str, Callable[..., Any]], ...], event: str, *args: Any) -> list[Any]:
    results = []
    for name, fn in entries:
        try:
            result = fn(*args)
            if inspect.isawaitable(result):
                result = _finish_coroutine(name, event, result)
        except Exception as exc:
            raise _wrap(name, event, exc) from exc
        results.append(result)
    return results


async def run_async(entries: tuple[tuple[str, Callable[..., Any]], ...], event: str, *args: Any) -> list[Any]:
    results = []
    for name, fn in entries:
        try:
            result = fn(*args)
            if inspect.isawaitable(result):
                result = await result
        except Exception as exc:
            raise _wrap(name, event, exc) from exc
        results.append(result)
    return results


def apply_chunk_hooks_sync(
    entries: tuple[tuple[str, Callable[..., Any]], ...],
    ctx: CallContext,
    chunk: ChatCompletionChunk,
) -> ChatCompletionChunk:
    """Each ``on_chunk`` may return a replacement chunk; ``None`` keeps the one it was given."""
    for name, fn in entries:
        try:
            result = fn(ctx, chunk)
            if inspect.isawaitable(result):
                result = _finish_coroutine(name, "on_chunk", result)
        except Exception as exc:
            raise _wrap(name, "on_chunk", exc) from exc
        if result is not None:
            chunk = result
    return chunk


async def apply_chunk_hooks_async(
    entries: tuple[tuple[str, Callable[..., Any]], ...],
    ctx: CallContext,
    chunk: ChatCompletionChunk,
) -> ChatCompletionChunk:
    for name, fn in entries:
        try:
            result = fn(ctx, chunk)
            if inspect.isawaitable(result):
                result = await result
        except Exception as exc:
            raise _wrap(name, "on_chunk", exc) from exc
        if result is not None:
            chunk = result
    return chunk
