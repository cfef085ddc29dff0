"""Cohere (``cohere/...``) through the official ``cohere`` SDK's v2 client.

Three pure modules and one provider, none of which imports the SDK before the provider's first
call:

* :mod:`.request`: our request as ``ClientV2.chat`` keyword arguments (one leading system message,
  ``top_p`` -> ``p``, stop sequences, tool choice emulation, ``reasoning_effort`` -> ``thinking``).
* :mod:`.reply`: one set of helpers for whole replies and stream events (text, thinking,
  ``tool_plan``, tool calls, finish reasons, usage with ``billed_units``).
* :mod:`.errors`: the SDK's ``ApiError`` as our typed errors.
* :mod:`.provider`: :class:`CohereProvider`; the SDK sends the request, the body is parsed once.
"""

from __future__ import annotations

from .provider import CohereProvider
from .reply import _completion, _finish_reason
from .request import build_chat_kwargs, build_embed_kwargs

__all__ = ["CohereProvider", "_completion", "_finish_reason", "build_chat_kwargs", "build_embed_kwargs"]
