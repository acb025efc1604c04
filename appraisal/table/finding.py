"""From a row's cells and column plan to its Finding.

Shared by the three ways a row is read (cells kept by tabs, the fast path, the search), and the
one place this package fills the models' Finding and Measure.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..models import Finding, Measure
from .cells import _Cell, _SIGNS, parse_measure, parse_percent
from .header import RATIO_WORDS, _column_role
from .score import _Plan, _plan


def _finding(param: str, texts: list[str], cells: tuple[_Cell, ...], plan: _Plan, raw: str,
             reasons: list[str], names: list[str] = (), roles: list[str] | None = None) -> Finding:
    """The one Finding of a row, built in one go (only the columns the plan fills are set).

    `names` and `roles` are the header's value columns, for the effect estimate of the row."""
    filled = _effect(texts, plan, names, roles, param)
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
    return _finding(param, values, cells, plan, raw, reasons, header_names, roles)


# --- the effect estimate of a ratio / difference table, for the forest chart ------------------

# Column names of an estimate comparing arms: a ratio (header.RATIO_WORDS) or a difference
# (mean difference, SMD, pooled effect). A bare "Estimate" / "Effect estimate" says
# neither, and may hold both kinds (`Hazard ratio, females` next to `Survival gain`): not charted.
_DIFFERENCE_NAME = re.compile(r"(?i:differ|\bdiff\b|\beffect\b(?!\s*estimate)|improvement|net change)"
                              r"|\b[SW]?MD\b")
_NUMBER = r"[+\-−]?\d+(?:\.\d+)?"
_INTERVAL = rf"({_NUMBER})%?\s*(?:to|–|—|-|,|;)\s*({_NUMBER})%?"
_INTERVAL_CELL = re.compile(rf"[(\[]?\s*{_INTERVAL}\s*[)\]]?")
_INTERVAL_SOMEWHERE = re.compile(_INTERVAL)
# `1.41`, `+14.4%`, `0.98 (0.95–1.02)`, `-3.3 (-5.1 to -1.4)`, `0.64 [0.51, 0.81]`
_ESTIMATE_CELL = re.compile(rf"({_NUMBER})%?(?:\s*[(\[]\s*(?:\d+\s?%\s?CI[:,]?\s*)?{_INTERVAL}\s*[)\]])?")
_CI_LEVEL = re.compile(r"(\d+(?:\.\d+)?)\s?%\s?(?:CI|confidence interval)", re.IGNORECASE)
_NOT_ESTIMATES = ("ci", "p", "n", "i2", "note")


def _scale(name: str) -> str | None:
    """ratio or difference, from a column's name; None when it names neither or both (`Odds/difference`)."""
    ratio, difference = bool(RATIO_WORDS.search(name)), bool(_DIFFERENCE_NAME.search(name))
    if ratio == difference:
        return None
    return "ratio" if ratio else "difference"


@lru_cache(maxsize=1024)
def _estimate_column(names: tuple[str, ...], roles: tuple[str, ...]) -> tuple[int, str] | None:
    """(index, scale) of the table's one charted estimate column: the first one named as a
    ratio or a difference. Only the first, so every row of a table is charted from one column."""
    for k, (name, role) in enumerate(zip(names, roles)):
        if role not in _NOT_ESTIMATES and (scale := _scale(name)):
            return k, scale
    return None


def effect_column(header: list[str]) -> tuple[str, str, str] | None:
    """(column name, scale, interval label) of a header's estimate column, e.g. ('Hazard ratio',
    'ratio', '95% CI'), for titling the forest chart; None when the header has none."""
    header = [h.strip() for h in (header or []) if h and h.strip()]
    names = tuple(header[1:])
    found = _estimate_column(names, tuple(_column_role(h) for h in names)) if names else None
    if found is None:
        return None
    k, scale = found
    name = names[k]
    level = _CI_LEVEL.search(name) or (k + 1 < len(names) and _CI_LEVEL.search(names[k + 1]))
    label = f"{level.group(1)}% CI" if level else "CI"
    bare = re.sub(r"\s*\(\s*\d+(?:\.\d+)?\s?%\s?CI\s*\)", "", name).strip() or name
    return bare, scale, label


def _number(text: str) -> float:
    return float(text.replace("−", "-"))


def _effect(texts: list[str], plan: _Plan, names: list[str], roles: list[str] | None, param: str = "") -> dict:
    """estimate, interval and effect_scale of a row the splitter read, or nothing.

    The splitter has placed the row's cells already: one per column, around the column it knows
    the row lacks (`plan.missing`), or by position when it does not know (the row is flagged
    uncertain and keeps its flag; the chart marks it). More cells than columns: none was assigned.
    """
    if not roles or not names:
        return {}
    n = len(roles)
    if len(texts) == n:
        where = list(range(n))
    elif plan.missing is not None:
        where = [j for j in range(n) if j != plan.missing]
    elif len(texts) < n:
        where = list(range(len(texts)))
    else:
        return {}
    return _effect_in(texts, where, names, roles, param)


def effect_of_cells(header: list[str], values: list[str], param: str = "") -> dict:
    """estimate, interval and effect_scale of a row whose cells came already split (HTML, JSON,
    CSV records): `header` is the whole header row, `values` the row's cells after its name.

    The rule is the splitter's (`_effect_in`); only the placing differs: such a row is never
    placed by position (see `_placed`), since a reader that kept the cells assigns no column to
    a row it cannot place.
    """
    names, roles = _value_columns(header)
    where = _placed(roles, values)
    return _effect_in([v.strip() for v in values], where, names, roles, param) if where else {}


def estimate_cell(header: list[str], values: list[str]) -> tuple[int, str] | None:
    """(index in `values`, scale) of a kept row's cell in the header's estimate column, when the
    header has one and the row can be placed (see `_placed`); else None."""
    names, roles = _value_columns(header)
    where = _placed(roles, values)
    found = _estimate_column(tuple(names), tuple(roles)) if where else None
    if found is None or found[0] not in where:
        return None
    return where.index(found[0]), found[1]


def estimate_without_interval(header: list[str], values: list[str]) -> tuple[float, str] | None:
    """(estimate, scale) of a row whose cell in the header's estimate column is a bare number
    (`Hazard ratio` | `1.45`, no interval anywhere): a point for the forest chart, never a
    before/after value. None when any cell holds an interval (an effect, see `effect_of_cells`, or
    a near miss), the row cannot be placed, or its estimate cell is not a number (a ratio must
    be above 0)."""
    found = estimate_cell(header, values)
    if found is None or any(_INTERVAL_SOMEWHERE.search(v) for v in values):
        return None
    k, scale = found
    cell = _ESTIMATE_CELL.fullmatch(values[k].strip())
    if cell is None:
        return None
    estimate = _number(cell.group(1))
    return None if scale == "ratio" and estimate <= 0 else (estimate, scale)


def _value_columns(header: list[str]) -> tuple[list[str], list[str]]:
    """The names and roles of a kept header's value columns, by position (blanks kept)."""
    names = [(h or "").strip() for h in (header or [])[1:]]
    return names, [_column_role(h) for h in names]


def _placed(roles: list[str], values: list[str]) -> list[int] | None:
    """The header column of each of a kept row's cells, when known: one cell per column, or one
    short under a header ending in a note column, which the row left empty. None otherwise (a
    row short of the header's CI column has no interval, hence no effect to read either)."""
    n = len(roles)
    if n and len(values) == n:
        return list(range(n))
    if n >= 2 and len(values) == n - 1 and roles[-1] == "note":
        return list(range(n - 1))
    return None


def _effect_in(texts: list[str], where: list[int], names: list[str], roles: list[str], param: str = "") -> dict:
    """The one rule for a row's effect estimate; `where[i]` is the header column of `texts[i]`.

    Set only when the header has an estimate column (see `_estimate_column`), the row's cell in
    it is a number, its interval (bracketed in the same cell, or in the CI column right after)
    parses, the estimate lies within it, and a ratio's interval is above 0. In a table of one
    value column (`Value`), a row that names its own estimate (`Summary relative risk of death`
    | `0.93 (0.87–0.99)`) counts too, with its interval in the cell.
    """
    found = _estimate_column(tuple(names), tuple(roles))
    if found is None:
        found = _named_estimate(param, roles)
    if found is None:
        return {}
    k, scale = found
    n = len(roles)
    if k not in where:
        return {}
    cell = _ESTIMATE_CELL.fullmatch(texts[where.index(k)].strip())
    if cell is None:
        return {}
    estimate = _number(cell.group(1))
    if cell.group(2) is not None:
        bounds = cell.group(2), cell.group(3)
    elif k + 1 < n and roles[k + 1] == "ci" and k + 1 in where:
        ci = _INTERVAL_CELL.fullmatch(texts[where.index(k + 1)].strip())
        if ci is None:
            return {}
        bounds = ci.group(1), ci.group(2)
    else:
        return {}
    low, high = sorted(_number(b) for b in bounds)  # `-4.37 to -9.75` is stated high to low
    if not low <= estimate <= high or (scale == "ratio" and low <= 0):
        return {}
    return {"estimate": estimate, "interval": (low, high), "effect_scale": scale}


def _named_estimate(param: str, roles: list[str]) -> tuple[int, str] | None:
    """(0, scale) when a one-value-column table's row names a ratio or difference itself; the
    caller still asks for an interval in the cell, so a bare `Relative risk` | `0.93` is no effect."""
    if len(roles) != 1 or roles[0] != "value" or not param:
        return None
    scale = _scale(param)
    return (0, scale) if scale else None
