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

One module per operation (:mod:`.images`, :mod:`.audio` for speech and transcription,
:mod:`.moderation`), the checks they share in :mod:`._checks`, and what each reply cost in
:mod:`.costs`; the reply types are in :mod:`llmrouter.media`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

from ..media import ImagesResponse, ModerationResponse, Transcription
from ..models import get_model_info, list_models, supports
from .audio import MAX_AUDIO_BYTES, MAX_SPEECH_CHARS, SPEECH, TRANSCRIPTION, audio_of
from .costs import image_cost
from .images import IMAGE_GENERATION
from .moderation import MODERATION

__all__ = [
    "IMAGE_GENERATION",
    "MAX_AUDIO_BYTES",
    "MAX_SPEECH_CHARS",
    "MODERATION",
    "SPEECH",
    "TRANSCRIPTION",
    "aimage_generation",
    "amoderation",
    "aspeech",
    "atranscription",
    "audio_of",
    "get_model_info",
    "image_cost",
    "image_generation",
    "list_models",
    "moderation",
    "speech",
    "supports",
    "transcription",
]


# --------------------------------------------------------------------------------------------
# Public functions (the default router; a Router runs the same operations with router.run)
# --------------------------------------------------------------------------------------------


def _router() -> Any:
    from .. import api

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
    """Text to speech: a :class:`~llmrouter.media.SpeechResponse` whose ``content`` is the audio.

    >>> audio = llmrouter.speech("openai/gpt-4o-mini-tts", "Hello!", voice="coral").content

    ``stream_to="out.mp3"`` writes the audio to the file chunk by chunk as it arrives (the reply
    then has ``path`` and ``bytes_written``); ``stream=True`` returns a
    :class:`~llmrouter.media.SpeechStream` yielding the chunks (``with`` it to close early). Also
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
    :class:`~llmrouter.media.AsyncSpeechStream` (``async for chunk in stream``)."""
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
