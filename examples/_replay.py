"""Live or replayed, the same code path: with the vendor's key set an example calls the vendor; without
it, the official SDK's HTTP is answered from a recorded cassette under ``cassettes/`` and the example
says so. Shared by the examples; not part of the library."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"


@contextlib.contextmanager
def live_or_replay(
    cassette: str, key_variable: str = "OPENAI_API_KEY"
) -> Iterator[tuple[dict[str, Any], list[Any]]]:
    """Yields (keyword arguments for the call, the requests the SDK sent when replaying)."""
    if os.environ.get(key_variable):
        print(f"[live: {key_variable} is set]")
        yield {}, []
        return
    from llmrouter.testing import use_cassette

    print(f"[no {key_variable} set: replaying cassettes/{cassette}]")
    with use_cassette(CASSETTES / cassette, match_on=("method", "host", "path")) as sent:
        yield {"api_key": "sk-replay-only-0000"}, sent


def sent_json(sent: list[Any], index: int = -1) -> dict[str, Any]:
    """The JSON body of a request the SDK sent (replay only)."""
    body = sent[index].body
    return json.loads(body.decode() if isinstance(body, bytes) else body)  # type: ignore[no-any-return]
