"""OpenAI-compatible vendors: a table, not code. Each row reuses the openai provider with the
vendor's base URL, key variable and the parameters it is known to accept."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from ..request import CHAT_PARAMS

if TYPE_CHECKING:
    from .openai import OpenAIProvider

__all__ = ["COMPATIBLE_VENDORS", "CompatibleVendor", "make_compatible_provider"]


@dataclass(frozen=True, slots=True)
class CompatibleVendor:
    base_url: str | None
    env_key: str | None
    requires_key: bool = True
    unsupported: frozenset[str] = frozenset()
    stream_usage: bool = True
    embeddings: bool = False
    max_tokens_field: str = "max_tokens"


_NO_LOGPROBS = frozenset({"logprobs", "top_logprobs"})

COMPATIBLE_VENDORS: Final[dict[str, CompatibleVendor]] = {
    "xai": CompatibleVendor("https://api.x.ai/v1", "XAI_API_KEY", unsupported=frozenset({"metadata"})),
    "deepseek": CompatibleVendor(
        "https://api.deepseek.com/v1",
        "DEEPSEEK_API_KEY",
        unsupported=frozenset({"n", "seed", "metadata", "reasoning_effort"}),
    ),
    "groq": CompatibleVendor(
        "https://api.groq.com/openai/v1", "GROQ_API_KEY", unsupported=_NO_LOGPROBS | {"metadata"}
    ),
    "together": CompatibleVendor(
        "https://api.together.xyz/v1",
        "TOGETHER_API_KEY",
        unsupported=frozenset({"metadata"}),
        embeddings=True,
    ),
    "perplexity": CompatibleVendor(
        "https://api.perplexity.ai",
        "PERPLEXITY_API_KEY",
        unsupported=_NO_LOGPROBS
        | {"n", "seed", "tools", "tool_choice", "parallel_tool_calls", "metadata", "user"},
    ),
    "openrouter": CompatibleVendor("https://openrouter.ai/api/v1", "OPENROUTER_API_KEY"),
    "qwen": CompatibleVendor(
        "https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
        "DASHSCOPE_API_KEY",
        unsupported=frozenset({"metadata"}),
        embeddings=True,
    ),
    "ollama": CompatibleVendor(
        "http://localhost:11434/v1",
        "OLLAMA_API_KEY",
        requires_key=False,
        unsupported=frozenset({"metadata"}),
        embeddings=True,
    ),
    "vllm": CompatibleVendor(
        "http://localhost:8000/v1",
        "VLLM_API_KEY",
        requires_key=False,
        unsupported=frozenset({"metadata"}),
        embeddings=True,
    ),
    "openai_compatible": CompatibleVendor(
        None, "OPENAI_COMPATIBLE_API_KEY", requires_key=False, embeddings=True
    ),
}


def make_compatible_provider(name: str) -> OpenAIProvider:
    from .openai import OpenAIProvider

    row = COMPATIBLE_VENDORS[name]
    return OpenAIProvider(
        name=name,
        base_url=row.base_url,
        env_key=row.env_key,
        requires_key=row.requires_key,
        params=CHAT_PARAMS - row.unsupported,
        stream_usage=row.stream_usage,
        embeddings=row.embeddings,
        max_tokens_field=row.max_tokens_field,
    )
