"""Hooks: pre-request (redaction, injection guard) and post-response (logging, cost) plug-ins.

Built-in hooks are imported on first access so that ``import llmrouter`` stays light.
"""

from __future__ import annotations

from typing import Any

from .base import EVENTS, Attempt, CallContext, Hook, HookPlan

__all__ = [
    "EVENTS",
    "Attempt",
    "Budget",
    "CallContext",
    "Hook",
    "HookPlan",
    "InjectionGuard",
    "JsonlLogger",
    "LoggingHook",
    "ModerationGuard",
    "RateLimit",
    "Redactor",
    "ResponseCache",
    "TracingHook",
    "UsageLedger",
    "UsageTracker",
]


def __dir__() -> list[str]:
    # the built-in hooks load lazily, but dir() and editors should still list them
    return sorted(set(globals()) | set(_LAZY))


_LAZY = {
    "Redactor": ".redact",
    "Detector": ".redact",
    "Finding": ".redact",
    "PresidioDetector": ".redact",
    "InjectionGuard": ".injection",
    "InjectionScore": ".injection",
    "InjectionReason": ".injection",
    "LoggingHook": ".logging",
    "UsageTracker": ".cost",
    "UsageLedger": ".ledger",
    "JsonlLogger": ".logging",
    "TracingHook": ".tracing",
    "log_content": ".logging",
    "ModerationGuard": ".moderation",
    "RateLimit": ".limits",
    "Budget": ".limits",
    "ResponseCache": ".cache",
    "UsageRecord": ".cost",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module, __name__), name)
