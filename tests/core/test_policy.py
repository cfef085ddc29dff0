"""Retries and fallbacks as pure decisions: no vendor, no clock, no waiting."""

from __future__ import annotations

import random

import pytest

from llmrouter.errors import (
    ContextWindowExceededError,
    InvalidRequestError,
    ModelNotFoundError,
    ProviderError,
    RateLimitError,
    ServiceUnavailableError,
)
from llmrouter.policy import (
    MIN_ATTEMPT_TIMEOUT,
    Chain,
    Fail,
    Fallback,
    Retry,
    RetryPolicy,
    apply,
    attempt_timeout,
    decide,
    retry_delay,
    skip,
    targets_of,
)

POLICY = RetryPolicy(num_retries=2, rng=random.Random(7))


def test_retries_then_falls_back_then_fails_as_one_503() -> None:
    chain = Chain(fallbacks=targets_of(["b/m"], "fallback", "fallbacks"))
    error = ProviderError("boom", status=500)
    first = decide(POLICY, chain, error, "a/m", 0.0)
    assert isinstance(first, Retry)
    apply(chain, first, error, "a/m")
    second = decide(POLICY, chain, error, "a/m", 0.0)
    assert isinstance(second, Retry) and second.delay > 0
    apply(chain, second, error, "a/m")
    third = decide(POLICY, chain, error, "a/m", 0.0)
    assert isinstance(third, Fallback) and third.target.model == "b/m"
    apply(chain, third, error, "a/m")
    assert (chain.target, chain.retries, chain.fallbacks) == (1, 0, [])
    chain.retries = 2
    last = decide(POLICY, chain, error, "b/m", 0.0)
    assert isinstance(last, Fail) and isinstance(last.error, ServiceUnavailableError)
    assert [f["target"] for f in last.error.details["failures"]] == ["a/m", "b/m"]


def test_a_first_failure_with_nowhere_to_go_is_the_error_itself() -> None:
    error = InvalidRequestError("bad")
    decision = decide(POLICY, Chain(fallbacks=targets_of(["b/m"], "fallback", "f")), error, "a/m", 0.0)
    assert isinstance(decision, Fail) and decision.error is error


def test_a_retired_model_falls_back_without_retrying() -> None:
    chain = Chain(fallbacks=targets_of(["b/m"], "fallback", "f"))
    assert isinstance(decide(POLICY, chain, ModelNotFoundError("gone"), "a/m", 0.0), Fallback)


def test_context_window_goes_only_to_its_own_chain() -> None:
    error = ContextWindowExceededError("too long")
    plain = Chain(fallbacks=targets_of(["b/m"], "fallback", "f"))
    assert isinstance(decide(POLICY, plain, error, "a/m", 0.0), Fail)
    larger = Chain(context_window=targets_of(["big/m"], "context_window", "c"))
    decision = decide(POLICY, larger, error, "a/m", 0.0)
    assert isinstance(decision, Fallback) and decision.target.kind == "context_window"


def test_backoff_doubles_with_jitter_and_retry_after_is_capped() -> None:
    fixed = RetryPolicy(jitter=False)
    assert [retry_delay(fixed, ProviderError("x"), n) for n in range(3)] == [0.5, 1.0, None]
    assert retry_delay(RetryPolicy(num_retries=9, jitter=False), ProviderError("x"), 8) == 8.0
    assert retry_delay(fixed, RateLimitError("x", retry_after=60.0), 0) == 60.0
    assert retry_delay(fixed, RateLimitError("x", retry_after=61.0), 0) is None


def test_the_deadline_turns_a_due_retry_into_deadline_exceeded() -> None:
    chain = Chain(deadline=10.0)
    decision = decide(POLICY, chain, RateLimitError("x", retry_after=5.0), "a/m", 6.0)
    assert isinstance(decision, Fail) and decision.error.code == "deadline_exceeded"
    assert isinstance(decide(POLICY, chain, RateLimitError("x", retry_after=3.0), "a/m", 6.0), Retry)


def test_an_unusable_target_is_skipped_to_the_next_of_its_kind() -> None:
    chain = Chain(fallbacks=targets_of(["c/m"], "fallback", "f"))
    unusable = targets_of(["b/m"], "fallback", "f")[0]
    decision = skip(chain, unusable, InvalidRequestError("refuses tools"))
    assert isinstance(decision, Fallback) and decision.target.model == "c/m"
    assert chain.failures[0][0] == "b/m"


@pytest.mark.parametrize(
    "value",
    ["a/m", [""], [{"model": "a/m", "colour": "red"}], [{"model": "a/m", "api_key": 5}], [3]],
)
def test_bad_targets_are_typed_errors(value: object) -> None:
    with pytest.raises(InvalidRequestError):
        targets_of(value, "fallback", "fallbacks")


def test_a_policy_refuses_nonsense() -> None:
    with pytest.raises(InvalidRequestError):
        RetryPolicy(num_retries=-1)
    with pytest.raises(InvalidRequestError):
        RetryPolicy(backoff_s=-0.5)


def test_an_attempt_timeout_is_the_calls_own_cut_to_the_time_left_before_the_deadline() -> None:
    assert attempt_timeout(30.0, None, 100.0) == 30.0  # no deadline: the call's own
    assert attempt_timeout(None, None, 100.0) is None
    assert attempt_timeout(30.0, 100.5, 100.0) == 0.5  # the deadline is nearer
    assert attempt_timeout(0.2, 100.5, 100.0) == 0.2  # the timeout is nearer
    assert attempt_timeout(None, 102.0, 100.0) == 2.0  # no timeout: the time left


def test_an_attempt_started_at_or_past_the_deadline_still_gets_a_positive_timeout() -> None:
    assert attempt_timeout(30.0, 100.0, 100.0) == MIN_ATTEMPT_TIMEOUT
    assert attempt_timeout(30.0, 100.0, 105.0) == MIN_ATTEMPT_TIMEOUT
    assert MIN_ATTEMPT_TIMEOUT > 0
