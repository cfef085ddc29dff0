"""Per-user (or per-key, per-model, per-anything) rate limits and spend budgets, as hooks.

Both refuse a call before any vendor I/O: :class:`RateLimit` with ``RateLimitError`` (429,
``retry_after`` = when the bucket will hold enough again), :class:`Budget` with
``BudgetExceededError`` (402, ``budget_exceeded``, ``retry_after`` = when the period ends).

Rate limits are token buckets (capacity = the per-minute limit, refilled continuously), so a burst
up to the limit is admitted and then calls are spaced out. A token limit reserves an estimate
before the call (the prompt's characters / 4 + ``max_tokens``), settles to the real usage after
it, and releases the reservation if the call fails. Budgets add each call's real cost once it is
known; calls already in flight when a budget runs out may finish (the overshoot is bounded by the
calls in flight). Both run late among ``before_request`` hooks (``order`` 200), so a reply answered
by a response cache uses no quota.

Where the counters live: ``backend="memory"`` (this process; default) or ``"redis://host/0"``
(every process and machine on that server; atomic Lua scripts). An unreachable backend refuses the
call with ``BackendUnavailableError`` unless ``on_backend_error="allow"``, which lets it through
with a warning.
"""

from __future__ import annotations

import calendar
import logging
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from ..backends import Store, open_store
from ..errors import BackendUnavailableError, BudgetExceededError, InvalidRequestError, RateLimitError
from .base import CallContext, Hook

__all__ = ["Budget", "RateLimit", "estimate_tokens"]

logger = logging.getLogger("llmrouter")

Scope = Literal["user", "api_key", "model", "global"] | Callable[[CallContext], str | None]
OnBackendError = Literal["raise", "allow"]

#: Output tokens assumed for a token reservation when the call sets no ``max_tokens``.
DEFAULT_OUTPUT_ESTIMATE = 256


def estimate_tokens(ctx: CallContext) -> int:
    """A cheap upper-ish estimate of a call's tokens: about 4 characters a token for the text it
    sends, plus the output it may produce. Settled to the real usage after the call."""
    chars = sum(len(text) for text in ctx.request.texts())
    output = ctx.params.get("max_tokens") or DEFAULT_OUTPUT_ESTIMATE if ctx.operation == "chat" else 0
    return max(1, chars // 4 + int(output))


def _scope_key(per: Scope, ctx: CallContext) -> str | None:
    if callable(per):
        value = per(ctx)
        return None if value is None else str(value)
    if per == "user":
        return ctx.user or str(ctx.metadata.get("user_id") or "") or "anonymous"
    if per == "api_key":
        import hashlib

        key = ctx.request.api_key or f"env:{ctx.provider}"
        return hashlib.sha256(key.encode()).hexdigest()[:16]  # never the key itself
    if per == "model":
        return f"{ctx.provider}/{ctx.model_id}"
    return "all"


def _check_choice(name: str, value: Any, allowed: tuple[str, ...]) -> None:
    if not callable(value) and value not in allowed:
        raise InvalidRequestError(f"{name} must be one of {allowed} or a callable, got {value!r}", param=name)


def _positive(name: str, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise InvalidRequestError(f"{name} must be a positive number, got {value!r}", param=name)
    return float(value)


@dataclass(slots=True)
class _Reservation:
    key: str
    tokens: int


class _Limiter(Hook):
    order = 200

    def __init__(
        self, backend: Any, per: Scope, on_backend_error: OnBackendError, clock: Callable[[], float]
    ) -> None:
        _check_choice("per", per, ("user", "api_key", "model", "global"))
        if on_backend_error not in ("raise", "allow"):
            raise InvalidRequestError("on_backend_error must be 'raise' or 'allow'", param="on_backend_error")
        self.store: Store = open_store(backend)
        self.per = per
        self.on_backend_error = on_backend_error
        self.clock = clock

    def _backend_failed(self, error: BackendUnavailableError) -> None:
        if self.on_backend_error == "raise":
            raise error
        warnings.warn(f"{type(self).__name__}: {error.message}; letting the call through", stacklevel=2)


class RateLimit(_Limiter):
    """``RateLimit(requests_per_minute=60, tokens_per_minute=100_000, per="user")``."""

    name = "rate_limit"

    def __init__(
        self,
        *,
        requests_per_minute: float | None = None,
        tokens_per_minute: float | None = None,
        per: Scope = "user",
        backend: Any = None,
        on_backend_error: OnBackendError = "raise",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.rpm = _positive("requests_per_minute", requests_per_minute)
        self.tpm = _positive("tokens_per_minute", tokens_per_minute)
        if self.rpm is None and self.tpm is None:
            raise InvalidRequestError("RateLimit needs requests_per_minute and/or tokens_per_minute")
        super().__init__(backend, per, on_backend_error, clock)

    def __repr__(self) -> str:
        return f"RateLimit(requests_per_minute={self.rpm}, tokens_per_minute={self.tpm}, per={self.per!r})"

    def _denied(self, what: str, limit: float, wait: float, scope: str) -> RateLimitError:
        return RateLimitError(
            f"rate limit of {limit:g} {what} per minute reached for this {self.per if isinstance(self.per, str) else 'scope'}; "
            f"retry in {wait:.2f}s",
            retry_after=wait,
            details={
                "limit": limit,
                "unit": what,
                "per": self.per if isinstance(self.per, str) else "custom",
            },
        )

    def before_request(self, ctx: CallContext) -> None:
        scope = _scope_key(self.per, ctx)
        if scope is None:
            return
        now = self.clock()
        try:
            if self.rpm is not None:
                wait = self.store.take(f"rpm:{scope}", 1, self.rpm, self.rpm / 60, now)
                if wait:
                    raise self._denied("requests", self.rpm, wait, scope)
            if self.tpm is not None:
                estimate = estimate_tokens(ctx)
                wait = self.store.take(f"tpm:{scope}", min(estimate, self.tpm), self.tpm, self.tpm / 60, now)
                if wait:
                    if self.rpm is not None:
                        self.store.take(f"rpm:{scope}", -1, self.rpm, self.rpm / 60, now)
                    raise self._denied("tokens", self.tpm, wait, scope)
                ctx.state[self] = _Reservation(scope, min(estimate, int(self.tpm)))
        except BackendUnavailableError as error:
            self._backend_failed(error)

    async def abefore_request(self, ctx: CallContext) -> None:
        scope = _scope_key(self.per, ctx)
        if scope is None:
            return
        now = self.clock()
        try:
            if self.rpm is not None:
                wait = await self.store.atake(f"rpm:{scope}", 1, self.rpm, self.rpm / 60, now)
                if wait:
                    raise self._denied("requests", self.rpm, wait, scope)
            if self.tpm is not None:
                estimate = estimate_tokens(ctx)
                wait = await self.store.atake(
                    f"tpm:{scope}", min(estimate, self.tpm), self.tpm, self.tpm / 60, now
                )
                if wait:
                    if self.rpm is not None:
                        await self.store.atake(f"rpm:{scope}", -1, self.rpm, self.rpm / 60, now)
                    raise self._denied("tokens", self.tpm, wait, scope)
                ctx.state[self] = _Reservation(scope, min(estimate, int(self.tpm)))
        except BackendUnavailableError as error:
            self._backend_failed(error)

    def _settlement(self, ctx: CallContext, succeeded: bool) -> tuple[str, float] | None:
        """The correction to the token bucket: the real usage minus the estimate taken (a call
        that failed gives its whole reservation back)."""
        reservation = ctx.state.pop(self, None)
        if not isinstance(reservation, _Reservation) or self.tpm is None:
            return None
        used = getattr(ctx.usage, "total_tokens", None) if succeeded else 0
        if used is None:
            return None  # no usage reported: the estimate stands
        return f"tpm:{reservation.key}", used - reservation.tokens

    def after_response(self, ctx: CallContext) -> None:
        self._settle_sync(self._settlement(ctx, True))

    def on_error(self, ctx: CallContext, error: Any) -> None:
        self._settle_sync(self._settlement(ctx, False))

    async def aafter_response(self, ctx: CallContext) -> None:
        await self._settle_async(self._settlement(ctx, True))

    async def aon_error(self, ctx: CallContext, error: Any) -> None:
        await self._settle_async(self._settlement(ctx, False))

    def _settle_sync(self, settlement: tuple[str, float] | None) -> None:
        if settlement is None or self.tpm is None or not settlement[1]:
            return
        key, delta = settlement
        try:
            self.store.take(key, delta, self.tpm, self.tpm / 60, self.clock())
        except BackendUnavailableError as error:
            logger.warning("rate limit settlement lost: %s", error.message)

    async def _settle_async(self, settlement: tuple[str, float] | None) -> None:
        if settlement is None or self.tpm is None or not settlement[1]:
            return
        key, delta = settlement
        try:
            await self.store.atake(key, delta, self.tpm, self.tpm / 60, self.clock())
        except BackendUnavailableError as error:
            logger.warning("rate limit settlement lost: %s", error.message)


_periods: tuple[float, float, str, str, float] | None = None  # day start, day end, day, month, month end


def _period_keys(now: float) -> tuple[str, float, str, float]:
    """Today's and this month's keys (UTC) and the seconds until each ends; the calendar work is
    done once a day, not once a call."""
    global _periods
    known = _periods
    if known is None or not known[0] <= now < known[1]:
        moment = datetime.fromtimestamp(now, tz=UTC)
        day_start = calendar.timegm((moment.year, moment.month, moment.day, 0, 0, 0))
        month_days = calendar.monthrange(moment.year, moment.month)[1]
        month_end = calendar.timegm((moment.year, moment.month, 1, 0, 0, 0)) + month_days * 86_400
        known = _periods = (
            day_start,
            day_start + 86_400,
            moment.strftime("%Y-%m-%d"),
            moment.strftime("%Y-%m"),
            month_end,
        )
    return known[2], known[1] - now, known[3], known[4] - now


class Budget(_Limiter):
    """``Budget(usd_per_day=5, usd_per_month=100, per="user")``: spend from each call's
    ``cost_usd`` (price data), refused with 402 once a period's budget is used up."""

    name = "budget"

    def __init__(
        self,
        *,
        usd_per_day: float | None = None,
        usd_per_month: float | None = None,
        per: Scope = "user",
        backend: Any = None,
        on_backend_error: OnBackendError = "raise",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.per_day = _positive("usd_per_day", usd_per_day)
        self.per_month = _positive("usd_per_month", usd_per_month)
        if self.per_day is None and self.per_month is None:
            raise InvalidRequestError("Budget needs usd_per_day and/or usd_per_month")
        super().__init__(backend, per, on_backend_error, clock)
        self._unpriced_warned = False

    def __repr__(self) -> str:
        return f"Budget(usd_per_day={self.per_day}, usd_per_month={self.per_month}, per={self.per!r})"

    def _limits(self, scope: str, now: float) -> list[tuple[str, float, float, str]]:
        day, day_left, month, month_left = _period_keys(now)
        out = []
        if self.per_day is not None:
            out.append((f"usd:{scope}:{day}", self.per_day, day_left, "day"))
        if self.per_month is not None:
            out.append((f"usd:{scope}:{month}", self.per_month, month_left, "month"))
        return out

    @staticmethod
    def _exceeded(limit: float, spent: float, left: float, period: str) -> BudgetExceededError:
        return BudgetExceededError(
            f"the budget of ${limit:g} per {period} is used up (${spent:.4f} spent)",
            retry_after=left,
            details={"limit_usd": limit, "spent_usd": round(spent, 6), "period": period},
        )

    def before_request(self, ctx: CallContext) -> None:
        scope = _scope_key(self.per, ctx)
        if scope is None:
            return
        try:
            for key, limit, left, period in self._limits(scope, self.clock()):
                spent = self.store.add(key, 0.0, left + 60)
                if spent >= limit:
                    raise self._exceeded(limit, spent, left, period)
        except BackendUnavailableError as error:
            self._backend_failed(error)

    async def abefore_request(self, ctx: CallContext) -> None:
        scope = _scope_key(self.per, ctx)
        if scope is None:
            return
        try:
            for key, limit, left, period in self._limits(scope, self.clock()):
                spent = await self.store.aadd(key, 0.0, left + 60)
                if spent >= limit:
                    raise self._exceeded(limit, spent, left, period)
        except BackendUnavailableError as error:
            self._backend_failed(error)

    def _spend(self, ctx: CallContext) -> tuple[str, float] | None:
        if ctx.cost_usd is None:
            if not self._unpriced_warned:
                self._unpriced_warned = True
                warnings.warn(
                    f"Budget: {ctx.provider}/{ctx.model_id} has no price; its calls are not counted "
                    "(llmrouter.register_price adds one)",
                    stacklevel=2,
                )
            return None
        scope = _scope_key(self.per, ctx)
        return (scope, ctx.cost_usd) if scope is not None and ctx.cost_usd > 0 else None

    def after_response(self, ctx: CallContext) -> None:
        spend = self._spend(ctx)
        if spend is None:
            return
        try:
            for key, _, left, _ in self._limits(spend[0], self.clock()):
                self.store.add(key, spend[1], left + 60)
        except BackendUnavailableError as error:
            logger.warning("budget spend lost: %s", error.message)

    async def aafter_response(self, ctx: CallContext) -> None:
        spend = self._spend(ctx)
        if spend is None:
            return
        try:
            for key, _, left, _ in self._limits(spend[0], self.clock()):
                await self.store.aadd(key, spend[1], left + 60)
        except BackendUnavailableError as error:
            logger.warning("budget spend lost: %s", error.message)
