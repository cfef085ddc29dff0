"""Checks shared by every endpoint's request builder: bad input is an
:class:`~llmrouter.errors.InvalidRequestError` naming the parameter, before any I/O."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import InvalidRequestError, UnsupportedParameterError
from ..models import ModelInfo, list_models

#: What every endpoint takes besides its own parameters and the call options.
SHARED = frozenset({"user", "metadata"})


def _text(params: dict[str, Any], name: str, *, required: bool = False) -> str | None:
    value = params.pop(name, None)
    if value is None:
        if required:
            raise InvalidRequestError(f"{name} is required (a non-empty string)", param=name)
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequestError(f"{name} must be a non-empty string, got {value!r}", param=name)
    return value


def _choice(params: dict[str, Any], name: str, allowed: Sequence[str] | None) -> str | None:
    value = _text(params, name)
    if value is not None and allowed is not None and value not in allowed:
        raise InvalidRequestError(
            f"{name} must be one of {', '.join(repr(a) for a in allowed)}, got {value!r}", param=name
        )
    return value


def _int(params: dict[str, Any], name: str, low: int, high: int) -> int | None:
    value = params.pop(name, None)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidRequestError(
            f"{name} must be an integer from {low} to {high}, got {value!r}", param=name
        )
    return value


def _number(params: dict[str, Any], name: str, low: float, high: float) -> float | None:
    value = params.pop(name, None)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise InvalidRequestError(f"{name} must be a number from {low} to {high}, got {value!r}", param=name)
    return float(value)


def _refuse(name: str, why: str, model: str, params: dict[str, Any], value: Any) -> Any:
    """A parameter this model cannot take: refused, or dropped with ``drop_params=True``."""
    if value is None or params.get("drop_params"):
        return None
    raise UnsupportedParameterError(f"{why}; pass drop_params=True to drop it", param=name, model=model)


def _check_mode(info: ModelInfo | None, mode: str, noun: str) -> None:
    """A catalogued model made for something else is refused before any I/O."""
    if info is not None and info.mode != mode:
        raise InvalidRequestError(
            f"model {info.provider}/{info.model} is a {info.mode.replace('_', ' ')} model; "
            f"{noun} needs one such as "
            + ", ".join(f"{m.provider}/{m.model}" for m in list_models(mode=mode)[:3]),
            param="model",
            model=info.model,
        )


def _user(params: dict[str, Any]) -> str | None:
    params.pop("metadata", None)
    return _text(params, "user")


def _leftover(params: dict[str, Any]) -> None:
    params.pop("drop_params", None)
    if params:  # the pipeline refuses unknown names first; this is a programming error guard
        raise InvalidRequestError(f"unexpected parameter(s) {sorted(params)}", param=sorted(params)[0])
