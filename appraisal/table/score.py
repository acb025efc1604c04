"""What a reading of a row is worth: a cell on its own, two value cells side by side, a cell in its
column, where the parameter name ends, and the stated change as a check; and the column plan
(which cell is baseline, follow-up, change).

Kept apart so the header (its score bounds), the fast path and the search weigh a reading in
exactly the same way; nothing here looks at more than the cells it is given.
"""
from __future__ import annotations

import math
import re
from typing import NamedTuple

from .cells import _Cell


_CLEAR_MARGIN = 1.5
_LONE_DIGIT = 1.5  # cost of a one-digit number cut off a decimal or a percentage
_LONE_COUNT = 0.5  # ... cut off a run of whole numbers
_LONE_FRACTION = 2.5  # ... cut off the decimals of the number before it
_VALUE_KINDS = ("num", "signed")
_EMPTY_NOTE = 1.5  # cost of reading a row as lacking its last column, a note
_CUT_DECIMAL = 2.0  # cost, in a row two cells short anyway, of cutting its one decimal (`10` | `4.8`)
_P_FRACTION = 2.0  # cost of a p column's whole number cut off a decimal's digits (`0.0` | `17`)


class _Plan(NamedTuple):
    """Which cell index goes to baseline, follow_up and change (None when not filled)."""

    baseline: int | None
    follow_up: int | None
    change: int | None
    change_role: str | None  # change or p
    missing: int | None = None  # header column the row is known to lack (CI or a last note)


def _plan_for_roles(roles: list[str]) -> _Plan:
    """The column plan of a row that has exactly one cell per header column."""
    stop = next((k for k, r in enumerate(roles) if r in ("change", "p")), None)
    change = next((k for k, r in enumerate(roles) if r == "change"), stop)
    values = [k for k, r in enumerate(roles[:stop] if stop is not None else roles)
              if r in ("value", "ratio")]
    base = values[0] if values else None
    follow = values[-1] if len(values) >= 2 else None
    return _Plan(base, follow, change, roles[change] if change is not None else None)


def _plan(cells: tuple[_Cell, ...], roles: list[str] | None) -> _Plan:
    """The column plan of a row: by header position when the counts agree, else by shape."""
    n = len(cells)
    if roles is not None and n == len(roles):
        return _plan_for_roles(roles)
    if n == 0 or (roles is not None and n > len(roles)):
        return _Plan(None, None, None, None)
    wants_change = roles is None or "change" in roles
    last = cells[-1]
    if n >= 2 and wants_change and not last.ranged \
            and (last.kind == "signed" or (roles is None and last.unit == "%")):
        return _Plan(0, n - 2 if n >= 3 else None, n - 1, "change")
    if roles is None and n >= 2 and last.kind == "p":
        return _Plan(0, n - 2 if n >= 3 else None, n - 1, "p")
    # an interval is not a follow-up value (`1.15` | `1.03–1.28` with the CI column's name lost)
    return _Plan(0, n - 1 if n >= 2 and not last.ranged else None, None, None)


def _change_check(a: _Cell, b: _Cell, c: _Cell, two_sided: bool, points: bool) -> float | None:
    """How far the stated change is from the numbers, in tolerances (<= 1 agrees); None: no check.

    A fold change is checked as the ratio of the values (0.5 or 15 % of it, as folds are rounded
    loosely). A percent is checked as relative change (1.5 points or 10 % of it, whichever is larger), or as
    percentage points when the values are percentages; a plain signed number as the difference,
    within its rounding. A `Difference` between arms may be stated either way round.
    """
    if a.mean is None or b.mean is None or c.mean is None or c.kind not in _VALUE_KINDS:
        return None
    if c.unit == "-fold":  # `~6-fold`: the ratio of the two values, either way round
        if a.mean <= 0 or b.mean <= 0 or c.mean <= 0:
            return None
        return abs(max(a.mean / b.mean, b.mean / a.mean) - c.mean) / max(0.5, 0.15 * c.mean)
    if c.kind == "num" and c.unit != "%" and not two_sided:
        return None
    stated = c.mean
    options: list[float] = []
    if c.unit == "%":
        tol = max(1.5, 0.1 * abs(stated))
        if a.mean != 0:
            options.append((b.mean - a.mean) / abs(a.mean) * 100)
        if two_sided and b.mean != 0:
            options.append((a.mean - b.mean) / abs(b.mean) * 100)
        if points or a.unit == "%" or b.unit == "%":
            options.append(b.mean - a.mean)  # percentage points
    else:
        tol = max(0.5 * 10 ** -c.dp, 0.5 * 10 ** -max(a.dp, b.dp)) * 1.01 + 1e-9
        options.append(b.mean - a.mean)
    if two_sided:
        options += [-o for o in options]
    if not options:
        return None
    return min(abs(o - stated) for o in options) / tol


def _own_score(c: _Cell) -> float:
    """What one cell costs on its own, whatever column it lands in."""
    score = 0.0
    if c.odd:
        score -= 1.5
    if c.ranged:
        score -= 0.2
    if c.mean is not None:
        if abs(c.mean) >= 1e6:
            score -= 1
        if c.sd is not None:
            if c.sd >= abs(c.mean) > 0:
                score -= 1.5
            elif c.mean and c.sd < 0.01 * abs(c.mean):
                score -= 0.5
            score -= 0.2 * min(abs(c.sd_dp - c.dp), 2)
    return score


def _pair_score(a: _Cell, b: _Cell) -> float:
    """Number sense between two value columns of one row: like magnitude, precision and format."""
    score = 0.0
    if a.mean and b.mean and (a.mean > 0) == (b.mean > 0):
        score -= 2.0 * abs(math.log10(abs(b.mean) / abs(a.mean)))
    elif a.mean != b.mean:
        score -= 1.0
    score -= 0.4 * min(abs(a.dp - b.dp), 2)
    if (a.unit or "") != (b.unit or ""):
        score -= 1.0
    if a.sd and b.sd:
        score -= 0.5 * abs(math.log10(a.sd / b.sd))
    elif (a.sd is None) != (b.sd is None):
        score -= 2.0  # a table reports its values in one format
    return score


_CHANGE_FIT = {"signed": 1.0, "word": 0.3, "p": -1.0}


def _role_score(c: _Cell, role: str) -> float:
    """How well a cell fits the column it would land in."""
    kind = c.kind
    if role == "change":
        if kind == "num":
            return 0.5 if c.unit == "%" else -0.5
        return _CHANGE_FIT.get(kind, 0.0)
    if role == "p":  # `p < 0.01`, `NS`, or a bare `0.19`
        if kind in ("p", "na"):
            return 1.0
        return 0.5 if kind == "num" and c.dp >= 2 and c.mean <= 1 and not c.unit else -1.0
    if role == "n":  # a count has no decimals (`60.2` | `5` is `6` | `0.25`)
        if kind == "num" and c.dp:
            return -1.5
        return 0.5 if kind == "num" and c.sd is None else -0.5
    if role == "ci":  # `0.74–0.97`, `-3.3 to -0.7`; never a bare number
        return 1.0 if c.ranged else (0.0 if kind in ("word", "na") else -3.0)
    if role == "ratio":  # `0.87`, `1.42 (1.10–1.83)`: a positive number, usually with decimals
        if kind in ("signed", "p"):
            return -1.0
        if kind == "num" and c.mean >= 20:
            return -1.0  # a ratio of 20 or more is almost always digits of the cell before
        if kind == "num" and not c.dp:
            return -0.5
        return 0.5 if kind == "num" and 0 < c.mean else 0.0
    if role == "note":  # `Dose effect`, `NS`, `p for trend <0.001`
        return 0.5 if kind in ("word", "na", "p") else -0.5
    if role == "i2":  # `24%`, `0`
        return -1.0 if c.ranged or kind in ("signed", "p") or (c.mean or 0) > 100 else 0.0
    if kind == "signed":
        return -1.0
    if kind == "p":
        return -2.0
    if c.unit == "%" and c.mean is not None and c.mean > 100:
        return -1.5
    return 0.0


_LETTER = re.compile(r"[^\W\d_]")

_COUNT_PERCENT_END = re.compile(r"\d \(\d+(?:\.\d+)?%\)$")
_CODE_DIGITS = re.compile(r"\d{1,2}[A-Z]")
_SHORT_CODE_END = re.compile(r"(?:^|[\s(/-])(?=\w{0,2}$)\w*(?:[A-Z]|[^\x00-\x7f])$")
_MINUS_NUMBER_END = re.compile(r"−\d+(?:\.\d+)?$")
_DECIMAL_PERCENT_END = re.compile(r"(?<![<>≤≥\s\d.])\d+\.\d+%$|[a-z]\d+%$")
# ... but not after a lower-case word and before a decimal or a percentage ("tissue-15.2%")
_SIGNED_AFTER_WORD = re.compile(r"[a-z]{3}[-−]\d+(?:\.\d|%)")
_BAD_NAME_END = frozenset("-–—:/(±.,=<>&")


def _param_score(s: str, p: int, start: int, param: str) -> float:
    """How plausible it is that the parameter name is s[:p] and the first cell starts at `start`."""
    score = 0.0
    if not _LETTER.search(param):
        score -= 8
    if param.count("(") != param.count(")") or param.count("[") != param.count("]"):
        score -= 6
    if "±" in param:
        score -= 6
    last = param[-1:]
    if last in _BAD_NAME_END:
        score -= 4
    elif last == "+":
        score -= 1.5
    in_space = start > p
    if in_space:
        score -= 4.5  # glued rows have no space at a cell boundary
    elif s[p - 1].isdigit() and (s[start].isdigit() or s[start] in "~≈"):
        score -= 2  # the name's digits and the first value's digits are one run
        if len(param) >= 2 and not param[-2].isalnum():
            score -= 2
    if last.isdigit() and _MINUS_NUMBER_END.search(param):
        score -= 3  # "Body weight change (%)−1" | "2.0": a minus sign (−) is a value's
    if last.isalpha() and s[start].isdigit() and _CODE_DIGITS.match(s, start) \
            and _SHORT_CODE_END.search(param):
        score -= 3  # "Tβ4Protection lost", "LL37Increased": the digits end a code in the name
    if last == ")" and _COUNT_PERCENT_END.search(param):
        score -= 2  # "Transition at 12 months2 of 41 (4.9%)": a count and its percentage
    if last == "%" and _DECIMAL_PERCENT_END.search(param):
        score -= 2  # "Daily intake ≥1,000 IU0.3%", "at 48 weeks83%": a value, not "HbA1c <6.5%"
    if not in_space and last.isalpha() and s[start] in "-−" and not _SIGNED_AFTER_WORD.match(s, p - 3):
        score -= 4  # "IL-2", "TNF-α": a hyphen glued to a name is part of the name
    return score


def _label_score(s: str, p: int, start: int) -> float:
    """`_param_score` of a name that is a quantity (see cells._label_ends): a number of the
    grammar, so it is not faulted for having no letter or for gluing its digits to the first
    value's (`80` | `4`); only a space before the first cell costs, as it does for any name."""
    return -4.5 if start > p else 0.0


def _label_check(label: float, c: _Cell, ratio: float) -> float | None:
    """How far a numeric label over the first value is from the table's ratio of the two, in
    tolerances of 10 % (`400` | `20` against ppm / 20 = mg/kg); None: the cell is no plain number.
    A zero agrees only with a zero."""
    if c.kind != "num" or c.mean is None or c.sd is not None or c.ranged or c.unit is not None:
        return None
    if label == 0 or c.mean == 0:
        return 0.0 if label == c.mean else 2.0
    return abs(label / c.mean - ratio) / (0.1 * ratio)


# The best fit of any cell in a column of each role (see `_role_score`).
_BEST_FIT = {"value": 0.0, "i2": 0.0, "ratio": 0.5, "n": 0.5, "note": 0.5, "change": 1.0, "p": 1.0,
             "ci": 1.0}


def _most_extra(roles: list[str], short: tuple | None, no_note: tuple | None) -> tuple[float, ...]:
    """For n = 0 ... len(roles) + 2 cells, an upper bound of what `_Row.score` adds, so the
    search can skip readings that could be neither the best nor a close rival: the best fit of
    each column, what count columns give back, and the stated change's bonus (4); pairs and
    intervals only cost."""
    k = len(roles)
    check = 4.0 if "change" in roles else 0.0
    give_back = (_LONE_FRACTION + _LONE_FRACTION) * roles.count("n")
    out = []
    for n in range(k + 3):
        if n == k:
            most = sum(_BEST_FIT[r] for r in roles) + give_back
        else:
            most = -2.5 * (k - n) if n < k else -4.0 * (n - k)
            if n == k - 1:
                for got in (short, no_note):
                    if got is not None:
                        most = max(most, sum(_BEST_FIT[r] for r in got[1]))
        out.append(most + check)
    return tuple(out)
