"""llmrouter in one minute: a reply, a stream, and PII kept out of the vendor's request.

    python examples/quickstart.py

With OPENAI_API_KEY set this calls OpenAI for real. Without it, it replays the recorded
cassette ``cassettes/quickstart.yaml`` through the same code path (the official openai SDK with
its HTTP answered from the recording) and says so.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import llmrouter
from llmrouter.hooks import Redactor

MODEL = "openai/gpt-4o-mini"
CASSETTE = Path(__file__).resolve().parent.parent / "cassettes" / "quickstart.yaml"


@contextlib.contextmanager
def live_or_replay() -> Iterator[dict[str, Any]]:
    if os.environ.get("OPENAI_API_KEY"):
        print(f"Calling {MODEL} live (OPENAI_API_KEY is set).\n")
        yield {}
        return
    from llmrouter.testing import use_cassette

    print(f"No OPENAI_API_KEY set: replaying the recorded cassette {CASSETTE.name}.\n")
    with use_cassette(CASSETTE, match_on=("method", "host", "path")) as sent:
        yield {"api_key": "sk-replay-only", "sent": sent}


def main() -> int:
    with live_or_replay() as replay:
        sent = replay.pop("sent", None)
        messages = [
            {"role": "system", "content": "You are a concise assistant."},
            {"role": "user", "content": "In one sentence, what is an LLM gateway?"},
        ]

        # 1. One call, the OpenAI reply shape whatever the vendor.
        reply = llmrouter.completion(MODEL, messages, temperature=0.2, **replay)
        print("1. completion()")
        print(f"   {reply.content}")
        print(
            f"   provider={reply.provider} finish={reply.finish_reason} tokens={reply.usage.total_tokens if reply.usage else None}\n"
        )

        # 2. The same call, streamed; the stream also assembles the final reply.
        print("2. completion(stream=True)")
        print("   ", end="")
        with llmrouter.completion(MODEL, messages, stream=True, **replay) as stream:
            for chunk in stream:
                print(chunk.content or "", end="", flush=True)
        assert stream.completion is not None
        print(
            f"\n   assembled: {len(stream.completion.content or '')} characters, usage={stream.usage.total_tokens if stream.usage else None}\n"
        )

        # 3. A pre-hook keeps the e-mail address out of the request; the reply comes back restored.
        print("3. hooks=[Redactor()]")
        question = [{"role": "user", "content": "Write a one-line greeting to jane.doe@example.com."}]
        reply = llmrouter.completion(MODEL, question, hooks=[Redactor()], **replay)
        print(f"   {reply.content}")
        if sent is not None:
            wire = json.loads(sent[-1].body)["messages"][-1]["content"]
            print(f"   what the vendor saw: {wire}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
