"""Speech (text to speech) and transcription (speech to text): the requests checked against
OpenAI's documented limits (4,096 characters of speech input, 25 MB of audio, which models take
``instructions`` or which transcription formats) before any I/O."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..calls import Operation
from ..errors import InvalidRequestError
from ..models import ModelInfo
from ..request import SpeechRequest, TranscriptionRequest
from ._checks import SHARED, _check_mode, _choice, _int, _leftover, _number, _refuse, _text, _user
from .costs import finish_speech, finish_transcription

__all__ = ["MAX_AUDIO_BYTES", "MAX_SPEECH_CHARS", "SPEECH", "TRANSCRIPTION", "audio_of"]

#: OpenAI's limits: 4,096 characters of speech input, 25 MB of audio to transcribe.
MAX_SPEECH_CHARS = 4096
MAX_AUDIO_BYTES = 25 * 1024 * 1024


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


SPEECH = Operation(
    name="speech",
    method="speech",
    amethod="aspeech",
    params=SPEECH_PARAMS | SHARED,
    build=_speech_request,
    finish=finish_speech,
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
    params=TRANSCRIPTION_PARAMS | SHARED,
    build=_transcription_request,
    finish=finish_transcription,
    noun="transcription",
)
