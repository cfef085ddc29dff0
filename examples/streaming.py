"""Streaming: chunks in the OpenAI ``chat.completion.chunk`` shape, and the reply they assemble.

python examples/streaming.py
"""

from __future__ import annotations

import sys

from _replay import live_or_replay

import llmrouter


def main() -> int:
    with live_or_replay("openai/chat_stream.yaml") as (replay, _):
        messages = [{"role": "user", "content": "Say hello in five words."}]
        with llmrouter.completion(
            "openai/gpt-4o-mini", messages, stream=True, stream_options={"include_usage": True}, **replay
        ) as stream:
            pieces = [chunk.content for chunk in stream if chunk.content]
    final = stream.completion
    assert final is not None
    print(f"chunks: {pieces}")
    print(
        f"assembled: {final.content!r} finish={final.finish_reason} usage={final.usage.total_tokens if final.usage else None}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
