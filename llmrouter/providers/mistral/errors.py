"""Mistral error bodies to our typed errors (pure functions).

Mistral speaks several error dialects (its documented ``{"object": "error", ...}``, its gateway's
``{"message": ...}``/``{"detail": ...}``, FastAPI's 422 list) and may put an error object inside a
200 body; all of them come out here as one typed error with the request id Mistral sent.
"""

from __future__ import annotations

import json
from typing import Any

from ...errors import (
    LLMRouterError,
    ModelNotFoundError,
    error_from_status,
    request_id_from_headers,
    retry_after_from_headers,
)

__all__ = ["error_fields", "error_from_mistral", "error_in_body", "request_id"]


def error_fields(body: Any) -> tuple[str | None, str | None, str | None, str | None]:
    """(message, type, code, param) from a Mistral error body, whatever its dialect:
    ``{"object": "error", "message", "type", "param", "code"}`` (documented), the gateway's
    ``{"message": ...}`` / ``{"detail": ...}``, or FastAPI's 422 ``{"detail": [...]}``."""
    try:
        data = json.loads(body) if isinstance(body, (str, bytes)) and body else body
    except ValueError:
        return (str(body)[:2000] if body else None), None, None, None
    if not isinstance(data, dict):
        return None, None, None, None
    if isinstance(data.get("error"), dict):
        data = data["error"]
    raw = data.get("message", data.get("detail"))
    if isinstance(raw, dict) and "detail" in raw:
        raw = raw["detail"]
    if isinstance(raw, list):
        parts = []
        for item in raw:
            if isinstance(item, dict):
                where = ".".join(str(p) for p in item.get("loc") or ())
                parts.append(f"{where}: {item.get('msg')}" if where else str(item.get("msg")))
            else:
                parts.append(str(item))
        message: str | None = "; ".join(parts)
    else:
        message = str(raw) if raw is not None else None
    kind, code, param = data.get("type"), data.get("code"), data.get("param")
    return (
        message,
        str(kind) if kind is not None else None,
        str(code) if code is not None else None,
        str(param) if param is not None else None,
    )


def error_from_mistral(status: int, body: Any, headers: Any, model: str) -> LLMRouterError:
    message, kind, code, param = error_fields(body)
    text = message or f"Mistral returned HTTP {status}"
    if status < 500 and (kind == "invalid_model" or code == "unknown_model"):
        return ModelNotFoundError(
            text,
            status=status,
            type=kind,
            provider="mistral",
            model=model,
            request_id=request_id(headers),
            retry_after=retry_after_from_headers(headers),
            param=param,
        )
    error = error_from_status(
        status, text, headers=headers, code=code, type=kind, provider="mistral", model=model, param=param
    )
    if error.request_id is None:
        error.request_id = request_id(headers)
    return error


def request_id(headers: Any) -> str | None:
    """The request id of a Mistral response: a standard request-id header, else Mistral's own
    ``mistral-correlation-id``."""
    getter = getattr(headers, "get", None)
    value = getter("mistral-correlation-id") if getter is not None else None
    return request_id_from_headers(headers) or (str(value) if value else None)


def error_in_body(body: Any, headers: Any, model: str) -> LLMRouterError | None:
    """The error a 200 body (a reply, or a stream event) carries instead of a reply, or ``None``
    when it names no error type or code; a numeric code that is an HTTP status is its status."""
    _message, kind, code, _ = error_fields(body)
    if kind is None and code is None:
        return None
    status = int(code) if code is not None and code.isdigit() and 400 <= int(code) < 600 else 500
    return error_from_mistral(status, body, headers, model)
