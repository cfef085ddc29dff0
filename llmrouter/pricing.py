"""What a call cost, from real price data.

Prices come from `genai-prices <https://github.com/pydantic/genai-prices>`_ (MIT, kept up to date
by Pydantic against the vendors' price pages), loaded on the first call that needs a price, never
at ``import llmrouter``: the package and its data cost about a third of a second to import. Its
auto-update (a download) is never used: the data that ships with the installed package is the
data, so pricing works offline; upgrade the package for new prices.

A call's usage (llmrouter's OpenAI-shaped :class:`~llmrouter.types.Usage`, in which
``prompt_tokens`` counts every input token, cached and cache writes included, and
``completion_tokens`` every output token, reasoning included) is priced as the vendor prices it:

* cached input (``prompt_tokens_details.cached_tokens``) at the model's cache-read rate;
* Anthropic cache writes (``cache_write_tokens``) at the cache-write rate;
* the rest of the input at the input rate, output (reasoning and thinking tokens included, which
  OpenAI and Google bill as output) at the output rate, or at a separate reasoning rate where the
  data has one;
* long-context tiers (Gemini 2.5 Pro over 200k input tokens, Claude Sonnet 4/4.5 over 200k): the
  tier that the call's whole input falls in applies to all of its tokens, as the vendors bill it;
* a per-request fee (Perplexity) once per call;
* Cohere's ``billed_units`` (what it bills) rather than the token counts it reports;
* a cost the vendor reports itself (Perplexity's ``usage.cost``, OpenRouter's with usage
  accounting on) is taken as is: it is the bill;
* a reply's ``service_tier`` (OpenAI's ``flex`` and ``priority``) at that tier's rates where the
  data has them, the standard rates otherwise.

The other operations are billed in other units, all priced from the same data by
:func:`cost_of_units`: characters (tts-1), seconds of audio (whisper-1), audio and image tokens at
their own rates (gpt-4o-transcribe, gpt-4o-mini-tts, gpt-image-1, Gemini image models).

A model the data does not know costs ``None``, never a made-up 0, with one
:class:`UnknownPriceWarning` per model and process; :func:`register_price` adds or overrides a
price. Prices that the data dates (DeepSeek's off-peak hours, past price changes) are taken at the
time of the call.
"""

from __future__ import annotations

import math
import threading
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, overload

from .errors import InvalidRequestError

if TYPE_CHECKING:
    from .types import EmbeddingUsage, Usage

__all__ = [
    "Price",
    "UnknownPriceWarning",
    "cost_of",
    "cost_of_units",
    "get_price",
    "preload",
    "register_price",
    "unregister_price",
]


class UnknownPriceWarning(UserWarning):
    """No price is known for a model: its calls have ``cost_usd=None``. Issued once per model."""


@dataclass(frozen=True, slots=True)
class Price:
    """USD per million tokens. ``cached_input`` and ``cache_write`` default to ``input``."""

    input: float
    output: float
    cached_input: float | None = None
    cache_write: float | None = None


#: llmrouter provider name -> the provider id in the price data. Providers not listed are looked
#: up in the data under their own name (a plugin named "fireworks" finds Fireworks' prices).
DATA_PROVIDERS: dict[str, str | None] = {
    "openai": "openai",
    "anthropic": "anthropic",
    "google": "google",
    # Vertex AI's list prices for the Gemini models are the Gemini API's paid tier: one table.
    "vertex_ai": "google",
    "mistral": "mistral",
    "cohere": "cohere",
    "xai": "x-ai",
    "deepseek": "deepseek",
    "groq": "groq",
    "together": "together",
    "perplexity": "perplexity",
    "openrouter": "openrouter",
    # Alibaba DashScope is not in the data; self-hosted servers have no per-token price, and a
    # generic OpenAI-compatible server could be anyone's: register_price() for these.
    "qwen": None,
    "ollama": None,
    "vllm": None,
    "openai_compatible": None,
}

# ---------------------------------------------------------------------------------------------
# Rates: per-token prices in float, resolved once per (provider, model) and price version
# ---------------------------------------------------------------------------------------------

_Tiered = tuple[float, tuple[tuple[int, float], ...]]
"""(base price per token, ((start, price per token), ...) ascending): a tier applies to every
token when the call's input tokens exceed its start."""


@dataclass(frozen=True, slots=True)
class _Rates:
    input: _Tiered | None
    output: _Tiered | None
    cache_read: _Tiered | None
    cache_write: _Tiered | None
    reasoning: _Tiered | None
    per_request: float
    tiered: bool


def _per(rate: _Tiered | None, threshold: int) -> float:
    if rate is None:
        return 0.0
    base, tiers = rate
    for start, price in reversed(tiers):
        if threshold > start:
            return price
    return base


def _price(rates: _Rates, prompt: int, completion: int, cached: int, written: int, reasoning: int) -> float:
    threshold = prompt if rates.tiered else 0
    fresh = prompt
    total = rates.per_request
    if rates.cache_read is not None:
        fresh -= cached
        total += cached * _per(rates.cache_read, threshold)
    if rates.cache_write is not None:
        fresh -= written
        total += written * _per(rates.cache_write, threshold)
    total += max(fresh, 0) * _per(rates.input, threshold)
    output = completion
    if rates.reasoning is not None:
        output -= reasoning
        total += reasoning * _per(rates.reasoning, threshold)
    total += max(output, 0) * _per(rates.output, threshold)
    return total


def _registered_rates(price: Price) -> _Rates:
    def flat(per_mtok: float | None) -> _Tiered | None:
        return (per_mtok / 1_000_000, ()) if per_mtok is not None else None

    return _Rates(
        input=flat(price.input),
        output=flat(price.output),
        cache_read=flat(price.cached_input if price.cached_input is not None else price.input),
        cache_write=flat(price.cache_write if price.cache_write is not None else price.input),
        reasoning=None,
        per_request=0.0,
        tiered=False,
    )


def _data_rates(model_price: Any) -> _Rates | None:
    from genai_prices.types import TieredPrices

    def rate(name: str, per: int = 1_000_000) -> _Tiered | None:
        value = getattr(model_price, name, None)
        if value is None:
            return None
        if isinstance(value, TieredPrices):
            return float(value.base) / per, tuple(
                (tier.start, float(tier.price) / per) for tier in value.tiers
            )
        return float(value) / per, ()

    input_rate, output_rate = rate("input_mtok"), rate("output_mtok")
    if input_rate is None and output_rate is None:
        return None  # priced by something llmrouter does not count (characters, images, seconds)
    parts = (input_rate, output_rate, rate("cache_read_mtok"), rate("cache_write_mtok"))
    reasoning = rate("output_reasoning_mtok")
    requests = rate("requests_kcount", per=1000)
    return _Rates(
        input=input_rate,
        output=output_rate,
        cache_read=parts[2],
        cache_write=parts[3],
        reasoning=reasoning,
        per_request=requests[0] if requests is not None else 0.0,
        tiered=any(part is not None and part[1] for part in (*parts, reasoning)),
    )


# ---------------------------------------------------------------------------------------------
# Lookup: registered prices first, then the data
# ---------------------------------------------------------------------------------------------

_registered: dict[tuple[str | None, str], _Rates] = {}
_registered_prices: dict[tuple[str | None, str], Price] = {}
_models: dict[tuple[str, str], Any] = {}
"""(provider, model) -> the data's ModelInfo, or None when the data does not know it."""
_rates_by_price: dict[int, tuple[Any, _Rates | None]] = {}
_static: dict[tuple[str, str], _Rates] = {}
"""(provider, model) -> rates of a model whose data has one price for all time."""
_warned: set[tuple[str, str]] = set()
_load_lock = threading.Lock()
_snapshot: Any = None


def preload() -> None:
    """Loads the price data now (about 0.3 s once) rather than on the first priced call."""
    _data()


def _data() -> Any:
    global _snapshot
    if _snapshot is None:
        with _load_lock:
            if _snapshot is None:
                from genai_prices import data_snapshot

                _snapshot = data_snapshot.get_snapshot()
    return _snapshot


def _data_model(provider: str, model: str) -> Any:
    key = (provider, model)
    try:
        return _models[key]
    except KeyError:
        pass
    data_provider = DATA_PROVIDERS.get(provider, provider)
    info = None
    if data_provider is not None and model:
        try:
            info = _data().find_provider_model(model, None, data_provider, None)[1]
        except (LookupError, ValueError):
            info = None
        except ImportError:  # genai-prices not installed: every unregistered model is unknown
            info = None
    _models[key] = info
    return info


#: Tiers billed at the standard rates: no lookup of tier prices for them.
_STANDARD_TIERS = frozenset({None, "default", "auto", "standard"})


_tiers: dict[tuple[int, str], tuple[Any, tuple[int, ...], _Rates | None]] = {}
"""(id of the data's ModelInfo, tier) -> (standard prices, tier variants in force, rates)."""


def _tier_rates(info: Any, when: datetime, tier: str) -> _Rates | None:
    """A tier's rates, resolved again only when the prices in force change (the data dates them)."""
    standard = info.get_prices(when)
    active = tuple(
        id(variant)
        for variant in info.price_variants
        if variant.when == {"service_tier": tier}
        and (variant.constraint is None or variant.constraint.active(when))
    )
    hit = _tiers.get((id(info), tier))
    if hit is None or hit[0] is not standard or hit[1] != active:
        hit = (standard, active, _data_rates(info.get_prices(when, {"service_tier": tier})))
        _tiers[(id(info), tier)] = hit
    return hit[2]


def _rates_for(
    provider: str, model: str, when: datetime | None = None, service_tier: str | None = None
) -> _Rates | None:
    rates = _registered.get((provider, model)) or _registered.get((None, model))
    if rates is not None:
        return rates
    if service_tier not in _STANDARD_TIERS:
        info = _data_model(provider, model)
        if info is not None and info.price_variants:  # the tier's rates where the data has them
            return _tier_rates(info, when or datetime.now(UTC), str(service_tier))
    static = _static.get((provider, model))
    if static is not None:
        return static
    info = _data_model(provider, model)
    if info is None:
        return None
    if not isinstance(info.prices, list):  # one price for all time: resolved once
        rates = _data_rates(info.prices)
        if rates is not None:
            _static[(provider, model)] = rates
        return rates
    model_price = info.get_prices(when or datetime.now(UTC))
    hit = _rates_by_price.get(id(model_price))
    if hit is None or hit[0] is not model_price:
        hit = (model_price, _data_rates(model_price))  # the ModelPrice is kept, so its id stays its own
        _rates_by_price[id(model_price)] = hit
    return hit[1]


def _warn_unknown(provider: str, model: str, why: str | None = None) -> None:
    key = (provider, model)
    if key in _warned:
        return
    _warned.add(key)
    warnings.warn(
        f"no price known for {provider}/{model}: its calls have cost_usd=None; "
        f"llmrouter.register_price({f'{provider}/{model}'!r}, input_per_mtok=..., output_per_mtok=...) adds one"
        if why is None
        else f"cannot price {provider}/{model}: {why}; its calls have cost_usd=None",
        UnknownPriceWarning,
        stacklevel=4 if why else 3,
    )


_EXTRA_ONLY: dict[tuple[type, str], bool] = {}


def _extra(usage: Any, name: str) -> Any:
    """``getattr(usage, name, None)`` for a field only some vendors send (``cost``,
    ``billed_units``). On a pydantic model a missing attribute is an exception raised and caught
    inside its ``__getattr__``, microseconds per call; a name that is neither a field nor a class
    attribute can only be in the model's extras, so for such a name they are read directly."""
    cls = type(usage)
    only = _EXTRA_ONLY.get((cls, name))
    if only is None:
        fields = getattr(cls, "__pydantic_fields__", None)
        only = _EXTRA_ONLY[(cls, name)] = (
            isinstance(fields, dict)
            and name not in fields
            and not name.startswith("_")
            and not any(name in vars(klass) for klass in cls.__mro__)
        )
    if not only:
        return getattr(usage, name, None)
    extra = usage.__pydantic_extra__
    return extra.get(name) if extra else None


def _reported_cost(usage: Any) -> float | None:
    """The cost the vendor itself reported in the usage block, which is what it bills:
    Perplexity's ``usage.cost.total_cost`` (request fee by search context size included),
    OpenRouter's ``usage.cost`` (with usage accounting on)."""
    cost = _extra(usage, "cost")
    if isinstance(cost, dict):
        cost = cost.get("total_cost")
    if isinstance(cost, (int, float)) and not isinstance(cost, bool) and math.isfinite(cost) and cost >= 0:
        return float(cost)
    return None


def _int(value: Any) -> int:
    return value if type(value) is int else int(value or 0)


def cost_of(
    provider: str,
    model: str,
    usage: Usage | EmbeddingUsage | Any,
    when: datetime | None = None,
    *,
    service_tier: str | None = None,
) -> float | None:
    """USD cost of one reply's ``usage`` (chat or embeddings) at ``provider``'s price for
    ``model`` (the vendor's id) in ``service_tier`` (the reply's, such as ``"flex"``), or
    ``None`` when no usage was reported or no price is known."""
    if usage is None:
        return None
    registered = _registered.get((provider, model)) or _registered.get((None, model))
    if registered is None:
        reported = _reported_cost(usage)
        if reported is not None:
            return reported
    rates = registered or _rates_for(provider, model, when, service_tier)
    if rates is None:
        _warn_unknown(provider, model)
        return None
    prompt = _int(getattr(usage, "prompt_tokens", 0))
    completion = _int(getattr(usage, "completion_tokens", 0))
    billed = _extra(usage, "billed_units")
    if isinstance(billed, dict) and billed.get("input_tokens") is not None:
        # Cohere bills its billed_units, not the prompt tokens it reports (those include its own
        # preamble): 496 prompt tokens reported, 3 billed, for a one-line question
        prompt = _int(billed.get("input_tokens"))
        completion = _int(billed.get("output_tokens", completion))
    details = getattr(usage, "prompt_tokens_details", None)
    cached = written = reasoning = 0
    if details is not None:
        cached = _int(details.cached_tokens)
        written = _int(getattr(details, "cache_write_tokens", 0))
    out_details = getattr(usage, "completion_tokens_details", None)
    if out_details is not None:
        reasoning = _int(out_details.reasoning_tokens)
    return _price(rates, prompt, completion, cached, written, reasoning)


#: What a price key's suffix bills: a call must report that family for its price to apply.
_FAMILIES = {"_mtok": "tokens", "_mchars": "characters", "_hours": "seconds of audio"}
_FAMILY_UNITS = {
    "tokens": ("input_tokens", "output_tokens"),
    "characters": ("input_characters",),
    "seconds of audio": ("audio_seconds",),
}


def cost_of_units(
    provider: str, model: str, units: dict[str, float], when: datetime | None = None
) -> float | None:
    """USD for a call measured in the price data's own usage units (genai-prices' keys:
    ``input_tokens``, ``input_audio_tokens``, ``input_image_tokens``, ``output_tokens``,
    ``output_audio_tokens``, ``output_image_tokens``, ``input_characters``, ``audio_seconds``...;
    an audio or image count is part of its token total and is billed at its own rate where the
    data has one). ``None``, with one :class:`UnknownPriceWarning` per model, when no price is
    known or the model bills a unit the call did not report (gpt-4o-mini-tts bills audio tokens
    the speech endpoint never reports). A registered price applies to the token counts."""
    registered = _registered.get((provider, model)) or _registered.get((None, model))
    tokens = {k: int(units.get(k, 0)) for k in ("input_tokens", "output_tokens")}
    if registered is not None and any(k in units for k in tokens):
        return _price(registered, tokens["input_tokens"], tokens["output_tokens"], 0, 0, 0)
    info = _data_model(provider, model)
    if info is None:
        _warn_unknown(provider, model)
        return None
    model_price = info.get_prices(when or datetime.now(UTC))
    billed = {
        family
        for key, value in vars(model_price).items()
        if value is not None
        for suffix, family in _FAMILIES.items()
        if key.endswith(suffix)
    }
    missing = sorted(f for f in billed if not any(k in units for k in _FAMILY_UNITS[f]))
    if not billed or missing:
        why = f"it bills {', '.join(missing or ['units llmrouter does not count'])}, which the reply does not report"
        _warn_unknown(provider, model, why)
        return None
    from genai_prices.types import Usage as DataUsage

    try:
        return float(model_price.calc_price(DataUsage(**units))["total_price"])
    except (ValueError, TypeError, ArithmeticError):  # inconsistent counts: not a price to report
        _warn_unknown(provider, model, "its reported usage is inconsistent")
        return None


def get_price(provider: str, model: str) -> Price | None:
    """The base rates llmrouter prices ``provider``/``model`` at (USD per million tokens, below
    any long-context tier), or ``None`` when it knows none."""
    registered = _registered_prices.get((provider, model)) or _registered_prices.get((None, model))
    if registered is not None:
        return registered
    rates = _rates_for(provider, model)
    if rates is None:
        return None

    def base(rate: _Tiered | None) -> float | None:
        return round(rate[0] * 1_000_000, 9) if rate is not None else None

    return Price(
        input=base(rates.input) or 0.0,
        output=base(rates.output) or 0.0,
        cached_input=base(rates.cache_read),
        cache_write=base(rates.cache_write),
    )


# ---------------------------------------------------------------------------------------------
# Registration
# ---------------------------------------------------------------------------------------------


def _split(model: str) -> tuple[str | None, str]:
    """``provider/model`` when the prefix names a registered provider, else a bare model name
    (which prices that model id at any provider)."""
    from .models import _SPELLINGS, PROVIDER_SYNONYMS
    from .providers import provider_names

    prefix, sep, rest = model.partition("/")
    if sep:
        name = PROVIDER_SYNONYMS.get(prefix, prefix)
        if name in provider_names() or name in DATA_PROVIDERS:
            if not rest:
                raise InvalidRequestError(f"model string {model!r} names no model after the provider")
            return name, _SPELLINGS.get(rest, rest)
    return None, _SPELLINGS.get(model, model)


def _check(name: str, value: float | None, *, required: bool) -> None:
    if value is None:
        if required:
            raise InvalidRequestError(f"register_price needs {name}", param=name)
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value < 0
    ):
        raise InvalidRequestError(
            f"{name} must be a finite number >= 0 (USD per million tokens), got {value!r}", param=name
        )


@overload
def register_price(
    model: str,
    /,
    *,
    input_per_mtok: float,
    output_per_mtok: float,
    cached_input_per_mtok: float | None = None,
    cache_write_per_mtok: float | None = None,
) -> None: ...


@overload
def register_price(model: str, price: Price, /) -> None: ...


@overload
def register_price(provider: str, model: str, price: Price, /) -> None: ...


def register_price(
    *args: Any,
    input_per_mtok: float | None = None,
    output_per_mtok: float | None = None,
    cached_input_per_mtok: float | None = None,
    cache_write_per_mtok: float | None = None,
) -> None:
    """Adds or overrides a price, in USD per million tokens; it wins over the price data.

    ``register_price("openai/gpt-4o", input_per_mtok=2.5, output_per_mtok=10, cached_input_per_mtok=1.25)``;
    ``register_price("my-model", ...)`` (a bare name) prices that model id at every provider;
    ``register_price("openai", "gpt-4o", Price(input=2.5, output=10))`` is the older form.
    Cached input and cache writes default to the input price.
    """
    price: Price | None = None
    if len(args) == 3:
        provider, model, price = args
        if not isinstance(provider, str) or not provider:
            raise InvalidRequestError("register_price: the provider must be a non-empty string")
        key: tuple[str | None, str] = (provider, model)
    elif len(args) in (1, 2):
        if len(args) == 2:
            price = args[1]
        if not isinstance(args[0], str) or not args[0].strip():
            raise InvalidRequestError(
                "register_price needs a model string such as 'openai/gpt-4o'", param="model"
            )
        key = _split(args[0].strip())
    else:
        raise InvalidRequestError("register_price(model, input_per_mtok=..., output_per_mtok=...)")
    if not isinstance(key[1], str) or not key[1]:
        raise InvalidRequestError("register_price needs a non-empty model name", param="model")
    if price is None:
        if len(args) != 1:
            raise InvalidRequestError("register_price: give a Price or the per-million prices, not neither")
        price = Price(
            input=input_per_mtok,  # type: ignore[arg-type]
            output=output_per_mtok,  # type: ignore[arg-type]
            cached_input=cached_input_per_mtok,
            cache_write=cache_write_per_mtok,
        )
    elif not isinstance(price, Price):
        raise InvalidRequestError(f"register_price expects a llmrouter.Price, got {type(price).__name__}")
    elif any(
        v is not None for v in (input_per_mtok, output_per_mtok, cached_input_per_mtok, cache_write_per_mtok)
    ):
        raise InvalidRequestError("register_price: give a Price or the per-million prices, not both")
    _check("input_per_mtok", price.input, required=True)
    _check("output_per_mtok", price.output, required=True)
    _check("cached_input_per_mtok", price.cached_input, required=False)
    _check("cache_write_per_mtok", price.cache_write, required=False)
    _registered[key] = _registered_rates(price)
    _registered_prices[key] = price


def unregister_price(model: str, /) -> None:
    """Forgets a price given to :func:`register_price` (same spelling); the data applies again."""
    key = _split(model.strip())
    _registered.pop(key, None)
    _registered_prices.pop(key, None)
