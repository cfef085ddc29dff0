"""Image generation with Gemini image models (``gemini-*-image*``) through ``generate_content``
with image output, answered in the OpenAI images shape (base64 only: Gemini serves no URLs).

Imagen (``imagen-*``) is refused before any I/O: the Gemini API serves it on
``models/{model}:predict``, but google-genai (3.6.1 checked) raises ``ValueError`` in
``Models._generate_images`` (sync and async) unless the client is in Vertex AI mode; it has no
Gemini-API converter for that call. This provider is the Gemini Developer API and goes through
the official SDK only, so it cannot send that request."""

from __future__ import annotations

import re
import time
from typing import Any

from ... import types as _t
from ...errors import InvalidRequestError, UnsupportedParameterError
from ...request import ImageRequest
from .reply import b64, enum_value
from .request import per_call_http_options

_GEMINI_IMAGE_RATIOS = ("1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9")


def _refuse(message: str, param: str, request: ImageRequest, **extra: Any) -> UnsupportedParameterError:
    return UnsupportedParameterError(message, param=param, provider="google", model=request.model, **extra)


def image_call(request: ImageRequest) -> dict[str, Any]:
    """The keyword arguments for ``models.generate_content``: a pure translation that refuses,
    before any I/O, what the Gemini API cannot honour."""
    if request.model.startswith("imagen-"):
        raise _refuse(
            f"{request.model} is not served on the Gemini Developer API through google-genai "
            "(its generate_images is Vertex AI only); use a Gemini image model such as "
            "'google/gemini-2.5-flash-image'",
            "model",
            request,
            code="unsupported_operation",
        )
    for name, value in (
        ("quality", request.quality),
        ("style", request.style),
        ("background", request.background),
        ("user", request.user_id),
    ):
        if value is not None:
            raise _refuse(f"Gemini image models take no {name!r}", name, request)
    if request.response_format == "url":
        raise _refuse(
            "Gemini returns images as base64 only: use response_format='b64_json'", "response_format", request
        )
    if request.n not in (None, 1):
        raise _refuse("Gemini image models make one image per call: n must be 1", "n", request)
    if request.output_format not in (None, "png"):
        raise _refuse("Gemini image models answer in PNG only", "output_format", request)
    config: dict[str, Any] = {"response_modalities": ["TEXT", "IMAGE"]}
    ratio = _aspect_ratio(request.size, _GEMINI_IMAGE_RATIOS, request.model)
    if ratio is not None:
        config["image_config"] = {"aspect_ratio": ratio}
    config.update(per_call_http_options(request.extra_headers, request.extra_body))
    return {"model": request.model, "contents": request.prompt, "config": config}


def images_of(reply: Any, request: ImageRequest) -> _t.ImagesResponse:
    """A ``GenerateContentResponse`` with image parts in the OpenAI images shape; no image at all
    is a typed ``content_filter`` error naming Gemini's reasons."""
    data: list[_t.Image] = []
    for candidate in reply.candidates or ():
        for part in (candidate.content.parts if candidate.content else None) or ():
            inline = part.inline_data
            if inline is not None and inline.data:
                data.append(_t.Image(b64_json=b64(inline.data)))
    if not data:
        reasons = [str(enum_value(c.finish_reason)) for c in reply.candidates or () if c.finish_reason]
        feedback = reply.prompt_feedback
        if feedback is not None and feedback.block_reason is not None:
            reasons.append(str(enum_value(feedback.block_reason)))
        raise InvalidRequestError(
            "Gemini returned no image" + (f" ({', '.join(reasons)})" if reasons else ""),
            code="content_filter",
            provider="google",
            model=request.model,
        )
    usage = None
    meta = reply.usage_metadata
    if meta is not None:
        prompt = meta.prompt_token_count or 0
        output = meta.candidates_token_count or 0
        usage = _t.ImagesUsage(
            input_tokens=prompt,
            output_tokens=output,
            total_tokens=meta.total_token_count or prompt + output,
            input_tokens_details=_t.ImageInputTokensDetails(text_tokens=prompt, image_tokens=0),
        )
    return _t.ImagesResponse(created=int(time.time()), data=data, usage=usage)


def _aspect_ratio(size: str | None, allowed: tuple[str, ...], model: str) -> str | None:
    """OpenAI's ``size`` (``"1024x1024"``, ``"1792x1024"``...) or an aspect ratio (``"16:9"``)
    to the aspect ratio Gemini takes; a size of no ratio it offers is refused."""
    if size is None or size == "auto":
        return None
    match = re.fullmatch(r"(\d+)\s*[x:]\s*(\d+)", size)
    ratio = None
    if match and int(match.group(1)) and int(match.group(2)):
        width, height = int(match.group(1)), int(match.group(2))
        for candidate in allowed:
            w, h = (int(p) for p in candidate.split(":"))
            if width * h == height * w:
                ratio = candidate
                break
    if ratio is None:
        raise UnsupportedParameterError(
            f"size {size!r} has no aspect ratio {model} offers ({', '.join(allowed)})",
            param="size",
            provider="google",
            model=model,
        )
    return ratio
