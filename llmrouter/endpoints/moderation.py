"""Moderation: OpenAI's free endpoint (``omni-moderation-latest``), one result per input."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..calls import Operation
from ..errors import InvalidRequestError
from ..media import ModerationResponse
from ..models import ModelInfo
from ..request import ModerationRequest, Request
from ._checks import SHARED, _check_mode, _leftover, _user

__all__ = ["MODERATION"]


def _moderation_request(model: str, info: ModelInfo | None, params: dict[str, Any]) -> ModerationRequest:
    _check_mode(info, "moderation", "moderation")
    texts = params.pop("input", None)
    texts = [texts] if isinstance(texts, str) else texts
    if (
        not isinstance(texts, Sequence)
        or isinstance(texts, (bytes, str))
        or not texts
        or not all(isinstance(t, str) and t for t in texts)
    ):
        raise InvalidRequestError(
            "input must be a non-empty string or a list of non-empty strings", param="input"
        )
    user = _user(params)
    _leftover(params)
    return ModerationRequest(model=model, info=info, input=list(texts), user_id=user)


#: OpenAI's moderation endpoint is free: its cost is a documented 0, not an unknown.
_FREE_MODERATION = frozenset({("openai", "omni-moderation-latest"), ("openai", "text-moderation-latest")})


def _finish_moderation(request: Request, reply: ModerationResponse, provider: str) -> float | None:
    reply._provider = provider
    free = (provider, request.model) in _FREE_MODERATION or reply.model.startswith(
        ("omni-moderation-", "text-moderation-")
    )
    reply._cost_usd = 0.0 if free and provider in ("openai", "openai_compatible") else None
    return reply._cost_usd


MODERATION = Operation(
    name="moderation",
    method="moderate",
    amethod="amoderate",
    params=frozenset({"input"}) | SHARED,
    build=_moderation_request,
    finish=_finish_moderation,  # type: ignore[arg-type]
    noun="moderation",
)
