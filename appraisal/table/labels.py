"""Rows named by a number (`Dose in feed (ppm)`: `40020Increased`), checked against the rest of their table.

A glued numeric label cannot be cut from its row alone (`4002|0` or `400|20`); the table's other
rows can tell, as a stated change checks the values. Kept apart from the search it re-runs, so the
search stays about one row.
"""
from __future__ import annotations

import re

from ..models import Finding
from .cells import label_decimals
from .search import _split_row

_BARE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_RATIO_TOLERANCE = 0.1


def _bare(text: str | None) -> float | None:
    return float(text.replace(",", "")) if text and _BARE_NUMBER.fullmatch(text) else None


def _label_decimals(f: Finding) -> tuple[int, bool] | None:
    """(decimals, glued) of a row named by a number (`≤0.01`, `0.03–0.29`): its decimal places,
    and whether a digit follows it in the row, so its last digits may be the next cell's."""
    dp = label_decimals(f.parameter)
    if dp is None:
        return None
    rest = f.raw.strip()[len(f.parameter):] if f.raw.strip().startswith(f.parameter) else ""
    return dp, rest[:1].isdigit()


def checked_labels(lines: list[str], rows: list[Finding], cols) -> list[Finding]:
    """Rows named by a number (`Dose in feed (ppm)`: `40020Increased`) checked against the rest
    of the table, the way a stated change checks the values:

    - the ratio of label to first value that at least two certain rows give and agree on within
      10 % (2,000 | 100, 10,000 | 500: ppm / 20 = mg/kg): `400` | `20`, not `4002` | `0`;
    - the decimals most labels share (`0.02`, `0.03–0.29`, `≥0.30`): a label glued to the
      next value's digits keeps them (`≤0.01` | `88.4%`, not `≤0.018` | `8.4%`).

    Read again: the uncertain rows, and those whose glued label's decimals differ from the
    table's. A row no check applies to keeps its reading."""
    ratios = []
    for f in rows:
        label, first = _bare(f.parameter), _bare(f.cells[0] if f.cells else None)
        if not f.uncertain and label and first:
            ratios.append(label / first)
    ratio = None
    if len(ratios) >= 2:
        ratios.sort()
        ratio = ratios[len(ratios) // 2]
        if any(abs(r - ratio) > _RATIO_TOLERANCE * ratio for r in ratios):
            ratio = None
    labels = [_label_decimals(f) for f in rows]
    counts: dict[int, int] = {}
    for got in labels:
        if got is not None:
            counts[got[0]] = counts.get(got[0], 0) + 1
    dp = max(counts, key=counts.get) if counts else None
    if dp is not None and (counts[dp] < 2 or 2 * counts[dp] <= sum(counts.values())):
        dp = None
    redo = [f.uncertain and (ratio is not None or dp is not None)
            or dp is not None and got is not None and got[1] and got[0] != dp
            for f, got in zip(rows, labels)]
    if not any(redo):
        return rows
    checked = cols._replace(label_ratio=ratio, label_dp=dp,
                            bounds=tuple(b + 4.0 for b in cols.bounds) if ratio else cols.bounds)
    return [_split_row(ln, checked) if again else f for ln, f, again in zip(lines, rows, redo)]
