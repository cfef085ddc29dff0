"""The reply types of the other gateway operations, in the OpenAI response shapes: images
(:class:`ImagesResponse`), speech (:class:`SpeechResponse`, :class:`SpeechStream`),
transcription (:class:`Transcription`) and moderation (:class:`ModerationResponse`).

They live apart from :mod:`llmrouter.types` so that ``import llmrouter`` does not build their
pydantic classes: they load with the first of those calls (or the first
``llmrouter.types.ImagesResponse`` reference, which forwards here).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, PrivateAttr

from .types import _HasProvider, _Open, _optional

__all__ = [
    "AsyncSpeechStream",
    "Image",
    "ImageInputTokensDetails",
    "ImageOutputTokensDetails",
    "ImagesResponse",
    "ImagesUsage",
    "ModerationResponse",
    "ModerationResult",
    "SpeechResponse",
    "SpeechStream",
    "Transcription",
    "TranscriptionInputTokenDetails",
    "TranscriptionUsage",
]


class _Priced(_HasProvider):
    _cost_usd: float | None = PrivateAttr(default=None)

    @property
    def finish_reason(self) -> None:
        """These replies have no finish reason; ``None`` for code (loggers) written for chat."""
        return None

    @property
    def cost_usd(self) -> float | None:
        """Price of the call in USD where price data knows the model; ``None``, never 0, otherwise."""
        return self._cost_usd


class Image(_Open):
    """One generated image: ``b64_json`` or ``url``, and the prompt DALL-E 3 actually used."""

    b64_json: str | None = _optional()
    url: str | None = _optional()
    revised_prompt: str | None = _optional()

    def decode(self) -> bytes | None:
        """The image decoded from ``b64_json`` (``None`` for a URL reply)."""
        import base64

        return base64.b64decode(self.b64_json) if self.b64_json is not None else None


class ImageInputTokensDetails(_Open):
    text_tokens: int = 0
    image_tokens: int = 0


class ImageOutputTokensDetails(_Open):
    """How many output tokens were image and how many text (they have different rates)."""

    text_tokens: int = 0
    image_tokens: int = 0


class _ChatTerms(_Open):
    """Usage that also reads in chat terms (``prompt_tokens`` = input, ``completion_tokens`` =
    output; 0 where the vendor counted none, as whisper-1 bills seconds), so usage trackers and
    loggers written for chat take every operation."""

    input_tokens: int | None = None
    output_tokens: int | None = None

    @property
    def prompt_tokens(self) -> int:
        return self.input_tokens or 0

    @property
    def completion_tokens(self) -> int:
        return self.output_tokens or 0

    @property
    def cached_tokens(self) -> int | None:
        return None


class ImagesUsage(_ChatTerms):
    """gpt-image-1's token usage (Gemini image models report theirs in the same shape)."""

    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_tokens_details: ImageInputTokensDetails | None = _optional()
    output_tokens_details: ImageOutputTokensDetails | None = _optional()


class ImagesResponse(_Priced):
    """``POST /v1/images/generations``'s reply: ``created``, ``data[]``, ``usage`` when reported."""

    created: int
    data: list[Image]
    usage: ImagesUsage | None = _optional()

    @property
    def images(self) -> list[bytes]:
        """Every base64 image decoded (URL replies have none)."""
        return [raw for item in self.data if (raw := item.decode()) is not None]


class SpeechResponse(_Priced):
    """Text-to-speech audio: ``content`` holds the bytes, or, when it was streamed to a file,
    ``path`` names the file and ``content`` is empty; ``bytes_written`` counts either way."""

    content: bytes = b""
    content_type: str | None = None
    response_format: str | None = None
    path: str | None = None
    bytes_written: int = 0
    usage: Any = None

    def __bytes__(self) -> bytes:
        return self.content

    def write_to_file(self, path: str) -> None:
        from pathlib import Path

        Path(path).write_bytes(self.content)

    def __repr__(self) -> str:
        return (
            f"SpeechResponse(bytes_written={self.bytes_written}, content_type={self.content_type!r}, "
            f"path={self.path!r})"
        )


class TranscriptionInputTokenDetails(_Open):
    text_tokens: int = 0
    audio_tokens: int = 0


class TranscriptionUsage(_ChatTerms):
    """``{"type": "tokens", input_tokens, output_tokens, ...}`` (gpt-4o-transcribe) or
    ``{"type": "duration", "seconds": ...}`` (whisper-1)."""

    type: Literal["tokens", "duration"] | str = "tokens"
    input_tokens: int | None = _optional()
    output_tokens: int | None = _optional()
    total_tokens: int | None = _optional()
    input_token_details: TranscriptionInputTokenDetails | None = _optional()
    seconds: float | None = _optional()


class Transcription(_Priced):
    """``POST /v1/audio/transcriptions``'s reply. ``json`` and ``verbose_json`` keep every field
    the vendor sent (``language``, ``duration``, ``segments``, ``words``, ``logprobs``); ``text``,
    ``srt`` and ``vtt`` replies are plain text in ``text``."""

    text: str
    usage: TranscriptionUsage | None = _optional()


class ModerationResult(_Open):
    flagged: bool
    categories: dict[str, bool]
    category_scores: dict[str, float]
    category_applied_input_types: dict[str, list[str]] | None = _optional()

    @property
    def flagged_categories(self) -> list[str]:
        return [name for name, hit in self.categories.items() if hit]


class ModerationResponse(_Priced):
    """``POST /v1/moderations``'s reply: one result per input."""

    id: str
    model: str
    results: list[ModerationResult]
    usage: Any = Field(default=None, exclude=True)

    @property
    def flagged(self) -> bool:
        return any(result.flagged for result in self.results)


class _AudioChunks:
    """What both speech streams hold: the SDK's chunk iterator and what the call knows."""

    usage: Any = None
    finish_reason: None = None

    def __init__(self, chunks: Any, content_type: str | None, response_format: str | None) -> None:
        self._chunks = chunks
        self.content_type = content_type
        self.response_format = response_format or "mp3"
        self.bytes_read = 0
        self._provider: str | None = None
        self._cost_usd: float | None = None

    @property
    def provider(self) -> str | None:
        return self._provider

    @property
    def cost_usd(self) -> float | None:
        return self._cost_usd


class SpeechStream(_AudioChunks):
    """Speech audio as it arrives: iterate for ``bytes`` chunks (``with`` closes the HTTP
    response, also when you stop early), or ``write_to(path)``. The call's hooks have finished
    when you get it: the vendor answered; ``bytes_read`` counts what you read."""

    def __iter__(self) -> Any:
        for chunk in self._chunks:
            self.bytes_read += len(chunk)
            yield chunk

    def write_to(self, path: str) -> int:
        """Writes every remaining chunk to ``path``; returns the bytes written."""
        from pathlib import Path

        written = 0
        with self, Path(path).open("wb") as out:
            for chunk in self:
                out.write(chunk)
                written += len(chunk)
        return written

    def close(self) -> None:
        self._chunks.close()

    def __enter__(self) -> SpeechStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SpeechStream(content_type={self.content_type!r}, bytes_read={self.bytes_read})"


class AsyncSpeechStream(_AudioChunks):
    """The async twin of :class:`SpeechStream`: ``async for chunk in stream``, ``async with``."""

    async def __aiter__(self) -> Any:
        async for chunk in self._chunks:
            self.bytes_read += len(chunk)
            yield chunk

    async def write_to(self, path: str) -> int:
        from pathlib import Path

        written = 0
        async with self:
            with Path(path).open("wb") as out:
                async for chunk in self:
                    out.write(chunk)
                    written += len(chunk)
        return written

    async def aclose(self) -> None:
        await self._chunks.aclose()

    async def __aenter__(self) -> AsyncSpeechStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncSpeechStream(content_type={self.content_type!r}, bytes_read={self.bytes_read})"
