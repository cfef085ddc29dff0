"""Images in: content parts with ``image_url`` (an http(s) URL or a ``data:`` URL), any vision model.

python examples/images_in.py
"""

from __future__ import annotations

import sys

from _replay import live_or_replay, sent_json

import llmrouter

PHOTO = "https://upload.wikimedia.org/wikipedia/commons/thumb/d/dd/Gfp-wisconsin-madison-the-nature-boardwalk.jpg/2560px-Gfp-wisconsin-madison-the-nature-boardwalk.jpg"


def main() -> int:
    messages = [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Describe the picture in one sentence."},
                {"type": "image_url", "image_url": {"url": PHOTO, "detail": "low"}},
            ],
        }
    ]
    with live_or_replay("openai/chat_image.yaml") as (replay, sent):
        reply = llmrouter.completion("openai/gpt-4o", messages, max_tokens=60, **replay)
    print(f"description: {reply.content}")
    if sent:
        parts = sent_json(sent)["messages"][0]["content"]
        print(f"sent parts: {[p['type'] for p in parts]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
