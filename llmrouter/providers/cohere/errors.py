"""Cohere's SDK errors (``ApiError`` with a status, headers and body) to our typed errors."""

from __future__ import annotations

from typing import Any

from ...errors import AuthenticationError, LLMRouterError, error_from_status

__all__ = ["error_from_api_error"]

#: Cohere's own "invalid token" status.
_INVALID_TOKEN = 498


def _message(body: Any, status: Any) -> str:
    if isinstance(body, dict) and body.get("message"):
        return str(body["message"])
    if isinstance(body, str) and body.strip():
        return body.strip()[:500]
    return f"Cohere API error (status {status})"


def error_from_api_error(error: Any, model: str) -> LLMRouterError:
    """An ``ApiError`` of an error status as our error; the request id is Cohere's trace id
    when no standard request-id header came."""
    status = error.status_code
    headers = {str(k).lower(): str(v) for k, v in (error.headers or {}).items()}
    message = _message(error.body, status)
    if status == _INVALID_TOKEN:
        result: LLMRouterError = AuthenticationError(message, status=status, provider="cohere", model=model)
    else:
        result = error_from_status(status, message, headers=headers, provider="cohere", model=model)
    if result.request_id is None:
        result.request_id = headers.get("x-debug-trace-id")
    return result
