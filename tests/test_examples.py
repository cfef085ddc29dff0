"""The examples are documentation that runs: a new user's first experience."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_example(name: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_quickstart_replays_its_cassette_and_says_so() -> None:
    out = run_example("quickstart.py")
    assert "replaying the recorded cassette quickstart.yaml" in out
    assert "An LLM gateway is a layer between your application" in out
    assert "provider=openai finish=stop tokens=65" in out
    assert "usage=49" in out
    # the e-mail never reached the vendor, and the caller got it back
    assert "what the vendor saw: Write a one-line greeting to <EMAIL_1>." in out
    assert "Hello jane.doe@example.com, it's great to hear from you!" in out


def test_custom_provider_example_routes_streams_and_refuses() -> None:
    out = run_example("custom_provider.py")
    assert "reply: 'stressed desserts' (provider=reverse, tokens=4)" in out
    assert "stream: ['stressed', ' desserts']" in out
    assert "refused before any call: provider 'reverse' does not support 'temperature'" in out


def test_streaming_example_assembles_the_reply() -> None:
    out = run_example("streaming.py")
    assert "replaying cassettes/openai/chat_stream.yaml" in out
    assert "chunks: ['Hello', ' there', '!']" in out
    assert "assembled: 'Hello there!' finish=stop usage=16" in out


def test_tools_example_round_trips_a_tool_call() -> None:
    out = run_example("tools.py")
    assert 'the model asks: get_weather({"city":"Paris"}) finish=tool_calls' in out
    assert "sent back: ['user', 'assistant', 'tool']" in out
    assert "answer: It is 18°C and sunny in Paris." in out


def test_structured_output_example_parses_into_the_class() -> None:
    out = run_example("structured_output.py")
    assert "parsed: City(city='Paris', country='France', population_millions=2.1)" in out
    assert "strict=True required=['city', 'country', 'population_millions']" in out


def test_images_in_example_sends_an_image_part() -> None:
    out = run_example("images_in.py")
    assert "sent parts: ['text', 'image_url']" in out
    assert "description: A wooden boardwalk" in out


def test_embeddings_example_redacts_the_input() -> None:
    out = run_example("embeddings.py")
    assert "vectors: 1 of 4 dimensions, model=text-embedding-3-small" in out
    assert "what the vendor saw: ['note for <EMAIL_1>']" in out


def test_fallbacks_example_shows_each_attempt() -> None:
    out = run_example("fallbacks.py")
    assert "attempt 1: openai/gpt-4o -> RateLimitError 429" in out
    assert "attempt 2: openai/gpt-4o-mini -> ok" in out
    assert "answered by openai/gpt-4o-mini" in out


def test_redaction_example_keeps_values_off_the_wire() -> None:
    out = run_example("redaction.py")
    assert "what the vendor saw: Card 4242 4242 4242 4241 is wrong? Mail <EMAIL_1>, key <API_KEY_1>." in out
    assert "jane.doe@example.com" not in out.split("what the vendor saw:")[1].splitlines()[0]
    assert "{'EMAIL': 1, 'API_KEY': 1}" in out
    assert "block mode: SECURITY_VIOLATION 403" in out


def test_injection_guard_example_blocks_before_io_and_flags() -> None:
    out = run_example("injection_guard.py")
    assert "blocked: 403 SECURITY_VIOLATION, requests sent: 0" in out
    assert "flagged tool message 2" in out
    assert "flag mode still answers: Hello!" in out


def test_logging_and_cost_example_prices_logs_and_records_the_call() -> None:
    out = run_example("logging_and_cost.py")
    assert (
        "log record: {'provider': 'openai', 'model': 'gpt-4o-mini', 'status': 'ok', 'prompt_tokens': 13"
        in out
    )
    assert "reply: 'Hello!' tokens=15 cost_usd=0.00000315" in out  # 13 x $0.15/M + 2 x $0.60/M
    assert "ledger by user: SummaryRow(group='ann', calls=1" in out
