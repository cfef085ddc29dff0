"""Where the built-in PII detector used to live; it is now the package :mod:`llmrouter.hooks.pii`."""

from __future__ import annotations

from .pii import *  # noqa: F403
from .pii import __all__ as __all__
