"""Every endpoint besides chat and embeddings: image generation, speech, transcription and
moderation, plus the model catalog (``list_models``, ``get_model_info``, ``supports``).

Each endpoint is one :class:`~llmrouter.calls.Operation`: how to build its request from what the
caller passed (validated here, before any I/O, with typed errors), which provider methods serve
it, and how to stamp and price its reply. The pipeline runs them all the same way as chat: hooks
(a ``Redactor`` sees the prompt, the speech input, the moderation input), retries, fallbacks,
``on_attempt`` and ``after_response`` with the cost.

A provider plugin offers an endpoint by having its methods (sync and async):

==================  ==========================  ===========================  =====================
operation           methods                     request                      reply
==================  ==========================  ===========================  =====================
image_generation    generate_image(_a...)       :class:`ImageRequest`        :class:`ImagesResponse`
speech              speech / aspeech            :class:`SpeechRequest`       :class:`SpeechResponse`
                                                                             (or a speech stream)
transcription       transcribe / atranscribe    :class:`TranscriptionRequest` :class:`Transcription`
moderation          moderate / amoderate        :class:`ModerationRequest`   :class:`ModerationResponse`
==================  ==========================  ===========================  =====================

A provider without the method (or whose attribute is ``None``) refuses the call before any I/O
with :class:`~llmrouter.errors.UnsupportedParameterError`, code ``unsupported_operation``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .calls import Operation
from .errors import InvalidRequestError, UnsupportedParameterError
from .models import ModelInfo, get_model_info, list_models, supports
from .pricing import cost_of
from .request import ImageRequest, ModerationRequest, Request, SpeechRequest, TranscriptionRequest
from .types import (
    ImagesResponse,
    ImagesUsage,
    ModerationResponse,
    Transcription,
    Usage,
)

__all__ = [
    "IMAGE_GENERATION",
    "MODERATION",
    "SPEECH",
    "TRANSCRIPTION",
    "aimage_generation",
    "amoderation",
    "aspeech",
    "atranscription",
    "get_model_info",
    "image_cost",
    "image_generation",
    "list_models",
    "moderation",
    "speech",
    "supports",
    "transcription",
]

#: What every endpoint takes besides its own parameters and the call options.
_SHARED = frozenset({"user", "metadata"})
#: OpenAI's limits: 4,096 characters of speech input, 25 MB of audio to transcribe.
MAX_SPEECH_CHARS = 4096
MAX_AUDIO_BYTES = 25 * 1024 * 1024


# --------------------------------------------------------------------------------------------
# Validation helpers: bad input is an InvalidRequestError naming the parameter, before any I/O
# --------------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------------
# Image generation
# --------------------------------------------------------------------------------------------

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


def image_cost(provider: str, model: str, usage: ImagesUsage | None) -> float | None:
    """USD for an image reply whose vendor reported token usage (gpt-image-1): input tokens at
    the model's input rate, image output tokens at its output rate, through
    :func:`llmrouter.pricing.cost_of`. ``None`` without usage or a price (DALL-E bills per image,
    Gemini image models bill image output tokens at their own rate: not priced yet)."""
    if usage is None or provider == "google":
        return None
    return cost_of(provider, model, Usage.of(usage.input_tokens, usage.output_tokens))


def _finish_images(request: Request, reply: ImagesResponse, provider: str) -> float | None:
    reply._provider = provider
    reply._cost_usd = image_cost(provider, request.model, reply.usage)
    return reply._cost_usd


IMAGE_GENERATION = Operation(
    name="image_generation",
    method="generate_image",
    amethod="agenerate_image",
    params=IMAGE_PARAMS | _SHARED,
    build=_image_request,
    finish=_finish_images,  # type: ignore[arg-type]
    noun="image generation",
)


# --------------------------------------------------------------------------------------------
# Speech (text to speech)
# --------------------------------------------------------------------------------------------

SPEECH_FORMATS = ("mp3", "opus", "aac", "flac", "wav", "pcm")
SPEECH_PARAMS = frozenset(
    {"input", "voice", "response_format", "speed", "instructions", "stream", "stream_to", "chunk_size"}
)
#: Models that take ``instructions`` (tone, accent...): tts-1 and tts-1-hd do not.
_NO_INSTRUCTIONS = frozenset({"tts-1", "tts-1-hd"})


def _speech_request(model: str, info: ModelInfo | None, params: dict[str, Any]) -> SpeechRequest:
    _check_mode(info, "audio_speech", "speech")
    text = _text(params, "input", required=True)
    if len(str(text)) > MAX_SPEECH_CHARS:
        raise InvalidRequestError(
            f"input is {len(str(text))} characters; speech takes at most {MAX_SPEECH_CHARS}", param="input"
        )
    voice = _text(params, "voice", required=True)
    response_format = _choice(params, "response_format", SPEECH_FORMATS)
    speed = _number(params, "speed", 0.25, 4.0)
    instructions = _text(params, "instructions")
    if model in _NO_INSTRUCTIONS:
        instructions = _refuse(
            "instructions",
            f"{model} takes no 'instructions' (gpt-4o-mini-tts does)",
            model,
            params,
            instructions,
        )
    stream = params.pop("stream", False)
    if not isinstance(stream, bool):
        raise InvalidRequestError(f"stream must be True or False, got {stream!r}", param="stream")
    stream_to = params.pop("stream_to", None)
    if stream_to is not None:
        if not isinstance(stream_to, (str, os.PathLike)) or not str(stream_to):
            raise InvalidRequestError("stream_to must be a file path", param="stream_to")
        if stream:
            raise InvalidRequestError("pass stream=True or stream_to=path, not both", param="stream_to")
        if not Path(stream_to).parent.is_dir():
            raise InvalidRequestError(
                f"stream_to: no directory {str(Path(stream_to).parent)!r}", param="stream_to"
            )
    chunk_size = _int(params, "chunk_size", 1, 16 * 1024 * 1024)
    user = _user(params)
    _leftover(params)
    return SpeechRequest(
        model=model,
        info=info,
        input=str(text),
        voice=str(voice),
        response_format=response_format,
        speed=speed,
        instructions=instructions,
        stream=stream,
        stream_to=str(stream_to) if stream_to is not None else None,
        chunk_size=chunk_size,
        user_id=user,
    )


def _finish_unpriced(request: Request, reply: Any, provider: str) -> float | None:
    """Speech and transcription: stamped, but unpriced (``None``, never 0). tts-1 bills per input
    character, gpt-4o-mini-tts and gpt-4o-transcribe per audio token, whisper-1 per second of
    audio; llmrouter.pricing has none of those rates yet."""
    reply._provider = provider
    reply._cost_usd = None
    return None


SPEECH = Operation(
    name="speech",
    method="speech",
    amethod="aspeech",
    params=SPEECH_PARAMS | _SHARED,
    build=_speech_request,
    finish=_finish_unpriced,
    noun="speech",
)


# --------------------------------------------------------------------------------------------
# Transcription (speech to text)
# --------------------------------------------------------------------------------------------

TRANSCRIPTION_FORMATS = ("json", "text", "srt", "verbose_json", "vtt")
#: gpt-4o-transcribe and gpt-4o-mini-transcribe answer in json or text only.
_TOKEN_TRANSCRIBERS = frozenset({"gpt-4o-transcribe", "gpt-4o-mini-transcribe"})
TRANSCRIPTION_PARAMS = frozenset(
    {"file", "filename", "language", "prompt", "response_format", "temperature", "timestamp_granularities"}
)
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def audio_of(file: Any, filename: str | None) -> tuple[bytes, str]:
    """``file=`` as bytes, a path or an open binary file, to (bytes, the name the vendor sees)."""
    if isinstance(file, (bytes, bytearray, memoryview)):
        data, name = bytes(file), filename or "audio.mp3"
    elif isinstance(file, (str, os.PathLike)):
        path = Path(file)
        if not path.is_file():
            raise InvalidRequestError(f"file: no such file {str(path)!r}", param="file")
        data, name = path.read_bytes(), filename or path.name
    elif hasattr(file, "read"):
        data = file.read()
        if not isinstance(data, bytes):
            raise InvalidRequestError("file must be opened in binary mode ('rb')", param="file")
        name = filename or Path(str(getattr(file, "name", "") or "audio.mp3")).name
    else:
        raise InvalidRequestError(
            f"file must be bytes, a path or a binary file object, got {type(file).__name__}", param="file"
        )
    if not data:
        raise InvalidRequestError("file is empty", param="file")
    if len(data) > MAX_AUDIO_BYTES:
        raise InvalidRequestError(
            f"file is {len(data)} bytes; transcription takes at most {MAX_AUDIO_BYTES} (25 MB)", param="file"
        )
    return data, name


def _transcription_request(
    model: str, info: ModelInfo | None, params: dict[str, Any]
) -> TranscriptionRequest:
    _check_mode(info, "audio_transcription", "transcription")
    if params.get("file") is None:
        raise InvalidRequestError("file is required (bytes, a path or a binary file object)", param="file")
    filename = _text(params, "filename")
    data, name = audio_of(params.pop("file"), filename)
    language = _text(params, "language")
    if language is not None and not _LANGUAGE.match(language):
        raise InvalidRequestError(
            f"language must be an ISO-639-1 code such as 'en' or 'de', got {language!r}", param="language"
        )
    formats = ("json", "text") if model in _TOKEN_TRANSCRIBERS else TRANSCRIPTION_FORMATS
    response_format = _choice(params, "response_format", formats)
    temperature = _number(params, "temperature", 0.0, 1.0)
    granularities = params.pop("timestamp_granularities", None)
    if granularities is not None:
        if (
            isinstance(granularities, str)
            or not isinstance(granularities, Sequence)
            or not granularities
            or not all(g in ("word", "segment") for g in granularities)
        ):
            raise InvalidRequestError(
                "timestamp_granularities must be a list of 'word' and/or 'segment'",
                param="timestamp_granularities",
            )
        if response_format != "verbose_json":
            raise InvalidRequestError(
                "timestamp_granularities needs response_format='verbose_json'",
                param="timestamp_granularities",
            )
        granularities = list(granularities)
    prompt = _text(params, "prompt")
    user = _user(params)
    _leftover(params)
    return TranscriptionRequest(
        model=model,
        info=info,
        file=data,
        filename=name,
        language=language,
        prompt=prompt,
        response_format=response_format,
        temperature=temperature,
        timestamp_granularities=granularities,
        user_id=user,
    )


TRANSCRIPTION = Operation(
    name="transcription",
    method="transcribe",
    amethod="atranscribe",
    params=TRANSCRIPTION_PARAMS | _SHARED,
    build=_transcription_request,
    finish=_finish_unpriced,
    noun="transcription",
)


# --------------------------------------------------------------------------------------------
# Moderation
# --------------------------------------------------------------------------------------------


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
    params=frozenset({"input"}) | _SHARED,
    build=_moderation_request,
    finish=_finish_moderation,  # type: ignore[arg-type]
    noun="moderation",
)


# --------------------------------------------------------------------------------------------
# Public functions (the default router; a Router runs the same operations with router.run)
# --------------------------------------------------------------------------------------------


def _router() -> Any:
    from . import api

    return api._default


def _given(params: Mapping[str, Any], **named: Any) -> dict[str, Any]:
    return {**{k: v for k, v in named.items() if v is not None}, **params}


def image_generation(
    model: str | None = None,
    prompt: str | None = None,
    *,
    n: int | None = None,
    size: str | None = None,
    quality: str | None = None,
    response_format: str | None = None,
    **params: Any,
) -> ImagesResponse:
    """Images in the OpenAI images shape (``data[].b64_json``/``url``, ``revised_prompt``,
    ``usage`` where reported), from OpenAI (``gpt-image-1``, ``dall-e-3``) or Google (Imagen,
    Gemini image models):

    >>> reply = llmrouter.image_generation("openai/gpt-image-1", "a lighthouse at dawn", size="1024x1024")
    >>> png = reply.images[0]

    Also ``style``, ``background``, ``output_format``, ``user`` and every call option (``api_key``,
    ``timeout``, ``hooks``, ``fallbacks``, ...)."""
    given = _given(params, prompt=prompt, n=n, size=size, quality=quality, response_format=response_format)
    return _router().run(IMAGE_GENERATION, model, given)  # type: ignore[no-any-return]


async def aimage_generation(
    model: str | None = None,
    prompt: str | None = None,
    *,
    n: int | None = None,
    size: str | None = None,
    quality: str | None = None,
    response_format: str | None = None,
    **params: Any,
) -> ImagesResponse:
    """The async twin of :func:`image_generation`."""
    given = _given(params, prompt=prompt, n=n, size=size, quality=quality, response_format=response_format)
    return await _router().arun(IMAGE_GENERATION, model, given)  # type: ignore[no-any-return]


def speech(
    model: str | None = None,
    input: str | None = None,
    *,
    voice: str | None = None,
    response_format: str | None = None,
    stream: bool = False,
    stream_to: str | os.PathLike[str] | None = None,
    **params: Any,
) -> Any:
    """Text to speech: a :class:`~llmrouter.types.SpeechResponse` whose ``content`` is the audio.

    >>> audio = llmrouter.speech("openai/gpt-4o-mini-tts", "Hello!", voice="coral").content

    ``stream_to="out.mp3"`` writes the audio to the file chunk by chunk as it arrives (the reply
    then has ``path`` and ``bytes_written``); ``stream=True`` returns a
    :class:`~llmrouter.types.SpeechStream` yielding the chunks (``with`` it to close early). Also
    ``speed`` (0.25-4), ``instructions`` (gpt-4o-mini-tts), ``chunk_size`` and the call options."""
    given = _given(params, input=input, voice=voice, response_format=response_format, stream_to=stream_to)
    if stream:
        given["stream"] = True
    return _router().run(SPEECH, model, given)


async def aspeech(
    model: str | None = None,
    input: str | None = None,
    *,
    voice: str | None = None,
    response_format: str | None = None,
    stream: bool = False,
    stream_to: str | os.PathLike[str] | None = None,
    **params: Any,
) -> Any:
    """The async twin of :func:`speech`; ``stream=True`` gives an
    :class:`~llmrouter.types.AsyncSpeechStream` (``async for chunk in stream``)."""
    given = _given(params, input=input, voice=voice, response_format=response_format, stream_to=stream_to)
    if stream:
        given["stream"] = True
    return await _router().arun(SPEECH, model, given)


def transcription(
    model: str | None = None,
    file: Any = None,
    *,
    language: str | None = None,
    response_format: str | None = None,
    **params: Any,
) -> Transcription:
    """Speech to text in the OpenAI transcription shape (``text``; ``verbose_json`` adds
    ``language``, ``duration``, ``segments``, ``words``; ``usage`` where reported). ``file`` is
    bytes, a path or a binary file object (at most 25 MB).

    >>> llmrouter.transcription("openai/whisper-1", "meeting.mp3", language="en").text

    Also ``prompt``, ``temperature``, ``timestamp_granularities``, ``filename`` and the call options."""
    given = _given(params, file=file, language=language, response_format=response_format)
    return _router().run(TRANSCRIPTION, model, given)  # type: ignore[no-any-return]


async def atranscription(
    model: str | None = None,
    file: Any = None,
    *,
    language: str | None = None,
    response_format: str | None = None,
    **params: Any,
) -> Transcription:
    """The async twin of :func:`transcription`."""
    given = _given(params, file=file, language=language, response_format=response_format)
    return await _router().arun(TRANSCRIPTION, model, given)  # type: ignore[no-any-return]


def moderation(
    model: str | None = "openai/omni-moderation-latest",
    input: str | Sequence[str] | None = None,
    **params: Any,
) -> ModerationResponse:
    """Content moderation in the OpenAI shape: one result per input with ``flagged``,
    ``categories`` and ``category_scores``; ``reply.flagged`` is True when any input was flagged.

    >>> llmrouter.moderation(input="some text").results[0].categories"""
    return _router().run(MODERATION, model, _given(params, input=input))  # type: ignore[no-any-return]


async def amoderation(
    model: str | None = "openai/omni-moderation-latest",
    input: str | Sequence[str] | None = None,
    **params: Any,
) -> ModerationResponse:
    """The async twin of :func:`moderation`."""
    return await _router().arun(MODERATION, model, _given(params, input=input))  # type: ignore[no-any-return]
