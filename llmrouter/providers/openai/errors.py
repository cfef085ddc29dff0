"""OpenAI's errors (and every compatible vendor's) in llmrouter's terms. Nothing here imports the
SDK: the caller passes the loaded module."""

from __future__ import annotations

from types import ModuleType

from ...errors import APIConnectionError, APITimeoutError, LLMRouterError, error_from_status
from ...request import Request

__all__ = ["translate_sdk_error"]


def _text(inner: dict[str, object], name: str) -> str | None:
    value = inner.get(name)
    return value if isinstance(value, str) else None


def translate_sdk_error(
    openai: ModuleType, error: Exception, request: Request, name: str
) -> LLMRouterError | None:
    """The SDK's exception as ours, or ``None`` when it is not one of the SDK's."""
    if isinstance(error, openai.APITimeoutError):
        return APITimeoutError(f"{name} did not answer in time", provider=name, model=request.model)
    if isinstance(error, openai.APIConnectionError):
        return APIConnectionError(f"could not reach {name}: {error}", provider=name, model=request.model)
    if not isinstance(error, openai.APIStatusError):
        return None
    body = error.body if isinstance(error.body, dict) else {}
    inner = body.get("error", body)
    inner = inner if isinstance(inner, dict) else {}
    return error_from_status(
        error.status_code,
        str(inner.get("message") or error.message),
        headers=error.response.headers,
        code=_text(inner, "code") or None,
        type=_text(inner, "type"),
        provider=name,
        model=request.model,
        param=_text(inner, "param"),
    )
