"""Token counts before a call: :func:`token_counter` and the context-window pre-flight.

OpenAI models are counted with tiktoken and the encoding of their family (``o200k_base`` for
gpt-4o, gpt-4.1, gpt-5, o1/o3/o4; ``cl100k_base`` for gpt-4, gpt-3.5 and the embedding models),
plus OpenAI's documented per-message overhead (3 tokens a message, 1 for a name, 3 to prime the
reply). An encoding is only ever read from local files, never downloaded, so counting neither
hangs nor fails on an offline host. Where an encoding is looked for, in order:

1. :func:`register_encoding` (a ``tiktoken.Encoding`` or a path to a ``.tiktoken`` file);
2. ``$LLMROUTER_TIKTOKEN_DIR/<name>.tiktoken`` (the file tiktoken publishes, as is);
3. tiktoken's own cache: ``$TIKTOKEN_CACHE_DIR`` (or ``$DATA_GYM_CACHE_DIR``, or
   ``<tmp>/data-gym-cache``), where ``tiktoken.get_encoding`` leaves what it downloaded.

**The approximation.** Other vendors' tokenizers are not public or not shipped, and an OpenAI
encoding may not be found (or tiktoken not installed): then a text counts ``ceil(utf8_bytes / 4)``
tokens (about 4 bytes a token for English and code in modern BPE vocabularies; 3-byte CJK
characters count 0.75 a token, Claude's and Gemini's tokenizers usually give a few percent to 20%
more), with the same per-message overhead. For an OpenAI model that is a fallback, with one
:class:`TokenCountWarning` per encoding; for other vendors it is the method. Image parts count
85 tokens (OpenAI's low-detail rate: the size is not known before the call, so this is a floor).
"""

from __future__ import annotations

import json
import os
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import ContextWindowExceededError, InvalidRequestError, ModelNotFoundError

if TYPE_CHECKING:
    from .request import ChatRequest
    from .types import Message

__all__ = [
    "TokenCount",
    "TokenCountWarning",
    "count_tokens",
    "preflight",
    "register_encoding",
    "token_counter",
]


class TokenCountWarning(UserWarning):
    """An OpenAI encoding could not be loaded locally: counts are approximate. Once per encoding."""


@dataclass(frozen=True, slots=True)
class TokenCount:
    tokens: int
    exact: bool
    """True when counted with the model's own tiktoken encoding."""
    method: str
    """The encoding name, or ``"approx"``."""


TOKENS_PER_MESSAGE = 3
TOKENS_PER_NAME = 1
REPLY_PRIMING = 3
IMAGE_TOKENS = 85

_PATTERNS = {
    "o200k_base": "|".join(
        [
            r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
            r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
            r"""\p{N}{1,3}""",
            r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
            r"""\s*[\r\n]+""",
            r"""\s+(?!\S)""",
            r"""\s+""",
        ]
    ),
    "cl100k_base": r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s""",
}
_SPECIAL = {
    "o200k_base": {"<|endoftext|>": 199999, "<|endofprompt|>": 200018},
    "cl100k_base": {
        "<|endoftext|>": 100257,
        "<|fim_prefix|>": 100258,
        "<|fim_middle|>": 100259,
        "<|fim_suffix|>": 100260,
        "<|endofprompt|>": 100276,
    },
}
_URL = "https://openaipublic.blob.core.windows.net/encodings/{}.tiktoken"

#: OpenAI model families by prefix (first match wins), as tiktoken maps them.
_FAMILIES: tuple[tuple[str, str], ...] = (
    ("gpt-4o", "o200k_base"),
    ("gpt-4.1", "o200k_base"),
    ("gpt-4.5", "o200k_base"),
    ("gpt-5", "o200k_base"),
    ("gpt-oss", "o200k_base"),
    ("chatgpt-4o", "o200k_base"),
    ("o1", "o200k_base"),
    ("o3", "o200k_base"),
    ("o4", "o200k_base"),
    ("gpt-4", "cl100k_base"),
    ("gpt-3.5", "cl100k_base"),
    ("gpt-35", "cl100k_base"),
    ("text-embedding-", "cl100k_base"),
)

_encodings: dict[str, Any] = {}
"""Encoding name -> tiktoken.Encoding, or None when it cannot be loaded here."""
_lock = threading.Lock()
_warned: set[str] = set()


def encoding_name_for(provider: str | None, model: str) -> str | None:
    """The tiktoken encoding of an OpenAI model (``openai/...`` at OpenRouter too), else None."""
    if provider not in (None, "openai", "azure"):
        if not model.startswith("openai/"):
            return None
    model = model.removeprefix("openai/")
    for prefix, name in _FAMILIES:
        if model.startswith(prefix):
            return name
    return None


def register_encoding(name: str, encoding: Any) -> None:
    """Makes ``name`` (``"o200k_base"``) count with ``encoding``: a ``tiktoken.Encoding``, or
    the path of a ``.tiktoken`` file (base64 token and rank per line)."""
    if not isinstance(name, str) or not name:
        raise InvalidRequestError("register_encoding needs an encoding name such as 'o200k_base'")
    if isinstance(encoding, (str, os.PathLike)):
        loaded = _from_file(name, os.fspath(encoding))
        if loaded is None:
            raise InvalidRequestError(f"cannot load a tiktoken encoding from {os.fspath(encoding)!r}")
        encoding = loaded
    elif not callable(getattr(encoding, "encode_ordinary", None)):
        raise InvalidRequestError("register_encoding expects a tiktoken.Encoding or a file path")
    with _lock:
        _encodings[name] = encoding


def _cache_files(name: str) -> list[str]:
    files = []
    own = os.environ.get("LLMROUTER_TIKTOKEN_DIR")
    if own:
        files.append(os.path.join(own, f"{name}.tiktoken"))
    if "TIKTOKEN_CACHE_DIR" in os.environ:
        cache = os.environ["TIKTOKEN_CACHE_DIR"]
    elif "DATA_GYM_CACHE_DIR" in os.environ:
        cache = os.environ["DATA_GYM_CACHE_DIR"]
    else:
        import tempfile  # only when looking for an encoding file: keeps `import llmrouter` light

        cache = os.path.join(tempfile.gettempdir(), "data-gym-cache")
    if cache:
        import hashlib

        files.append(os.path.join(cache, hashlib.sha1(_URL.format(name).encode()).hexdigest()))
    return files


def _from_file(name: str, path: str) -> Any:
    try:
        import tiktoken
    except ImportError:
        return None
    import base64

    try:
        with open(path, "rb") as handle:
            ranks = {}
            for line in handle.read().splitlines():
                if line:
                    token, rank = line.split()
                    ranks[base64.b64decode(token)] = int(rank)
        special = {k: v for k, v in _SPECIAL.get(name, {}).items() if v not in ranks.values()}
        if not ranks:
            return None
        return tiktoken.Encoding(
            name,
            pat_str=_PATTERNS.get(name, _PATTERNS["o200k_base"]),
            mergeable_ranks=ranks,
            special_tokens=special,
        )
    except (OSError, ValueError):
        return None


def _encoding(name: str) -> Any:
    try:
        return _encodings[name]
    except KeyError:
        pass
    with _lock:
        if name not in _encodings:
            found = None
            for path in _cache_files(name):
                if os.path.isfile(path):
                    found = _from_file(name, path)
                    if found is not None:
                        break
            _encodings[name] = found
        return _encodings[name]


def _approx(text: str) -> int:
    if text.isascii():
        return -(-len(text) // 4)
    return -(-len(text.encode("utf-8", "surrogatepass")) // 4)


def _messages(messages: Any) -> list[Message]:
    from pydantic import ValidationError

    from .types import Message

    if isinstance(messages, (str, bytes)) or not isinstance(messages, Sequence):
        raise InvalidRequestError("messages must be a list of messages", param="messages")
    out = []
    for i, message in enumerate(messages):
        if isinstance(message, Message):
            out.append(message)
            continue
        try:
            out.append(Message.model_validate(message))
        except ValidationError as exc:
            raise InvalidRequestError(
                f"messages[{i}] is not a valid message: {exc.errors()[0]['msg']}", param="messages"
            ) from None
    return out


def _pieces(message: Message) -> tuple[list[str], int]:
    """The texts of a message that a vendor tokenizes, and the image parts it carries."""
    texts: list[str] = [message.role]
    images = 0
    content = message.content
    if isinstance(content, str):
        texts.append(content)
    elif content:
        for part in content:
            if part.type == "text":
                texts.append(part.text)  # type: ignore[union-attr]
            else:
                images += 1
    for call in message.tool_calls or ():
        texts.append(call.function.name)
        texts.append(call.function.arguments)
    if message.reasoning_content:
        texts.append(message.reasoning_content)
    return texts, images


def _tools_text(tools: Any) -> str:
    if not tools:
        return ""
    dumped = [tool.model_dump(exclude_none=True) if hasattr(tool, "model_dump") else tool for tool in tools]
    try:
        return json.dumps(dumped, separators=(",", ":"), ensure_ascii=False)
    except (TypeError, ValueError):
        raise InvalidRequestError("tools must be JSON-serialisable tool definitions", param="tools") from None


def _count(provider: str | None, model: str, messages: list[Message], tools: Any) -> TokenCount:
    name = encoding_name_for(provider, model)
    encoding = _encoding(name) if name is not None else None
    if name is not None and encoding is None and name not in _warned:
        _warned.add(name)
        warnings.warn(
            f"tiktoken encoding {name!r} for {model} is not available locally (tiktoken not installed, or "
            "no file in $LLMROUTER_TIKTOKEN_DIR / $TIKTOKEN_CACHE_DIR); token counts are approximate "
            "(utf-8 bytes / 4). llmrouter never downloads an encoding.",
            TokenCountWarning,
            stacklevel=4,
        )
    if encoding is not None:
        encode = encoding.encode_ordinary

        def count(text: str) -> int:
            return len(encode(text))

    else:
        count = _approx
    total = REPLY_PRIMING
    for message in messages:
        texts, images = _pieces(message)
        total += TOKENS_PER_MESSAGE + sum(count(text) for text in texts if text) + images * IMAGE_TOKENS
        if message.name:
            total += TOKENS_PER_NAME + count(message.name)
    tools_text = _tools_text(tools)
    if tools_text:
        total += count(tools_text)
    exact = encoding is not None
    return TokenCount(total, exact, name if exact and name else "approx")


def _resolve(model: str) -> tuple[str | None, str]:
    if not isinstance(model, str) or not model.strip():
        raise InvalidRequestError("model must be a non-empty string such as 'openai/gpt-4o'", param="model")
    from .models import resolve
    from .providers import provider_names

    try:
        resolved = resolve(model, provider_names())
    except ModelNotFoundError:  # a model llmrouter does not route to is still counted (approximately)
        return None, model.strip()
    return resolved.provider, resolved.model


def count_tokens(model: str, messages: Any, tools: Any = None) -> TokenCount:
    """:func:`token_counter` with how it counted (exact with tiktoken, or approximate)."""
    provider, model_id = _resolve(model)
    return _count(provider, model_id, _messages(messages), tools)


def token_counter(model: str, messages: Any, tools: Any = None) -> int:
    """Prompt tokens of a chat call: ``token_counter("openai/gpt-4o", messages, tools=None)``.

    Exact (tiktoken) for OpenAI models whose encoding is available locally, the documented
    approximation otherwise (see the module's doc). Never downloads, never raises for a model it
    does not know (that is approximated); bad messages raise ``InvalidRequestError``."""
    return count_tokens(model, messages, tools).tokens


#: An upper bound on what one image part can cost, for the quick bound below.
_IMAGE_BOUND = 6_000


def _surely_fits(request: ChatRequest, room: int) -> bool:
    """A byte-level BPE token covers at least one byte, so the prompt's UTF-8 bytes (plus a
    generous allowance per message, per image and for tools) bound its token count from above:
    under ``room`` it fits whatever the tokenizer."""
    bound = 64 + len(json.dumps([t.model_dump(mode="json") for t in request.tools])) if request.tools else 64
    for message in request.messages:
        bound += 16
        content = message.content
        if isinstance(content, str):
            bound += len(content.encode())
        elif content:
            for part in content:
                text = getattr(part, "text", None)
                bound += len(text.encode()) if isinstance(text, str) else _IMAGE_BOUND
        for call in message.tool_calls or ():
            bound += len(call.function.arguments.encode()) + len(call.function.name) + 16
        if bound >= room:
            return False
    return bound < room


def preflight(request: ChatRequest) -> None:
    """Raises :class:`~llmrouter.errors.ContextWindowExceededError` before any I/O when the
    prompt's tokens plus ``max_tokens`` exceed the model's context window (when the catalog
    knows it). An approximate count (non-OpenAI models) only refuses when even a count 20% below
    it would not fit, so a tokenizer that packs text tighter than the approximation assumes is not
    refused a call its vendor would accept."""
    info = request.info
    window = getattr(info, "context_window", None)
    if not window:
        return
    max_tokens = request.params.get("max_tokens") or request.params.get("max_completion_tokens") or 0
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool):
        max_tokens = 0
    if _surely_fits(request, window - max_tokens):
        return  # no counting (and no tokenizer, no warning) for the common prompt far below the window
    provider = getattr(info, "provider", None)
    counted = _count(provider, request.model, request.messages, request.tools)
    prompt = counted.tokens if counted.exact else int(counted.tokens * 0.8)
    if prompt + max_tokens > window:
        what = "" if counted.exact else "about "
        raise ContextWindowExceededError(
            f"the prompt is {what}{counted.tokens} tokens and max_tokens is {max_tokens}: "
            f"{counted.tokens + max_tokens} > the context window of {window} tokens of {request.model} "
            "(refused before any call; pass check_context_window=False to send it anyway)",
            provider=provider,
            model=request.model,
            param="messages",
            details={
                "prompt_tokens": counted.tokens,
                "max_tokens": max_tokens,
                "context_window": window,
                "exact": counted.exact,
            },
        )
