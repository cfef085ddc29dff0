"""The one assembler: what a sequence of chunks means."""

from __future__ import annotations

from llmrouter.streaming import StreamAssembler
from llmrouter.types import (
    ChatCompletionChunk,
    ChunkChoice,
    Delta,
    ThinkingBlock,
    ToolCallDelta,
    ToolCallFunctionDelta,
    Usage,
)


def chunk(*choices: ChunkChoice, usage: Usage | None = None) -> ChatCompletionChunk:
    return ChatCompletionChunk(id="cmpl-9", created=42, model="m-1", choices=list(choices), usage=usage)


def test_text_reasoning_and_usage_assemble_in_order() -> None:
    assembler = StreamAssembler()
    assembler.add(chunk(ChunkChoice(delta=Delta(role="assistant", reasoning_content="Think "))))
    assembler.add(
        chunk(
            ChunkChoice(
                delta=Delta(
                    reasoning_content="hard",
                    thinking_blocks=[ThinkingBlock(thinking="Think hard", signature="sig")],
                )
            )
        )
    )
    assembler.add(chunk(ChunkChoice(delta=Delta(content="Hel"))))
    assembler.add(chunk(ChunkChoice(delta=Delta(content="lo"), finish_reason="stop")))
    assembler.add(chunk(usage=Usage.of(3, 4, reasoning_tokens=2)))
    reply = assembler.result()
    assert (reply.id, reply.created, reply.model) == ("cmpl-9", 42, "m-1")
    assert reply.content == "Hello" and reply.reasoning_content == "Think hard"
    assert reply.message is not None and reply.message.thinking_blocks == [
        ThinkingBlock(thinking="Think hard", signature="sig")
    ]
    assert reply.finish_reason == "stop"
    assert reply.usage is not None and reply.usage.reasoning_tokens == 2 and reply.usage.total_tokens == 7


def test_tool_call_fragments_join_by_index_even_interleaved() -> None:
    assembler = StreamAssembler()

    def start(i, id_, name):
        return ToolCallDelta(
            index=i, id=id_, type="function", function=ToolCallFunctionDelta(name=name, arguments="")
        )

    args = lambda i, text: ToolCallDelta(index=i, function=ToolCallFunctionDelta(arguments=text))  # noqa: E731
    assembler.add(
        chunk(
            ChunkChoice(
                delta=Delta(tool_calls=[start(0, "call_a", "get_weather"), start(1, "call_b", "get_time")])
            )
        )
    )
    assembler.add(
        chunk(ChunkChoice(delta=Delta(tool_calls=[args(0, '{"city": '), args(1, '{"tz": "UTC"}')])))
    )
    assembler.add(
        chunk(ChunkChoice(delta=Delta(tool_calls=[args(0, '"Paris"}')]), finish_reason="tool_calls"))
    )
    reply = assembler.result()
    assert [(c.id, c.function.name, c.function.arguments) for c in reply.tool_calls] == [
        ("call_a", "get_weather", '{"city": "Paris"}'),
        ("call_b", "get_time", '{"tz": "UTC"}'),
    ]
    assert reply.content is None and reply.finish_reason == "tool_calls"


def test_several_choices_stay_apart() -> None:
    assembler = StreamAssembler()
    assembler.add(
        chunk(ChunkChoice(index=0, delta=Delta(content="a")), ChunkChoice(index=1, delta=Delta(content="b")))
    )
    assembler.add(
        chunk(
            ChunkChoice(index=1, delta=Delta(content="b"), finish_reason="length"),
            ChunkChoice(index=0, delta=Delta(), finish_reason="stop"),
        )
    )
    reply = assembler.result()
    assert [(c.index, c.message.content, c.finish_reason) for c in reply.choices] == [
        (0, "a", "stop"),
        (1, "bb", "length"),
    ]


def test_missing_usage_stays_none_and_missing_ids_are_synthesised() -> None:
    assembler = StreamAssembler()
    assembler.add(
        chunk(
            ChunkChoice(
                delta=Delta(
                    tool_calls=[
                        ToolCallDelta(index=0, function=ToolCallFunctionDelta(name="f", arguments="{}"))
                    ]
                )
            )
        )
    )
    reply = assembler.result()
    assert reply.usage is None
    assert reply.tool_calls[0].id == "call_cmpl-9_0_0"


def test_chunk_dump_has_only_what_was_sent() -> None:
    dumped = chunk(ChunkChoice(delta=Delta(content="x"))).model_dump()
    assert dumped["choices"][0]["delta"] == {"content": "x"}
    assert "usage" not in dumped and dumped["object"] == "chat.completion.chunk"


def test_vendor_specific_delta_fields_survive_assembly() -> None:
    assembler = StreamAssembler()
    assembler.add(chunk(ChunkChoice(delta=Delta(tool_plan="I will "))))  # type: ignore[call-arg]
    assembler.add(chunk(ChunkChoice(delta=Delta(tool_plan="call the tool", citations=[1]))))  # type: ignore[call-arg]
    message = assembler.result().message
    assert message is not None
    assert message.model_extra == {"tool_plan": "I will call the tool", "citations": [1]}
