"""The fault matrix: every vendor x mode x fault against a loopback server speaking the vendor's
wire format, through ``llmrouter.completion``/``acompletion`` and the official SDKs.

One fault, one class: whatever the vendor and the mode, the caller gets the same typed error
(class, status, code), or the reply. The server counts the requests it received, and each cell is
parametrised by ``num_retries`` so that the retry pipeline's behaviour (how many attempts a fault
gets) is asserted from the same table: :func:`attempts` says how many requests a call makes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

import llmrouter
from llmrouter import errors

from .server import fault_server, refused_base
from .wire import MODELS, VENDORS

KEY = "test-fault-key-0123456789"
HELLO = [{"role": "user", "content": "Say hello."}]
MODES = ("sync", "stream", "async", "async_stream")
STALL_TIMEOUT = 0.3  # seconds: small, so the stall cells stay quick
TIMEOUT = 10.0


@dataclass(frozen=True)
class Outcome:
    cls: type[errors.LLMRouterError]
    status: int
    code: str
    retryable: bool = True


CONNECTION = Outcome(errors.APIConnectionError, 502, "api_connection_error")
INVALID = Outcome(errors.ProviderError, 502, "invalid_response")
EXPECTED: dict[str, Outcome] = {
    "429": Outcome(errors.RateLimitError, 429, "rate_limit_exceeded"),
    "500": Outcome(errors.ProviderError, 500, "api_error"),
    "502": Outcome(errors.ProviderError, 502, "bad_gateway"),
    "503": Outcome(errors.ServiceUnavailableError, 503, "service_unavailable"),
    "529": Outcome(errors.ServiceUnavailableError, 503, "service_unavailable"),
    "reset": CONNECTION,
    "refused": CONNECTION,
    "stall": Outcome(errors.APITimeoutError, 408, "timeout"),
    "cut": CONNECTION,  # streams: code stream_incomplete (see expected())
    "badjson": INVALID,
    "html": INVALID,
    "proxyjson": INVALID,
}
FAULTS = tuple(EXPECTED)


def expected(fault: str, mode: str) -> Outcome:
    outcome = EXPECTED[fault]
    if fault == "cut" and "stream" in mode:
        return Outcome(errors.APIConnectionError, 502, "stream_incomplete")
    return outcome


def attempts(fault: str, num_retries: int) -> int:
    """Requests the server sees for one call: every retryable failure is tried again."""
    if fault == "refused":
        return 0
    return 1 + num_retries if EXPECTED[fault].retryable else 1


@dataclass
class Result:
    text: str
    finish_reasons: list[str | None]
    error: errors.LLMRouterError | None = None
    reply: llmrouter.ChatCompletion | None = None


async def call(mode: str, model: str, base: str, *, num_retries: int, timeout: float) -> Result:
    options: dict[str, Any] = {
        "api_base": base,
        "api_key": KEY,
        "timeout": timeout,
        "num_retries": num_retries,
    }
    result = Result("", [])
    try:
        if mode == "sync":
            result.reply = llmrouter.completion(model, HELLO, **options)
        elif mode == "async":
            result.reply = await llmrouter.acompletion(model, HELLO, **options)
        elif mode == "stream":
            with llmrouter.completion(model, HELLO, stream=True, **options) as stream:
                for chunk in stream:
                    result.text += chunk.content or ""
                    result.finish_reasons += [c.finish_reason for c in chunk.choices if c.finish_reason]
        else:
            async with await llmrouter.acompletion(model, HELLO, stream=True, **options) as astream:
                async for chunk in astream:
                    result.text += chunk.content or ""
                    result.finish_reasons += [c.finish_reason for c in chunk.choices if c.finish_reason]
    except errors.LLMRouterError as exc:
        result.error = exc
    if result.reply is not None:
        result.text = result.reply.content or ""
        result.finish_reasons = [result.reply.finish_reason]
    return result


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", VENDORS)
async def test_one_fault_one_class(vendor: str, mode: str, fault: str, num_retries: int = 0) -> None:
    timeout = STALL_TIMEOUT if fault == "stall" else TIMEOUT
    want = expected(fault, mode)
    if fault == "refused":
        result = await call(
            mode, MODELS[vendor], refused_base(vendor), num_retries=num_retries, timeout=timeout
        )
        requests = 0
    else:
        with fault_server(vendor, fault) as server:
            result = await call(mode, MODELS[vendor], server.base(), num_retries=num_retries, timeout=timeout)
            requests = server.requests
    error = result.error
    assert error is not None, f"no error: got {result.text!r} {result.finish_reasons}"
    assert type(error) is want.cls, f"{type(error).__name__} {error.status} {error.code}: {error}"
    assert (error.status, error.code) == (want.status, want.code), str(error)
    assert error.retryable is want.retryable
    assert error.provider == vendor
    assert KEY not in str(error) and KEY not in repr(error)
    assert requests == attempts(fault, num_retries)
    assert result.finish_reasons == []  # a failed reply never reports a finish reason
    if fault == "429":
        assert error.retry_after == 7.0
    if fault == "529":
        assert isinstance(error.details, dict) and error.details.get("vendor_status") == 529
    if fault in ("badjson", "html", "proxyjson"):
        assert "127.0.0.1" in error.message  # names the base URL the body came from
    if fault == "cut" and "stream" in mode:
        # the chunks before the cut were delivered, then the error
        assert result.text and "Hello!".startswith(result.text) and result.text != "Hello!"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", VENDORS)
async def test_a_healthy_server_answers(vendor: str, mode: str) -> None:
    with fault_server(vendor, "ok") as server:
        result = await call(mode, MODELS[vendor], server.base(), num_retries=0, timeout=TIMEOUT)
        assert server.requests == 1
    assert result.error is None, repr(result.error)
    assert result.text == "Hello!"
    assert result.finish_reasons == ["stop"]


@pytest.mark.parametrize("num_retries", [0, 1])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", VENDORS)
async def test_a_flaky_server(vendor: str, mode: str, num_retries: int) -> None:
    """Fails once (500), then answers: retried when retries are on, the 500 when they are off."""
    with fault_server(vendor, "500", "ok") as server:
        result = await call(mode, MODELS[vendor], server.base(), num_retries=num_retries, timeout=TIMEOUT)
        assert server.requests == 1 + num_retries
    if num_retries:
        assert result.error is None, repr(result.error)
        assert result.text == "Hello!"
    else:
        assert type(result.error) is errors.ProviderError and result.error.status == 500
