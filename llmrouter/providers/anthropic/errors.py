"""Anthropic's errors in llmrouter's terms: the SDK's exceptions (HTTP statuses, and ``event:
error`` inside a 200 stream, which the SDK raises on the 200 response) mapped to
:mod:`llmrouter.errors`. Nothing here imports the SDK: the caller passes the loaded module.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from ...errors import APIConnectionError, APITimeoutError, LLMRouterError, error_from_status
from ...request import ChatRequest, EmbeddingRequest

__all__ = ["event_payload", "translate_sdk_error"]

_ERROR_TYPE_STATUS: dict[str, int] = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "billing_error": 402,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "api_error": 500,
    "timeout_error": 504,
    "overloaded_error": 529,
}


def event_payload(client: Any, event: str | None, data: str, response: Any) -> Any:
    """An event's JSON as the SDK's ``Stream`` reads it: pings and unnamed events skipped, an
    ``error`` event raised as the SDK raises it (an ``APIStatusError`` on the 200 response)."""
    if event is None or event == "ping":
        return None
    if event == "error":
        body: Any = data
        try:
            body = json.loads(data)
            message = f"{body}"
        except ValueError:
            message = data or f"Error code: {response.status_code}"
        raise client._make_status_error(message, body=body, response=response)
    return json.loads(data) if data else None


def translate_sdk_error(
    anthropic: ModuleType, error: Exception, request: ChatRequest | EmbeddingRequest, name: str
) -> LLMRouterError | None:
    """The SDK's exception as ours, or ``None`` when it is not one of the SDK's."""
    if isinstance(error, anthropic.APITimeoutError):
        return APITimeoutError("Anthropic did not answer in time", provider=name, model=request.model)
    if isinstance(error, anthropic.APIConnectionError):
        return APIConnectionError(
            f"could not reach Anthropic: {error.message}", provider=name, model=request.model
        )
    if not isinstance(error, anthropic.APIStatusError):
        return None
    body = error.body if isinstance(error.body, Mapping) else {}
    inner = body.get("error")
    inner = inner if isinstance(inner, Mapping) else {}
    error_type = inner.get("type") if isinstance(inner.get("type"), str) else None
    message = str(inner.get("message") or error.message)
    status = error.status_code
    if status < 400:  # an `event: error` inside a 200 stream
        status = _ERROR_TYPE_STATUS.get(error_type or "", 500)
    translated = error_from_status(
        status,
        message,
        headers=error.response.headers,
        provider=name,
        model=request.model,
        details={"anthropic_error_type": error_type} if error_type else None,
    )
    if translated.request_id is None:
        request_id = body.get("request_id")
        translated.request_id = request_id if isinstance(request_id, str) else None
    return translated
