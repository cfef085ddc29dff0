"""What an image, speech or transcription call cost: each reply's usage put in the price data's
units (:func:`llmrouter.pricing.cost_of_units`), as the vendor bills it.

* images: input tokens (image input tokens at their own rate), output tokens (image output tokens
  at the image rate: gpt-image-1's output rate, Gemini image models' ``output_image_mtok``). A
  reply that does not split its output (``output_tokens_details``) counts all of it as image
  tokens, which is what an images call makes (a Gemini image reply's few text tokens are then
  billed at the image rate: about 1% high).
* speech: tts-1 and tts-1-hd bill the input's characters (the text as sent, after hooks);
  gpt-4o-mini-tts bills text input and audio output tokens, priced when the reply reports them,
  otherwise ``None`` with one :class:`~llmrouter.pricing.UnknownPriceWarning`.
* transcription: ``usage`` of type ``tokens`` (gpt-4o-transcribe: audio input tokens at the
  audio rate) or ``duration`` (whisper-1: seconds); without usage, ``verbose_json``'s
  ``duration``, in whole seconds rounded up as the usage block counts them; ``text``, ``srt`` and
  ``vtt`` replies carry neither: ``None`` with one warning.

DALL-E bills per image, by size and quality, which the price data does not hold: those rates are
:data:`PER_IMAGE_USD`, OpenAI's published prices (https://openai.com/api/pricing/, "DALL·E 3" and
"DALL·E 2"), applied to the images the reply holds at the size and quality asked for (the API's
defaults when none was given). A size the table lacks is ``None`` with one warning, never a guess.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from .. import pricing
from ..request import Request

__all__ = [
    "PER_IMAGE_USD",
    "finish_images",
    "finish_speech",
    "finish_transcription",
    "image_cost",
    "image_units",
    "per_image_cost",
    "speech_units",
    "transcription_units",
]


#: USD per image by (model, quality, size): OpenAI's published per-image rates for the models
#: that do not bill tokens. Editable: an entry added here is used from the next call.
PER_IMAGE_USD: dict[tuple[str, str, str], float] = {
    ("dall-e-3", "standard", "1024x1024"): 0.040,
    ("dall-e-3", "standard", "1024x1792"): 0.080,
    ("dall-e-3", "standard", "1792x1024"): 0.080,
    ("dall-e-3", "hd", "1024x1024"): 0.080,
    ("dall-e-3", "hd", "1024x1792"): 0.120,
    ("dall-e-3", "hd", "1792x1024"): 0.120,
    ("dall-e-2", "standard", "256x256"): 0.016,
    ("dall-e-2", "standard", "512x512"): 0.018,
    ("dall-e-2", "standard", "1024x1024"): 0.020,
}
#: What the API uses when a call gives no size or quality.
_DEFAULT_SIZE, _DEFAULT_QUALITY = "1024x1024", "standard"
_PER_IMAGE_MODELS = frozenset(model for model, _, _ in PER_IMAGE_USD)


def per_image_cost(model: str, size: str | None, quality: str | None, images: int) -> float | None:
    """USD for ``images`` images of a per-image model; ``None`` for a model or size not in
    :data:`PER_IMAGE_USD` (the caller warns)."""
    rate = PER_IMAGE_USD.get((model, quality or _DEFAULT_QUALITY, size or _DEFAULT_SIZE))
    return None if rate is None else round(rate * images, 10)


def _field(usage: Any, name: str) -> Any:
    """A usage field from a model or a plain dict (a provider may pass either)."""
    return usage.get(name) if isinstance(usage, Mapping) else getattr(usage, name, None)


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def image_units(usage: Any) -> dict[str, float]:
    """An images reply's usage in price-data units (empty when it reported none)."""
    if usage is None:
        return {}
    inputs, outputs = _count(_field(usage, "input_tokens")), _count(_field(usage, "output_tokens"))
    in_details, out_details = _field(usage, "input_tokens_details"), _field(usage, "output_tokens_details")
    units: dict[str, float] = {"input_tokens": inputs, "output_tokens": outputs}
    if in_details is not None:
        units["input_image_tokens"] = min(_count(_field(in_details, "image_tokens")), inputs)
    image_out = _count(_field(out_details, "image_tokens")) if out_details is not None else outputs
    units["output_image_tokens"] = min(image_out, outputs)
    return units


def image_cost(provider: str, model: str, usage: Any) -> float | None:
    """USD for an images reply's token usage; ``None`` without usage or a price."""
    return pricing.cost_of_units(provider, model, image_units(usage))


def speech_units(text: str, usage: Any) -> dict[str, float]:
    """The input's characters, and the tokens where the reply reports them."""
    units: dict[str, float] = {"input_characters": len(text)}
    if usage is not None and _field(usage, "output_tokens") is not None:
        outputs = _count(_field(usage, "output_tokens"))
        units.update(
            input_tokens=_count(_field(usage, "input_tokens")),
            output_tokens=outputs,
            output_audio_tokens=outputs,
        )
    return units


def transcription_units(reply: Any) -> dict[str, float]:
    usage = getattr(reply, "usage", None)
    kind = _field(usage, "type") if usage is not None else None
    if kind == "tokens":
        inputs = _count(_field(usage, "input_tokens"))
        details = _field(usage, "input_token_details")
        audio = _count(_field(details, "audio_tokens")) if details is not None else inputs
        return {
            "input_tokens": inputs,
            "input_audio_tokens": min(audio, inputs),
            "output_tokens": _count(_field(usage, "output_tokens")),
        }
    seconds = _field(usage, "seconds") if kind == "duration" else None
    if seconds is None:
        extra = getattr(reply, "__pydantic_extra__", None) or {}
        duration = extra.get("duration")
        if isinstance(duration, (int, float)) and not isinstance(duration, bool) and duration >= 0:
            seconds = math.ceil(duration)
    if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or seconds < 0:
        return {}
    return {"audio_seconds": seconds, "input_audio_seconds": seconds}


def _stamp(reply: Any, provider: str, cost: float | None) -> float | None:
    reply._provider = provider
    reply._cost_usd = cost
    return cost


def finish_images(request: Request, reply: Any, provider: str) -> float | None:
    model = request.model
    if provider == "openai" and model in _PER_IMAGE_MODELS:
        images = len(getattr(reply, "data", None) or ())
        request_size, request_quality = getattr(request, "size", None), getattr(request, "quality", None)
        cost = per_image_cost(model, request_size, request_quality, images)
        if cost is None:
            why = f"no per-image rate for size {request_size!r}, quality {request_quality!r} in PER_IMAGE_USD"
            pricing._warn_unknown(provider, model, why)
        return _stamp(reply, provider, cost)
    return _stamp(reply, provider, image_cost(provider, model, getattr(reply, "usage", None)))


def finish_speech(request: Request, reply: Any, provider: str) -> float | None:
    units = speech_units(getattr(request, "input", ""), getattr(reply, "usage", None))
    return _stamp(reply, provider, pricing.cost_of_units(provider, request.model, units))


def finish_transcription(request: Request, reply: Any, provider: str) -> float | None:
    units = transcription_units(reply)
    return _stamp(reply, provider, pricing.cost_of_units(provider, request.model, units))
