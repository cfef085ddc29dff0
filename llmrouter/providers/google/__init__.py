"""Google Gemini (the Gemini Developer API) through the official ``google-genai`` SDK, and
Vertex AI (``vertex_ai/``: Gemini and Imagen) through the same code in the SDK's Vertex mode.

Translation only: a :class:`ChatRequest` becomes ``client.models.generate_content(...)`` (or
``generate_content_stream``), the SDK's ``GenerateContentResponse`` becomes our chunk sequence,
and SDK exceptions become :mod:`llmrouter.errors`.

Choices made here, and why:

* **API version ``v1beta``.** System instructions, thinking (``thinkingConfig``, thought parts and
  signatures), ``responseJsonSchema`` and ``parametersJsonSchema`` are served on ``v1beta``, while
  google-genai defaults to ``v1`` for the Developer API. The client is built with
  ``HttpOptions(api_version="v1beta")`` so the SDK calls
  ``/v1beta/models/<model>:generateContent``, ``:streamGenerateContent?alt=sse`` and
  ``:batchEmbedContents``. ``HttpOptions.timeout`` is in *milliseconds*; the request's timeout
  (seconds) is converted. The SDK's own retries are off (``HttpRetryOptions(attempts=1)``): the
  router retries. The key goes in the ``x-goog-api-key`` header (the SDK's default), never the URL.
* **One translator.** Every vendor reply, streamed or not, is read by :class:`~.reply.Translator`
  (parts, finish reasons, usage, ids, signatures, once): a stream event becomes
  ``chat.completion.chunk`` objects, a whole reply becomes the ``ChatCompletion`` that the stream
  assembler would make of its chunks, built directly (no chunks on the hot path);
  :func:`~.reply.assemble` is that reference, and the tests hold every cassette to it.
* **Tool-call ids.** Gemini function calls usually carry no id; we synthesise
  ``call_<24 hex of sha256(name, compact JSON args, position)>``, deterministic. Synthetic ids
  are never sent back to Gemini (it does not know them); an id Gemini gave is sent back on the
  ``functionCall`` and the matching ``functionResponse``.
* **Thought signatures.** Gemini attaches an opaque ``thoughtSignature`` to parts of a thinking
  model's reply (function-call parts must get theirs back on the next turn). Each signature is
  kept as a :class:`~llmrouter.types.ThinkingBlock` ``(type="thinking", signature=<base64>)`` in
  ``message.thinking_blocks`` with an extra field ``gemini_part`` naming the part it belongs to:
  ``"function_call"`` (plus ``tool_call_id``), ``"text"``, or ``"thought"`` (plus the thought
  text in ``thinking``). ``ChatCompletionMessage.to_message()`` keeps them, and the next request
  puts every signature back on the part it came from. Thought text (``reasoning_content``) is not
  sent back unless it was signed.
* **Images.** ``data:`` URLs become ``inline_data``. Gemini cannot fetch arbitrary http(s) URLs,
  so they are downloaded by :mod:`llmrouter.fetch` (the one bounded fetcher: shared client, no
  private addresses, redirects re-checked, once per call; sync in sync calls and async in async
  calls, capped at :data:`MAX_IMAGE_BYTES`) and inlined; a failed download is an
  ``InvalidRequestError``.
* **Usage** in OpenAI terms: ``prompt = promptTokenCount (+ toolUsePromptTokenCount)``, which
  already includes ``cachedContentTokenCount``; ``completion = candidatesTokenCount +
  thoughtsTokenCount``; ``cached = cachedContentTokenCount``; ``reasoning = thoughtsTokenCount``.
* **Errors.** Gemini answers a bad key with ``400 INVALID_ARGUMENT "API key not valid"``; that is
  an :class:`AuthenticationError` (status 401, the vendor's status in ``details``). A 429's
  ``RetryInfo.retryDelay`` in the body sets ``retry_after`` when no header does.
* **Embedding usage.** ``:batchEmbedContents`` reports no tokens on the Gemini API, so usage is
  ``None`` there; token counts the SDK does carry (``usage_metadata``, Vertex's per-embedding
  ``statistics.token_count``) become usage, never a guess.

Layout: :mod:`.request` (messages and parameters to ``contents``/config dicts), :mod:`.reply`
(the one translator, usage, embeddings), :mod:`.errors`, :mod:`.images` (Gemini image models
and Imagen), :mod:`.provider` (the class: clients and SDK calls) and :mod:`.vertex` (the
``vertex_ai`` provider: only its clients differ). This package imports no SDK: ``google.genai``
loads when the first client is made.
"""

from __future__ import annotations

from .provider import GoogleProvider
from .reply import assemble, finish_reason, synthetic_tool_call_id, usage_of
from .request import MAX_IMAGE_BYTES, build_config, build_contents, image_urls

__all__ = [
    "MAX_IMAGE_BYTES",
    "GoogleProvider",
    "assemble",
    "build_config",
    "build_contents",
    "finish_reason",
    "image_urls",
    "synthetic_tool_call_id",
    "usage_of",
]
