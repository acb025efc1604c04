"""A small progress bar on stderr for long batches (no dependency, silent when short)."""
from __future__ import annotations

import sys
import time


class Progress:
    """Progress by bytes read, with the count of studies done; redraws at most ~10 times a second.

    Bytes, not files, because one 20,000-record export is a single file.
    """

    def __init__(self, total_bytes: int, label: str = "appraising", stream=None, enabled: bool = True):
        self.total, self.label, self.read, self.studies = max(total_bytes, 1), label, 0, 0
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.start = self._last = time.perf_counter()
        self._drawn = False

    def bytes_read(self, n: int) -> None:
        self.read = min(n, self.total)
        self._maybe_draw()

    def study_done(self) -> None:
        self.studies += 1
        self._maybe_draw()

    def _maybe_draw(self) -> None:
        now = time.perf_counter()
        # only batches that take a while get a bar: nothing is drawn in the first half second
        if self.enabled and now - self._last > 0.1 and now - self.start > 0.5:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        frac = self.read / self.total
        rate = self.studies / max(now - self.start, 1e-9)
        self.stream.write(f"\r{self.label} [{'#' * int(frac * 30):<30}] {frac:4.0%}  {self.studies:,} studies ({rate:,.0f}/s)")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self.read = self.total
            self._draw(time.perf_counter())
            self.stream.write("\n")
            self.stream.flush()
