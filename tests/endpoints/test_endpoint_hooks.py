"""Every endpoint goes through the pipeline's hooks: a Redactor rewrites the text that is sent
(the image prompt, the speech input, the transcription prompt, the moderation input) before the
SDK sends it; on_attempt and after_response fire once each with the reply and its cost; a hook
can answer the call itself; ModerationGuard blocks flagged input before the guarded call's I/O."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import llmrouter
from llmrouter import endpoints, errors
from llmrouter.hooks import Redactor
from llmrouter.hooks.moderation import ModerationGuard
from llmrouter.testing import request_json, use_cassette
from llmrouter.types import ImagesResponse, ModerationResponse, ModerationResult

OPENAI = Path(__file__).resolve().parents[2] / "cassettes" / "openai"
KEY = "test-openai-key-0123456789"
EMAIL = "ada.lovelace@example.com"
HELLO = [{"role": "user", "content": "Say hello in one word."}]


class Ledger:
    """What a ledger or cost hook sees: one row per attempt, one per finished call."""

    def __init__(self) -> None:
        self.attempts: list[Any] = []
        self.rows: list[dict[str, Any]] = []
        self.errors: list[Any] = []

    def on_attempt(self, ctx: Any, attempt: Any) -> None:
        self.attempts.append(attempt)

    def after_response(self, ctx: Any) -> None:
        self.rows.append(
            {
                "operation": ctx.operation,
                "provider": ctx.provider,
                "model": ctx.model_id,
                "cost_usd": ctx.cost_usd,
                "usage": ctx.usage,
                "texts": ctx.request.texts(),
            }
        )

    def on_error(self, ctx: Any, error: Any) -> None:
        self.errors.append(error)


def test_image_prompt_is_redacted_on_the_wire_and_the_call_is_ledgered() -> None:
    ledger = Ledger()
    with use_cassette(OPENAI / "images_gpt_image_1.yaml") as sent:
        reply = endpoints.image_generation(
            "openai/gpt-image-1", f"A portrait for {EMAIL}", hooks=[Redactor(), ledger], api_key=KEY
        )
    wire = sent[0].body.decode()
    assert EMAIL not in wire and request_json(sent[0])["prompt"] == "A portrait for <EMAIL_1>"
    assert [(a.number, a.provider, a.model, a.ok) for a in ledger.attempts] == [
        (1, "openai", "gpt-image-1", True)
    ]
    # gpt-image-1 at OpenAI's published $5 / 1M text input and $40 / 1M image output tokens
    cost = (14 * 5.0 + 272 * 40.0) / 1e6
    assert ledger.rows[0]["operation"] == "image_generation"
    assert ledger.rows[0]["cost_usd"] == pytest.approx(cost) and reply.cost_usd == pytest.approx(cost)
    assert ledger.rows[0]["usage"].output_tokens == 272
    assert ledger.errors == []


async def test_speech_input_is_redacted_async() -> None:
    ledger = Ledger()
    with use_cassette(OPENAI / "speech_mp3.yaml") as sent:
        await endpoints.aspeech(
            "openai/gpt-4o-mini-tts",
            f"Mail {EMAIL} now",
            voice="coral",
            hooks=[Redactor(), ledger],
            api_key=KEY,
        )
    assert request_json(sent[0])["input"] == "Mail <EMAIL_1> now"
    # gpt-4o-mini-tts bills audio tokens, which the speech endpoint does not report: unknown
    assert ledger.rows[0]["operation"] == "speech" and ledger.rows[0]["cost_usd"] is None
    assert len(ledger.attempts) == 1 and ledger.attempts[0].ok


def test_tts_1_is_priced_by_the_characters_sent() -> None:
    ledger = Ledger()
    with use_cassette(OPENAI / "speech_mp3.yaml"):
        reply = endpoints.speech(
            "openai/tts-1", f"Mail {EMAIL} now", voice="alloy", hooks=[Redactor(), ledger], api_key=KEY
        )
    # $15 per 1M characters, on the text the vendor got (redacted), not the caller's
    assert reply.cost_usd == pytest.approx(len("Mail <EMAIL_1> now") * 15.0 / 1e6)
    assert ledger.rows[0]["cost_usd"] == reply.cost_usd
    with (
        use_cassette(OPENAI / "speech_mp3.yaml"),
        endpoints.speech(
            "openai/tts-1-hd", "Hello there!", voice="alloy", stream=True, api_key=KEY
        ) as stream,
    ):
        b"".join(stream)
    assert stream.cost_usd == pytest.approx(len("Hello there!") * 30.0 / 1e6)


def test_transcription_prompt_is_redacted() -> None:
    ledger = Ledger()
    with use_cassette(OPENAI / "transcription_json.yaml") as sent:
        endpoints.transcription(
            "openai/gpt-4o-transcribe",
            b"ID3audio",
            prompt=f"Speaker: {EMAIL}",
            hooks=[Redactor(), ledger],
            api_key=KEY,
        )
    assert EMAIL.encode() not in sent[0].body and b"Speaker: <EMAIL_1>" in sent[0].body
    assert ledger.rows[0]["operation"] == "transcription"
    # the reply's usage: 52 audio input tokens at $6 / 1M, 14 output tokens at $10 / 1M
    assert ledger.rows[0]["cost_usd"] == pytest.approx((52 * 6.0 + 14 * 10.0) / 1e6)


async def test_moderation_input_is_redacted_and_costs_zero_async() -> None:
    ledger = Ledger()
    with use_cassette(OPENAI / "moderation_flagged.yaml") as sent:
        await endpoints.amoderation(input=[f"hi {EMAIL}", "x"], hooks=[Redactor(), ledger], api_key=KEY)
    assert request_json(sent[0])["input"] == ["hi <EMAIL_1>", "x"]
    assert ledger.rows[0]["cost_usd"] == 0.0 and ledger.rows[0]["texts"] == ["hi <EMAIL_1>", "x"]


def test_a_failed_call_reaches_on_error_once() -> None:
    ledger = Ledger()
    with use_cassette(OPENAI / "images_error_400.yaml"), pytest.raises(errors.InvalidRequestError):
        endpoints.image_generation("openai/dall-e-3", "...", hooks=[ledger], api_key=KEY)
    assert len(ledger.errors) == 1 and ledger.rows == [] and not ledger.attempts[0].ok


def test_a_hook_may_answer_an_image_call_with_no_io() -> None:
    cached = ImagesResponse(created=1, data=[])

    class Cache:
        def before_request(self, ctx: Any) -> Any:
            return cached if ctx.operation == "image_generation" else None

    reply = endpoints.image_generation("openai/gpt-image-1", "x", hooks=[Cache()], api_key=KEY)
    assert reply is cached  # no cassette: any I/O would have failed


def test_a_router_runs_the_operations_too() -> None:
    router = llmrouter.Router(api_key=KEY, hooks=[Ledger()])
    with use_cassette(OPENAI / "moderation_flagged.yaml"):
        reply = router.run(endpoints.MODERATION, "openai/omni-moderation-latest", {"input": "x"})
    assert reply.flagged


# --------------------------------------------------------------------------------------------
# ModerationGuard
# --------------------------------------------------------------------------------------------


def verdict(**scores: float) -> ModerationResponse:
    names = ("harassment", "violence", "sexual")
    result = ModerationResult(
        flagged=any(s >= 0.5 for s in scores.values()),
        categories={n: scores.get(n, 0.0) >= 0.5 for n in names},
        category_scores={n: scores.get(n, 0.0) for n in names},
    )
    return ModerationResponse(id="modr-1", model="omni-moderation-latest", results=[result])


def test_guard_passes_clean_input_then_the_chat_runs() -> None:
    ledger = Ledger()
    with use_cassette(OPENAI / "moderation_guard_pass.yaml") as sent:
        reply = llmrouter.completion(
            "openai/gpt-4o-mini", HELLO, hooks=[ModerationGuard(api_key=KEY), ledger], api_key=KEY
        )
    assert [r.uri.rsplit("/", 1)[1] for r in sent] == ["moderations", "completions"]
    assert request_json(sent[0]) == {"model": "omni-moderation-latest", "input": ["Say hello in one word."]}
    assert reply.content == "Hello!"
    assert ledger.rows[0]["operation"] == "chat"


async def test_guard_blocks_flagged_input_before_any_io_async() -> None:
    ledger = Ledger()
    with (
        use_cassette(OPENAI / "moderation_flagged.yaml") as sent,
        pytest.raises(errors.SecurityViolation) as info,
    ):
        await llmrouter.acompletion(
            "openai/gpt-4o-mini",
            [{"role": "user", "content": "I will hurt you."}],
            hooks=[ModerationGuard(api_key=KEY), ledger],
            api_key=KEY,
        )
    assert [r.uri.rsplit("/", 1)[1] for r in sent] == ["moderations"]  # the chat was never sent
    error = info.value
    assert error.status == 403 and error.code == "SECURITY_VIOLATION"
    assert error.details["categories"] == ["harassment", "harassment/threatening", "violence"]
    assert "hurt" not in error.message and "hurt" not in str(error.details)  # no text in the error
    assert len(ledger.errors) == 1 and ledger.attempts == []


def test_guard_guards_other_operations_and_flags_only() -> None:
    seen: list[list[str]] = []

    def moderate(texts: list[str]) -> ModerationResponse:
        seen.append(texts)
        return verdict(violence=0.7)

    with pytest.raises(errors.SecurityViolation):
        endpoints.image_generation(
            "openai/gpt-image-1", "a violent scene", hooks=[ModerationGuard(moderate=moderate)], api_key=KEY
        )
    assert seen == [["a violent scene"]]

    flagger = ModerationGuard(moderate=lambda texts: verdict(violence=0.7), action="flag")
    notes: dict[str, Any] = {}

    class Peek:
        order = 20  # after the guard

        def before_request(self, ctx: Any) -> Any:
            notes.update(ctx.annotations)
            return ImagesResponse(created=1, data=[])

    endpoints.image_generation("openai/gpt-image-1", "x", hooks=[flagger, Peek()], api_key=KEY)
    assert notes["moderation"] == {
        "flagged": True,
        "categories": ["violence"],
        "model": "omni-moderation-latest",
    }


def test_guard_categories_and_threshold() -> None:
    only_sexual = ModerationGuard(moderate=lambda texts: verdict(violence=0.9), categories={"sexual"})
    low = ModerationGuard(moderate=lambda texts: verdict(harassment=0.2), threshold=0.1)

    class Answer:
        order = 20

        def before_request(self, ctx: Any) -> Any:
            return ImagesResponse(created=1, data=[])

    endpoints.image_generation("openai/gpt-image-1", "x", hooks=[only_sexual, Answer()], api_key=KEY)
    with pytest.raises(errors.SecurityViolation, match="harassment"):
        endpoints.image_generation("openai/gpt-image-1", "x", hooks=[low, Answer()], api_key=KEY)


def test_guard_fails_closed_unless_told_otherwise() -> None:
    def down(texts: list[str]) -> ModerationResponse:
        raise errors.ServiceUnavailableError("moderation is down")

    class Answer:
        order = 20

        def before_request(self, ctx: Any) -> Any:
            return ImagesResponse(created=1, data=[])

    with pytest.raises(errors.ServiceUnavailableError):
        endpoints.image_generation(
            "openai/gpt-image-1", "x", hooks=[ModerationGuard(moderate=down), Answer()], api_key=KEY
        )
    reply = endpoints.image_generation(
        "openai/gpt-image-1",
        "x",
        hooks=[ModerationGuard(moderate=down, fail_open=True), Answer()],
        api_key=KEY,
    )
    assert reply.data == []


def test_a_global_guard_does_not_moderate_its_own_call() -> None:
    llmrouter.add_hook(ModerationGuard(api_key=KEY))
    with use_cassette(OPENAI / "moderation_guard_pass.yaml") as sent:
        llmrouter.completion("openai/gpt-4o-mini", HELLO, api_key=KEY)
    assert [r.uri.rsplit("/", 1)[1] for r in sent] == ["moderations", "completions"]


def test_guard_options_are_checked() -> None:
    with pytest.raises(errors.InvalidRequestError):
        ModerationGuard(action="warn")
    with pytest.raises(errors.InvalidRequestError):
        ModerationGuard(threshold=2)
    assert KEY not in repr(ModerationGuard(api_key=KEY))


def test_usage_tracker_takes_image_and_transcription_calls() -> None:
    from llmrouter.hooks import UsageTracker

    tracker = UsageTracker()
    with use_cassette(OPENAI / "images_gpt_image_1.yaml"):
        endpoints.image_generation("openai/gpt-image-1", "x", hooks=[tracker], api_key=KEY, user="u1")
    with use_cassette(OPENAI / "transcription_verbose_json.yaml"):
        endpoints.transcription("openai/whisper-1", b"ID3audio", hooks=[tracker], api_key=KEY, user="u1")
    record = tracker.by_user["u1"]
    assert (record.calls, record.prompt_tokens, record.completion_tokens) == (2, 14, 272)
    # gpt-image-1 by its tokens, whisper-1 by the 4 seconds its usage reports ($0.006 a minute)
    assert record.unpriced_calls == 0
    assert record.cost_usd == pytest.approx((14 * 5.0 + 272 * 40.0) / 1e6 + 4 * 0.006 / 60)


def test_logging_hook_takes_every_operation(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from llmrouter.hooks import LoggingHook

    caplog.set_level(logging.INFO, logger="llmrouter.calls")
    with use_cassette(OPENAI / "moderation_flagged.yaml"):
        endpoints.moderation(input="x", hooks=[LoggingHook()], api_key=KEY)
    with use_cassette(OPENAI / "speech_mp3.yaml"):
        with endpoints.speech(
            "openai/tts-1", "Quokka greeting", voice="alloy", stream=True, hooks=[LoggingHook()], api_key=KEY
        ) as s:
            b"".join(s)
    assert len([r for r in caplog.records if r.name == "llmrouter.calls"]) == 2
    assert "Quokka" not in caplog.text  # never the text
