from __future__ import annotations

import pytest

import llmrouter
from llmrouter import providers as registry
from llmrouter.errors import InvalidRequestError, ModelNotFoundError
from llmrouter.models import (
    ModelInfo,
    get_model_info,
    register_alias,
    register_model,
    resolve,
    unregister_alias,
)

KNOWN = registry.provider_names()


@pytest.mark.parametrize(
    ("model", "provider", "model_id"),
    [
        ("openai/gpt-4o", "openai", "gpt-4o"),
        ("anthropic/claude-sonnet-4.5", "anthropic", "claude-sonnet-4-5"),
        ("openrouter/anthropic/claude-opus-4.5", "openrouter", "anthropic/claude-opus-4.5"),
        ("together/meta-llama/Llama-4-Maverick", "together", "meta-llama/Llama-4-Maverick"),
        ("gemini/gemini-2.5-flash", "google", "gemini-2.5-flash"),
        ("groq/llama-3.1-8b-instant", "groq", "llama-3.1-8b-instant"),
        ("ollama/llama3.2", "ollama", "llama3.2"),
    ],
)
def test_prefix_splits_on_the_first_slash_of_a_registered_provider(
    model: str, provider: str, model_id: str
) -> None:
    resolved = resolve(model, KNOWN)
    assert (resolved.provider, resolved.model) == (provider, model_id)


@pytest.mark.parametrize(
    ("model", "provider"),
    [
        ("gpt-4o", "openai"),
        ("gpt-5-mini", "openai"),
        ("o1", "openai"),
        ("o3-mini", "openai"),
        ("o4-mini", "openai"),
        ("claude-sonnet-4.5", "anthropic"),
        ("claude-3-7-sonnet-latest", "anthropic"),
        ("gemini-2.5-pro", "google"),
        ("mistral-large-latest", "mistral"),
        ("codestral-latest", "mistral"),
        ("magistral-small-2509", "mistral"),
        ("command-a-03-2025", "cohere"),
        ("command-r7b-12-2024", "cohere"),
        ("grok-4", "xai"),
        ("deepseek-reasoner", "deepseek"),
        ("sonar-pro", "perplexity"),
        ("qwen-max", "qwen"),
    ],
)
def test_bare_names_resolve_through_the_family_catalog(model: str, provider: str) -> None:
    assert resolve(model, KNOWN).provider == provider


def test_dotted_claude_spelling_becomes_the_vendor_id() -> None:
    assert resolve("claude-sonnet-4.5", KNOWN).model == "claude-sonnet-4-5"


def test_provider_keyword_overrides_the_catalog() -> None:
    resolved = resolve("gpt-4o", KNOWN, provider="openrouter")
    assert (resolved.provider, resolved.model) == ("openrouter", "gpt-4o")
    assert resolve("gemini/gemini-2.5-flash", KNOWN, provider="google").model == "gemini-2.5-flash"


def test_catalog_carries_limits() -> None:
    info = resolve("anthropic/claude-sonnet-4.5", KNOWN).info
    assert info is not None and info.context_window == 200_000 and info.max_output_tokens == 64_000
    assert get_model_info("openai", "gpt-4o") is not None
    assert resolve("openai/some-future-model", KNOWN).info is None


def test_register_model_adds_limits_and_bare_resolution() -> None:
    register_model(ModelInfo("mistral", "mistral-tiny-test", 32_000, 4_000))
    resolved = resolve("mistral-tiny-test", KNOWN)
    assert (
        resolved.provider == "mistral"
        and resolved.info is not None
        and resolved.info.context_window == 32_000
    )


def test_aliases_resolve_and_can_be_removed() -> None:
    register_alias("fast-chat", "groq/llama-3.1-8b-instant")
    try:
        resolved = resolve("fast-chat", KNOWN)
        assert (resolved.provider, resolved.model) == ("groq", "llama-3.1-8b-instant")
    finally:
        unregister_alias("fast-chat")
    with pytest.raises(ModelNotFoundError):
        resolve("fast-chat", KNOWN)


def test_alias_loops_are_refused() -> None:
    register_alias("loop-a", "loop-b")
    register_alias("loop-b", "loop-a")
    try:
        with pytest.raises(InvalidRequestError, match="alias loop"):
            resolve("loop-a", KNOWN)
    finally:
        unregister_alias("loop-a")
        unregister_alias("loop-b")


def test_unknown_model_is_a_404_with_a_suggestion() -> None:
    with pytest.raises(ModelNotFoundError) as caught:
        resolve("claud-sonnet-4-5", KNOWN)
    assert caught.value.status == 404 and caught.value.code == "model_not_found"
    assert "Did you mean 'claude-sonnet-4-5'" in caught.value.message


def test_unknown_provider_prefix_suggests_the_close_one() -> None:
    with pytest.raises(ModelNotFoundError) as caught:
        resolve("opnai/gpt-4o", KNOWN)
    assert "'openai'" in caught.value.message


@pytest.mark.parametrize("bad", ["", "   ", None, 42])
def test_model_must_be_a_non_empty_string(bad: object) -> None:
    with pytest.raises(InvalidRequestError):
        resolve(bad, KNOWN)  # type: ignore[arg-type]


def test_provider_prefix_without_model_is_refused() -> None:
    with pytest.raises(InvalidRequestError, match="names no model"):
        resolve("openai/", KNOWN)


def test_entry_point_providers_load_only_for_unknown_prefixes(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.fakes import ScriptedProvider

    loaded: list[str] = []

    class FakeEntryPoint:
        name = "acme-ep"

        def load(self) -> object:
            loaded.append(self.name)
            return lambda: ScriptedProvider(name="acme-ep", text="from a plugin")

    import importlib.metadata

    monkeypatch.setattr(
        importlib.metadata,
        "entry_points",
        lambda group: [FakeEntryPoint()] if group == registry.ENTRY_POINT_GROUP else [],
    )
    monkeypatch.setattr(registry, "_entry_points_loaded", False)
    try:
        resolve("gpt-4o", registry.provider_names())
        assert loaded == []  # known names never touch entry points
        reply = llmrouter.completion("acme-ep/anything", [{"role": "user", "content": "hi"}])
        assert reply.content == "from a plugin" and loaded == ["acme-ep"]
    finally:
        registry.unregister_provider("acme-ep")
