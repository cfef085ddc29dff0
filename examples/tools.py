"""Tools: the model asks for a function call, we run it, and send the result back.

python examples/tools.py
"""

from __future__ import annotations

import json
import sys

from _replay import live_or_replay

import llmrouter

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather in a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def get_weather(city: str) -> dict[str, object]:
    return {"city": city, "temperature_c": 18, "sky": "sunny"}


def main() -> int:
    messages: list[dict[str, object]] = [{"role": "user", "content": "What's the weather in Paris?"}]
    with live_or_replay("openai/chat_tools.yaml") as (replay, _):
        reply = llmrouter.completion("openai/gpt-4o-mini", messages, tools=[WEATHER], **replay)
    call = reply.tool_calls[0]
    print(f"the model asks: {call.function.name}({call.function.arguments}) finish={reply.finish_reason}")
    result = get_weather(**json.loads(call.function.arguments))
    assert reply.message is not None
    messages += [
        reply.message.to_message().model_dump(exclude_none=True),
        {"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)},
    ]
    with live_or_replay("openai/chat_tool_result.yaml") as (replay, sent):
        final = llmrouter.completion("openai/gpt-4o-mini", messages, tools=[WEATHER], **replay)
    if sent:
        print(f"sent back: {sent_roles(sent)}")
    print(f"answer: {final.content}")
    return 0


def sent_roles(sent: list[object]) -> list[str]:
    from _replay import sent_json

    return [m["role"] for m in sent_json(sent)["messages"]]  # type: ignore[index]


if __name__ == "__main__":
    sys.exit(main())
