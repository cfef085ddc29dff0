"""One structured log record per call: who, which model, how long, how many tokens, what it cost.

Message and reply text are never logged: the record carries counts (tokens, redactions by type),
so a log can be shipped anywhere without carrying what a redactor kept back.
"""

from __future__ import annotations

import logging
from typing import Any

from ..errors import LLMRouterError
from .base import CallContext, Hook

__all__ = ["LoggingHook"]


class LoggingHook(Hook):
    """``LoggingHook(logger=logging.getLogger("myapp.llm"))``; records go out at ``level``
    (failures at WARNING) with the fields in ``record.llmrouter`` for structured handlers."""

    name = "logging"

    def __init__(self, logger: logging.Logger | None = None, level: int = logging.INFO) -> None:
        self.logger = logger or logging.getLogger("llmrouter.calls")
        self.level = level

    def _fields(self, ctx: CallContext) -> dict[str, Any]:
        usage = ctx.usage
        return {
            "provider": ctx.provider,
            "model": ctx.model_id,
            "user": ctx.user,
            "stream": ctx.stream,
            "attempt": ctx.attempt,
            "duration_s": round(ctx.timings.get("duration_s", 0.0), 4),
            "prompt_tokens": usage.prompt_tokens if usage else None,
            "completion_tokens": usage.completion_tokens if usage else None,
            "cost_usd": ctx.cost_usd,
            "finish_reason": ctx.response.finish_reason if ctx.response else None,
            "redactions": dict(ctx.annotations.get("redactions", {})),
            "findings": len(ctx.annotations.get("findings", ())),
        }

    def after_response(self, ctx: CallContext) -> None:
        if not self.logger.isEnabledFor(self.level):
            return
        fields = self._fields(ctx)
        self.logger.log(
            self.level,
            "llm call %s/%s ok in %.3fs tokens=%s/%s cost=%s",
            fields["provider"],
            fields["model"],
            fields["duration_s"],
            fields["prompt_tokens"],
            fields["completion_tokens"],
            fields["cost_usd"],
            extra={"llmrouter": fields},
        )

    def on_error(self, ctx: CallContext, error: LLMRouterError) -> None:
        fields = self._fields(ctx) | {"status": error.status, "code": error.code}
        # The error's class and code only: a vendor message may quote the request.
        self.logger.warning(
            "llm call %s/%s failed: %s status=%s code=%s",
            fields["provider"],
            fields["model"],
            type(error).__name__,
            error.status,
            error.code,
            extra={"llmrouter": fields},
        )
