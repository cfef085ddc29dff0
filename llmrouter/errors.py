"""One error hierarchy for every vendor, and the pure helpers that map status codes onto it.

Providers translate their SDK's exceptions with :func:`error_from_status` and friends, so that
the same HTTP status becomes the same class whatever the vendor. Messages are scrubbed of API keys
on construction: an error may be logged or shown anywhere.
"""

from __future__ import annotations

import importlib
import re
import time
import urllib.parse
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any, ClassVar

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "BackendUnavailableError",
    "BudgetExceededError",
    "ContextWindowExceededError",
    "HookError",
    "InvalidRequestError",
    "LLMRouterError",
    "MissingDependencyError",
    "ModelNotFoundError",
    "OutputValidationError",
    "PermissionDeniedError",
    "ProviderError",
    "RateLimitError",
    "SecurityViolation",
    "ServiceUnavailableError",
    "UnsupportedParameterError",
    "error_from_status",
    "invalid_response",
    "is_context_window_message",
    "is_undecodable_body",
    "register_secret",
    "request_id_from_headers",
    "require",
    "retry_after_from_headers",
    "scrub_secrets",
    "shown_url",
    "stream_incomplete",
    "transport_error",
]


# --------------------------------------------------------------------------------------------
# Secret scrubbing
# --------------------------------------------------------------------------------------------

_KNOWN_SECRETS: set[str] = set()
_SECRET_PATTERNS = re.compile(
    r"(?:sk-ant-[A-Za-z0-9_\-]{8,}|sk-[A-Za-z0-9_\-]{16,}|AIza[0-9A-Za-z_\-]{30,}"
    r"|xai-[A-Za-z0-9]{16,}|gsk_[A-Za-z0-9]{16,}|pplx-[A-Za-z0-9]{16,})"
)
_SECRET_ASSIGNMENT = re.compile(
    r"(?i)((?:[?&](?:key|api[_-]?key|token)=)|(?:bearer\s+)|(?:x-api-key:\s*)|(?:api[_-]?key['\"]?\s*[:=]\s*['\"]?))"
    # a value, not our own placeholder: "pass api_key=..." in a hint must read as written
    r"(?=[^\s&'\"]*[A-Za-z0-9])[^\s&'\"]+"
)


def register_secret(secret: str | None) -> None:
    """Remembers a key in use so that no error message can ever quote it back."""
    if secret and len(secret) >= 8:
        _KNOWN_SECRETS.add(secret)


def scrub_secrets(text: str) -> str:
    """Masks every API key we know of, and anything shaped like one, in ``text``."""
    for secret in _KNOWN_SECRETS:
        if secret in text:
            text = text.replace(secret, "***")
    text = _SECRET_PATTERNS.sub("***", text)
    return _SECRET_ASSIGNMENT.sub(lambda m: m.group(1) + "***", text)


# --------------------------------------------------------------------------------------------
# The hierarchy
# --------------------------------------------------------------------------------------------


class LLMRouterError(Exception):
    """Base of every error llmrouter raises; carries the normalised HTTP facts."""

    default_status: ClassVar[int | None] = None
    default_code: ClassVar[str] = "api_error"
    default_type: ClassVar[str] = "api_error"
    retryable: ClassVar[bool] = False

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        type: str | None = None,
        provider: str | None = None,
        model: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        param: str | None = None,
        details: Any = None,
    ) -> None:
        self.message = scrub_secrets(str(message))
        super().__init__(self.message)
        self.status = status if status is not None else self.default_status
        self.code = code or self.default_code
        self.type = type or self.default_type
        self.provider = provider
        self.model = model
        self.request_id = request_id
        self.retry_after = retry_after
        self.param = param
        self.details = details

    def __str__(self) -> str:
        where = "/".join(part for part in (self.provider, self.model) if part)
        prefix = f"[{where}] " if where else ""
        return f"{prefix}{self.message}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, "
            f"provider={self.provider!r}, model={self.model!r}, message={self.message!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The OpenAI error body shape, for servers and logs built on top of llmrouter."""
        return {
            "error": {
                "message": self.message,
                "type": self.type,
                "code": self.code,
                "param": self.param,
                "status": self.status,
            }
        }


class InvalidRequestError(LLMRouterError):
    default_status = 400
    default_code = "invalid_request_error"
    default_type = "invalid_request_error"


class ContextWindowExceededError(InvalidRequestError):
    default_code = "context_length_exceeded"


class UnsupportedParameterError(InvalidRequestError):
    default_code = "unsupported_parameter"


class AuthenticationError(LLMRouterError):
    default_status = 401
    default_code = "invalid_api_key"
    default_type = "authentication_error"


class PermissionDeniedError(LLMRouterError):
    default_status = 403
    default_code = "permission_denied"
    default_type = "permission_error"


class SecurityViolation(LLMRouterError):
    """Raised by a pre-hook (redaction ``block`` mode, injection guard); reasons in ``details``."""

    default_status = 403
    default_code = "SECURITY_VIOLATION"
    default_type = "security_violation"


class ModelNotFoundError(LLMRouterError):
    default_status = 404
    default_code = "model_not_found"
    default_type = "invalid_request_error"


class RateLimitError(LLMRouterError):
    default_status = 429
    default_code = "rate_limit_exceeded"
    default_type = "rate_limit_error"
    retryable = True


class ProviderError(LLMRouterError):
    default_status = 500
    default_code = "api_error"
    default_type = "api_error"
    retryable = True


class ServiceUnavailableError(ProviderError):
    default_status = 503
    default_code = "service_unavailable"
    default_type = "service_unavailable"


class APITimeoutError(ProviderError):
    default_status = 408
    default_code = "timeout"
    default_type = "timeout"


class APIConnectionError(ProviderError):
    default_status = 502
    default_code = "api_connection_error"
    default_type = "api_connection_error"


class OutputValidationError(LLMRouterError):
    """The model's JSON did not validate into the ``response_format`` class the caller gave."""

    default_status = 422
    default_code = "output_validation_error"
    default_type = "invalid_response_error"


class HookError(LLMRouterError):
    """A hook raised something other than an llmrouter error; ``hook`` names it."""

    default_status = 500
    default_code = "hook_error"
    default_type = "hook_error"

    def __init__(self, message: str, *, hook: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.hook = hook


class BudgetExceededError(LLMRouterError):
    """A spend budget (``Budget`` hook) is used up for this period; ``retry_after`` says when the
    period ends. Refused before any vendor I/O."""

    default_status = 402
    default_code = "budget_exceeded"
    default_type = "budget_exceeded"


class BackendUnavailableError(LLMRouterError):
    """The store behind a limit, budget or cache could not be reached, so the call was not made:
    a limit is never bypassed silently (``on_backend_error="allow"`` opts into failing open)."""

    default_status = 503
    default_code = "backend_unavailable"
    default_type = "service_unavailable"


class MissingDependencyError(LLMRouterError):
    """An optional package llmrouter needs for this call is not installed; the message says
    what to ``pip install``. ``package`` is the distribution, ``extra`` llmrouter's extra naming
    it (``None`` when it is not one of llmrouter's extras)."""

    default_status = 500
    default_code = "missing_dependency"
    default_type = "missing_dependency"

    def __init__(self, message: str, *, package: str, extra: str | None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.package = package
        self.extra = extra


def require(
    module: str, extra: str | None, *, package: str | None = None, purpose: str | None = None
) -> ModuleType:
    """Imports an optional dependency, or raises :class:`MissingDependencyError` saying what to
    install: ``require("anthropic", "anthropic")``, ``require("google.genai", "google",
    package="google-genai")``, ``require("redis", None)`` (not an extra: ``pip install redis``).

    ``purpose`` names what needs it in the message ("the 'anthropic' provider")."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        distribution = package or module.split(".", 1)[0]
        hint = f"pip install 'llmrouter[{extra}]'" if extra else f"pip install {distribution}"
        missing = getattr(exc, "name", None) or ""
        # the package is there but one of its own dependencies is not: say which
        broken = f" (it cannot import {missing!r})" if missing.split(".")[0] != module.split(".")[0] else ""
        raise MissingDependencyError(
            f"{purpose or module!s} needs the {distribution!r} package, which is not installed"
            f"{broken}: {hint}",
            package=distribution,
            extra=extra,
        ) from exc


# --------------------------------------------------------------------------------------------
# Mapping helpers (pure)
# --------------------------------------------------------------------------------------------

_CONTEXT_WINDOW_PHRASES = (
    "context length",
    "context_length_exceeded",
    "context window",
    "maximum context",
    "prompt is too long",
    "input is too long",
    "too many tokens",
    "exceeds the maximum number of tokens",
    "input token count",
    "token count exceeds",
    "too large for model",
    "reduce the length of the messages",
)


def is_context_window_message(message: str) -> bool:
    """Vendors signal an over-long prompt only in prose; this is where we read it."""
    lowered = message.lower()
    return any(phrase in lowered for phrase in _CONTEXT_WINDOW_PHRASES)


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    if not headers:
        return None
    value = headers.get(name)
    if value is None:
        value = headers.get(name.title())
    return value


def retry_after_from_headers(headers: Mapping[str, str] | None) -> float | None:
    """Seconds to wait, from ``retry-after-ms``, ``retry-after`` (seconds or HTTP date)."""
    millis = _header(headers, "retry-after-ms")
    if millis:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = _header(headers, "retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # rare path; keeps `import llmrouter` light

    try:
        return max(parsedate_to_datetime(value).timestamp() - time.time(), 0.0)
    except (TypeError, ValueError, IndexError):
        return None


def request_id_from_headers(headers: Mapping[str, str] | None) -> str | None:
    for name in ("x-request-id", "request-id", "x-goog-request-id", "cf-ray"):
        value = _header(headers, name)
        if value:
            return value
    return None


_STATUS_CLASSES: dict[int, type[LLMRouterError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: ModelNotFoundError,
    408: APITimeoutError,
    409: InvalidRequestError,
    413: ContextWindowExceededError,
    422: InvalidRequestError,
    429: RateLimitError,
    503: ServiceUnavailableError,
    504: APITimeoutError,
    529: ServiceUnavailableError,
}


def error_class_for_status(status: int | None, message: str = "") -> type[LLMRouterError]:
    if status in (400, 413, 422) and is_context_window_message(message):
        return ContextWindowExceededError
    if status is None:
        return ProviderError
    cls = _STATUS_CLASSES.get(status)
    if cls is not None:
        return cls
    if status >= 500:
        return ProviderError
    if status >= 400:
        return InvalidRequestError
    return ProviderError


def _vendor_details(details: Any, **facts: Any) -> Any:
    """``details`` with the vendor's own status/code added (a dict, or left as it is)."""
    facts = {k: v for k, v in facts.items() if v is not None}
    if not facts:
        return details
    if details is None:
        return facts
    if isinstance(details, dict):
        return {**facts, **details}
    return details


def error_from_status(
    status: int | None,
    message: str,
    *,
    headers: Mapping[str, str] | None = None,
    code: str | None = None,
    type: str | None = None,
    provider: str | None = None,
    model: str | None = None,
    param: str | None = None,
    details: Any = None,
) -> LLMRouterError:
    """The typed error for an HTTP status, with retry-after and request id read off the headers.

    One fault, one class: 503 and 529 (overloaded) are both :class:`ServiceUnavailableError` with
    status 503; a vendor's numeric code (Mistral's ``"1300"``) is not a code of ours. Whatever is
    normalised away is kept in ``details`` (``vendor_status``, ``vendor_code``)."""
    cls = error_class_for_status(status, message)
    vendor_status = vendor_code = None
    if code is not None and code.strip().lstrip("-").isdigit():
        vendor_code, code = code, None
    if cls is ServiceUnavailableError:
        if status != 503:
            vendor_status, status = status, 503
        if code not in (None, "service_unavailable"):
            vendor_code, code = code, None
    if cls is ProviderError and status == 502:
        code = "bad_gateway"
    elif cls is ContextWindowExceededError:
        code = ContextWindowExceededError.default_code
    elif cls is ModelNotFoundError and code not in (None, "model_not_found"):
        code = ModelNotFoundError.default_code
    return cls(
        message,
        status=status,
        code=code,
        type=type,
        provider=provider,
        model=model,
        request_id=request_id_from_headers(headers),
        retry_after=retry_after_from_headers(headers),
        param=param,
        details=_vendor_details(details, vendor_status=vendor_status, vendor_code=vendor_code),
    )


# --------------------------------------------------------------------------------------------
# Transport faults and replies that are not replies (pure)
# --------------------------------------------------------------------------------------------

#: Exception class names (anywhere in an exception's MRO or its cause chain) meaning "no answer in
#: time" and "the connection failed": httpx and its vendored copies, httpcore, aiohttp, builtins.
_TIMEOUT_NAMES = frozenset(
    {"TimeoutException", "TimeoutError", "ReadTimeout", "ConnectTimeout", "PoolTimeout"}
)
_CONNECTION_NAMES = frozenset(
    {
        "TransportError",
        "NetworkError",
        "ConnectError",
        "ReadError",
        "WriteError",
        "RemoteProtocolError",
        "ConnectionError",
        "ClientConnectionError",
        "ClientPayloadError",
        "ServerDisconnectedError",
        "IncompleteRead",
    }
)


def _chain(error: BaseException) -> Iterator[set[str]]:
    """The class names (MRO included) of ``error`` and of each exception that caused it."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield {cls.__name__ for cls in type(current).__mro__}
        current = current.__cause__ or current.__context__


def transport_error(error: BaseException) -> type[ProviderError] | None:
    """:class:`APITimeoutError` or :class:`APIConnectionError` when ``error`` (or what caused it)
    is a timeout or a failed connection, whatever HTTP library raised it; else ``None``."""
    for names in _chain(error):
        if names & _TIMEOUT_NAMES:
            return APITimeoutError
        if names & _CONNECTION_NAMES:
            return APIConnectionError
    return None


def is_undecodable_body(error: BaseException) -> bool:
    """``error`` comes from a body that did not parse as JSON (an SDK reading a non-reply)."""
    return any("JSONDecodeError" in names for names in _chain(error))


def shown_url(url: str | None) -> str:
    """A URL as a message may show it: no credentials, query or fragment."""
    if not url:
        return "<no URL>"
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        port = f":{parts.port}" if parts.port is not None else ""
    except ValueError:
        return "<an invalid URL>"
    return urllib.parse.urlunsplit((parts.scheme, host + port, parts.path, "", ""))


def invalid_response(vendor: str, base_url: str | None, what: str, **kwargs: Any) -> ProviderError:
    """A body that is not the vendor's reply (a misconfigured base URL, a proxy's own page)."""
    return ProviderError(
        f"the server at {shown_url(base_url)} did not answer like {vendor}: {what}",
        status=502,
        code="invalid_response",
        **kwargs,
    )


def stream_incomplete(vendor: str, base_url: str | None, what: str, **kwargs: Any) -> APIConnectionError:
    """A stream that ended without the vendor's end marker: the reply so far is not the reply."""
    return APIConnectionError(
        f"the {vendor} stream from {shown_url(base_url)} ended before it was complete: {what}",
        status=502,
        code="stream_incomplete",
        **kwargs,
    )
