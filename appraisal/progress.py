"""A small progress bar on stderr for long batches (no dependency, no output when short)."""
from __future__ import annotations

import sys
import time


class Progress:
    """Redraws at most ~10 times a second; silent unless the batch is long enough to wait for."""

    def __init__(self, total: int, label: str = "appraising", stream=None, min_total: int = 50):
        self.total, self.label, self.done = total, label, 0
        self.stream = stream or sys.stderr
        self.enabled = total >= min_total
        self.start = self._last = time.perf_counter()

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.perf_counter()
        if self.enabled and (now - self._last > 0.1 or self.done >= self.total):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        frac = self.done / self.total if self.total else 1.0
        bar = "#" * int(frac * 30)
        rate = self.done / max(now - self.start, 1e-9)
        self.stream.write(f"\r{self.label} [{bar:<30}] {self.done}/{self.total} ({rate:,.0f}/s)")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.perf_counter())
            self.stream.write("\n")
            self.stream.flush()
