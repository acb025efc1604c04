"""Split the Key Findings table of a study summary back into its cells.

Copying a web table to plain text drops the cell boundaries, so
`CD4+ count (cells/μL)312 ± 84498 ± 91+60%` has to be read as
`CD4+ count (cells/μL)` | `312 ± 84` | `498 ± 91` | `+60%`.

How a row is split: a small cell grammar (numbers with optional ± SD, range, unit and bracket;
signed changes; p-values; capitalised words) lists every way the text after each possible end of
the parameter name can be cut into cells. Glued digits (`84498`, `0.681.12`) give several
candidates; the search is bounded (at most one more cell than the header asks for, capped counts).
Each candidate is scored on how many cells the header wants and which column wants what, on number
sense (similar magnitude and precision, an SD smaller than its mean) and on the stated change as a
check (312 -> 498 is +59.6%, stated +60%: within 1.5 points or 10 % relative). The best candidate
is kept; when another is nearly as good, when the change contradicts the numbers, or when the row
has more or fewer cells than the header, the Finding is flagged `uncertain` with a `note` saying
why. A value is never moved into a column silently.

Fast path: a header of two or more value columns and then a change column, and a row of the
common glued shape (name + `a ± sd` per column + signed change, or name + one run of plain
numbers + signed change), is read without the search. Each glued run is cut only where both
halves are numbers of the grammar; the readings the stated change confirms are scored as the
search scores them, and the best is taken when it scores 0 or more and leads every other by the
same margin that makes the search call a split ambiguous (any reading the change contradicts
scores below -1.5, so it cannot come that close). Anything else goes to the search, so the
fast path never changes a cell, a column or a flag; at most it leaves out a runner-up note.

Column mapping (header = parameter column + value columns):
- a column named like n / number / participants holds counts, p / p-value p-values,
  Change / Difference / Δ / effect the change; every other column holds values;
- baseline = the first value column; follow_up = the last value column before the first change
  or p column (Week 12 in Baseline | Week 4 | Week 12 | Change); change = the first change
  column, or the p column when there is none (its text is kept; change_percent stays None);
- `cells` always holds every value cell in order, so middle columns (Week 4) are not lost;
- a row with fewer cells than the header: baseline = first cell; when the last cell is a signed
  number and the header has a change column, change = that cell and follow_up = the cell before
  it (if any besides the baseline), otherwise follow_up = the last cell. Always uncertain, because
  which column is missing is not known. A row with more cells than the header: no column filled.
"""
from __future__ import annotations

import math
import re
from typing import NamedTuple

from .models import Finding, Measure

__all__ = ["split_header", "split_row", "split_table", "parse_measure", "parse_percent"]

# ---------------------------------------------------------------------------------------------
# Header

# Terms whose inner case/digit changes are not column boundaries.
_PROTECTED = re.compile(
    r"HbA1c|HRQoL|QoL|VO2\s?max|IgG|IgE|IgA|IgM|mmHg|[mdμµ]L|pH|95\s?% CI"
    r"|[pP][- ]values?")
# Terms that start a new column even when glued to a lower-case letter ("Treatedp-value").
_FORCE_BEFORE = re.compile(r"[pP][- ]values?")
_TIME_PHRASE = re.compile(
    r"\d+(?:\.\d+)?(?:\s*[-–]\s*\d+)?[\s-]*(?:weeks?|wks?|months?|mos?|days?|years?|yrs?|hours?"
    r"|hrs?|[hdwmy])(?-i:(?![a-z]))", re.IGNORECASE)
# A dose that names a column ("Parameter400 IU4,000 IU" = Parameter | 400 IU | 4,000 IU).
_DOSE_PHRASE = re.compile(r"\d[\d,]*(?:\.\d+)?\s?(?:IU|mg|mcg|µg|μg|g|mL|ml)(?![A-Za-z])")
_TIME_WORD_END = re.compile(
    r"(?:(?:Week|Month|Day|Visit|Year|Hour|Cycle|Session|Wk|Mo|Yr|Hr|[TVDWM])"
    r"|\b(?:week|month|day|visit|year|hour|cycle|session|wk|mo|yr|hr|[tvdwm]))\s*$")
# Column words that may carry a glued one-letter column after them ("Groupn" = Group | n).
_HEADER_WORDS = frozenset(
    "parameter outcome measure group arm treatment placebo control treated baseline change "
    "difference result results endpoint variable characteristic intervention cohort subgroup "
    "study effect mean value total dose population sample condition".split())


def split_header(line: str) -> list[str]:
    """Column names of a header whose cell boundaries were lost.

    `ParameterBaseline6 MonthsChange` -> Parameter | Baseline | 6 Months | Change. Boundaries
    are where a lower-case letter or a number meets a capital, where a time phrase (`6 Months`,
    `12 Weeks`) starts after a word that is not itself a time word, and before `p-value`;
    `HbA1c`, `Week 12`, `p-value` stay whole. Tab-separated headers are split on the tabs.
    """
    if "\t" in line:
        return [c.strip() for c in line.split("\t") if c.strip()]
    s = line.strip()
    inside: set[int] = set()
    forced: set[int] = set()
    for m in _PROTECTED.finditer(s):
        inside.update(range(m.start() + 1, m.end()))
        if _FORCE_BEFORE.fullmatch(m.group()) and m.start() > 0 and (
                s[m.start() - 1].isalnum() or s[m.start() - 1] == ")"):
            forced.add(m.start())
    cuts = [0]
    for k in range(1, len(s)):
        a, b = s[k - 1], s[k]
        if k in forced:
            cut = True
        elif k in inside:
            cut = False
        elif (a.islower() or a.isdigit()) and b.isupper():
            cut = True
        elif a in ")]%" and (b.isupper() or b.isdigit()):
            cut = True
        elif a.isupper() and b.isupper() and k >= 2 and s[k - 2].isupper() and k + 1 < len(s) \
                and s[k + 1].islower():
            cut = True  # "CIChange" -> CI | Change
        elif a.isalpha() and b.isdigit():
            cut = (bool(_TIME_PHRASE.match(s, k)) and not _TIME_WORD_END.search(s, 0, k)) \
                or bool(_DOSE_PHRASE.match(s, k))
        else:
            cut = False
        if cut:
            cuts.append(k)
    cuts.append(len(s))
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        part = s[a:b].strip()
        if not part:
            continue
        # "Groupn" -> Group | n, "Differencep" -> Difference | p
        if len(part) > 2 and part[-1] in "np" and part[:-1].casefold() in _HEADER_WORDS:
            out.extend([part[:-1], part[-1]])
        else:
            out.append(part)
    return out


_P_COLUMN = re.compile(r"p|p[- ]?values?|significance|sig\.?|p \(.*\)")
_N_COLUMN = re.compile(r"n|no\.|number|participants|patients|subjects|sample size|n \(.*\)")
_CHANGE_COLUMN = re.compile(
    r"chang|differ|\bdiff\b|delta|δ|\beffect|reduction|improvement|vs\.? baseline")
_TWO_SIDED = re.compile(r"differ|\bdiff|effect|vs", re.IGNORECASE)


def _column_role(name: str) -> str:
    """value, change, p or n: what a column holds, judged from its name."""
    n = name.strip().casefold()
    if _P_COLUMN.fullmatch(n) or "p-value" in n or "p value" in n:
        return "p"
    if _N_COLUMN.fullmatch(n):
        return "n"
    if _CHANGE_COLUMN.search(n):
        return "change"
    return "value"


# ---------------------------------------------------------------------------------------------
# Cell grammar

class _Cell(NamedTuple):
    start: int
    end: int
    kind: str  # num, signed, p, word, na
    mean: float | None = None
    sd: float | None = None
    unit: str | None = None
    dp: int = 0  # decimal places of the mean
    sd_dp: int = 0
    odd: bool = False  # text after the number that is neither a known unit nor a statistic
    ranged: bool = False


_DIGITS = re.compile(r"\d+")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")
_PM = re.compile(r"\s*(?:±|\+/-|\+-)\s*")
_RANGE = re.compile(r"\s*[–—]\s*|\s+-\s+|\s+to\s+")
_UNIT_ATOM = r"(?:mmHg|kPa|mEq|mIU|IU|[a-zμµ]+(?:L|U|Hg|Eq)?|L|U|m²|m2)"
_UNIT = re.compile(
    r"\s?(%|-fold|×|x(?![a-z])|" + _UNIT_ATOM + r"(?:/" + _UNIT_ATOM + r"(?:[²³]|\^?2)?)*[²³]?)"
    r"(?: [a-z]+)*")
_KNOWN_UNITS = frozenset(
    "% -fold × x mmhg kpa meq miu iu u l g mg μg µg ug ng pg kg mmol μmol µmol umol nmol pmol mol "
    "ml dl μl µl cells cm mm m m² m2 bpm min h hr hrs s ms sec d days wk wks weeks mo months y yr "
    "yrs years kcal cal points pts pt units score ratio fold times beats iu/l u/l".split())
_PAREN = re.compile(r"\s?\([^()]{0,60}\)")
_STANDALONE_NUMBER = re.compile(r"(?<![A-Za-z])\d")  # (10–14), (n=40), not (TH1) or (mg/dL)
_COMPARATOR = re.compile(r"(?:[pP]\s*)?(?:[<>=≤≥]|&lt;|&gt;)\s*")
_P_ONLY = re.compile(r"[pP]\s*(?:[<>=≤≥]|&lt;|&gt;)\s*")
_WORD = re.compile(
    r"[↑↓]?\s?[A-Z][a-z]+(?:[ \-](?:[a-z]+|\d+(?:\.\d+)?%?|[A-Z]{2,}\d*(?![a-z])))*"
    r"(?:\s?\([^()]{0,60}\))?")
_NA = re.compile(r"(?:NS|N/A|NA|NR|ND|n/a|ns|[—–](?!\s*\d))(?![A-Za-z])")
_SIGNS = "+-−↑↓"
_MAX_INT_DIGITS = 9
_MAX_FRACTION_DIGITS = 6


def _numbers(s: str, i: int) -> list[tuple[int, float, int]]:
    """Every unsigned number that can start at s[i]: (end, value, decimal places).

    A digit run may be several glued numbers, so each valid prefix is a candidate: `84498`
    gives 8, 84, 844, ...; `0.681.12` gives 0.6, 0.68, 0.681. No leading zeros except `0` itself.
    """
    m = _DIGITS.match(s, i)
    if not m:
        return []
    run = m.group()
    size = len(run)
    if run[0] == "0":
        out = [(i + 1, 0.0, 0)]
    else:
        out = [(i + k, float(run[:k]), 0) for k in range(1, min(size, _MAX_INT_DIGITS) + 1)]
    e = i + size
    if (size == 1 or run[0] != "0") and size <= _MAX_INT_DIGITS and e + 1 < len(s) \
            and s[e] == "." and s[e + 1].isdigit():
        f = _DIGITS.match(s, e + 1)  # None for a digit that is not decimal, like `²`
        if f:
            frac = f.group()[:_MAX_FRACTION_DIGITS]
            head = run + "."
            out += [(e + 1 + k, float(head + frac[:k]), k) for k in range(1, len(frac) + 1)]
    if e < len(s) and s[e] == ",":
        t = _THOUSANDS.match(s, i)
        if t:
            out.append((t.end(), float(t.group().replace(",", "")), 0))
    return out


def _unit_is_odd(unit: str) -> bool:
    got = _ODD_UNITS.get(unit)
    if got is None:
        word = unit.split(" ")[0].casefold()
        got = word not in _KNOWN_UNITS and word.split("/")[0] not in _KNOWN_UNITS
        if len(_ODD_UNITS) < 4096:
            _ODD_UNITS[unit] = got
    return got


_ODD_UNITS: dict[str, bool] = {}
_PM_AHEAD = re.compile(r"\d*(?:\.\d+)?\s*(?:±|\+/-)")
_UNIT_LEAD = frozenset(" %-×xμµ")


def _after_number(s: str, e: int, nxt: str) -> tuple[list, list]:
    """The SDs (`± 84`) and range ends (`–15.1`) that can follow a number ending at s[e]."""
    sds: list[tuple[int, float, int]] = []
    highs: list[tuple[int, float, int]] = []
    if nxt in _PM_LEAD or nxt.isspace():
        pm = _PM.match(s, e)
        if pm:
            sds = _numbers(s, pm.end())
    if nxt in "–—" or nxt.isspace():
        rg = _RANGE.match(s, e)
        if rg:
            highs = _numbers(s, rg.end())
    return sds, highs


def _cells_at(s: str, i: int, bare_before_pm: bool = True,
              memo: dict[int, tuple[list, list]] | None = None) -> list[_Cell]:
    """Every cell the grammar allows to start at s[i] (s[i] is not whitespace).

    `bare_before_pm=False` drops a bare number cut off the front of a `mean ± SD` run
    (`1` | `42 ± 28`): such a row would mix formats, and the cut is only worth trying when the
    header has a count column (`n` | `mean ± SD`). Each regex is tried only when the next
    character could start what it matches: this runs for every position of every row. `memo`
    keeps what follows each number end, shared by the cells of one row (`312 ± 8`, `312 ± 84`
    and `312 ± 844` are all followed by the same `498 ± 91`).
    """
    c = s[i]
    n = len(s)
    out: list[_Cell] = []
    if c.isdigit() or (c in _SIGNS and i + 1 < n and s[i + 1].isdigit()):
        kind = "signed" if c in _SIGNS else "num"
        neg = c in "-−↓"
        new = tuple.__new__
        for e, val, dp in _numbers(s, i + 1 if kind == "signed" else i):
            mean = -val if neg else val
            nxt = s[e] if e < n else ""
            if not bare_before_pm and nxt.isdigit() and _PM_AHEAD.match(s, e):
                continue
            tails = [(e, None, 0, False)]
            if nxt and not nxt.isdigit() and nxt != ".":
                after = None if memo is None else memo.get(e)
                if after is None:
                    after = _after_number(s, e, nxt)
                    if memo is not None:
                        memo[e] = after
                sds, highs = after
                if sds:
                    limit = 10 * abs(mean)
                    for e2, sd, sd_dp in sds:
                        if sd <= limit or mean == 0:  # an SD ten times its mean is a mis-split
                            tails.append((e2, sd, sd_dp, False))
                for e2, _hi, _ in highs:
                    tails.append((e2, None, 0, True))
            for e2, sd, sd_dp, ranged in tails:
                cell = new(_Cell, (i, e2, kind, mean, sd, None, dp, sd_dp, False, ranged))
                out.append(cell)
                if e2 >= n:
                    continue
                nxt = s[e2]
                if nxt.isdigit():
                    continue
                if nxt.isalpha() or nxt in _UNIT_LEAD:
                    lead = nxt if nxt != " " else (s[e2 + 1] if e2 + 1 < n else "")
                    um = _UNIT.match(s, e2) if lead in _UNIT_START else None
                    if um:
                        unit = um.group().strip()
                        cell = new(_Cell, (i, um.end(), kind, mean, sd, unit, dp, sd_dp,
                                           _unit_is_odd(unit), ranged))
                        out.append(cell)
                end = cell.end
                if (end < n and s[end] == "(") or (end + 1 < n and s[end + 1] == "("):
                    pa = _PAREN.match(s, end)
                    if pa:
                        stat = _STANDALONE_NUMBER.search(pa.group())
                        out.append(new(_Cell, (i, pa.end(), kind, mean, sd, cell.unit, dp, sd_dp,
                                               cell.odd or not stat, ranged)))
        return out
    m = _COMPARATOR.match(s, i) if c in "pP<>=≤≥&" else None
    if m and (c not in "pP" or _P_ONLY.match(s, i)):
        k = m.end()
        starts = [k]
        if k < len(s) and s[k] == "." and k + 1 < len(s) and s[k + 1].isdigit():
            starts = [k + 1]  # p<.001
        for e, val, dp in _numbers(s, starts[0]):
            out.append(_Cell(i, e, "p", val, None, None, dp))
        return out
    m = _NA.match(s, i) if c in _NA_LEAD else None
    if m:
        out.append(_Cell(i, m.end(), "na"))
    if c.isupper() or c in "↑↓":
        m = _WORD.match(s, i)
        if m:
            out.append(_Cell(i, m.end(), "word"))
    return out


# What can start a match of _PM, _UNIT and _NA (after the optional space for _UNIT).
_PM_LEAD = frozenset("±+")
_UNIT_START = frozenset("%-×ILUμµabcdefghijklmnopqrstuvwxyz")
_NA_LEAD = frozenset("Nn—–")


# What can begin a cell: a (signed) number, a capital, a comparator or p-value, n/a, ns, a dash.
_FIRST = re.compile(r"[+\-−↑↓]?\d|[A-Z][a-z]|[↑↓]|[pP]\s*(?:[<>=≤≥]|&[lg]t;)|[<>=≤≥]|&[lg]t;"
                    r"|(?:NS|N/?A|NR|ND|n/a|ns)(?![A-Za-z])|[—–]")

# ---------------------------------------------------------------------------------------------
# Search and scoring

_MAX_PER_POSITION = 256
_MAX_CANDIDATES = 1500
_MAX_PARAM_ENDS = 40
_MAX_SCANNED = 400  # positions scanned per row, so pathological text stays fast
_CLEAR_MARGIN = 1.5
_VALUE_KINDS = ("num", "signed")


class _Plan(NamedTuple):
    """Which cell index goes to baseline, follow_up and change (None when not filled)."""

    baseline: int | None
    follow_up: int | None
    change: int | None
    change_role: str | None  # change or p


def _plan_for_roles(roles: list[str]) -> _Plan:
    """The column plan of a row that has exactly one cell per header column."""
    stop = next((k for k, r in enumerate(roles) if r in ("change", "p")), None)
    change = next((k for k, r in enumerate(roles) if r == "change"), stop)
    values = [k for k, r in enumerate(roles[:stop] if stop is not None else roles) if r == "value"]
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
    if n >= 2 and wants_change and (last.kind == "signed" or (roles is None and last.unit == "%")):
        return _Plan(0, n - 2 if n >= 3 else None, n - 1, "change")
    if roles is None and n >= 2 and last.kind == "p":
        return _Plan(0, n - 2 if n >= 3 else None, n - 1, "p")
    return _Plan(0, n - 1 if n >= 2 else None, None, None)


def _change_check(a: _Cell, b: _Cell, c: _Cell, two_sided: bool, points: bool) -> float | None:
    """How far the stated change is from the numbers, in tolerances (<= 1 agrees); None: no check.

    A percent is checked as relative change (1.5 points or 10 % of it, whichever is larger), or as
    percentage points when the values are percentages; a plain signed number as the difference,
    within its rounding. A `Difference` between arms may be stated either way round.
    """
    if a.mean is None or b.mean is None or c.mean is None or c.kind not in _VALUE_KINDS:
        return None
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
    if role == "p":
        return 1.0 if kind in ("p", "na") else -1.0
    if role == "n":
        return 0.5 if kind == "num" and c.dp == 0 and c.sd is None else -0.5
    if kind == "signed":
        return -1.0
    if kind == "p":
        return -2.0
    if c.unit == "%" and c.mean is not None and c.mean > 100:
        return -1.5
    return 0.0


_LETTER = re.compile(r"[^\W\d_]")
_BAD_NAME_END = frozenset("-:/(±.,=<>&")


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
    elif s[p - 1].isdigit() and s[start].isdigit():
        score -= 2  # the name's digits and the first value's digits are one run
        if len(param) >= 2 and not param[-2].isalnum():
            score -= 2
    if not in_space and last.isalpha() and s[start] in "-−":
        score -= 4  # "IL-2", "TNF-α": a hyphen glued to a name is part of the name
    return score


class _Row:
    """One row's search: the text, what the header wants, and caches shared by all candidates."""

    def __init__(self, s: str, cols: _Columns):
        self.s = s
        self.roles = roles = cols.roles
        self.two_sided = cols.two_sided
        self.cells: dict[int, list[_Cell]] = {}
        self.n = len(s)
        self.memo: dict[tuple[int, int], list[tuple[float, tuple[_Cell, ...]]]] = {}
        self.pairs: dict[tuple[int, int], float] = {}
        self.fits: dict[tuple[int, int], float] = {}
        self.checks: dict[tuple[int, int, int, bool], float | None] = {}
        self.after: dict[int, tuple[list, list]] = {}
        self.scanned = 0
        self.bare_before_pm = roles is None or "n" in roles
        self.full_plan = cols.full_plan
        self.value_columns = cols.value_columns

    def cells_at(self, i: int) -> list[_Cell]:
        got = self.cells.get(i)
        if got is None:
            self.scanned += 1
            got = _cells_at(self.s, i, self.bare_before_pm, self.after) \
                if self.scanned <= _MAX_SCANNED and _FIRST.match(self.s, i) else []
            self.cells[i] = got
        return got

    def splits(self, i: int, budget: int) -> list[tuple[float, tuple[_Cell, ...]]]:
        """Ways s[i:] splits into at most `budget` cells, each with its column-free score."""
        key = (i, budget)
        got = self.memo.get(key)
        if got is not None:
            return got
        s, n = self.s, self.n
        while i < n and s[i].isspace():
            i += 1
        out: list[tuple[float, tuple[_Cell, ...]]] = []
        if i == n:
            out.append((0.0, ()))
        elif budget > 0:
            cells = self.cells.get(i)
            if cells is None:
                cells = self.cells_at(i)
            for cell in cells:
                rests = self.splits(cell.end, budget - 1)
                if not rests:
                    continue
                own = _own_score(cell)
                e = cell.end
                if e < n and s[e - 1].isdigit() and s[e].isdigit():
                    # every cut inside a run of digits is a guess
                    out += [(sc + own - (0.3 if rest else 0.0), (cell,) + rest) for sc, rest in rests]
                else:
                    out += [(sc + own - 0.0, (cell,) + rest) for sc, rest in rests]
                if len(out) >= _MAX_PER_POSITION:
                    del out[_MAX_PER_POSITION:]
                    break
        self.memo[key] = out
        return out

    def pair(self, a: _Cell, b: _Cell) -> float:
        key = (id(a), id(b))
        got = self.pairs.get(key)
        if got is None:
            got = self.pairs[key] = _pair_score(a, b)
        return got

    def score(self, cells: tuple[_Cell, ...], points: bool) -> tuple[float, _Plan, float | None]:
        """The header- and number-dependent part of a candidate's score, its plan and check.

        `points`: the parameter is a percentage, so a stated % change may be percentage points.
        """
        roles = self.roles
        n = len(cells)
        if roles is not None and n == len(roles):
            plan = self.full_plan
            score = 0.0
            fits = self.fits
            for k, c in enumerate(cells):
                key = (id(c), k)
                v = fits.get(key)
                if v is None:
                    v = fits[key] = _role_score(c, roles[k])
                score += v
            values = [cells[k] for k in self.value_columns if cells[k].kind in _VALUE_KINDS]
        else:
            plan = _plan(cells, roles)
            score = 0.0
            if roles is not None:
                score -= 2.5 * (len(roles) - n) if n < len(roles) else 4.0 * (n - len(roles))
            values = [c for k, c in enumerate(cells) if k != plan.change and c.kind in _VALUE_KINDS]
        for k in range(1, len(values)):
            score += self.pair(values[k - 1], values[k])
        check = None
        if plan.change_role == "change" and plan.baseline is not None and plan.follow_up is not None:
            a, b, c = cells[plan.baseline], cells[plan.follow_up], cells[plan.change]
            key = (id(a), id(b), id(c), points)
            if key in self.checks:
                check = self.checks[key]
            else:
                check = self.checks[key] = _change_check(a, b, c, self.two_sided, points)
            if check is not None:
                score += 4 - min(check, 1.0) if check <= 1 else -1.5
        return score, plan, check


# ---------------------------------------------------------------------------------------------
# Rows


class _Columns(NamedTuple):
    """What a header asks of every row: worked out once per table, not once per row."""

    names: list[str]  # the value columns' names (the parameter column left out)
    roles: list[str] | None  # None: no header, any shape goes
    two_sided: bool  # the change column compares arms (Difference), so either sign may be meant
    full_plan: _Plan | None  # the plan of a row with one cell per column
    value_columns: list[int]
    sd_shape: bool = False  # two or more value columns, then one change column: the fast path


def _columns(header: list[str]) -> _Columns:
    """The header's plan, cached: the rows of one table share their header."""
    try:
        key = tuple(header or ())
        got = _COLUMNS_SEEN.get(key)
    except TypeError:  # a header of unhashable things
        key, got = None, None
    if got is None:
        got = _header_columns(header)
        if key is not None and len(_COLUMNS_SEEN) < 1024:
            _COLUMNS_SEEN[key] = got
    return got


_COLUMNS_SEEN: dict[tuple, _Columns] = {}


def _header_columns(header: list[str]) -> _Columns:
    header = [h for h in (header or []) if h and h.strip()]
    names = [h.strip() for h in header[1:]]
    roles = [_column_role(h) for h in names] if len(header) >= 2 else None
    change_name = next((h for h, r in zip(names, roles or []) if r == "change"), "")
    if roles is None:
        return _Columns(names, None, bool(_TWO_SIDED.search(change_name)), None, [])
    sd_shape = len(roles) >= 3 and roles[-1] == "change" and all(r == "value" for r in roles[:-1])
    return _Columns(names, roles, bool(_TWO_SIDED.search(change_name)), _plan_for_roles(roles),
                    [k for k, r in enumerate(roles) if r == "value"], sd_shape)


def split_row(line: str, header: list[str]) -> Finding:
    """One findings row split into the parameter name and its value cells (never raises).

    The header decides how many value cells are expected and what each column holds; see the
    module docstring for the mapping to baseline / follow_up / change.
    """
    return _split_row(line, _columns(header))


def _split_row(line: str, cols: _Columns, fast: bool = True) -> Finding:
    """`fast=False` always runs the scored search (tests compare the two)."""
    raw = line if isinstance(line, str) else str(line)
    s = raw.rstrip("\r\n")
    roles, header_names = cols.roles, cols.names
    if "\t" in s.strip():
        parts = [p.strip() for p in s.strip().split("\t")]
        return _known_cells(parts[0], [p for p in parts[1:] if p], raw, roles, header_names)

    if fast and cols.sd_shape:
        got = _fast_sd_row(s, cols) if "±" in s else _fast_plain_row(s, cols)
        if got is not None:
            return _fast_finding(got[0], s, got[1], cols.full_plan, raw)
    row = _Row(s, cols)
    scored = _candidates(row, len(roles) if roles is not None else 8)
    if not scored and roles is not None:
        scored = _candidates(row, len(roles) + 2)  # more cells than the header has columns
    if not scored:
        return _unsplit(s, raw)
    scored.sort(key=lambda t: -t[0])
    best_score, param, cells, plan, check = scored[0]
    best_bounds = _bounds(param, cells)
    rival = next((t for t in scored[1:] if _bounds(t[1], t[2]) != best_bounds), None)

    texts = [s[c.start:c.end].strip() for c in cells]
    reasons: list[str] = []
    if roles is not None and len(cells) != len(roles):
        cols = ", ".join(header_names)
        if len(cells) < len(roles):
            reasons.append(f"{len(cells)} value cells for {len(roles)} columns ({cols}); which column"
                           " is missing is not known, cells placed by position")
        else:
            reasons.append(f"{len(cells)} value cells for {len(roles)} columns ({cols}); "
                           "columns not assigned")
    if check is not None and check > 1:
        reasons.append(f"stated change {texts[plan.change]} does not match "
                       f"{texts[plan.baseline]} -> {texts[plan.follow_up]}")
    if rival is not None and best_score - rival[0] < _CLEAR_MARGIN:
        alt = " | ".join([rival[1]] + [s[c.start:c.end].strip() for c in rival[2]])
        reasons.append(f"ambiguous split; next best reading: {alt}")
    if any(c.odd for c in cells):
        reasons.append("a number is followed by text that is neither a known unit nor a statistic")
    return _finding(param, texts, cells, plan, raw, reasons)


# ---------------------------------------------------------------------------------------------
# Fast path: `mean ± SD` rows whose glued digits the stated change tells apart

_MAX_FAST_READINGS = 64  # more ways to cut a row than this: leave it to the search
_SEPARATOR = re.compile(r"\s?±\s?")
_FIRST_MEAN = re.compile(r"([+\-−]?)(0|0\.\d{1,6}|[1-9]\d{0,8}(?:\.\d{1,6})?)\Z")
_GLUED_PAIR = re.compile(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?\Z")
_SIGNED_PAIR = re.compile(r"(0|0\.\d{1,6}|[1-9]\d{0,8}(?:\.\d{1,6})?)([+\-−])"
                          r"(0|0\.\d{1,6}|[1-9]\d{0,8}(?:\.\d{1,6})?)\Z")
_LAST_SD = re.compile(r"(0|0\.\d{1,6}|[1-9]\d{0,8}(?:\.\d{1,6})?)([+\-−])"
                      r"(0|0\.\d{1,6}|[1-9]\d{0,8}(?:\.\d{1,6})?)(%?)\Z")
_NUMBER_TEXT = re.compile(r"0|0\.\d{1,6}|[1-9]\d{0,8}(?:\.\d{1,6})?")


def _fast_sd_row(s: str, cols: _Columns) -> tuple[str, tuple[_Cell, ...]] | None:
    """`name` + `a ± sd` per value column + a signed change, read without the search; or None.

    Glued digit runs (`84498` between `312 ± ` and ` ± 91`) are cut only where both halves are
    numbers of the grammar; the reading is accepted when the stated change agrees with it (and,
    if other cuts are possible, with no reading that scores nearly as well), so the row is
    certain and the search could only have named a runner-up the change rules out. Anything
    else - spaces around cells, units, brackets, words, a name ending in a digit - returns None.
    """
    seps = list(_SEPARATOR.finditer(s))
    k = len(cols.roles) - 1  # value columns
    if len(seps) != k:
        return None
    head = s[:seps[0].start()]
    m = _FIRST_MEAN.search(head)
    if not m:
        return None
    start = m.start()
    param = head[:start]
    if not param:
        return None
    last = param[-1]
    if last.isdigit() or last.isspace() or last in _BAD_NAME_END or last in "+↑↓" \
            or (m.group(1) and last.isalpha()):
        return None
    if not _plain_name(param) or (last.isalpha() and len(m.group(2).split(".")[0]) >= 2):
        return None  # "Vitamin D325": the name may keep a digit; the search weighs that
    # per value column: (start, mean text) known; the SD and the next mean share a glued run
    options: list[list[tuple[str, str, bool]]] = []
    for a, b in zip(seps, seps[1:]):
        mid = s[a.end():b.start()]
        got = _cuts(mid)
        if not got:
            return None
        options.append(got)
    tail = _LAST_SD.match(s, seps[-1].end())
    if not tail or tail.end() != len(s):
        return None
    return _best_cut(s, cols, param, start, m.group(1), m.group(2), seps, options, tail)


def _best_cut(s: str, cols: _Columns, param: str, start: int, sign: str, mean_text: str,
              seps: list, options: list[list[tuple[str, str, bool]]],
              tail: re.Match) -> tuple[str, tuple[_Cell, ...]] | None:
    """Score every way of cutting the glued runs as the search would, cell by cell.

    Value column j takes its mean from cut j-1 (the first mean is fixed) and its SD from cut j
    (the last SD from the tail), so each cell and each neighbouring pair is scored once and a
    reading's score is their sum. Header fits are the same for every reading (same kinds), so
    they are left out; only differences between readings count.
    """
    k = len(seps)
    new = tuple.__new__
    change = _tail_cell(tail)
    # column j's mean: fixed for column 0, from option a of cut j-1 after; its SD from cut j
    means = [[(-float(mean_text) if sign in ("-", "−") else float(mean_text),
               _decimals(mean_text), start, bool(sign))]]
    for j in range(1, k):
        col = []
        for sd_text, next_text, _ in options[j - 1]:
            msign = next_text[0] if next_text[0] in "+-−" else ""
            val = float(next_text[len(msign):])
            col.append((-val if msign in ("-", "−") else val, _decimals(next_text),
                        seps[j - 1].end() + len(sd_text), bool(msign)))
        means.append(col)
    if len({m[3] for col in means for m in col}) != 1:
        return None  # signed and unsigned values mixed: the search weighs the header fit
    sds = [[(float(o[0]), _decimals(o[0]), len(o[0])) for o in options[j]] for j in range(k - 1)]
    sds.append([(float(tail.group(1)), _decimals(tail.group(1)), len(tail.group(1)))])
    made: dict[tuple[int, int, int], tuple[_Cell, float] | None] = {}

    def cell(j: int, a: int, b: int) -> tuple[_Cell, float] | None:
        key = (j, a, b)
        got = made.get(key, False)
        if got is False:
            mean, dp, mstart, signed = means[j][a]
            sd, sd_dp, sd_len = sds[j][b]
            if sd <= 10 * abs(mean) or mean == 0:
                c = new(_Cell, (mstart, seps[j].end() + sd_len, "signed" if signed else "num",
                                mean, sd, None, dp, sd_dp, False, False))
                got = (c, _own_score(c))
            else:
                got = None  # the grammar has no such cell
            made[key] = got
        return got

    plan = cols.full_plan
    points = "%" in param
    # Only readings the stated change confirms are scored. Every other one scores at most -1.5
    # (cell and pair scores are never positive), so when the best confirmed reading scores 0 or
    # more, none of them can come within the margin.
    base = cell(0, 0, 0)
    if base is None:
        return None
    keep = []
    for a in range(len(means[k - 1])):
        follow = cell(k - 1, a, 0)
        if follow is None:
            continue
        check = _change_check(base[0], follow[0], change, cols.two_sided, points)
        if check is None:
            return None
        if check <= 1:
            keep.append((a, 4 - min(check, 1.0)))
    if not keep:
        return None
    scored = []
    pairs: dict[tuple, float] = {}
    for combo in _product([list(range(len(o))) for o in options[:-1]]):
        for a_last, bonus in keep:
            idx = (0,) + combo + (a_last,)  # idx[j]: the option giving column j its mean
            row = []
            score = bonus
            for j in range(k):
                got = cell(j, idx[j], idx[j + 1] if j < k - 1 else 0)
                if got is None:
                    break
                row.append(got[0])
                score += got[1]
                if j:
                    key = (j, idx[j - 1], idx[j], idx[j + 1] if j < k - 1 else 0)
                    p = pairs.get(key)
                    if p is None:
                        p = pairs[key] = _pair_score(row[-2], row[-1])
                    score += p
            else:
                if len(scored) >= _MAX_FAST_READINGS:
                    return None
                row.append(change)
                scored.append((score, tuple(row)))
    return _clear_best(param, scored)


def _clear_best(param: str, scored: list[tuple[float, tuple[_Cell, ...]]]
                ) -> tuple[str, tuple[_Cell, ...]] | None:
    """The best confirmed reading when it scores 0 or more and leads the next by the margin."""
    if not scored:
        return None
    best = max(scored, key=lambda t: t[0])
    if best[0] < 0:
        return None
    if any(t is not best and best[0] - t[0] < _CLEAR_MARGIN for t in scored):
        return None
    return param.strip(), best[1]


def _plain_name(param: str) -> bool:
    """A name the search would not fault: a letter, balanced brackets, no ±."""
    return bool(_LETTER.search(param)) and param.count("(") == param.count(")") \
        and param.count("[") == param.count("]") and "±" not in param


_PLAIN_ROW = re.compile(r"(.*?[^\d.\s+\-−↑↓:/(±,=<>&])(\d[\d.]*)([+\-−])(\d+(?:\.\d+)?)(%?)")


def _fast_plain_row(s: str, cols: _Columns) -> tuple[str, tuple[_Cell, ...]] | None:
    """`name` + one glued run of plain numbers + a signed change (`Weight (kg)92.390.187.4-5.3%`),
    read without the search when the change confirms one cut clearly; else None."""
    m = _PLAIN_ROW.fullmatch(s)
    if not m:
        return None
    param, run = m.group(1), m.group(2)
    if not _plain_name(param) or (param[-1].isalpha() and len(run.split(".")[0]) >= 2):
        return None
    k = len(cols.roles) - 1
    start = m.start(2)
    ctext = m.group(4)
    cval = float(ctext)
    change = _Cell(m.start(3), m.end(), "signed", -cval if m.group(3) in ("-", "−") else cval,
                   None, "%" if m.group(5) else None, _decimals(ctext), 0, False, False)
    plan = cols.full_plan
    points = "%" in param
    splits = _number_splits(run, k)
    if splits is None:
        return None
    scored = []
    new = tuple.__new__
    for pieces in splits:
        row = []
        at = start
        for text in pieces:
            row.append(new(_Cell, (at, at + len(text), "num", float(text), None, None,
                                   _decimals(text), 0, False, False)))
            at += len(text)
        row.append(change)
        check = _change_check(row[plan.baseline], row[plan.follow_up], change, cols.two_sided,
                              points)
        if check is None:
            return None
        if check > 1:
            continue  # scores at most -1.5: out of the running when the best scores 0 or more
        score = sum(_own_score(c) for c in row[:-1])
        for x, y in zip(row, row[1:-1]):
            score += _pair_score(x, y)
        scored.append((score + 4 - min(check, 1.0), tuple(row)))
    return _clear_best(param, scored)


def _number_splits(run: str, k: int, i: int = 0, memo: dict | None = None
                   ) -> list[tuple[str, ...]] | None:
    """Every way run[i:], glued digits and points, reads as k numbers of the grammar."""
    if memo is None:
        memo = {}
    key = (i, k)
    if key in memo:
        return memo[key]
    n = len(run)
    out: list[tuple[str, ...]] | None = []
    for j in _number_ends(run, i):
        if k == 1:
            if j == n:
                out.append((run[i:j],))
            continue
        if j == n or run[j] == ".":
            continue
        rests = _number_splits(run, k - 1, j, memo)
        if rests is None:
            out = None
            break
        head = run[i:j]
        out += [(head,) + rest for rest in rests]
        if len(out) > _MAX_FAST_READINGS:
            out = None
            break
    memo[key] = out
    return out


def _number_ends(run: str, i: int) -> list[int]:
    """Where a number of the grammar starting at run[i] can end (as `_numbers` reads it)."""
    m = _DIGITS.match(run, i)
    if not m:
        return []
    size = m.end() - i
    e = m.end()
    ends = [i + 1] if run[i] == "0" else list(range(i + 1, i + min(size, _MAX_INT_DIGITS) + 1))
    if (size == 1 or run[i] != "0") and size <= _MAX_INT_DIGITS and e < len(run) \
            and run[e] == ".":
        f = _DIGITS.match(run, e + 1)
        if f:
            ends += range(e + 2, e + 2 + min(f.end() - e - 1, _MAX_FRACTION_DIGITS))
    return ends


def _tail_cell(tail: re.Match) -> _Cell:
    """The signed change cell after the last SD (`-29%`)."""
    sign, text, pct = tail.group(2), tail.group(3), tail.group(4)
    val = float(text)
    return _Cell(tail.start(2), tail.end(), "signed", -val if sign in ("-", "−") else val, None,
                 "%" if pct else None, _decimals(text), 0, False, False)


def _cuts(mid: str) -> list[tuple[str, str, bool]]:
    """Ways the text between two `±` splits into an SD and the next mean: (sd, mean, glued)."""
    m = _SIGNED_PAIR.fullmatch(mid)
    if m:
        return [(m.group(1), m.group(2) + m.group(3), False)]
    if not _GLUED_PAIR.fullmatch(mid):
        return []
    out = []
    for c in range(1, len(mid)):
        sd, mean = mid[:c], mid[c:]
        if _NUMBER_TEXT.fullmatch(sd) and _NUMBER_TEXT.fullmatch(mean):
            out.append((sd, mean, True))
    return out


def _product(options: list[list]) -> list[tuple]:
    out: list[tuple] = [()]
    for opts in options:
        out = [done + (o,) for done in out for o in opts]
    return out


def _decimals(text: str) -> int:
    dot = text.find(".")
    return 0 if dot < 0 else len(text) - dot - 1


def _candidates(row: _Row, budget: int) -> list[tuple[float, str, tuple[_Cell, ...], _Plan, float | None]]:
    """Every (parameter end, cell split) the grammar allows, scored; bounded in number."""
    s = row.s
    n = len(s)
    first_pm = s.find("±")
    last_p = n - 1 if first_pm < 0 else first_pm  # a name never contains ±
    out: list[tuple[float, str, tuple[_Cell, ...], _Plan, float | None]] = []
    tried = 0
    run_hi = run_lo = -2  # the last digit run scanned back over: s[run_lo+1:run_hi+1]
    for m in _FIRST.finditer(s, 1):
        start = m.start()
        if start > last_p:
            break
        p = start
        while p > 0 and s[p - 1].isspace():
            p -= 1
        if p == 0:
            continue
        if p == start and (s[p - 1].isdigit() or s[p - 1] == "."):
            k = p - 1
            while k >= 0 and (s[k].isdigit() or s[k] == "."):
                if k == run_hi:  # the rest of this run was scanned for an earlier start
                    k = run_lo
                    break
                k -= 1
            run_hi, run_lo = p - 1, k
            if k < 0 or s[k] in ")]%±" or "." in s[k + 1:p]:
                continue  # "(cells/μL)3" | "12 ± 84" or "ratio0.6" | "81.12" is never a name
        tried += 1
        if tried > _MAX_PARAM_ENDS:
            break
        splits = row.splits(start, budget)
        if not splits:
            continue
        param = s[:p].strip()
        base = _param_score(s, p, start, param)
        points = "%" in param
        for sc, cells in splits:
            if not cells:
                continue
            extra, plan, check = row.score(cells, points)
            out.append((base + sc + extra, param, cells, plan, check))
        if len(out) >= _MAX_CANDIDATES:
            break
    return out


def _bounds(param: str, cells: tuple[_Cell, ...]) -> tuple:
    return (len(param),) + tuple((c.start, c.end) for c in cells)


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


def split_table(lines: list[str]) -> tuple[list[str], list[Finding]]:
    """lines[0] is the header line, the rest are rows; blank lines are ignored."""
    lines = [ln for ln in (lines or []) if ln and ln.strip()]
    if not lines:
        return [], []
    header = split_header(lines[0])
    cols = _columns(header)
    return header, [_split_row(ln, cols) for ln in lines[1:]]


# ---------------------------------------------------------------------------------------------
# Cell values

_MEASURE = re.compile(
    r"\s*([+\-−↑↓]?)\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)"
    r"(?:\s*(?:±|\+/-|\+-)\s*(\d+(?:\.\d+)?))?"
    r"\s*([%A-Za-zμµ×/²³\-][%A-Za-zμµ×/²³\-. ]{0,24})?"
    r"(?:\s*\([^()]*\))?\s*")


def parse_measure(cell: str) -> Measure | None:
    """`312 ± 84` -> mean 312, sd 84; `5.2 mmol/L` -> mean 5.2, unit mmol/L; words -> None.

    A range on its own (`12–18`) and a p-value are not a mean, so they give None too.
    """
    if not cell:
        return None
    m = _MEASURE.fullmatch(cell)
    if not m:
        return None
    sign, num, sd, unit = m.groups()
    mean = float(num.replace(",", ""))
    if sign in ("-", "−", "↓"):
        mean = -mean
    unit = unit.strip() if unit else None
    if unit and (unit[0] in "-" and not unit.startswith("-fold")):
        return None
    return Measure(mean=mean, sd=float(sd) if sd else None, unit=unit or None)


_PERCENT = re.compile(r"\s*([+\-−↑↓]?)\s*(\d+(?:\.\d+)?)\s*%(?:\s*\([^()]*\))?\s*")


def parse_percent(cell: str) -> float | None:
    """`+60%` -> 60.0, `-12.5%` -> -12.5; anything that is not a percentage -> None."""
    if not cell:
        return None
    m = _PERCENT.fullmatch(cell)
    if not m:
        return None
    value = float(m.group(2))
    return -value if m.group(1) in ("-", "−", "↓") else value
