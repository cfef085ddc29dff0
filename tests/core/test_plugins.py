"""The plugin contract is checked when a provider is registered, and what a plugin leaves out is
filled in as documented (llmrouter.providers.PLUGIN_METHODS), never an AttributeError at call time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import llmrouter
from llmrouter.errors import InvalidRequestError, UnsupportedParameterError
from llmrouter.providers import (
    PLUGIN_METHODS,
    ChatCompletion,
    ChatCompletionMessage,
    ChatRequest,
    Choice,
    Usage,
)

USER = [{"role": "user", "content": "hi"}]


class Echo:
    """A 10-line plugin: only complete()."""

    name = "echo"

    def complete(self, request: ChatRequest) -> ChatCompletion:
        return ChatCompletion(
            id="e",
            created=1,
            model=request.model,
            choices=[
                Choice(
                    message=ChatCompletionMessage(content=request.messages[-1].text()), finish_reason="stop"
                )
            ],
            usage=Usage.of(1, 1),
        )


@pytest.fixture
def echo() -> Iterator[None]:
    llmrouter.register_provider("echo", Echo())
    yield
    llmrouter.unregister_provider("echo")


def test_an_object_that_cannot_answer_is_refused_at_registration() -> None:
    class Nothing:
        def chat(self, request: Any) -> None: ...

    with pytest.raises(InvalidRequestError, match=r"neither complete\(\) nor acomplete\(\)"):
        llmrouter.register_provider("nothing", Nothing())
    with pytest.raises(InvalidRequestError, match="Nothing"):
        llmrouter.register_provider("nothing", Nothing)
    with pytest.raises(InvalidRequestError, match="int"):
        llmrouter.register_provider("nothing", 42)  # type: ignore[arg-type]


def test_wrong_capabilities_are_refused() -> None:
    class Odd(Echo):
        capabilities = {"streaming": True}

    with pytest.raises(InvalidRequestError, match="Capabilities"):
        llmrouter.register_provider("odd", Odd())


def test_a_missing_stream_is_a_one_chunk_stream_of_complete(echo: None) -> None:
    with llmrouter.completion("echo/m", USER, stream=True) as stream:
        chunks = list(stream)
    assert "".join(c.content or "" for c in chunks) == "hi"
    assert stream.completion is not None and stream.completion.finish_reason == "stop"


async def test_a_missing_acomplete_refuses_async_calls_with_a_typed_error(echo: None) -> None:
    with pytest.raises(UnsupportedParameterError, match=r"no acomplete\(\)") as caught:
        await llmrouter.acompletion("echo/m", USER)
    assert caught.value.code == "unsupported_operation"
    assert "AttributeError" not in str(caught.value)


def test_a_factory_is_checked_when_first_used() -> None:
    llmrouter.register_provider("later", lambda: object())
    try:
        with pytest.raises(InvalidRequestError, match="neither complete"):
            llmrouter.completion("later/m", USER)
    finally:
        llmrouter.unregister_provider("later")


def test_the_contract_is_documented_as_data() -> None:
    assert set(PLUGIN_METHODS) >= {"complete", "acomplete", "stream", "astream", "translate_error"}
    assert "one-chunk stream" in PLUGIN_METHODS["stream"]
