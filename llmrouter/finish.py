"""Stamping a chat or embeddings reply once the vendor answered: the provider that served it, the
caller's output class parsed (``response_format=MyModel``), and its cost from the price data.

The price module is imported with the first reply to price, not at ``import llmrouter``.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationError

from .errors import OutputValidationError
from .options import describe_validation_error
from .request import Request
from .types import ChatCompletion, EmbeddingResponse, EmbeddingUsage

__all__ = ["finish_chat", "finish_embedding", "parse_output"]

_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def parse_output(completion: ChatCompletion, model_class: type[BaseModel]) -> None:
    """Validates JSON output into the caller's class (``message.parsed``)."""
    for choice in completion.choices:
        content = choice.message.content
        if content is None:
            continue
        fenced = _FENCE.match(content)
        text = fenced.group(1) if fenced else content
        try:
            choice.message.parsed = model_class.model_validate_json(text)
        except ValidationError as exc:
            raise OutputValidationError(
                f"the reply does not match {model_class.__name__}: "
                + describe_validation_error(exc, model_class.__name__),
                provider=completion.provider,
                model=completion.model,
                details={"content_length": len(content)},
            ) from exc


def _pricing() -> Any:
    from . import pricing

    return pricing


def finish_chat(request: Request, reply: ChatCompletion, provider: str) -> float | None:
    """The reply's ``service_tier`` (OpenAI: ``flex``, ``priority``) picks the tier's rates."""
    reply._provider = provider
    response_model = getattr(request, "response_model", None)
    if response_model is not None:
        parse_output(reply, response_model)
    extra = reply.__pydantic_extra__
    tier = extra.get("service_tier") if extra else None
    reply._cost_usd = _pricing().cost_of(
        provider, request.model, reply.usage, service_tier=tier if isinstance(tier, str) else None
    )
    return reply._cost_usd


def finish_embedding(request: Request, reply: EmbeddingResponse, provider: str) -> float | None:
    """A vendor that reports no usage (Gemini) gets an estimated one (``usage.estimated``),
    counted locally from the input, so the call is still priced."""
    reply._provider = provider
    if reply.usage is None:
        reply.usage = EmbeddingUsage.estimate(getattr(request, "input", ()))
    reply._cost_usd = _pricing().cost_of(provider, request.model, reply.usage)
    return reply._cost_usd
