"""A bounded LRU of injection scores, so that text a guard has already scored is not scored again.

A chat is re-sent whole on every turn: without a cache, the guard rescans every earlier user and
tool message on each call, and the same long tool result or document is scored once per turn. A
score depends only on the text, who says it (the role) and the guard's configuration (allow-list,
custom rules, quote damping, learned model), all fixed when the guard is made; so each guard keeps
its own cache, keyed by ``(text, role)``, and a hit returns exactly what scoring would have.

The cache holds message text in memory (never in logs or reprs): it is bounded both in entries and
in characters, and a text over a quarter of the character budget is scored every time rather
than evict everything else.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Generic, TypeVar

__all__ = ["ScoreCache"]

V = TypeVar("V")


class ScoreCache(Generic[V]):
    """``(text, role) -> value``, least recently used out first; thread-safe."""

    __slots__ = ("_chars", "_entries", "_lock", "max_chars", "max_entries")

    def __init__(self, max_entries: int = 1024, max_chars: int = 4_000_000) -> None:
        self.max_entries = max_entries
        self.max_chars = max_chars
        self._entries: OrderedDict[tuple[str, str], V] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, text: str, role: str) -> V | None:
        key = (text, role)
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, text: str, role: str, value: V) -> None:
        size = len(text)
        if self.max_entries < 1 or size > self.max_chars // 4:
            return
        key = (text, role)
        with self._lock:
            if key in self._entries:
                return
            self._entries[key] = value
            self._chars += size
            entries = self._entries
            while len(entries) > self.max_entries or self._chars > self.max_chars:
                (old, _), _ = entries.popitem(last=False)
                self._chars -= len(old)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._chars = 0
