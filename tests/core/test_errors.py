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


# --------------------------------------------------------------------------------------------
# The README's Errors table is the code's taxonomy
# --------------------------------------------------------------------------------------------


def readme_error_rows() -> list[tuple[str, int, str]]:
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = text.split("### Errors", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        match = re.match(r"^\| `(\w+)(?:\(\w+\))?`[^|]*\| (\d+) \| `(\w+)` \|$", line)
        if match:
            rows.append((match.group(1), int(match.group(2)), match.group(3)))
    return rows


def ways_to_make(cls: type[LLMRouterError]) -> list[LLMRouterError]:
    """Every way the library makes an error of ``cls``: its defaults and the mapping helpers."""
    made: list[LLMRouterError] = []
    if cls is errors.MissingDependencyError:
        made.append(cls("x", package="p", extra="e"))
    elif cls is errors.HookError:
        made.append(cls("x", hook="h"))
    else:
        made.append(cls("x"))
    made += [
        error_from_status(status, "x") for status in (400, 401, 403, 404, 408, 429, 500, 502, 503, 504, 529)
    ]
    made += [errors.invalid_response("v", "http://h/v1", "x"), errors.stream_incomplete("v", "http://h", "x")]
    from llmrouter.policy import Chain, deadline_exceeded

    made.append(deadline_exceeded(Chain(), errors.RateLimitError("x"), "p/m"))
    return [error for error in made if type(error) is cls]


def test_the_readme_errors_table_matches_the_code() -> None:
    rows = readme_error_rows()
    assert len(rows) >= 17, rows
    for name, status, code in rows:
        cls = getattr(errors, name)
        made = {(error.status, error.code) for error in ways_to_make(cls)}
        assert (status, code) in made, f"README says {name} {status} {code}; the code makes {made}"
    documented = {name for name, _, _ in rows}
    classes = {n for n in errors.__all__ if isinstance(getattr(errors, n), type)} - {"LLMRouterError"}
    assert classes <= documented, f"not in the README's table: {classes - documented}"


def test_vendor_facts_normalised_away_are_kept_in_details() -> None:
    rate = error_from_status(429, "slow", code="1300", headers={"retry-after-ms": "250"})
    assert (rate.code, rate.details, rate.retry_after) == (
        "rate_limit_exceeded",
        {"vendor_code": "1300"},
        0.25,
    )
    overloaded = error_from_status(529, "Overloaded", code="overloaded_error", details={"x": 1})
    assert type(overloaded) is ServiceUnavailableError and overloaded.status == 503
    assert overloaded.details == {"vendor_status": 529, "vendor_code": "overloaded_error", "x": 1}
    assert error_from_status(403, "no", code="unsupported_country_region_territory").code == (
        "unsupported_country_region_territory"  # a vendor's descriptive code stays
    )


def test_transport_faults_are_classed_by_the_exception_chain() -> None:
    class ReadTimeout(Exception):  # any HTTP stack's class of that name (httpx, a vendored copy...)
        pass

    class RemoteProtocolError(Exception):
        pass

    try:
        try:
            raise ConnectionResetError(104, "reset")
        except ConnectionResetError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as wrapped:
        assert errors.transport_error(wrapped) is errors.APIConnectionError
    assert errors.transport_error(ReadTimeout()) is APITimeoutError
    assert errors.transport_error(RemoteProtocolError()) is errors.APIConnectionError
    assert errors.transport_error(ValueError("no")) is None


def test_invalid_response_and_stream_incomplete_name_the_base_url_without_secrets() -> None:
    error = errors.invalid_response("openai", "https://user:pw@proxy.local:8443/v1?key=abc", "HTML")
    assert error.message.startswith("the server at https://proxy.local:8443/v1 did not answer like openai")
    assert "pw" not in error.message and "abc" not in error.message
    assert (error.status, error.code, error.retryable) == (502, "invalid_response", True)
    cut = errors.stream_incomplete("google", None, "no finishReason")
    assert type(cut) is errors.APIConnectionError and (cut.status, cut.code) == (502, "stream_incomplete")
