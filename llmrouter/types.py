"""The one message model every provider maps onto: the OpenAI Chat Completions shape.

Replies keep unknown vendor fields (``extra="allow"``) so that an OpenAI reply dumps back to the
JSON the API sent, and our own additions (``reasoning_content``, ``thinking_blocks``, ``parsed``)
are left out of a dump while they are empty, so code written for the openai SDK keeps working.

The other operations' replies (``ImagesResponse``, ``SpeechResponse``, ``Transcription``,
``ModerationResponse``, ...) are in :mod:`llmrouter.media`, built on their first use;
``llmrouter.types.ImagesResponse`` and the like still name them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

if TYPE_CHECKING:
    from .media import (
        AsyncSpeechStream,
        Image,
        ImageInputTokensDetails,
        ImageOutputTokensDetails,
        ImagesResponse,
        ImagesUsage,
        ModerationResponse,
        ModerationResult,
        SpeechResponse,
        SpeechStream,
        Transcription,
        TranscriptionInputTokenDetails,
        TranscriptionUsage,
    )

__all__ = [
    "AsyncSpeechStream",
    "ChatCompletion",
    "ChatCompletionChunk",
    "ChatCompletionMessage",
    "Choice",
    "ChunkChoice",
    "CompletionTokensDetails",
    "ContentPart",
    "Delta",
    "Embedding",
    "EmbeddingResponse",
    "EmbeddingUsage",
    "FinishReason",
    "FunctionCall",
    "FunctionDefinition",
    "Image",
    "ImageInputTokensDetails",
    "ImageOutputTokensDetails",
    "ImagePart",
    "ImageURL",
    "ImagesResponse",
    "ImagesUsage",
    "JSONSchemaFormat",
    "Message",
    "ModerationResponse",
    "ModerationResult",
    "PromptTokensDetails",
    "ResponseFormat",
    "SpeechResponse",
    "SpeechStream",
    "TextPart",
    "ThinkingBlock",
    "Tool",
    "ToolCall",
    "ToolCallDelta",
    "ToolCallFunctionDelta",
    "Transcription",
    "TranscriptionInputTokenDetails",
    "TranscriptionUsage",
    "Usage",
]

FinishReason: TypeAlias = Literal["stop", "length", "tool_calls", "content_filter", "function_call"]
Role: TypeAlias = Literal["system", "developer", "user", "assistant", "tool"]


def _is_none(value: Any) -> bool:
    return value is None


def _optional(default: Any = None) -> Any:
    """A field that is left out of ``model_dump()`` while it is ``None`` (our additions)."""
    return Field(default=default, exclude_if=_is_none)


class _Open(BaseModel):
    """Keeps fields we do not model, so vendor replies survive a round trip."""

    # defer_build: schemas are built on first use, not at `import llmrouter`.
    model_config = ConfigDict(extra="allow", defer_build=True)


# --------------------------------------------------------------------------------------------
# Request side: messages, content parts, tools, response formats
# --------------------------------------------------------------------------------------------


class ImageURL(_Open):
    url: str
    detail: Literal["auto", "low", "high"] | None = _optional()


class TextPart(_Open):
    type: Literal["text"] = "text"
    text: str


class ImagePart(_Open):
    type: Literal["image_url"] = "image_url"
    image_url: ImageURL


ContentPart = Annotated[TextPart | ImagePart, Field(discriminator="type")]


class FunctionCall(_Open):
    name: str
    arguments: str = ""


class ToolCall(_Open):
    id: str
    type: Literal["function"] = "function"
    function: FunctionCall


class ThinkingBlock(_Open):
    """A reasoning block kept verbatim so a conversation with thinking can be sent back."""

    type: Literal["thinking", "redacted_thinking"] = "thinking"
    thinking: str | None = _optional()
    signature: str | None = _optional()
    data: str | None = _optional()


class Message(_Open):
    """One turn of a conversation, in the OpenAI request shape."""

    role: Role
    content: str | list[ContentPart] | None = None
    name: str | None = _optional()
    tool_calls: list[ToolCall] | None = _optional()
    tool_call_id: str | None = _optional()
    reasoning_content: str | None = _optional()
    thinking_blocks: list[ThinkingBlock] | None = _optional()

    @model_validator(mode="after")
    def _check_role_fields(self) -> Message:
        if self.role == "tool" and not self.tool_call_id:
            raise ValueError("a 'tool' message needs 'tool_call_id'")
        if self.tool_calls and self.role != "assistant":
            raise ValueError("only an 'assistant' message may carry 'tool_calls'")
        if self.content is None and self.role != "assistant":
            raise ValueError(f"a '{self.role}' message needs 'content'")
        return self

    def text(self) -> str:
        """The message's text parts joined, for vendors and hooks that only take text."""
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "".join(part.text for part in self.content if isinstance(part, TextPart))


class FunctionDefinition(_Open):
    name: str = Field(min_length=1, max_length=64, pattern=r"^[a-zA-Z0-9_.\-]+$")
    description: str | None = _optional()
    parameters: dict[str, Any] | None = _optional()
    strict: bool | None = _optional()


class Tool(_Open):
    type: Literal["function"] = "function"
    function: FunctionDefinition


class JSONSchemaFormat(_Open):
    name: str = "response"
    description: str | None = _optional()
    schema_: dict[str, Any] = Field(default_factory=dict, alias="schema")
    strict: bool | None = _optional()

    model_config = ConfigDict(extra="allow", populate_by_name=True, serialize_by_alias=True, defer_build=True)


class ResponseFormat(_Open):
    type: Literal["text", "json_object", "json_schema"]
    json_schema: JSONSchemaFormat | None = _optional()

    @model_validator(mode="after")
    def _schema_present(self) -> ResponseFormat:
        if self.type == "json_schema" and self.json_schema is None:
            raise ValueError("response_format type 'json_schema' needs a 'json_schema' object")
        return self


# --------------------------------------------------------------------------------------------
# Reply side
# --------------------------------------------------------------------------------------------


class PromptTokensDetails(_Open):
    cached_tokens: int | None = None
    cache_write_tokens: int | None = _optional()


class CompletionTokensDetails(_Open):
    reasoning_tokens: int | None = None


class Usage(_Open):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_tokens_details: PromptTokensDetails | None = _optional()
    completion_tokens_details: CompletionTokensDetails | None = _optional()

    @property
    def cached_tokens(self) -> int | None:
        details = self.prompt_tokens_details
        return details.cached_tokens if details is not None else None

    @property
    def reasoning_tokens(self) -> int | None:
        details = self.completion_tokens_details
        return details.reasoning_tokens if details is not None else None

    @classmethod
    def of(
        cls,
        prompt_tokens: int,
        completion_tokens: int,
        *,
        cached_tokens: int | None = None,
        cache_write_tokens: int | None = None,
        reasoning_tokens: int | None = None,
    ) -> Usage:
        """Builds a usage block, leaving the detail blocks out where the vendor said nothing."""
        prompt_details = None
        if cached_tokens is not None or cache_write_tokens is not None:
            prompt_details = PromptTokensDetails(
                cached_tokens=cached_tokens, cache_write_tokens=cache_write_tokens
            )
        completion_details = None
        if reasoning_tokens is not None:
            completion_details = CompletionTokensDetails(reasoning_tokens=reasoning_tokens)
        return cls(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=prompt_tokens + completion_tokens,
            prompt_tokens_details=prompt_details,
            completion_tokens_details=completion_details,
        )


class ChatCompletionMessage(_Open):
    role: Literal["assistant"] = "assistant"
    content: str | None = None
    refusal: str | None = None
    tool_calls: list[ToolCall] | None = _optional()
    reasoning_content: str | None = _optional()
    thinking_blocks: list[ThinkingBlock] | None = _optional()
    parsed: Any = Field(default=None, exclude=True)

    def to_message(self) -> Message:
        """The reply as a history turn, thinking signatures included, to send back next time."""
        return Message(
            role="assistant",
            content=self.content,
            tool_calls=self.tool_calls,
            reasoning_content=self.reasoning_content,
            thinking_blocks=self.thinking_blocks,
        )


class Choice(_Open):
    index: int = 0
    message: ChatCompletionMessage
    finish_reason: FinishReason | None = None
    logprobs: Any = None


class _HasProvider(_Open):
    _provider: str | None = PrivateAttr(default=None)
    _cache_hit: bool = PrivateAttr(default=False)

    @property
    def provider(self) -> str | None:
        """The provider plugin that served the call (``openai``, ``anthropic``, ...)."""
        return self._provider

    @property
    def cache_hit(self) -> bool:
        """True when a hook (a response cache) answered the call: no vendor request was made."""
        return self._cache_hit


class ChatCompletion(_HasProvider):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: Usage | None = None
    _cost_usd: float | None = PrivateAttr(default=None)

    @property
    def message(self) -> ChatCompletionMessage | None:
        return self.choices[0].message if self.choices else None

    @property
    def content(self) -> str | None:
        message = self.message
        return message.content if message is not None else None

    @property
    def tool_calls(self) -> list[ToolCall]:
        message = self.message
        return list(message.tool_calls or ()) if message is not None else []

    @property
    def reasoning_content(self) -> str | None:
        message = self.message
        return message.reasoning_content if message is not None else None

    @property
    def parsed(self) -> Any:
        message = self.message
        return message.parsed if message is not None else None

    @property
    def finish_reason(self) -> FinishReason | None:
        return self.choices[0].finish_reason if self.choices else None

    @property
    def cost_usd(self) -> float | None:
        """Price of the call in USD where price data knows the model; ``None``, never 0, otherwise."""
        return self._cost_usd


class ToolCallFunctionDelta(_Open):
    name: str | None = _optional()
    arguments: str | None = _optional()


class ToolCallDelta(_Open):
    index: int
    id: str | None = _optional()
    type: Literal["function"] | None = _optional()
    function: ToolCallFunctionDelta | None = _optional()


class Delta(_Open):
    role: Literal["assistant"] | None = _optional()
    content: str | None = _optional()
    refusal: str | None = _optional()
    tool_calls: list[ToolCallDelta] | None = _optional()
    reasoning_content: str | None = _optional()
    thinking_blocks: list[ThinkingBlock] | None = _optional()


class ChunkChoice(_Open):
    index: int = 0
    delta: Delta
    finish_reason: FinishReason | None = None
    logprobs: Any = _optional()


class ChatCompletionChunk(_Open):
    # Not a _HasProvider: nothing ever sets a chunk's provider, and a private attribute costs
    # every chunk a Python post-init call (about 3 us, as much as validating the chunk itself).
    id: str
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    created: int
    model: str
    choices: list[ChunkChoice]
    usage: Usage | None = _optional()

    @property
    def provider(self) -> str | None:
        """Always ``None`` on a chunk: the stream's assembled ``completion`` names the provider."""
        return None

    @property
    def content(self) -> str | None:
        """The text delta of the first choice, for the common one-choice stream."""
        return self.choices[0].delta.content if self.choices else None


class Embedding(_Open):
    object: Literal["embedding"] = "embedding"
    index: int
    embedding: list[float]


def _is_false(value: Any) -> bool:
    return value is False


class EmbeddingUsage(_Open):
    prompt_tokens: int
    total_tokens: int
    estimated: bool = Field(default=False, exclude_if=_is_false)
    """True when the vendor reported no usage (Gemini) and llmrouter counted the input itself,
    approximately (see :mod:`llmrouter.tokens`); left out of a dump while False."""

    @classmethod
    def estimate(cls, texts: Iterable[str]) -> EmbeddingUsage:
        """The approximate usage of embedding ``texts`` (local counting, never a download)."""
        from .tokens import _approx

        tokens = sum(_approx(text) for text in texts)
        return cls(prompt_tokens=tokens, total_tokens=tokens, estimated=True)


class EmbeddingResponse(_HasProvider):
    object: Literal["list"] = "list"
    data: list[Embedding]
    model: str
    usage: EmbeddingUsage | None = None
    _cost_usd: float | None = PrivateAttr(default=None)

    @property
    def embeddings(self) -> list[list[float]]:
        return [item.embedding for item in self.data]

    @property
    def cost_usd(self) -> float | None:
        return self._cost_usd


#: The other operations' reply types: named in ``__all__``, defined in llmrouter.media.
_MEDIA = frozenset(name for name in __all__ if name not in globals())


def __getattr__(name: str) -> Any:
    if name in _MEDIA:
        from . import media

        return getattr(media, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
