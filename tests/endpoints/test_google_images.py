"""Gemini image models through the real google-genai SDK and cassettes/google/images_*.yaml
(written by make_endpoint_cassettes.py), sync and async."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmrouter import endpoints, errors
from llmrouter.testing import request_json, use_cassette
from llmrouter.types import ImagesResponse

CASSETTES = Path(__file__).resolve().parents[2] / "cassettes" / "google"
KEY = "test-gemini-key-0123456789"
URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-image:generateContent"
PROMPT = "A lighthouse at dawn, watercolour"


def _check(sent: list, reply: ImagesResponse, body: dict) -> None:  # type: ignore[type-arg]
    assert sent[0].uri == URL
    assert request_json(sent[0]) == body
    assert reply.provider == "google"
    assert len(reply.data) == 1 and reply.images[0].startswith(b"\x89PNG\r\n\x1a\n")
    assert reply.usage is not None
    assert (reply.usage.input_tokens, reply.usage.output_tokens, reply.usage.total_tokens) == (9, 1301, 1310)
    assert isinstance(reply.created, int)
    assert set(reply.model_dump()) == {"created", "data", "usage"}  # the OpenAI images shape
    # $0.30 / 1M input, $30 / 1M image output tokens (the reply does not split text from image)
    assert reply.cost_usd == pytest.approx((9 * 0.30 + 1301 * 30.0) / 1e6)


def test_gemini_image_sync() -> None:
    with use_cassette(CASSETTES / "images_gemini.yaml", filter_credentials=False) as sent:
        reply = endpoints.image_generation("google/gemini-2.5-flash-image", PROMPT, api_key=KEY)
    assert sent[0].headers["x-goog-api-key"] == KEY  # in a header, never the URL
    body = {
        "contents": [{"parts": [{"text": PROMPT}], "role": "user"}],
        "generationConfig": {"responseModalities": ["TEXT", "IMAGE"]},
    }
    _check(sent, reply, body)


async def test_gemini_image_async_with_aspect_ratio() -> None:
    with use_cassette(CASSETTES / "images_gemini.yaml") as sent:
        reply = await endpoints.aimage_generation(
            "gemini/gemini-2.5-flash-image", PROMPT, size="1536x1024", response_format="b64_json", api_key=KEY
        )
    body = {
        "contents": [{"parts": [{"text": PROMPT}], "role": "user"}],
        "generationConfig": {"responseModalities": ["TEXT", "IMAGE"], "imageConfig": {"aspectRatio": "3:2"}},
    }
    _check(sent, reply, body)


def test_blocked_prompt_is_a_typed_content_filter_error() -> None:
    with (
        use_cassette(CASSETTES / "images_gemini_blocked.yaml"),
        pytest.raises(errors.InvalidRequestError) as info,
    ):
        endpoints.image_generation("google/gemini-2.5-flash-image", "...", api_key=KEY)
    assert info.value.code == "content_filter" and "PROHIBITED_CONTENT" in info.value.message


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"response_format": "url"}, "response_format"),
        ({"n": 2}, "n"),
        ({"quality": "hd"}, "quality"),
        ({"size": "1792x1024"}, "size"),  # no aspect ratio Gemini offers
        ({"output_format": "jpeg"}, "output_format"),
    ],
)
def test_what_gemini_cannot_honour_is_refused_before_io(params: dict, param: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(errors.UnsupportedParameterError) as info:
        endpoints.image_generation("google/gemini-2.5-flash-image", PROMPT, api_key=KEY, **params)
    assert info.value.param == param and info.value.provider == "google"


def test_imagen_is_refused_with_the_alternatives() -> None:
    """google/ is the Gemini API, where google-genai cannot call Imagen: the message names
    vertex_ai/ (tests/providers/test_vertex.py) and a Gemini image model."""
    with pytest.raises(errors.UnsupportedParameterError, match=r"gemini-2\.5-flash-image") as info:
        endpoints.image_generation("google/imagen-4.0-generate-001", PROMPT, api_key=KEY)
    assert info.value.code == "unsupported_operation"
    assert "'vertex_ai/imagen-4.0-generate-001'" in info.value.message


def test_gemini_offers_no_speech() -> None:
    with pytest.raises(errors.UnsupportedParameterError) as info:
        endpoints.speech("google/gemini-2.5-flash-tts", "hi", voice="Kore", api_key=KEY)
    assert info.value.code == "unsupported_operation" and "speech" in info.value.message


def test_cassette_reply_is_what_the_api_documents() -> None:
    import yaml

    data = yaml.safe_load((CASSETTES / "images_gemini.yaml").read_text(encoding="utf-8"))
    body = json.loads(data["interactions"][0]["response"]["body"]["string"])
    parts = body["candidates"][0]["content"]["parts"]
    assert [sorted(p) for p in parts] == [["text"], ["inlineData"]]
    assert body["usageMetadata"]["candidatesTokensDetails"][1] == {"modality": "IMAGE", "tokenCount": 1290}
