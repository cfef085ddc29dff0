"""Embeddings: the OpenAI embeddings shape from any vendor that has them; hooks see the input too.

python examples/embeddings.py
"""

from __future__ import annotations

import sys

from _replay import live_or_replay, sent_json

import llmrouter
from llmrouter.hooks import Redactor


def main() -> int:
    with live_or_replay("openai/embeddings_float.yaml") as (replay, sent):
        reply = llmrouter.embedding(
            "openai/text-embedding-3-small",
            ["note for bob@example.com"],
            dimensions=4,
            extra_body={"encoding_format": "float"},
            hooks=[Redactor()],
            **replay,
        )
    print(f"vectors: {len(reply.embeddings)} of {len(reply.embeddings[0])} dimensions, model={reply.model}")
    if sent:
        print(f"what the vendor saw: {sent_json(sent)['input']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
