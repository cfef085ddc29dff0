"""The ``vertex_ai`` provider: Gemini and Imagen on Vertex AI through google-genai in Vertex mode.

Everything but the client is the ``google`` provider's: the same request building, the same
translator, the same error mapping. What differs is who the client talks to and as whom:

* **Project mode** (Application Default Credentials): ``vertex_project=`` / ``vertex_location=``
  (call options or Router defaults), else ``GOOGLE_CLOUD_PROJECT`` / ``GOOGLE_CLOUD_LOCATION``,
  the variables the SDK itself reads. The SDK then calls
  ``https://{location}-aiplatform.googleapis.com/v1beta1/projects/{project}/locations/{location}/
  publishers/google/models/{model}:generateContent`` (``aiplatform.googleapis.com`` for
  ``global``) with ``Authorization: Bearer <token>``. Credentials are loaded once, as the SDK
  loads them (``google.auth.default`` with the cloud-platform scope), when the first client is
  made; none found is an :class:`AuthenticationError` naming the fix, never an SDK traceback.
  A location is required: Imagen is not served on ``global``, so no region is guessed.
* **Express mode** (an API key, no project): ``api_key=`` or ``GOOGLE_API_KEY``; the SDK calls
  ``https://aiplatform.googleapis.com/v1beta1/publishers/google/models/{model}:...`` with the key
  in ``x-goog-api-key``.

Precedence is the SDK's: what the call gives beats the environment, and in the environment a
project beats a key. A call giving both ``api_key`` and ``vertex_project`` is refused (which one
was meant is unknowable), and so is ``vertex_location`` with a key and no project (express mode
has one endpoint). The API version is ``v1beta1``, the SDK's Vertex default, which serves every
field the shared request builder sends (``responseJsonSchema``, ``parametersJsonSchema``,
``thinkingConfig``). Clients are cached per (key or project, location, base URL, timeout) and,
async, per event loop; nothing is built per call.
"""

from __future__ import annotations

import os
import threading
from typing import Any, NamedTuple

from ...errors import (
    APIConnectionError,
    AuthenticationError,
    InvalidRequestError,
    LLMRouterError,
    register_secret,
)
from ...request import ChatRequest, EmbeddingRequest, ImageRequest, Request
from ...types import ImagesResponse
from .images import imagen_call, imagen_images_of
from .provider import GoogleProvider

_SCOPES = ("https://www.googleapis.com/auth/cloud-platform",)
_HOW = (
    "pass vertex_project= and vertex_location= (or set GOOGLE_CLOUD_PROJECT and "
    "GOOGLE_CLOUD_LOCATION) with Application Default Credentials (`gcloud auth "
    "application-default login`, or GOOGLE_APPLICATION_CREDENTIALS=<service account file>), "
    "or pass api_key= / set GOOGLE_API_KEY for Vertex AI express mode"
)


class VertexTarget(NamedTuple):
    """What a cached client is made for. ``api_key`` is set in express mode only."""

    api_key: str | None
    project: str | None
    location: str | None
    base_url: str | None
    timeout: float | None


def vertex_target(request: Request, provider: str, timeout: float | None) -> VertexTarget:
    """Which Vertex endpoint and identity a call uses (see module docs); what cannot work is a
    typed error before any I/O."""
    key, project, location = request.api_key, request.vertex_project, request.vertex_location
    if key and project:
        raise InvalidRequestError(
            "vertex_ai takes api_key= (express mode) or vertex_project= (Application Default "
            "Credentials), not both",
            param="api_key",
            provider=provider,
            model=request.model,
        )
    if not key and not project:
        project = os.environ.get("GOOGLE_CLOUD_PROJECT") or None
        key = None if project else os.environ.get("GOOGLE_API_KEY") or None
    if project:
        location = location or os.environ.get("GOOGLE_CLOUD_LOCATION") or None
        if not location:
            raise InvalidRequestError(
                f"vertex_ai needs a region for project {project!r}: pass vertex_location= "
                "('us-central1', 'europe-west4', 'global'...) or set GOOGLE_CLOUD_LOCATION",
                param="vertex_location",
                provider=provider,
                model=request.model,
            )
        return VertexTarget(None, project, location, request.api_base, timeout)
    if key:
        if location:
            raise InvalidRequestError(
                "vertex_location needs vertex_project: express mode (an API key) has one endpoint",
                param="vertex_location",
                provider=provider,
                model=request.model,
            )
        register_secret(key)
        return VertexTarget(key, None, None, request.api_base, timeout)
    raise AuthenticationError(
        f"no Vertex AI project or API key for {request.model!r}: {_HOW}",
        provider=provider,
        model=request.model,
    )


class VertexProvider(GoogleProvider):
    """The ``vertex_ai`` provider: the google provider with a Vertex AI client."""

    name = "vertex_ai"
    env_keys = ("GOOGLE_API_KEY",)
    requires_key = False
    sdk_base_url = "https://aiplatform.googleapis.com"
    api_version = "v1beta1"

    def __init__(self) -> None:
        super().__init__()
        self._adc: Any = None
        self._adc_lock = threading.Lock()

    # -- clients -------------------------------------------------------------------------

    def target(self, request: ChatRequest | EmbeddingRequest | ImageRequest) -> VertexTarget:
        return vertex_target(request, self.name, None if self.timeout_per_request else request.timeout)

    def client(self, request: ChatRequest | EmbeddingRequest) -> Any:
        target = self.target(request)
        client = self._clients.get(target)
        if client is None:
            client = self._clients[target] = self.create_vertex_client(target, request.model)
        return client

    def async_client(self, request: ChatRequest | EmbeddingRequest) -> Any:
        target = self.target(request)
        return self._async_clients.get(target, lambda: self.create_vertex_client(target, request.model))

    def create_vertex_client(self, target: VertexTarget, model: str) -> Any:
        genai = self.import_sdk()
        options = self.http_options(target.base_url, target.timeout)
        if target.api_key is not None:
            return genai.Client(vertexai=True, api_key=target.api_key, http_options=options)
        return genai.Client(
            vertexai=True,
            project=target.project,
            location=target.location,
            credentials=self.credentials(model),
            http_options=options,
        )

    def credentials(self, model: str) -> Any:
        """Application Default Credentials, loaded once (as the SDK loads them); none found is
        an :class:`AuthenticationError` saying how to provide them."""
        with self._adc_lock:
            if self._adc is None:
                auth = self.import_sdk("google.auth")
                auth_errors = self.import_sdk("google.auth.exceptions")
                try:
                    self._adc, _ = auth.default(scopes=list(_SCOPES))
                except auth_errors.DefaultCredentialsError as exc:
                    raise AuthenticationError(
                        f"no Application Default Credentials for Vertex AI ({exc}): {_HOW}",
                        provider=self.name,
                        model=model,
                    ) from None
            return self._adc

    # -- image generation: Imagen here, Gemini image models as on the Gemini API -----------

    def generate_image(self, request: ImageRequest) -> ImagesResponse:
        if not request.model.startswith("imagen-"):
            return super().generate_image(request)
        kwargs = imagen_call(request, self.name)
        reply = self.client(request).models.generate_images(**kwargs)  # type: ignore[arg-type]
        return imagen_images_of(reply, request, self.name)

    async def agenerate_image(self, request: ImageRequest) -> ImagesResponse:
        if not request.model.startswith("imagen-"):
            return await super().agenerate_image(request)
        kwargs = imagen_call(request, self.name)
        reply = await self.async_client(request).aio.models.generate_images(**kwargs)  # type: ignore[arg-type]
        return imagen_images_of(reply, request, self.name)

    # -- errors --------------------------------------------------------------------------

    def translate_error(self, error: Exception, request: ChatRequest | EmbeddingRequest) -> LLMRouterError:
        auth_errors = self.loaded_sdk("google.auth.exceptions")
        if auth_errors is not None and isinstance(
            error, (auth_errors.RefreshError, auth_errors.DefaultCredentialsError)
        ):
            # A token refresh the credentials could not make (revoked, expired, wrong scope).
            return AuthenticationError(
                f"Vertex AI credentials were refused: {type(error).__name__}: {error}",
                provider=self.name,
                model=request.model,
            )
        if auth_errors is not None and isinstance(error, auth_errors.TransportError):
            # The token endpoint (or the metadata server) could not be reached: retryable.
            return APIConnectionError(
                f"fetching a Vertex AI access token failed: {error}", provider=self.name, model=request.model
            )
        return super().translate_error(error, request)
