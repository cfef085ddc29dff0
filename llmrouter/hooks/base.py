"""The hook contract: the events a hook may handle, the per-call context it sees, and the plan
that orders hooks for one call.

A hook is any object with some of the event methods below (the :class:`Hook` base class only adds
a readable name). Each event has a sync form and an async form, ``before_request`` and
``abefore_request`` and so on; a hook implements either or both.

=================  ===================================  =============================================
event              called                               may
=================  ===================================  =============================================
before_request     once, before any vendor I/O          rewrite ``ctx.request``; raise to refuse the
                                                        call; return a reply to answer it with no
                                                        vendor I/O (a cache)
on_attempt         after each attempt at a vendor       read ``attempt`` (target, number, duration,
                   (retries and fallbacks included)     error): spans, ledger rows
on_chunk           per streamed chunk                   return a replacement chunk
on_stream_end      once, when a stream ends however     flush per-stream state
after_response     once, on success                     rewrite ``ctx.response``
on_error           once, on failure                     observe (its own errors are logged, not
                                                        raised)
=================  ===================================  =============================================

Guarantees (tested in ``tests/hooks/test_contract.py``): exactly one of ``after_response`` and
``on_error`` fires per call, for every way a stream can end (consumed, closed early, abandoned and
garbage-collected, task cancelled, failed mid-way); ``on_stream_end`` fires once per stream, before
it. An async call runs an event's async form when the hook has one, else its sync form. A sync call
runs only sync forms: a hook with only an async form for some event is refused before any I/O with
a :class:`~llmrouter.errors.HookError`, never run on a hidden event loop.

Hooks run by ascending ``order`` (default 0), then global -> router -> call, then position, for
``before_request``; every later event runs in the reverse order, so the first hook in wraps the call
outermost. A response cache sets a high ``order`` so that it keys on the request as redaction left it.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from ..errors import HookError, InvalidRequestError, LLMRouterError

if TYPE_CHECKING:
    from ..request import Request
    from ..types import ChatCompletionChunk, Usage

__all__ = [
    "EVENTS",
    "Attempt",
    "CallContext",
    "Hook",
    "HookPlan",
    "check_hook",
    "hook_name",
]

#: Every event a hook may handle, in the order a call meets them; ``a`` + name is the async form.
EVENTS: tuple[str, ...] = (
    "before_request",
    "on_attempt",
    "on_chunk",
    "on_stream_end",
    "after_response",
    "on_error",
)
_ALL_FORMS = frozenset(EVENTS) | frozenset("a" + event for event in EVENTS)


class Hook:
    """Optional base class for hooks: a readable ``name`` and an ``order``. It defines no event
    methods on purpose, so the plan can tell which events a hook asked for."""

    name: str = ""
    order: int = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def hook_name(hook: object) -> str:
    name = getattr(hook, "name", "") or ""
    return str(name) if name else type(hook).__name__


@dataclass(frozen=True, slots=True)
class Attempt:
    """One try at one vendor: what ``on_attempt`` receives.

    ``number`` counts every attempt of the call from 1; ``target`` is 0 for the primary and n for
    the n-th fallback; ``retry`` counts the retries at this target from 0. ``error`` is ``None``
    for the attempt that produced the reply (for a stream: the one that streamed it, reported
    when the stream ends, with the usage it reported).
    """

    number: int
    target: int
    retry: int
    provider: str
    model: str
    started_at: float
    duration_s: float
    error: LLMRouterError | None = None
    usage: Any = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(repr=False, slots=True)
class CallContext:
    """What one call looks like to hooks: its request (as rewritten so far) and, later, its result.

    ``state`` is private per-hook storage, keyed by the hook object (``ctx.state[self]``), so a hook
    object can serve concurrent calls without sharing their data. ``annotations`` is what hooks
    publish about the call for other hooks and for logs (counts and flags, never text): the
    redactor writes ``annotations["redactions"]``, the injection guard ``annotations["findings"]``.
    """

    request: Request
    model: str
    """The model string as the caller gave it (``fast-chat``, ``anthropic/claude-sonnet-4.5``)."""
    provider: str
    """The provider serving the current attempt."""
    operation: str = "chat"
    user: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    stream: bool = False
    attempt: int = 1
    attempts: list[Attempt] = field(default_factory=list)
    started_at: float = field(default_factory=time.time)
    timings: dict[str, float] = field(default_factory=dict)
    response: Any = None
    usage: Usage | Any = None
    cost_usd: float | None = None
    error: LLMRouterError | None = None
    cache_hit: bool = False
    """True when a ``before_request`` hook answered the call (no vendor I/O was made)."""
    answered_by: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    """Per-call options meant for hooks (``cache=`` on the call lands in ``options["cache"]``)."""
    state: dict[Any, Any] = field(default_factory=dict)
    annotations: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        # No message or reply text: a repr may end up in a log, and text may hold what a
        # redactor restored.
        error = type(self.error).__name__ if self.error is not None else None
        return (
            f"CallContext(operation={self.operation!r}, provider={self.provider!r}, "
            f"model={self.model!r}, stream={self.stream!r}, attempt={self.attempt!r}, error={error})"
        )

    @property
    def messages(self) -> Any:
        """The chat messages (chat calls only)."""
        return getattr(self.request, "messages", None)

    @messages.setter
    def messages(self, value: Any) -> None:
        self.request.messages = value  # type: ignore[attr-defined]

    @property
    def params(self) -> dict[str, Any]:
        return getattr(self.request, "params", {})  # type: ignore[no-any-return]

    @property
    def model_id(self) -> str:
        """The vendor's own model id (``claude-sonnet-4-5``), after alias and prefix resolution."""
        return self.request.model

    @property
    def complete(self) -> bool:
        """False for a stream that was closed, abandoned or cancelled before its end."""
        return bool(self.timings.get("complete", 1.0))


# --------------------------------------------------------------------------------------------
# Typed forms of each event, for hook authors and type checkers
# --------------------------------------------------------------------------------------------


class BeforeRequest(Protocol):
    def before_request(self, ctx: CallContext) -> Any: ...


class OnAttempt(Protocol):
    def on_attempt(self, ctx: CallContext, attempt: Attempt) -> None: ...


class OnChunk(Protocol):
    def on_chunk(self, ctx: CallContext, chunk: ChatCompletionChunk) -> ChatCompletionChunk | None: ...


class AfterResponse(Protocol):
    def after_response(self, ctx: CallContext) -> None: ...


class OnStreamEnd(Protocol):
    def on_stream_end(self, ctx: CallContext) -> None: ...


class OnError(Protocol):
    def on_error(self, ctx: CallContext, error: LLMRouterError) -> None: ...


# --------------------------------------------------------------------------------------------
# Registration checks (pure)
# --------------------------------------------------------------------------------------------


def _own_public_methods(hook: object) -> list[str]:
    names: list[str] = []
    for klass in type(hook).__mro__:
        if klass in (object, Hook):
            continue
        names.extend(name for name, value in vars(klass).items() if callable(value))
    names.extend(name for name, value in getattr(hook, "__dict__", {}).items() if callable(value))
    return [name for name in dict.fromkeys(names) if not name.startswith("_")]


def check_hook(hook: object) -> None:
    """Refuses, at registration, a hook that would silently never run: one with no event method,
    or one whose method name is a near miss of an event (``before_requests``)."""
    if isinstance(hook, (str, bytes, type)) or hook is None:
        raise InvalidRequestError(f"a hook is an object with event methods, got {hook!r}", param="hooks")
    import difflib  # registration is rare; keeps `import llmrouter` light

    methods = _own_public_methods(hook)
    for name in methods:
        if name in _ALL_FORMS:
            continue
        close = difflib.get_close_matches(name, _ALL_FORMS, n=1, cutoff=0.85)
        if close:
            raise InvalidRequestError(
                f"hook {hook_name(hook)!r} has a method {name!r}, which is no hook event; "
                f"did you mean {close[0]!r}?",
                param="hooks",
            )
    if not any(name in _ALL_FORMS for name in methods):
        raise InvalidRequestError(
            f"hook {hook_name(hook)!r} implements no hook event; a hook has some of: {', '.join(EVENTS)} "
            "(or their async forms, prefixed with 'a')",
            param="hooks",
        )


# --------------------------------------------------------------------------------------------
# The plan: which hooks run for which event, resolved once per set of hooks
# --------------------------------------------------------------------------------------------

Entry: TypeAlias = tuple[str, Callable[..., Any]]
Entries: TypeAlias = tuple[Entry, ...]


def _is_async(fn: Any) -> bool:
    return inspect.iscoroutinefunction(fn)


def _bound_sync(hooks: Iterable[object], event: str) -> Entries:
    found = []
    for hook in hooks:
        fn = getattr(hook, event, None)
        if fn is None or _is_async(fn):
            if fn is not None or getattr(hook, "a" + event, None) is not None:
                raise HookError(
                    f"hook {hook_name(hook)!r} has only an async {event}; a sync call cannot run it "
                    f"without an event loop: use the async call (acompletion, aembedding, ...) or give "
                    f"the hook a sync {event}",
                    hook=hook_name(hook),
                    code="async_hook_in_sync_call",
                )
            continue
        found.append((hook_name(hook), fn))
    return tuple(found)


def _bound_async(hooks: Iterable[object], event: str) -> Entries:
    found = []
    for hook in hooks:
        fn = getattr(hook, "a" + event, None) or getattr(hook, event, None)
        if fn is not None:
            found.append((hook_name(hook), fn))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class HookPlan:
    """The hooks of one call, per event, in running order; ``is_async`` says which forms."""

    is_async: bool = False
    before_request: Entries = ()
    on_attempt: Entries = ()
    on_chunk: Entries = ()
    on_stream_end: Entries = ()
    after_response: Entries = ()
    on_error: Entries = ()

    @classmethod
    def build(cls, layers: Sequence[Sequence[object]], *, is_async: bool) -> HookPlan:
        ordered = [hook for layer in layers for hook in layer]
        if not ordered:
            return _EMPTY_ASYNC if is_async else _EMPTY_SYNC
        ordered.sort(key=lambda hook: getattr(hook, "order", 0) or 0)  # stable: layer order kept
        backwards = ordered[::-1]
        bind = _bound_async if is_async else _bound_sync
        return cls(
            is_async=is_async,
            before_request=bind(ordered, "before_request"),
            on_attempt=bind(backwards, "on_attempt"),
            on_chunk=bind(backwards, "on_chunk"),
            on_stream_end=bind(backwards, "on_stream_end"),
            after_response=bind(backwards, "after_response"),
            on_error=bind(backwards, "on_error"),
        )

    @property
    def empty(self) -> bool:
        return not (
            self.before_request
            or self.on_attempt
            or self.on_chunk
            or self.on_stream_end
            or self.after_response
            or self.on_error
        )


_EMPTY_SYNC = HookPlan(is_async=False)
_EMPTY_ASYNC = HookPlan(is_async=True)


class PlanCache:
    """Plans by the identity of the hooks that make them: a process's calls use a handful of hook
    sets, so resolving methods once per set keeps ``getattr`` scans off the per-call path."""

    __slots__ = ("_plans",)

    def __init__(self) -> None:
        self._plans: dict[tuple[Any, ...], tuple[HookPlan, tuple[object, ...]]] = {}

    def get(self, layers: Sequence[Sequence[object]], *, is_async: bool) -> HookPlan:
        hooks = tuple(hook for layer in layers for hook in layer)
        if not hooks:
            return _EMPTY_ASYNC if is_async else _EMPTY_SYNC
        key = (is_async, *map(id, hooks))
        hit = self._plans.get(key)
        if hit is not None and hit[1] == hooks:
            return hit[0]
        plan = HookPlan.build(layers, is_async=is_async)
        if len(self._plans) >= 256:
            self._plans.clear()
        # the hooks are kept with the plan so that their ids cannot be reused while it is cached
        self._plans[key] = (plan, hooks)
        return plan


# --------------------------------------------------------------------------------------------
# Running hooks
# --------------------------------------------------------------------------------------------


def _wrap(name: str, event: str, exc: BaseException) -> LLMRouterError:
    if isinstance(exc, LLMRouterError):
        return exc
    return HookError(f"hook {name!r} raised {type(exc).__name__} in {event}: {exc}", hook=name)


def _not_awaitable(name: str, event: str, result: Any) -> Any:
    if inspect.isawaitable(result):
        if hasattr(result, "close"):
            result.close()
        raise HookError(
            f"hook {name!r} returned an awaitable from {event} during a sync call; "
            "use the async call or make the method return its result",
            hook=name,
            code="async_hook_in_sync_call",
        )
    return result


def run_sync(entries: Entries, event: str, *args: Any) -> Any:
    """Runs ``event`` for each hook; returns the first non-``None`` result of ``before_request``
    (a hook answering the call), which stops the event there."""
    for name, fn in entries:
        try:
            result = fn(*args)
            if result is not None:  # None, what nearly every hook returns, is no awaitable
                result = _not_awaitable(name, event, result)
        except Exception as exc:
            raise _wrap(name, event, exc) from exc
        if result is not None and event == "before_request":
            return name, result
    return None


async def run_async(entries: Entries, event: str, *args: Any) -> Any:
    for name, fn in entries:
        try:
            result = fn(*args)
            if inspect.isawaitable(result):
                result = await result
        except Exception as exc:
            raise _wrap(name, event, exc) from exc
        if result is not None and event == "before_request":
            return name, result
    return None


def apply_chunk_hooks_sync(
    entries: Entries, ctx: CallContext, chunk: ChatCompletionChunk
) -> ChatCompletionChunk:
    """Each ``on_chunk`` may return a replacement chunk; ``None`` keeps the one it was given."""
    for name, fn in entries:
        try:
            result = fn(ctx, chunk)
            if result is not None:
                result = _not_awaitable(name, "on_chunk", result)
        except Exception as exc:
            raise _wrap(name, "on_chunk", exc) from exc
        if result is not None:
            chunk = result
    return chunk


async def apply_chunk_hooks_async(
    entries: Entries, ctx: CallContext, chunk: ChatCompletionChunk
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
