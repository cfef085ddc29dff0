"""Retries and fallbacks as pure decisions: given what failed, what the call does next.

The shells in :mod:`llmrouter.router` do the waiting and the I/O; everything that decides lives
here and is tested without a vendor or a clock: :func:`decide` turns (the chain so far, an error,
the time) into :class:`Retry`, :class:`Fallback` or :class:`Fail`.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import random

from .errors import (
    APITimeoutError,
    ContextWindowExceededError,
    InvalidRequestError,
    LLMRouterError,
    ModelNotFoundError,
    ServiceUnavailableError,
)

__all__ = [
    "Chain",
    "Fail",
    "Fallback",
    "Retry",
    "RetryPolicy",
    "Target",
    "Waits",
    "attempt_timeout",
    "decide",
    "retry_delay",
    "skip",
    "targets_of",
]

TargetKind = Literal["primary", "fallback", "context_window", "content_policy"]


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # only a retrying async call needs it; keeps `import llmrouter` light

    await asyncio.sleep(seconds)


class Waits:
    """The process-wide waits behind every policy that was not given its own: a test suite
    swaps them (``Waits.sleep = recorder``) so that no retry ever really waits."""

    sleep: Callable[[float], None] = staticmethod(time.sleep)
    asleep: Callable[[float], Awaitable[None]] = staticmethod(_asyncio_sleep)


def _sleep(seconds: float) -> None:
    Waits.sleep(seconds)


async def _asleep(seconds: float) -> None:
    await Waits.asleep(seconds)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a call retries one target: ``num_retries`` more tries on retryable errors (429, 5xx,
    timeouts, dropped connections), exponential backoff with jitter, ``Retry-After`` honoured
    when it asks for at most ``max_retry_after_s`` (a longer wait is not made inside a call: the
    call falls back or fails with the error, whose ``retry_after`` says when to come back).

    ``sleep``, ``asleep``, ``clock`` and ``rng`` are injectable so that tests never wait."""

    num_retries: int = 2
    backoff_s: float = 0.5
    max_backoff_s: float = 8.0
    jitter: bool = True
    max_retry_after_s: float = 60.0
    sleep: Callable[[float], None] = _sleep
    asleep: Callable[[float], Awaitable[None]] = _asleep
    clock: Callable[[], float] = time.monotonic
    rng: random.Random | None = None
    """The jitter's random source (seed one for reproducible delays); a fresh one by default."""

    def __post_init__(self) -> None:
        if (
            isinstance(self.num_retries, bool)
            or not isinstance(self.num_retries, int)
            or self.num_retries < 0
        ):
            raise InvalidRequestError("num_retries must be a non-negative integer", param="num_retries")
        for name in ("backoff_s", "max_backoff_s", "max_retry_after_s"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise InvalidRequestError(f"{name} must be a non-negative number of seconds", param=name)


def retry_delay(policy: RetryPolicy, error: LLMRouterError, retries_made: int) -> float | None:
    """Seconds to wait before retrying the same target, or ``None`` not to retry it."""
    if retries_made >= policy.num_retries or not error.retryable:
        return None
    if error.retry_after is not None:
        return error.retry_after if error.retry_after <= policy.max_retry_after_s else None
    delay = min(policy.backoff_s * 2.0**retries_made, policy.max_backoff_s)
    if not policy.jitter:
        return delay
    return delay * (0.5 + (policy.rng or _jitter_source()).random() / 2)


def _jitter_source() -> random.Random:
    global _JITTER
    if _JITTER is None:
        import random  # only a retrying call needs it; keeps `import llmrouter` light

        _JITTER = random.Random()
    return _JITTER


_JITTER: random.Random | None = None


@dataclass(frozen=True, slots=True)
class Target:
    """One place a call may go. Credentials left ``None`` are inherited from the primary when the
    target is on the same provider, and never across providers."""

    model: str
    kind: TargetKind = "fallback"
    api_key: str | None = None
    api_base: str | None = None
    provider: str | None = None
    inherit: bool = True
    """False for a target that stands for itself (a Router deployment): ``None`` then means the
    vendor's usual key variable, never the primary's key."""
    params: Any = None
    """Per-target call parameters (a deployment's own ``timeout``, ...), or ``None``."""

    def __repr__(self) -> str:
        return f"Target(model={self.model!r}, kind={self.kind!r})"


_TARGET_FIELDS = frozenset({"model", "api_key", "api_base", "provider"})


def targets_of(value: Any, kind: TargetKind, param: str) -> list[Target]:
    """``["anthropic/claude-sonnet-4.5", {"model": "groq/...", "api_key": "..."}]`` to targets."""
    if value is None:
        return []
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
        raise InvalidRequestError(
            f"{param} must be a list of model strings or {{'model': ...}} objects", param=param
        )
    targets = []
    for item in value:
        spec = {"model": item} if isinstance(item, str) else dict(item) if isinstance(item, Mapping) else None
        if spec is None or not isinstance(spec.get("model"), str) or not spec["model"]:
            raise InvalidRequestError(
                f"each entry of {param} is a model string or {{'model': ..., 'api_key': ...}}", param=param
            )
        unknown = set(spec) - _TARGET_FIELDS
        if unknown:
            raise InvalidRequestError(f"unknown {param} field(s) {sorted(unknown)}", param=param)
        for name in ("api_key", "api_base", "provider"):
            if spec.get(name) is not None and (not isinstance(spec[name], str) or not spec[name]):
                raise InvalidRequestError(f"{param}: {name} must be a non-empty string", param=param)
        targets.append(
            Target(
                model=spec["model"],
                kind=kind,
                api_key=spec.get("api_key"),
                api_base=spec.get("api_base"),
                provider=spec.get("provider"),
            )
        )
    return targets


@dataclass(slots=True)
class Chain:
    """Where a call stands: the targets still to try by kind, what failed, the deadline."""

    fallbacks: list[Target] = field(default_factory=list)
    context_window: list[Target] = field(default_factory=list)
    content_policy: list[Target] = field(default_factory=list)
    deadline: float | None = None
    """Monotonic time by which the call must be done, or ``None``."""
    target: int = 0
    retries: int = 0
    failures: list[tuple[str, LLMRouterError]] = field(default_factory=list)


class Retry:
    """Wait ``delay`` seconds, then try the same target again."""

    __slots__ = ("delay",)

    def __init__(self, delay: float) -> None:
        self.delay = delay


class Fallback:
    """Move to ``target``."""

    __slots__ = ("target",)

    def __init__(self, target: Target) -> None:
        self.target = target


class Fail:
    """Raise ``error``."""

    __slots__ = ("error",)

    def __init__(self, error: LLMRouterError) -> None:
        self.error = error


Decision = Retry | Fallback | Fail


def _falls_back(error: LLMRouterError) -> bool:
    return error.retryable or isinstance(error, ModelNotFoundError)


def _next_of(chain: Chain, error: LLMRouterError) -> list[Target] | None:
    if isinstance(error, ContextWindowExceededError) and chain.context_window:
        return chain.context_window
    if error.code == "content_filter" and chain.content_policy:
        return chain.content_policy
    if _falls_back(error) and chain.fallbacks:
        return chain.fallbacks
    return None


def decide(policy: RetryPolicy, chain: Chain, error: LLMRouterError, where: str, now: float) -> Decision:
    """The next step after ``error`` at target ``where`` (``provider/model``). Pure: the caller
    applies the decision with :func:`apply`."""
    delay = retry_delay(policy, error, chain.retries)
    if delay is not None and (chain.deadline is None or now + delay < chain.deadline):
        return Retry(delay)
    if chain.deadline is not None and now >= chain.deadline:
        return Fail(deadline_exceeded(chain, error, where))
    queue = _next_of(chain, error)
    if queue:
        return Fallback(queue[0])
    if delay is not None:  # a retry was due, but would end past the deadline
        return Fail(deadline_exceeded(chain, error, where))
    if not chain.failures:
        return Fail(error)  # nowhere to go and nothing failed before: the error itself
    return Fail(all_unavailable([*chain.failures, (where, error)]))


MIN_ATTEMPT_TIMEOUT = 0.001
"""Seconds: the least an attempt is given, so that a deadline reached on the way to the attempt
still sends a valid (positive) timeout and the attempt fails as timed out."""


def attempt_timeout(timeout: float | None, deadline: float | None, now: float) -> float | None:
    """The HTTP timeout one attempt gets: the call's own, cut to the time left before the
    deadline. A sync attempt cannot be cancelled once it is in flight, so its own timeout is
    what stops it at the deadline."""
    if deadline is None:
        return timeout
    left = max(deadline - now, MIN_ATTEMPT_TIMEOUT)
    return left if timeout is None else min(timeout, left)


def apply(chain: Chain, decision: Decision, error: LLMRouterError, where: str) -> None:
    """Updates the chain for a taken decision (a retry counts; a fallback records the failure)."""
    if isinstance(decision, Retry):
        chain.retries += 1
    elif isinstance(decision, Fallback):
        chain.failures.append((where, error))
        for queue in (chain.fallbacks, chain.context_window, chain.content_policy):
            if queue and queue[0] is decision.target:
                queue.pop(0)
                break
        chain.target += 1
        chain.retries = 0


def skip(chain: Chain, target: Target, error: LLMRouterError) -> Decision:
    """A fallback that cannot take the request at all (unknown model, a parameter it refuses)
    is a failure of its own; the chain moves on to the next target of the same kind."""
    chain.failures.append((target.model, error))
    queue = {"fallback": chain.fallbacks, "context_window": chain.context_window}.get(
        target.kind, chain.content_policy
    )
    if queue:
        chain.target += 1
        return Fallback(queue.pop(0))
    return Fail(all_unavailable(chain.failures))


def deadline_exceeded(chain: Chain, error: LLMRouterError, where: str) -> APITimeoutError:
    return APITimeoutError(
        f"deadline exceeded after {len(chain.failures) + chain.retries + 1} attempt(s); "
        f"last: {where}: {type(error).__name__} {error.status}",
        code="deadline_exceeded",
        details={"last_error": {"target": where, "type": type(error).__name__, "status": error.status}},
    )


def all_unavailable(failures: list[tuple[str, LLMRouterError]]) -> ServiceUnavailableError:
    """Every target of a chain failed: one 503 that names each failure (class and status, never
    the vendor's message text, which may quote the request)."""
    summary = "; ".join(f"{target}: {type(error).__name__} {error.status}" for target, error in failures)
    return ServiceUnavailableError(
        f"all providers unavailable ({summary})",
        code="all_providers_unavailable",
        details={
            "failures": [
                {"target": t, "type": type(e).__name__, "status": e.status, "code": e.code}
                for t, e in failures
            ]
        },
    )
