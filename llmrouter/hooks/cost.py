"""Usage and cost attribution per user, in memory: the post-hook a budget or a ledger builds on."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from .base import CallContext, Hook

__all__ = ["UsageRecord", "UsageTracker"]


@dataclass
class UsageRecord:
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    cost_usd: float = 0.0
    unpriced_calls: int = 0
    """Calls whose price was unknown: their cost is not in ``cost_usd`` (not counted as 0)."""
    calls_without_usage: int = 0


class UsageTracker(Hook):
    """Totals by user (``user=`` on the call, else ``metadata["user_id"]``, else ``None``) and by
    ``provider/model``. Thread-safe; one tracker can serve every call of a process."""

    name = "usage"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.by_user: dict[str | None, UsageRecord] = {}
        self.by_model: dict[str, UsageRecord] = {}

    @staticmethod
    def user_of(ctx: CallContext) -> str | None:
        if ctx.user:
            return ctx.user
        value = ctx.metadata.get("user_id")
        return str(value) if value is not None else None

    def after_response(self, ctx: CallContext) -> None:
        user = self.user_of(ctx)
        model = f"{ctx.provider}/{ctx.model_id}"
        with self._lock:
            if user not in self.by_user:
                self.by_user[user] = UsageRecord()
            if model not in self.by_model:
                self.by_model[model] = UsageRecord()
            for record in (self.by_user[user], self.by_model[model]):
                self._add(record, ctx)

    @staticmethod
    def _add(record: UsageRecord, ctx: CallContext) -> None:
        record.calls += 1
        usage = ctx.usage
        if usage is None:
            record.calls_without_usage += 1
        else:
            record.prompt_tokens += usage.prompt_tokens
            record.completion_tokens += usage.completion_tokens
            record.cached_tokens += usage.cached_tokens or 0
        if ctx.cost_usd is None:
            record.unpriced_calls += 1
        else:
            record.cost_usd += ctx.cost_usd
