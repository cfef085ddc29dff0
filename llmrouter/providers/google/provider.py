"""The ``google`` provider class: clients and SDK calls. What each call sends and what its reply
means live in :mod:`.request`, :mod:`.reply`, :mod:`.images` and :mod:`.errors`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

from ...errors import LLMRouterError, is_undecodable_body
from ...fetch import afetch_images, fetch_images
from ...request import CHAT_PARAMS, ChatRequest, EmbeddingRequest, ImageRequest
from ...types import ChatCompletion, ChatCompletionChunk, EmbeddingResponse, ImagesResponse
from ..base import BaseProvider, Capabilities
from . import request as _request
from .errors import api_error, schema_error
from .images import image_call, images_of
from .reply import Translator, embedding_response
from .request import build_config, build_contents, embed_args, image_urls

_ENV_KEYS: tuple[str, ...] = ("GEMINI_API_KEY", "GOOGLE_API_KEY")

_PARAMS = CHAT_PARAMS - frozenset({"logprobs", "metadata", "parallel_tool_calls", "top_logprobs", "user"})


class GoogleProvider(BaseProvider):
    """The ``google`` provider (``gemini/`` is a synonym prefix): Gemini Developer API."""

    name = "google"
    env_keys = _ENV_KEYS
    sdk_module, sdk_package, sdk_extra = "google.genai", "google-genai", "google"
    sdk_base_url = "https://generativelanguage.googleapis.com"
    capabilities = Capabilities(params=_PARAMS, embeddings=True)

    api_version = "v1beta"
    """The API version the client is pinned to (see the package docs)."""

    timeout_per_request = True  # each call's config carries the attempt's timeout (http_options)

    def http_options(self, base_url: str | None, timeout: float | None) -> Any:
        """The SDK's ``HttpOptions``: our API version, no SDK retries (the router retries), the
        timeout in the milliseconds the SDK counts in, and the caller's base URL."""
        types = self.import_sdk("google.genai.types")
        return types.HttpOptions(
            api_version=self.api_version,
            retry_options=types.HttpRetryOptions(attempts=1),
            timeout=int(timeout * 1000) if timeout is not None else None,
            base_url=base_url,
        )

    def create_client(
        self, api_key: str | None, base_url: str | None, timeout: float | None, is_async: bool
    ) -> Any:
        genai = self.import_sdk()
        # One client per key and event loop (BaseProvider caches them); async calls use its
        # ``.aio`` side, whose HTTP pool then never outlives its loop.
        return genai.Client(
            api_key=api_key, vertexai=False, http_options=self.http_options(base_url, timeout)
        )

    # -- chat ----------------------------------------------------------------------------

    def _call_args(self, request: ChatRequest, images: Mapping[str, tuple[bytes, str]]) -> dict[str, Any]:
        system, contents = build_contents(request.messages, images)
        return {"model": request.model, "contents": contents, "config": build_config(request, system)}

    def _images(self, request: ChatRequest) -> Mapping[str, tuple[bytes, str]]:
        urls = image_urls(request.messages)
        return fetch_images(request, urls, max_bytes=_request.MAX_IMAGE_BYTES) if urls else {}

    async def _aimages(self, request: ChatRequest) -> Mapping[str, tuple[bytes, str]]:
        urls = image_urls(request.messages)
        return await afetch_images(request, urls, max_bytes=_request.MAX_IMAGE_BYTES) if urls else {}

    def _reply(self, request: ChatRequest, response: Any) -> ChatCompletion:
        if not getattr(response, "candidates", None) and getattr(response, "prompt_feedback", None) is None:
            raise self.invalid_response(request, "the body has neither candidates nor promptFeedback")
        return Translator(request.model).completion(response)

    def _end(self, request: ChatRequest, translator: Translator) -> list[ChatCompletionChunk]:
        if not translator.recognised:  # whatever the body was, it was not a Gemini stream
            raise self.invalid_response(request, "no Gemini stream event in the body")
        why = translator.unfinished()
        if why is not None:
            raise self.stream_incomplete(request, why)
        return translator.end()

    def complete(self, request: ChatRequest) -> ChatCompletion:
        client = self.client(request)
        response = client.models.generate_content(**self._call_args(request, self._images(request)))
        return self._reply(request, response)

    async def acomplete(self, request: ChatRequest) -> ChatCompletion:
        client = self.async_client(request)
        images = await self._aimages(request)
        response = await client.aio.models.generate_content(**self._call_args(request, images))
        return self._reply(request, response)

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]:
        client = self.client(request)
        translator = Translator(request.model)
        source = client.models.generate_content_stream(**self._call_args(request, self._images(request)))
        try:
            for response in source:
                yield from translator.chunks(response)
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()  # closes the HTTP response when the caller stops early
        yield from self._end(request, translator)

    async def astream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        client = self.async_client(request)
        images = await self._aimages(request)
        translator = Translator(request.model)
        source = await client.aio.models.generate_content_stream(**self._call_args(request, images))
        try:
            async for response in source:
                for chunk in translator.chunks(response):
                    yield chunk
        finally:
            close = getattr(source, "aclose", None)
            if close is not None:
                await close()
        for chunk in self._end(request, translator):
            yield chunk

    # -- embeddings ----------------------------------------------------------------------

    def embed(self, request: EmbeddingRequest) -> EmbeddingResponse:
        reply = self.client(request).models.embed_content(**embed_args(request, self.name))
        return embedding_response(reply, request.model)

    async def aembed(self, request: EmbeddingRequest) -> EmbeddingResponse:
        reply = await self.async_client(request).aio.models.embed_content(**embed_args(request, self.name))
        return embedding_response(reply, request.model)

    # -- image generation (Gemini image models; Imagen on Vertex only, see .images) ------

    def generate_image(self, request: ImageRequest) -> ImagesResponse:
        kwargs = image_call(request, self.name)
        reply = self.client(request).models.generate_content(**kwargs)  # type: ignore[arg-type]
        return images_of(reply, request, self.name)

    async def agenerate_image(self, request: ImageRequest) -> ImagesResponse:
        kwargs = image_call(request, self.name)
        reply = await self.async_client(request).aio.models.generate_content(**kwargs)  # type: ignore[arg-type]
        return images_of(reply, request, self.name)

    # -- errors --------------------------------------------------------------------------

    def translate_error(self, error: Exception, request: ChatRequest | EmbeddingRequest) -> LLMRouterError:
        if is_undecodable_body(error):
            return super().translate_error(error, request)
        genai_errors = self.loaded_sdk("google.genai.errors")
        if genai_errors is not None and isinstance(error, genai_errors.APIError):
            return api_error(error, self.name, request.model)
        pydantic = self.loaded_sdk("pydantic")
        if pydantic is not None and isinstance(error, pydantic.ValidationError):
            return schema_error(error, self.name, request.model)
        return super().translate_error(error, request)
