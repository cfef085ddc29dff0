"""``ModerationGuard``: a pre-hook that sends the caller's text to a moderation model first and
refuses the call when it is flagged.

    llmrouter.completion("openai/gpt-4o", msgs, hooks=[ModerationGuard()])

It reads what the call would send (chat messages of the guarded roles, an image prompt, speech
input, embedding input: ``request.texts()``), moderates it in one call, and on a flag raises
:class:`~llmrouter.errors.SecurityViolation` (403, ``SECURITY_VIOLATION``) with the categories in
``.details`` and no text, before the guarded call makes any I/O. With ``action="flag"`` it only
records ``ctx.annotations["moderation"]``. Moderation calls themselves are never guarded (a
global guard would otherwise moderate its own call).

Put it after a ``Redactor`` (a higher ``order``, as here by default) so that what goes to the
moderation model is the redacted text, like what goes to the vendor.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from ..errors import InvalidRequestError, SecurityViolation
from .base import CallContext, Hook

__all__ = ["ModerationGuard"]


class ModerationGuard(Hook):
    """Blocks (or flags) calls whose text a moderation model flags.

    ``categories``: only these categories count (``None``: the model's own ``flagged``);
    ``threshold``: a category counts when its score reaches it, flagged or not; ``roles``: the chat
    roles whose text is moderated; ``fail_open=True`` lets the call through when the moderation
    call itself fails (default: the failure is raised). ``moderate``/``amoderate`` replace the
    moderation call (for tests or another moderation service): ``(texts) -> ModerationResponse``.
    """

    name = "moderation_guard"
    order = 10

    def __init__(
        self,
        model: str = "openai/omni-moderation-latest",
        *,
        action: str = "block",
        categories: Collection[str] | None = None,
        threshold: float | None = None,
        roles: Sequence[str] = ("user", "tool"),
        fail_open: bool = False,
        api_key: str | None = None,
        moderate: Callable[[list[str]], Any] | None = None,
        amoderate: Callable[[list[str]], Any] | None = None,
    ) -> None:
        if action not in ("block", "flag"):
            raise InvalidRequestError(f"action must be 'block' or 'flag', got {action!r}", param="action")
        if threshold is not None and not 0.0 <= threshold <= 1.0:
            raise InvalidRequestError("threshold must be from 0 to 1", param="threshold")
        self.model = model
        self.action = action
        self.categories = frozenset(categories) if categories is not None else None
        self.threshold = threshold
        self.roles = tuple(roles)
        self.fail_open = fail_open
        self._api_key = api_key
        self._moderate = moderate
        self._amoderate = amoderate

    def __repr__(self) -> str:
        return f"ModerationGuard(model={self.model!r}, action={self.action!r})"

    # -- what is moderated -----------------------------------------------------------------

    def texts(self, ctx: CallContext) -> list[str]:
        if ctx.operation == "moderation":
            return []
        messages = getattr(ctx.request, "messages", None)
        if messages is not None:
            return [text for m in messages if m.role in self.roles and (text := m.text())]
        return [text for text in ctx.request.texts() if text]

    def _params(self) -> dict[str, Any]:
        # The guard's own call: no hooks of its own, one attempt at a time as usual.
        return {"api_key": self._api_key} if self._api_key else {}

    # -- the verdict -----------------------------------------------------------------------

    def _hits(self, reply: Any) -> list[str]:
        hits: set[str] = set()
        for result in reply.results:
            for name, flagged in result.categories.items():
                if self.categories is not None and name not in self.categories:
                    continue
                score = result.category_scores.get(name, 0.0)
                if (self.threshold is not None and score >= self.threshold) or (
                    self.threshold is None and flagged
                ):
                    hits.add(name)
            if self.categories is None and self.threshold is None and result.flagged and not hits:
                hits.add("flagged")
        return sorted(hits)

    def _verdict(self, ctx: CallContext, reply: Any) -> None:
        hits = self._hits(reply)
        ctx.annotations["moderation"] = {"flagged": bool(hits), "categories": hits, "model": reply.model}
        if hits and self.action == "block":
            raise SecurityViolation(
                f"the input was flagged by {self.model} ({', '.join(hits)})",
                details={"categories": hits, "model": reply.model, "hook": self.name},
            )

    def _failed(self, ctx: CallContext, error: Exception) -> None:
        ctx.annotations["moderation"] = {"flagged": None, "error": type(error).__name__}
        if not self.fail_open:
            raise error

    # -- events ------------------------------------------------------------------------------

    def before_request(self, ctx: CallContext) -> None:
        texts = self.texts(ctx)
        if not texts:
            return
        try:
            if self._moderate is not None:
                reply = self._moderate(texts)
            else:
                from .. import endpoints  # the pipeline, loaded on the first guarded call

                reply = endpoints.moderation(self.model, texts, **self._params())
        except SecurityViolation:
            raise
        except Exception as exc:
            self._failed(ctx, exc)
            return
        self._verdict(ctx, reply)

    async def abefore_request(self, ctx: CallContext) -> None:
        texts = self.texts(ctx)
        if not texts:
            return
        try:
            if self._amoderate is not None:
                reply = await self._amoderate(texts)
            elif self._moderate is not None:
                reply = self._moderate(texts)
            else:
                from .. import endpoints

                reply = await endpoints.amoderation(self.model, texts, **self._params())
        except SecurityViolation:
            raise
        except Exception as exc:
            self._failed(ctx, exc)
            return
        self._verdict(ctx, reply)
