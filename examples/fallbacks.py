"""Retries and fallbacks: every attempt visible to hooks; a rate-limited primary hands over.

python examples/fallbacks.py
"""

from __future__ import annotations

import sys

from _replay import live_or_replay

import llmrouter
from llmrouter import Attempt, CallContext


class ShowAttempts:
    def on_attempt(self, ctx: CallContext, attempt: Attempt) -> None:
        outcome = (
            "ok"
            if attempt.ok
            else f"{type(attempt.error).__name__} {attempt.error.status if attempt.error else ''}"
        )
        print(f"  attempt {attempt.number}: {attempt.provider}/{attempt.model} -> {outcome}")


def main() -> int:
    with live_or_replay("openai/retry_429_then_200.yaml") as (replay, _):
        reply = llmrouter.completion(
            "openai/gpt-4o",
            [{"role": "user", "content": "Say hello."}],
            num_retries=0,  # no retry at the primary: hand over at once
            fallbacks=["openai/gpt-4o-mini"],  # same provider: inherits this call's api_key and api_base
            hooks=[ShowAttempts()],
            **replay,
        )
    print(f"answered by {reply.provider}/{reply.model}: {reply.content}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
