"""Findings from a table whose cells are already known (HTML, JSON, CSV records).

No splitting is needed there; a row with fewer cells than the header is still flagged uncertain
and its cells are kept in order rather than shifted. A ratio or difference table's estimate and
interval are read by the splitter's own rule (table.finding.effect_of_cells), so an HTML page of a
meta-analysis gets the same forest plot as its plain-text copy.
"""
from __future__ import annotations

from ..models import Finding
from ..table import parse_measure, parse_percent
from ..table.finding import effect_of_cells

_CHANGE_WORDS = ("change", "difference", "diff", "effect", "Δ", "delta", "result")


def findings_from_cells(rows: list[list[str]]) -> tuple[list[str], list[Finding]]:
    """rows[0] is the header row; each later row is parameter + value cells."""
    rows = [[c.strip() for c in r] for r in rows if any(c.strip() for c in r)]
    if not rows:
        return [], []
    header, body = rows[0], rows[1:]
    return header, [finding_from_cells(header, r) for r in body]


def finding_from_cells(header: list[str], row: list[str], raw: str | None = None) -> Finding:
    values = row[1:]
    want = max(len(header) - 1, 0)
    f = Finding(parameter=row[0] if row else "", cells=values, raw=raw if raw is not None else " | ".join(row),
                **effect_of_cells(header, values, row[0] if row else ""))
    has_change = bool(header) and any(w in header[-1].casefold() for w in _CHANGE_WORDS)
    if len(values) == want:
        if has_change and want >= 2:
            f.baseline, f.follow_up, f.change = values[0], values[-2], values[-1]
        elif want >= 2:
            f.baseline, f.follow_up = values[0], values[-1]
        elif want == 1:
            f.baseline = values[0]
    else:
        f.uncertain = True
        f.note = f"{len(values)} value cells for {want} columns; cells kept in order, columns not assigned"
        if len(values) >= 2:
            f.baseline, f.follow_up = values[0], values[1]
        elif values:
            f.baseline = values[0]
    f.baseline_value = parse_measure(f.baseline) if f.baseline else None
    f.follow_up_value = parse_measure(f.follow_up) if f.follow_up else None
    f.change_percent = parse_percent(f.change) if f.change else None
    return f
