"""Structured output: pass a pydantic class as ``response_format`` and read ``reply.parsed``.

python examples/structured_output.py
"""

from __future__ import annotations

import sys

from _replay import live_or_replay, sent_json
from pydantic import BaseModel

import llmrouter


class City(BaseModel):
    city: str
    country: str
    population_millions: float


def main() -> int:
    with live_or_replay("openai/chat_json_schema.yaml") as (replay, sent):
        reply = llmrouter.completion(
            "openai/gpt-4o",
            [{"role": "user", "content": "The capital of France, as JSON."}],
            response_format=City,
            **replay,
        )
    city = reply.parsed
    assert isinstance(city, City)
    print(f"parsed: {city!r}")
    if sent:
        schema = sent_json(sent)["response_format"]["json_schema"]
        print(
            f"sent schema: name={schema['name']} strict={schema['strict']} required={schema['schema']['required']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
