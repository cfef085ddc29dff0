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
from .pricing import Price, register_price
from .providers import register_provider, unregister_provider
from .streaming import AsyncCompletionStream, CompletionStream
from .tokens import count_tokens, token_counter
from .types import ChatCompletion, ChatCompletionChunk, EmbeddingResponse, Message, Usage

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AsyncCompletionStream",
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
    "InvalidRequestError",
    "LLMRouterError",
    "Message",
    "ModelInfo",
    "ModelNotFoundError",
    "OutputValidationError",
    "PermissionDeniedError",
    "Price",
    "ProviderError",
    "RateLimitError",
    "RetryPolicy",
    "Router",
    "SecurityViolation",
    "ServiceUnavailableError",
    "UnsupportedParameterError",
    "Usage",
    "acompletion",
    "add_hook",
    "aembedding",
    "clear_hooks",
    "completion",
    "count_tokens",
    "embedding",
    "errors",
    "get_model_info",
    "hooks",
    "register_alias",
    "register_model",
    "register_price",
    "register_provider",
    "remove_hook",
    "token_counter",
    "types",
    "unregister_alias",
    "unregister_provider",
]
