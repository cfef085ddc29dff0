"""google-genai exceptions to :mod:`llmrouter.errors`.

Gemini answers a bad key with ``400 INVALID_ARGUMENT "API key not valid"``; that is an
:class:`AuthenticationError` (status 401, the vendor's status in ``details``). A 429's
``RetryInfo.retryDelay`` in the body sets ``retry_after`` when no header does."""

from __future__ import annotations

from typing import Any

from ...errors import AuthenticationError, InvalidRequestError, LLMRouterError, error_from_status


def api_error(error: Any, provider: str, model: str) -> LLMRouterError:
    """A ``google.genai.errors.APIError`` (the vendor answered with an error status)."""
    code = error.code if isinstance(error.code, int) else None
    vendor_status = error.status if isinstance(error.status, str) else None
    message = str(error.message or vendor_status or f"HTTP {code}")
    response = getattr(error, "response", None)
    headers = getattr(response, "headers", None)
    reasons = _error_reasons(error.details)
    details = {"vendor_status": code, "vendor_code": vendor_status, "reasons": reasons or None}
    if code in (400, 401) and ("API_KEY_INVALID" in reasons or "api key not valid" in message.lower()):
        return AuthenticationError(message, provider=provider, model=model, details=details)
    translated = error_from_status(
        code, message, headers=headers, provider=provider, model=model, details=details
    )
    if translated.retry_after is None:
        translated.retry_after = _retry_delay_from_body(error.details)
    return translated


def schema_error(error: Any, provider: str, model: str) -> InvalidRequestError:
    """A pydantic ``ValidationError`` raised by the SDK on a request that does not fit its types."""
    errors = error.errors()
    first = errors[0].get("msg", "") if errors else ""
    return InvalidRequestError(
        f"the request does not fit Gemini's schema: {error.error_count()} error(s), first: {first}",
        provider=provider,
        model=model,
    )


def _retry_delay_from_body(details: Any) -> float | None:
    """``RetryInfo.retryDelay`` ("30s", "1.5s") from a Google error body."""
    error = details.get("error", details) if isinstance(details, dict) else None
    items = error.get("details") if isinstance(error, dict) else None
    for item in items if isinstance(items, list) else ():
        if isinstance(item, dict) and str(item.get("@type", "")).endswith("google.rpc.RetryInfo"):
            delay = item.get("retryDelay")
            if isinstance(delay, str) and delay.endswith("s"):
                try:
                    return max(float(delay[:-1]), 0.0)
                except ValueError:
                    return None
    return None


def _error_reasons(details: Any) -> list[str]:
    error = details.get("error", details) if isinstance(details, dict) else None
    items = error.get("details") if isinstance(error, dict) else None
    return [
        str(item["reason"])
        for item in (items if isinstance(items, list) else ())
        if isinstance(item, dict) and item.get("reason")
    ]
