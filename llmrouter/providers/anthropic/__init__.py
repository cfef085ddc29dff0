"""Anthropic (Claude) through the official ``anthropic`` SDK and the Messages API.

One translator: a streamed reply is a sequence of Anthropic stream events, and a non-streamed
reply is turned into the same event sequence (:func:`events_of_message`); :class:`EventTranslator`
is the only code that says what those events mean (text, thinking, tool calls, stop reason,
usage), and :class:`~llmrouter.streaming.StreamAssembler` builds the non-streamed reply from its
chunks. A streamed and a non-streamed call therefore cannot disagree.

Request mapping (decisions documented here, asserted by the tests):

* ``system`` and ``developer`` messages, wherever they occur, become the top-level ``system``
  parameter as text blocks, in order. Anthropic has no ``name`` slot: message names are dropped.
* Consecutive turns of the same Anthropic role are merged (the API wants alternation); ``tool``
  messages become ``tool_result`` blocks of a user turn, so the results of parallel calls travel
  in ONE user turn. Empty text parts are left out (the API refuses empty text blocks).
* Images: ``data:<type>;base64,...`` URLs become base64 source blocks (``application/pdf``
  becomes a ``document`` block), ``http(s)`` URLs become ``{"type": "url"}`` source blocks.
  Extra fields on a part (e.g. ``cache_control``) are passed through.
* ``max_tokens`` is mandatory for Anthropic: the default is the model's catalog max output
  (:mod:`llmrouter.models`), or :data:`DEFAULT_MAX_TOKENS` when the catalog does not know the
  model; with thinking on and no ``max_tokens`` given, the thinking budget is added on top.
  Non-streamed calls pass an explicit timeout (the request's, else :data:`DEFAULT_TIMEOUT`) so the
  SDK does not refuse a large ``max_tokens`` client-side; stream long generations.
* ``temperature`` must be within 0..1 (checked before the call). The installed SDK (2.12) has no
  ``temperature``/``top_p`` keywords any more, so both are sent in the request body through
  ``extra_body`` (the API still takes them). ``stop`` -> ``stop_sequences``;
  ``user`` (or ``metadata["user_id"]``) -> ``metadata.user_id``; other ``metadata`` keys are only
  seen by hooks (Anthropic's metadata has no other field). ``seed``, ``n``, the penalties and
  logprobs are not supported (the router refuses or drops them).
* ``tool_choice``: auto -> auto, none -> none, required -> any, named -> ``{"type": "tool"}``;
  ``parallel_tool_calls=False`` -> ``disable_parallel_tool_use``.
* ``response_format`` json_schema -> native structured outputs ``output_config.format``; a
  pydantic class's schema is first passed through ``anthropic.transform_schema`` (which moves
  constraints the API does not support into descriptions). ``json_object`` has no native
  equivalent: an instruction is appended to the system prompt (:data:`JSON_OBJECT_INSTRUCTION`);
  no prefill, so it also works with thinking.
* ``reasoning_effort`` -> ``thinking={"type": "enabled", "budget_tokens": ...}`` from
  :data:`THINKING_BUDGETS`; ``"none"`` sends no thinking. ``max_tokens`` must exceed the budget.
  Thinking blocks of assistant history turns are sent back first, before text and tool_use.

Reply mapping: text = all text blocks joined; thinking -> ``reasoning_content`` and
``thinking_blocks`` (signatures kept; ``redacted_thinking`` kept as ``data``); stop reasons
end_turn/stop_sequence/pause_turn -> stop, max_tokens/model_context_window_exceeded -> length,
tool_use -> tool_calls, refusal -> content_filter. Usage: prompt = input + cache_read +
cache_creation, ``cached_tokens`` = cache_read, ``cache_write_tokens`` = cache_creation; Anthropic
reports no reasoning-token count, so ``reasoning_tokens`` stays ``None``. Server-tool blocks
(web search etc.) are not mapped.

Layout: :mod:`.request` builds the call's keyword arguments (pure), :mod:`.reply` is the one
translator of events to chunks (pure), :mod:`.errors` maps the SDK's exceptions, and
:mod:`.provider` does the I/O. Nothing here imports the ``anthropic`` SDK until a call is made.
"""

from __future__ import annotations

from .provider import AnthropicProvider
from .reply import EventTranslator, completion_of, events_of_message, finish_reason, is_message, usage_of
from .request import (
    DEFAULT_MAX_TOKENS,
    DEFAULT_TIMEOUT,
    JSON_OBJECT_INSTRUCTION,
    THINKING_BUDGETS,
    build_message_params,
)

__all__ = [
    "DEFAULT_MAX_TOKENS",
    "DEFAULT_TIMEOUT",
    "JSON_OBJECT_INSTRUCTION",
    "THINKING_BUDGETS",
    "AnthropicProvider",
    "EventTranslator",
    "build_message_params",
    "completion_of",
    "events_of_message",
    "finish_reason",
    "is_message",
    "usage_of",
]
