"""``python -m llmrouter usage --db usage.db``: see :mod:`llmrouter.cli`."""

from __future__ import annotations

from .cli import main

raise SystemExit(main())
