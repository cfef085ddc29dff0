"""Mistral (``mistral/...``) through the official ``mistralai`` SDK.

The wire format is close to OpenAI's; what differs is translated in three pure modules and one
provider, none of which imports the SDK before the provider's first call:

* :mod:`.request`: our request as SDK keyword arguments (``seed`` -> ``random_seed``, ``required``
  -> ``any``, tool names on tool turns, thinking chunks sent back, ``extra_body`` checked).
* :mod:`.reply`: the one translator for stream chunks and whole replies (reasoning chunks, whole
  tool calls without ``index``, usage on the finishing chunk, cached tokens).
* :mod:`.errors`: Mistral's error dialects (and error objects inside a 200) as our typed errors.
* :mod:`.provider`: :class:`MistralProvider`; the SDK sends the request, the body is parsed once.
"""

from __future__ import annotations

from .errors import error_from_mistral
from .provider import MistralProvider
from .reply import _Translator, completion_from_reply, embedding_from_reply
from .request import build_chat_kwargs, build_messages

__all__ = [
    "MistralProvider",
    "_Translator",
    "build_chat_kwargs",
    "build_messages",
    "completion_from_reply",
    "embedding_from_reply",
    "error_from_mistral",
]
