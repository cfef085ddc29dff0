"""Writes the cassettes for OpenAI's images, speech, transcription and moderation endpoints.

Deterministic (fixed ids, timestamps, token counts, bytes; no clock, no randomness, no network,
no API key), like make_cassettes.py beside it, whose plumbing (headers, YAML layout) it reuses.
Run from the project root:

    python cassettes/openai/make_endpoint_cassettes.py

Bodies follow the OpenAI API reference: the images response object (``created``, ``data[]`` of
``b64_json`` or ``url`` + ``revised_prompt``, gpt-image-1's ``background``/``output_format``/
``quality``/``size``/``usage``), the speech endpoint's raw audio body, the transcription object
(``json``: ``text`` + ``usage``; ``verbose_json``: ``task``, ``language``, ``duration``, ``text``,
``words``, ``segments``, ``usage``; ``text``: plain text) and the moderation object (``id``,
``model``, ``results[]`` of ``flagged``, ``categories``, ``category_scores``,
``category_applied_input_types``). See README.md beside this file.
"""

from __future__ import annotations

import base64
import importlib.util
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_cassettes import (
    OPENAI,
    dumps,
    openai_completion,
    openai_error,
    openai_headers,
    openai_message,
    openai_usage,
    request,
    response,
    write,
)

CREATED = 1754000000


def tiny_png() -> bytes:
    """The valid 2x2 PNG the Google cassettes use (a real reply's image is larger; same shape)."""
    spec = importlib.util.spec_from_file_location("google_cassettes", HERE.parent / "google" / "make_cassettes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.tiny_png()  # type: ignore[no-any-return]


def tiny_mp3() -> bytes:
    """An empty ID3v2.4 tag and three zero-filled MPEG-1 Layer III frames (header ``FF FB 90 64``:
    128 kbit/s, 44.1 kHz, 417 bytes a frame): what ``response_format="mp3"`` sends, only short."""
    tag = b"ID3\x04\x00\x00\x00\x00\x00\x00"
    frame = b"\xff\xfb\x90\x64" + b"\x00" * (417 - 4)
    return tag + frame * 3


def binary_response(body: bytes, content_type: str, request_id: str) -> dict[str, Any]:
    headers = openai_headers(request_id, extra={"content-type": content_type, "transfer-encoding": "chunked"})
    return {
        "status": {"code": 200, "message": "OK"},
        "headers": {name: [value] for name, value in headers.items()},
        "body": {"string": body},
    }


def multipart_request(url: str) -> dict[str, Any]:
    """The transcription upload is multipart/form-data; its body (the audio) is not stored."""
    return {
        "method": "POST",
        "uri": url,
        "body": None,
        "headers": {"accept": ["application/json"], "content-type": ["multipart/form-data"], "host": ["api.openai.com"]},
    }


def ok(url: str, req: Any, body: Any, request_id: str) -> dict[str, Any]:
    return {"request": request(url, req), "response": response(200, dumps(body), openai_headers(request_id))}


CATEGORIES = (
    "harassment",
    "harassment/threatening",
    "sexual",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm/intent",
    "self-harm/instructions",
    "self-harm",
    "sexual/minors",
    "violence",
    "violence/graphic",
)
#: omni-moderation-latest names the input types each category was judged on: text only here.
APPLIED = {name: ["text"] for name in CATEGORIES}


def moderation_result(scores: dict[str, float]) -> dict[str, Any]:
    full = {name: scores.get(name, 1e-06) for name in CATEGORIES}
    flags = {name: score >= 0.5 for name, score in full.items()}
    return {
        "flagged": any(flags.values()),
        "categories": flags,
        "category_scores": full,
        "category_applied_input_types": APPLIED,
    }


def main() -> None:
    images = f"{OPENAI}/images/generations"
    png = base64.b64encode(tiny_png()).decode()

    write("openai/images_gpt_image_1.yaml", [ok(
        images,
        {"model": "gpt-image-1", "prompt": "A lighthouse at dawn, watercolour", "size": "1024x1024", "quality": "low"},
        {
            "created": CREATED,
            "background": "opaque",
            "data": [{"b64_json": png}],
            "output_format": "png",
            "quality": "low",
            "size": "1024x1024",
            "usage": {
                "input_tokens": 14,
                "input_tokens_details": {"image_tokens": 0, "text_tokens": 14},
                "output_tokens": 272,
                "total_tokens": 286,
            },
        },
        "req_1mg0000000000000000000000000000a",
    )])

    write("openai/images_dall_e_3_url.yaml", [ok(
        images,
        {"model": "dall-e-3", "prompt": "A lighthouse at dawn", "n": 1, "size": "1792x1024", "response_format": "url"},
        {
            "created": CREATED,
            "data": [
                {
                    "revised_prompt": "A tall white lighthouse on a rocky shore at dawn, soft pink and orange light "
                    "spreading over a calm sea, painted in a gentle watercolour style.",
                    "url": "https://oaidalleapiprodscus.blob.core.windows.net/private/org-0000/user-0000/"
                    "img-0a1b2c3d4e5f.png?st=2025-08-01T00%3A00%3A00Z&se=2025-08-01T02%3A00%3A00Z&sp=r&sig=0000",
                }
            ],
        },
        "req_1mg0000000000000000000000000000b",
    )])

    write("openai/images_error_400.yaml", [{
        "request": request(images, {"model": "dall-e-3", "prompt": "..."}),
        "response": response(400, openai_error(
            "Your request was rejected as a result of our safety system. Your prompt may contain text that is not "
            "allowed by our safety system.",
            "invalid_request_error", None, "content_policy_violation",
        ), openai_headers("req_1mg0000000000000000000000000000c")),
    }])

    speech_url = f"{OPENAI}/audio/speech"
    write("openai/speech_mp3.yaml", [{
        "request": request(speech_url, {"model": "gpt-4o-mini-tts", "input": "Hello there!", "voice": "coral"}),
        "response": binary_response(tiny_mp3(), "audio/mpeg", "req_5peech000000000000000000000000a"),
    }])
    write("openai/speech_error_400.yaml", [{
        "request": request(speech_url, {"model": "tts-1", "input": "Hi", "voice": "nobody"}),
        "response": response(400, openai_error(
            "Invalid value: 'nobody'. Supported values are: 'alloy', 'ash', 'ballad', 'coral', 'echo', 'fable', "
            "'onyx', 'nova', 'sage', 'shimmer', and 'verse'.",
            "invalid_request_error", "voice", "invalid_value",
        ), openai_headers("req_5peech000000000000000000000000b")),
    }])

    transcriptions = f"{OPENAI}/audio/transcriptions"
    write("openai/transcription_json.yaml", [{
        "request": multipart_request(transcriptions),
        "response": response(200, dumps({
            "text": "Hello there, this is a short test of the transcription endpoint.",
            "usage": {
                "type": "tokens",
                "input_tokens": 52,
                "input_token_details": {"text_tokens": 0, "audio_tokens": 52},
                "output_tokens": 14,
                "total_tokens": 66,
            },
        }), openai_headers("req_7ranscr1pt10n00000000000000000a")),
    }])
    write("openai/transcription_verbose_json.yaml", [{
        "request": multipart_request(transcriptions),
        "response": response(200, dumps({
            "task": "transcribe",
            "language": "english",
            "duration": 3.2,
            "text": "Hello there, this is a test.",
            "words": [
                {"word": "Hello", "start": 0.0, "end": 0.42},
                {"word": "there", "start": 0.42, "end": 0.8},
                {"word": "this", "start": 1.1, "end": 1.36},
                {"word": "is", "start": 1.36, "end": 1.5},
                {"word": "a", "start": 1.5, "end": 1.6},
                {"word": "test", "start": 1.6, "end": 2.1},
            ],
            "segments": [
                {
                    "id": 0,
                    "seek": 0,
                    "start": 0.0,
                    "end": 2.1,
                    "text": " Hello there, this is a test.",
                    "tokens": [50364, 2425, 456, 11, 341, 307, 257, 1500, 13, 50469],
                    "temperature": 0.0,
                    "avg_logprob": -0.2860786020755768,
                    "compression_ratio": 0.8235294222831726,
                    "no_speech_prob": 0.009875000827014446,
                }
            ],
            "usage": {"type": "duration", "seconds": 4},
        }), openai_headers("req_7ranscr1pt10n00000000000000000b")),
    }])
    srt = "1\n00:00:00,000 --> 00:00:02,100\nHello there, this is a test.\n\n\n"
    headers = openai_headers("req_7ranscr1pt10n00000000000000000c", extra={"content-type": "text/plain; charset=utf-8"})
    write("openai/transcription_srt.yaml", [{
        "request": multipart_request(transcriptions),
        "response": response(200, srt, headers),
    }])

    moderations = f"{OPENAI}/moderations"
    write("openai/moderation_flagged.yaml", [ok(
        moderations,
        {"model": "omni-moderation-latest", "input": ["What a lovely day.", "I will hurt you."]},
        {
            "id": "modr-0d9740456c391e43c445bf0f010940c7",
            "model": "omni-moderation-latest",
            "results": [
                moderation_result({"harassment": 0.000048, "violence": 0.000011}),
                moderation_result({"harassment": 0.8189, "harassment/threatening": 0.8049, "violence": 0.9223}),
            ],
        },
        "req_m0derat10n000000000000000000000a",
    )])

    # a guarded chat call whose input passes moderation: the moderation, then the chat itself
    clean = {
        "id": "modr-5b1f0e2c0d9a4b7c8e6f1a2b3c4d5e6f",
        "model": "omni-moderation-latest",
        "results": [moderation_result({"harassment": 0.000031})],
    }
    hello = [{"role": "user", "content": "Say hello in one word."}]
    write("openai/moderation_guard_pass.yaml", [
        ok(moderations, {"model": "omni-moderation-latest", "input": ["Say hello in one word."]}, clean,
           "req_m0derat10n000000000000000000000b"),
        ok(f"{OPENAI}/chat/completions", {"model": "gpt-4o-mini", "messages": hello},
           openai_completion("chatcmpl-C0openai0guard0000000001", openai_message("Hello!"), "stop", openai_usage(13, 2)),
           "req_m0derat10n000000000000000000000c"),
    ])
    print("wrote the openai endpoint cassettes")


if __name__ == "__main__":
    main()
