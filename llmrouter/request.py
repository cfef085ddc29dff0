"""Per-call request models: what providers translate and what hooks read and rewrite.

This module sits between the two: providers, hooks and the router all import it, and it imports
neither, so a hook never depends on the plugin machinery. Every kind of call has one request class
here, all sharing the transport fields of :class:`Request`; ``operation`` names the kind so that a
hook serving several kinds (logging, cost, limits) can tell them apart without ``isinstance``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from pydantic import BaseModel

    from .models import ModelInfo
    from .types import Message, ResponseFormat, Tool

__all__ = [
    "CHAT_PARAMS",
    "COMMON_PARAMS",
    "ChatRequest",
    "EmbeddingRequest",
    "ImageRequest",
    "ModerationRequest",
    "Request",
    "SpeechRequest",
    "TranscriptionRequest",
]

#: Generation parameters, by their OpenAI names, that the router knows how to pass on.
CHAT_PARAMS = frozenset(
    {
        "temperature",
        "max_tokens",
        "top_p",
        "frequency_penalty",
        "presence_penalty",
        "stop",
        "n",
        "seed",
        "user",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "response_format",
        "logprobs",
        "top_logprobs",
        "reasoning_effort",
        "metadata",
    }
)
#: The historical name of :data:`CHAT_PARAMS`, kept for provider plugins written against it.
COMMON_PARAMS = CHAT_PARAMS


@dataclass(slots=True, kw_only=True)
class Request:
    """The fields every kind of call shares: the target model and how to reach it.

    ``model`` is the vendor's own id (after alias and prefix resolution); ``info`` is what the
    catalog knows of it. ``api_key`` is never shown in a repr.
    """

    operation: ClassVar[str] = "call"
    text_fields: ClassVar[tuple[str, ...]] = ()
    """Attributes holding caller text that is sent (a ``str`` or a list of them): what a redactor
    rewrites and a limiter counts. Chat messages are walked by hooks themselves."""

    model: str
    api_key: str | None = None
    api_base: str | None = None
    timeout: float | None = None
    extra_headers: dict[str, str] | None = None
    extra_body: dict[str, Any] | None = None
    vertex_project: str | None = None
    vertex_location: str | None = None
    """Google Cloud project and region for ``vertex_ai/`` models (other providers ignore them)."""
    info: ModelInfo | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model={self.model!r})"

    @property
    def user(self) -> str | None:
        """The end user the call is made for, where the request carries one."""
        return None

    def texts(self) -> list[str]:
        """Every piece of caller text the request sends, for hooks that count or scan it."""
        out: list[str] = []
        for name in self.text_fields:
            value = getattr(self, name)
            if isinstance(value, str):
                out.append(value)
            elif isinstance(value, list):
                out.extend(item for item in value if isinstance(item, str))
        return out


@dataclass(slots=True, kw_only=True)
class ChatRequest(Request):
    """One chat call as a provider sees it. ``params`` holds the scalar generation parameters
    by their OpenAI names (``stop`` is always a list); tools, tool choice and response format
    are validated models."""

    operation: ClassVar[str] = "chat"

    messages: list[Message]
    params: dict[str, Any] = field(default_factory=dict)
    tools: list[Tool] | None = None
    tool_choice: str | dict[str, Any] | None = None
    response_format: ResponseFormat | None = None
    response_model: type[BaseModel] | None = None
    stream: bool = False
    include_usage: bool = False
    resources: dict[str, Any] = field(default_factory=dict)
    """Data fetched once per call on the provider's behalf (inlined image URLs); shared by every
    attempt, retries and same-request fallbacks included."""

    def __repr__(self) -> str:
        # Never the key, nor message text (it may hold what a redactor was keeping back).
        return (
            f"ChatRequest(model={self.model!r}, messages=<{len(self.messages)}>, "
            f"params={sorted(self.params)!r}, stream={self.stream!r})"
        )

    @property
    def user(self) -> str | None:
        value = self.params.get("user")
        return value if isinstance(value, str) else None

    @property
    def forced_tool(self) -> str | None:
        """The function name when ``tool_choice`` names one, else ``None``."""
        choice = self.tool_choice
        if isinstance(choice, dict):
            function = choice.get("function") or {}
            name = function.get("name") if isinstance(function, dict) else None
            return str(name) if name else None
        return None

    def texts(self) -> list[str]:
        return [text for message in self.messages if (text := message.text())]


@dataclass(slots=True, kw_only=True)
class EmbeddingRequest(Request):
    """One embeddings call: ``input`` is always a list of non-empty strings."""

    operation: ClassVar[str] = "embedding"
    text_fields: ClassVar[tuple[str, ...]] = ("input",)

    input: list[str]
    dimensions: int | None = None
    input_type: str | None = None
    user_id: str | None = None

    def __repr__(self) -> str:
        return f"EmbeddingRequest(model={self.model!r}, input=<{len(self.input)}>)"

    @property
    def user(self) -> str | None:
        return self.user_id


# --------------------------------------------------------------------------------------------
# Images, speech, transcription, moderation (llmrouter.endpoints builds these)
# --------------------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class ImageRequest(Request):
    """One image generation call; ``None`` means "the vendor's default"."""

    operation: ClassVar[str] = "image_generation"
    text_fields: ClassVar[tuple[str, ...]] = ("prompt",)

    prompt: str
    n: int | None = None
    size: str | None = None
    quality: str | None = None
    response_format: str | None = None
    """``"url"`` or ``"b64_json"`` (DALL-E); gpt-image-1 and Google always return base64."""
    style: str | None = None
    background: str | None = None
    output_format: str | None = None
    user_id: str | None = None

    def __repr__(self) -> str:
        return f"ImageRequest(model={self.model!r}, prompt=<{len(self.prompt)} chars>, n={self.n!r})"

    @property
    def user(self) -> str | None:
        return self.user_id


@dataclass(slots=True, kw_only=True)
class SpeechRequest(Request):
    """One text-to-speech call. ``stream_to`` (a path) or ``stream`` ask for the audio in chunks."""

    operation: ClassVar[str] = "speech"
    text_fields: ClassVar[tuple[str, ...]] = ("input", "instructions")

    input: str
    voice: str
    response_format: str | None = None
    speed: float | None = None
    instructions: str | None = None
    stream: bool = False
    stream_to: str | None = None
    chunk_size: int | None = None
    user_id: str | None = None
    """The end user, for hooks (limits, ledgers); OpenAI's endpoint takes none, so it is not sent."""

    @property
    def user(self) -> str | None:
        return self.user_id

    def __repr__(self) -> str:
        return f"SpeechRequest(model={self.model!r}, input=<{len(self.input)} chars>, voice={self.voice!r})"


@dataclass(slots=True, kw_only=True)
class TranscriptionRequest(Request):
    """One speech-to-text call: the audio as bytes with the file name the vendor sees."""

    operation: ClassVar[str] = "transcription"
    text_fields: ClassVar[tuple[str, ...]] = ("prompt",)

    file: bytes
    filename: str = "audio"
    language: str | None = None
    prompt: str | None = None
    response_format: str | None = None
    temperature: float | None = None
    timestamp_granularities: list[str] | None = None
    user_id: str | None = None
    """The end user, for hooks (limits, ledgers); OpenAI's endpoint takes none, so it is not sent."""

    @property
    def user(self) -> str | None:
        return self.user_id

    def __repr__(self) -> str:
        return (
            f"TranscriptionRequest(model={self.model!r}, file=<{len(self.file)} bytes>, "
            f"response_format={self.response_format!r})"
        )


@dataclass(slots=True, kw_only=True)
class ModerationRequest(Request):
    """One moderation call: ``input`` is always a list of non-empty strings."""

    operation: ClassVar[str] = "moderation"
    text_fields: ClassVar[tuple[str, ...]] = ("input",)

    input: list[str]
    user_id: str | None = None
    """The end user, for hooks (limits, ledgers); OpenAI's endpoint takes none, so it is not sent."""

    @property
    def user(self) -> str | None:
        return self.user_id

    def __repr__(self) -> str:
        return f"ModerationRequest(model={self.model!r}, input=<{len(self.input)}>)"
