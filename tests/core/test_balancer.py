"""The load balancer over deployments: strategies, the circuit breaker and its half-open probe,
counters under threads and tasks, and typed refusals of bad input. The clock is injected: no test
sleeps or times anything."""

from __future__ import annotations

import asyncio
import random
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from llmrouter.balancer import Balancer, CooldownPolicy, Deployment, DeploymentHealth
from llmrouter.errors import (
    APITimeoutError,
    AuthenticationError,
    InvalidRequestError,
    ModelNotFoundError,
    RateLimitError,
    ServiceUnavailableError,
)

SECRET = "sk-balancer-test-0123456789abcdef"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def deps(*models: str, name: str = "chat", **extra: Any) -> list[dict[str, Any]]:
    return [{"model_name": name, "model": model, **extra} for model in models]


def models(plan: list[Deployment]) -> list[str]:
    return [d.model for d in plan]


def fail(b: Balancer, d: Deployment, error: BaseException | None = None, times: int = 1) -> None:
    for _ in range(times):
        b.started(d)
        b.failed(d, error if error is not None else ServiceUnavailableError("down"))


def together(n: int, work: Callable[[], None]) -> None:
    """Runs ``work`` in ``n`` threads released at the same moment; re-raises what any raised."""
    barrier = threading.Barrier(n)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            barrier.wait()
            work()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]


def state_of(b: Balancer, d: Deployment) -> DeploymentHealth:
    return next(h for h in b.health() if h.id == d.id)


@pytest.fixture
def clock() -> Clock:
    return Clock()


# --------------------------------------------------------------------------------------------
# Deployments and bad input
# --------------------------------------------------------------------------------------------


def test_deployment_of_a_mapping_freezes_params_and_derives_ids() -> None:
    params = {"timeout": 5}
    b = Balancer(
        [
            {"model_name": "chat", "model": "openai/gpt-4o", "api_key": SECRET, "params": params},
            {"model_name": "chat", "model": "openai/gpt-4o", "api_base": "https://eu.example/v1"},
            {"model_name": "embed", "model": "openai/text-embedding-3-small", "id": "emb"},
        ]
    )
    first, second = b.deployments("chat")
    assert first.id == "chat:openai/gpt-4o@default#0"
    assert second.id == "chat:openai/gpt-4o@https://eu.example/v1#1"
    assert b.deployments("embed")[0].id == "emb"
    assert b.names() == frozenset({"chat", "embed"})
    params["timeout"] = 99  # the caller's dict is copied, and the copy is read-only
    assert first.params == {"timeout": 5}
    with pytest.raises(TypeError):
        first.params["timeout"] = 1  # type: ignore[index]
    assert Deployment.of(first) is first
    same = {"model_name": "chat", "model": "openai/gpt-4o", "api_key": SECRET, "params": {"timeout": 5}}
    twin = Deployment.of({**same, "id": first.id})
    assert twin == first and hash(twin) == hash(first)


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ({"model_name": "chat", "model": "openai/gpt-4o", "wieght": 2}, "did you mean 'weight'"),
        ({"model_name": "chat", "model": "openai/gpt-4o", "weight": 0}, "weight must be"),
        ({"model_name": "chat", "model": "openai/gpt-4o", "weight": -1.5}, "weight must be"),
        ({"model_name": "chat", "model": "openai/gpt-4o", "weight": True}, "weight must be"),
        ({"model_name": "chat", "model": "openai/gpt-4o", "weight": float("nan")}, "weight must be"),
        ({"model_name": "chat", "model": "openai/gpt-4o", "weight": "2"}, "weight must be"),
        ({"model_name": "", "model": "openai/gpt-4o"}, "model_name must be a non-empty string"),
        ({"model_name": "chat", "model": "  "}, "model must be a non-empty string"),
        ({"model_name": "chat", "model": 4}, "model must be a non-empty string"),
        ({"model": "openai/gpt-4o"}, "needs ['model_name']"),
        ({"model_name": "chat", "model": "openai/gpt-4o", "api_key": ""}, "api_key must be"),
        ({"model_name": "chat", "model": "openai/gpt-4o", "api_base": 8080}, "api_base must be"),
        ({"model_name": "chat", "model": "openai/gpt-4o", "params": [("timeout", 1)]}, "params must be"),
        (
            {"model_name": "chat", "model": "openai/gpt-4o", "params": {"api_key": SECRET}},
            "params may not set",
        ),
        ({"model_name": "chat", "model": "openai/gpt-4o", "id": 3}, "id must be a string"),
        ("openai/gpt-4o", "a deployment is a Deployment or a mapping"),
    ],
)
def test_bad_deployments_are_typed_errors(value: Any, needle: str) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        Deployment.of(value)
    assert needle in str(caught.value).lower() or needle in str(caught.value)
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"deployments": []}, "at least one deployment"),
        ({"deployments": {"model_name": "chat", "model": "x"}}, "must be a list"),
        ({"deployments": deps("a/x", "a/y"), "strategy": "random"}, "'round_robin'"),
        ({"deployments": deps("a/x"), "cooldown": {"failures": 2}}, "CooldownPolicy"),
        ({"deployments": deps("a/x"), "rng": 7}, "rng must be"),
        ({"deployments": [*deps("a/x", id="same"), *deps("a/y", id="same")]}, "two deployments"),
    ],
)
def test_bad_balancer_arguments_are_typed_errors(kwargs: dict[str, Any], needle: str) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        Balancer(**kwargs)
    assert needle in str(caught.value)


def test_unknown_strategy_lists_the_valid_ones() -> None:
    with pytest.raises(InvalidRequestError) as caught:
        Balancer(deps("a/x"), strategy="fastest")
    for name in ("fallback", "round_robin", "weighted", "least_busy", "lowest_latency"):
        assert name in str(caught.value)
    assert caught.value.param == "strategy"


@pytest.mark.parametrize(
    "kwargs",
    [{"failures": 0}, {"failures": 1.5}, {"cooldown_s": 0}, {"cooldown_s": -1}, {"cooldown_s": 60, "max_cooldown_s": 30}, {"probe_timeout_s": float("inf")}],
)  # fmt: skip
def test_bad_cooldown_policies_are_typed_errors(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidRequestError):
        CooldownPolicy(**kwargs)


def test_unknown_model_name_is_model_not_found_with_a_suggestion() -> None:
    b = Balancer(deps("a/x"))
    with pytest.raises(ModelNotFoundError) as caught:
        b.plan("chta")
    assert "'chat'" in str(caught.value)
    with pytest.raises(ModelNotFoundError):
        b.health("nope")


def test_reports_about_foreign_deployments_are_refused() -> None:
    b = Balancer(deps("a/x"))
    with pytest.raises(InvalidRequestError, match="plan\\(\\) returns"):
        b.started(Deployment("chat", "a/x"))  # no id: not the balancer's object
    with pytest.raises(InvalidRequestError):
        b.succeeded(Deployment("chat", "a/other", id=b.deployments()[0].id), 0.1)


def test_the_api_key_is_never_shown() -> None:
    b = Balancer(
        deps("openai/gpt-4o", api_key=SECRET, params={"extra_headers": {"x": "y"}}), strategy="round_robin"
    )
    (d,) = b.plan("chat")
    fail(b, d, RateLimitError(f"rejected key {SECRET}"))
    shown = [repr(d), str(d), repr(b), repr(b.health()), str(b.health()), repr(b.plan("chat"))]
    shown += [repr(h) for h in b.health("chat")] + [
        str(getattr(h, f)) for h in b.health() for f in h.__slots__
    ]
    for text in shown:
        assert SECRET not in text
    assert d.api_key == SECRET  # still there for the caller that needs it


# --------------------------------------------------------------------------------------------
# Strategies
# --------------------------------------------------------------------------------------------


def test_fallback_is_the_order_given() -> None:
    b = Balancer(deps("a/1", "a/2", "a/3") + deps("b/1", name="other"))
    for _ in range(3):
        assert models(b.plan("chat")) == ["a/1", "a/2", "a/3"]
    assert models(b.plan("other")) == ["b/1"]


def test_round_robin_cycles_exactly_and_rotates_the_fallbacks() -> None:
    b = Balancer(deps("a/1", "a/2", "a/3"), strategy="round_robin")
    plans = [models(b.plan("chat")) for _ in range(6)]
    assert (
        plans
        == [
            ["a/1", "a/2", "a/3"],
            ["a/2", "a/3", "a/1"],
            ["a/3", "a/1", "a/2"],
        ]
        * 2
    )


def test_round_robin_is_fair_under_threads() -> None:
    b = Balancer(deps("a/1", "a/2", "a/3", "a/4"), strategy="round_robin")
    firsts: Counter[str] = Counter()
    lock = threading.Lock()

    def work() -> None:
        mine = Counter(b.plan("chat")[0].model for _ in range(500))
        with lock:
            firsts.update(mine)

    together(8, work)
    assert firsts == {"a/1": 1000, "a/2": 1000, "a/3": 1000, "a/4": 1000}


def test_weighted_picks_in_proportion_to_weight_with_a_seeded_rng() -> None:
    spec = [
        {"model_name": "chat", "model": "a/light", "weight": 1},
        {"model_name": "chat", "model": "a/mid", "weight": 2},
        {"model_name": "chat", "model": "a/heavy", "weight": 7},
    ]
    b = Balancer(spec, strategy="weighted", rng=random.Random(1234))
    picks = Counter(b.plan("chat")[0].model for _ in range(10_000))
    assert abs(picks["a/light"] - 1000) < 150
    assert abs(picks["a/mid"] - 2000) < 200
    assert abs(picks["a/heavy"] - 7000) < 250
    again = Balancer(spec, strategy="weighted", rng=random.Random(1234))
    replay = Counter(again.plan("chat")[0].model for _ in range(10_000))
    assert replay == picks  # deterministic with the same seed
    plan = again.plan("chat")
    assert sorted(models(plan)) == ["a/heavy", "a/light", "a/mid"]  # the rest follow as fallbacks


def test_weighted_leaves_open_circuits_out_of_the_draw(clock: Clock) -> None:
    spec = [
        {"model_name": "chat", "model": "a/heavy", "weight": 99},
        {"model_name": "chat", "model": "a/light"},
    ]
    b = Balancer(
        spec, strategy="weighted", rng=random.Random(7), clock=clock, cooldown=CooldownPolicy(failures=1)
    )
    fail(b, b.deployments()[0])
    assert {models(b.plan("chat"))[0] for _ in range(200)} == {"a/light"}


def test_least_busy_follows_in_flight_with_ties_by_order() -> None:
    b = Balancer(deps("a/1", "a/2", "a/3"), strategy="least_busy")
    one, two, three = b.deployments()
    assert b.plan("chat")[0] is one
    b.started(one)
    assert b.plan("chat")[0] is two
    b.started(two)
    b.started(two)
    assert b.plan("chat")[0] is three
    b.started(three)
    assert b.plan("chat")[0] is one  # 1, 2, 1: the first of the least busy
    b.succeeded(two, 0.1)
    b.released(two)
    assert b.plan("chat")[0] is two
    assert models(b.plan("chat")) == ["a/2", "a/1", "a/3"]


def test_lowest_latency_measures_untried_first_then_prefers_the_fast_one() -> None:
    b = Balancer(deps("a/slow", "a/fast", "a/new"), strategy="lowest_latency")
    slow, fast, new = b.deployments()
    b.started(slow)
    assert b.plan("chat")[0] is fast  # slow is being tried: the untried come first
    b.succeeded(slow, 2.0)
    b.started(fast)
    b.succeeded(fast, 0.2)
    assert b.plan("chat")[0] is new
    b.started(new)
    b.failed(new, APITimeoutError("slow"))  # tried, never measured: last
    assert models(b.plan("chat")) == ["a/fast", "a/slow", "a/new"]
    for _ in range(5):  # the fast one gets slow: the EWMA follows
        b.started(fast)
        b.succeeded(fast, 5.0)
    assert b.plan("chat")[0] is slow
    assert state_of(b, slow).latency_ewma_s == pytest.approx(2.0)
    ewma = 0.2
    for _ in range(5):
        ewma += 0.3 * (5.0 - ewma)
    assert state_of(b, fast).latency_ewma_s == pytest.approx(ewma)


# --------------------------------------------------------------------------------------------
# The circuit breaker
# --------------------------------------------------------------------------------------------


def test_the_circuit_opens_after_n_retryable_failures_and_not_after_400s(clock: Clock) -> None:
    b = Balancer(deps("a/1", "a/2"), clock=clock, cooldown=CooldownPolicy(failures=3, cooldown_s=30))
    one, _ = b.deployments()
    fail(b, one, InvalidRequestError("bad"), times=10)
    fail(b, one, AuthenticationError("bad key"), times=2)
    fail(b, one, ValueError("a bug, not the vendor"))
    assert state_of(b, one).state == "healthy"
    assert state_of(b, one).consecutive_failures == 0
    fail(b, one, RateLimitError("slow down"), times=2)
    b.started(one)
    b.succeeded(one, 0.1)  # a success ends the streak
    fail(b, one, APITimeoutError("t"), times=2)
    fail(b, one, InvalidRequestError("bad"))  # a 400 neither counts nor ends it
    assert state_of(b, one).state == "healthy"
    assert models(b.plan("chat")) == ["a/1", "a/2"]
    fail(b, one, ModelNotFoundError("gone"))  # the third in a row
    health = state_of(b, one)
    assert (health.state, health.consecutive_failures, health.cooldown_until) == ("open", 3, 1030.0)
    assert (health.calls, health.failures, health.successes, health.in_flight) == (20, 19, 1, 0)
    assert models(b.plan("chat")) == ["a/2"]
    clock.now = 1029.9
    assert models(b.plan("chat")) == ["a/2"]


def test_a_long_retry_after_lengthens_the_cooldown_up_to_the_cap(clock: Clock) -> None:
    b = Balancer(
        deps("a/1"), clock=clock, cooldown=CooldownPolicy(failures=1, cooldown_s=10, max_cooldown_s=120)
    )
    (d,) = b.deployments()
    fail(b, d, RateLimitError("quota", retry_after=600))
    assert state_of(b, d).cooldown_until == 1120.0


def test_half_open_lets_exactly_one_probe_through(clock: Clock) -> None:
    b = Balancer(deps("a/1", "a/2"), clock=clock, cooldown=CooldownPolicy(failures=1, cooldown_s=30))
    one, _ = b.deployments()
    fail(b, one)
    clock.now += 30
    assert state_of(b, one).state == "half_open"
    assert models(b.plan("chat")) == ["a/1", "a/2"]  # the recovered primary is probed first
    assert models(b.plan("chat")) == ["a/2"]  # a second plan meanwhile leaves it out
    b.started(one)
    assert models(b.plan("chat")) == ["a/2"]
    b.succeeded(one, 0.3)  # the probe answered: closed
    health = state_of(b, one)
    assert (health.state, health.consecutive_failures, health.cooldown_until) == ("healthy", 0, None)
    assert models(b.plan("chat")) == ["a/1", "a/2"]
    assert models(b.plan("chat")) == ["a/1", "a/2"]


def test_half_open_ones_follow_the_healthy_ones_and_hold_the_probe_there_too(clock: Clock) -> None:
    b = Balancer(deps("a/1", "a/2", "a/3"), clock=clock, cooldown=CooldownPolicy(failures=1, cooldown_s=5))
    two = b.deployments()[1]
    fail(b, two)
    clock.now += 5
    assert models(b.plan("chat")) == ["a/1", "a/3", "a/2"]
    assert models(b.plan("chat")) == ["a/1", "a/3"]


def test_only_one_of_many_concurrent_plans_holds_the_probe(clock: Clock) -> None:
    b = Balancer(deps("a/1", "a/2"), clock=clock, cooldown=CooldownPolicy(failures=1, cooldown_s=5))
    fail(b, b.deployments()[0])
    clock.now += 5
    plans: list[list[str]] = []
    lock = threading.Lock()

    def work() -> None:
        plan = models(b.plan("chat"))
        with lock:
            plans.append(plan)

    together(16, work)
    assert sorted(plans) == sorted([["a/1", "a/2"]] + [["a/2"]] * 15)


def test_a_failed_probe_reopens_for_twice_as_long_up_to_the_cap(clock: Clock) -> None:
    policy = CooldownPolicy(failures=2, cooldown_s=10, max_cooldown_s=25)
    b = Balancer(deps("a/1", "a/2"), clock=clock, cooldown=policy)
    one, _ = b.deployments()
    fail(b, one, times=2)
    assert state_of(b, one).cooldown_until == 1010.0
    for reopened_for in (20, 25, 25):
        clock.now = state_of(b, one).cooldown_until or 0.0
        assert b.plan("chat")[0] is one
        fail(b, one)  # one failed probe is enough: it opens again
        health = state_of(b, one)
        assert (health.state, health.cooldown_until) == ("open", clock.now + reopened_for)
        assert models(b.plan("chat")) == ["a/2"]
    clock.now = state_of(b, one).cooldown_until or 0.0
    b.plan("chat")
    b.started(one)
    b.succeeded(one, 0.1)
    fail(b, one, times=2)  # closed again: the next opening starts from cooldown_s
    assert state_of(b, one).cooldown_until == clock.now + 10


@pytest.mark.parametrize("verdict", ["released", "bad_request"])
def test_a_probe_without_a_verdict_frees_the_slot_and_stays_half_open(clock: Clock, verdict: str) -> None:
    b = Balancer(deps("a/1", "a/2"), clock=clock, cooldown=CooldownPolicy(failures=1, cooldown_s=5))
    one, _ = b.deployments()
    fail(b, one)
    clock.now += 5
    assert b.plan("chat")[0] is one
    b.started(one)
    if verdict == "released":
        b.released(one)
    else:
        b.failed(one, InvalidRequestError("that request is wrong anywhere"))
    assert state_of(b, one).state == "half_open"
    assert models(b.plan("chat")) == ["a/1", "a/2"]
    assert models(b.plan("chat")) == ["a/2"]


def test_a_probe_slot_nobody_reports_on_is_freed_after_probe_timeout(clock: Clock) -> None:
    policy = CooldownPolicy(failures=1, cooldown_s=5, probe_timeout_s=20)
    b = Balancer(deps("a/1", "a/2"), clock=clock, cooldown=policy)
    one, _ = b.deployments()
    fail(b, one)
    clock.now += 5
    assert b.plan("chat")[0] is one  # that call is answered elsewhere and never reports on a/1
    clock.now += 19.9
    assert models(b.plan("chat")) == ["a/2"]
    clock.now += 0.1
    assert models(b.plan("chat")) == ["a/1", "a/2"]


def test_when_every_circuit_is_open_the_soonest_to_close_is_planned(clock: Clock) -> None:
    b = Balancer(deps("a/1", "a/2", "a/3"), clock=clock, cooldown=CooldownPolicy(failures=1, cooldown_s=30))
    one, two, three = b.deployments()
    fail(b, two)
    clock.now += 1
    fail(b, three)
    clock.now += 1
    fail(b, one)
    assert [h.state for h in b.health()] == ["open"] * 3
    assert b.plan("chat") == [two]
    assert b.plan("chat") == [two]  # every call gets a plan
    b.started(two)
    b.succeeded(two, 0.5)  # it answered anyway: closed
    assert b.plan("chat") == [two]
    assert state_of(b, two).state == "healthy"


def test_late_failures_of_calls_started_before_opening_do_not_extend_the_cooldown(clock: Clock) -> None:
    b = Balancer(deps("a/1", "a/2"), clock=clock, cooldown=CooldownPolicy(failures=2, cooldown_s=30))
    one, _ = b.deployments()
    for _ in range(5):
        b.started(one)
    for _ in range(2):
        b.failed(one, ServiceUnavailableError("down"))
    clock.now += 10
    for _ in range(3):
        b.failed(one, ServiceUnavailableError("down"))
    health = state_of(b, one)
    assert (health.state, health.cooldown_until, health.consecutive_failures, health.in_flight) == (
        "open",
        1030.0,
        5,
        0,
    )


def test_in_flight_never_goes_below_zero() -> None:
    b = Balancer(deps("a/1", "a/2"), strategy="least_busy")
    one, two = b.deployments()
    b.released(one)
    b.succeeded(one, 0.1)
    assert state_of(b, one).in_flight == 0
    b.started(two)
    assert b.plan("chat")[0] is one


# --------------------------------------------------------------------------------------------
# Threads and tasks
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("strategy", ["fallback", "round_robin", "weighted", "least_busy", "lowest_latency"])
def test_sixteen_threads_leave_exact_counters(strategy: str) -> None:
    b = Balancer(deps("a/1", "a/2", "a/3"), strategy=strategy, rng=random.Random(3))

    def work() -> None:
        for i in range(1000):
            d = b.plan("chat")[0]
            b.started(d)
            b.succeeded(d, 0.001 * (i % 7))

    together(16, work)
    health = b.health("chat")
    assert [h.in_flight for h in health] == [0, 0, 0]
    assert sum(h.calls for h in health) == 16_000
    assert sum(h.successes for h in health) == 16_000
    assert all(h.calls == h.successes and h.failures == 0 for h in health)
    if strategy == "round_robin":
        assert [h.calls for h in health] == [16_000 // 3 + 1, 16_000 // 3, 16_000 // 3]


async def test_asyncio_tasks_share_one_balancer(clock: Clock) -> None:
    b = Balancer(deps("a/1", "a/2"), strategy="least_busy", clock=clock)
    peak: list[int] = []

    async def call(i: int) -> None:
        d = b.plan("chat")[0]
        b.started(d)
        peak.append(sum(h.in_flight for h in b.health()))
        await asyncio.sleep(0)  # a yield to the other tasks, not a wait
        if i % 10 == 0:
            b.released(d)
        else:
            b.succeeded(d, 0.01)

    await asyncio.gather(*(call(i) for i in range(200)))
    health = b.health()
    assert [h.in_flight for h in health] == [0, 0]
    assert [h.calls for h in health] == [100, 100]  # least busy alternates while all are in flight
    assert sum(h.successes for h in health) == 180
    assert max(peak) == 200
