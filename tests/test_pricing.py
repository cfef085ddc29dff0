"""Pricing: the shipped price data against the vendors' published prices, every kind of token
priced as the vendor bills it, registered prices, unknown models, and the lazy load."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest

import llmrouter
from llmrouter import pricing
from llmrouter.errors import InvalidRequestError
from llmrouter.pricing import Price, UnknownPriceWarning, cost_of, get_price, register_price, unregister_price
from llmrouter.types import EmbeddingUsage, Usage

ROOT = Path(__file__).resolve().parent.parent

# USD per million tokens as each vendor publishes them on its pricing page (input, output,
# cached input or None, cache write or None). One or more models per vendor llmrouter routes to.
PUBLISHED = [
    ("openai", "gpt-4o", 2.50, 10.00, 1.25, None),
    ("openai", "gpt-4o-mini", 0.15, 0.60, 0.075, None),
    ("openai", "gpt-4.1", 2.00, 8.00, 0.50, None),
    ("openai", "o4-mini", 1.10, 4.40, 0.275, None),
    ("anthropic", "claude-sonnet-4-5", 3.00, 15.00, 0.30, 3.75),
    ("anthropic", "claude-haiku-4-5", 1.00, 5.00, 0.10, 1.25),
    ("anthropic", "claude-opus-4-5", 5.00, 25.00, 0.50, 6.25),
    ("google", "gemini-2.5-flash", 0.30, 2.50, 0.03, None),
    ("google", "gemini-2.5-pro", 1.25, 10.00, 0.125, None),
    ("mistral", "codestral-latest", 0.30, 0.90, None, None),
    ("mistral", "magistral-medium-latest", 2.00, 5.00, None, None),
    ("cohere", "command-a-03-2025", 2.50, 10.00, None, None),
    ("xai", "grok-4", 3.00, 15.00, 0.75, None),
    ("groq", "llama-3.1-8b-instant", 0.05, 0.08, None, None),
    ("groq", "llama-3.3-70b-versatile", 0.59, 0.79, None, None),
    ("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo", 0.88, 0.88, None, None),
    ("openrouter", "anthropic/claude-opus-4.5", 5.00, 25.00, 0.50, 6.25),
]
EMBEDDINGS_PUBLISHED = [
    ("openai", "text-embedding-3-small", 0.02),
    ("openai", "text-embedding-3-large", 0.13),
    ("mistral", "mistral-embed", 0.10),
    ("cohere", "embed-v4.0", 0.12),
    ("google", "gemini-embedding-001", 0.15),
]


@pytest.fixture(autouse=True)
def _clean_registry():
    yield
    pricing._registered.clear()
    pricing._registered_prices.clear()


@pytest.mark.parametrize(("provider", "model", "inp", "out", "cached", "write"), PUBLISHED)
def test_price_data_matches_the_vendors_published_price(provider, model, inp, out, cached, write):
    price = get_price(provider, model)
    assert price is not None
    assert price.input == pytest.approx(inp)
    assert price.output == pytest.approx(out)
    assert price.cached_input == (pytest.approx(cached) if cached is not None else None)
    assert price.cache_write == (pytest.approx(write) if write is not None else None)
    # and a call is priced at it: 12,345 input and 678 output tokens
    expected = (12_345 * inp + 678 * out) / 1e6
    assert cost_of(provider, model, Usage.of(12_345, 678)) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(("provider", "model", "inp"), EMBEDDINGS_PUBLISHED)
def test_embeddings_are_priced_by_input_tokens(provider, model, inp):
    usage = EmbeddingUsage(prompt_tokens=40_000, total_tokens=40_000)
    assert cost_of(provider, model, usage) == pytest.approx(40_000 * inp / 1e6, rel=1e-12)


def test_openai_cached_input_is_billed_at_the_cache_rate():
    # 10,000 prompt tokens of which 8,000 were served from the prompt cache (gpt-4o: $1.25/M)
    usage = Usage.of(10_000, 500, cached_tokens=8_000)
    expected = (2_000 * 2.50 + 8_000 * 1.25 + 500 * 10.00) / 1e6
    assert cost_of("openai", "gpt-4o", usage) == pytest.approx(expected, rel=1e-12)


def test_anthropic_cache_reads_and_writes_are_billed_at_their_rates():
    # prompt_tokens counts every input token: 1,000 fresh + 3,000 read + 2,000 written
    usage = Usage.of(6_000, 400, cached_tokens=3_000, cache_write_tokens=2_000)
    expected = (1_000 * 3.00 + 3_000 * 0.30 + 2_000 * 3.75 + 400 * 15.00) / 1e6
    assert cost_of("anthropic", "claude-sonnet-4-5", usage) == pytest.approx(expected, rel=1e-12)


def test_reasoning_tokens_are_billed_as_output_for_openai_and_google():
    # OpenAI's completion_tokens include the reasoning tokens, billed at the output rate (o4-mini $4.40/M)
    usage = Usage.of(1_000, 5_000, reasoning_tokens=4_200)
    assert cost_of("openai", "o4-mini", usage) == pytest.approx(
        (1_000 * 1.10 + 5_000 * 4.40) / 1e6, rel=1e-12
    )
    # Google's thoughts are billed as output too; llmrouter's google provider folds thoughtsTokenCount
    # into completion_tokens (candidates 300 + thoughts 2,000)
    usage = Usage.of(800, 2_300, reasoning_tokens=2_000)
    assert cost_of("google", "gemini-2.5-flash", usage) == pytest.approx(
        (800 * 0.30 + 2_300 * 2.50) / 1e6, rel=1e-12
    )


def test_long_context_tier_applies_to_the_whole_call_as_the_vendor_bills_it():
    # Gemini 2.5 Pro: <= 200k prompt tokens $1.25/$10, over 200k $2.50/$15 for all tokens
    below = Usage.of(200_000, 1_000)
    above = Usage.of(200_001, 1_000)
    assert cost_of("google", "gemini-2.5-pro", below) == pytest.approx((200_000 * 1.25 + 1_000 * 10) / 1e6)
    assert cost_of("google", "gemini-2.5-pro", above) == pytest.approx((200_001 * 2.50 + 1_000 * 15) / 1e6)
    # Claude Sonnet 4.5 over 200k: $6 / $22.50, cache reads $0.60
    usage = Usage.of(250_000, 2_000, cached_tokens=50_000)
    expected = (200_000 * 6.00 + 50_000 * 0.60 + 2_000 * 22.50) / 1e6
    assert cost_of("anthropic", "claude-sonnet-4-5", usage) == pytest.approx(expected, rel=1e-12)


def test_a_per_request_fee_is_charged_once_per_call():
    data_price = pricing._data_model("perplexity", "sonar").get_prices(datetime.now(UTC))
    fee = float(data_price.requests_kcount) / 1000
    assert fee > 0
    assert cost_of("perplexity", "sonar", Usage.of(1_000, 1_000)) == pytest.approx(2_000 * 1.0 / 1e6 + fee)


def test_prices_the_data_dates_are_taken_at_the_time_of_the_call():
    # DeepSeek prices off-peak hours (16:30-00:30 UTC) at a discount in the data
    peak = cost_of(
        "deepseek", "deepseek-chat", Usage.of(1_000_000, 0), when=datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    )
    off = cost_of(
        "deepseek", "deepseek-chat", Usage.of(1_000_000, 0), when=datetime(2026, 12, 1, 20, 0, tzinfo=UTC)
    )
    assert peak is not None and off is not None and off < peak


def test_the_fast_path_agrees_with_genai_prices_on_every_model_of_every_routed_vendor():
    """llmrouter prices from pre-resolved float rates (about 5 us a call); the package's own
    calc_price (Decimal, about 100 us) is the reference, over every model of every vendor."""
    import genai_prices
    from genai_prices.types import TieredPrices

    rng = random.Random(7)
    checked = 0
    now = datetime.now(UTC)
    data_ids = {v: k for k, v in pricing.DATA_PROVIDERS.items() if v}
    for data_provider in pricing._data().providers:
        ours = data_ids.get(data_provider.id)
        if ours is None:
            continue
        for model in data_provider.models:
            model_price = model.get_prices(now)
            if (
                getattr(model_price, "input_mtok", None) is None
                and getattr(model_price, "output_mtok", None) is None
            ):
                continue
            try:  # a few ids in the data do not match themselves (their match rules name other spellings)
                pricing._data().find_provider_model(model.id, None, data_provider.id, None)
            except LookupError:
                continue
            tiered = any(isinstance(v, TieredPrices) for v in model_price.__dict__.values())
            for _ in range(3):
                prompt = rng.choice([0, 17, 5_000, 150_000, 250_000 if tiered else 90_000])
                cached = rng.randint(0, prompt // 2)
                written = rng.randint(0, (prompt - cached) // 2) if ours == "anthropic" else 0
                completion = rng.randint(0, 20_000)
                usage = Usage.of(prompt, completion, cached_tokens=cached, cache_write_tokens=written or None)
                reference = genai_prices.calc_price(
                    genai_prices.Usage(
                        input_tokens=prompt,
                        output_tokens=completion,
                        cache_read_tokens=cached,
                        cache_write_tokens=written,
                    ),
                    model.id,
                    provider_id=data_provider.id,
                    genai_request_timestamp=now,
                )
                assert cost_of(ours, model.id, usage, when=now) == pytest.approx(
                    float(reference.total_price), rel=1e-9, abs=1e-12
                ), (ours, model.id, usage)
                checked += 1
    assert checked > 500


def test_unknown_model_costs_none_with_one_warning_per_model():
    pricing._warned.clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert cost_of("openai", "gpt-nonexistent-9", Usage.of(10, 10)) is None
        assert cost_of("openai", "gpt-nonexistent-9", Usage.of(10, 10)) is None
        assert cost_of("ollama", "llama3.2", Usage.of(10, 10)) is None
        assert cost_of("no-such-vendor", "m", Usage.of(10, 10)) is None
    unknown = [w for w in caught if issubclass(w.category, UnknownPriceWarning)]
    assert len(unknown) == 3
    assert "openai/gpt-nonexistent-9" in str(unknown[0].message)
    assert "register_price" in str(unknown[0].message)


def test_no_usage_costs_none_without_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert cost_of("openai", "gpt-4o", None) is None


def test_register_price_adds_and_overrides():
    usage = Usage.of(1_000_000, 1_000_000, cached_tokens=500_000)
    register_price("openai/gpt-4o", input_per_mtok=1.0, output_per_mtok=2.0, cached_input_per_mtok=0.5)
    assert cost_of("openai", "gpt-4o", usage) == pytest.approx(0.5 + 0.25 + 2.0)
    unregister_price("openai/gpt-4o")
    assert cost_of("openai", "gpt-4o", usage) == pytest.approx(0.5 * 2.5 + 0.5 * 1.25 + 10.0)

    # a local model: priced once registered, at every provider when the name is bare
    register_price("my-finetune", input_per_mtok=4, output_per_mtok=8)
    assert cost_of("vllm", "my-finetune", Usage.of(1_000_000, 0)) == pytest.approx(4.0)
    assert cost_of("ollama", "my-finetune", Usage.of(0, 1_000_000)) == pytest.approx(8.0)
    assert get_price("vllm", "my-finetune") == Price(input=4, output=8)

    # cache writes default to the input price
    register_price("ollama/llama3.2", input_per_mtok=1, output_per_mtok=1, cache_write_per_mtok=2)
    assert cost_of(
        "ollama", "llama3.2", Usage.of(3_000_000, 0, cache_write_tokens=1_000_000)
    ) == pytest.approx(4.0)
    # dotted Claude spellings and provider synonyms are the names the router resolves
    register_price("anthropic/claude-sonnet-4.5", input_per_mtok=1, output_per_mtok=1)
    assert get_price("anthropic", "claude-sonnet-4-5") == Price(input=1, output=1)
    register_price("gemini/gemini-2.5-flash", input_per_mtok=9, output_per_mtok=9)
    assert get_price("google", "gemini-2.5-flash") == Price(input=9, output=9)


def test_register_price_keeps_the_older_forms():
    llmrouter.register_price("openai", "gpt-4o", Price(input=1.0, output=1.0))
    assert cost_of("openai", "gpt-4o", Usage.of(1_000_000, 0)) == pytest.approx(1.0)
    llmrouter.register_price("groq/llama-3.1-8b-instant", Price(input=3.0, output=3.0))
    assert cost_of("groq", "llama-3.1-8b-instant", Usage.of(0, 1_000_000)) == pytest.approx(3.0)


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("openai/gpt-4o",), {"input_per_mtok": -1, "output_per_mtok": 1}),
        (("openai/gpt-4o",), {"input_per_mtok": float("nan"), "output_per_mtok": 1}),
        (("openai/gpt-4o",), {"input_per_mtok": "2.5", "output_per_mtok": 1}),
        (("openai/gpt-4o",), {"input_per_mtok": 1}),
        (("openai/gpt-4o",), {}),
        (("",), {"input_per_mtok": 1, "output_per_mtok": 1}),
        (("openai/",), {"input_per_mtok": 1, "output_per_mtok": 1}),
        ((None,), {"input_per_mtok": 1, "output_per_mtok": 1}),
        (("openai/gpt-4o", "not a price"), {}),
        (("openai/gpt-4o", Price(1, 1)), {"input_per_mtok": 1}),
        (("openai/gpt-4o",), {"input_per_mtok": True, "output_per_mtok": 1}),
        ((), {}),
    ],
)
def test_register_price_refuses_bad_input_with_a_typed_error(args, kwargs):
    with pytest.raises(InvalidRequestError):
        register_price(*args, **kwargs)


def test_import_llmrouter_loads_no_price_data():
    code = (
        "import sys, llmrouter, llmrouter.pricing\n"
        "assert not any(m.startswith('genai_prices') for m in sys.modules), 'price data imported'\n"
        "assert 'llmrouter.media' not in sys.modules and 'llmrouter.endpoints' not in sys.modules\n"
        "assert llmrouter.types.ImagesResponse is llmrouter.ImagesResponse\n"
        "assert llmrouter.ImagesResponse.__module__ == 'llmrouter.media'\n"
        "from llmrouter.types import Usage\n"
        "import warnings; warnings.simplefilter('error')\n"
        "assert llmrouter.pricing.cost_of('openai', 'gpt-4o', Usage.of(1000, 0)) == 0.0025\n"
        "assert 'genai_prices' in sys.modules\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=ROOT)


# --------------------------------------------------------------------------------------------
# Service tiers, and the other operations' units (characters, seconds, audio and image tokens)
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tier", "inp", "out"),
    [
        # gpt-5 on OpenAI's pricing page: standard $1.25 / $10, flex $0.625 / $5, priority $2.50 / $20
        (None, 1.25, 10.0),
        ("default", 1.25, 10.0),
        ("flex", 0.625, 5.0),
        ("priority", 2.50, 20.0),
        ("no-such-tier", 1.25, 10.0),
    ],
)
def test_a_service_tier_is_billed_at_its_own_rates(tier, inp, out):
    usage = Usage.of(1_000_000, 100_000)
    assert cost_of("openai", "gpt-5", usage, service_tier=tier) == pytest.approx(inp + out / 10)


def test_a_registered_price_wins_over_the_tier():
    register_price("openai/gpt-5", input_per_mtok=1, output_per_mtok=1)
    assert cost_of("openai", "gpt-5", Usage.of(1_000_000, 0), service_tier="priority") == pytest.approx(1.0)


# (provider, model, units, USD) at the vendors' published rates: tts-1 $15 and tts-1-hd $30 per 1M
# characters, whisper-1 $0.006 a minute, gpt-4o-transcribe $2.50 text / $6 audio input and $10
# output per 1M tokens, gpt-4o-mini-transcribe $1.25 / $3 / $5, gpt-4o-mini-tts $0.60 text input
# and $12 audio output, gemini-2.5-flash-image $0.30 input, $2.50 text and $30 image output.
UNITS_PUBLISHED = [
    ("openai", "tts-1", {"input_characters": 1_000_000}, 15.0),
    ("openai", "tts-1-hd", {"input_characters": 4_096}, 4_096 * 30.0 / 1e6),
    ("openai", "whisper-1", {"audio_seconds": 60, "input_audio_seconds": 60}, 0.006),
    (
        "openai",
        "gpt-4o-transcribe",
        {"input_tokens": 60, "input_audio_tokens": 52, "output_tokens": 14},
        (8 * 2.5 + 52 * 6.0 + 14 * 10.0) / 1e6,
    ),
    (
        "openai",
        "gpt-4o-mini-transcribe",
        {"input_tokens": 52, "input_audio_tokens": 52, "output_tokens": 14},
        (52 * 3.0 + 14 * 5.0) / 1e6,
    ),
    (
        "openai",
        "gpt-4o-mini-tts",
        {"input_characters": 40, "input_tokens": 10, "output_tokens": 1_000, "output_audio_tokens": 1_000},
        (10 * 0.6 + 1_000 * 12.0) / 1e6,
    ),
    (
        "google",
        "gemini-2.5-flash-image",
        {"input_tokens": 9, "output_tokens": 1_301, "output_image_tokens": 1_290},
        (9 * 0.30 + 11 * 2.50 + 1_290 * 30.0) / 1e6,
    ),
]


@pytest.mark.parametrize(("provider", "model", "units", "usd"), UNITS_PUBLISHED)
def test_other_operations_are_priced_in_the_units_the_vendor_bills(provider, model, units, usd):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert pricing.cost_of_units(provider, model, units) == pytest.approx(usd, rel=1e-9)


def test_a_unit_the_reply_does_not_report_costs_none_with_one_warning():
    pricing._warned.clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # gpt-4o-mini-tts bills tokens; the speech endpoint reports only what was sent
        assert pricing.cost_of_units("openai", "gpt-4o-mini-tts", {"input_characters": 40}) is None
        assert pricing.cost_of_units("openai", "gpt-4o-mini-tts", {"input_characters": 40}) is None
        # a transcription in srt reports no duration
        assert pricing.cost_of_units("openai", "whisper-1", {}) is None
    messages = [str(w.message) for w in caught if issubclass(w.category, UnknownPriceWarning)]
    assert len(messages) == 2
    assert "openai/gpt-4o-mini-tts" in messages[0] and "tokens" in messages[0]
    assert "seconds of audio" in messages[1]


def test_reply_usage_becomes_the_price_units():
    from llmrouter.endpoints import costs
    from llmrouter.media import ImagesUsage, Transcription

    usage = ImagesUsage.model_validate(
        {
            "input_tokens": 20,
            "input_tokens_details": {"text_tokens": 14, "image_tokens": 6},
            "output_tokens": 300,
            "output_tokens_details": {"text_tokens": 28, "image_tokens": 272},
            "total_tokens": 320,
        }
    )
    units = costs.image_units(usage)
    assert units == {
        "input_tokens": 20,
        "input_image_tokens": 6,
        "output_tokens": 300,
        "output_image_tokens": 272,
    }
    # gpt-image-1: text input $5, image input $10, output $40 per 1M
    assert costs.image_cost("openai", "gpt-image-1", usage) == pytest.approx(
        (14 * 5 + 6 * 10 + 300 * 40) / 1e6
    )
    assert costs.image_units(None) == {}
    assert costs.speech_units("Hello!", None) == {"input_characters": 6}
    assert costs.speech_units("Hi", {"input_tokens": 3, "output_tokens": 90})["output_audio_tokens"] == 90
    # transcription: tokens, billed seconds, or verbose_json's duration rounded up to whole seconds
    tokens = Transcription.model_validate(
        {"text": "x", "usage": {"type": "tokens", "input_tokens": 52, "output_tokens": 14}}
    )
    assert costs.transcription_units(tokens) == {
        "input_tokens": 52,
        "input_audio_tokens": 52,
        "output_tokens": 14,
    }
    seconds = Transcription.model_validate({"text": "x", "usage": {"type": "duration", "seconds": 4}})
    assert costs.transcription_units(seconds)["audio_seconds"] == 4
    verbose = Transcription.model_validate({"text": "x", "duration": 3.2})
    assert costs.transcription_units(verbose) == {"audio_seconds": 4, "input_audio_seconds": 4}
    assert costs.transcription_units(Transcription(text="1\n00:00:00,000 --> ...")) == {}


def test_gemini_embeddings_are_priced_from_an_estimated_usage():
    from llmrouter.testing import use_cassette

    cassette = ROOT / "cassettes" / "google" / "embeddings.yaml"
    with use_cassette(cassette):
        reply = llmrouter.embedding(
            "google/gemini-embedding-001",
            ["hello", "world"],
            api_key="test-gemini-key-0123456789",
            dimensions=4,
            input_type="query",
            num_retries=0,
        )
    # Gemini reports no usage: each five-letter word counts ceil(5 / 4) = 2 tokens, at $0.15 / 1M
    assert reply.usage is not None and reply.usage.estimated
    assert (reply.usage.prompt_tokens, reply.usage.total_tokens) == (4, 4)
    assert reply.cost_usd == pytest.approx(4 * 0.15 / 1e6)
    assert reply.model_dump()["usage"] == {"prompt_tokens": 4, "total_tokens": 4, "estimated": True}
    # a vendor's own usage is never marked
    assert "estimated" not in EmbeddingUsage(prompt_tokens=3, total_tokens=3).model_dump()


def test_a_chat_reply_in_the_flex_tier_is_billed_at_flex_rates():
    from llmrouter.finish import finish_chat
    from llmrouter.request import ChatRequest
    from llmrouter.types import ChatCompletion, Message

    request = ChatRequest(model="gpt-5", messages=[Message(role="user", content="hi")])
    body = {
        "id": "chatcmpl-1",
        "created": 1,
        "model": "gpt-5-2025-08-07",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "hello"}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 1_000_000, "completion_tokens": 100_000, "total_tokens": 1_100_000},
    }
    flex = ChatCompletion.model_validate({**body, "service_tier": "flex"})
    standard = ChatCompletion.model_validate({**body, "service_tier": "default"})
    assert finish_chat(request, flex, "openai") == pytest.approx(0.625 + 0.5)
    assert flex.cost_usd == pytest.approx(0.625 + 0.5) and flex.provider == "openai"
    assert finish_chat(request, standard, "openai") == pytest.approx(1.25 + 1.0)


def test_a_streamed_reply_keeps_its_tier_for_the_price():
    from llmrouter.finish import finish_chat
    from llmrouter.request import ChatRequest
    from llmrouter.streaming import StreamAssembler
    from llmrouter.types import ChatCompletionChunk, Message

    head = {"id": "chatcmpl-1", "created": 1, "model": "gpt-5", "service_tier": "priority"}
    assembler = StreamAssembler()
    for choices, usage in (
        ([{"index": 0, "delta": {"role": "assistant", "content": "hel"}}], None),
        ([{"index": 0, "delta": {"content": "lo"}, "finish_reason": "stop"}], None),
        ([], {"prompt_tokens": 1_000_000, "completion_tokens": 100_000, "total_tokens": 1_100_000}),
    ):
        assembler.add(ChatCompletionChunk.model_validate({**head, "choices": choices, "usage": usage}))
    completion = assembler.result()
    assert completion.content == "hello" and completion.model_dump()["service_tier"] == "priority"
    request = ChatRequest(model="gpt-5", messages=[Message(role="user", content="hi")])
    assert finish_chat(request, completion, "openai") == pytest.approx(2.50 + 2.0)


def test_tier_rates_agree_with_genai_prices_on_every_model_that_has_them():
    import genai_prices

    now = datetime.now(UTC)
    checked = 0
    for data_provider in pricing._data().providers:
        ours = {v: k for k, v in pricing.DATA_PROVIDERS.items() if v}.get(data_provider.id)
        for model in data_provider.models if ours else ():
            tiers = {v.when["service_tier"] for v in model.price_variants or () if "service_tier" in v.when}
            if tiers and getattr(pricing._data_model(ours, model.id), "id", None) != model.id:
                continue  # an id whose match rules name another model
            for tier in sorted(tiers):
                usage = Usage.of(120_000, 9_000, cached_tokens=30_000)
                reference = model.calc_price(
                    genai_prices.Usage(input_tokens=120_000, output_tokens=9_000, cache_read_tokens=30_000),
                    data_provider,
                    genai_request_timestamp=now,
                    price_context={"service_tier": tier},
                )
                assert cost_of(ours, model.id, usage, when=now, service_tier=tier) == pytest.approx(
                    float(reference.total_price), rel=1e-9
                ), (ours, model.id, tier)
                checked += 1
    assert checked > 50
