"""Output capture with a per-test cap and a whole-run limit."""

from __future__ import annotations

import io


class OutputLimitExceeded(BaseException):
    """Raised from print() when a run prints more than its limit.

    A BaseException, so a learner's `except Exception:` cannot swallow it and keep flooding.
    """


class CappedStream(io.TextIOBase):
    """A text stream that keeps the first `keep` characters of each test's output.

    Everything written counts toward `total_limit` for the whole run; past it, writing raises
    OutputLimitExceeded so that a print loop cannot exhaust memory or time.
    """

    def __init__(self, keep: int, total_limit: int) -> None:
        super().__init__()
        self._keep = keep
        self._total_limit = total_limit
        self._total = 0
        self._parts: list[str] = []
        self._kept = 0
        self._dropped = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self._total += len(text)
        if self._total > self._total_limit:
            raise OutputLimitExceeded()
        room = self._keep - self._kept
        if room > 0:
            piece = text[:room]
            self._parts.append(piece)
            self._kept += len(piece)
        self._dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def take(self) -> str:
        """Returns what was kept since the last take (saying how much was cut) and starts afresh."""
        text = "".join(self._parts)
        if self._dropped:
            text += f"\n… [output cut: {self._dropped:,} more characters]"
        self._parts, self._kept, self._dropped = [], 0, 0
        return text
