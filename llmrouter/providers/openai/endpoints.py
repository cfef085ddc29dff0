"""Images, speech, transcription and moderation through the ``openai`` SDK.

Each operation is data (:class:`Endpoint`): where its SDK method sits on the client, a pure
translation of our request into that method's keyword arguments, and a pure translation of the
HTTP reply into our type (parsed once from the raw body, as chat replies are). One sync and one
async shell (:meth:`OpenAIEndpoints._call`, :meth:`OpenAIEndpoints._acall`) do the I/O for all
four; streamed speech keeps the HTTP response open while the caller reads it.

Each operation is offered only by the vendors in :data:`ENDPOINT_VENDORS`: for the others the
method attribute is ``None``, so the pipeline refuses the call before any I/O (typed, code
``unsupported_operation``), on a fallback too.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import aclosing, closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ... import types as _t
from ...errors import LLMRouterError, ProviderError
from ...request import ImageRequest, ModerationRequest, Request, SpeechRequest, TranscriptionRequest
from ..base import BaseProvider

__all__ = [
    "ENDPOINT_VENDORS",
    "Endpoint",
    "OpenAIEndpoints",
    "image_kwargs",
    "moderation_kwargs",
    "speech_kwargs",
    "transcription_kwargs",
]

#: Which vendors served by the openai provider offer each operation besides chat and
#: embeddings; the others refuse it before any I/O (their method attribute is ``None``). Groq's
#: transcriptions or xAI's images are one entry away, once a cassette shows their wire format.
ENDPOINT_VENDORS: dict[str, frozenset[str]] = {
    "image_generation": frozenset({"openai", "openai_compatible"}),
    "speech": frozenset({"openai", "openai_compatible"}),
    "transcription": frozenset({"openai", "openai_compatible"}),
    "moderation": frozenset({"openai", "openai_compatible"}),
}

_Model = TypeVar("_Model", bound=BaseModel)


# --------------------------------------------------------------------------------------------
# Requests to keyword arguments (pure)
# --------------------------------------------------------------------------------------------


def _with_options(request: Request, kwargs: dict[str, Any], optional: tuple[str, ...]) -> dict[str, Any]:
    """``kwargs`` plus the request's optional fields that are set, and its transport extras."""
    for name in optional:
        value = getattr(request, name)
        if value is not None:
            kwargs[name] = value
    if request.extra_headers:
        kwargs["extra_headers"] = request.extra_headers
    if request.extra_body:
        kwargs["extra_body"] = request.extra_body
    return kwargs


def image_kwargs(request: ImageRequest) -> dict[str, Any]:
    """The keyword arguments for ``client.images.generate``."""
    kwargs: dict[str, Any] = {"model": request.model, "prompt": request.prompt}
    if request.user_id is not None:
        kwargs["user"] = request.user_id
    optional = ("n", "size", "quality", "response_format", "style", "background", "output_format")
    return _with_options(request, kwargs, optional)


def speech_kwargs(request: SpeechRequest) -> dict[str, Any]:
    """The keyword arguments for ``client.audio.speech.create``."""
    kwargs: dict[str, Any] = {"model": request.model, "input": request.input, "voice": request.voice}
    return _with_options(request, kwargs, ("response_format", "speed", "instructions"))


def transcription_kwargs(request: TranscriptionRequest) -> dict[str, Any]:
    """The keyword arguments for ``client.audio.transcriptions.create`` (multipart upload)."""
    kwargs: dict[str, Any] = {"model": request.model, "file": (request.filename, request.file)}
    optional = ("language", "prompt", "response_format", "temperature", "timestamp_granularities")
    return _with_options(request, kwargs, optional)


def moderation_kwargs(request: ModerationRequest) -> dict[str, Any]:
    """The keyword arguments for ``client.moderations.create``."""
    return _with_options(request, {"model": request.model, "input": request.input}, ())


# --------------------------------------------------------------------------------------------
# HTTP replies to our types (pure)
# --------------------------------------------------------------------------------------------


def _parsed(model: type[_Model], body: bytes, what: str) -> _Model:
    try:
        return model.model_validate_json(body)
    except ValidationError as exc:
        raise ProviderError(
            f"the vendor sent a reply that is not {what}: {exc}", status=502, code="invalid_response"
        ) from exc


def images_reply(response: Any, request: ImageRequest) -> _t.ImagesResponse:
    return _parsed(_t.ImagesResponse, response.content, "an images response")


def speech_reply(response: Any, request: SpeechRequest) -> _t.SpeechResponse:
    content: bytes = response.content
    return _t.SpeechResponse(
        content=content,
        content_type=response.headers.get("content-type"),
        response_format=request.response_format or "mp3",
        bytes_written=len(content),
    )


def transcription_reply(response: Any, request: TranscriptionRequest) -> _t.Transcription:
    if request.response_format in ("text", "srt", "vtt"):
        return _t.Transcription(text=response.content.decode("utf-8"))
    return _parsed(_t.Transcription, response.content, "a transcription")


def moderation_reply(response: Any, request: ModerationRequest) -> _t.ModerationResponse:
    return _parsed(_t.ModerationResponse, response.content, "a moderation")


def with_timeout(kwargs: dict[str, Any], request: Any) -> dict[str, Any]:
    """The SDK's per-request ``timeout=``: the attempt's timeout, which the router may have cut to
    the time left before the call's deadline (the client itself carries none)."""
    if request.timeout is not None:
        kwargs["timeout"] = request.timeout
    return kwargs


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One operation as data: the SDK resource and method, and its two pure translations."""

    operation: str
    resource: tuple[str, ...]
    """Attributes from the client to the SDK resource, e.g. ``("audio", "speech")``."""
    method: str
    kwargs: Callable[[Any], dict[str, Any]]
    reply: Callable[[Any, Any], Any]
    """(the SDK's ``httpx`` response, with its body read; our request) -> our reply."""

    def _resource(self, client: Any) -> Any:
        for name in self.resource:
            client = getattr(client, name)
        return client

    def raw(self, client: Any) -> Callable[..., Any]:
        """The SDK method that returns the HTTP response instead of the SDK's parsed model."""
        return getattr(self._resource(client).with_raw_response, self.method)  # type: ignore[no-any-return]

    def streaming(self, client: Any) -> Callable[..., Any]:
        """The SDK method that returns the HTTP response unread, as a context manager."""
        return getattr(self._resource(client).with_streaming_response, self.method)  # type: ignore[no-any-return]


IMAGES = Endpoint("image_generation", ("images",), "generate", image_kwargs, images_reply)
SPEECH = Endpoint("speech", ("audio", "speech"), "create", speech_kwargs, speech_reply)
TRANSCRIPTION = Endpoint(
    "transcription", ("audio", "transcriptions"), "create", transcription_kwargs, transcription_reply
)
MODERATION = Endpoint("moderation", ("moderations",), "create", moderation_kwargs, moderation_reply)


# --------------------------------------------------------------------------------------------
# The provider methods: thin I/O shells
# --------------------------------------------------------------------------------------------


class _Offered:
    """A provider method bound to one endpoint and one shell, or ``None`` on a vendor that does
    not offer the endpoint (so the pipeline refuses the call before any I/O)."""

    def __init__(self, endpoint: Endpoint, shell: str) -> None:
        self.endpoint, self.shell = endpoint, shell

    def __get__(self, provider: BaseProvider | None, owner: type | None = None) -> Any:
        if provider is None:
            return self
        if provider.name not in ENDPOINT_VENDORS.get(self.endpoint.operation, ()):
            return None
        return functools.partial(getattr(provider, self.shell), self.endpoint)


class OpenAIEndpoints(BaseProvider):
    """The endpoint methods of the openai provider (``generate_image``, ``speech``,
    ``transcribe``, ``moderate`` and their async twins), ``None`` where the vendor lacks one."""

    timeout_per_request = True  # every SDK call is given the attempt's ``timeout=``

    @staticmethod
    def _endpoint_kwargs(endpoint: Endpoint, request: Any) -> dict[str, Any]:
        return with_timeout(endpoint.kwargs(request), request)

    def _call(self, endpoint: Endpoint, request: Any) -> Any:
        raw = endpoint.raw(self.client(request))(**self._endpoint_kwargs(endpoint, request))
        return endpoint.reply(raw.http_response, request)

    async def _acall(self, endpoint: Endpoint, request: Any) -> Any:
        raw = await endpoint.raw(self.async_client(request))(**self._endpoint_kwargs(endpoint, request))
        return endpoint.reply(raw.http_response, request)

    def _speech(self, endpoint: Endpoint, request: Any) -> Any:
        if request.stream_to is None and not request.stream:
            return self._call(endpoint, request)
        manager = endpoint.streaming(self.client(request))(**self._endpoint_kwargs(endpoint, request))
        response = manager.__enter__()  # the status is known here: errors raise inside the attempt
        audio = _SyncAudio(manager, response, self, request)
        if request.stream:
            return _t.SpeechStream(audio, audio.content_type, request.response_format)
        return audio.write()

    async def _aspeech(self, endpoint: Endpoint, request: Any) -> Any:
        if request.stream_to is None and not request.stream:
            return await self._acall(endpoint, request)
        manager = endpoint.streaming(self.async_client(request))(**self._endpoint_kwargs(endpoint, request))
        audio = _AsyncAudio(manager, await manager.__aenter__(), self, request)
        if request.stream:
            return _t.AsyncSpeechStream(audio, audio.content_type, request.response_format)
        return await audio.write()

    generate_image = _Offered(IMAGES, "_call")
    agenerate_image = _Offered(IMAGES, "_acall")
    speech = _Offered(SPEECH, "_speech")
    aspeech = _Offered(SPEECH, "_aspeech")
    transcribe = _Offered(TRANSCRIPTION, "_call")
    atranscribe = _Offered(TRANSCRIPTION, "_acall")
    moderate = _Offered(MODERATION, "_call")
    amoderate = _Offered(MODERATION, "_acall")


# --------------------------------------------------------------------------------------------
# Streamed speech: the HTTP response stays open while the caller reads chunks
# --------------------------------------------------------------------------------------------


class _AudioFile:
    """Where streamed speech is written (``request.stream_to``): a failed write or read leaves no
    partial file behind."""

    def __init__(self, request: SpeechRequest) -> None:
        self.path = Path(str(request.stream_to))
        self.response_format = request.response_format or "mp3"
        self.written = 0

    def __enter__(self) -> _AudioFile:
        self._out = self.path.open("wb")
        return self

    def write(self, chunk: bytes) -> None:
        self._out.write(chunk)
        self.written += len(chunk)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._out.close()
        if kind is not None:
            self.path.unlink(missing_ok=True)

    def reply(self, content_type: str | None) -> _t.SpeechResponse:
        return _t.SpeechResponse(
            content_type=content_type,
            response_format=self.response_format,
            path=str(self.path),
            bytes_written=self.written,
        )


class _Audio:
    """What both audio readers share: the open response and how a read failure is reported."""

    def __init__(self, manager: Any, response: Any, provider: BaseProvider, request: Any) -> None:
        self._manager, self._provider, self._request = manager, provider, request
        self._chunks = response.iter_bytes(request.chunk_size)
        self.content_type: str | None = response.headers.get("content-type")
        self._closed = False

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """A failure while reading, as llmrouter's error."""
        try:
            yield
        except LLMRouterError:
            raise
        except Exception as exc:
            raise self._provider.translate_error(exc, self._request) from exc

    def _closing(self) -> bool:
        """Whether this call is the one that closes the response."""
        closing_now, self._closed = not self._closed, True
        return closing_now


class _SyncAudio(_Audio):
    """Audio chunks from an open streaming response; closing it closes the response."""

    def __iter__(self) -> Iterator[bytes]:
        with closing(self), self._translated():
            yield from filter(None, self._chunks)

    def close(self) -> None:
        if self._closing():
            self._manager.__exit__(None, None, None)

    def write(self) -> _t.SpeechResponse:
        """Streams the audio into ``request.stream_to``."""
        with closing(self), _AudioFile(self._request) as out:
            for chunk in self:
                out.write(chunk)
        return out.reply(self.content_type)


class _AsyncAudio(_Audio):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        async with aclosing(self):
            with self._translated():
                async for chunk in self._chunks:
                    if chunk:
                        yield chunk

    async def aclose(self) -> None:
        if self._closing():
            await self._manager.__aexit__(None, None, None)

    async def write(self) -> _t.SpeechResponse:
        async with aclosing(self):
            with _AudioFile(self._request) as out:
                async for chunk in self:
                    out.write(chunk)
        return out.reply(self.content_type)
