"""Image generation: the request checked against what each OpenAI image model documents
(sizes, qualities, ``n``; other vendors' models pass through to their provider)."""

from __future__ import annotations

from typing import Any

from ..calls import Operation
from ..models import ModelInfo
from ..request import ImageRequest
from ._checks import SHARED, _check_mode, _choice, _int, _leftover, _refuse, _text, _user
from .costs import finish_images

__all__ = ["IMAGE_GENERATION", "IMAGE_PARAMS"]


#: What OpenAI documents for each image model (sizes, qualities, n); unknown models pass through.
_OPENAI_IMAGE_RULES: dict[str, dict[str, Any]] = {
    "dall-e-2": {"n": 10, "size": ("256x256", "512x512", "1024x1024"), "quality": ("standard",)},
    "dall-e-3": {
        "n": 1,
        "size": ("1024x1024", "1792x1024", "1024x1792"),
        "quality": ("standard", "hd"),
        "style": True,
    },
    "gpt-image-1": {
        "n": 10,
        "size": ("1024x1024", "1536x1024", "1024x1536", "auto"),
        "quality": ("low", "medium", "high", "auto"),
        "gpt_image": True,
    },
}
IMAGE_PARAMS = frozenset(
    {"prompt", "n", "size", "quality", "response_format", "style", "background", "output_format"}
)


def _image_request(model: str, info: ModelInfo | None, params: dict[str, Any]) -> ImageRequest:
    _check_mode(info, "image_generation", "image generation")
    prompt = _text(params, "prompt", required=True)
    rules = _OPENAI_IMAGE_RULES.get(model, {}) if info is None or info.provider == "openai" else {}
    n = _int(params, "n", 1, rules.get("n", 10))
    size = _choice(params, "size", rules.get("size"))
    quality = _choice(params, "quality", rules.get("quality"))
    response_format = _choice(params, "response_format", ("url", "b64_json"))
    style = _choice(params, "style", ("vivid", "natural"))
    background = _choice(params, "background", ("transparent", "opaque", "auto"))
    output_format = _choice(params, "output_format", ("png", "jpeg", "webp"))
    if rules and not rules.get("style"):
        style = _refuse("style", f"{model} takes no 'style' (dall-e-3 only)", model, params, style)
    if rules and not rules.get("gpt_image"):
        why = f"{model} takes no '{{}}' (gpt-image-1 only)"
        background = _refuse("background", why.format("background"), model, params, background)
        output_format = _refuse("output_format", why.format("output_format"), model, params, output_format)
    if rules.get("gpt_image") and response_format is not None:
        # gpt-image-1 always answers with b64_json and rejects the parameter itself
        if response_format == "url":
            response_format = _refuse(
                "response_format", f"{model} always returns b64_json, never a URL", model, params, "url"
            )
        response_format = None
    user = _user(params)
    _leftover(params)
    return ImageRequest(
        model=model,
        info=info,
        prompt=str(prompt),
        n=n,
        size=size,
        quality=quality,
        response_format=response_format,
        style=style,
        background=background,
        output_format=output_format,
        user_id=user,
    )


IMAGE_GENERATION = Operation(
    name="image_generation",
    method="generate_image",
    amethod="agenerate_image",
    params=IMAGE_PARAMS | SHARED,
    build=_image_request,
    finish=finish_images,
    noun="image generation",
)
