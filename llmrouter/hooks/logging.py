"""One structured record per call: who, which model, how many attempts, how long, how many tokens,
what it cost, how it ended.

:func:`log_call` is called by the pipeline once at the end of every call and writes the record
to the stdlib logger ``llmrouter`` at INFO (the library adds no handler: configure logging as
usual to see it). The fields are in ``record.llmrouter`` for structured handlers; the message is
a one-line summary of them. When the logger is disabled for INFO, the call costs one
``isEnabledFor`` check.

No message or reply text is logged, nor any API key. :func:`log_content` opts in to text, and
then every text is passed through a masking :class:`~llmrouter.hooks.redact.Redactor` first (a
reply is logged after the call's own redactor restored it, so it is masked again).

:class:`JsonlLogger` writes the same record as one JSON line per call, plus one line per failed
attempt (``"record": "attempt"``), to a file; :class:`LoggingHook` sends it to a logger of your
choice.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from typing import TYPE_CHECKING, Any

from ..errors import InvalidRequestError
from .base import Attempt, CallContext, Hook

if TYPE_CHECKING:
    from ..errors import LLMRouterError
    from .redact import Redactor

__all__ = [
    "JsonlLogger",
    "LoggingHook",
    "attempt_record",
    "call_id",
    "call_record",
    "log_call",
    "log_content",
]

logger = logging.getLogger("llmrouter")

_ids = random.Random()
"""Call ids: 128 random bits from a generator seeded from os.urandom (reseeded in a forked child);
os.urandom itself is a system call per id, which costs tens of microseconds in some sandboxes."""
os.register_at_fork(after_in_child=_ids.seed)

_process = [os.getpid()]
"""This process's id, kept by a fork hook: os.getpid() is a system call, and hooks run per call."""
os.register_at_fork(after_in_child=lambda: _process.__setitem__(0, os.getpid()))

_CALL_ID = object()
"""The key of the call's id in ``ctx.state``, shared by the logger, the ledger and the tracer."""


def call_id(ctx: CallContext) -> str:
    """A unique id for the call (uuid4 hex), the same in its log record, ledger rows and span."""
    value = ctx.state.get(_CALL_ID)
    if value is None:
        value = ctx.state[_CALL_ID] = f"{_ids.getrandbits(128):032x}"
    return value  # type: ignore[no-any-return]


def user_of(ctx: CallContext) -> str | None:
    """``user=`` on the call, else ``metadata["user_id"]``."""
    if ctx.user:
        return ctx.user
    value = ctx.metadata.get("user_id") if ctx.metadata else None
    return str(value) if value is not None else None


def _tokens(usage: Any) -> tuple[int | None, int | None, int | None, int | None, int | None]:
    """(prompt, completion, cached, cache write, reasoning) of a chat or embeddings usage."""
    if usage is None:
        return None, None, None, None, None
    prompt = getattr(usage, "prompt_tokens", None)
    completion = getattr(usage, "completion_tokens", None)
    if completion is None and prompt is not None:
        completion = 0  # embeddings
    details = getattr(usage, "prompt_tokens_details", None)
    cached = getattr(details, "cached_tokens", None) if details is not None else None
    written = getattr(details, "cache_write_tokens", None) if details is not None else None
    out = getattr(usage, "completion_tokens_details", None)
    reasoning = getattr(out, "reasoning_tokens", None) if out is not None else None
    return prompt, completion, cached, written, reasoning


def _latency(ctx: CallContext) -> float:
    timings = ctx.timings
    duration = timings.get("duration_s")
    if duration is None:
        start = timings.get("start")
        duration = time.perf_counter() - start if start is not None else 0.0
    return round(duration, 6)


# ---------------------------------------------------------------------------------------------
# Text, only when asked for, and only masked
# ---------------------------------------------------------------------------------------------

_content = {"enabled": False}
_masker: list[Redactor] = []


def log_content(enabled: bool = True, redactor: Redactor | None = None) -> None:
    """Opts in (or back out) to message and reply text in records, spans and JSON lines.
    Text is masked by ``redactor`` (default: every built-in type masked, ``[EMAIL]``) first."""
    if not isinstance(enabled, bool):
        raise InvalidRequestError("log_content(enabled) takes True or False")
    _content["enabled"] = enabled
    _masker.clear()
    if redactor is not None:
        _masker.append(redactor)


def content_enabled() -> bool:
    return _content["enabled"]


def mask(text: str) -> str:
    if not _masker:
        from .redact import Redactor

        _masker.append(Redactor(default_mode="mask", restore=False))
    return _masker[0].redact(text)[0]


def texts_of(ctx: CallContext) -> dict[str, Any]:
    """The call's texts, masked: ``{"messages": [{"role", "content"}], "reply": ...}``."""
    out: dict[str, Any] = {}
    messages = getattr(ctx.request, "messages", None)
    if messages is not None:
        out["messages"] = [{"role": m.role, "content": mask(m.text())} for m in messages]
    elif ctx.request is not None:
        out["input"] = [mask(text) for text in ctx.request.texts()]
    content = getattr(ctx.response, "content", None)
    if isinstance(content, str):
        out["reply"] = mask(content)
    return out


# ---------------------------------------------------------------------------------------------
# The record
# ---------------------------------------------------------------------------------------------


_RECORD = object()
"""The key of the finished call's record in ``ctx.state``: built once for every consumer."""


def call_record(ctx: CallContext, *, include_text: bool | None = None) -> dict[str, Any]:
    """The fields of a call's record (JSON-serialisable; counts, never text unless opted in).
    Built once per call and shared (the logger, the JSON lines and the tracer read the same)."""
    text = include_text if include_text is not None else _content["enabled"]
    cached = ctx.state.get(_RECORD)
    if cached is not None and cached[0] == text and cached[1] is ctx.error and cached[2] is ctx.response:
        return cached[3]  # type: ignore[no-any-return]
    record = _build(ctx, text)
    ctx.state[_RECORD] = (text, ctx.error, ctx.response, record)
    return record


def _failed(attempts: list[Attempt]) -> int:
    failed = 0
    for attempt in attempts:
        if attempt.error is not None:
            failed += 1
    return failed


def _build(ctx: CallContext, include_text: bool) -> dict[str, Any]:
    error = ctx.error
    prompt, completion, cached, written, reasoning = _tokens(ctx.usage)
    annotations = ctx.annotations
    redactions = annotations.get("redactions") if annotations else None
    findings = annotations.get("findings") if annotations else None
    record: dict[str, Any] = {
        "request_id": call_id(ctx),
        "response_id": getattr(ctx.response, "id", None) or (error.request_id if error is not None else None),
        "operation": ctx.operation,
        "user": user_of(ctx),
        "provider": ctx.provider,
        "model": ctx.request.model if ctx.request is not None else ctx.model,
        "requested_model": ctx.model,
        "stream": ctx.stream,
        "started_at": round(ctx.started_at, 6),
        "latency_s": _latency(ctx),
        "attempts": len(ctx.attempts),
        "failed_attempts": _failed(ctx.attempts),
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "cached_tokens": cached,
        "cache_write_tokens": written,
        "reasoning_tokens": reasoning,
        "cost_usd": ctx.cost_usd,
        "finish_reason": getattr(ctx.response, "finish_reason", None),
        "status": "error" if error is not None else "ok",
        "error": type(error).__name__ if error is not None else None,
        "error_code": error.code if error is not None else None,
        "http_status": error.status if error is not None else None,
        "cache_hit": ctx.cache_hit,
        "redactions": dict(redactions) if redactions else {},
        "findings": len(findings) if findings else 0,
    }
    if "first_chunk_s" in ctx.timings:
        record["first_chunk_s"] = round(ctx.timings["first_chunk_s"], 6)
    if ctx.stream:
        record["complete"] = ctx.complete
    saved = annotations.get("saved_cost_usd") if annotations else None
    if saved is not None:
        record["saved_cost_usd"] = saved
    if ctx.answered_by:
        record["answered_by"] = ctx.answered_by
    if include_text:
        record.update(texts_of(ctx))
    return record


def attempt_record(ctx: CallContext, attempt: Attempt) -> dict[str, Any]:
    error = attempt.error
    prompt, completion, cached, _written, reasoning = _tokens(attempt.usage)
    return {
        "record": "attempt",
        "request_id": call_id(ctx),
        "number": attempt.number,
        "target": attempt.target,
        "retry": attempt.retry,
        "provider": attempt.provider,
        "model": attempt.model,
        "user": user_of(ctx),
        "started_at": round(attempt.started_at, 6),
        "duration_s": round(attempt.duration_s, 6),
        "status": "error" if error is not None else "ok",
        "error": type(error).__name__ if error is not None else None,
        "error_code": error.code if error is not None else None,
        "http_status": error.status if error is not None else None,
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "cached_tokens": cached,
        "reasoning_tokens": reasoning,
    }


_MESSAGE = "llm %s %s/%s %s in %.3fs attempts=%s tokens=%s/%s cost=%s id=%s"


def _emit(target: logging.Logger, level: int, record: dict[str, Any]) -> None:
    status = record["status"] if record["error"] is None else f"{record['error']} {record['error_code']}"
    args = (
        record["operation"],
        record["provider"],
        record["model"],
        status,
        record["latency_s"],
        record["attempts"],
        record["prompt_tokens"],
        record["completion_tokens"],
        record["cost_usd"],
        record["request_id"],
    )
    # makeRecord + handle, as Logger.log does, minus its walk up the stack for the caller's line
    # (always this function): a third of the cost of a log call
    entry = target.makeRecord(
        target.name, level, __file__, 0, _MESSAGE, args, None, "_emit", {"llmrouter": record}
    )
    target.handle(entry)


def log_call(ctx: CallContext) -> None:
    """The pipeline's end-of-call record on the ``llmrouter`` logger (INFO)."""
    if not logger.isEnabledFor(logging.INFO):
        return
    try:
        _emit(logger, logging.INFO, call_record(ctx))
    except Exception as exc:  # a log record must never fail a call
        logger.debug("could not build the call record: %s", type(exc).__name__)


class LoggingHook(Hook):
    """The same record as :func:`log_call`, to ``logger`` (default ``llmrouter.calls``) at
    ``level``; failures at ``failure_level`` (default WARNING)."""

    name = "logging"

    def __init__(
        self,
        logger: logging.Logger | None = None,
        level: int = logging.INFO,
        *,
        failure_level: int = logging.WARNING,
        include_text: bool | None = None,
    ) -> None:
        self.logger = logger or logging.getLogger("llmrouter.calls")
        self.level = level
        self.failure_level = failure_level
        self.include_text = include_text

    def after_response(self, ctx: CallContext) -> None:
        if self.logger.isEnabledFor(self.level):
            _emit(self.logger, self.level, call_record(ctx, include_text=self.include_text))

    def on_error(self, ctx: CallContext, error: LLMRouterError) -> None:
        if self.logger.isEnabledFor(self.failure_level):
            _emit(self.logger, self.failure_level, call_record(ctx, include_text=self.include_text))


class JsonlLogger(Hook):
    """``JsonlLogger("calls.jsonl")``: one JSON line per call (``"record": "call"``) and one per
    failed attempt (``"record": "attempt"``). Each line is one ``write`` to a file opened in
    append mode, so threads and processes may share the file without interleaving lines."""

    name = "jsonl"

    def __init__(self, path: str | os.PathLike[str], *, include_text: bool | None = None) -> None:
        if not isinstance(path, (str, os.PathLike)) or not os.fspath(path):
            raise InvalidRequestError("JsonlLogger needs a file path", param="path")
        self.path = os.fspath(path)
        self.include_text = include_text
        self._lock = threading.Lock()
        self._fd: int | None = None
        self._pid = 0

    def __repr__(self) -> str:
        return f"JsonlLogger({self.path!r})"

    def _write(self, record: dict[str, Any]) -> None:
        import json  # here, not at `import llmrouter` (which loads this module for log_call)

        line = (json.dumps(record, separators=(",", ":"), default=str) + "\n").encode()
        with self._lock:
            if self._fd is None or self._pid != _process[0]:
                self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                self._pid = _process[0]
            os.write(self._fd, line)

    def on_attempt(self, ctx: CallContext, attempt: Attempt) -> None:
        if attempt.error is not None:
            self._write(attempt_record(ctx, attempt))

    def after_response(self, ctx: CallContext) -> None:
        self._write({"record": "call", **call_record(ctx, include_text=self.include_text)})

    def on_error(self, ctx: CallContext, error: LLMRouterError) -> None:
        self._write({"record": "call", **call_record(ctx, include_text=self.include_text)})

    def close(self) -> None:
        with self._lock:
            if self._fd is not None and self._pid == os.getpid():
                os.close(self._fd)
            self._fd = None
