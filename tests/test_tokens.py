"""token_counter and the context-window pre-flight, with small encodings built here: no test
(and no call path) downloads a tiktoken file."""

from __future__ import annotations

import base64
import collections
import hashlib
import itertools
import os
import warnings

import pytest
import tiktoken

from llmrouter import tokens
from llmrouter.errors import ContextWindowExceededError, InvalidRequestError
from llmrouter.models import get_model_info
from llmrouter.request import ChatRequest
from llmrouter.tokens import TokenCountWarning, count_tokens, preflight, register_encoding, token_counter
from llmrouter.types import Message, Tool

CORPUS = (
    "the quick brown fox jumps over the lazy dog. hello world, hello there! "
    "an llm gateway routes every request to the vendor that serves the model. "
) * 20


def train_ranks(corpus: str, merges: int) -> dict[bytes, int]:
    """A byte-level BPE trained on ``corpus``: all 256 bytes, then the most frequent pairs."""
    ranks = {bytes([b]): b for b in range(256)}
    words = [[bytes([b]) for b in word.encode()] for word in corpus.split(" ") if word]
    for _ in range(merges):
        pairs = collections.Counter(pair for word in words for pair in itertools.pairwise(word))
        if not pairs:
            break
        (a, b), _count = pairs.most_common(1)[0]
        ranks[a + b] = len(ranks)
        for word in words:
            i = 0
            while i < len(word) - 1:
                if word[i] == a and word[i + 1] == b:
                    word[i : i + 2] = [a + b]
                i += 1
    return ranks


def write_tiktoken(path: str, ranks: dict[bytes, int]) -> None:
    with open(path, "wb") as handle:
        for token, rank in sorted(ranks.items(), key=lambda item: item[1]):
            handle.write(base64.b64encode(token) + b" " + str(rank).encode() + b"\n")


@pytest.fixture(autouse=True)
def _fresh(monkeypatch, tmp_path):
    """Each test starts with nothing loaded, and with tiktoken's download path booby-trapped."""
    tokens._encodings.clear()
    tokens._warned.clear()
    monkeypatch.delenv("LLMROUTER_TIKTOKEN_DIR", raising=False)
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path / "empty-cache"))

    def no_download(*args, **kwargs):
        raise AssertionError("tiktoken.get_encoding was called: it may download")

    monkeypatch.setattr(tiktoken, "get_encoding", no_download)
    monkeypatch.setattr(tiktoken, "encoding_for_model", no_download)
    yield
    tokens._encodings.clear()
    tokens._warned.clear()


@pytest.fixture
def o200k_ranks():
    return train_ranks(CORPUS, 120)


def reference(ranks: dict[bytes, int], name: str = "o200k_base") -> tiktoken.Encoding:
    return tiktoken.Encoding(name, pat_str=tokens._PATTERNS[name], mergeable_ranks=ranks, special_tokens={})


MESSAGES = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "hello world, the quick brown fox"},
]


def expected_count(encode, messages=MESSAGES) -> int:
    total = tokens.REPLY_PRIMING
    for message in messages:
        total += tokens.TOKENS_PER_MESSAGE + len(encode(message["role"])) + len(encode(message["content"]))
    return total


def test_counts_exactly_with_the_encoding_in_tiktokens_cache_dir(tmp_path, monkeypatch, o200k_ranks):
    cache = tmp_path / "cache"
    cache.mkdir()
    key = hashlib.sha1(
        b"https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken"
    ).hexdigest()
    write_tiktoken(str(cache / key), o200k_ranks)
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(cache))
    encoding = reference(o200k_ranks)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        counted = count_tokens("openai/gpt-4o", MESSAGES)
    assert counted.exact and counted.method == "o200k_base"
    assert counted.tokens == expected_count(encoding.encode_ordinary)
    # the trained merges are really used: fewer tokens than bytes
    assert counted.tokens < expected_count(lambda text: text.encode())


def test_each_openai_family_gets_its_own_encoding(tmp_path, monkeypatch, o200k_ranks):
    monkeypatch.setenv("LLMROUTER_TIKTOKEN_DIR", str(tmp_path))
    write_tiktoken(str(tmp_path / "o200k_base.tiktoken"), o200k_ranks)
    bytes_only = {bytes([b]): b for b in range(256)}
    write_tiktoken(str(tmp_path / "cl100k_base.tiktoken"), bytes_only)
    o200k = reference(o200k_ranks)
    for model in ("gpt-4o", "openai/gpt-4.1-mini", "gpt-5", "o3-mini", "o4-mini", "openrouter/openai/gpt-4o"):
        assert token_counter(model, MESSAGES) == expected_count(o200k.encode_ordinary), model
    for model in ("gpt-4", "gpt-3.5-turbo", "openai/text-embedding-3-small"):
        counted = count_tokens(model, MESSAGES)
        assert counted.method == "cl100k_base"
        assert counted.tokens == expected_count(lambda text: text.encode()), model


def test_register_encoding_takes_an_encoding_or_a_file(tmp_path, o200k_ranks):
    encoding = reference(o200k_ranks)
    register_encoding("o200k_base", encoding)
    assert token_counter("gpt-4o", MESSAGES) == expected_count(encoding.encode_ordinary)
    path = tmp_path / "mine.tiktoken"
    write_tiktoken(str(path), {bytes([b]): b for b in range(256)})
    register_encoding("o200k_base", path)
    assert token_counter("gpt-4o", MESSAGES) == expected_count(lambda text: text.encode())
    with pytest.raises(InvalidRequestError):
        register_encoding("o200k_base", tmp_path / "missing.tiktoken")
    with pytest.raises(InvalidRequestError):
        register_encoding("o200k_base", object())


def test_without_a_local_encoding_it_approximates_with_one_warning_and_never_downloads():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = count_tokens("openai/gpt-4o", MESSAGES)
        second = count_tokens("gpt-4o-mini", MESSAGES)
    assert not first.exact and first.method == "approx"
    assert first.tokens == second.tokens == expected_count(lambda text: "x" * -(-len(text) // 4))
    assert [w.category for w in caught] == [TokenCountWarning]
    assert "never downloads" in str(caught[0].message)


def test_when_tiktoken_is_not_installed_it_approximates(monkeypatch, tmp_path, o200k_ranks):
    import builtins

    monkeypatch.setenv("LLMROUTER_TIKTOKEN_DIR", str(tmp_path))
    write_tiktoken(str(tmp_path / "o200k_base.tiktoken"), o200k_ranks)
    real_import = builtins.__import__

    def no_tiktoken(name, *args, **kwargs):
        if name == "tiktoken":
            raise ImportError("No module named 'tiktoken'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_tiktoken)
    with pytest.warns(TokenCountWarning):
        counted = count_tokens("gpt-4o", MESSAGES)
    assert not counted.exact


def test_other_vendors_use_the_documented_approximation_without_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for model in (
            "anthropic/claude-sonnet-4.5",
            "gemini-2.5-flash",
            "mistral/mistral-large-latest",
            "some-local-model",
        ):
            counted = count_tokens(model, MESSAGES)
            assert counted == tokens.TokenCount(
                expected_count(lambda t: "x" * -(-len(t) // 4)), False, "approx"
            )
    # non-ASCII text counts utf-8 bytes / 4: thirteen 3-byte characters are 10 tokens
    assert tokens._approx("日本語のテキストです。日本") == 10
    assert tokens._approx("") == 0


def test_names_images_tool_calls_and_tools_are_counted():
    base = token_counter("claude-sonnet-4-5", [{"role": "user", "content": "hi"}])
    named = token_counter("claude-sonnet-4-5", [{"role": "user", "content": "hi", "name": "alice"}])
    assert named == base + tokens.TOKENS_PER_NAME + 2
    image = {
        "role": "user",
        "content": [
            {"type": "text", "text": "hi"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
        ],
    }
    assert token_counter("claude-sonnet-4-5", [image]) == base + tokens.IMAGE_TOKENS
    tool = Tool.model_validate(
        {
            "type": "function",
            "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {}}},
        }
    )
    assert token_counter("claude-sonnet-4-5", [{"role": "user", "content": "hi"}], tools=[tool]) > base + 10
    call = Message(
        role="assistant",
        content=None,
        tool_calls=[
            {
                "id": "c1",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
            }
        ],
    )
    assert token_counter("claude-sonnet-4-5", [call]) > tokens.REPLY_PRIMING + tokens.TOKENS_PER_MESSAGE + 5


@pytest.mark.parametrize(
    ("model", "messages", "tools"),
    [
        ("", MESSAGES, None),
        (None, MESSAGES, None),
        ("gpt-4o", "hello", None),
        ("gpt-4o", None, None),
        ("gpt-4o", [{"role": "wizard", "content": "x"}], None),
        ("gpt-4o", [{"content": "no role"}], None),
        ("gpt-4o", MESSAGES, [{"function": {"name": object()}}]),
    ],
)
def test_bad_input_raises_a_typed_error(model, messages, tools):
    with pytest.raises(InvalidRequestError):
        token_counter(model, messages, tools=tools)


def _request(model: str, provider: str, text: str, max_tokens: int | None) -> ChatRequest:
    params = {"max_tokens": max_tokens} if max_tokens is not None else {}
    return ChatRequest(
        model=model,
        messages=[Message(role="user", content=text)],
        params=params,
        info=get_model_info(provider, model),
    )


def test_preflight_refuses_a_prompt_beyond_the_context_window(tmp_path, monkeypatch):
    monkeypatch.setenv("LLMROUTER_TIKTOKEN_DIR", str(tmp_path))
    write_tiktoken(str(tmp_path / "o200k_base.tiktoken"), {bytes([b]): b for b in range(256)})
    # gpt-4o: 128,000 tokens; with a bytes-only encoding every byte is a token
    overhead = tokens.REPLY_PRIMING + tokens.TOKENS_PER_MESSAGE + len("user")
    fits = 128_000 - overhead - 1_000
    preflight(_request("gpt-4o", "openai", "a" * fits, 1_000))  # exactly at the window: fine
    with pytest.raises(ContextWindowExceededError) as caught:
        preflight(_request("gpt-4o", "openai", "a" * (fits + 1), 1_000))
    error = caught.value
    assert error.status == 400 and error.code == "context_length_exceeded"
    assert error.details == {
        "prompt_tokens": 127_001,
        "max_tokens": 1_000,
        "context_window": 128_000,
        "exact": True,
    }
    assert "check_context_window=False" in str(error)
    # no max_tokens: the prompt alone counts
    preflight(_request("gpt-4o", "openai", "a" * (fits + 1_000), None))


def test_preflight_with_an_approximate_count_leaves_a_margin():
    # claude-sonnet-4-5: 200,000 tokens. 4 bytes a token approximated; refused only when 80% of
    # the estimate is still too many
    preflight(_request("claude-sonnet-4-5", "anthropic", "abcd" * 230_000, 10_000))
    with pytest.raises(ContextWindowExceededError) as caught:
        preflight(_request("claude-sonnet-4-5", "anthropic", "abcd" * 260_000, 10_000))
    assert caught.value.details["exact"] is False
    assert "about" in str(caught.value)


def test_preflight_does_nothing_when_the_window_is_unknown():
    request = ChatRequest(
        model="my-model", messages=[Message(role="user", content="x" * 10_000_000)], info=None
    )
    preflight(request)


def test_no_tiktoken_at_import(tmp_path):
    import subprocess
    import sys

    code = "import sys, llmrouter, llmrouter.tokens; assert 'tiktoken' not in sys.modules"
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(tokens.__file__)))
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


def test_the_pipeline_refuses_before_any_io_and_honours_the_opt_out():
    import llmrouter
    from llmrouter.models import ModelInfo, register_model
    from tests.fakes import ScriptedProvider

    provider = ScriptedProvider(name="preflighted")
    llmrouter.register_provider("preflighted", provider)
    register_model(ModelInfo("preflighted", "small-window", context_window=1_000))
    try:
        huge = [{"role": "user", "content": "a" * 10_000}]  # about 2,500 tokens
        with pytest.raises(ContextWindowExceededError):
            llmrouter.completion("preflighted/small-window", huge, max_tokens=100)
        assert provider.requests == []  # no vendor I/O
        llmrouter.completion("preflighted/small-window", huge, max_tokens=100, check_context_window=False)
        assert len(provider.requests) == 1
    finally:
        llmrouter.unregister_provider("preflighted")


def test_a_prompt_far_below_the_window_is_not_counted_and_warns_nothing() -> None:
    import warnings as _warnings

    from llmrouter import tokens
    from llmrouter.models import get_model_info
    from llmrouter.request import ChatRequest
    from llmrouter.types import Message

    request = ChatRequest(
        model="gpt-4o-mini-never-counted",
        messages=[Message(role="user", content="hi " * 100)],
        info=get_model_info("openai", "gpt-4o"),
    )
    with _warnings.catch_warnings():
        _warnings.simplefilter("error")
        tokens.preflight(request)  # would warn if it reached the (missing) tiktoken encoding
    assert tokens._surely_fits(request, 1_000) and not tokens._surely_fits(request, 200)
