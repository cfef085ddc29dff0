"""OpenAI, and every OpenAI-compatible vendor, through the official ``openai`` SDK.

The request goes through the SDK (auth, headers, timeouts, URL building); the reply body is
parsed once, straight into our models, from the SDK's raw response. Parsing it into the SDK's
models first and converting would double the per-call and per-chunk cost for nothing, since our
types are the OpenAI wire shape already.

Layout: :mod:`.chat` (the chat request and reply translation, pure), :mod:`.endpoints` (images,
speech, transcription, moderation: pure translations and thin I/O shells), :mod:`.errors` (the
SDK's exceptions to ours) and :mod:`.provider` (the provider class). Importing this package does
not import the SDK.
"""

from __future__ import annotations

from .chat import build_chat_kwargs, parse_sse_line
from .endpoints import ENDPOINT_VENDORS
from .provider import OpenAIProvider

__all__ = ["ENDPOINT_VENDORS", "OpenAIProvider", "build_chat_kwargs", "parse_sse_line"]
