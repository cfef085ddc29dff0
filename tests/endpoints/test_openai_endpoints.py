"""Images, speech, transcription and moderation on OpenAI, through the real openai SDK and the
cassettes in cassettes/openai/ (written by make_endpoint_cassettes.py): each test checks the
request the SDK sent and the normalised reply, sync and async."""

from __future__ import annotations

import asyncio
import base64
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from llmrouter import endpoints, errors, pricing
from llmrouter.endpoints import costs
from llmrouter.pricing import UnknownPriceWarning
from llmrouter.request import ImageRequest
from llmrouter.testing import request_json, use_cassette
from llmrouter.types import (
    AsyncSpeechStream,
    ImagesResponse,
    SpeechResponse,
    SpeechStream,
    Transcription,
)

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "cassettes" / "openai"
KEY = "test-openai-key-0123456789"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def cassette(name: str) -> Path:
    return CASSETTES / f"{name}.yaml"


def recorded(name: str, index: int = 0) -> Any:
    data = yaml.safe_load(cassette(name).read_text(encoding="utf-8"))
    return data["interactions"][index]["response"]["body"]["string"]


def multipart_fields(body: bytes) -> dict[str, bytes]:
    """The parts of a multipart/form-data body by name."""
    boundary = body.split(b"\r\n", 1)[0]
    fields = {}
    for part in body.split(boundary)[1:-1]:
        head, _, value = part.strip(b"\r\n").partition(b"\r\n\r\n")
        name = head.split(b'name="', 1)[1].split(b'"', 1)[0].decode()
        fields[name] = value
    return fields


# --------------------------------------------------------------------------------------------
# Images
# --------------------------------------------------------------------------------------------


def test_gpt_image_1_sync() -> None:
    with use_cassette(cassette("images_gpt_image_1"), filter_credentials=False) as sent:
        reply = endpoints.image_generation(
            "openai/gpt-image-1",
            "A lighthouse at dawn, watercolour",
            size="1024x1024",
            quality="low",
            api_key=KEY,
        )
    assert sent[0].method == "POST" and sent[0].uri == "https://api.openai.com/v1/images/generations"
    assert sent[0].headers["authorization"] == f"Bearer {KEY}"
    assert request_json(sent[0]) == {
        "model": "gpt-image-1",
        "prompt": "A lighthouse at dawn, watercolour",
        "size": "1024x1024",
        "quality": "low",
    }
    assert isinstance(reply, ImagesResponse)
    assert reply.provider == "openai"
    assert reply.images[0].startswith(PNG_MAGIC)
    assert reply.usage is not None and (reply.usage.input_tokens, reply.usage.output_tokens) == (14, 272)
    assert reply.model_dump() == json.loads(recorded("images_gpt_image_1"))  # the OpenAI shape, unchanged
    # priced from the usage the vendor reports (price data): 14 text tokens in, 272 image tokens out
    assert reply.cost_usd is not None and reply.cost_usd > 0


async def test_gpt_image_1_async_with_cost() -> None:
    # priced from the reported tokens at the price data's rates ($5 / 1M text input, $40 / 1M
    # image output), and at a registered price when there is one
    with use_cassette(cassette("images_gpt_image_1")) as sent:
        reply = await endpoints.aimage_generation(
            "openai/gpt-image-1",
            "A lighthouse at dawn, watercolour",
            size="1024x1024",
            quality="low",
            api_key=KEY,
        )
    assert request_json(sent[0])["model"] == "gpt-image-1"
    assert reply.cost_usd == pytest.approx((14 * 5.0 + 272 * 40.0) / 1e6)
    pricing.register_price("openai/gpt-image-1", input_per_mtok=1.0, output_per_mtok=2.0)
    try:
        with use_cassette(cassette("images_gpt_image_1")):
            reply = await endpoints.aimage_generation("openai/gpt-image-1", "A lighthouse", api_key=KEY)
    finally:
        pricing.unregister_price("openai/gpt-image-1")
    assert reply.cost_usd == pytest.approx((14 * 1.0 + 272 * 2.0) / 1e6)


def test_gpt_image_1_takes_no_url_or_response_format() -> None:
    with pytest.raises(errors.UnsupportedParameterError, match="b64_json") as info:
        endpoints.image_generation("openai/gpt-image-1", "x", response_format="url", api_key=KEY)
    assert info.value.param == "response_format"
    # b64_json is what it returns anyway: not sent (the API rejects the parameter for gpt-image-1)
    with use_cassette(cassette("images_gpt_image_1")) as sent:
        endpoints.image_generation("openai/gpt-image-1", "x", response_format="b64_json", api_key=KEY)
    assert "response_format" not in request_json(sent[0])


def test_dall_e_3_url_and_revised_prompt() -> None:
    with use_cassette(cassette("images_dall_e_3_url")) as sent:
        reply = endpoints.image_generation(
            "dall-e-3",
            "A lighthouse at dawn",
            n=1,
            size="1792x1024",
            response_format="url",
            style="vivid",
            api_key=KEY,
        )
    assert request_json(sent[0]) == {
        "model": "dall-e-3",
        "prompt": "A lighthouse at dawn",
        "n": 1,
        "size": "1792x1024",
        "response_format": "url",
        "style": "vivid",
    }
    assert reply.data[0].url is not None and reply.data[0].url.startswith("https://")
    assert reply.data[0].revised_prompt is not None and "lighthouse" in reply.data[0].revised_prompt
    assert reply.images == [] and reply.usage is None
    assert reply.cost_usd == pytest.approx(0.080)  # one standard 1792x1024 image, OpenAI's per-image rate
    assert reply.model_dump() == json.loads(recorded("images_dall_e_3_url"))


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"n": 2}, "n"),  # dall-e-3 makes one image per call
        ({"size": "512x512"}, "size"),
        ({"quality": "low"}, "quality"),
        ({"response_format": "png"}, "response_format"),
        ({"n": True}, "n"),
        ({"prompt": ""}, "prompt"),
        ({"prompt": None}, "prompt"),
    ],
)
def test_bad_image_input_is_refused_before_io(params: dict[str, Any], param: str) -> None:
    given = {"prompt": "a lighthouse", **params}
    with pytest.raises(errors.InvalidRequestError) as info:
        endpoints.image_generation("openai/dall-e-3", api_key=KEY, **given)
    assert info.value.param == param


def test_dall_e_3_refuses_gpt_image_parameters() -> None:
    with pytest.raises(errors.UnsupportedParameterError, match="gpt-image-1 only"):
        endpoints.image_generation("openai/dall-e-3", "x", background="transparent", api_key=KEY)


def test_a_chat_model_is_no_image_model() -> None:
    with pytest.raises(errors.InvalidRequestError, match="chat model") as info:
        endpoints.image_generation("openai/gpt-4o", "x", api_key=KEY)
    assert info.value.param == "model"


def test_image_error_is_typed() -> None:
    with use_cassette(cassette("images_error_400")), pytest.raises(errors.InvalidRequestError) as info:
        endpoints.image_generation("openai/dall-e-3", "...", api_key=KEY)
    assert info.value.status == 400 and info.value.code == "content_policy_violation"
    assert info.value.provider == "openai" and "safety system" in info.value.message


def test_missing_key_is_401_before_io() -> None:
    with pytest.raises(errors.AuthenticationError, match="OPENAI_API_KEY"):
        endpoints.image_generation("openai/gpt-image-1", "x")


def test_compatible_vendor_without_images_refuses() -> None:
    with pytest.raises(errors.UnsupportedParameterError) as info:
        endpoints.image_generation("groq/some-model", "x", api_key="k")
    assert info.value.code == "unsupported_operation"
    assert "groq" in info.value.message and "image generation" in info.value.message


# --------------------------------------------------------------------------------------------
# Speech
# --------------------------------------------------------------------------------------------

SPEECH_BODY = {"model": "gpt-4o-mini-tts", "input": "Hello there!", "voice": "coral"}


def test_speech_bytes_sync() -> None:
    with use_cassette(cassette("speech_mp3")) as sent:
        reply = endpoints.speech("openai/gpt-4o-mini-tts", "Hello there!", voice="coral", api_key=KEY)
    assert sent[0].uri == "https://api.openai.com/v1/audio/speech"
    assert request_json(sent[0]) == SPEECH_BODY
    assert isinstance(reply, SpeechResponse)
    assert reply.content == recorded("speech_mp3") and bytes(reply) == reply.content
    assert reply.content.startswith(b"ID3") and reply.content_type == "audio/mpeg"
    assert reply.bytes_written == len(reply.content) and reply.provider == "openai"
    assert "ID3" not in repr(reply)  # a repr never dumps the audio


async def test_speech_bytes_async_with_options() -> None:
    with use_cassette(cassette("speech_mp3")) as sent:
        reply = await endpoints.aspeech(
            "openai/gpt-4o-mini-tts",
            "Hello there!",
            voice="coral",
            response_format="mp3",
            speed=1.25,
            instructions="Cheerful.",
            api_key=KEY,
        )
    assert request_json(sent[0]) == {
        **SPEECH_BODY,
        "response_format": "mp3",
        "speed": 1.25,
        "instructions": "Cheerful.",
    }
    assert reply.content == recorded("speech_mp3")


def test_speech_streamed_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "hello.mp3"
    with use_cassette(cassette("speech_mp3")) as sent:
        reply = endpoints.speech(
            "openai/gpt-4o-mini-tts", "Hello there!", voice="coral", stream_to=out, api_key=KEY
        )
    assert request_json(sent[0]) == SPEECH_BODY
    assert out.read_bytes() == recorded("speech_mp3")
    assert reply.path == str(out) and reply.bytes_written == out.stat().st_size and reply.content == b""


async def test_speech_streamed_to_a_file_async(tmp_path: Path) -> None:
    out = tmp_path / "hello.mp3"
    with use_cassette(cassette("speech_mp3")):
        reply = await endpoints.aspeech(
            "openai/gpt-4o-mini-tts", "Hello there!", voice="coral", stream_to=str(out), api_key=KEY
        )
    assert out.read_bytes() == recorded("speech_mp3") and reply.bytes_written == out.stat().st_size


def test_speech_stream_yields_chunks() -> None:
    with use_cassette(cassette("speech_mp3")):
        stream = endpoints.speech(
            "openai/gpt-4o-mini-tts", "Hello there!", voice="coral", stream=True, chunk_size=256, api_key=KEY
        )
        assert isinstance(stream, SpeechStream) and stream.provider == "openai"
        with stream:
            chunks = list(stream)
    assert b"".join(chunks) == recorded("speech_mp3")
    assert len(chunks) > 1 and all(len(c) <= 256 for c in chunks)
    assert stream.bytes_read == len(recorded("speech_mp3"))


def test_speech_stream_closed_early() -> None:
    with use_cassette(cassette("speech_mp3")):
        with endpoints.speech(
            "openai/gpt-4o-mini-tts", "Hello there!", voice="coral", stream=True, chunk_size=100, api_key=KEY
        ) as stream:
            first = next(iter(stream))
    assert len(first) == 100 and stream.bytes_read == 100


async def test_speech_stream_async(tmp_path: Path) -> None:
    with use_cassette(cassette("speech_mp3")):
        stream = await endpoints.aspeech(
            "openai/gpt-4o-mini-tts", "Hello there!", voice="coral", stream=True, chunk_size=300, api_key=KEY
        )
        assert isinstance(stream, AsyncSpeechStream)
        async with stream:
            chunks = [chunk async for chunk in stream]
    assert b"".join(chunks) == recorded("speech_mp3")
    with use_cassette(cassette("speech_mp3")):
        stream = await endpoints.aspeech(
            "openai/gpt-4o-mini-tts", "Hello there!", voice="coral", stream=True, api_key=KEY
        )
        written = await stream.write_to(str(tmp_path / "a.mp3"))
    assert (tmp_path / "a.mp3").read_bytes() == recorded("speech_mp3") and written == len(
        recorded("speech_mp3")
    )


@pytest.mark.parametrize(
    ("model", "params", "param", "kind"),
    [
        ("openai/tts-1", {"instructions": "Whisper."}, "instructions", errors.UnsupportedParameterError),
        ("openai/tts-1", {"speed": 5}, "speed", errors.InvalidRequestError),
        ("openai/tts-1", {"response_format": "ogg"}, "response_format", errors.InvalidRequestError),
        ("openai/tts-1", {"voice": None}, "voice", errors.InvalidRequestError),
        ("openai/tts-1", {"input": "x" * 4097}, "input", errors.InvalidRequestError),
        (
            "openai/tts-1",
            {"stream": True, "stream_to": "/tmp/x.mp3"},
            "stream_to",
            errors.InvalidRequestError,
        ),
        ("openai/tts-1", {"stream_to": "/no/such/dir/x.mp3"}, "stream_to", errors.InvalidRequestError),
        ("openai/whisper-1", {}, "model", errors.InvalidRequestError),
    ],
)
def test_bad_speech_input_is_refused_before_io(
    model: str, params: dict[str, Any], param: str, kind: type[Exception]
) -> None:
    given = {"input": "hello", "voice": "alloy", **params}
    with pytest.raises(kind) as info:
        endpoints.speech(model, api_key=KEY, **given)
    assert info.value.param == param  # type: ignore[attr-defined]


def test_tts_1_instructions_dropped_with_drop_params() -> None:
    request = endpoints.SPEECH.build(
        "tts-1", None, {"input": "hi", "voice": "alloy", "instructions": "x", "drop_params": True}
    )
    assert request.instructions is None  # type: ignore[attr-defined]


def test_speech_error_is_typed() -> None:
    with use_cassette(cassette("speech_error_400")), pytest.raises(errors.InvalidRequestError) as info:
        endpoints.speech("openai/tts-1", "Hi", voice="nobody", api_key=KEY)
    assert info.value.param == "voice" and info.value.code == "invalid_value"


# --------------------------------------------------------------------------------------------
# Transcription
# --------------------------------------------------------------------------------------------

AUDIO = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + b"\x00" * 413


def test_transcription_json_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "hello.mp3"
    path.write_bytes(AUDIO)
    with use_cassette(cassette("transcription_json")) as sent:
        reply = endpoints.transcription("openai/gpt-4o-transcribe", path, language="en", api_key=KEY)
    assert sent[0].uri == "https://api.openai.com/v1/audio/transcriptions"
    assert sent[0].headers["Content-Type"].startswith("multipart/form-data; boundary=")
    fields = multipart_fields(sent[0].body)
    assert fields == {"file": AUDIO, "language": b"en", "model": b"gpt-4o-transcribe"}
    assert b'filename="hello.mp3"' in sent[0].body
    assert isinstance(reply, Transcription) and reply.provider == "openai"
    assert reply.text.startswith("Hello there")
    assert reply.usage is not None and reply.usage.type == "tokens" and reply.usage.input_tokens == 52
    assert reply.model_dump() == json.loads(recorded("transcription_json"))


async def test_transcription_verbose_json_async() -> None:
    with use_cassette(cassette("transcription_verbose_json")) as sent:
        reply = await endpoints.atranscription(
            "openai/whisper-1",
            AUDIO,
            response_format="verbose_json",
            timestamp_granularities=["word", "segment"],
            prompt="Greetings.",
            temperature=0.0,
            api_key=KEY,
        )
    body = sent[0].body
    fields = multipart_fields(body)
    assert fields["model"] == b"whisper-1" and fields["response_format"] == b"verbose_json"
    assert fields["prompt"] == b"Greetings." and fields["temperature"] == b"0.0"
    assert body.count(b'name="timestamp_granularities[]"') == 2
    assert reply.text == "Hello there, this is a test."
    dumped = reply.model_dump()
    assert dumped["language"] == "english" and dumped["duration"] == 3.2 and len(dumped["words"]) == 6
    assert reply.usage is not None and reply.usage.type == "duration" and reply.usage.seconds == 4
    assert dumped == json.loads(recorded("transcription_verbose_json"))


def test_transcription_srt_is_text(tmp_path: Path) -> None:
    with use_cassette(cassette("transcription_srt")), (tmp_path / "a.wav").open("wb+") as handle:
        handle.write(AUDIO)
        handle.seek(0)
        reply = endpoints.transcription("openai/whisper-1", handle, response_format="srt", api_key=KEY)
    assert reply.text == recorded("transcription_srt") and reply.text.startswith("1\n00:00:00,000 -->")


@pytest.mark.parametrize(
    ("model", "params", "param"),
    [
        ("openai/whisper-1", {"file": b""}, "file"),
        ("openai/whisper-1", {"file": None}, "file"),
        ("openai/whisper-1", {"file": 12}, "file"),
        ("openai/whisper-1", {"file": "/no/such/file.mp3"}, "file"),
        ("openai/whisper-1", {"language": "English"}, "language"),
        ("openai/gpt-4o-transcribe", {"response_format": "srt"}, "response_format"),
        ("openai/whisper-1", {"timestamp_granularities": ["word"]}, "timestamp_granularities"),
        ("openai/whisper-1", {"temperature": 2}, "temperature"),
    ],
)
def test_bad_transcription_input_is_refused_before_io(model: str, params: dict[str, Any], param: str) -> None:
    given = {"file": AUDIO, **params}
    with pytest.raises(errors.InvalidRequestError) as info:
        endpoints.transcription(model, api_key=KEY, **given)
    assert info.value.param == param


# --------------------------------------------------------------------------------------------
# Moderation
# --------------------------------------------------------------------------------------------

INPUTS = ["What a lovely day.", "I will hurt you."]


def test_moderation_sync() -> None:
    with use_cassette(cassette("moderation_flagged")) as sent:
        reply = endpoints.moderation(input=INPUTS, api_key=KEY)
    assert sent[0].uri == "https://api.openai.com/v1/moderations"
    assert request_json(sent[0]) == {"model": "omni-moderation-latest", "input": INPUTS}
    assert reply.flagged and [r.flagged for r in reply.results] == [False, True]
    assert reply.results[1].flagged_categories == ["harassment", "harassment/threatening", "violence"]
    assert reply.model_dump() == json.loads(recorded("moderation_flagged"))
    assert reply.cost_usd == 0.0  # the moderation endpoint is free: a known 0


async def test_moderation_async_one_string() -> None:
    with use_cassette(cassette("moderation_flagged")) as sent:
        reply = await endpoints.amoderation("openai/omni-moderation-latest", "I will hurt you.", api_key=KEY)
    assert request_json(sent[0]) == {"model": "omni-moderation-latest", "input": ["I will hurt you."]}
    assert reply.provider == "openai"


@pytest.mark.parametrize("bad", [None, "", [], ["ok", ""], [1], b"bytes"])
def test_bad_moderation_input(bad: Any) -> None:
    with pytest.raises(errors.InvalidRequestError) as info:
        endpoints.moderation(input=bad, api_key=KEY)
    assert info.value.param == "input"


def test_unknown_parameter_gets_a_did_you_mean() -> None:
    with pytest.raises(errors.InvalidRequestError, match="did you mean 'input'"):
        endpoints.moderation(inputs=["x"], api_key=KEY)


def test_b64_images_decode() -> None:
    data = yaml.safe_load(cassette("images_gpt_image_1").read_text(encoding="utf-8"))
    body = json.loads(data["interactions"][0]["response"]["body"]["string"])
    assert base64.b64decode(body["data"][0]["b64_json"]).startswith(PNG_MAGIC)


@pytest.mark.parametrize(
    ("model", "size", "quality", "images", "usd"),
    [
        ("dall-e-3", None, None, 1, 0.040),  # the API's defaults: 1024x1024, standard
        ("dall-e-3", "1024x1792", "hd", 1, 0.120),
        ("dall-e-2", "256x256", None, 3, 0.048),
        ("dall-e-2", "2048x2048", None, 1, None),  # not a size the table (or the API) has
    ],
)
def test_per_image_models_are_priced_per_image(
    model: str, size: str | None, quality: str | None, images: int, usd: float | None
) -> None:
    assert costs.per_image_cost(model, size, quality, images) == (None if usd is None else pytest.approx(usd))


def test_an_unknown_per_image_size_is_unpriced_with_one_warning() -> None:
    request = ImageRequest(model="dall-e-2", prompt="x", size="640x480")
    reply = ImagesResponse(created=1, data=[])
    with pytest.warns(UnknownPriceWarning, match="640x480"):
        assert costs.finish_images(request, reply, "openai") is None
    assert reply.cost_usd is None


def _failing_writes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Makes the second chunk written to a stream_to file fail, as a full disk would."""
    from llmrouter.providers.openai import endpoints as openai_endpoints

    written: list[int] = []
    real_write = openai_endpoints._AudioFile.write

    def write(self: Any, chunk: bytes) -> None:
        if written:
            raise OSError(28, "No space left on device")
        written.append(len(chunk))
        real_write(self, chunk)

    monkeypatch.setattr(openai_endpoints._AudioFile, "write", write)
    return written


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_a_failed_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, is_async: bool
) -> None:
    out = tmp_path / "hello.mp3"
    written = _failing_writes(monkeypatch)
    args = ("openai/gpt-4o-mini-tts", "Hello there!")
    options: dict[str, Any] = {"voice": "coral", "stream_to": out, "chunk_size": 100, "api_key": KEY}
    with use_cassette(cassette("speech_mp3")), pytest.raises(errors.LLMRouterError) as caught:
        if is_async:
            asyncio.run(endpoints.aspeech(*args, **options))
        else:
            endpoints.speech(*args, **options)
    assert written == [100] and not out.exists()
    assert "No space left on device" in str(caught.value)


def test_each_endpoint_call_carries_the_attempts_timeout() -> None:
    """The client carries no timeout (one client serves every call), so each SDK call is given the
    attempt's own: the one the router may cut to the time left before the deadline."""
    from llmrouter.providers.openai.endpoints import IMAGES, OpenAIEndpoints

    request = ImageRequest(model="gpt-image-1", prompt="x", timeout=7.0)
    assert OpenAIEndpoints._endpoint_kwargs(IMAGES, request)["timeout"] == 7.0
    assert "timeout" not in OpenAIEndpoints._endpoint_kwargs(
        IMAGES, ImageRequest(model="gpt-image-1", prompt="x")
    )
