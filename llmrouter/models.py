"""Model strings to (provider, vendor model id): prefixes, known bare names, user aliases.

Resolution is pure and cheap: a dict lookup for aliases and the catalog, a prefix split, then an
ordered list of family prefixes for bare names. The catalog also says what it knows of each model's
limits (context window, max output tokens), which providers use for defaults such as Anthropic's
mandatory ``max_tokens``, and its capabilities (tools, vision, reasoning, JSON schema, audio,
images) and the parameters it refuses (:func:`refused_params`, which the pipeline applies before
any I/O). A capability the catalog does not know is ``None``, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Final

from .errors import InvalidRequestError, ModelNotFoundError

__all__ = [
    "CAPABILITIES",
    "MODES",
    "ModelInfo",
    "Resolved",
    "get_model_info",
    "list_models",
    "refused_params",
    "register_alias",
    "register_model",
    "resolve",
    "supports",
    "unregister_alias",
]

#: What a model may be for: the operation its endpoint serves.
MODES: Final[tuple[str, ...]] = (
    "chat",
    "embedding",
    "image_generation",
    "audio_speech",
    "audio_transcription",
    "moderation",
)
#: The capability names :func:`supports` answers for.
CAPABILITIES: Final[tuple[str, ...]] = (
    "chat",
    "tools",
    "vision",
    "reasoning",
    "json_schema",
    "embeddings",
    "audio",
    "images",
    "speech",
    "transcription",
    "moderation",
)


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What the catalog knows of one model. Capabilities are ``True``/``False`` where the vendor
    documents them and ``None`` where the catalog does not know. ``refuses`` names the
    parameters (OpenAI names) the model rejects, such as ``temperature`` on reasoning models."""

    provider: str
    model: str
    context_window: int | None = None
    max_output_tokens: int | None = None
    mode: str = "chat"
    tools: bool | None = None
    vision: bool | None = None
    reasoning: bool | None = None
    json_schema: bool | None = None
    audio: bool | None = None
    """Takes or produces audio (speech, transcription, audio input to chat)."""
    images: bool | None = None
    """Generates images."""
    refuses: frozenset[str] = field(default_factory=frozenset)

    @property
    def embeddings(self) -> bool:
        return self.mode == "embedding"

    def capabilities(self) -> dict[str, bool | None]:
        """Every capability by name (see :data:`CAPABILITIES`)."""
        return {name: _capability(self, name) for name in CAPABILITIES}

    def as_dict(self) -> dict[str, Any]:
        """The entry as plain data: limits, mode, capabilities, refused parameters."""
        return {
            "provider": self.provider,
            "model": self.model,
            "mode": self.mode,
            "context_window": self.context_window,
            "max_output_tokens": self.max_output_tokens,
            "capabilities": self.capabilities(),
            "refuses": sorted(self.refuses),
        }


_MODE_OF: Final[dict[str, str]] = {
    "speech": "audio_speech",
    "transcription": "audio_transcription",
    "moderation": "moderation",
    "chat": "chat",
}


def _capability(info: ModelInfo, name: str) -> bool | None:
    if name == "embeddings":
        return info.embeddings
    if name in _MODE_OF:
        return info.mode == _MODE_OF[name]
    if name == "images":
        return True if info.mode == "image_generation" else info.images
    if name == "audio" and info.mode in ("audio_speech", "audio_transcription"):
        return True
    value: bool | None = getattr(info, name)
    return value


@dataclass(frozen=True, slots=True)
class Resolved:
    provider: str
    model: str
    info: ModelInfo | None


def _m(
    provider: str,
    model: str,
    ctx: int | None,
    out: int | None,
    mode: str = "chat",
    caps: str = "",
    no: str = "",
    refuses: frozenset[str] = frozenset(),
) -> ModelInfo:
    """``caps`` names what the model documents it can do, ``no`` what it documents it cannot;
    anything named in neither stays unknown (``None``)."""
    flags: dict[str, Any] = dict.fromkeys(caps.split(), True) | dict.fromkeys(no.split(), False)
    return ModelInfo(provider, model, ctx, out, mode, refuses=refuses, **flags)


#: Sampling parameters OpenAI's reasoning models (o-series, GPT-5) reject with a 400.
_REASONING_REFUSED: Final = frozenset(
    {"temperature", "top_p", "presence_penalty", "frequency_penalty", "logprobs", "top_logprobs"}
)
#: Non-reasoning OpenAI chat models reject ``reasoning_effort``.
_NOT_REASONING: Final = frozenset({"reasoning_effort"})
#: xAI: reasoning models reject these (grok-4 also ``reasoning_effort``).
_XAI_REASONING: Final = frozenset({"presence_penalty", "frequency_penalty", "stop"})
_CHAT_ONLY_PARAMS: Final = frozenset({"tools", "tool_choice", "parallel_tool_calls"})
_OPENAI_CHAT = "tools vision json_schema"
_OPENAI_REASONING = "tools vision json_schema reasoning"
_CLAUDE = "tools vision reasoning"
_GEMINI = "tools vision reasoning json_schema audio"


# Figures from the vendors' model pages. Unknown limits stay None rather than guessed.
_CATALOG_ENTRIES: Final[tuple[ModelInfo, ...]] = (
    _m("openai", "gpt-4o", 128_000, 16_384, caps=_OPENAI_CHAT, no="reasoning", refuses=_NOT_REASONING),
    _m("openai", "gpt-4o-mini", 128_000, 16_384, caps=_OPENAI_CHAT, no="reasoning", refuses=_NOT_REASONING),
    _m("openai", "gpt-4.1", 1_047_576, 32_768, caps=_OPENAI_CHAT, no="reasoning", refuses=_NOT_REASONING),
    _m(
        "openai", "gpt-4.1-mini", 1_047_576, 32_768, caps=_OPENAI_CHAT, no="reasoning", refuses=_NOT_REASONING
    ),
    _m(
        "openai", "gpt-4.1-nano", 1_047_576, 32_768, caps=_OPENAI_CHAT, no="reasoning", refuses=_NOT_REASONING
    ),
    _m("openai", "gpt-5", 400_000, 128_000, caps=_OPENAI_REASONING, refuses=_REASONING_REFUSED),
    _m("openai", "gpt-5-mini", 400_000, 128_000, caps=_OPENAI_REASONING, refuses=_REASONING_REFUSED),
    _m("openai", "gpt-5-nano", 400_000, 128_000, caps=_OPENAI_REASONING, refuses=_REASONING_REFUSED),
    _m("openai", "o1", 200_000, 100_000, caps=_OPENAI_REASONING, refuses=_REASONING_REFUSED),
    _m("openai", "o3", 200_000, 100_000, caps=_OPENAI_REASONING, refuses=_REASONING_REFUSED),
    _m(
        "openai",
        "o3-mini",
        200_000,
        100_000,
        caps="tools json_schema reasoning",
        no="vision",
        refuses=_REASONING_REFUSED,
    ),
    _m("openai", "o4-mini", 200_000, 100_000, caps=_OPENAI_REASONING, refuses=_REASONING_REFUSED),
    _m("openai", "gpt-image-1", None, None, "image_generation", caps="images vision"),
    _m("openai", "dall-e-3", None, None, "image_generation", caps="images"),
    _m("openai", "dall-e-2", None, None, "image_generation", caps="images"),
    _m("openai", "gpt-4o-mini-tts", 2_000, None, "audio_speech", caps="audio"),
    _m("openai", "tts-1", None, None, "audio_speech", caps="audio"),
    _m("openai", "tts-1-hd", None, None, "audio_speech", caps="audio"),
    _m("openai", "whisper-1", None, None, "audio_transcription", caps="audio"),
    _m("openai", "gpt-4o-transcribe", 16_000, 2_000, "audio_transcription", caps="audio"),
    _m("openai", "gpt-4o-mini-transcribe", 16_000, 2_000, "audio_transcription", caps="audio"),
    _m("openai", "omni-moderation-latest", None, None, "moderation", caps="vision"),
    _m("openai", "text-moderation-latest", None, None, "moderation", no="vision"),
    _m("openai", "text-embedding-3-small", 8_191, None, "embedding"),
    _m("openai", "text-embedding-3-large", 8_191, None, "embedding"),
    _m("anthropic", "claude-opus-4-5", 200_000, 64_000, caps=_CLAUDE + " json_schema"),
    _m("anthropic", "claude-sonnet-4-5", 200_000, 64_000, caps=_CLAUDE + " json_schema"),
    _m("anthropic", "claude-haiku-4-5", 200_000, 64_000, caps=_CLAUDE + " json_schema"),
    _m("anthropic", "claude-opus-4-1", 200_000, 32_000, caps=_CLAUDE + " json_schema"),
    _m("anthropic", "claude-opus-4-0", 200_000, 32_000, caps=_CLAUDE),
    _m("anthropic", "claude-sonnet-4-0", 200_000, 64_000, caps=_CLAUDE),
    _m("anthropic", "claude-3-7-sonnet-latest", 200_000, 64_000, caps=_CLAUDE),
    _m("anthropic", "claude-3-5-haiku-latest", 200_000, 8_192, caps="tools vision", no="reasoning"),
    _m("google", "gemini-2.5-pro", 1_048_576, 65_536, caps=_GEMINI),
    _m("google", "gemini-2.5-flash", 1_048_576, 65_536, caps=_GEMINI),
    _m("google", "gemini-2.5-flash-lite", 1_048_576, 65_536, caps=_GEMINI),
    _m("google", "gemini-2.0-flash", 1_048_576, 8_192, caps="tools vision json_schema audio", no="reasoning"),
    _m(
        "google",
        "gemini-2.5-flash-image",
        32_768,
        32_768,
        "image_generation",
        caps="images vision",
        no="tools",
    ),
    _m(
        "google",
        "gemini-2.5-flash-image-preview",
        32_768,
        32_768,
        "image_generation",
        caps="images vision",
        no="tools",
    ),
    _m("google", "gemini-embedding-001", 2_048, None, "embedding"),
    # Imagen is served through google-genai on Vertex AI only (see providers/google/images.py).
    _m("vertex_ai", "imagen-4.0-generate-001", None, None, "image_generation", caps="images"),
    _m("vertex_ai", "imagen-4.0-ultra-generate-001", None, None, "image_generation", caps="images"),
    _m("vertex_ai", "imagen-4.0-fast-generate-001", None, None, "image_generation", caps="images"),
    _m("vertex_ai", "imagen-3.0-generate-002", None, None, "image_generation", caps="images"),
    _m("mistral", "mistral-large-latest", 131_072, None, caps="tools json_schema"),
    _m("mistral", "mistral-medium-latest", 131_072, None, caps="tools vision json_schema"),
    _m("mistral", "mistral-small-latest", 131_072, None, caps="tools vision json_schema"),
    _m("mistral", "codestral-latest", 256_000, None, caps="tools"),
    _m("mistral", "magistral-medium-latest", 40_000, None, caps="reasoning"),
    _m("mistral", "mistral-embed", 8_192, None, "embedding"),
    _m("cohere", "command-a-03-2025", 256_000, 8_000, caps="tools json_schema"),
    _m("cohere", "command-r-plus-08-2024", 128_000, 4_000, caps="tools json_schema"),
    _m("cohere", "command-r-08-2024", 128_000, 4_000, caps="tools json_schema"),
    _m("cohere", "embed-v4.0", 128_000, None, "embedding"),
    _m(
        "xai",
        "grok-4",
        256_000,
        None,
        caps="tools vision reasoning json_schema",
        refuses=_XAI_REASONING | {"reasoning_effort"},
    ),
    _m("xai", "grok-3-mini", 131_072, None, caps="tools reasoning json_schema", refuses=_XAI_REASONING),
    _m("deepseek", "deepseek-chat", 128_000, 8_192, caps="tools", no="reasoning vision json_schema"),
    _m(
        "deepseek",
        "deepseek-reasoner",
        128_000,
        64_000,
        caps="reasoning",
        no="vision json_schema",
        refuses=_REASONING_REFUSED,
    ),
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
    ("dall-e-", "openai"),
    ("tts-", "openai"),
    ("whisper-", "openai"),
    ("omni-moderation-", "openai"),
    ("text-moderation-", "openai"),
    ("claude-", "anthropic"),
    ("gemini-", "google"),
    ("imagen-", "vertex_ai"),
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

#: Vertex AI serves the Gemini models with the Gemini API's limits: catalogued under vertex_ai
#: too, but never for bare names (``gemini-2.5-flash`` stays the Gemini API's).
_VERTEX_GEMINI: Final[tuple[ModelInfo, ...]] = tuple(
    replace(m, provider="vertex_ai") for m in _CATALOG_ENTRIES if m.provider == "google"
)
_catalog: dict[tuple[str, str], ModelInfo] = {
    (m.provider, m.model): m for m in (*_CATALOG_ENTRIES, *_VERTEX_GEMINI)
}
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


def get_model_info(provider: str, model: str | None = None) -> ModelInfo | None:
    """What the catalog knows of a model, or ``None``: ``get_model_info("openai", "gpt-4o")``, or
    one model string, ``get_model_info("openai/gpt-4o")`` / ``get_model_info("gpt-4o")``."""
    if model is None:
        return _lookup(provider)
    return _catalog.get((PROVIDER_SYNONYMS.get(provider, provider), _SPELLINGS.get(model, model)))


def _lookup(model: str) -> ModelInfo | None:
    """A model string to its catalog entry without the provider registry: aliases, a
    ``provider/`` prefix the catalog knows, then bare names."""
    if not isinstance(model, str) or not model.strip():
        raise InvalidRequestError("model must be a non-empty string such as 'openai/gpt-4o'", param="model")
    model = _follow_aliases(model.strip())
    prefix, sep, rest = model.partition("/")
    if sep:
        provider = PROVIDER_SYNONYMS.get(prefix, prefix)
        info = _catalog.get((provider, _SPELLINGS.get(rest, rest)))
        if info is not None or provider in {p for p, _ in _catalog}:
            return info
    return _bare.get(_SPELLINGS.get(model, model))


def list_models(provider: str | None = None, *, mode: str | None = None) -> list[ModelInfo]:
    """Every catalogued model (registered ones included), sorted by provider and name;
    ``provider="openai"`` or ``mode="image_generation"`` narrows the list."""
    if provider is not None:
        provider = PROVIDER_SYNONYMS.get(provider, provider)
    if mode is not None and mode not in MODES:
        raise InvalidRequestError(
            f"unknown mode {mode!r}; one of: {', '.join(MODES)}" + _suggest(mode, list(MODES)), param="mode"
        )
    return sorted(
        (
            info
            for info in _catalog.values()
            if (provider is None or info.provider == provider) and (mode is None or info.mode == mode)
        ),
        key=lambda info: (info.provider, info.model),
    )


def supports(model: str, capability: str) -> bool:
    """``supports("openai/gpt-4o", "tools")``: ``True`` only where the catalog knows the model has
    it (unknown counts as no). An uncatalogued model or an unknown capability name is an error."""
    if capability not in CAPABILITIES:
        raise InvalidRequestError(
            f"unknown capability {capability!r}; one of: {', '.join(CAPABILITIES)}"
            + _suggest(capability, list(CAPABILITIES)),
            param="capability",
        )
    info = _lookup(model)
    if info is None:
        raise ModelNotFoundError(
            f"model {model!r} is not in the catalog, so its capabilities are unknown."
            + _suggest(model.rpartition("/")[2], sorted(_bare)),
        )
    return _capability(info, capability) is True


def refused_params(info: ModelInfo | None) -> frozenset[str]:
    """The parameters (OpenAI names) a model is known to reject: what the pipeline refuses with
    ``UnsupportedParameterError`` before any I/O, or drops with ``drop_params=True``. Pure; an
    uncatalogued model refuses nothing here (its provider's capabilities still apply)."""
    if info is None:
        return frozenset()
    if info.tools is False and info.mode == "chat":
        return info.refuses | _CHAT_ONLY_PARAMS
    return info.refuses


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
