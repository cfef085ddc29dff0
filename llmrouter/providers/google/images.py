"""Image generation, answered in the OpenAI images shape (base64 only: Google serves no URLs).

* Gemini image models (``gemini-*-image*``): ``generate_content`` with image output, on both the
  Gemini API and Vertex AI.
* Imagen (``imagen-*``): ``generate_images`` (Vertex ``:predict``), on ``vertex_ai/`` only.
  ``google/imagen-*`` is refused before any I/O: the Gemini API serves Imagen on
  ``models/{model}:predict``, but google-genai (3.6.1 checked) raises ``ValueError`` in
  ``Models._generate_images`` (sync and async) unless the client is in Vertex AI mode; it has no
  Gemini-API converter for that call. The message points to ``vertex_ai/imagen-*``.

Imagen mapping: ``n`` -> ``number_of_images`` (1 to 4; always sent, since Imagen's own default
is 4 where OpenAI's is 1), ``size`` (``"1024x1024"``, ``"16:9"``) -> ``aspect_ratio``, and a
size whose long side is over 1536 px -> ``image_size="2K"`` on the Imagen 4 models that offer
it; ``output_format`` png/jpeg -> ``output_mime_type``. ``quality``, ``style``, ``background``,
``user`` and ``response_format="url"`` are refused (Imagen picks quality by model: ``-fast``,
``-ultra``). ``include_rai_reason`` is always on, so an image held back by Vertex's safety
filter says why: images it kept are returned (``data`` may be shorter than ``n``), and none
kept at all is an ``InvalidRequestError`` with code ``content_filter`` naming the reasons.
``enhanced_prompt`` (Imagen's rewritten prompt) becomes ``revised_prompt``. Imagen reports no
usage, so ``usage`` is ``None``."""

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


_IMAGEN_RATIOS = ("1:1", "3:4", "4:3", "9:16", "16:9")
#: Imagen models that take ``sampleImageSize`` ("1K", "2K"), per Vertex's "set output resolution".
_IMAGEN_2K = frozenset({"imagen-4.0-generate-001", "imagen-4.0-ultra-generate-001"})
_IMAGEN_MIME = {"png": "image/png", "jpeg": "image/jpeg"}


def _refuse(
    message: str, param: str, request: ImageRequest, provider: str = "google", **extra: Any
) -> UnsupportedParameterError:
    return UnsupportedParameterError(message, param=param, provider=provider, model=request.model, **extra)


def _refuse_openai_only(request: ImageRequest, family: str, provider: str) -> None:
    """What no Google image model takes: OpenAI's quality/style/background/user and URLs."""
    for name, value in (
        ("quality", request.quality),
        ("style", request.style),
        ("background", request.background),
        ("user", request.user_id),
    ):
        if value is not None:
            raise _refuse(f"{family} models take no {name!r}", name, request, provider)
    if request.response_format == "url":
        raise _refuse(
            f"{family} models return images as base64 only: use response_format='b64_json'",
            "response_format",
            request,
            provider,
        )


def image_call(request: ImageRequest, provider: str = "google") -> dict[str, Any]:
    """The keyword arguments for ``models.generate_content``: a pure translation that refuses,
    before any I/O, what a Gemini image model cannot honour."""
    if request.model.startswith("imagen-"):
        raise _refuse(
            f"{request.model} is not served on the Gemini Developer API through google-genai "
            f"(its generate_images is Vertex AI only): use 'vertex_ai/{request.model}' (Vertex AI, "
            "with vertex_project/vertex_location or an express-mode API key), or a Gemini image "
            "model such as 'google/gemini-2.5-flash-image'",
            "model",
            request,
            provider,
            code="unsupported_operation",
        )
    _refuse_openai_only(request, "Gemini image", provider)
    if request.n not in (None, 1):
        raise _refuse("Gemini image models make one image per call: n must be 1", "n", request)
    if request.output_format not in (None, "png"):
        raise _refuse("Gemini image models answer in PNG only", "output_format", request)
    config: dict[str, Any] = {"response_modalities": ["TEXT", "IMAGE"]}
    ratio = _aspect_ratio(request.size, _GEMINI_IMAGE_RATIOS, request.model, provider)
    if ratio is not None:
        config["image_config"] = {"aspect_ratio": ratio}
    config.update(per_call_http_options(request))
    return {"model": request.model, "contents": request.prompt, "config": config}


def imagen_call(request: ImageRequest, provider: str) -> dict[str, Any]:
    """The keyword arguments for ``models.generate_images`` (Vertex ``:predict``): a pure
    translation that refuses, before any I/O, what Imagen cannot honour (see module docs)."""
    _refuse_openai_only(request, "Imagen", provider)
    n = request.n or 1
    if n > 4:
        raise _refuse("Imagen makes 1 to 4 images per call: n must be at most 4", "n", request, provider)
    config: dict[str, Any] = {"number_of_images": n, "include_rai_reason": True}
    ratio = _aspect_ratio(request.size, _IMAGEN_RATIOS, request.model, provider)
    if ratio is not None:
        config["aspect_ratio"] = ratio
    if _long_side(request.size) > 1536:
        if request.model not in _IMAGEN_2K:
            raise _refuse(
                f"{request.model} makes 1K images only; 2K is {' and '.join(sorted(_IMAGEN_2K))}",
                "size",
                request,
                provider,
            )
        config["image_size"] = "2K"
    if request.output_format is not None:
        mime = _IMAGEN_MIME.get(request.output_format)
        if mime is None:
            raise _refuse("Imagen answers in PNG or JPEG only", "output_format", request, provider)
        config["output_mime_type"] = mime
    config.update(per_call_http_options(request))
    return {"model": request.model, "prompt": request.prompt, "config": config}


def imagen_images_of(reply: Any, request: ImageRequest, provider: str) -> _t.ImagesResponse:
    """A ``GenerateImagesResponse`` in the OpenAI images shape: the images Vertex kept (with
    Imagen's rewritten prompt as ``revised_prompt``); none kept is a typed ``content_filter``
    error naming the ``rai_filtered_reason`` of each one held back."""
    data: list[_t.Image] = []
    reasons: list[str] = []
    for generated in reply.generated_images or ():
        image = generated.image
        if image is not None and image.image_bytes:
            data.append(_t.Image(b64_json=b64(image.image_bytes), revised_prompt=generated.enhanced_prompt))
        elif generated.rai_filtered_reason:
            reasons.append(str(generated.rai_filtered_reason))
    if not data:
        raise InvalidRequestError(
            "Imagen returned no image" + (f" ({'; '.join(reasons)})" if reasons else ""),
            code="content_filter",
            provider=provider,
            model=request.model,
        )
    return _t.ImagesResponse(created=int(time.time()), data=data, usage=None)


def images_of(reply: Any, request: ImageRequest, provider: str = "google") -> _t.ImagesResponse:
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
            provider=provider,
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


def _long_side(size: str | None) -> int:
    """The longer side of a ``"WxH"`` size in pixels (0 for a ratio, ``"auto"`` or none)."""
    match = re.fullmatch(r"(\d+)\s*x\s*(\d+)", size or "")
    return max(int(match.group(1)), int(match.group(2))) if match else 0


def _aspect_ratio(size: str | None, allowed: tuple[str, ...], model: str, provider: str) -> str | None:
    """OpenAI's ``size`` (``"1024x1024"``, ``"1792x1024"``...) or an aspect ratio (``"16:9"``)
    to the aspect ratio Google takes; a size of no ratio the model offers is refused."""
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
            provider=provider,
            model=model,
        )
    return ratio
