"""The one call pipeline, for every kind of call, read top to bottom:

1. :mod:`llmrouter.calls` builds a :class:`~llmrouter.calls.Call` (validate, resolve, plan hooks);
2. ``before_request`` hooks run, and may answer the call themselves (a cache);
3. attempts go to the vendor, and after each failure :func:`llmrouter.policy.decide` says whether
   to retry, fall back or fail; every attempt is reported to ``on_attempt``;
4. the reply is finished (provider, cost) and ``after_response`` runs, or ``on_error`` on failure,
   exactly once either way; streams do step 4 when they end, however they end.

The sync and async shells below are the same steps; they differ only in how they wait.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from .calls import Call, switch_target, with_model_hint
from .errors import ContextWindowExceededError, HookError, InvalidRequestError, LLMRouterError
from .hooks.base import (
    Attempt,
    apply_chunk_hooks_async,
    apply_chunk_hooks_sync,
    run_async,
    run_sync,
)
from .hooks.logging import log_call
from .policy import Decision, Fail, Fallback, Retry, apply, attempt_timeout, decide, skip
from .streaming import AsyncCompletionStream, CompletionStream, chunks_of
from .types import ChatCompletion, ChatCompletionChunk, Message

__all__ = ["run_call_async", "run_call_sync", "stream_call_async", "stream_call_sync"]

logger = logging.getLogger("llmrouter")

MessageLike = Message | Mapping[str, Any]


# --------------------------------------------------------------------------------------------
# Pure steps shared by both shells
# --------------------------------------------------------------------------------------------


def translate(call: Call, exc: BaseException) -> LLMRouterError:
    """Any failure as our error, stamped with the target it happened at."""
    if isinstance(exc, LLMRouterError):
        if exc.provider is None:
            exc.provider, exc.model = call.provider.name, call.request.model
        return exc
    if not isinstance(exc, Exception):
        raise exc
    return with_model_hint(call.provider.translate_error(exc, call.request), call.provider.name)  # type: ignore[arg-type]


def cancelled(call: Call) -> LLMRouterError:
    return LLMRouterError(
        "the call was cancelled",
        status=499,
        code="cancelled",
        provider=call.provider.name,
        model=call.request.model,
    )


def attempt_of(
    call: Call, wall: float, start: float, error: LLMRouterError | None, usage: Any = None
) -> Attempt:
    ctx = call.ctx
    attempt = Attempt(
        number=ctx.attempt,
        target=call.chain.target,
        retry=call.chain.retries,
        provider=call.provider.name,
        model=call.request.model,
        started_at=wall,
        duration_s=time.perf_counter() - start,
        error=error,
        usage=usage,
    )
    ctx.attempts.append(attempt)
    if call.observer is not None:
        call.observer.finished(call, attempt)
    return attempt


def finish(call: Call, reply: Any, answered: bool) -> Any:
    """Stamps provider and cost on the reply and the context. An answer from a hook cost
    nothing; what it saved is kept in ``annotations["saved_cost_usd"]``."""
    ctx = call.ctx
    if ctx.operation == "chat" and not isinstance(reply, ChatCompletion):
        raise HookError(
            f"hook {ctx.answered_by!r} answered a chat call with {type(reply).__name__}, not a ChatCompletion",
            hook=ctx.answered_by or "?",
        )
    cost = call.op.finish(call.request, reply, call.provider.name)
    if answered:
        ctx.annotations["saved_cost_usd"] = cost
        cost = 0.0 if cost is not None else None
        if hasattr(reply, "_cost_usd"):
            reply._cost_usd = cost
        if hasattr(reply, "_cache_hit"):
            reply._cache_hit = True
    ctx.response = reply
    ctx.usage = getattr(reply, "usage", None)
    ctx.cost_usd = cost
    ctx.timings["duration_s"] = time.perf_counter() - ctx.timings["start"]
    return reply


def answer_of(call: Call, result: Any) -> Any:
    """What a ``before_request`` hook returned: ``None``, or (hook name, reply) to answer with."""
    if result is None:
        return None
    name, reply = result
    call.ctx.cache_hit = True
    call.ctx.answered_by = name
    return reply


def after_error(call: Call, error: LLMRouterError) -> Decision:
    """The decision after a failed attempt, applied: on a fallback the call has moved to the
    first target that can take the request (one that cannot is recorded and skipped)."""
    decision = decide(call.policy, call.chain, error, call.where, call.policy.clock())
    apply(call.chain, decision, error, call.where)
    while isinstance(decision, Fallback):
        logger.info("falling back from %s to %s after %s", call.where, decision.target.model, error.code)
        try:
            switch_target(call, decision.target)
            break
        except LLMRouterError as unusable:
            decision = skip(call.chain, decision.target, unusable)
    return decision


def content_filtered(call: Call, reply: Any) -> Any:
    """A reply stopped by the vendor's content filter is a failure when the call has
    ``content_policy_fallbacks`` to try instead."""
    if call.chain.content_policy and getattr(reply, "finish_reason", None) == "content_filter":
        raise InvalidRequestError(
            "the reply was stopped by the vendor's content filter", code="content_filter"
        )
    return reply


# --------------------------------------------------------------------------------------------
# Sync shell
# --------------------------------------------------------------------------------------------


def _fits(call: Call) -> bool:
    """The context-window pre-flight for the current target, before any I/O to it. A refusal is
    decided like a failed attempt (context_window_fallbacks apply) but is not reported as one:
    nothing was sent."""
    if not (call.check_context_window and call.ctx.operation == "chat" and call.chain.retries == 0):
        return True
    from .tokens import preflight  # loaded on the first chat call, not at `import llmrouter`

    try:
        preflight(call.request)  # type: ignore[arg-type]
    except ContextWindowExceededError as error:
        translate(call, error)
        decision = after_error(call, error)
        if isinstance(decision, Fail):
            raise decision.error from None
        return False
    return True


def _fail_sync(call: Call, exc: BaseException) -> LLMRouterError:
    error = cancelled(call) if not isinstance(exc, Exception) else translate(call, exc)
    call.ctx.error = error
    if call.observer is not None:
        call.observer.released(call)
    if call.plan.on_error:
        try:
            run_sync(call.plan.on_error, "on_error", call.ctx, error)
        except LLMRouterError as hook_error:
            logger.warning("an on_error hook failed: %s", hook_error)
    log_call(call.ctx)
    return error


def _report_sync(call: Call, attempt: Attempt) -> None:
    if call.plan.on_attempt:
        run_sync(call.plan.on_attempt, "on_attempt", call.ctx, attempt)


def _send_by_deadline(call: Call, send: Callable[[Call], Any]) -> Any:
    """A sync attempt cannot be cut once in flight: under a deadline, a provider that passes
    ``request.timeout`` on each SDK call (``timeout_per_request``) gets a copy of the request
    whose timeout ends by the deadline, so its HTTP timeout stops the attempt there."""
    request = call.ctx.request
    if call.chain.deadline is None or not getattr(call.provider, "timeout_per_request", False):
        return send(call)
    timeout = attempt_timeout(request.timeout, call.chain.deadline, call.policy.clock())
    if timeout == request.timeout:
        return send(call)
    call.ctx.request = replace(request, timeout=timeout)
    try:
        return send(call)
    finally:
        call.ctx.request = request


def _attempts_sync(call: Call, send: Callable[[Call], Any], *, report_success: bool) -> Any:
    """Tries targets until one answers, as :func:`decide` says; returns what ``send`` returned."""
    while True:
        if not _fits(call):
            continue
        if call.observer is not None:
            call.observer.started(call)
        wall, start = time.time(), time.perf_counter()
        try:
            result = _send_by_deadline(call, send)
        except Exception as exc:
            error = translate(call, exc)
            _report_sync(call, attempt_of(call, wall, start, error))
            decision = after_error(call, error)
            if isinstance(decision, Fail):
                if decision.error is exc:
                    raise
                raise decision.error from exc
            if isinstance(decision, Retry):
                logger.info("retrying %s in %.2fs after %s", call.where, decision.delay, error.code)
                call.policy.sleep(decision.delay)
            call.ctx.attempt += 1
            continue
        if report_success:
            _report_sync(call, attempt_of(call, wall, start, None, getattr(result, "usage", None)))
        else:
            call.ctx.timings["attempt_wall"], call.ctx.timings["attempt_start"] = wall, start
        return result


def run_call_sync(call: Call) -> Any:
    ctx, plan = call.ctx, call.plan
    try:
        reply = None
        if plan.before_request:
            reply = answer_of(call, run_sync(plan.before_request, "before_request", ctx))
        answered = reply is not None
        if reply is None:
            method = call.op.method
            reply = _attempts_sync(
                call,
                lambda c: content_filtered(c, getattr(c.provider, method)(c.request)),
                report_success=True,
            )
        finish(call, reply, answered)
        if plan.after_response:
            run_sync(plan.after_response, "after_response", ctx)
        log_call(ctx)
    except BaseException as exc:
        error = _fail_sync(call, exc)
        if error is exc or not isinstance(exc, Exception):
            raise
        raise error from exc
    return ctx.response


def _open_stream_sync(call: Call) -> Iterator[ChatCompletionChunk]:
    """Starts the stream and reads its first chunk, so that errors before any output raise
    from ``completion()`` itself and can be retried."""
    source = call.provider.stream(call.request)  # type: ignore[arg-type]
    try:
        first = next(source)
    except StopIteration:
        return iter(())
    call.ctx.timings["first_chunk_s"] = time.perf_counter() - call.ctx.timings["start"]
    return _prepend(first, source)


def _prepend(
    first: ChatCompletionChunk, rest: Iterator[ChatCompletionChunk]
) -> Iterator[ChatCompletionChunk]:
    try:
        yield first
        yield from rest
    finally:
        close = getattr(rest, "close", None)
        if close is not None:
            close()


def _streamed_attempt(
    call: Call, completion: ChatCompletion | None, error: LLMRouterError | None
) -> Attempt | None:
    if call.ctx.cache_hit:
        return None
    timings = call.ctx.timings
    return attempt_of(
        call,
        timings["attempt_wall"],
        timings["attempt_start"],
        error,
        completion.usage if completion else None,
    )


def stream_call_sync(call: Call) -> CompletionStream:
    ctx, plan = call.ctx, call.plan
    try:
        answer = (
            answer_of(call, run_sync(plan.before_request, "before_request", ctx))
            if plan.before_request
            else None
        )
        if answer is not None:
            source: Iterator[ChatCompletionChunk] = iter(chunks_of(finish(call, answer, True)))
        else:
            source = _attempts_sync(call, _open_stream_sync, report_success=False)
    except BaseException as exc:
        error = _fail_sync(call, exc)
        if error is exc or not isinstance(exc, Exception):
            raise
        raise error from exc

    def on_chunk(chunk: ChatCompletionChunk) -> ChatCompletionChunk:
        return apply_chunk_hooks_sync(plan.on_chunk, ctx, chunk)

    def end(completion: ChatCompletion, complete: bool) -> None:
        ctx.timings["complete"] = float(complete)
        try:
            attempt = _streamed_attempt(call, completion, None)
            if attempt is not None:
                _report_sync(call, attempt)
            finish(call, completion, ctx.cache_hit)
            if plan.on_stream_end:
                run_sync(plan.on_stream_end, "on_stream_end", ctx)
            if plan.after_response:
                run_sync(plan.after_response, "after_response", ctx)
            log_call(ctx)
        except Exception as exc:
            error = _fail_sync(call, exc)
            if error is exc:
                raise
            raise error from exc

    def fail(exc: BaseException) -> LLMRouterError:
        error = translate(call, exc) if isinstance(exc, Exception) else cancelled(call)
        attempt = _streamed_attempt(call, None, error)
        try:
            if attempt is not None:
                _report_sync(call, attempt)
            if plan.on_stream_end:
                run_sync(plan.on_stream_end, "on_stream_end", ctx)
        except LLMRouterError as hook_error:
            logger.warning("a hook failed while a stream was failing: %s", hook_error)
        return _fail_sync(call, error)

    return CompletionStream(
        source,
        show_usage=getattr(call.request, "include_usage", False) or bool(ctx.cache_hit),
        on_chunk=on_chunk if plan.on_chunk else None,
        finish=end,
        fail=fail,
    )


# --------------------------------------------------------------------------------------------
# Async shell (the same steps, awaited)
# --------------------------------------------------------------------------------------------


async def _fail_async(call: Call, exc: BaseException) -> LLMRouterError:
    error = cancelled(call) if not isinstance(exc, Exception) else translate(call, exc)
    call.ctx.error = error
    if call.observer is not None:
        call.observer.released(call)
    if call.plan.on_error:
        try:
            await run_async(call.plan.on_error, "on_error", call.ctx, error)
        except LLMRouterError as hook_error:
            logger.warning("an on_error hook failed: %s", hook_error)
    log_call(call.ctx)
    return error


async def _report_async(call: Call, attempt: Attempt) -> None:
    if call.plan.on_attempt:
        await run_async(call.plan.on_attempt, "on_attempt", call.ctx, attempt)


async def _send_within_deadline(call: Call, send: Callable[[Call], Any]) -> Any:
    deadline = call.chain.deadline
    if deadline is None:
        return await send(call)
    import asyncio

    async with asyncio.timeout(max(deadline - call.policy.clock(), 0.0)):
        return await send(call)


async def _attempts_async(call: Call, send: Callable[[Call], Any], *, report_success: bool) -> Any:
    while True:
        if not _fits(call):
            continue
        if call.observer is not None:
            call.observer.started(call)
        wall, start = time.time(), time.perf_counter()
        try:
            result = await _send_within_deadline(call, send)
        except Exception as exc:
            error = translate(call, exc)
            await _report_async(call, attempt_of(call, wall, start, error))
            decision = after_error(call, error)
            if isinstance(decision, Fail):
                if decision.error is exc:
                    raise
                raise decision.error from exc
            if isinstance(decision, Retry):
                logger.info("retrying %s in %.2fs after %s", call.where, decision.delay, error.code)
                await call.policy.asleep(decision.delay)
            call.ctx.attempt += 1
            continue
        if report_success:
            await _report_async(call, attempt_of(call, wall, start, None, getattr(result, "usage", None)))
        else:
            call.ctx.timings["attempt_wall"], call.ctx.timings["attempt_start"] = wall, start
        return result


async def _afiltered(call: Call, method: str) -> Any:
    return content_filtered(call, await getattr(call.provider, method)(call.request))


async def run_call_async(call: Call) -> Any:
    ctx, plan = call.ctx, call.plan
    try:
        reply = None
        if plan.before_request:
            reply = answer_of(call, await run_async(plan.before_request, "before_request", ctx))
        answered = reply is not None
        if reply is None:
            method = call.op.amethod
            reply = await _attempts_async(call, lambda c: _afiltered(c, method), report_success=True)
        finish(call, reply, answered)
        if plan.after_response:
            await run_async(plan.after_response, "after_response", ctx)
        log_call(ctx)
    except BaseException as exc:
        error = await _fail_async(call, exc)
        if error is exc or not isinstance(exc, Exception):
            raise
        raise error from exc
    return ctx.response


async def _open_stream_async(call: Call) -> AsyncIterator[ChatCompletionChunk]:
    source = call.provider.astream(call.request)  # type: ignore[arg-type]
    try:
        first = await source.__anext__()
    except StopAsyncIteration:
        return _aiter(())
    call.ctx.timings["first_chunk_s"] = time.perf_counter() - call.ctx.timings["start"]
    return _aprepend(first, source)


async def _aprepend(
    first: ChatCompletionChunk, rest: AsyncIterator[ChatCompletionChunk]
) -> AsyncIterator[ChatCompletionChunk]:
    try:
        yield first
        async for chunk in rest:
            yield chunk
    finally:
        close = getattr(rest, "aclose", None)
        if close is not None:
            await close()


async def _aiter(chunks: Sequence[ChatCompletionChunk]) -> AsyncIterator[ChatCompletionChunk]:
    for chunk in chunks:
        yield chunk


async def stream_call_async(call: Call) -> AsyncCompletionStream:
    ctx, plan = call.ctx, call.plan
    try:
        answer = None
        if plan.before_request:
            answer = answer_of(call, await run_async(plan.before_request, "before_request", ctx))
        if answer is not None:
            source: AsyncIterator[ChatCompletionChunk] = _aiter(chunks_of(finish(call, answer, True)))
        else:
            source = await _attempts_async(call, _open_stream_async, report_success=False)
    except BaseException as exc:
        error = await _fail_async(call, exc)
        if error is exc or not isinstance(exc, Exception):
            raise
        raise error from exc

    async def on_chunk(chunk: ChatCompletionChunk) -> ChatCompletionChunk:
        return await apply_chunk_hooks_async(plan.on_chunk, ctx, chunk)

    async def end(completion: ChatCompletion, complete: bool) -> None:
        ctx.timings["complete"] = float(complete)
        try:
            attempt = _streamed_attempt(call, completion, None)
            if attempt is not None:
                await _report_async(call, attempt)
            finish(call, completion, ctx.cache_hit)
            if plan.on_stream_end:
                await run_async(plan.on_stream_end, "on_stream_end", ctx)
            if plan.after_response:
                await run_async(plan.after_response, "after_response", ctx)
            log_call(ctx)
        except Exception as exc:
            error = await _fail_async(call, exc)
            if error is exc:
                raise
            raise error from exc

    async def fail(exc: BaseException) -> LLMRouterError:
        error = translate(call, exc) if isinstance(exc, Exception) else cancelled(call)
        attempt = _streamed_attempt(call, None, error)
        try:
            if attempt is not None:
                await _report_async(call, attempt)
            if plan.on_stream_end:
                await run_async(plan.on_stream_end, "on_stream_end", ctx)
        except LLMRouterError as hook_error:
            logger.warning("a hook failed while a stream was failing: %s", hook_error)
        return await _fail_async(call, error)

    return AsyncCompletionStream(
        source,
        show_usage=getattr(call.request, "include_usage", False) or bool(ctx.cache_hit),
        on_chunk=on_chunk if plan.on_chunk else None,
        finish=end,
        fail=fail,
    )


def __getattr__(name: str) -> Any:
    # The default router moved to llmrouter.api; older imports of llmrouter.router._default keep working.
    if name in ("_default", "Router", "completion", "acompletion", "embedding", "aembedding"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
