"""Load balancing over deployments: several keys, base URLs or providers behind one public name.

Pure bookkeeping, no I/O: :class:`Balancer` answers "in which order does this call try the
deployments of ``model_name``" (:meth:`Balancer.plan`) and is told how each attempt went
(:meth:`~Balancer.started`, :meth:`~Balancer.succeeded`, :meth:`~Balancer.failed`,
:meth:`~Balancer.released`). From those reports it keeps per-deployment counters, an EWMA of the
latency, and a circuit breaker:

- **closed** (``"healthy"``): in plans. ``CooldownPolicy.failures`` consecutive retryable failures
  (or a model that no longer exists) open it; a 400 says nothing about the deployment's health and
  neither counts nor breaks the streak.
- **open**: left out of plans until ``cooldown_until``.
- **half open** (the cooldown is over): exactly one probe at a time. The plan that lists the
  deployment takes the probe slot, and other plans leave it out until the probe reports: a
  success closes the circuit, a retryable failure opens it again for twice the last cooldown
  (capped at ``max_cooldown_s``), :meth:`~Balancer.released` or a 400 frees the slot. A slot nobody
  reports on (a plan that never got that far) is freed after ``probe_timeout_s``.

One ``threading.Lock`` guards the state; it is held for a few dozen operations per call, never
across I/O, so the same balancer serves threads and asyncio tasks alike.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Any, Literal

from .errors import InvalidRequestError, LLMRouterError, ModelNotFoundError, register_secret, scrub_secrets

__all__ = [
    "STRATEGIES",
    "Balancer",
    "CooldownPolicy",
    "Deployment",
    "DeploymentHealth",
]

Strategy = Literal["fallback", "round_robin", "weighted", "least_busy", "lowest_latency"]
STRATEGIES: tuple[Strategy, ...] = ("fallback", "round_robin", "weighted", "least_busy", "lowest_latency")

#: Weight of the newest measurement in the latency EWMA.
LATENCY_ALPHA = 0.3

_CALL_FIELDS = frozenset({"model", "api_key", "api_base", "provider"})
"""Set on the deployment itself, so never in its ``params``: one place per fact."""


def _empty_params() -> Mapping[str, Any]:
    return MappingProxyType({})


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@dataclass(frozen=True, slots=True)
class Deployment:
    """One place a public model name can be served from. ``api_key`` never appears in ``repr``,
    ``str`` or :class:`DeploymentHealth`; ``params`` are per-deployment call parameters (such as
    ``timeout``), frozen on construction. An empty ``id`` is filled in by the :class:`Balancer`
    (``"{model_name}:{model}@{api_base or 'default'}#{n}"``, ``n`` counting the deployments of that
    name from 0): use the objects :meth:`Balancer.plan` returns when reporting."""

    model_name: str
    model: str
    api_key: str | None = field(default=None, repr=False)
    api_base: str | None = None
    provider: str | None = None
    weight: float = 1.0
    params: Mapping[str, Any] = field(default_factory=_empty_params, hash=False)
    id: str = ""

    def __post_init__(self) -> None:
        where = self._where()
        for name in ("model_name", "model"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise InvalidRequestError(f"{where}: {name} must be a non-empty string", param=name)
        for name in ("api_key", "api_base", "provider"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not value):
                raise InvalidRequestError(f"{where}: {name} must be a non-empty string or None", param=name)
        if not isinstance(self.id, str):
            raise InvalidRequestError(f"{where}: id must be a string", param="id")
        if not _is_number(self.weight) or not math.isfinite(self.weight) or self.weight <= 0:
            raise InvalidRequestError(f"{where}: weight must be a finite number > 0", param="weight")
        if not isinstance(self.params, Mapping) or not all(isinstance(k, str) for k in self.params):
            raise InvalidRequestError(f"{where}: params must be a mapping with string keys", param="params")
        clash = sorted(_CALL_FIELDS.intersection(self.params))
        if clash:
            raise InvalidRequestError(
                f"{where}: params may not set {clash}: give them as the deployment's own fields",
                param="params",
            )
        if not isinstance(self.params, MappingProxyType):
            object.__setattr__(self, "params", MappingProxyType(dict(self.params)))
        register_secret(self.api_key)

    def _where(self) -> str:
        name = self.model_name if isinstance(self.model_name, str) else "?"
        model = self.model if isinstance(self.model, str) else "?"
        return f"deployment {name!r} ({model})"

    def __repr__(self) -> str:
        text = (
            f"Deployment(id={self.id!r}, model_name={self.model_name!r}, model={self.model!r}, "
            f"api_base={self.api_base!r}, provider={self.provider!r}, weight={self.weight!r}, "
            f"params={sorted(self.params)!r})"
        )
        return scrub_secrets(text)

    @classmethod
    def of(cls, value: Deployment | Mapping[str, Any]) -> Deployment:
        """A deployment from itself or from ``{"model_name": ..., "model": ..., "api_key": ...}``;
        :class:`~llmrouter.errors.InvalidRequestError` naming what is wrong otherwise."""
        if isinstance(value, Deployment):
            return value
        if not isinstance(value, Mapping):
            raise InvalidRequestError(
                "a deployment is a Deployment or a mapping such as "
                "{'model_name': 'chat', 'model': 'openai/gpt-4o', 'api_key': ...}, "
                f"not {type(value).__name__}",
                param="deployments",
            )
        known = [f.name for f in fields(cls)]
        unknown = [k for k in value if k not in known]
        if unknown:
            from .models import _suggest  # only on the error path

            hints = "".join(_suggest(str(k), known) for k in unknown)
            raise InvalidRequestError(
                f"unknown deployment field(s) {sorted(map(str, unknown))}; known: {known}.{hints}",
                param="deployments",
            )
        missing = [name for name in ("model_name", "model") if name not in value]
        if missing:
            raise InvalidRequestError(f"a deployment needs {missing}", param=missing[0])
        return cls(**value)


@dataclass(frozen=True, slots=True)
class CooldownPolicy:
    """The circuit breaker. ``failures`` consecutive retryable failures open a deployment's circuit
    for ``cooldown_s`` (longer when the error's ``retry_after`` asks for it, up to
    ``max_cooldown_s``); then it is half open: one probe at a time. A failed probe opens it again
    for twice the last cooldown, capped at ``max_cooldown_s`` (set it to ``cooldown_s`` not to
    double); a probe slot nobody reports on is freed after ``probe_timeout_s``."""

    failures: int = 3
    cooldown_s: float = 30.0
    max_cooldown_s: float = 300.0
    probe_timeout_s: float = 60.0

    def __post_init__(self) -> None:
        if isinstance(self.failures, bool) or not isinstance(self.failures, int) or self.failures < 1:
            raise InvalidRequestError("CooldownPolicy.failures must be an integer >= 1", param="failures")
        for name in ("cooldown_s", "max_cooldown_s", "probe_timeout_s"):
            value = getattr(self, name)
            if not _is_number(value) or not math.isfinite(value) or value <= 0:
                raise InvalidRequestError(
                    f"CooldownPolicy.{name} must be a number of seconds > 0", param=name
                )
        if self.max_cooldown_s < self.cooldown_s:
            raise InvalidRequestError(
                "CooldownPolicy.max_cooldown_s must be at least cooldown_s", param="max_cooldown_s"
            )


@dataclass(frozen=True, slots=True)
class DeploymentHealth:
    """A snapshot of one deployment. Times are on the balancer's clock (``time.monotonic`` unless
    another was given); ``cooldown_until`` is ``None`` while the circuit is closed."""

    id: str
    model_name: str
    model: str
    state: Literal["healthy", "open", "half_open"]
    in_flight: int
    calls: int
    successes: int
    failures: int
    consecutive_failures: int
    latency_ewma_s: float | None
    cooldown_until: float | None


_HEALTHY, _HALF_OPEN, _OUT = 0, 1, 2
"""What :meth:`_State.standing` says about a deployment for a plan made now."""


class _State:
    """The mutable half of a deployment; only touched under the balancer's lock."""

    __slots__ = (
        "calls",
        "consecutive",
        "cooldown",
        "cooldown_until",
        "deployment",
        "failures",
        "in_flight",
        "latency",
        "probe_until",
        "successes",
    )

    def __init__(self, deployment: Deployment, cooldown_s: float) -> None:
        self.deployment = deployment
        self.in_flight = 0
        self.calls = 0
        self.successes = 0
        self.failures = 0
        self.consecutive = 0
        self.latency: float | None = None
        self.cooldown = cooldown_s  # the length of the next re-opening after a failed probe / 2
        self.cooldown_until: float | None = None
        self.probe_until: float | None = None  # the half-open probe slot is taken until then

    def standing(self, now: float) -> int:
        if self.cooldown_until is None:
            return _HEALTHY
        if self.cooldown_until > now or (self.probe_until is not None and self.probe_until > now):
            return _OUT
        return _HALF_OPEN

    def state(self, now: float) -> Literal["healthy", "open", "half_open"]:
        if self.cooldown_until is None:
            return "healthy"
        return "open" if self.cooldown_until > now else "half_open"

    def close(self, base_cooldown_s: float) -> None:
        self.consecutive = 0
        self.cooldown_until = None
        self.probe_until = None
        self.cooldown = base_cooldown_s


class _Group:
    """The deployments of one public name, in the order given, and its round-robin counter."""

    __slots__ = ("states", "turn")

    def __init__(self, states: list[_State]) -> None:
        self.states = tuple(states)
        self.turn = 0


class Balancer:
    """Chooses, per call, the order in which the deployments of a public model name are tried.

    Strategies (the first pick; the rest follow as fallbacks, healthy ones before half-open ones,
    open circuits left out):

    - ``fallback``: the order given.
    - ``round_robin``: the first pick rotates per call; the fallbacks follow in rotation order.
    - ``weighted``: the first pick is drawn by ``weight`` (``rng`` injectable); fallbacks in order.
    - ``least_busy``: the fewest calls in flight, ties by order; fallbacks in order.
    - ``lowest_latency``: deployments never tried first (so each gets measured), then the lowest
      latency EWMA, then those tried but never measured; fallbacks in order.

    A deployment whose circuit is half open and whose probe slot is free can be the first pick like
    any other (that is how a recovered primary gets its traffic back). When nothing is available
    the plan holds the single deployment whose cooldown ends first: a call is never refused for
    want of a plan.
    """

    def __init__(
        self,
        deployments: Sequence[Deployment | Mapping[str, Any]],
        *,
        strategy: str = "fallback",
        cooldown: CooldownPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        if strategy not in STRATEGIES:
            raise InvalidRequestError(
                f"unknown balancing strategy {strategy!r}; valid: {list(STRATEGIES)}", param="strategy"
            )
        if cooldown is None:
            cooldown = CooldownPolicy()
        elif not isinstance(cooldown, CooldownPolicy):
            raise InvalidRequestError("cooldown must be a CooldownPolicy or None", param="cooldown")
        if not callable(clock):
            raise InvalidRequestError("clock must be a callable returning seconds", param="clock")
        if rng is not None and not isinstance(rng, random.Random):
            raise InvalidRequestError("rng must be a random.Random or None", param="rng")
        if isinstance(deployments, (str, bytes, Mapping)) or not isinstance(deployments, Sequence):
            raise InvalidRequestError(
                "deployments must be a list of Deployment objects or mappings", param="deployments"
            )
        if not deployments:
            raise InvalidRequestError("a Balancer needs at least one deployment", param="deployments")
        self._strategy: Strategy = strategy  # narrowed by the check above
        self._policy = cooldown
        self._clock = clock
        self._rng = rng if rng is not None else random.Random()
        self._lock = threading.Lock()
        by_name: dict[str, list[_State]] = {}
        self._by_id: dict[str, _State] = {}
        for item in deployments:
            deployment = Deployment.of(item)
            group = by_name.setdefault(deployment.model_name, [])
            if not deployment.id:
                base = deployment.api_base or "default"
                derived = f"{deployment.model_name}:{deployment.model}@{base}#{len(group)}"
                deployment = replace(deployment, id=scrub_secrets(derived))
            if deployment.id in self._by_id:
                raise InvalidRequestError(f"two deployments have the id {deployment.id!r}", param="id")
            state = _State(deployment, cooldown.cooldown_s)
            group.append(state)
            self._by_id[deployment.id] = state
        self._groups = {name: _Group(states) for name, states in by_name.items()}
        self._names = frozenset(self._groups)

    def __repr__(self) -> str:
        return f"Balancer(strategy={self._strategy!r}, names={sorted(self._names)!r}, deployments={len(self._by_id)})"

    @property
    def strategy(self) -> str:
        return self._strategy

    def names(self) -> frozenset[str]:
        """The public model names served."""
        return self._names

    def deployments(self, model_name: str | None = None) -> list[Deployment]:
        """The deployments (ids filled in) in the order given, of one name or of all."""
        states = self._group(model_name).states if model_name is not None else self._by_id.values()
        return [state.deployment for state in states]

    # ----------------------------------------------------------------------------------------
    # Planning
    # ----------------------------------------------------------------------------------------

    def plan(self, model_name: str) -> list[Deployment]:
        """The try order for one call: the strategy's pick, then the rest as fallbacks (healthy
        before half open; open circuits left out). Listing a half-open deployment takes its probe
        slot, so that a concurrent plan leaves it out. Unknown name: ``ModelNotFoundError``."""
        group = self._group(model_name)
        states = group.states
        n = len(states)
        with self._lock:
            now = self._clock()
            start = 0
            if self._strategy == "round_robin":
                start = group.turn % n
                group.turn = start + 1
            pick = self._pick(states, start, now)
            if pick < 0:
                return [self._soonest(states)]
            plan = [states[pick].deployment]
            self._take_probe(states[pick], now)
            for wanted in (_HEALTHY, _HALF_OPEN):
                for offset in range(n):
                    i = (start + offset) % n
                    if i != pick and states[i].standing(now) == wanted:
                        plan.append(states[i].deployment)
                        if wanted == _HALF_OPEN:
                            self._take_probe(states[i], now)
            return plan

    def _pick(self, states: tuple[_State, ...], start: int, now: float) -> int:
        """The index of the strategy's first pick among the available deployments, or -1."""
        n = len(states)
        strategy = self._strategy
        if strategy == "weighted":
            total = 0.0
            for state in states:
                if state.standing(now) != _OUT:
                    total += state.deployment.weight
            if total <= 0.0:
                return -1
            point = self._rng.random() * total
            last = -1
            for i, state in enumerate(states):
                if state.standing(now) != _OUT:
                    last = i
                    point -= state.deployment.weight
                    if point < 0.0:
                        return i
            return last  # rounding left a sliver past the end
        best = -1
        best_rank = 0
        best_value = 0.0
        for offset in range(n):
            i = (start + offset) % n
            state = states[i]
            if state.standing(now) == _OUT:
                continue
            if strategy in ("fallback", "round_robin"):
                return i
            if strategy == "least_busy":
                rank, value = 0, float(state.in_flight)
            elif state.calls == 0:  # lowest_latency: never tried, so measure it
                rank, value = 0, 0.0
            elif state.latency is not None:
                rank, value = 1, state.latency
            else:  # tried, never measured (it only failed): last
                rank, value = 2, 0.0
            if best < 0 or rank < best_rank or (rank == best_rank and value < best_value):
                best, best_rank, best_value = i, rank, value
        return best

    def _soonest(self, states: tuple[_State, ...]) -> Deployment:
        soonest = states[0]
        for state in states:
            if (state.cooldown_until or 0.0) < (soonest.cooldown_until or 0.0):
                soonest = state
        return soonest.deployment

    def _take_probe(self, state: _State, now: float) -> None:
        if state.cooldown_until is not None:  # half open: this plan holds the one probe slot
            state.probe_until = now + self._policy.probe_timeout_s

    # ----------------------------------------------------------------------------------------
    # Reports
    # ----------------------------------------------------------------------------------------

    def started(self, d: Deployment) -> None:
        """A call to ``d`` is starting: in flight + 1."""
        state = self._state(d)
        with self._lock:
            state.in_flight += 1
            state.calls += 1
            if state.cooldown_until is not None:
                now = self._clock()
                if state.cooldown_until <= now:  # the probe itself: its slot lasts from now
                    state.probe_until = now + self._policy.probe_timeout_s

    def succeeded(self, d: Deployment, latency_s: float) -> None:
        """The call to ``d`` answered after ``latency_s`` seconds: in flight - 1, the latency EWMA
        updated, the circuit closed (whatever state it was in: the deployment answers)."""
        state = self._state(d)
        latency = float(latency_s) if _is_number(latency_s) and math.isfinite(latency_s) else None
        with self._lock:
            state.in_flight = max(state.in_flight - 1, 0)
            state.successes += 1
            if latency is not None:
                latency = max(latency, 0.0)
                previous = state.latency
                state.latency = (
                    latency if previous is None else previous + LATENCY_ALPHA * (latency - previous)
                )
            state.close(self._policy.cooldown_s)

    def failed(self, d: Deployment, error: BaseException) -> None:
        """The call to ``d`` failed with ``error``: in flight - 1. Only a retryable error or a
        ``ModelNotFoundError`` counts toward opening the circuit; anything else (a 400, a 401, an
        exception that is not an llmrouter error) is counted as a failure but says nothing about
        the deployment's health."""
        state = self._state(d)
        counts = isinstance(error, LLMRouterError) and (
            error.retryable or isinstance(error, ModelNotFoundError)
        )
        retry_after = error.retry_after if isinstance(error, LLMRouterError) else None
        with self._lock:
            state.in_flight = max(state.in_flight - 1, 0)
            state.failures += 1
            if not counts:
                state.probe_until = None  # a half-open probe without a verdict frees its slot
                return
            state.consecutive += 1
            policy = self._policy
            now = self._clock()
            if state.cooldown_until is None:
                if state.consecutive >= policy.failures:
                    wait = policy.cooldown_s
                    if retry_after is not None and _is_number(retry_after) and retry_after > wait:
                        wait = min(float(retry_after), policy.max_cooldown_s)
                    state.cooldown_until = now + wait
                    state.cooldown = wait
            elif state.cooldown_until <= now:  # half open: the probe failed, open again for longer
                state.cooldown = min(state.cooldown * 2.0, policy.max_cooldown_s)
                state.cooldown_until = now + state.cooldown
                state.probe_until = None
            # open: a late report from a call started before it opened; the cooldown stands

    def released(self, d: Deployment) -> None:
        """The call to ``d`` ended without a verdict (cancelled, or answered elsewhere): in flight
        - 1, and a half-open probe slot freed."""
        state = self._state(d)
        with self._lock:
            state.in_flight = max(state.in_flight - 1, 0)
            state.probe_until = None

    # ----------------------------------------------------------------------------------------
    # Reading
    # ----------------------------------------------------------------------------------------

    def health(self, model_name: str | None = None) -> list[DeploymentHealth]:
        """A snapshot of every deployment (of one name, or of all), in the order given."""
        states = self._group(model_name).states if model_name is not None else tuple(self._by_id.values())
        with self._lock:
            now = self._clock()
            return [
                DeploymentHealth(
                    id=s.deployment.id,
                    model_name=s.deployment.model_name,
                    model=s.deployment.model,
                    state=s.state(now),
                    in_flight=s.in_flight,
                    calls=s.calls,
                    successes=s.successes,
                    failures=s.failures,
                    consecutive_failures=s.consecutive,
                    latency_ewma_s=s.latency,
                    cooldown_until=s.cooldown_until,
                )
                for s in states
            ]

    def _group(self, model_name: str) -> _Group:
        group = self._groups.get(model_name) if isinstance(model_name, str) else None
        if group is None:
            from .models import _suggest  # only on the error path

            known = sorted(self._names)
            raise ModelNotFoundError(
                f"no deployment serves {model_name!r}; served: {known}.{_suggest(str(model_name), known)}",
                model=model_name if isinstance(model_name, str) else None,
            )
        return group

    def _state(self, d: Deployment) -> _State:
        state = self._by_id.get(d.id) if isinstance(d, Deployment) else None
        if state is None or (state.deployment is not d and state.deployment != d):
            raise InvalidRequestError(
                f"{d!r} is not a deployment of this balancer: report with the objects plan() returns",
                param="deployment",
            )
        return state
