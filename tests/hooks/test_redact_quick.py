"""The quick pre-check (llmrouter.hooks.pii.quick) changes no finding: every text of every data
set, and every line and sentence of them (short texts are where the shortcut applies), gives the
same findings with and without it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from llmrouter.hooks.pii.detector import BuiltinDetector
from llmrouter.hooks.pii.quick import may_hold_findings

DATA = Path(__file__).resolve().parents[1] / "data"
_PIECES = re.compile(r"[^\n.!?]+[.!?]?")


def _texts() -> list[str]:
    out: list[str] = []
    for path in sorted(DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    text = json.loads(line).get("text", "")
                    if isinstance(text, str) and text:
                        out.append(text)
                        out.extend(p.strip() for p in _PIECES.findall(text) if len(p.strip()) >= 6)
    return out


def test_quick_check_drops_no_finding() -> None:
    fast = BuiltinDetector()
    full = BuiltinDetector()
    full._quick = False
    texts = _texts()
    assert len(texts) > 10_000
    skipped = 0
    for text in texts:
        assert fast.detect(text) == full.detect(text), text[:80]
        skipped += not may_hold_findings(text, text.encode("latin-1", "replace"))
    assert skipped > 1_000  # the shortcut is taken, so the comparison means something


def test_quick_check_keeps_prose_secrets_and_prefixes() -> None:
    for text in (
        "my password is HunterBlueSky",
        "Passwort lautet GeheimesWort",
        "AKIAABCDEFGHIJKLMNOP is the key id",
        "Bearer AbCdEfGhIjKlMnOpQrStUvWxYz",
        "the token XkQpZrTwLmNvBbYy leaked",
        "fe80::1 is the router",
    ):
        assert may_hold_findings(text, text.encode("latin-1", "replace")), text
    for text in ("Hey bot, write a haiku about autumn leaves.", "Merci, peux-tu résumer ce texte ?"):
        assert not may_hold_findings(text, text.encode("latin-1", "replace")), text
