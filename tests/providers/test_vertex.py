"""The vertex_ai provider (Gemini and Imagen on Vertex AI through google-genai in Vertex mode),
through the public API, against cassettes/vertex/*.yaml (written by make_cassettes.py there).

No OAuth is attempted: project mode runs on a fake ``google.auth`` Credentials object handed out
by a patched ``google.auth.default`` (what Application Default Credentials would return), and
express mode on a test API key. Every test asserts the request the real SDK sent.
"""

from __future__ import annotations

import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import google.auth
import google.auth.credentials
import google.auth.exceptions
import pytest

import llmrouter
from llmrouter import endpoints, errors, pricing
from llmrouter.providers import get_provider
from llmrouter.providers.base import ChatRequest
from llmrouter.providers.google.images import imagen_call
from llmrouter.providers.google.vertex import VertexProvider
from llmrouter.request import ImageRequest
from llmrouter.testing import request_json, use_cassette
from llmrouter.types import Message

CASSETTES = Path(__file__).resolve().parents[2] / "cassettes" / "vertex"
PROJECT, LOCATION = "test-project", "us-central1"
WHERE = {"vertex_project": PROJECT, "vertex_location": LOCATION}
BASE = f"https://{LOCATION}-aiplatform.googleapis.com/v1beta1/projects/{PROJECT}/locations/{LOCATION}"
MODELS = f"{BASE}/publishers/google/models"
EXPRESS = "https://aiplatform.googleapis.com/v1beta1/publishers/google/models"
KEY = "test-vertex-express-key-7d21"
TOKEN = "ya29.test-access-token"
HELLO = [{"role": "user", "content": "Say hello."}]
HELLO_BODY = {"contents": [{"parts": [{"text": "Say hello."}], "role": "user"}], "generationConfig": {}}
PROMPT = "A lighthouse at dawn, watercolour"
ENV = (
    "GOOGLE_CLOUD_PROJECT",
    "GOOGLE_CLOUD_LOCATION",
    "GOOGLE_API_KEY",
    "GEMINI_API_KEY",
    "GOOGLE_GENAI_USE_VERTEXAI",
)


class FakeCredentials(google.auth.credentials.Credentials):  # type: ignore[misc]
    """What ADC would hand out, minus OAuth: ``refresh`` sets a fixed token (or fails)."""

    def __init__(self, fail: bool = False) -> None:
        super().__init__()
        self.fail = fail
        self.refreshes = 0

    def refresh(self, request: Any) -> None:
        self.refreshes += 1
        if self.fail:
            raise google.auth.exceptions.RefreshError("invalid_grant: Token has been expired or revoked.")
        self.token = TOKEN


@pytest.fixture
def provider(monkeypatch: pytest.MonkeyPatch) -> Iterator[VertexProvider]:
    """The registered vertex_ai provider with no cached clients or credentials, and no Google
    Cloud variables in the environment."""
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    instance = get_provider("vertex_ai")
    assert isinstance(instance, VertexProvider)
    monkeypatch.setattr(instance, "_clients", {})
    monkeypatch.setattr(instance, "_adc", None)
    yield instance


@pytest.fixture
def adc(monkeypatch: pytest.MonkeyPatch, provider: VertexProvider) -> FakeCredentials:
    credentials = FakeCredentials()
    calls: list[Any] = []

    def default(scopes: Any = None, **kwargs: Any) -> tuple[FakeCredentials, str]:
        calls.append(scopes)
        return credentials, "adc-project"

    monkeypatch.setattr(google.auth, "default", default)
    credentials.calls = calls  # type: ignore[attr-defined]
    return credentials


def _check_chat(reply: Any) -> None:
    assert reply.provider == "vertex_ai"
    assert reply.choices[0].message.content == "Hello! How can I help you today?"
    assert reply.choices[0].finish_reason == "stop"
    usage = reply.usage
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (4, 30, 34)
    assert usage.completion_tokens_details.reasoning_tokens == 21


# -- chat ---------------------------------------------------------------------------------


def test_chat_project_mode_sync(adc: FakeCredentials) -> None:
    with use_cassette(CASSETTES / "chat.yaml", filter_credentials=False) as sent:
        reply = llmrouter.completion("vertex_ai/gemini-2.5-flash", HELLO, **WHERE)
    assert sent[0].uri == f"{MODELS}/gemini-2.5-flash:generateContent"
    assert request_json(sent[0]) == HELLO_BODY
    assert sent[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert "x-goog-api-key" not in {k.lower() for k in sent[0].headers}
    assert adc.calls == [["https://www.googleapis.com/auth/cloud-platform"]]  # type: ignore[attr-defined]
    _check_chat(reply)
    # Vertex's Gemini list prices are the Gemini API's: the same price data prices it
    assert reply.cost_usd is not None and reply.cost_usd > 0
    assert reply.cost_usd == pricing.cost_of("google", "gemini-2.5-flash", reply.usage)


async def test_chat_project_mode_async_from_env(
    adc: FakeCredentials, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOOGLE_CLOUD_PROJECT", PROJECT)
    monkeypatch.setenv("GOOGLE_CLOUD_LOCATION", LOCATION)
    monkeypatch.setenv("GOOGLE_API_KEY", "an-env-key-the-project-beats")  # the SDK's precedence too
    with use_cassette(CASSETTES / "chat.yaml", filter_credentials=False) as sent:
        reply = await llmrouter.acompletion("vertex_ai/gemini-2.5-flash", HELLO)
    assert sent[0].uri == f"{MODELS}/gemini-2.5-flash:generateContent"
    assert sent[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert "x-goog-api-key" not in {k.lower() for k in sent[0].headers}
    assert request_json(sent[0]) == HELLO_BODY
    _check_chat(reply)


def test_router_defaults_carry_project_and_location(adc: FakeCredentials) -> None:
    router = llmrouter.Router(vertexProject=PROJECT, vertex_location=LOCATION)
    with use_cassette(CASSETTES / "chat.yaml") as sent:
        reply = router.completion("vertex_ai/gemini-2.5-flash", HELLO)
    assert sent[0].uri == f"{MODELS}/gemini-2.5-flash:generateContent"
    _check_chat(reply)


def test_a_deployment_carries_its_own_project_and_location(adc: FakeCredentials) -> None:
    """Deployments in several regions behind one name: each one's project and location go with it."""
    elsewhere = {"vertex_project": "other-project", "vertex_location": "europe-west4"}
    router = llmrouter.Router(
        deployments=[
            {"model_name": "chat", "model": "vertex_ai/gemini-2.5-flash", "params": WHERE},
            {"model_name": "chat", "model": "vertex_ai/gemini-2.5-flash", "params": elsewhere},
        ],
        strategy="fallback",
    )
    with use_cassette(CASSETTES / "chat.yaml") as sent:
        reply = router.completion("chat", HELLO)
    assert sent[0].uri == f"{MODELS}/gemini-2.5-flash:generateContent"  # the first deployment's region
    _check_chat(reply)


def test_chat_express_mode_sync(provider: VertexProvider) -> None:
    with use_cassette(CASSETTES / "chat_express.yaml", filter_credentials=False) as sent:
        reply = llmrouter.completion("vertex_ai/gemini-2.5-flash", HELLO, api_key=KEY)
    assert sent[0].uri == f"{EXPRESS}/gemini-2.5-flash:generateContent"
    assert sent[0].headers["x-goog-api-key"] == KEY  # a header, never the URL
    assert "authorization" not in {k.lower() for k in sent[0].headers}
    assert request_json(sent[0]) == HELLO_BODY
    _check_chat(reply)


async def test_chat_express_mode_async_from_env(
    provider: VertexProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOOGLE_API_KEY", KEY)
    monkeypatch.setenv("GOOGLE_CLOUD_LOCATION", "europe-west4")  # ignored without a project
    with use_cassette(CASSETTES / "chat_express.yaml", filter_credentials=False) as sent:
        reply = await llmrouter.acompletion("vertex_ai/gemini-2.5-flash", HELLO)
    assert sent[0].uri == f"{EXPRESS}/gemini-2.5-flash:generateContent"
    assert sent[0].headers["x-goog-api-key"] == KEY
    _check_chat(reply)


def test_stream_sync(adc: FakeCredentials) -> None:
    with use_cassette(CASSETTES / "stream.yaml") as sent:
        chunks = list(llmrouter.completion("vertex_ai/gemini-2.5-flash", HELLO, stream=True, **WHERE))
    assert sent[0].uri == f"{MODELS}/gemini-2.5-flash:streamGenerateContent?alt=sse"
    assert request_json(sent[0]) == HELLO_BODY
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Hello! How can I help you today?"
    assert [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason] == [
        "stop"
    ]


async def test_stream_async_with_usage(adc: FakeCredentials) -> None:
    with use_cassette(CASSETTES / "stream.yaml") as sent:
        stream = await llmrouter.acompletion(
            "vertex_ai/gemini-2.5-flash", HELLO, stream=True, stream_options={"include_usage": True}, **WHERE
        )
        chunks = [chunk async for chunk in stream]
    assert sent[0].uri == f"{MODELS}/gemini-2.5-flash:streamGenerateContent?alt=sse"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Hello! How can I help you today?"
    usage = chunks[-1].usage
    assert usage is not None and (usage.prompt_tokens, usage.completion_tokens) == (4, 9)


# -- Imagen -------------------------------------------------------------------------------


def _check_imagen(sent: list[Any], reply: Any) -> None:
    assert sent[0].uri == f"{MODELS}/imagen-4.0-generate-001:predict"
    assert request_json(sent[0]) == {
        "instances": [{"prompt": PROMPT}],
        "parameters": {"sampleCount": 2, "aspectRatio": "16:9", "includeRaiReason": True},
    }
    assert reply.provider == "vertex_ai"
    assert len(reply.data) == 2
    assert all(image.startswith(b"\x89PNG\r\n\x1a\n") for image in reply.images)
    assert reply.data[0].revised_prompt.startswith("A watercolour painting of a white lighthouse")
    assert reply.usage is None  # Imagen reports none
    assert set(reply.model_dump(exclude_none=True)) == {"created", "data"}


def test_imagen_sync(adc: FakeCredentials, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(llmrouter.pricing, "_warned", set())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", llmrouter.pricing.UnknownPriceWarning)
        for _ in range(2):
            with use_cassette(CASSETTES / "imagen.yaml") as sent:
                reply = endpoints.image_generation(
                    "vertex_ai/imagen-4.0-generate-001", PROMPT, n=2, size="16:9", **WHERE
                )
            _check_imagen(sent, reply)
            # genai-prices has no per-image Imagen rate: no cost, and no guess
            assert reply.cost_usd is None
    unknown = [w for w in caught if issubclass(w.category, llmrouter.pricing.UnknownPriceWarning)]
    assert len(unknown) == 1 and "vertex_ai/imagen-4.0-generate-001" in str(unknown[0].message)


async def test_imagen_async_with_a_pixel_size(adc: FakeCredentials) -> None:
    with use_cassette(CASSETTES / "imagen.yaml") as sent:
        reply = await endpoints.aimage_generation(
            "vertex_ai/imagen-4.0-generate-001",
            PROMPT,
            n=2,
            size="1024x576",
            response_format="b64_json",
            **WHERE,
        )
    _check_imagen(sent, reply)


def test_imagen_all_filtered_is_a_typed_content_filter_error(adc: FakeCredentials) -> None:
    with (
        use_cassette(CASSETTES / "imagen_filtered.yaml") as sent,
        pytest.raises(errors.InvalidRequestError) as info,
    ):
        endpoints.image_generation("vertex_ai/imagen-4.0-generate-001", "...", **WHERE)
    assert request_json(sent[0])["parameters"] == {"sampleCount": 1, "includeRaiReason": True}
    assert info.value.code == "content_filter" and "Support codes: 58061214" in info.value.message
    assert info.value.provider == "vertex_ai"


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"response_format": "url"}, "response_format"),
        ({"quality": "hd"}, "quality"),
        ({"style": "vivid"}, "style"),
        ({"n": 5}, "n"),
        ({"size": "1792x1024"}, "size"),  # 7:4, no Imagen ratio
        ({"output_format": "webp"}, "output_format"),
    ],
)
def test_what_imagen_cannot_honour_is_refused_before_io(
    provider: VertexProvider, params: dict[str, Any], param: str
) -> None:
    with pytest.raises(errors.UnsupportedParameterError) as info:
        endpoints.image_generation("vertex_ai/imagen-4.0-generate-001", PROMPT, api_key=KEY, **params)
    assert info.value.param == param and info.value.provider == "vertex_ai"


def test_imagen_call_maps_size_format_and_2k() -> None:
    def call(model: str = "imagen-4.0-generate-001", **fields: Any) -> dict[str, Any]:
        return imagen_call(ImageRequest(model=model, prompt="p", **fields), "vertex_ai")["config"]

    assert call() == {"number_of_images": 1, "include_rai_reason": True}
    assert call(size="2048x2048", output_format="jpeg", n=3) == {
        "number_of_images": 3,
        "include_rai_reason": True,
        "aspect_ratio": "1:1",
        "image_size": "2K",
        "output_mime_type": "image/jpeg",
    }
    assert call(size="768x1024")["aspect_ratio"] == "3:4"
    with pytest.raises(errors.UnsupportedParameterError, match="1K images only"):
        call("imagen-4.0-fast-generate-001", size="2048x2048")


def test_images_the_filter_held_back_are_left_out() -> None:
    from google.genai import types

    from llmrouter.providers.google.images import imagen_images_of

    reply = types.GenerateImagesResponse(
        generated_images=[
            types.GeneratedImage(image=types.Image(image_bytes=b"\x89PNG-1", mime_type="image/png")),
            types.GeneratedImage(image=types.Image(), rai_filtered_reason="filtered out 1 generated images"),
        ]
    )
    out = imagen_images_of(reply, ImageRequest(model="imagen-4.0-generate-001", prompt="p", n=2), "vertex_ai")
    assert [image.decode() for image in out.data] == [b"\x89PNG-1"]
    assert out.data[0].revised_prompt is None


def test_google_imagen_is_refused_pointing_to_vertex() -> None:
    with pytest.raises(errors.UnsupportedParameterError) as info:
        endpoints.image_generation("google/imagen-4.0-generate-001", PROMPT, api_key="k")
    assert "vertex_ai/imagen-4.0-generate-001" in info.value.message
    assert info.value.code == "unsupported_operation"


def test_bare_imagen_names_resolve_to_vertex() -> None:
    info = llmrouter.get_model_info("imagen-4.0-generate-001")
    assert info is not None and info.provider == "vertex_ai" and info.mode == "image_generation"
    assert llmrouter.get_model_info("gemini-2.5-flash").provider == "google"  # type: ignore[union-attr]
    assert llmrouter.get_model_info("vertex_ai", "gemini-2.5-flash").context_window == 1_048_576  # type: ignore[union-attr]


# -- errors and configuration ---------------------------------------------------------------


def test_403_permission_denied_sync(adc: FakeCredentials) -> None:
    with use_cassette(CASSETTES / "error_403.yaml"), pytest.raises(errors.PermissionDeniedError) as info:
        llmrouter.completion("vertex_ai/gemini-2.5-flash", HELLO, **WHERE)
    error = info.value
    assert error.status == 403 and error.provider == "vertex_ai" and error.model == "gemini-2.5-flash"
    assert "aiplatform.endpoints.predict" in error.message
    assert error.details["vendor_code"] == "PERMISSION_DENIED"
    assert error.details["reasons"] == ["IAM_PERMISSION_DENIED"]


async def test_403_permission_denied_async(adc: FakeCredentials) -> None:
    with use_cassette(CASSETTES / "error_403.yaml"), pytest.raises(errors.PermissionDeniedError) as info:
        await llmrouter.acompletion("vertex_ai/gemini-2.5-flash", HELLO, **WHERE)
    assert info.value.status == 403 and info.value.provider == "vertex_ai"


def test_nothing_configured_is_an_authentication_error_before_io(provider: VertexProvider) -> None:
    with use_cassette(CASSETTES / "chat.yaml") as sent, pytest.raises(errors.AuthenticationError) as info:
        llmrouter.completion("vertex_ai/gemini-2.5-flash", HELLO)
    assert sent == []
    for hint in (
        "vertex_project=",
        "GOOGLE_CLOUD_PROJECT",
        "gcloud auth application-default login",
        "GOOGLE_API_KEY",
    ):
        assert hint in info.value.message


@pytest.mark.parametrize(
    ("options", "param"),
    [
        ({"vertex_project": PROJECT}, "vertex_location"),  # no region is guessed
        ({"vertex_project": PROJECT, "vertex_location": LOCATION, "api_key": KEY}, "api_key"),
        ({"api_key": KEY, "vertex_location": LOCATION}, "vertex_location"),
    ],
)
def test_contradictory_or_partial_configuration_is_refused(
    provider: VertexProvider, options: dict[str, str], param: str
) -> None:
    with use_cassette(CASSETTES / "chat.yaml") as sent, pytest.raises(errors.InvalidRequestError) as info:
        llmrouter.completion("vertex_ai/gemini-2.5-flash", HELLO, **options)
    assert sent == [] and info.value.param == param and info.value.provider == "vertex_ai"


def test_missing_adc_is_an_authentication_error(
    provider: VertexProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    def default(**kwargs: Any) -> Any:
        raise google.auth.exceptions.DefaultCredentialsError("Your default credentials were not found.")

    monkeypatch.setattr(google.auth, "default", default)
    with use_cassette(CASSETTES / "chat.yaml") as sent, pytest.raises(errors.AuthenticationError) as info:
        llmrouter.completion("vertex_ai/gemini-2.5-flash", HELLO, **WHERE)
    assert sent == []
    assert "Application Default Credentials" in info.value.message and info.value.__cause__ is None


def test_refused_token_refresh_is_an_authentication_error(
    provider: VertexProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(google.auth, "default", lambda **kwargs: (FakeCredentials(fail=True), None))
    with use_cassette(CASSETTES / "chat.yaml") as sent, pytest.raises(errors.AuthenticationError) as info:
        llmrouter.completion("vertex_ai/gemini-2.5-flash", HELLO, **WHERE)
    assert sent == [] and "RefreshError" in info.value.message and info.value.provider == "vertex_ai"


def test_unreachable_token_endpoint_is_a_connection_error(
    provider: VertexProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    credentials = FakeCredentials()

    def refresh(request: Any) -> None:
        raise google.auth.exceptions.TransportError("Failed to retrieve http://metadata.google.internal/")

    monkeypatch.setattr(credentials, "refresh", refresh)
    monkeypatch.setattr(google.auth, "default", lambda **kwargs: (credentials, None))
    with use_cassette(CASSETTES / "chat.yaml") as sent, pytest.raises(errors.APIConnectionError) as info:
        llmrouter.completion("vertex_ai/gemini-2.5-flash", HELLO, **WHERE)
    assert sent == [] and "access token" in info.value.message and info.value.provider == "vertex_ai"


def test_clients_are_cached_per_project_and_location(adc: FakeCredentials, provider: VertexProvider) -> None:
    def request(**fields: Any) -> ChatRequest:
        return ChatRequest(model="gemini-2.5-flash", messages=[Message(role="user", content="hi")], **fields)

    first = provider.client(request(**WHERE))
    assert provider.client(request(**WHERE)) is first
    other_region = provider.client(request(vertex_project=PROJECT, vertex_location="europe-west4"))
    other_project = provider.client(request(vertex_project="other", vertex_location=LOCATION))
    assert len({id(first), id(other_region), id(other_project)}) == 3
    assert (other_region._api_client.project, other_region._api_client.location) == (PROJECT, "europe-west4")
    assert len(adc.calls) == 1 and adc.refreshes == 0  # type: ignore[attr-defined]  # ADC once, no token yet


def test_importing_llmrouter_and_the_provider_imports_no_sdk() -> None:
    code = (
        "import sys, llmrouter; from llmrouter.providers import get_provider; get_provider('vertex_ai'); "
        "print('google.genai' in sys.modules, 'google.auth' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# -- embeddings -----------------------------------------------------------------------------


TEXTS = ["hello world", "good night"]


def _check_embeddings(sent: list[Any], reply: Any) -> None:
    assert sent[0].uri == f"{MODELS}/text-embedding-005:predict"
    assert request_json(sent[0]) == {
        "instances": [{"content": "hello world"}, {"content": "good night"}],
        "parameters": {"outputDimensionality": 4},
    }
    assert [e.embedding for e in reply.data] == [
        [0.0123, -0.0456, 0.0789, -0.0012],
        [-0.0321, 0.0654, -0.0987, 0.0021],
    ]
    assert reply.usage is not None and reply.usage.prompt_tokens == 5  # statistics.token_count, summed


def test_embeddings_on_predict_sync(adc: FakeCredentials) -> None:
    with use_cassette(CASSETTES / "embeddings.yaml") as sent:
        reply = llmrouter.embedding("vertex_ai/text-embedding-005", TEXTS, dimensions=4, **WHERE)
    _check_embeddings(sent, reply)


async def test_embeddings_on_predict_async(adc: FakeCredentials) -> None:
    with use_cassette(CASSETTES / "embeddings.yaml") as sent:
        reply = await llmrouter.aembedding("vertex_ai/text-embedding-005", TEXTS, dimensions=4, **WHERE)
    _check_embeddings(sent, reply)
