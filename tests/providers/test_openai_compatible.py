"""OpenAI-compatible vendors (groq, deepseek, openrouter, ollama, perplexity, openai_compatible)
through the public API: the same provider code with each vendor's base URL, key variable and
parameter table, against cassettes in cassettes/<vendor>/ (made by cassettes/openai/make_cassettes.py).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

import llmrouter
from llmrouter import errors
from llmrouter.testing import request_json, use_cassette

ROOT = Path(__file__).resolve().parents[2] / "cassettes"
KEY = "test-compat-key-0123456789"
HELLO = [{"role": "user", "content": "Say hello in one word."}]
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def cassette(vendor: str, name: str) -> Path:
    return ROOT / vendor / f"{name}.yaml"


def recorded_body(vendor: str, name: str, index: int = 0) -> Any:
    data = yaml.safe_load(cassette(vendor, name).read_text(encoding="utf-8"))
    return json.loads(data["interactions"][index]["response"]["body"]["string"])


def as_openai_shape(body: dict[str, Any]) -> dict[str, Any]:
    """The vendor body with the OpenAI message fields a vendor leaves out filled in as null.

    A reply is normalised onto the OpenAI shape: ``refusal`` is always there (null when the
    vendor does not send it), every vendor field is kept as sent."""
    body = copy.deepcopy(body)
    for choice in body["choices"]:
        choice["message"].setdefault("refusal", None)
        choice["message"].setdefault("content", None)
        choice.setdefault("logprobs", None)
    return body


class Recorder:
    def __init__(self) -> None:
        self.contexts: list[Any] = []

    def after_response(self, ctx: Any) -> None:
        self.contexts.append(ctx)


# --------------------------------------------------------------------------------------------
# Groq
# --------------------------------------------------------------------------------------------

GROQ = "groq/llama-3.1-8b-instant"


def test_groq_plain_reply() -> None:
    with use_cassette(cassette("groq", "chat_plain"), filter_credentials=False) as sent:
        reply = llmrouter.completion(GROQ, HELLO, api_key=KEY, max_tokens=32)
    assert sent[0].uri == "https://api.groq.com/openai/v1/chat/completions"
    assert sent[0].headers["authorization"] == f"Bearer {KEY}"
    body = request_json(sent[0])
    assert body == {"model": "llama-3.1-8b-instant", "messages": HELLO, "max_tokens": 32}
    assert reply.content == "Hello!"
    assert reply.provider == "groq"
    assert reply.usage is not None and (reply.usage.prompt_tokens, reply.usage.total_tokens) == (41, 44)
    dumped = reply.model_dump()
    # Groq's own fields survive the round trip.
    assert dumped["x_groq"] == {"id": "req_01k1groqplain000000000000"}
    assert dumped["usage_breakdown"] == {"models": None}
    assert dumped["usage"]["queue_time"] == 0.017993656
    assert dumped["service_tier"] == "on_demand"
    assert dumped == as_openai_shape(recorded_body("groq", "chat_plain"))


async def test_groq_plain_reply_async() -> None:
    with use_cassette(cassette("groq", "chat_plain")) as sent:
        reply = await llmrouter.acompletion(GROQ, HELLO, api_key=KEY)
    assert request_json(sent[0])["model"] == "llama-3.1-8b-instant"
    assert reply.content == "Hello!" and reply.provider == "groq"


def test_groq_stream_with_x_groq_and_usage() -> None:
    with use_cassette(cassette("groq", "chat_stream")) as sent:
        stream = llmrouter.completion(
            GROQ, HELLO, api_key=KEY, stream=True, stream_options={"include_usage": True}
        )
        chunks = list(stream)
    body = request_json(sent[0])
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    assert chunks[0].model_dump()["x_groq"] == {"id": "req_01k1groqstream00000000000"}
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert stream.completion is not None and stream.completion.content == "Hello!"
    assert stream.completion.usage is not None and stream.completion.usage.total_tokens == 44


async def test_groq_stream_hides_usage_chunk_async() -> None:
    with use_cassette(cassette("groq", "chat_stream")):
        stream = await llmrouter.acompletion(GROQ, HELLO, api_key=KEY, stream=True)
        chunks = [c async for c in stream]
    assert all(c.choices for c in chunks)
    assert stream.completion is not None
    assert stream.completion.usage is not None and stream.completion.usage.completion_tokens == 3
    assert stream.completion.provider == "groq"


def test_groq_tools_and_camel_case_aliases() -> None:
    with use_cassette(cassette("groq", "chat_tools")) as sent:
        reply = llmrouter.completion(
            GROQ, HELLO, api_key=KEY, tools=[WEATHER_TOOL], toolChoice="required", maxTokens=100, userId="u-7"
        )
    body = request_json(sent[0])
    assert body["max_tokens"] == 100 and "max_completion_tokens" not in body  # compat vendors take max_tokens
    assert body["tool_choice"] == "required"
    assert body["user"] == "u-7"
    assert body["tools"] == [WEATHER_TOOL]
    assert reply.finish_reason == "tool_calls"
    assert reply.content is None
    assert [(c.id, c.function.name, json.loads(c.function.arguments)) for c in reply.tool_calls] == [
        ("call_g7h3k9m2", "get_weather", {"city": "Paris"})
    ]
    assert reply.model_dump() == as_openai_shape(recorded_body("groq", "chat_tools"))


def test_groq_refuses_logprobs_and_drops_them_when_asked() -> None:
    with (
        use_cassette(cassette("groq", "chat_plain")) as sent,
        pytest.raises(errors.UnsupportedParameterError) as caught,
    ):
        llmrouter.completion(GROQ, HELLO, api_key=KEY, logprobs=True)
    assert sent == []
    assert caught.value.param == "logprobs" and caught.value.provider == "groq"
    with use_cassette(cassette("groq", "chat_plain")) as sent:
        llmrouter.completion(GROQ, HELLO, api_key=KEY, logprobs=True, top_logprobs=2, drop_params=True)
    body = request_json(sent[0])
    assert "logprobs" not in body and "top_logprobs" not in body


def test_groq_missing_key_names_groq_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "test-openai-key-is-not-groq")  # must not be borrowed
    with (
        use_cassette(cassette("groq", "chat_plain")) as sent,
        pytest.raises(errors.AuthenticationError) as caught,
    ):
        llmrouter.completion(GROQ, HELLO)
    assert sent == []
    assert "GROQ_API_KEY" in str(caught.value)
    assert caught.value.provider == "groq"


async def test_groq_missing_key_async() -> None:
    with (
        use_cassette(cassette("groq", "chat_plain")) as sent,
        pytest.raises(errors.AuthenticationError) as caught,
    ):
        await llmrouter.acompletion(GROQ, HELLO)
    assert sent == []
    assert "GROQ_API_KEY" in str(caught.value)


def test_groq_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GROQ_API_KEY", "test-groq-env-key-0123")
    with use_cassette(cassette("groq", "chat_plain"), filter_credentials=False) as sent:
        llmrouter.completion(GROQ, HELLO)
    assert sent[0].headers["authorization"] == "Bearer test-groq-env-key-0123"


GROQ_ERRORS = [
    ("error_401", errors.AuthenticationError, 401, "invalid_api_key", "req_01k1groqe401000000000000"),
    ("error_404", errors.ModelNotFoundError, 404, "model_not_found", "req_01k1groqe404000000000000"),
    ("error_429", errors.RateLimitError, 429, "rate_limit_exceeded", "req_01k1groqe429000000000000"),
    ("error_503", errors.ServiceUnavailableError, 503, "service_unavailable", "req_01k1groqe503000000000000"),
]


def _check(
    error: errors.LLMRouterError, cls: type, status: int, code: str, request_id: str | None, provider: str
) -> None:
    import openai

    assert type(error) is cls
    assert error.status == status
    assert error.code == code
    assert error.provider == provider
    assert error.request_id == request_id
    assert isinstance(error.__cause__, openai.APIStatusError)
    for text in (str(error), repr(error), json.dumps(error.to_dict())):
        assert KEY not in text


@pytest.mark.parametrize(
    ("name", "cls", "status", "code", "request_id"), GROQ_ERRORS, ids=[e[0] for e in GROQ_ERRORS]
)
def test_groq_errors_are_typed(name: str, cls: type, status: int, code: str, request_id: str) -> None:
    with use_cassette(cassette("groq", name)), pytest.raises(errors.LLMRouterError) as caught:
        llmrouter.completion(GROQ, HELLO, api_key=KEY)
    _check(caught.value, cls, status, code, request_id, "groq")
    assert caught.value.message == recorded_body("groq", name)["error"]["message"]


@pytest.mark.parametrize(
    ("name", "cls", "status", "code", "request_id"), GROQ_ERRORS, ids=[e[0] for e in GROQ_ERRORS]
)
async def test_groq_errors_are_typed_async(
    name: str, cls: type, status: int, code: str, request_id: str
) -> None:
    with use_cassette(cassette("groq", name)), pytest.raises(errors.LLMRouterError) as caught:
        await llmrouter.acompletion(GROQ, HELLO, api_key=KEY, stream=True)
    _check(caught.value, cls, status, code, request_id, "groq")


def test_groq_rate_limit_retry_after() -> None:
    with use_cassette(cassette("groq", "error_429")), pytest.raises(errors.RateLimitError) as caught:
        llmrouter.completion(GROQ, HELLO, api_key=KEY)
    assert caught.value.retry_after == 2.0
    assert caught.value.param is None or caught.value.param == ""


# --------------------------------------------------------------------------------------------
# DeepSeek
# --------------------------------------------------------------------------------------------


def test_deepseek_plain_reply_keeps_cache_fields() -> None:
    with use_cassette(cassette("deepseek", "chat_plain")) as sent:
        reply = llmrouter.completion("deepseek/deepseek-chat", HELLO, api_key=KEY, maxTokens=50)
    assert sent[0].uri == "https://api.deepseek.com/v1/chat/completions"
    assert request_json(sent[0]) == {"model": "deepseek-chat", "messages": HELLO, "max_tokens": 50}
    assert reply.provider == "deepseek"
    assert reply.content == "Hello! How can I help you today?"
    assert reply.reasoning_content is None
    assert reply.usage is not None and reply.usage.cached_tokens == 0
    dumped = reply.model_dump()
    assert dumped["usage"]["prompt_cache_hit_tokens"] == 0
    assert dumped["usage"]["prompt_cache_miss_tokens"] == 11
    assert "reasoning_content" not in dumped["choices"][0]["message"]
    assert dumped == as_openai_shape(recorded_body("deepseek", "chat_plain"))


def test_deepseek_bare_model_name_resolves() -> None:
    with use_cassette(cassette("deepseek", "chat_plain")) as sent:
        reply = llmrouter.completion("deepseek-chat", HELLO, api_key=KEY)
    assert sent[0].uri.startswith("https://api.deepseek.com/")
    assert reply.provider == "deepseek"


def test_deepseek_reasoner_surfaces_reasoning_content() -> None:
    with use_cassette(cassette("deepseek", "reasoner")) as sent:
        reply = llmrouter.completion(
            "deepseek/deepseek-reasoner",
            [{"role": "user", "content": "9.11 or 9.8, which is smaller?"}],
            api_key=KEY,
        )
    assert request_json(sent[0])["model"] == "deepseek-reasoner"
    assert reply.content == "9.11 is smaller than 9.8."
    assert reply.reasoning_content is not None and reply.reasoning_content.startswith("Compare 9.11 and 9.8")
    assert reply.message is not None and reply.message.reasoning_content == reply.reasoning_content
    assert reply.usage is not None and reply.usage.reasoning_tokens == 72
    assert reply.model_dump() == as_openai_shape(recorded_body("deepseek", "reasoner"))


async def test_deepseek_reasoner_async_and_reasoning_is_not_sent_back() -> None:
    question = {"role": "user", "content": "9.11 or 9.8, which is smaller?"}
    with use_cassette(cassette("deepseek", "reasoner")):
        first = await llmrouter.acompletion("deepseek/deepseek-reasoner", [question], api_key=KEY)
    assert first.reasoning_content is not None
    assert first.message is not None
    history = [question, first.message.to_message(), {"role": "user", "content": "And which is larger?"}]
    with use_cassette(cassette("deepseek", "reasoner_followup")) as sent:
        second = await llmrouter.acompletion("deepseek/deepseek-reasoner", history, api_key=KEY)
    wire = request_json(sent[0])["messages"]
    # DeepSeek answers 400 when reasoning_content comes back in the input, so it must be left out.
    assert wire[1] == {"role": "assistant", "content": "9.11 is smaller than 9.8."}
    assert all("reasoning_content" not in m for m in wire)
    assert second.reasoning_content == "Same comparison as before."
    assert second.usage is not None and second.usage.cached_tokens == 19


def test_deepseek_reasoner_stream_assembles_reasoning() -> None:
    with use_cassette(cassette("deepseek", "reasoner_stream")) as sent:
        stream = llmrouter.completion("deepseek/deepseek-reasoner", HELLO, api_key=KEY, stream=True)
        chunks = list(stream)
    assert request_json(sent[0])["stream_options"] == {"include_usage": True}
    assert [c.choices[0].delta.reasoning_content for c in chunks[1:3]] == ["Compare the", " tenths."]
    final = stream.completion
    assert final is not None
    assert final.reasoning_content == "Compare the tenths."
    assert final.content == "9.11 is smaller."
    assert final.usage is not None and final.usage.reasoning_tokens == 25


async def test_deepseek_reasoner_stream_async() -> None:
    with use_cassette(cassette("deepseek", "reasoner_stream")):
        stream = await llmrouter.acompletion("deepseek/deepseek-reasoner", HELLO, api_key=KEY, stream=True)
        final = await stream.get_final_completion()
    assert final.reasoning_content == "Compare the tenths."
    assert final.content == "9.11 is smaller."
    assert final.provider == "deepseek"


@pytest.mark.parametrize(
    "param", [{"seed": 1}, {"n": 2}, {"reasoning_effort": "low"}, {"metadata": {"a": "b"}}]
)
def test_deepseek_refuses_what_it_does_not_support(param: dict[str, Any]) -> None:
    with (
        use_cassette(cassette("deepseek", "chat_plain")) as sent,
        pytest.raises(errors.UnsupportedParameterError) as caught,
    ):
        llmrouter.completion("deepseek/deepseek-chat", HELLO, api_key=KEY, **param)
    assert sent == []
    assert caught.value.param == next(iter(param))
    assert "drop_params" in str(caught.value)


def test_deepseek_n_1_is_not_refused() -> None:
    with use_cassette(cassette("deepseek", "chat_plain")) as sent:
        llmrouter.completion("deepseek/deepseek-chat", HELLO, api_key=KEY, n=1)
    assert "n" not in request_json(sent[0])


@pytest.mark.parametrize(
    ("name", "cls", "status"),
    [("error_401", errors.AuthenticationError, 401), ("error_402", errors.InvalidRequestError, 402)],
)
def test_deepseek_errors_are_typed(name: str, cls: type, status: int) -> None:
    with use_cassette(cassette("deepseek", name)), pytest.raises(errors.LLMRouterError) as caught:
        llmrouter.completion("deepseek/deepseek-chat", HELLO, api_key=KEY)
    assert type(caught.value) is cls
    assert caught.value.status == status
    assert caught.value.provider == "deepseek"
    assert caught.value.message == recorded_body("deepseek", name)["error"]["message"]
    assert caught.value.__cause__ is not None
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)


def test_deepseek_missing_key() -> None:
    with (
        use_cassette(cassette("deepseek", "chat_plain")) as sent,
        pytest.raises(errors.AuthenticationError) as caught,
    ):
        llmrouter.completion("deepseek/deepseek-chat", HELLO)
    assert sent == []
    assert "DEEPSEEK_API_KEY" in str(caught.value)


# --------------------------------------------------------------------------------------------
# OpenRouter
# --------------------------------------------------------------------------------------------

OPENROUTER = "openrouter/openai/gpt-4o-mini"


def test_openrouter_plain_reply_keeps_vendor_fields() -> None:
    with use_cassette(cassette("openrouter", "chat_plain")) as sent:
        reply = llmrouter.completion(OPENROUTER, HELLO, api_key=KEY)
    assert sent[0].uri == "https://openrouter.ai/api/v1/chat/completions"
    assert request_json(sent[0]) == {"model": "openai/gpt-4o-mini", "messages": HELLO}
    # .provider is the llmrouter plugin that served the call; the vendor's "provider" field stays in the dump.
    assert reply.provider == "openrouter"
    dumped = reply.model_dump()
    assert dumped["provider"] == "OpenAI"
    assert dumped["choices"][0]["native_finish_reason"] == "stop"
    assert dumped == recorded_body("openrouter", "chat_plain")


async def test_openrouter_plain_reply_async() -> None:
    with use_cassette(cassette("openrouter", "chat_plain")) as sent:
        reply = await llmrouter.acompletion(
            OPENROUTER, HELLO, api_key=KEY, extra_body={"transforms": ["middle-out"]}
        )
    assert request_json(sent[0])["transforms"] == ["middle-out"]
    assert reply.content == "Hello!"
    assert reply.provider == "openrouter"


def test_openrouter_stream_skips_processing_comments() -> None:
    with use_cassette(cassette("openrouter", "chat_stream")) as sent:
        stream = llmrouter.completion(
            OPENROUTER, HELLO, api_key=KEY, stream=True, stream_options={"include_usage": True}
        )
        chunks = list(stream)
    assert request_json(sent[0])["stream"] is True
    assert len(chunks) == 4
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    assert "".join(c.content or "" for c in chunks) == "Hello!"
    assert stream.completion is not None and stream.completion.content == "Hello!"
    assert stream.completion.usage is not None and stream.completion.usage.total_tokens == 15


async def test_openrouter_stream_async_closes_early() -> None:
    with use_cassette(cassette("openrouter", "chat_stream")):
        async with await llmrouter.acompletion(OPENROUTER, HELLO, api_key=KEY, stream=True) as stream:
            first = await stream.__anext__()
            await stream.aclose()
            rest = [c async for c in stream]
    assert first.content == "Hel"
    assert rest == []
    assert stream.completion is not None and stream.completion.content == "Hel"


def test_openrouter_mid_stream_error_is_a_provider_error() -> None:
    with use_cassette(cassette("openrouter", "stream_midstream_error")):
        stream = llmrouter.completion(OPENROUTER, HELLO, api_key=KEY, stream=True)
        with pytest.raises(errors.ProviderError) as caught:
            list(stream)
    assert caught.value.provider == "openrouter"
    assert stream.completion is not None and stream.completion.content == "Hel"


def test_openrouter_mid_stream_error_keeps_the_vendor_message() -> None:
    with use_cassette(cassette("openrouter", "stream_midstream_error")):
        stream = llmrouter.completion(OPENROUTER, HELLO, api_key=KEY, stream=True)
        with pytest.raises(errors.ProviderError) as caught:
            list(stream)
    assert caught.value.message == "Provider disconnected unexpectedly"
    assert caught.value.code == "server_error"
    assert "validation" not in str(caught.value).lower()


def test_openrouter_errors_are_typed() -> None:
    with use_cassette(cassette("openrouter", "error_429")), pytest.raises(errors.RateLimitError) as caught:
        llmrouter.completion(OPENROUTER, HELLO, api_key=KEY)
    assert caught.value.status == 429 and caught.value.provider == "openrouter"
    assert caught.value.message == "Provider returned error"
    assert caught.value.retry_after is None  # OpenRouter sends no retry-after here
    assert caught.value.__cause__ is not None
    with (
        use_cassette(cassette("openrouter", "error_402")),
        pytest.raises(errors.InvalidRequestError) as caught402,
    ):
        llmrouter.completion(OPENROUTER, HELLO, api_key=KEY)
    assert caught402.value.status == 402
    assert "more credits" in caught402.value.message


async def test_openrouter_error_async() -> None:
    with (
        use_cassette(cassette("openrouter", "error_400")),
        pytest.raises(errors.InvalidRequestError) as caught,
    ):
        await llmrouter.acompletion(OPENROUTER, HELLO, api_key=KEY)
    assert caught.value.status == 400
    assert "not a valid model ID" in caught.value.message


def test_openrouter_numeric_error_code_does_not_replace_ours() -> None:
    with use_cassette(cassette("openrouter", "error_429")), pytest.raises(errors.RateLimitError) as caught:
        llmrouter.completion(OPENROUTER, HELLO, api_key=KEY)
    assert caught.value.code == "rate_limit_exceeded"


def test_openrouter_missing_key() -> None:
    with (
        use_cassette(cassette("openrouter", "chat_plain")) as sent,
        pytest.raises(errors.AuthenticationError) as caught,
    ):
        llmrouter.completion(OPENROUTER, HELLO)
    assert sent == []
    assert "OPENROUTER_API_KEY" in str(caught.value)


# --------------------------------------------------------------------------------------------
# Ollama, openai_compatible, perplexity
# --------------------------------------------------------------------------------------------


def test_ollama_needs_no_key_and_hits_localhost() -> None:
    with use_cassette(cassette("ollama", "chat_plain")) as sent:
        reply = llmrouter.completion("ollama/llama3.2", HELLO)
    assert sent[0].uri == "http://localhost:11434/v1/chat/completions"
    assert request_json(sent[0]) == {"model": "llama3.2", "messages": HELLO}
    assert reply.content == "Hello!"
    assert reply.provider == "ollama"
    assert reply.model_dump() == as_openai_shape(recorded_body("ollama", "chat_plain"))


async def test_ollama_async_and_embeddings_float() -> None:
    with use_cassette(cassette("ollama", "chat_plain")):
        reply = await llmrouter.acompletion("ollama/llama3.2", HELLO)
    assert reply.content == "Hello!"
    with use_cassette(cassette("ollama", "embeddings")) as sent:
        emb = await llmrouter.aembedding("ollama/all-minilm", "hello")
    assert sent[0].uri == "http://localhost:11434/v1/embeddings"
    assert request_json(sent[0])["input"] == ["hello"]
    # Ollama answers with a float list even though the SDK asked for base64.
    assert emb.embeddings == [[0.25, -0.5, 0.75]]
    assert emb.provider == "ollama"


def test_ollama_embeddings_sync() -> None:
    with use_cassette(cassette("ollama", "embeddings")) as sent:
        emb = llmrouter.embedding("ollama/all-minilm", ["hello"])
    assert request_json(sent[0])["model"] == "all-minilm"
    assert emb.embeddings == [[0.25, -0.5, 0.75]]


def test_openai_compatible_with_api_base() -> None:
    with use_cassette(cassette("ollama", "chat_plain")) as sent:
        reply = llmrouter.completion(
            "openai_compatible/llama3.2", HELLO, api_base="http://localhost:11434/v1"
        )
    assert sent[0].uri == "http://localhost:11434/v1/chat/completions"
    assert reply.provider == "openai_compatible"


def test_openai_compatible_without_api_base_is_refused() -> None:
    with (
        use_cassette(cassette("ollama", "chat_plain")) as sent,
        pytest.raises(errors.InvalidRequestError) as caught,
    ):
        llmrouter.completion("openai_compatible/my-model", HELLO, api_key=KEY)
    assert sent == []
    assert "api_base" in str(caught.value)
    assert caught.value.provider == "openai_compatible"


async def test_openai_compatible_without_api_base_is_refused_async() -> None:
    with use_cassette(cassette("ollama", "chat_plain")) as sent, pytest.raises(errors.InvalidRequestError):
        await llmrouter.acompletion("openai_compatible/my-model", HELLO, stream=True)
    assert sent == []


def test_perplexity_refuses_tools() -> None:
    with (
        use_cassette(cassette("perplexity", "chat_plain")) as sent,
        pytest.raises(errors.UnsupportedParameterError) as caught,
    ):
        llmrouter.completion("perplexity/sonar", HELLO, api_key=KEY, tools=[WEATHER_TOOL])
    assert sent == []
    assert caught.value.param == "tools"
    assert caught.value.provider == "perplexity"


def test_perplexity_drops_tools_with_drop_params() -> None:
    with use_cassette(cassette("perplexity", "chat_plain")) as sent:
        reply = llmrouter.completion(
            "perplexity/sonar", HELLO, api_key=KEY, tools=[WEATHER_TOOL], tool_choice="auto", drop_params=True
        )
    body = request_json(sent[0])
    assert sent[0].uri == "https://api.perplexity.ai/chat/completions"
    assert "tools" not in body and "tool_choice" not in body
    assert body == {"model": "sonar", "messages": HELLO}
    assert reply.content is not None and "Paris" in reply.content
    dumped = reply.model_dump()
    assert dumped["citations"] == ["https://www.meteofrance.com/"]
    assert dumped["search_results"][0]["url"] == "https://www.meteofrance.com/"


async def test_perplexity_drops_tools_async() -> None:
    with use_cassette(cassette("perplexity", "chat_plain")) as sent:
        reply = await llmrouter.acompletion(
            "sonar", HELLO, api_key=KEY, tools=[WEATHER_TOOL], dropParams=True
        )
    assert "tools" not in request_json(sent[0])
    assert reply.provider == "perplexity"


# --------------------------------------------------------------------------------------------
# Shared behaviour across vendors
# --------------------------------------------------------------------------------------------

VENDORS = [
    ("groq/llama-3.1-8b-instant", "groq", "https://api.groq.com/openai/v1/chat/completions"),
    ("deepseek/deepseek-chat", "deepseek", "https://api.deepseek.com/v1/chat/completions"),
    ("openrouter/openai/gpt-4o-mini", "openrouter", "https://openrouter.ai/api/v1/chat/completions"),
]


@pytest.mark.parametrize(("model", "vendor", "url"), VENDORS, ids=[v[1] for v in VENDORS])
def test_vendor_camel_case_aliases_use_max_tokens(model: str, vendor: str, url: str) -> None:
    with use_cassette(cassette(vendor, "chat_plain")) as sent:
        llmrouter.completion(model, HELLO, api_key=KEY, maxTokens=20, userId="user-9", topP=0.9)
    assert sent[0].uri == url
    body = request_json(sent[0])
    assert body["max_tokens"] == 20 and "max_completion_tokens" not in body
    assert body["top_p"] == 0.9
    assert body["user"] == "user-9"


@pytest.mark.parametrize(("model", "vendor", "url"), VENDORS, ids=[v[1] for v in VENDORS])
async def test_vendor_messages_are_not_mutated(model: str, vendor: str, url: str) -> None:
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": [{"type": "text", "text": "Hi"}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "sunny"},
    ]
    before = copy.deepcopy(messages)
    with use_cassette(cassette(vendor, "chat_plain")) as sent:
        await llmrouter.acompletion(model, messages, api_key=KEY)
    assert messages == before
    assert request_json(sent[0])["messages"] == before


@pytest.mark.parametrize(("model", "vendor", "url"), VENDORS, ids=[v[1] for v in VENDORS])
@pytest.mark.parametrize(
    ("messages", "params"),
    [
        ("hello", {}),
        ([{"role": "tool", "content": "x"}], {}),
        ([{"role": "robot", "content": "x"}], {}),
        (HELLO, {"temperature": 3}),
        (HELLO, {"frobnicate": True}),
    ],
    ids=["not-a-list", "tool-without-id", "unknown-role", "temperature-3", "unknown-param"],
)
def test_vendor_bad_input(model: str, vendor: str, url: str, messages: Any, params: dict[str, Any]) -> None:
    with use_cassette(cassette(vendor, "chat_plain")) as sent, pytest.raises(Exception) as caught:
        llmrouter.completion(model, messages, api_key=KEY, **params)
    assert type(caught.value) is errors.InvalidRequestError, repr(caught.value)
    assert sent == []


def test_keys_are_cached_per_vendor_client() -> None:
    recorder = Recorder()
    with use_cassette(cassette("groq", "chat_plain"), filter_credentials=False) as first:
        llmrouter.completion(GROQ, HELLO, api_key="test-groq-key-A-0001", hooks=[recorder])
    with use_cassette(cassette("groq", "chat_plain"), filter_credentials=False) as second:
        llmrouter.completion(GROQ, HELLO, api_key="test-groq-key-B-0002", hooks=[recorder])
    assert first[0].headers["authorization"] == "Bearer test-groq-key-A-0001"
    assert second[0].headers["authorization"] == "Bearer test-groq-key-B-0002"
    assert [ctx.provider for ctx in recorder.contexts] == ["groq", "groq"]


# --------------------------------------------------------------------------------------------
# Vendor matrix: groq and openrouter, every feature, sync and async
# --------------------------------------------------------------------------------------------
#
# Each feature has a sync and an async test, both parametrized over the two vendors; the
# checks they share live in one _check_* helper so both modes assert exactly the same things.
# MATRIX maps a feature to (model the caller asks for, cassette in cassettes/<vendor>/).

VERSATILE = "llama-3.3-70b-versatile"
SCOUT = "meta-llama/llama-4-scout-17b-16e-instruct"
MINI = "openai/gpt-4o-mini"
CLAUDE = "anthropic/claude-sonnet-4.5"

MATRIX: dict[str, dict[str, tuple[str, str]]] = {
    "groq": {
        "plain": (VERSATILE, "versatile_plain"),
        "multiturn": (VERSATILE, "versatile_multiturn"),
        "stream": (VERSATILE, "versatile_stream"),
        "tools": (VERSATILE, "versatile_tools"),
        "tool_result": (VERSATILE, "versatile_tool_result"),
        "json_schema": (SCOUT, "scout_json_schema"),
        "image": (SCOUT, "scout_image"),
    },
    "openrouter": {
        "plain": (MINI, "chat_plain"),
        "multiturn": (CLAUDE, "claude_multiturn"),
        "stream": (MINI, "chat_stream"),
        "tools": (CLAUDE, "claude_tools"),
        "tool_result": (CLAUDE, "claude_tool_result"),
        "json_schema": (MINI, "chat_json_schema"),
        "image": (CLAUDE, "claude_image"),
    },
}
CHAT_URLS = {
    "groq": "https://api.groq.com/openai/v1/chat/completions",
    "openrouter": "https://openrouter.ai/api/v1/chat/completions",
}
MATRIX_VENDORS = ["groq", "openrouter"]
vendors = pytest.mark.parametrize("vendor", MATRIX_VENDORS)

# What each vendor's stream cassette holds: text, (prompt, completion, total) usage, chunk count.
STREAMED = {"groq": ("Hello there!", (42, 4, 46), 6), "openrouter": ("Hello!", (13, 2, 15), 4)}

PIRATE = [
    {"role": "system", "content": "Answer like a pirate."},
    {"role": "user", "content": "My name is Ada."},
    {"role": "assistant", "content": "Ahoy, Ada!"},
    {"role": "user", "content": "What is my name, and how do you talk?"},
]
PNG_DATA_URL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
IMAGE_MESSAGES = [
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "Describe both images."},
            {"type": "image_url", "image_url": {"url": "https://example.com/boardwalk.jpg", "detail": "low"}},
            {"type": "image_url", "image_url": {"url": PNG_DATA_URL}},
        ],
    }
]


class City(BaseModel):
    city: str
    country: str
    population_millions: float


def case(vendor: str, feature: str) -> tuple[str, Path]:
    """The routed model name (``vendor/model``) and the cassette for one cell of the matrix."""
    model, name = MATRIX[vendor][feature]
    return f"{vendor}/{model}", cassette(vendor, name)


def recorded(vendor: str, feature: str) -> dict[str, Any]:
    return recorded_body(vendor, MATRIX[vendor][feature][1])


def _check_wire(vendor: str, feature: str, sent: list[Any]) -> dict[str, Any]:
    assert len(sent) == 1
    assert sent[0].method == "POST"
    assert sent[0].uri == CHAT_URLS[vendor]
    body = request_json(sent[0])
    assert body["model"] == MATRIX[vendor][feature][0]  # the vendor prefix is stripped, the rest kept
    return body


# -- plain reply -------------------------------------------------------------------------------


def _check_plain(vendor: str, sent: list[Any], reply: Any) -> None:
    body = _check_wire(vendor, "plain", sent)
    assert body == {"model": MATRIX[vendor]["plain"][0], "messages": HELLO, "max_tokens": 16}
    assert isinstance(reply, llmrouter.ChatCompletion)
    assert reply.content == "Hello!"
    assert reply.finish_reason == "stop"
    assert reply.provider == vendor
    wire = recorded(vendor, "plain")
    assert reply.id == wire["id"] and reply.model == wire["model"]
    assert reply.usage is not None
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens, reply.usage.total_tokens) == (
        wire["usage"]["prompt_tokens"],
        wire["usage"]["completion_tokens"],
        wire["usage"]["total_tokens"],
    )
    assert reply.model_dump() == as_openai_shape(wire)  # vendor fields (x_groq, provider, ...) kept


@vendors
def test_matrix_plain_reply(vendor: str) -> None:
    model, path = case(vendor, "plain")
    with use_cassette(path) as sent:
        reply = llmrouter.completion(model, HELLO, api_key=KEY, max_tokens=16)
    _check_plain(vendor, sent, reply)


@vendors
async def test_matrix_plain_reply_async(vendor: str) -> None:
    model, path = case(vendor, "plain")
    with use_cassette(path) as sent:
        reply = await llmrouter.acompletion(model, HELLO, api_key=KEY, maxTokens=16)
    _check_plain(vendor, sent, reply)


# -- system + multi-turn -----------------------------------------------------------------------


def _check_multiturn(vendor: str, sent: list[Any], reply: Any) -> None:
    body = _check_wire(vendor, "multiturn", sent)
    assert body["messages"] == PIRATE
    assert [m["role"] for m in body["messages"]] == ["system", "user", "assistant", "user"]
    assert body["temperature"] == 0.2
    assert reply.content is not None and "Ada" in reply.content
    assert reply.provider == vendor
    assert reply.model_dump() == as_openai_shape(recorded(vendor, "multiturn"))


@vendors
def test_matrix_system_and_multi_turn(vendor: str) -> None:
    model, path = case(vendor, "multiturn")
    with use_cassette(path) as sent:
        reply = llmrouter.completion(model, PIRATE, api_key=KEY, temperature=0.2)
    _check_multiturn(vendor, sent, reply)


@vendors
async def test_matrix_system_and_multi_turn_async(vendor: str) -> None:
    model, path = case(vendor, "multiturn")
    with use_cassette(path) as sent:
        reply = await llmrouter.acompletion(model, copy.deepcopy(PIRATE), api_key=KEY, temperature=0.2)
    _check_multiturn(vendor, sent, reply)


# -- streaming ---------------------------------------------------------------------------------


def _check_stream(vendor: str, sent: list[Any], chunks: list[Any], final: Any, *, shown: bool) -> None:
    text, (prompt, completion, total), count = STREAMED[vendor]
    body = _check_wire(vendor, "stream", sent)
    # Asked for or not, the wire always has include_usage: the router needs usage to price the call.
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert all(isinstance(c, llmrouter.ChatCompletionChunk) for c in chunks)
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    assert "".join(c.content or "" for c in chunks) == text
    if shown:
        assert len(chunks) == count
        assert chunks[-1].choices == [] and chunks[-1].usage is not None
        assert chunks[-1].usage.total_tokens == total
    else:
        assert len(chunks) == count - 1
        assert all(c.choices for c in chunks)
        assert all(c.usage is None for c in chunks)
    assert final is not None
    assert final.content == text
    assert final.finish_reason == "stop"
    assert final.provider == vendor
    assert final.usage is not None
    assert (final.usage.prompt_tokens, final.usage.completion_tokens, final.usage.total_tokens) == (
        prompt,
        completion,
        total,
    )


@vendors
@pytest.mark.parametrize("shown", [True, False], ids=["include_usage", "no_include_usage"])
def test_matrix_stream(vendor: str, shown: bool) -> None:
    model, path = case(vendor, "stream")
    extra = {"stream_options": {"include_usage": True}} if shown else {}
    with use_cassette(path) as sent:
        stream = llmrouter.completion(model, HELLO, api_key=KEY, stream=True, **extra)
        chunks = list(stream)
    _check_stream(vendor, sent, chunks, stream.completion, shown=shown)


@vendors
@pytest.mark.parametrize("shown", [True, False], ids=["include_usage", "no_include_usage"])
async def test_matrix_stream_async(vendor: str, shown: bool) -> None:
    model, path = case(vendor, "stream")
    extra = {"stream_options": {"include_usage": True}} if shown else {}
    with use_cassette(path) as sent:
        stream = await llmrouter.acompletion(model, HELLO, api_key=KEY, stream=True, **extra)
        chunks = [c async for c in stream]
    _check_stream(vendor, sent, chunks, stream.completion, shown=shown)


# -- tools and the tool-result turn ------------------------------------------------------------

WEATHER_QUESTION = [{"role": "user", "content": "What is the weather in Paris?"}]


def _check_tools(vendor: str, sent: list[Any], reply: Any) -> None:
    body = _check_wire(vendor, "tools", sent)
    assert body["messages"] == WEATHER_QUESTION
    assert body["tools"] == [WEATHER_TOOL]
    assert body["tool_choice"] == "auto"
    assert reply.finish_reason == "tool_calls"
    wire_call = recorded(vendor, "tools")["choices"][0]["message"]["tool_calls"][0]
    assert len(reply.tool_calls) == 1
    call = reply.tool_calls[0]
    assert call.id == wire_call["id"] and call.type == "function"
    assert call.function.name == "get_weather"
    assert isinstance(call.function.arguments, str)  # a JSON string, as the vendor sent it
    assert call.function.arguments == wire_call["function"]["arguments"]
    assert json.loads(call.function.arguments) == {"city": "Paris"}
    assert reply.model_dump() == as_openai_shape(recorded(vendor, "tools"))


@vendors
def test_matrix_tool_call(vendor: str) -> None:
    model, path = case(vendor, "tools")
    with use_cassette(path) as sent:
        reply = llmrouter.completion(
            model, WEATHER_QUESTION, api_key=KEY, tools=[WEATHER_TOOL], tool_choice="auto"
        )
    _check_tools(vendor, sent, reply)


@vendors
async def test_matrix_tool_call_async(vendor: str) -> None:
    model, path = case(vendor, "tools")
    with use_cassette(path) as sent:
        reply = await llmrouter.acompletion(
            model, WEATHER_QUESTION, api_key=KEY, tools=[WEATHER_TOOL], toolChoice="auto"
        )
    _check_tools(vendor, sent, reply)


def _tool_history(vendor: str, first: Any) -> list[dict[str, Any]]:
    """The conversation after the tool call: the question, the assistant's turn as the vendor
    returned it (``to_message``), and the tool's answer."""
    assert first.message is not None
    return [
        *WEATHER_QUESTION,
        first.message.to_message(),
        {"role": "tool", "tool_call_id": first.tool_calls[0].id, "content": '{"temp_c":18,"sky":"sunny"}'},
    ]


def _check_tool_result(vendor: str, sent: list[Any], reply: Any) -> None:
    body = _check_wire(vendor, "tool_result", sent)
    wire_call = recorded(vendor, "tools")["choices"][0]["message"]["tool_calls"][0]
    messages = body["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "tool"]
    assistant = messages[1]
    assert [
        (c["id"], c["type"], c["function"]["name"], c["function"]["arguments"])
        for c in assistant["tool_calls"]
    ] == [(wire_call["id"], "function", "get_weather", wire_call["function"]["arguments"])]
    assert "content" in assistant  # null or the vendor's preamble, never left out
    assert messages[2] == {
        "role": "tool",
        "tool_call_id": wire_call["id"],
        "content": '{"temp_c":18,"sky":"sunny"}',
    }
    assert body["tools"] == [WEATHER_TOOL]
    assert reply.finish_reason == "stop"
    assert reply.tool_calls == []
    assert reply.content is not None and "18°C" in reply.content and "Paris" in reply.content


@vendors
def test_matrix_tool_result_turn(vendor: str) -> None:
    model, tools_path = case(vendor, "tools")
    with use_cassette(tools_path):
        first = llmrouter.completion(model, WEATHER_QUESTION, api_key=KEY, tools=[WEATHER_TOOL])
    model, path = case(vendor, "tool_result")
    with use_cassette(path) as sent:
        reply = llmrouter.completion(model, _tool_history(vendor, first), api_key=KEY, tools=[WEATHER_TOOL])
    _check_tool_result(vendor, sent, reply)


@vendors
async def test_matrix_tool_result_turn_async(vendor: str) -> None:
    model, tools_path = case(vendor, "tools")
    with use_cassette(tools_path):
        first = await llmrouter.acompletion(model, WEATHER_QUESTION, api_key=KEY, tools=[WEATHER_TOOL])
    model, path = case(vendor, "tool_result")
    with use_cassette(path) as sent:
        reply = await llmrouter.acompletion(
            model, _tool_history(vendor, first), api_key=KEY, tools=[WEATHER_TOOL]
        )
    _check_tool_result(vendor, sent, reply)


@vendors
def test_matrix_tool_result_turn_written_by_hand(vendor: str) -> None:
    """The same turn as a caller would write it from scratch: content null on the assistant turn."""
    wire_call = recorded(vendor, "tools")["choices"][0]["message"]["tool_calls"][0]
    history = [
        *WEATHER_QUESTION,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": wire_call["id"],
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": wire_call["id"], "content": '{"temp_c":18,"sky":"sunny"}'},
    ]
    model, path = case(vendor, "tool_result")
    with use_cassette(path) as sent:
        reply = llmrouter.completion(model, history, api_key=KEY, tools=[WEATHER_TOOL])
    assert request_json(sent[0])["messages"] == history
    assert reply.content is not None and "Paris" in reply.content


# -- JSON schema output ------------------------------------------------------------------------


def _check_json_schema(vendor: str, sent: list[Any], reply: Any) -> None:
    body = _check_wire(vendor, "json_schema", sent)
    wire = body["response_format"]
    assert wire["type"] == "json_schema"
    spec = wire["json_schema"]
    assert spec["name"] == "City" and spec["strict"] is True
    schema = spec["schema"]
    assert schema["type"] == "object" and schema["additionalProperties"] is False
    assert sorted(schema["required"]) == ["city", "country", "population_millions"]
    assert set(schema["properties"]) == {"city", "country", "population_millions"}
    assert isinstance(reply.parsed, City)
    assert reply.parsed == City(city="Paris", country="France", population_millions=2.1)
    assert json.loads(reply.content or "") == {
        "city": "Paris",
        "country": "France",
        "population_millions": 2.1,
    }
    assert reply.model_dump() == as_openai_shape(recorded(vendor, "json_schema"))  # parsed stays off the dump


@vendors
def test_matrix_json_schema_with_a_pydantic_class(vendor: str) -> None:
    model, path = case(vendor, "json_schema")
    with use_cassette(path) as sent:
        reply = llmrouter.completion(model, HELLO, api_key=KEY, response_format=City)
    _check_json_schema(vendor, sent, reply)


@vendors
async def test_matrix_json_schema_with_a_pydantic_class_async(vendor: str) -> None:
    model, path = case(vendor, "json_schema")
    with use_cassette(path) as sent:
        reply = await llmrouter.acompletion(model, HELLO, api_key=KEY, responseFormat=City)
    _check_json_schema(vendor, sent, reply)


# -- image input -------------------------------------------------------------------------------


def _check_image(vendor: str, sent: list[Any], reply: Any, messages: list[dict[str, Any]]) -> None:
    body = _check_wire(vendor, "image", sent)
    assert body["messages"] == messages
    parts = body["messages"][0]["content"]
    images = [p["image_url"]["url"] for p in parts if p["type"] == "image_url"]
    assert images == [p["image_url"]["url"] for p in messages[0]["content"] if p["type"] == "image_url"]
    assert reply.content is not None and "boardwalk" in reply.content
    assert reply.provider == vendor
    assert reply.model_dump() == as_openai_shape(recorded(vendor, "image"))


@vendors
def test_matrix_image_https_and_data_urls(vendor: str) -> None:
    model, path = case(vendor, "image")
    messages = copy.deepcopy(IMAGE_MESSAGES)
    with use_cassette(path) as sent:
        reply = llmrouter.completion(model, messages, api_key=KEY)
    _check_image(vendor, sent, reply, IMAGE_MESSAGES)
    assert messages == IMAGE_MESSAGES  # not mutated
    parts = request_json(sent[0])["messages"][0]["content"]
    assert parts[1] == {
        "type": "image_url",
        "image_url": {"url": "https://example.com/boardwalk.jpg", "detail": "low"},
    }
    assert parts[2] == {"type": "image_url", "image_url": {"url": PNG_DATA_URL}}


@vendors
@pytest.mark.parametrize(
    "url", [PNG_DATA_URL, "https://example.com/boardwalk.jpg"], ids=["data-url", "https-url"]
)
async def test_matrix_image_async(vendor: str, url: str) -> None:
    model, path = case(vendor, "image")
    messages = [
        {
            "role": "user",
            "content": [
                {"type": "image_url", "image_url": {"url": url}},
                {"type": "text", "text": "What is it?"},
            ],
        }
    ]
    with use_cassette(path) as sent:
        reply = await llmrouter.acompletion(model, messages, api_key=KEY)
    _check_image(vendor, sent, reply, messages)
    assert request_json(sent[0])["messages"][0]["content"][0] == {
        "type": "image_url",
        "image_url": {"url": url},
    }


# -- errors ------------------------------------------------------------------------------------

# (vendor, model, cassette, class, status, code, request_id, retry_after)
MATRIX_ERRORS = [
    (
        "groq",
        VERSATILE,
        "versatile_error_401",
        errors.AuthenticationError,
        401,
        "invalid_api_key",
        "req_01k1groqv70e401000000000",
        None,
    ),
    (
        "groq",
        "llama-3.3-70b-versatil",
        "versatile_error_404",
        errors.ModelNotFoundError,
        404,
        "model_not_found",
        "req_01k1groqv70e404000000000",
        None,
    ),
    (
        "groq",
        VERSATILE,
        "versatile_error_429",
        errors.RateLimitError,
        429,
        "rate_limit_exceeded",
        "req_01k1groqv70e429000000000",
        3.0,
    ),
    (
        "groq",
        VERSATILE,
        "versatile_error_500",
        errors.ProviderError,
        500,
        "internal_server_error",
        "req_01k1groqv70e500000000000",
        None,
    ),
    # OpenRouter's code is the HTTP status as a number, so ours is the class default; it sends no
    # x-request-id, so the request id is the cf-ray header.
    (
        "openrouter",
        MINI,
        "matrix_error_401",
        errors.AuthenticationError,
        401,
        "invalid_api_key",
        "968f0d1e8a2c0401-AMS",
        None,
    ),
    (
        "openrouter",
        CLAUDE,
        "matrix_error_404",
        errors.ModelNotFoundError,
        404,
        "model_not_found",
        "968f0d1e8a2c0404-AMS",
        None,
    ),
    (
        "openrouter",
        MINI,
        "matrix_error_429",
        errors.RateLimitError,
        429,
        "rate_limit_exceeded",
        "968f0d1e8a2c0429-AMS",
        60.0,
    ),
    (
        "openrouter",
        MINI,
        "matrix_error_500",
        errors.ProviderError,
        500,
        "api_error",
        "968f0d1e8a2c0500-AMS",
        None,
    ),
]
MATRIX_ERROR_IDS = [f"{e[0]}-{e[4]}" for e in MATRIX_ERRORS]
SECRET = "sk-test-" + "Zq9Xw8Vu7Ts6Rp5Qo4" * 2  # shaped like a real key, so a leak would show


def _check_matrix_error(
    error: errors.LLMRouterError,
    vendor: str,
    model: str,
    name: str,
    cls: type,
    status: int,
    code: str,
    request_id: str,
    retry_after: float | None,
) -> None:
    import openai

    assert type(error) is cls, f"{name}: got {type(error).__name__}"
    assert error.status == status
    assert error.code == code
    assert error.provider == vendor
    assert error.model == model
    assert error.request_id == request_id
    assert error.retry_after == retry_after
    assert error.message == recorded_body(vendor, name)["error"]["message"]
    assert isinstance(error.__cause__, openai.APIStatusError) and error.__cause__.status_code == status
    for text in (str(error), repr(error), json.dumps(error.to_dict())):
        assert SECRET not in text and KEY not in text


@pytest.mark.parametrize(
    ("vendor", "model", "name", "cls", "status", "code", "request_id", "retry_after"),
    MATRIX_ERRORS,
    ids=MATRIX_ERROR_IDS,
)
def test_matrix_errors(
    vendor: str,
    model: str,
    name: str,
    cls: type,
    status: int,
    code: str,
    request_id: str,
    retry_after: float | None,
) -> None:
    with use_cassette(cassette(vendor, name)) as sent, pytest.raises(errors.LLMRouterError) as caught:
        llmrouter.completion(f"{vendor}/{model}", HELLO, api_key=SECRET)
    assert len(sent) == 1 and sent[0].uri == CHAT_URLS[vendor]
    _check_matrix_error(caught.value, vendor, model, name, cls, status, code, request_id, retry_after)


@pytest.mark.parametrize(
    ("vendor", "model", "name", "cls", "status", "code", "request_id", "retry_after"),
    MATRIX_ERRORS,
    ids=MATRIX_ERROR_IDS,
)
async def test_matrix_errors_async(
    vendor: str,
    model: str,
    name: str,
    cls: type,
    status: int,
    code: str,
    request_id: str,
    retry_after: float | None,
) -> None:
    with use_cassette(cassette(vendor, name)) as sent, pytest.raises(errors.LLMRouterError) as caught:
        await llmrouter.acompletion(f"{vendor}/{model}", HELLO, api_key=SECRET)
    assert len(sent) == 1
    _check_matrix_error(caught.value, vendor, model, name, cls, status, code, request_id, retry_after)


@pytest.mark.parametrize(
    ("vendor", "model", "name", "cls", "status", "code", "request_id", "retry_after"),
    MATRIX_ERRORS,
    ids=MATRIX_ERROR_IDS,
)
def test_matrix_errors_stream(
    vendor: str,
    model: str,
    name: str,
    cls: type,
    status: int,
    code: str,
    request_id: str,
    retry_after: float | None,
) -> None:
    with use_cassette(cassette(vendor, name)), pytest.raises(errors.LLMRouterError) as caught:
        list(llmrouter.completion(f"{vendor}/{model}", HELLO, api_key=SECRET, stream=True))
    _check_matrix_error(caught.value, vendor, model, name, cls, status, code, request_id, retry_after)


@pytest.mark.parametrize(
    ("vendor", "model", "name", "cls", "status", "code", "request_id", "retry_after"),
    MATRIX_ERRORS,
    ids=MATRIX_ERROR_IDS,
)
async def test_matrix_errors_async_stream(
    vendor: str,
    model: str,
    name: str,
    cls: type,
    status: int,
    code: str,
    request_id: str,
    retry_after: float | None,
) -> None:
    with use_cassette(cassette(vendor, name)), pytest.raises(errors.LLMRouterError) as caught:
        await llmrouter.acompletion(f"{vendor}/{model}", HELLO, api_key=SECRET, stream=True)
    _check_matrix_error(caught.value, vendor, model, name, cls, status, code, request_id, retry_after)


@vendors
def test_matrix_rate_limit_is_retryable(vendor: str) -> None:
    name = next(e[2] for e in MATRIX_ERRORS if e[0] == vendor and e[4] == 429)
    with use_cassette(cassette(vendor, name)), pytest.raises(errors.RateLimitError) as caught:
        llmrouter.completion(case(vendor, "plain")[0], HELLO, api_key=KEY)
    assert caught.value.retryable is True
    assert caught.value.retry_after is not None and caught.value.retry_after > 0
