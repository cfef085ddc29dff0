"""Model strings to (provider, vendor model id): prefixes, known bare names, user aliases.

Resolution is pure and cheap: a dict lookup for aliases and the catalog, a prefix split, then an
ordered list of family prefixes for bare names. The catalog also says what it knows of each model's
limits (context window, max output tokens), which providers use for defaults such as Anthropic's
mandatory ``max_tokens``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .errors import InvalidRequestError, ModelNotFoundError

__all__ = [
    "ModelInfo",
    "Resolved",
    "get_model_info",
    "register_alias",
    "register_model",
    "resolve",
    "unregister_alias",
]


@dataclass(frozen=True, slots=True)
class ModelInfo:
    provider: str
    model: str
    context_window: int | None = None
    max_output_tokens: int | None = None
    mode: str = "chat"


@dataclass(frozen=True, slots=True)
class Resolved:
    provider: str
    model: str
    info: ModelInfo | None


def _m(provider: str, model: str, ctx: int | None, out: int | None, mode: str = "chat") -> ModelInfo:
    return ModelInfo(provider, model, ctx, out, mode)


# Figures from the vendors' model pages. Unknown limits stay None rather than guessed.
_CATALOG_ENTRIES: Final[tuple[ModelInfo, ...]] = (
    _m("openai", "gpt-4o", 128_000, 16_384),
    _m("openai", "gpt-4o-mini", 128_000, 16_384),
    _m("openai", "gpt-4.1", 1_047_576, 32_768),
    _m("openai", "gpt-4.1-mini", 1_047_576, 32_768),
    _m("openai", "gpt-4.1-nano", 1_047_576, 32_768),
    _m("openai", "gpt-5", 400_000, 128_000),
    _m("openai", "gpt-5-mini", 400_000, 128_000),
    _m("openai", "gpt-5-nano", 400_000, 128_000),
    _m("openai", "o1", 200_000, 100_000),
    _m("openai", "o3", 200_000, 100_000),
    _m("openai", "o3-mini", 200_000, 100_000),
    _m("openai", "o4-mini", 200_000, 100_000),
    _m("openai", "text-embedding-3-small", 8_191, None, "embedding"),
    _m("openai", "text-embedding-3-large", 8_191, None, "embedding"),
    _m("anthropic", "claude-opus-4-5", 200_000, 64_000),
    _m("anthropic", "claude-sonnet-4-5", 200_000, 64_000),
    _m("anthropic", "claude-haiku-4-5", 200_000, 64_000),
    _m("anthropic", "claude-opus-4-1", 200_000, 32_000),
    _m("anthropic", "claude-opus-4-0", 200_000, 32_000),
    _m("anthropic", "claude-sonnet-4-0", 200_000, 64_000),
    _m("anthropic", "claude-3-7-sonnet-latest", 200_000, 64_000),
    _m("anthropic", "claude-3-5-haiku-latest", 200_000, 8_192),
    _m("google", "gemini-2.5-pro", 1_048_576, 65_536),
    _m("google", "gemini-2.5-flash", 1_048_576, 65_536),
    _m("google", "gemini-2.5-flash-lite", 1_048_576, 65_536),
    _m("google", "gemini-2.0-flash", 1_048_576, 8_192),
    _m("google", "gemini-embedding-001", 2_048, None, "embedding"),
    _m("mistral", "mistral-large-latest", 131_072, None),
    _m("mistral", "mistral-medium-latest", 131_072, None),
    _m("mistral", "mistral-small-latest", 131_072, None),
    _m("mistral", "codestral-latest", 256_000, None),
    _m("mistral", "magistral-medium-latest", 40_000, None),
    _m("mistral", "mistral-embed", 8_192, None, "embedding"),
    _m("cohere", "command-a-03-2025", 256_000, 8_000),
    _m("cohere", "command-r-plus-08-2024", 128_000, 4_000),
    _m("cohere", "command-r-08-2024", 128_000, 4_000),
    _m("cohere", "embed-v4.0", 128_000, None, "embedding"),
    _m("xai", "grok-4", 256_000, None),
    _m("xai", "grok-3-mini", 131_072, None),
    _m("deepseek", "deepseek-chat", 128_000, 8_192),
    _m("deepseek", "deepseek-reasoner", 128_000, 64_000),
    _m("perplexity", "sonar", 128_000, None),
    _m("perplexity", "sonar-pro", 200_000, None),
)

#: Dotted spellings people type (``claude-sonnet-4.5``) mapped to the vendor's ids.
_SPELLINGS: Final[dict[str, str]] = {
    "claude-opus-4.5": "claude-opus-4-5",
    "claude-sonnet-4.5": "claude-sonnet-4-5",
    "claude-haiku-4.5": "claude-haiku-4-5",
    "claude-opus-4.1": "claude-opus-4-1",
    "claude-opus-4": "claude-opus-4-0",
    "claude-sonnet-4": "claude-sonnet-4-0",
}

#: Bare-name families, checked in order; the first matching prefix wins.
_FAMILIES: Final[tuple[tuple[str, str], ...]] = (
    ("gpt-", "openai"),
    ("chatgpt-", "openai"),
    ("o1", "openai"),
    ("o3", "openai"),
    ("o4-", "openai"),
    ("text-embedding-", "openai"),
    ("claude-", "anthropic"),
    ("gemini-", "google"),
    ("mistral-", "mistral"),
    ("codestral-", "mistral"),
    ("magistral-", "mistral"),
    ("ministral-", "mistral"),
    ("pixtral-", "mistral"),
    ("devstral-", "mistral"),
    ("open-mistral-", "mistral"),
    ("command-", "cohere"),
    ("command", "cohere"),
    ("embed-", "cohere"),
    ("grok-", "xai"),
    ("deepseek-", "deepseek"),
    ("sonar", "perplexity"),
    ("qwen-", "qwen"),
    ("qwq-", "qwen"),
)

#: Prefix synonyms accepted in model strings.
PROVIDER_SYNONYMS: Final[dict[str, str]] = {"gemini": "google", "mistralai": "mistral", "x-ai": "xai"}

_catalog: dict[tuple[str, str], ModelInfo] = {(m.provider, m.model): m for m in _CATALOG_ENTRIES}
_bare: dict[str, ModelInfo] = {m.model: m for m in _CATALOG_ENTRIES}
_aliases: dict[str, str] = {}


def register_alias(alias: str, model: str) -> None:
    """``register_alias("fast-chat", "groq/llama-3.1-8b-instant")``: swap models by name."""
    if not alias or not model:
        raise InvalidRequestError("register_alias needs a non-empty alias and model")
    if alias == model:
        raise InvalidRequestError(f"alias {alias!r} may not point at itself")
    _aliases[alias] = model


def unregister_alias(alias: str) -> None:
    _aliases.pop(alias, None)


def register_model(info: ModelInfo) -> None:
    """Adds or overrides what the catalog knows of a model (limits, bare-name resolution)."""
    _catalog[(info.provider, info.model)] = info
    _bare.setdefault(info.model, info)


def get_model_info(provider: str, model: str) -> ModelInfo | None:
    return _catalog.get((provider, _SPELLINGS.get(model, model)))


def _follow_aliases(model: str) -> str:
    seen = set()
    while model in _aliases:
        if model in seen:
            raise InvalidRequestError(f"alias loop through {model!r}")
        seen.add(model)
        model = _aliases[model]
    return model


def _suggest(name: str, candidates: list[str]) -> str:
    import difflib  # only on the error path

    close = difflib.get_close_matches(name, candidates, n=3, cutoff=0.6)
    return f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""


def resolve(model: str, known_providers: frozenset[str] | set[str], provider: str | None = None) -> Resolved:
    """Picks the provider for a model string. ``known_providers`` are the registered prefixes."""
    if not isinstance(model, str) or not model.strip():
        raise InvalidRequestError("model must be a non-empty string such as 'openai/gpt-4o'")
    model = _follow_aliases(model.strip())
    if provider is not None:
        provider = PROVIDER_SYNONYMS.get(provider, provider)
        if provider not in known_providers:
            raise ModelNotFoundError(
                f"unknown provider {provider!r}." + _suggest(provider, sorted(known_providers)),
                code="model_not_found",
            )
        prefix, sep, rest = model.partition("/")
        if sep and PROVIDER_SYNONYMS.get(prefix, prefix) == provider:
            model = rest
        model = _SPELLINGS.get(model, model)
        return Resolved(provider, model, get_model_info(provider, model))

    prefix, sep, rest = model.partition("/")
    if sep:
        name = PROVIDER_SYNONYMS.get(prefix, prefix)
        if name in known_providers:
            if not rest:
                raise InvalidRequestError(f"model string {model!r} names no model after the provider")
            rest = _SPELLINGS.get(rest, rest)
            return Resolved(name, rest, get_model_info(name, rest))

    bare = _SPELLINGS.get(model, model)
    info = _bare.get(bare)
    if info is not None:
        return Resolved(info.provider, bare, info)
    if not sep:
        for family, name in _FAMILIES:
            if bare.startswith(family) and name in known_providers:
                return Resolved(name, bare, None)

    what = f"provider {prefix!r}" if sep else f"model {model!r}"
    candidates = sorted(known_providers) if sep else sorted(set(_bare) | set(_aliases))
    hint = _suggest(prefix if sep else model, candidates)
    raise ModelNotFoundError(
        f"unknown {what}: use 'provider/model' with a registered provider "
        f"({', '.join(sorted(known_providers))}) or a known model name.{hint}"
    )
