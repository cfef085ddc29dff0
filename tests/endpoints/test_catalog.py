"""The catalog: per-model capabilities, list_models, get_model_info, supports, and the parameters
a model refuses (refused_params, which the pipeline applies before any I/O)."""

from __future__ import annotations

from typing import Any

import pytest

from llmrouter import endpoints, errors, models
from llmrouter.calls import Operation
from llmrouter.models import ModelInfo, get_model_info, list_models, refused_params, register_model, supports
from llmrouter.providers import register_provider, unregister_provider
from llmrouter.request import ImageRequest
from llmrouter.types import ImagesResponse


def test_capabilities_per_model_not_per_provider() -> None:
    assert supports("openai/gpt-4o", "tools") and supports("openai/gpt-4o", "vision")
    assert not supports("openai/o3-mini", "vision")  # same provider, another model
    assert supports("o4-mini", "reasoning") and not supports("gpt-4o", "reasoning")
    assert supports("openai/text-embedding-3-small", "embeddings") and not supports("gpt-4o", "embeddings")
    assert supports("openai/gpt-image-1", "images") and supports("gemini/gemini-2.5-flash-image", "images")
    assert supports("openai/tts-1", "speech") and supports("openai/tts-1", "audio")
    assert supports("openai/whisper-1", "transcription") and supports("omni-moderation-latest", "moderation")
    assert supports("google/gemini-2.5-flash", "audio") and supports(
        "anthropic/claude-sonnet-4.5", "json_schema"
    )
    assert not supports("mistral/codestral-latest", "vision")  # unknown counts as no


def test_supports_refuses_unknown_names() -> None:
    with pytest.raises(errors.InvalidRequestError, match=r"[Dd]id you mean"):
        supports("openai/gpt-4o", "tool")
    with pytest.raises(errors.ModelNotFoundError, match="gpt-4o"):
        supports("openai/gpt-4oo", "tools")


def test_get_model_info_both_spellings() -> None:
    info = get_model_info("openai", "gpt-4o")
    assert info is not None and info is get_model_info("openai/gpt-4o") is get_model_info("gpt-4o")
    assert get_model_info("gemini/gemini-2.5-pro") is get_model_info("google", "gemini-2.5-pro")
    assert get_model_info("anthropic/claude-sonnet-4.5") is get_model_info("anthropic", "claude-sonnet-4-5")
    assert get_model_info("openai/not-a-model") is None
    data = info.as_dict()
    assert data["context_window"] == 128_000 and data["capabilities"]["tools"] is True
    assert data["refuses"] == ["reasoning_effort"]
    assert info.capabilities()["reasoning"] is False and ModelInfo("x", "y").capabilities()["tools"] is None


def test_list_models() -> None:
    everything = list_models()
    assert len(everything) == len(models._catalog)
    assert [(m.provider, m.model) for m in everything] == sorted((m.provider, m.model) for m in everything)
    openai = list_models("openai")
    assert openai and all(m.provider == "openai" for m in openai)
    assert {m.model for m in list_models(mode="audio_speech")} == {"gpt-4o-mini-tts", "tts-1", "tts-1-hd"}
    assert list_models("gemini", mode="image_generation") == [
        get_model_info("google/gemini-2.5-flash-image"),
        get_model_info("google/gemini-2.5-flash-image-preview"),
    ]
    with pytest.raises(errors.InvalidRequestError, match="image_generation"):
        list_models(mode="image")


def test_refused_params() -> None:
    reasoning = refused_params(get_model_info("openai", "o3"))
    assert {"temperature", "top_p", "logprobs"} <= reasoning
    assert refused_params(get_model_info("openai", "gpt-4o")) == {"reasoning_effort"}
    assert "stop" in refused_params(get_model_info("xai", "grok-4"))
    assert refused_params(None) == frozenset()
    no_tools = ModelInfo("acme", "tiny", tools=False)
    assert refused_params(no_tools) == {"tools", "tool_choice", "parallel_tool_calls"}


def test_registered_models_have_capabilities() -> None:
    register_model(ModelInfo("openai", "gpt-test-vision", 8_000, 1_000, tools=True, vision=True))
    try:
        assert supports("openai/gpt-test-vision", "vision")
        assert get_model_info("openai/gpt-test-vision") in list_models("openai")
    finally:
        del models._catalog[("openai", "gpt-test-vision")]
        models._bare.pop("gpt-test-vision", None)


def test_old_positional_model_info_still_works() -> None:
    info = ModelInfo("mistral", "m", 32_000, 4_000, "chat")
    assert (info.context_window, info.max_output_tokens, info.mode, info.tools) == (
        32_000,
        4_000,
        "chat",
        None,
    )


# --------------------------------------------------------------------------------------------
# Plugins: a custom provider may offer any endpoint; one that lacks it refuses it, typed
# --------------------------------------------------------------------------------------------


class Painter:
    """A plugin with chat left out and image generation in."""

    name = "painter"

    def __init__(self) -> None:
        from llmrouter.providers import Capabilities

        self.capabilities = Capabilities()
        self.seen: list[ImageRequest] = []

    def complete(self, request: Any) -> Any:
        raise NotImplementedError

    acomplete = stream = astream = complete

    def translate_error(self, error: Exception, request: Any) -> errors.LLMRouterError:
        return errors.ProviderError(str(error))

    def generate_image(self, request: ImageRequest) -> ImagesResponse:
        self.seen.append(request)
        return ImagesResponse(created=7, data=[{"url": f"https://painter.example/{request.prompt}.png"}])  # type: ignore[list-item]

    async def agenerate_image(self, request: ImageRequest) -> ImagesResponse:
        return self.generate_image(request)


@pytest.fixture
def painter() -> Any:
    provider = Painter()
    register_provider("painter", provider)
    yield provider
    unregister_provider("painter")


async def test_a_plugin_implements_image_generation(painter: Painter) -> None:
    reply = endpoints.image_generation("painter/brush-1", "cat", size="512x512")
    assert reply.data[0].url == "https://painter.example/cat.png" and reply.provider == "painter"
    assert painter.seen[0].model == "brush-1" and painter.seen[0].size == "512x512"
    assert (await endpoints.aimage_generation("painter/brush-1", "dog")).data[0].url.endswith("dog.png")  # type: ignore[union-attr]


def test_a_plugin_without_an_operation_refuses_it(painter: Painter) -> None:
    for call in (
        lambda: endpoints.speech("painter/brush-1", "hi", voice="x"),
        lambda: endpoints.transcription("painter/brush-1", b"audio"),
        lambda: endpoints.moderation("painter/brush-1", "hi"),
    ):
        with pytest.raises(errors.UnsupportedParameterError, match="provider 'painter' offers no") as info:
            call()
        assert info.value.code == "unsupported_operation"


def test_operations_are_data() -> None:
    for op in (endpoints.IMAGE_GENERATION, endpoints.SPEECH, endpoints.TRANSCRIPTION, endpoints.MODERATION):
        assert isinstance(op, Operation) and {"user", "metadata"} <= op.params
