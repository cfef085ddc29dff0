"""Writes the Gemini API image generation cassettes (a Gemini image model's ``:generateContent``
with image output). Deterministic; reuses make_cassettes.py's plumbing (headers, dates, the tiny
PNG). Run from the project root:

    python cassettes/google/make_endpoint_cassettes.py

Gemini image models (ai.google.dev/gemini-api/docs/image-generation): a ``GenerateContentResponse``
whose parts mix ``text`` and ``inlineData {mimeType, data}``, with ``candidatesTokensDetails``
counting IMAGE tokens. The API pretty-prints its JSON, as the chat cassettes show.
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path
from typing import Any


sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_cassettes import HERE, _google_headers, _request, candidate, reply, tiny_png, write_all


def generate(model: str, body: Any, answer: dict[str, Any], seed: str) -> dict[str, Any]:
    return {
        "request": _request("POST", f"/v1beta/models/{model}:generateContent", body),
        "response": {
            "status": {"code": 200, "message": "OK"},
            "headers": _google_headers(seed, "application/json; charset=UTF-8"),
            "body": {"string": json.dumps(answer, indent=2, ensure_ascii=False) + "\n"},
        },
    }


def cassettes() -> dict[str, list[dict[str, Any]]]:
    png = base64.b64encode(tiny_png()).decode()
    flash = "gemini-2.5-flash-image"
    prompt = "A lighthouse at dawn, watercolour"
    return {
        "images_gemini": [generate(
            flash,
            {"contents": [{"parts": [{"text": prompt}], "role": "user"}],
             "generationConfig": {"responseModalities": ["TEXT", "IMAGE"]}},
            reply(
                [candidate([
                    {"text": "Here is a watercolour of a lighthouse at dawn."},
                    {"inlineData": {"mimeType": "image/png", "data": png}},
                ])],
                {
                    "promptTokenCount": 9,
                    "candidatesTokenCount": 1301,
                    "totalTokenCount": 1310,
                    "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 9}],
                    "candidatesTokensDetails": [
                        {"modality": "TEXT", "tokenCount": 11},
                        {"modality": "IMAGE", "tokenCount": 1290},
                    ],
                },
                flash,
                "images_gemini",
            ),
            "images_gemini",
        )],
        "images_gemini_blocked": [generate(
            flash,
            {"contents": [{"parts": [{"text": "..."}], "role": "user"}],
             "generationConfig": {"responseModalities": ["TEXT", "IMAGE"]}},
            {
                "promptFeedback": {"blockReason": "PROHIBITED_CONTENT"},
                "usageMetadata": {"promptTokenCount": 4, "totalTokenCount": 4,
                                  "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 4}]},
                "modelVersion": flash,
                "responseId": "images_gemini_blocked0",
            },
            "images_gemini_blocked",
        )],
    }


def main() -> None:
    write_all(cassettes(), HERE)


if __name__ == "__main__":
    main()
