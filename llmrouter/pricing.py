"""Cost of a call from per-token prices. No price data ships yet: a model's cost is ``None``
(unknown), never a made-up 0, until prices are registered for it with :func:`register_price`."""

from __future__ import annotations

from dataclasses import dataclass

from .types import Usage

__all__ = ["Price", "cost_of", "register_price"]


@dataclass(frozen=True, slots=True)
class Price:
    """USD per million tokens."""

    input: float
    output: float
    cached_input: float | None = None
    cache_write: float | None = None


_prices: dict[tuple[str, str], Price] = {}


def register_price(provider: str, model: str, price: Price) -> None:
    _prices[(provider, model)] = price


def cost_of(provider: str, model: str, usage: Usage | None) -> float | None:
    if usage is None:
        return None
    price = _prices.get((provider, model))
    if price is None:
        return None
    cached = usage.cached_tokens or 0
    details = usage.prompt_tokens_details
    cache_write = (details.cache_write_tokens if details is not None else None) or 0
    fresh_input = max(usage.prompt_tokens - cached - cache_write, 0)
    total = fresh_input * price.input + usage.completion_tokens * price.output
    total += cached * (price.cached_input if price.cached_input is not None else price.input)
    total += cache_write * (price.cache_write if price.cache_write is not None else price.input)
    return total / 1_000_000
