"""What each official SDK actually sends, with ``Redactor()`` on: no redacted value leaves the
process, wherever it sat in the conversation (system prompt, content parts, tool-call arguments,
tool results), for every vendor, streamed or not.

The vendor's reply is replayed from the provider's own cassette; requests are matched on method,
host and path, so the body checked here is exactly what our translation produced.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

import llmrouter
from llmrouter.hooks import Redactor
from llmrouter.testing import use_cassette

CASSETTES = Path(__file__).resolve().parents[2] / "cassettes"

PII = {
    "email": "jane.doe@example.com",
    "ops_email": "ops-lead@acme-corp.example",
    "phone": "+44 20 7946 0958",
    "card": "4539 1488 0343 6467",
    "iban": "DE89 3704 0044 0532 0130 00",
    "ssn": "123-45-6789",
    "ip": "81.2.69.77",
    "openai_key": "sk-proj-Xy7Qa1Bc2De3Fg4Hi5Jk6Lm7No8Pq9Rs0",
    "aws_key": "AKIAIOSFODNN7EXAMPLE",
}

CONVERSATION: list[dict[str, Any]] = [
    {
        "role": "system",
        "content": f"You help ACME customers. Escalate to {PII['ops_email']} or {PII['phone']}.",
    },
    {
        "role": "user",
        "content": [
            {"type": "text", "text": f"My card {PII['card']} was charged twice."},
            {"type": "text", "text": f"Refund to IBAN {PII['iban']}, please."},
        ],
    },
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_lookup_1",
                "type": "function",
                "function": {
                    "name": "lookup_customer",
                    "arguments": json.dumps({"email": PII["email"], "ssn": PII["ssn"]}),
                },
            }
        ],
    },
    {
        "role": "tool",
        "tool_call_id": "call_lookup_1",
        "content": json.dumps(
            {"owner": PII["email"], "last_login_ip": PII["ip"], "api_key": PII["openai_key"]}
        ),
    },
    {"role": "user", "content": f"Also, I pasted my AWS key {PII['aws_key']} in a ticket by mistake."},
]

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "lookup_customer",
            "description": "Find a customer record",
            "parameters": {
                "type": "object",
                "properties": {"email": {"type": "string"}, "ssn": {"type": "string"}},
            },
        },
    }
]

# (vendor model string, non-streamed cassette, streamed cassette)
VENDORS = [
    ("openai/gpt-4o", "openai/chat_plain", "openai/chat_stream"),
    ("anthropic/claude-sonnet-4-5", "anthropic/plain", "anthropic/stream_text"),
    ("google/gemini-2.5-flash", "google/plain", "google/stream"),
    ("mistral/mistral-large-latest", "mistral/plain", "mistral/stream_text"),
    ("cohere/command-a-03-2025", "cohere/plain", "cohere/stream"),
    ("groq/llama-3.3-70b-versatile", "groq/chat_plain", "groq/chat_stream"),
]


def wire_text(request: Any) -> str:
    """The body as sent, and as any JSON escaping would render it, for a search."""
    body = request.body.decode("utf-8") if isinstance(request.body, bytes) else str(request.body)
    return body + "\n" + json.dumps(json.loads(body), ensure_ascii=False)


def assert_clean(sent: list[Any]) -> None:
    assert len(sent) == 1
    text = wire_text(sent[0])
    leaked = [name for name, value in PII.items() if value in text]
    assert leaked == [], f"redacted values reached the vendor: {leaked}"
    # the conversation did reach the vendor, with placeholders where the values were
    assert "<EMAIL_" in text and "<CREDIT_CARD_" in text and "<IBAN_" in text


@pytest.mark.parametrize(("model", "plain", "streamed"), VENDORS, ids=[v[0].split("/")[0] for v in VENDORS])
def test_no_redacted_value_reaches_any_vendor(
    model: str, plain: str, streamed: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    before = json.dumps(CONVERSATION)
    with use_cassette(CASSETTES / f"{plain}.yaml", match_on=("method", "host", "path")) as sent:
        reply = llmrouter.completion(
            model, CONVERSATION, tools=TOOLS, api_key="test-redaction-key", hooks=[Redactor()]
        )
    assert_clean(sent)
    assert reply.choices

    with use_cassette(CASSETTES / f"{streamed}.yaml", match_on=("method", "host", "path")) as sent:
        with llmrouter.completion(
            model, CONVERSATION, tools=TOOLS, stream=True, api_key="test-redaction-key", hooks=[Redactor()]
        ) as stream:
            chunks = list(stream)
    assert_clean(sent)
    assert chunks and stream.completion is not None

    assert json.dumps(CONVERSATION) == before  # the caller's conversation is untouched
    assert not [value for value in PII.values() if value in caplog.text]


@pytest.mark.parametrize(
    ("model", "plain", "streamed"), VENDORS[:3], ids=[v[0].split("/")[0] for v in VENDORS[:3]]
)
async def test_no_redacted_value_reaches_any_vendor_async(model: str, plain: str, streamed: str) -> None:
    with use_cassette(CASSETTES / f"{plain}.yaml", match_on=("method", "host", "path")) as sent:
        await llmrouter.acompletion(
            model, CONVERSATION, tools=TOOLS, api_key="test-redaction-key", hooks=[Redactor()]
        )
    assert_clean(sent)


def test_block_mode_stops_the_call_before_any_request_and_names_no_value() -> None:
    with use_cassette(CASSETTES / "openai/chat_plain.yaml", match_on=("method", "host", "path")) as sent:
        with pytest.raises(llmrouter.SecurityViolation) as caught:
            llmrouter.completion(
                "openai/gpt-4o",
                CONVERSATION,
                api_key="test-redaction-key",
                hooks=[Redactor(modes={"CREDIT_CARD": "block"})],
            )
    assert sent == []
    error = caught.value
    assert error.status == 403 and error.code == "SECURITY_VIOLATION"
    for text in (str(error), repr(error), json.dumps(error.to_dict()), repr(error.details)):
        assert not [value for value in PII.values() if value in text]
