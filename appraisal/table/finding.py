"""From a row's cells and column plan to its Finding.

Shared by the three ways a row is read (cells kept by tabs, the fast path, the search), and the
one place this package fills the models' Finding and Measure.
"""
from __future__ import annotations

import re

from ..models import Finding, Measure
from .cells import _Cell, _SIGNS, parse_measure, parse_percent
from .score import _Plan, _plan


def _finding(param: str, texts: list[str], cells: tuple[_Cell, ...], plan: _Plan, raw: str,
             reasons: list[str]) -> Finding:
    """The one Finding of a row, built in one go (only the columns the plan fills are set)."""
    filled = {}
    if plan.baseline is not None:
        filled["baseline"] = texts[plan.baseline]
        filled["baseline_value"] = _measure(cells[plan.baseline], texts[plan.baseline])
    if plan.follow_up is not None:
        filled["follow_up"] = texts[plan.follow_up]
        filled["follow_up_value"] = _measure(cells[plan.follow_up], texts[plan.follow_up])
    if plan.change is not None:
        filled["change"] = texts[plan.change]
        filled["change_percent"] = parse_percent(texts[plan.change])
    return Finding(parameter=param, cells=texts, raw=raw, uncertain=bool(reasons),
                   note="; ".join(reasons) or None, **filled)


def _fast_finding(param: str, s: str, cells: tuple[_Cell, ...], plan: _Plan, raw: str) -> Finding:
    """`_finding` for a fast-path reading: its cells are bare `mean [± SD]` values and a signed
    change, so their Measures and percentage are read off the cells, as parse_measure and
    parse_percent would read the texts."""
    texts = [s[c.start:c.end] for c in cells]
    base, follow, change = cells[plan.baseline], cells[plan.follow_up], cells[plan.change]
    return Finding(parameter=param, cells=texts, raw=raw, uncertain=False, note=None,
                   baseline=texts[plan.baseline],
                   baseline_value=Measure(mean=base.mean, sd=base.sd, unit=None),
                   follow_up=texts[plan.follow_up],
                   follow_up_value=Measure(mean=follow.mean, sd=follow.sd, unit=None),
                   change=texts[plan.change],
                   change_percent=change.mean if change.unit == "%" else None)


def _measure(cell: _Cell, text: str) -> Measure | None:
    if cell.kind not in ("num", "signed") or cell.ranged:
        return None
    return parse_measure(text)


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_ANY_DIGIT = re.compile(r"\d")


def _unsplit(s: str, raw: str) -> Finding:
    """No reading fits the grammar: parameter up to the first digit, the rest as one cell."""
    # The parameter runs from the first letter to the first digit after it (a sign just before
    # that digit goes with the value). Found by two linear searches: the regex this replaces,
    # `[A-Za-z][^\d]*?(?=[+\-−]?\d)`, retried from every letter of a row without digits and took
    # 16 s on a 32 kB line.
    letter = _ASCII_LETTER.search(s)
    digit = _ANY_DIGIT.search(s, letter.end()) if letter else None
    end = None if digit is None else digit.start() - (s[digit.start() - 1] in "+-−" and digit.start() - 1 > letter.start())
    if end is not None and s[end:].strip():
        param, rest = s[:end].strip(), s[end:].strip()
        return Finding(parameter=param, cells=[rest], raw=raw, uncertain=True,
                       note="could not split the row into cells; the values are kept as one cell")
    return Finding(parameter=s.strip(), raw=raw, uncertain=True, note="no value cells found")


def _known_cells(param: str, values: list[str], raw: str, roles: list[str] | None,
                 header_names: list[str]) -> Finding:
    """A row whose cells survived (tab-separated): only the column mapping is needed."""
    fake: list[_Cell] = []
    for t in values:
        m = parse_measure(t)
        kind = "signed" if m is not None and t.lstrip()[:1] in _SIGNS else ("num" if m else "word")
        fake.append(_Cell(0, 0, kind, m.mean if m else None, m.sd if m else None,
                          m.unit if m else None))
    cells = tuple(fake)
    plan = _plan(cells, roles)
    reasons = []
    if roles is not None and len(values) != len(roles):
        reasons.append(f"{len(values)} value cells for {len(roles)} columns "
                       f"({', '.join(header_names)}); cells kept in order")
    return _finding(param, values, cells, plan, raw, reasons)
