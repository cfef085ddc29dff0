"""llmrouter: one ``completion()`` for every LLM vendor, in process, through the official SDKs.

    import llmrouter
    reply = llmrouter.completion(model="anthropic/claude-sonnet-4.5", messages=[...])
    print(reply.content)

What an application uses is here; what a provider plugin needs is in :mod:`llmrouter.providers`;
hooks (redaction, the injection guard, logging, cost) are in :mod:`llmrouter.hooks`.
"""

from __future__ import annotations

from . import errors, hooks, types
from .api import (
    Router,
    acompletion,
    add_hook,
    aembedding,
    clear_hooks,
    completion,
    embedding,
    remove_hook,
)
from .errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ContextWindowExceededError,
    HookError,
    InvalidRequestError,
    LLMRouterError,
    ModelNotFoundError,
    OutputValidationError,
    PermissionDeniedError,
    ProviderError,
    RateLimitError,
    SecurityViolation,
    ServiceUnavailableError,
    UnsupportedParameterError,
)
from .hooks import Attempt, CallContext, Hook
from .models import ModelInfo, get_model_info, register_alias, register_model, unregister_alias
from .policy import RetryPolicy
from .providers import register_provider, unregister_provider
from .streaming import AsyncCompletionStream, CompletionStream
from .types import ChatCompletion, ChatCompletionChunk, EmbeddingResponse, Message, Usage

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AsyncCompletionStream",
    "AsyncSpeechStream",
    "Attempt",
    "AuthenticationError",
    "CallContext",
    "ChatCompletion",
    "ChatCompletionChunk",
    "CompletionStream",
    "ContextWindowExceededError",
    "EmbeddingResponse",
    "Hook",
    "HookError",
    "ImagesResponse",
    "InvalidRequestError",
    "LLMRouterError",
    "Message",
    "ModelInfo",
    "ModelNotFoundError",
    "ModerationResponse",
    "OutputValidationError",
    "PermissionDeniedError",
    "Price",
    "ProviderError",
    "RateLimitError",
    "RetryPolicy",
    "Router",
    "SecurityViolation",
    "ServiceUnavailableError",
    "SpeechResponse",
    "SpeechStream",
    "Transcription",
    "UnsupportedParameterError",
    "Usage",
    "acompletion",
    "add_hook",
    "aembedding",
    "aimage_generation",
    "amoderation",
    "aspeech",
    "atranscription",
    "clear_hooks",
    "completion",
    "count_tokens",
    "embedding",
    "errors",
    "get_model_info",
    "hooks",
    "image_generation",
    "list_models",
    "moderation",
    "register_alias",
    "register_model",
    "register_price",
    "register_provider",
    "remove_hook",
    "speech",
    "supports",
    "token_counter",
    "transcription",
    "types",
    "unregister_alias",
    "unregister_provider",
]


#: Loaded on first use (the other gateway operations, their reply types, token counting), so that
#: ``import llmrouter`` stays light; ``from llmrouter import image_generation`` works as usual.
_LAZY = {
    **dict.fromkeys(
        (
            "image_generation",
            "aimage_generation",
            "speech",
            "aspeech",
            "transcription",
            "atranscription",
            "moderation",
            "amoderation",
            "list_models",
            "supports",
        ),
        ".endpoints",
    ),
    **dict.fromkeys(
        (
            "ImagesResponse",
            "SpeechResponse",
            "SpeechStream",
            "AsyncSpeechStream",
            "Transcription",
            "ModerationResponse",
        ),
        ".media",
    ),
    "Price": ".pricing",
    "register_price": ".pricing",
    "count_tokens": ".tokens",
    "token_counter": ".tokens",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module, __name__), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
