"""The cell grammar: every cell that may start at a position of a glued row, and the values of
a cut cell's text.

What a number, `mean ± SD`, range, count out of a total, unit, bracket, p-value, `I² = 56%`, n/a
or capitalised word looks like, knowing nothing of headers or scores: everything else reads cells
through it. parse_measure and parse_percent read a cell's text once it is cut, so they live next
to the grammar they mirror.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..models import Measure


# English words ending in p, so a glued p-value column is not cut off them ("Group", "Sleep"):
# the header splitter and the word cells both ask.
_ENDS_IN_P = frozenset(
    "group subgroup sleep step deep keep prep followup workup setup checkup makeup "
    "polyp grasp sharp cap gap map lap wrap up cup top stop drop loop hip lip tip strip grip "
    "trip ship chip help pump cramp clamp scalp soup".split())


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
    "yrs years kcal cal points pts pt units score ratio fold times beats iu/l u/l percentage".split())
_PAREN = re.compile(r"\s?\([^()]{0,60}\)")
_STANDALONE_NUMBER = re.compile(r"(?<![A-Za-z])\d")  # (10–14), (n=40), not (TH1) or (mg/dL)
# `p < 0.01`, `p for trend <0.001`, `P-trend = 0.02`
_P_LABEL = r"[pP](?:\s?for (?:trend|interaction)|[- ]?trend)?\s*"
_COMPARATOR = re.compile(r"(?:" + _P_LABEL + r")?(?:[<>=≤≥]|&lt;|&gt;)\s*")
_P_ONLY = re.compile(_P_LABEL + r"(?:[<>=≤≥]|&lt;|&gt;)\s*")
_WORD = re.compile(
    r"[↑↓]?\s?[A-Z][a-z]+(?::[a-z]+|[ \-](?:[a-z]+|\d+(?:\.\d+)?%?|[A-Z]{2,}\d*(?![a-z]))| [+−~]\d{1,3}(?:,\d{3})*(?:\.\d+)?%?)*"
    r"(?:\s?\([^()]{0,60}\))?")
# A dash for "no value" may be glued to the next cell (`——p<0.001`); an en dash before a digit
# is a minus sign, an em dash never is (`——255`).
_NA = re.compile(r"(?:NS|N/A|NA|NR|ND|n/a|ns)(?![A-Za-z])|—|–(?!\s*\d)")
_SIGNS = "+-−↑↓"
_SIGNS_OR_ABOUT = _SIGNS + "~≈"  # `~140`: an approximate number is a number
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
_PAREN_RANGE = re.compile(r"\(\s*([-−]?\d+(?:\.\d+)?)\s*(?:[–—-]|to)\s*([-−]?\d+(?:\.\d+)?)\s*\)")


def _outside(mean: float, paren: str) -> bool:
    """An estimate outside the interval bracketed after it (`44.37 (3.34–5.70)`): a mis-split."""
    m = _PAREN_RANGE.search(paren)
    if not m:
        return False
    low, high = (float(g.replace("−", "-")) for g in m.groups())
    return not low <= mean <= high
_PM_AHEAD = re.compile(r"\d*(?:\.\d+)?\s*(?:±|\+/-)")
_UNIT_LEAD = frozenset(" %-×xμµ")


def _after_number(s: str, e: int, nxt: str) -> tuple[list, list]:
    """The SDs (`± 84`) and range ends (`–15.1`, ` to -0.7`) that can follow a number ending at s[e]."""
    sds: list[tuple[int, float, int]] = []
    highs: list[tuple[int, float, int]] = []
    if nxt in _PM_LEAD or nxt.isspace():
        pm = _PM.match(s, e)
        if pm:
            sds = _numbers(s, pm.end())
    if nxt == "-" and e + 1 < len(s) and s[e + 1].isdigit():
        highs = _numbers(s, e + 1)  # `87-92%`: held to the stricter test of a hyphen range
    elif nxt in "–—" or nxt.isspace():
        rg = _RANGE.match(s, e)
        if rg:
            k = rg.end()
            if k + 1 < len(s) and s[k] in "-−" and s[k + 1].isdigit():
                highs = [(e2, -hi, dp) for e2, hi, dp in _numbers(s, k + 1)]  # `-3.3 to -0.7`
            elif k + 1 < len(s) and s[k] == "+" and s[k + 1].isdigit():
                highs = _numbers(s, k + 1)  # `+1.74 to +14.75`
            else:
                highs = _numbers(s, k)
    return sds, highs


def _after_decimal(s: str, i: int, dp: int) -> bool:
    """The number at s[i] has decimals and the digits glued before it are a decimal."""
    k = i
    while k > 0 and (s[k - 1].isdigit() or s[k - 1] == "."):
        k -= 1
    return dp > 0 and "." in s[k:i]


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
    if c.isdigit() or (c in _SIGNS_OR_ABOUT and i + 1 < n and s[i + 1].isdigit()):
        kind = "signed" if c in _SIGNS else "num"
        neg = c in "-−↓"
        new = tuple.__new__
        for e, val, dp in _numbers(s, i if c.isdigit() else i + 1):
            mean = -val if neg else val
            nxt = s[e] if e < n else ""
            if nxt.isdigit():  # cut inside a run of digits: only the bare number can end here
                if bare_before_pm or not _PM_AHEAD.match(s, e):
                    out.append(new(_Cell, (i, e, kind, mean, None, None, dp, 0, False, False)))
                continue
            tails = [(e, None, 0, False)]
            if not dp and (nxt == " " and s.startswith(" of ", e) or nxt == "/"):
                # `647 of 649`, `11 of 12 (92%)`, `13/26 (50%)`: a count out of a total is
                # one cell
                tails += [(e2, None, 0, False)
                          for e2, total, _ in _numbers(s, e + (4 if nxt == " " else 1))
                          if total >= mean]
            elif nxt == "→" or nxt == " " and s.startswith(" →", e):
                arrow = _ARROW.match(s, e)
                if arrow:  # `60 → 26`: a value before and after is one cell
                    tails += [(e2, None, 0, False) for e2, _, _ in _numbers(s, arrow.end())]
            if nxt in _AFTER_LEAD or nxt.isspace():  # only these can start an SD or a range end
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
                hyphen = nxt == "-"
                for e2, hi, hi_dp in highs:
                    # a range runs upwards (`80.81–0.96` is a mis-split), and an end cut off a
                    # longer run of digits or glued to a % keeps the other end's decimals
                    # (`1.36–1.6` | `9`, `1.02–1.07` | `4% higher`);
                    # a bare hyphen (`87-92%`, `0.80-0.93`) may also be a minus, so a range
                    # with it needs an unsigned start, a higher end and like decimals, and
                    # one glued to digits before it starts after a decimal (`1.441.36-1.52`,
                    # not `12` | `1-32%`)
                    if hyphen and (kind == "signed" or hi <= mean or hi_dp != dp
                                   or i and s[i - 1].isdigit() and not _after_decimal(s, i, dp)):
                        continue
                    if (hi >= mean or hi < 0 and mean < 0) and (hi_dp == dp or e2 >= n or not (s[e2].isdigit()
                                                                      or s[e2] == "%")):
                        tails.append((e2, None, 0, True))
            for e2, sd, sd_dp, ranged in tails:
                cell = new(_Cell, (i, e2, kind, mean, sd, None, dp, sd_dp, False, ranged))
                out.append(cell)
                if e2 >= n:
                    continue
                nxt = s[e2]
                if nxt.isdigit():
                    continue
                if nxt == "%" and (e2 + 1 == n or s[e2 + 1] != " "):  # what _UNIT reads there
                    cell = new(_Cell, (i, e2 + 1, kind, mean, sd, "%", dp, sd_dp, False, ranged))
                    out.append(cell)
                elif nxt.isalpha() or nxt in _UNIT_LEAD:
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
                                               cell.odd or not stat or _outside(mean, pa.group()),
                                               ranged)))
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
    if c == "I":
        m = _I2_CELL.match(s, i)
        if m:  # `I² = 56%`: a heterogeneity cell, read as its percentage
            return [_Cell(i, m.end(), "num", float(m.group(1)), None, "%", _decimals(m.group(1)))]
    m = _NA.match(s, i) if c in _NA_LEAD else None
    if m:
        out.append(_Cell(i, m.end(), "na"))
    if c.isupper() or c in "↑↓":
        m = _WORD.match(s, i)
        if m:
            e = m.end()
            # "No changep < 0.05", "Levelp for trend <0.001": the p-value starts the next cell
            # (the whole word is kept too unless it ends in that p and is no word in p: "Sleep")
            if s[e - 1] != "p" or not _P_ONLY.match(s, e - 1) \
                    or s[i:e].rsplit(" ", 1)[-1].casefold() in _ENDS_IN_P:
                out.append(_Cell(i, e, "word"))
            j = s.find("p", i + 2, e)
            while j > 0:
                if s[j - 1].isalpha() and _P_ONLY.match(s, j):
                    out.append(_Cell(i, j, "word"))
                j = s.find("p", j + 1, e)
            j = s.find("-", i + 2, e)
            while j > 0:  # "Reference-2.3 s": a signed value may start the next cell
                if s[j - 1].isalpha() and s[j + 1].isdigit():
                    out.append(_Cell(i, j, "word"))
                j = s.find("-", j + 1, e)
    return out


_ARROW = re.compile(r" ?→ ?(?=\d)")
_LABEL_LEAD = re.compile(r"\s*(?:(?:[<>≤≥]|&lt;|&gt;)\s?)?(?=\d)")


def _label_ends(s: str) -> list[tuple[int, float | None, int]]:
    """Where a row's name may end when the name is a quantity (under a header whose first column
    names a unit): after a number of the grammar at the row's start, with an optional comparator,
    range, unit or bracket (`80`, `< 300`, `5.1–10.0`, `0 (matched non-users)`), as
    (end, value, decimals); the value only for a bare number (`2,000`), else None; the decimals
    of the range's high end for a range. A count out of a total or a value before and after is
    no label."""
    m = _LABEL_LEAD.match(s)
    if not m:
        return []
    bare = not s[:m.end()].strip()
    out: dict[int, tuple[int, float | None, int]] = {}
    for c in _cells_at(s, m.end()):
        if c.kind != "num" or c.sd is not None:
            continue
        text = s[c.start:c.end]
        if "/" in text or " of " in text or "→" in text:
            continue
        plain = bare and not c.ranged and c.unit is None and "(" not in text
        last = _LAST_DECIMALS.search(text)
        out[c.end] = (c.end, c.mean if plain else None, len(last.group(1) or "") if last else c.dp)
    return sorted(out.values())


_LAST_DECIMALS = re.compile(r"\d(?:\.(\d+))?(?=\D*$)")


# a row name that is a quantity: a comparator, a number, and the high end of a range (`≤0.01`, `0.03–0.29`)
_NUMERIC_LABEL = re.compile(r"(?:[<>≤≥]\s?)?[\d,.]*?(?:\.(\d+))?(\s?[–—-]\s?\d[\d,]*(?:\.(\d+))?)?")


def label_decimals(label: str) -> int | None:
    """Decimal places of a row name that is a quantity (`≤0.01`: 2; `0.03–0.29`: the range's high end, 2;
    `2,000`: 0), None for a name that is not one: how split_table and the search compare a table's labels."""
    if not (label[:1].isdigit() or label[:1] in "<>≤≥") or not any(ch.isdigit() for ch in label):
        return None
    m = _NUMERIC_LABEL.fullmatch(label)
    if not m:
        return None
    return len((m.group(3) if m.group(2) else m.group(1)) or "")
_I2_CELL = re.compile(r"I[²2]\s?=\s?(\d{1,3}(?:\.\d+)?)\s?%")
# What can start a match of _PM, _UNIT and _NA (after the optional space for _UNIT).
_PM_LEAD = frozenset("±+")
_AFTER_LEAD = frozenset("±+-–—")  # after a number, what can lead to an SD or a range end
_UNIT_START = frozenset("%-×ILUμµabcdefghijklmnopqrstuvwxyz")
_NA_LEAD = frozenset("Nn—–")


# What can begin a cell: a (signed) number, a capital, a comparator or p-value, n/a, ns, a dash.
_FIRST_TERMS = (r"[+\-−↑↓~≈]?\d|[A-Z][a-z]|I[²2]\s?=|[↑↓]|" + _P_LABEL + r"(?:[<>=≤≥]|&[lg]t;)|[<>=≤≥]|&[lg]t;"
                r"|(?:NS|N/?A|NR|ND|n/a|ns)(?![A-Za-z])|[—–]")
# Behind a look-ahead at the characters a cell can begin with, so a row's scan for name ends skips
# the letters of the name at once.
_FIRST = re.compile(r"(?=[\d+\-−↑↓~≈A-Z<>=≤≥&pP—–Nn])(?:" + _FIRST_TERMS + ")")


def _decimals(text: str) -> int:
    dot = text.find(".")
    return 0 if dot < 0 else len(text) - dot - 1


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
