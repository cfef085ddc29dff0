"""Redaction: PII and secrets replaced before the request leaves the process, restored in the reply.

python examples/redaction.py
"""

from __future__ import annotations

import sys

from _replay import live_or_replay, sent_json

import llmrouter
from llmrouter import CallContext
from llmrouter.hooks import Redactor


class Counts:
    def after_response(self, ctx: CallContext) -> None:
        print(f"redacted (counts only, never values): {ctx.annotations.get('redactions')}")


def main() -> int:
    text = (
        "Card 4242 4242 4242 4241 is wrong? Mail jane.doe@example.com, key sk-proj-AbCdEf0123456789AbCdEf01."
    )
    with live_or_replay("openai/chat_plain.yaml") as (replay, sent):
        reply = llmrouter.completion(
            "openai/gpt-4o-mini", [{"role": "user", "content": text}], hooks=[Redactor(), Counts()], **replay
        )
    if sent:
        print(f"what the vendor saw: {sent_json(sent)['messages'][0]['content']}")
    print(f"reply: {reply.content}")
    try:
        llmrouter.completion(
            "openai/gpt-4o-mini",
            [{"role": "user", "content": text}],
            hooks=[Redactor(modes={"SECRET": "block"})],
            **replay,
        )
    except llmrouter.SecurityViolation as blocked:
        print(f"block mode: {blocked.code} {blocked.status}: {blocked.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
