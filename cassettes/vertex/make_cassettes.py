"""Writes the Vertex AI (vertex_ai provider) cassettes in this folder; deterministic, run from anywhere:

    python cassettes/vertex/make_cassettes.py

Bodies follow the Vertex AI REST reference: ``projects.locations.publishers.models.generateContent``
and ``streamGenerateContent`` (a ``GenerateContentResponse``: ``candidates``, ``usageMetadata`` with
``trafficType``, ``modelVersion``, ``createTime``, ``responseId``), ``...models.predict`` for Imagen
(``instances[].prompt`` / ``parameters.sampleCount, aspectRatio, includeRaiReason`` in;
``predictions[].bytesBase64Encoded, mimeType, prompt`` or ``raiFilteredReason`` out), and the
``google.rpc.Status`` error body. Google front-end framing (pretty-printed JSON, ``data: ...\\r\\n\\r\\n``
SSE events, the GFE headers) is shared with the Gemini API cassettes, so this reuses
``cassettes/google/make_cassettes.py``'s plumbing. No credential appears anywhere.
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path
from typing import Any


sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "google"))

from make_cassettes import _google_headers, candidate, error_body, response_id, tiny_png, user, write_all

HERE = Path(__file__).resolve().parent
PROJECT, LOCATION = "test-project", "us-central1"
REGIONAL = f"https://{LOCATION}-aiplatform.googleapis.com"
GLOBAL = "https://aiplatform.googleapis.com"
MODELS = f"/v1beta1/projects/{PROJECT}/locations/{LOCATION}/publishers/google/models"
EXPRESS_MODELS = "/v1beta1/publishers/google/models"
CREATE_TIME = "2025-11-18T10:14:03.512877Z"
F = "gemini-2.5-flash"
IMAGEN = "imagen-4.0-generate-001"


def _request(host: str, path: str, body: Any) -> dict[str, Any]:
    return {
        "method": "POST",
        "uri": host + path,
        "body": json.dumps(body),
        "headers": {
            "accept": ["*/*"],
            "accept-encoding": ["gzip, deflate"],
            "connection": ["keep-alive"],
            "content-type": ["application/json"],
            "host": [host.removeprefix("https://")],
            "x-goog-api-client": ["google-genai-sdk/3.6.1 gl-python/3.11.7"],
        },
    }


def _response(status: int, seed: str, content_type: str, text: str) -> dict[str, Any]:
    reasons = {200: "OK", 403: "Forbidden"}
    return {
        "status": {"code": status, "message": reasons[status]},
        "headers": _google_headers(seed, content_type),
        "body": {"string": text},
    }


def _json(payload: Any) -> str:
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def vertex_usage(prompt: int, candidates: int, thoughts: int | None = None) -> dict[str, Any]:
    """Vertex's ``usageMetadata``: Gemini's counts plus ``trafficType`` and per-modality details."""
    out: dict[str, Any] = {
        "promptTokenCount": prompt,
        "candidatesTokenCount": candidates,
        "totalTokenCount": prompt + candidates + (thoughts or 0),
        "trafficType": "ON_DEMAND",
        "promptTokensDetails": [{"modality": "TEXT", "tokenCount": prompt}],
        "candidatesTokensDetails": [{"modality": "TEXT", "tokenCount": candidates}],
    }
    if thoughts is not None:
        out["thoughtsTokenCount"] = thoughts
    return out


def vertex_reply(candidates: list[dict[str, Any]], meta: dict[str, Any] | None, seed: str) -> dict[str, Any]:
    """A Vertex ``GenerateContentResponse``: ``index`` 0 is left out (proto3 JSON omits defaults)."""
    out: dict[str, Any] = {"candidates": candidates}
    if meta is not None:
        out["usageMetadata"] = meta
    out["modelVersion"] = F
    out["createTime"] = CREATE_TIME
    out["responseId"] = response_id(seed)
    return out


HELLO = {**user("Say hello."), "generationConfig": {}}  # the SDK's Vertex converter always sends one


def chat(host: str, models: str, seed: str) -> list[dict[str, Any]]:
    answer = vertex_reply(
        [candidate([{"text": "Hello! How can I help you today?"}], index=None) | {"avgLogprobs": -0.2131}],
        vertex_usage(4, 9, thoughts=21),
        seed,
    )
    return [{
        "request": _request(host, f"{models}/{F}:generateContent", HELLO),
        "response": _response(200, seed, "application/json; charset=UTF-8", _json(answer)),
    }]


def stream() -> list[dict[str, Any]]:
    seed = "vertex_stream"
    pieces = ["Hello", "! How can I", " help you today?"]
    events = []
    for i, text in enumerate(pieces):
        last = i == len(pieces) - 1
        part = candidate([{"text": text}], finish="STOP" if last else None, index=None)
        events.append(vertex_reply([part], vertex_usage(4, 9) if last else None, seed))
    text = "".join("data: " + json.dumps(e, separators=(",", ": ")) + "\r\n\r\n" for e in events)
    return [{
        "request": _request(REGIONAL, f"{MODELS}/{F}:streamGenerateContent?alt=sse", HELLO),
        "response": _response(200, seed, "text/event-stream", text),
    }]


LIGHTHOUSE = "A lighthouse at dawn, watercolour"
ENHANCED = (
    "A watercolour painting of a white lighthouse on a rocky headland at dawn, soft pink and gold "
    "light over a calm sea, loose brushwork and visible paper texture."
)


def imagen() -> list[dict[str, Any]]:
    png = base64.b64encode(tiny_png()).decode()
    body = {
        "instances": [{"prompt": LIGHTHOUSE}],
        "parameters": {"sampleCount": 2, "aspectRatio": "16:9", "includeRaiReason": True},
    }
    answer = {
        "predictions": [
            {"mimeType": "image/png", "prompt": ENHANCED, "bytesBase64Encoded": png},
            {"mimeType": "image/png", "prompt": ENHANCED, "bytesBase64Encoded": png},
        ]
    }
    return [{
        "request": _request(REGIONAL, f"{MODELS}/{IMAGEN}:predict", body),
        "response": _response(200, "vertex_imagen", "application/json; charset=UTF-8", _json(answer)),
    }]


RAI_REASON = (
    "Your current safety filter threshold filtered out 1 generated images. You will still be charged "
    "for the generated images. Try rephrasing your prompt. If you think this was an error, send "
    "feedback. Support codes: 58061214"
)


def imagen_filtered() -> list[dict[str, Any]]:
    body = {"instances": [{"prompt": "..."}], "parameters": {"sampleCount": 1, "includeRaiReason": True}}
    answer = {"predictions": [{"raiFilteredReason": RAI_REASON}]}
    return [{
        "request": _request(REGIONAL, f"{MODELS}/{IMAGEN}:predict", body),
        "response": _response(200, "vertex_imagen_filtered", "application/json; charset=UTF-8", _json(answer)),
    }]


def error_403() -> list[dict[str, Any]]:
    resource = f"projects/{PROJECT}/locations/{LOCATION}/publishers/google/models/{F}"
    body = error_body(
        403,
        f"Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/{resource}' "
        "(or it may not exist).",
        "PERMISSION_DENIED",
        [{
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            "reason": "IAM_PERMISSION_DENIED",
            "domain": "aiplatform.googleapis.com",
            "metadata": {"permission": "aiplatform.endpoints.predict", "resource": resource},
        }],
    )
    return [{
        "request": _request(REGIONAL, f"{MODELS}/{F}:generateContent", HELLO),
        "response": _response(403, "vertex_error_403", "application/json; charset=UTF-8", _json(body)),
    }]


EMBED = "text-embedding-005"


def embeddings() -> list[dict[str, Any]]:
    """``text-embedding-005`` on ``:predict``: ``predictions[].embeddings{statistics, values}`` and
    ``metadata.billableCharacterCount``, per Vertex's text-embeddings API reference."""
    body = {"instances": [{"content": "hello world"}, {"content": "good night"}], "parameters": {"outputDimensionality": 4}}
    answer = {
        "predictions": [
            {"embeddings": {"statistics": {"truncated": False, "token_count": 2}, "values": [0.0123, -0.0456, 0.0789, -0.0012]}},
            {"embeddings": {"statistics": {"truncated": False, "token_count": 3}, "values": [-0.0321, 0.0654, -0.0987, 0.0021]}},
        ],
        "metadata": {"billableCharacterCount": 19},
    }
    return [{
        "request": _request(REGIONAL, f"{MODELS}/{EMBED}:predict", body),
        "response": _response(200, "vertex_embeddings", "application/json; charset=UTF-8", _json(answer)),
    }]


def cassettes() -> dict[str, list[dict[str, Any]]]:
    return {
        "chat": chat(REGIONAL, MODELS, "vertex_chat"),
        "chat_express": chat(GLOBAL, EXPRESS_MODELS, "vertex_chat_express"),
        "stream": stream(),
        "imagen": imagen(),
        "imagen_filtered": imagen_filtered(),
        "error_403": error_403(),
        "embeddings": embeddings(),
    }


def main() -> None:
    write_all(cassettes(), HERE)


if __name__ == "__main__":
    main()
