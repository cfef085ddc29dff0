from __future__ import annotations

import builtins
import time
from email.utils import formatdate

import pytest

from llmrouter import errors
from llmrouter.errors import (
    APITimeoutError,
    AuthenticationError,
    ContextWindowExceededError,
    InvalidRequestError,
    LLMRouterError,
    ModelNotFoundError,
    PermissionDeniedError,
    ProviderError,
    RateLimitError,
    SecurityViolation,
    ServiceUnavailableError,
    error_from_status,
    register_secret,
    retry_after_from_headers,
    scrub_secrets,
)


@pytest.mark.parametrize(
    ("status", "message", "cls", "code"),
    [
        (400, "bad field", InvalidRequestError, "invalid_request_error"),
        (
            400,
            "This model's maximum context length is 8192 tokens",
            ContextWindowExceededError,
            "context_length_exceeded",
        ),
        (
            400,
            "prompt is too long: 210000 tokens > 200000 maximum",
            ContextWindowExceededError,
            "context_length_exceeded",
        ),
        (401, "bad key", AuthenticationError, "invalid_api_key"),
        (403, "no access", PermissionDeniedError, "permission_denied"),
        (404, "no such model", ModelNotFoundError, "model_not_found"),
        (408, "slow", APITimeoutError, "timeout"),
        (422, "unprocessable", InvalidRequestError, "invalid_request_error"),
        (429, "slow down", RateLimitError, "rate_limit_exceeded"),
        (500, "boom", ProviderError, "api_error"),
        (502, "bad gateway", ProviderError, "bad_gateway"),
        (503, "down", ServiceUnavailableError, "service_unavailable"),
        (504, "gateway timeout", APITimeoutError, "timeout"),
        (529, "Overloaded", ServiceUnavailableError, "service_unavailable"),
    ],
)
def test_status_maps_to_one_class_whatever_the_vendor(
    status: int, message: str, cls: type, code: str
) -> None:
    error = error_from_status(status, message, provider="p", model="m")
    assert type(error) is cls
    # 529 (Anthropic's "overloaded") is a 503 like every other vendor's; its own status is kept
    assert error.status == (503 if status == 529 else status) and error.code == code
    assert error.details == ({"vendor_status": 529} if status == 529 else None)
    assert (error.provider, error.model) == ("p", "m")


def test_retry_after_and_request_id_are_read_from_headers() -> None:
    error = error_from_status(429, "slow", headers={"retry-after": "7", "x-request-id": "req_1"})
    assert error.retry_after == 7.0 and error.request_id == "req_1"
    assert retry_after_from_headers({"retry-after-ms": "1500"}) == 1.5
    in_ten = formatdate(time.time() + 10, usegmt=True)
    assert 8 <= (retry_after_from_headers({"retry-after": in_ten}) or 0) <= 10.5
    assert retry_after_from_headers({"retry-after": "soon"}) is None
    assert retry_after_from_headers(None) is None


def test_known_and_key_shaped_secrets_never_reach_a_message() -> None:
    key = "custom-secret-value-123456"
    register_secret(key)
    error = AuthenticationError(
        f"key {key} rejected; also sk-proj-abcdefghijklmnopqrstuvwx and ?key=AIzaSyA1234567890abcdefghijklmnopqrstuv"
    )
    for text in (str(error), repr(error), error.message, str(error.to_dict())):
        assert key not in text
        assert "sk-proj-abcdefghijklmnopqrstuvwx" not in text
        assert "AIzaSyA1234567890" not in text
    assert scrub_secrets("Authorization: Bearer abc.def.ghi") == "Authorization: Bearer ***"


def test_security_violation_is_403_with_its_own_code_and_not_a_vendor_permission_error() -> None:
    error = SecurityViolation("blocked", details={"reasons": ["instruction_override"]})
    assert error.status == 403 and error.code == "SECURITY_VIOLATION"
    assert not isinstance(error, PermissionDeniedError)
    assert error.details == {"reasons": ["instruction_override"]}


def test_every_error_is_an_llmrouter_error_and_no_builtin_name_is_shadowed() -> None:
    for name in errors.__all__:
        obj = getattr(errors, name)
        if isinstance(obj, type):
            assert issubclass(obj, LLMRouterError)
        assert not hasattr(builtins, name), name


def test_retryable_flags() -> None:
    assert RateLimitError("x").retryable and ServiceUnavailableError("x").retryable
    assert not InvalidRequestError("x").retryable and not AuthenticationError("x").retryable


def test_to_dict_has_the_openai_error_shape() -> None:
    body = InvalidRequestError("bad", param="temperature").to_dict()
    assert body == {
        "error": {
            "message": "bad",
            "type": "invalid_request_error",
            "code": "invalid_request_error",
            "param": "temperature",
            "status": 400,
        }
    }
