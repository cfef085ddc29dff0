"""The public API: :class:`Router` (defaults, hooks, a retry policy) and the module-level
functions that use a default one. Every call goes through :mod:`llmrouter.router`'s pipeline."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from typing_extensions import Unpack

from .calls import EMBEDDING, Call, Operation, build_call, build_chat_call, hooks_of
from .errors import InvalidRequestError
from .hooks.base import Attempt, PlanCache
from .options import CALL_OPTIONS, CompletionParams, EmbeddingParams, refuse_unknown, split_params
from .policy import RetryPolicy, Target
from .router import MessageLike, run_call_async, run_call_sync, stream_call_async, stream_call_sync
from .streaming import AsyncCompletionStream, CompletionStream
from .types import ChatCompletion, EmbeddingResponse

if TYPE_CHECKING:
    from .balancer import Balancer, CooldownPolicy, Deployment, DeploymentHealth

__all__ = [
    "Router",
    "acompletion",
    "add_hook",
    "aembedding",
    "clear_hooks",
    "completion",
    "embedding",
    "remove_hook",
]


_global_hooks: list[object] = []


def add_hook(hook: object) -> None:
    """Attaches a hook to every call in this process (before router and per-call hooks).
    A hook with no event method, or a misspelt one, is refused here."""
    _global_hooks.extend(hooks_of([hook]))


def remove_hook(hook: object) -> None:
    try:
        _global_hooks.remove(hook)
    except ValueError:
        raise InvalidRequestError(f"{hook!r} is not attached") from None


def clear_hooks() -> None:
    _global_hooks.clear()


#: What a deployment's ``params`` may set: how its calls travel, not what they ask.
DEPLOYMENT_PARAMS = frozenset({"timeout", "extra_headers", "extra_body", "vertex_project", "vertex_location"})


class _DeploymentObserver:
    """Tells the balancer how each attempt of one call went, deployment by deployment."""

    __slots__ = ("_balancer", "_by_target", "_in_flight", "_primary")

    def __init__(self, balancer: Balancer, plan: list[Deployment], targets: list[Target]) -> None:
        self._balancer = balancer
        self._primary = plan[0]
        self._by_target = {id(target): deployment for target, deployment in zip(targets, plan[1:])}
        self._in_flight: Deployment | None = None

    def started(self, call: Call) -> None:
        deployment = self._primary if call.current is None else self._by_target.get(id(call.current))
        if deployment is not None:
            self._balancer.started(deployment)
        self._in_flight = deployment

    def finished(self, call: Call, attempt: Attempt) -> None:
        deployment, self._in_flight = self._in_flight, None
        if deployment is None:
            return
        if attempt.error is None:
            self._balancer.succeeded(deployment, attempt.duration_s)
        else:
            self._balancer.failed(deployment, attempt.error)

    def released(self, call: Call) -> None:
        deployment, self._in_flight = self._in_flight, None
        if deployment is not None:
            self._balancer.released(deployment)


class Router:
    """Defaults, hooks, a retry policy and load-balanced deployments for calls; the module-level
    functions use a default one.

    ``Router(hooks=[...], num_retries=3, timeout=30)``: its hooks run after the global ones and
    before per-call ``hooks=[...]``; its defaults are overridden by per-call parameters.
    ``retry=RetryPolicy(...)`` sets backoff, the ``Retry-After`` cap and an injectable sleep.

    ``Router(deployments=[{"model_name": "chat", "model": "openai/gpt-4o", "api_key": k1},
    {"model_name": "chat", "model": "azure-east/gpt-4o", "api_base": ..., "api_key": k2}],
    strategy="least_busy")``: ``router.completion("chat", ...)`` picks a deployment by the strategy
    (``fallback``, ``round_robin``, ``weighted``, ``least_busy``, ``lowest_latency``) and falls back
    to the others; one that keeps failing cools down (``cooldown=CooldownPolicy(...)``) and is probed
    again half-open. ``router.health()`` reads each deployment's state and counters.
    """

    def __init__(
        self,
        *,
        hooks: Sequence[object] = (),
        retry: RetryPolicy | None = None,
        deployments: Sequence[Deployment | Mapping[str, Any]] = (),
        strategy: str = "fallback",
        cooldown: CooldownPolicy | None = None,
        **defaults: Any,
    ) -> None:
        self.hooks: list[object] = list(hooks_of(list(hooks)))
        self.defaults, options = split_params(defaults)
        self.defaults.update(options)
        self.policy = retry or RetryPolicy()
        self._plans = PlanCache()
        self._balancer: Balancer | None = None
        if deployments:
            from .balancer import Balancer  # only a load-balancing router needs it

            self._balancer = Balancer(
                deployments, strategy=strategy, cooldown=cooldown, clock=self.policy.clock
            )
            for deployment in self._balancer.deployments():
                refuse_unknown(deployment.params, DEPLOYMENT_PARAMS, "deployment ")

    def health(self, model_name: str | None = None) -> list[DeploymentHealth]:
        """Each deployment's state (``healthy``, ``open``, ``half_open``) and counters."""
        return [] if self._balancer is None else self._balancer.health(model_name)

    def _route(self, model: Any, params: Mapping[str, Any]) -> tuple[Any, Mapping[str, Any], Any]:
        """A public deployment name to its first deployment's model and credentials; the rest
        of the plan becomes the call's first fallbacks."""
        balancer = self._balancer
        if balancer is None or not isinstance(model, str) or model not in balancer.names():
            return model, params, None
        plan = balancer.plan(model)
        first = plan[0]
        routed = {**first.params, **params}
        for name in ("api_key", "api_base", "provider"):
            routed[name] = getattr(first, name)
        targets = [
            Target(
                model=d.model,
                api_key=d.api_key,
                api_base=d.api_base,
                provider=d.provider,
                inherit=False,
                params=dict(d.params) or None,
            )
            for d in plan[1:]
        ]
        return first.model, routed, (plan, targets)

    def _balanced(self, call: Call, route: Any) -> Call:
        if route is not None and self._balancer is not None:
            plan, targets = route
            call.chain.fallbacks[:0] = targets
            call.observer = _DeploymentObserver(self._balancer, plan, targets)
        return call

    def __repr__(self) -> str:
        shown = {k: v for k, v in self.defaults.items() if k != "api_key"}
        return f"Router(hooks={self.hooks!r}, defaults={shown!r})"

    def add_hook(self, hook: object) -> None:
        self.hooks.extend(hooks_of([hook]))

    def remove_hook(self, hook: object) -> None:
        try:
            self.hooks.remove(hook)
        except ValueError:
            raise InvalidRequestError(f"{hook!r} is not attached to this router") from None

    # -- chat ---------------------------------------------------------------------------------

    def _chat(
        self, model: Any, messages: Any, params: Mapping[str, Any], stream: bool, is_async: bool
    ) -> Call:
        model, params, route = self._route(model, params)
        call = build_chat_call(
            model,
            messages,
            params,
            stream=stream,
            layers=(tuple(_global_hooks), tuple(self.hooks)),
            defaults=self.defaults,
            plans=self._plans,
            policy=self.policy,
            is_async=is_async,
        )
        return self._balanced(call, route)

    @overload
    def completion(
        self,
        model: str | None = ...,
        messages: Sequence[MessageLike] = ...,
        *,
        stream: Literal[False] = False,
        **params: Unpack[CompletionParams],
    ) -> ChatCompletion: ...

    @overload
    def completion(
        self,
        model: str | None = ...,
        messages: Sequence[MessageLike] = ...,
        *,
        stream: Literal[True],
        **params: Unpack[CompletionParams],
    ) -> CompletionStream: ...

    def completion(
        self,
        model: str | None = None,
        messages: Sequence[MessageLike] = (),
        *,
        stream: bool = False,
        **params: Unpack[CompletionParams],
    ) -> ChatCompletion | CompletionStream:
        """A chat completion in the OpenAI shape, from any vendor.

        ``router.completion("anthropic/claude-sonnet-4.5", [{"role": "user", "content": "Hi"}],
        max_tokens=200)``; ``stream=True`` returns a :class:`CompletionStream` of chunks.
        """
        call = self._chat(model, messages, params, stream, False)
        return stream_call_sync(call) if stream else run_call_sync(call)  # type: ignore[no-any-return]

    @overload
    async def acompletion(
        self,
        model: str | None = ...,
        messages: Sequence[MessageLike] = ...,
        *,
        stream: Literal[False] = False,
        **params: Unpack[CompletionParams],
    ) -> ChatCompletion: ...

    @overload
    async def acompletion(
        self,
        model: str | None = ...,
        messages: Sequence[MessageLike] = ...,
        *,
        stream: Literal[True],
        **params: Unpack[CompletionParams],
    ) -> AsyncCompletionStream: ...

    async def acompletion(
        self,
        model: str | None = None,
        messages: Sequence[MessageLike] = (),
        *,
        stream: bool = False,
        **params: Unpack[CompletionParams],
    ) -> ChatCompletion | AsyncCompletionStream:
        """The async twin of :meth:`completion`; ``stream=True`` gives an :class:`AsyncCompletionStream`."""
        call = self._chat(model, messages, params, stream, True)
        return await stream_call_async(call) if stream else await run_call_async(call)  # type: ignore[no-any-return]

    # -- every other operation ------------------------------------------------------------------

    def _call(self, op: Operation, model: Any, params: Mapping[str, Any], is_async: bool) -> Call:
        defaults = {k: v for k, v in self.defaults.items() if k in CALL_OPTIONS or k in op.params}
        model, params, route = self._route(model, params)
        call = build_call(
            op,
            model,
            {**defaults, **params},
            layers=(tuple(_global_hooks), tuple(self.hooks)),
            defaults={},
            plans=self._plans,
            policy=self.policy,
            is_async=is_async,
        )
        return self._balanced(call, route)

    def run(self, op: Operation, model: str | None, params: Mapping[str, Any]) -> Any:
        """Runs any operation (embeddings, images, speech, ...) through the pipeline."""
        return run_call_sync(self._call(op, model, params, False))

    async def arun(self, op: Operation, model: str | None, params: Mapping[str, Any]) -> Any:
        return await run_call_async(self._call(op, model, params, True))

    def embedding(
        self, model: str | None = None, input: str | Sequence[str] = (), **params: Unpack[EmbeddingParams]
    ) -> EmbeddingResponse:
        """Embeddings in the OpenAI shape: ``router.embedding("openai/text-embedding-3-small", ["a", "b"])``.
        The input goes through the hooks like a prompt (a ``Redactor`` redacts it)."""
        return self.run(EMBEDDING, model, {"input": input, **params})  # type: ignore[no-any-return]

    async def aembedding(
        self, model: str | None = None, input: str | Sequence[str] = (), **params: Unpack[EmbeddingParams]
    ) -> EmbeddingResponse:
        """The async twin of :meth:`embedding`."""
        return await self.arun(EMBEDDING, model, {"input": input, **params})  # type: ignore[no-any-return]


_default = Router()


def completion(
    model: str | None = None,
    messages: Sequence[MessageLike] = (),
    *,
    stream: bool = False,
    **params: Unpack[CompletionParams],
) -> Any:
    """A chat completion in the OpenAI shape, from any vendor, through the default router.

    >>> reply = llmrouter.completion("openai/gpt-4o", [{"role": "user", "content": "Hi"}], max_tokens=50)
    >>> reply.content, reply.usage.total_tokens, reply.cost_usd

    ``stream=True`` returns a :class:`~llmrouter.CompletionStream` (a context manager of
    ``chat.completion.chunk`` objects whose ``.completion`` is the assembled reply).
    """
    return _default.completion(model, messages, stream=stream, **params)  # type: ignore[call-overload]


async def acompletion(
    model: str | None = None,
    messages: Sequence[MessageLike] = (),
    *,
    stream: bool = False,
    **params: Unpack[CompletionParams],
) -> Any:
    """The async twin of :func:`completion`.

    >>> reply = await llmrouter.acompletion("mistral/mistral-small-latest", messages)
    >>> async with await llmrouter.acompletion("openai/gpt-4o", messages, stream=True) as stream:
    ...     async for chunk in stream: ...
    """
    return await _default.acompletion(model, messages, stream=stream, **params)  # type: ignore[call-overload]


def embedding(
    model: str | None = None, input: str | Sequence[str] = (), **params: Unpack[EmbeddingParams]
) -> EmbeddingResponse:
    """Embeddings in the OpenAI shape, through the default router.

    >>> llmrouter.embedding("openai/text-embedding-3-small", ["a", "b"], dimensions=256).embeddings
    """
    return _default.embedding(model, input, **params)


async def aembedding(
    model: str | None = None, input: str | Sequence[str] = (), **params: Unpack[EmbeddingParams]
) -> EmbeddingResponse:
    """The async twin of :func:`embedding`."""
    return await _default.aembedding(model, input, **params)


_READABLE = {
    "_Positive": "int",
    "_NonNegative": "int",
    "_Probability": "float",
    "_Penalty": "float",
    "_Seconds": "float",
    "_NonEmpty": "str",
}


def _readable(annotation: Any) -> str:
    """``Annotated[float, Field(ge=0.0, le=2.0)]`` -> ``float``: what help() should say."""
    text = str(getattr(annotation, "__forward_arg__", annotation))
    if text.startswith("Annotated["):
        text = text[len("Annotated[") :].split(",", 1)[0]
    return _READABLE.get(text, text)


def _spell_out(fn: Callable[..., Any], params: type) -> None:
    """Shows every keyword of ``**params: Unpack[...]`` in ``help()`` and ``inspect.signature``:
    editors read the TypedDict, ``pydoc`` only reads a signature. Annotations stay strings
    (nothing is evaluated at import)."""
    import inspect

    signature = inspect.signature(fn)
    fixed = [p for p in signature.parameters.values() if p.kind is not inspect.Parameter.VAR_KEYWORD]
    keywords = [
        inspect.Parameter(
            name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=_readable(annotation)
        )
        for name, annotation in params.__annotations__.items()
        if not name.startswith("__")
    ]
    fn.__signature__ = signature.replace(parameters=[*fixed, *keywords])  # type: ignore[attr-defined]


for _fn, _params in (
    (completion, CompletionParams),
    (acompletion, CompletionParams),
    (embedding, EmbeddingParams),
    (aembedding, EmbeddingParams),
    (Router.completion, CompletionParams),
    (Router.acompletion, CompletionParams),
    (Router.embedding, EmbeddingParams),
    (Router.aembedding, EmbeddingParams),
):
    _spell_out(_fn, _params)
