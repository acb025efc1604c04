"""Split the Key Findings table of a study summary back into its cells.

Copying a web table to plain text drops the cell boundaries, so
`CD4+ count (cells/μL)312 ± 84498 ± 91+60%` has to be read as
`CD4+ count (cells/μL)` | `312 ± 84` | `498 ± 91` | `+60%`.

How a row is split: a small cell grammar (numbers with optional ± SD, range, unit and bracket;
counts out of a total (`11 of 12 (92%)`, `13/26`); signed changes; p-values, also `p for trend
<0.001`; `I² = 56%`; capitalised words) lists every way the text after each possible end of
the parameter name can be cut into cells. Glued digits (`84498`, `0.681.12`) give several
candidates; the search is bounded (at most one more cell than the header asks for, capped counts).
Each candidate is scored on how many cells the header wants and which column wants what, on number
sense (similar magnitude and precision, an SD smaller than its mean) and on the stated change as a
check (312 -> 498 is +59.6%, stated +60%: within 1.5 points or 10 % relative; a stated `~6-fold`
against the ratio of the values). Readings that could be neither the best nor a close rival, by an
upper bound of their score, are not scored at all. The best candidate
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
- a column named like n / number / participants / studies holds counts, p / p-value p-values,
  Change / Difference / Δ / effect the change, 95% CI the interval of the estimate before it,
  Note / Comment / Interpretation a reader's note; every other column holds values;
- baseline = the first value column; follow_up = the last value column before the first change
  or p column (Week 12 in Baseline | Week 4 | Week 12 | Change); change = the first change
  column, or the p column when there is none (its text is kept; change_percent stays None);
- `cells` always holds every value cell in order, so middle columns (Week 4) are not lost;
- a row with fewer cells than the header: baseline = first cell; when the last cell is a signed
  number and the header has a change column, change = that cell and follow_up = the cell before
  it (if any besides the baseline), otherwise follow_up = the last cell unless it is an interval.
  Uncertain, because which column is missing is not known; except a row with no interval under a
  header with one CI column (the CI is what it lacks), and a row whose name shows no glued cell
  under a header ending in a note column (the note was left empty). A row with more cells than
  the header: no column filled.
"""
from __future__ import annotations

import math
import re
from typing import NamedTuple

from .models import Finding, Measure

__all__ = ["split_header", "split_row", "split_table", "parse_measure", "parse_percent"]

# ---------------------------------------------------------------------------------------------
# Header

# Terms whose inner case, digit or bracket changes are not column boundaries: markers, units after
# a number or a slash, chemistry (`25(OH)D`, `1,25(OH)2D3`), virus names, a lower-case prefix on an
# acronym (`hGH`, `eGFR`), and short mixed-case acronyms (`CoQ10`, `SoC`, `CaAKG`).
_PROTECTED = re.compile(
    r"HbA1c|HRQoL|QoL|VO2\s?max|Ig[GEAM]|mmHg|(?<![A-Za-z])(?:[mdμµn]L|pH)(?![a-z])"
    r"|9[059]\s?% CI|[pP][- ]values?|[A-Z]*-?CoV(?:-\d+)?|GHK-Cu|CD\d+:CD\d+"
    r"|(?:\d+,)?\d+\(OH\)\d?D\d?"
    r"|(?:rh|h)GH|hCG|mTORC?\d?|eGFR|iPSCs?|[mst]i?RNAs?|(?<![A-Za-z])(?:POR|IRR|aOR|aHR)(?![A-Za-z])"
    r"|\d\s?(?:[μµnmpk]?(?:M|mol|g|L)|IU)(?:/[a-zμµ]*L?)*(?![a-z])"
    r"|(?:19|20)\d\d\s?[-–]\s?(?:19|20)?\d\d(?!\d)"
    r"|[A-Z][a-z]{1,2}(?!(?:HR|OR|RR|CI|P)(?![A-Za-z]))[A-Z]+\d*(?![a-z])")
# Terms that always start a column, even glued to the word before ("Treatedp-value",
# "ratio95% CI", "Parameter25(OH)D", "Supplement1999–2000", "menhGH", "wk≥15% loss").
_STARTS_COLUMN = re.compile(
    r"[pP][- ]values?|9[059]\s?% CI|(?:\d+,)?\d+\(OH\)\d?D\d?|(?:19|20)\d\d\s?[-–]\s?(?:19|20)?\d\d(?!\d)"
    r"|(?:rh|h)GH|hCG|mTORC?\d?|eGFR|iPSCs?|[≥≤<>]\s?\d|(?<=[A-Za-z])%\s[a-z]")
# Terms that always end a column ("95% CII²", "95% CIp", "2011–2012p for trend").
_ENDS_COLUMN = re.compile(r"9[059]\s?% CI|(?:19|20)\d\d\s?[-–]\s?(?:19|20)?\d\d(?!\d)")
# A statistic's column glued after a one-letter name ("Vitamin DRR (95% CI)", "No vitamin DP").
_STAT_COLUMN = re.compile(r"(?:P|HR|OR|RR|IRR|SMD|MD|CI)(?![A-Za-z])")
_TIME_PHRASE = re.compile(
    r"\d+(?:\.\d+)?(?:\s*[-–]\s*\d+)?[\s-]*(?:weeks?|wks?|months?|mos?|days?|years?|yrs?|hours?"
    r"|hrs?|(?-i:[hdwmy](?![A-Za-z])))(?-i:(?![a-z]))", re.IGNORECASE)
# A dose or concentration that names a column ("Parameter400 IU4,000 IU", "diet0.1% metformin",
# "Measure5 mmol/L glucose").
_DOSE_PHRASE = re.compile(
    r"\d[\d,]*(?:\.\d+)?\s?(?:%|IU|mcg|[μµnmpk]?(?:g|mol|M|L)(?![a-z])|mL|ml)(?![A-Za-z])")
_TIME_WORD_END = re.compile(
    r"(?:(?:Week|Month|Day|Visit|Year|Hour|Cycle|Session|Wk|Mo|Yr|Hr|[TVDWM])"
    r"|\b(?:week|month|day|visit|year|hour|cycle|session|wk|mo|yr|hr|[tvdwm]))\s*$")
# Column words that may carry a glued one-letter column after them ("Groupn" = Group | n).
_HEADER_WORDS = frozenset(
    "parameter outcome measure group arm treatment placebo control treated baseline change "
    "difference result results endpoint variable characteristic intervention cohort subgroup "
    "study effect mean value total dose population sample condition".split())
# Names of a first column that may be glued to a second column starting with a digit or a
# lower-case term ("Parametern-3 PUFA", "Product1999-2000 (%)").
_FIRST_COLUMN_WORDS = re.compile(
    r"(?:Parameter|Outcome|Measure|Marker|Group|Product|Supplement|Exposure|Variable|Endpoint"
    r"|Characteristic|Comparison|Analysis|Condition|Assay|Feature|Factor|Dose|Category|Subgroup)"
    r"(?=\d|[a-z](?![a-z])|%)")
# Short words that open a column glued to a one-letter word ("Vitamin DNo vitamin D").
_SHORT_OPENERS = frozenset("No On At In Vs Or Of To By".split())
# English words ending in p, so a glued p-value column is not cut off them ("Group", "Sleep").
_ENDS_IN_P = frozenset(
    "group subgroup sleep step deep keep prep followup workup setup checkup makeup "
    "polyp grasp sharp cap gap map lap wrap up cup top stop drop loop hip lip tip strip grip "
    "trip ship chip help pump cramp clamp scalp soup".split())
_TRAILING_P = re.compile(r"(.*?([A-Za-z-]*[a-z)I]))p")


def split_header(line: str) -> list[str]:
    """Column names of a header whose cell boundaries were lost.

    `ParameterBaseline6 MonthsChange` -> Parameter | Baseline | 6 Months | Change. Boundaries
    are where a lower-case letter or a number meets a capital; where a capital (often a
    one-letter name: `Vitamin DPlacebo`, `200 μMChange`) meets a capitalised word; where a time
    phrase (`6 Months`), dose (`400 IU`, `0.1% metformin`), year range or `25(OH)D` starts
    after a word; before `p-value` and `95% CI` and after `95% CI`; and before a glued p column
    (`Untreated cellsp`). Terms such as `HbA1c`, `SARS-CoV-2`, `1,25(OH)2D3`, `200 μM`,
    `hGH`, `CoQ10` stay whole, as does anything in brackets. Tab-separated headers are split
    on the tabs.
    """
    if "\t" in line:
        return [c.strip() for c in line.split("\t") if c.strip()]
    s = line.strip()
    n = len(s)
    inside: set[int] = set()
    forced: set[int] = set()
    for m in _PROTECTED.finditer(s):
        inside.update(range(m.start() + 1, m.end()))
        if m.end() < n and s[m.end()].isupper() and s[m.end() - 1].isalnum():
            forced.add(m.end())  # "eGFRCD4:CD8", "CoQ10Placebo": a whole term ends a column
    for m in _STARTS_COLUMN.finditer(s):
        k = m.start()
        if k > 0 and (s[k - 1].isalnum() or s[k - 1] in ")%²"):
            forced.add(k)
    for m in _ENDS_COLUMN.finditer(s):
        if m.end() < n and (s[m.end()].isalnum() or s[m.end()] == "²"):
            forced.add(m.end())
    lead = _FIRST_COLUMN_WORDS.match(s)
    if lead:
        forced.add(lead.end())
    depth = 0
    cuts = [0]
    for k in range(1, n):
        a, b = s[k - 1], s[k]
        depth += (a in "([") - (a in ")]")
        if k in forced:
            cut = True
        elif k in inside or depth > 0:
            cut = False
        elif (a.islower() or a.isdigit()) and b.isupper():
            cut = True
        elif a in ")]%" and (b.isupper() or b.isdigit()):
            cut = True
        elif a.isupper() and b.isupper():
            # "CIChange", "DPlacebo", "μMChange", "DNo vitamin D"; not "MAPs", "SHUTi"
            word = s[k:k + 3]
            cut = len(word) == 3 and word[1:].isalpha() and word[1:].islower() \
                or (s[k:k + 2] in _SHORT_OPENERS and (k + 2 == n or s[k + 2] == " "))
            if not cut and (k < 2 or not s[k - 2].isalnum()):
                cut = bool(_STAT_COLUMN.match(s, k))  # "Vitamin DRR (95% CI)"
        elif a.isalpha() and b.isdigit():
            t = _TIME_PHRASE.match(s, k)
            cut = bool(t) and (not _TIME_WORD_END.search(s, 0, k) or t.group()[-1].isalpha()
                               and len(t.group().split()[-1]) > 1 and t.group()[0] != s[k - 1]) \
                or bool(_DOSE_PHRASE.match(s, k))
        else:
            cut = False
        if cut:
            cuts.append(k)
    cuts.append(n)
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        part = s[a:b].strip()
        if not part:
            continue
        # "Groupn" -> Group | n, "Differencep" -> Difference | p, "Untreated cellsp" -> ... | p
        if len(part) > 2 and part[-1] in "np" and part[:-1].casefold() in _HEADER_WORDS:
            out.extend([part[:-1], part[-1]])
        elif _glued_p(part):
            out.extend([part[:-1].rstrip(), "p"])
        else:
            out.append(part)
    return out


def _glued_p(part: str) -> bool:
    """The column ends in a glued `p` that is a p-value column, not the end of a word."""
    m = _TRAILING_P.fullmatch(part)
    if not m or len(part) < 3:
        return False
    word = (m.group(2) + "p").casefold().rsplit("-", 1)[-1]  # "Between-group": group
    return word not in _ENDS_IN_P


_P_COLUMN = re.compile(r"p|p[- ]?values?|significance|sig\.?|p \(.*\)|p for (?:trend|interaction)")
_N_COLUMN = re.compile(r"n|no\.|number|participants|patients|subjects|sample size|n \(.*\)"
                       r"|(?:studies|trials)(?: \(n\))?")
_CHANGE_COLUMN = re.compile(
    r"chang|differ|\bdiff\b|delta|δ|\beffect|reduction|improvement|vs\.? baseline")
_TWO_SIDED = re.compile(r"differ|\bdiff|effect|vs", re.IGNORECASE)
_CI_COLUMN = re.compile(r"(?:\d+\s?%\s?)?(?:ci|confidence interval)")
_I2_COLUMN = re.compile(r"i\s?²|i2|i-squared")
_NOTE_COLUMN = re.compile(r"notes?|comments?|interpretation|remarks?")
_RATIO_COLUMN = re.compile(r"(?i:ratio|relative risk)|\b(?:a?HR|a?OR|RR|IRR|POR)\b")


def _column_role(name: str) -> str:
    """What a column holds, judged from its name: value, change, p, n; ci (the interval of the
    estimate before it), i2 (heterogeneity), or ratio (an estimate comparing arms, such as a
    hazard ratio: placed like a value, but not held to the arms' magnitude), or note (a
    reader's comment: words, not a value of an arm, and often left empty)."""
    n = name.strip().casefold()
    if _P_COLUMN.fullmatch(n) or "p-value" in n or "p value" in n:
        return "p"
    if _N_COLUMN.fullmatch(n):
        return "n"
    if _CI_COLUMN.fullmatch(n):
        return "ci"
    if _I2_COLUMN.fullmatch(n):
        return "i2"
    if _NOTE_COLUMN.fullmatch(n):
        return "note"
    if _CHANGE_COLUMN.search(n):
        return "change"
    if _RATIO_COLUMN.search(name):
        return "ratio"
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
    "yrs years kcal cal points pts pt units score ratio fold times beats iu/l u/l percentage".split())
_PAREN = re.compile(r"\s?\([^()]{0,60}\)")
_STANDALONE_NUMBER = re.compile(r"(?<![A-Za-z])\d")  # (10–14), (n=40), not (TH1) or (mg/dL)
# `p < 0.01`, `p for trend <0.001`, `P-trend = 0.02`
_P_LABEL = r"[pP](?:\s?for (?:trend|interaction)|[- ]?trend)?\s*"
_COMPARATOR = re.compile(r"(?:" + _P_LABEL + r")?(?:[<>=≤≥]|&lt;|&gt;)\s*")
_P_ONLY = re.compile(_P_LABEL + r"(?:[<>=≤≥]|&lt;|&gt;)\s*")
_WORD = re.compile(
    r"[↑↓]?\s?[A-Z][a-z]+(?:[ \-](?:[a-z]+|\d+(?:\.\d+)?%?|[A-Z]{2,}\d*(?![a-z]))| [+−~]\d{1,3}(?:,\d{3})*(?:\.\d+)?%?)*"
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
            if not bare_before_pm and nxt.isdigit() and _PM_AHEAD.match(s, e):
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
_I2_CELL = re.compile(r"I[²2]\s?=\s?(\d{1,3}(?:\.\d+)?)\s?%")
# What can start a match of _PM, _UNIT and _NA (after the optional space for _UNIT).
_PM_LEAD = frozenset("±+")
_UNIT_START = frozenset("%-×ILUμµabcdefghijklmnopqrstuvwxyz")
_NA_LEAD = frozenset("Nn—–")


# What can begin a cell: a (signed) number, a capital, a comparator or p-value, n/a, ns, a dash.
_FIRST = re.compile(r"[+\-−↑↓~≈]?\d|[A-Z][a-z]|I[²2]\s?=|[↑↓]|" + _P_LABEL + r"(?:[<>=≤≥]|&[lg]t;)|[<>=≤≥]|&[lg]t;"
                    r"|(?:NS|N/?A|NR|ND|n/a|ns)(?![A-Za-z])|[—–]")

# ---------------------------------------------------------------------------------------------
# Search and scoring

_MAX_PER_POSITION = 256
_MAX_CANDIDATES = 1500
_MAX_PARAM_ENDS = 40
_MAX_SCANNED = 400  # positions scanned per row, so pathological text stays fast
_CLEAR_MARGIN = 1.5
_LONE_DIGIT = 1.5  # cost of a one-digit number cut off a decimal or a percentage
_LONE_COUNT = 0.5  # ... cut off a run of whole numbers
_LONE_FRACTION = 2.5  # ... cut off the decimals of the number before it
_VALUE_KINDS = ("num", "signed")
_EMPTY_NOTE = 1.5  # cost of reading a row as lacking its last column, a note


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
_LAST_NUMBER = re.compile(r"[-−]?\d+(?:\.\d+)?(?=\D*$)")
# A name that swallowed a cell: a word glued to a capitalised word or to a number
# ("GeneticsFAAH-OUT", "score0 of 21", "IGF-1Raised", "trial)More", "years1.331.46HR"), a decimal ("-0.3 mmol/L") or a %.
_GLUED_IN_NAME = re.compile(r"[a-z]{2}[A-Z]|[a-z]{2}\d|\d[A-Z][a-z]|\)[A-Z][a-z]|\d\.\d|%")
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


class _Row:
    """One row's search: the text, what the header wants, and caches shared by all candidates."""

    def __init__(self, s: str, cols: _Columns):
        self.s = s
        self.roles = roles = cols.roles
        self.two_sided = cols.two_sided
        self.cells: dict[int, list[_Cell]] = {}
        self.owns: dict[int, tuple[float, float]] = {}  # id -> (own cost, cut cost)
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
        self.ratio_columns = cols.ratio_columns
        self.count_columns = cols.count_columns
        self.lone: dict[int, float] = {}  # id -> cost of one-digit cells cut off a digit run
        self.ci_columns = cols.ci_columns
        self.short = cols.short
        self.no_note = cols.no_note
        self.bounds = cols.bounds

    def _estimate_in_interval(self, est: _Cell, ci: _Cell) -> float:
        """-3 when the estimate lies outside the interval in the CI column after it
        (`30.81` | `0.72–0.91`: the 3 belongs to the name, `Vitamin D3`)."""
        if not ci.ranged or est.mean is None or est.kind not in _VALUE_KINDS:
            return 0.0
        high = _LAST_NUMBER.search(self.s, ci.start, ci.end)
        if high is None:
            return 0.0
        top = float(high.group().replace("−", "-"))
        return 0.0 if ci.mean <= est.mean <= top else -3.0

    def _lacks_statistic(self, cells: tuple[_Cell, ...]) -> bool:
        """The row has no interval anywhere, so the column it lacks is the header's one CI
        column, and the others are filled in order."""
        return self.short is not None and \
            not any(c.ranged or "(" in self.s[c.start:c.end] for c in cells)

    def cells_at(self, i: int) -> list[_Cell]:
        got = self.cells.get(i)
        if got is None:
            self.scanned += 1
            got = _cells_at(self.s, i, self.bare_before_pm, self.after) \
                if self.scanned <= _MAX_SCANNED and _FIRST.match(self.s, i) else []
            self.cells[i] = got
        return got

    def most_extra(self, n: int) -> float:
        """An upper bound of what `score` can add for n cells (see `_most_extra`)."""
        if self.roles is None:
            return n + 4.0
        return self.bounds[n] if n < len(self.bounds) else self.bounds[-1]

    def _own(self, cell: _Cell) -> tuple[float, float]:
        """A cell's own cost and the cost of its end cutting a run of digits, worked out once
        per cell (the splits of several budgets share it)."""
        own = _own_score(cell)
        if cell.dp == 0 and cell.mean is not None and -10 < cell.mean < 10:
            lone = self._glued_digit(cell)
            if lone:
                own -= lone
                self.lone[id(cell)] = lone
        s, e = self.s, cell.end
        cut = e < self.n and s[e - 1].isdigit() and s[e].isdigit()
        if cell.dp == 0 and cell.mean is not None and abs(cell.mean) >= 1e4 and (
                cut or cell.start and s[cell.start - 1].isdigit()) and "," not in s[cell.start:e]:
            own -= 1.5  # `14017` | `5170`: five digits without a comma, cut off a longer run
        got = self.owns[id(cell)] = (own, 0.3 if cut else 0.0)
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
            owns = self.owns
            for cell in cells:
                rests = self.splits(cell.end, budget - 1)
                if not rests:
                    continue
                got = owns.get(id(cell))
                own, cut = got if got is not None else self._own(cell)
                if cut:  # every cut inside a run of digits is a guess
                    out += [(sc + own - (cut if rest else 0.0), (cell,) + rest) for sc, rest in rests]
                else:
                    out += [(sc + own, (cell,) + rest) for sc, rest in rests]
                if len(out) >= _MAX_PER_POSITION:
                    del out[_MAX_PER_POSITION:]
                    break
        self.memo[key] = out
        return out

    def _glued_digit(self, c: _Cell) -> float:
        """What it costs that the cell's number is one digit cut off a longer run of digits:
        much when the run is a decimal or a percentage (`1` | `6.6%` from `16.6%`, `1.36–1.6`
        | `9`), since tables seldom glue a bare digit to such a number; a little when the run
        is whole numbers (`13` | `2` | `5` or `13` | `25`), where counts of one digit are common."""
        s, n = self.s, self.n
        k = c.start + (not s[c.start].isdigit())
        glued = k + 1 < n and s[k + 1].isdigit() or k > 0 and s[k - 1].isdigit()
        if not glued:
            return 0.0
        lo = k
        while lo > 0 and (s[lo - 1].isdigit() or s[lo - 1] == "."):
            lo -= 1
        hi = k + 1
        while hi < n and (s[hi].isdigit() or s[hi] == "."):
            hi += 1
        if "." in s[lo:k]:
            return _LONE_FRACTION  # `0.9` | `6`: the digit is the end of a decimal
        decimal = "." in s[lo:hi] or s[hi:hi + 1] == "%"
        return _LONE_DIGIT if decimal else _LONE_COUNT

    def _pairs(self, values: list[_Cell]) -> float:
        """Number sense between neighbouring cells of one kind of column."""
        if len(values) < 2:
            return 0.0
        pairs = self.pairs
        score = 0.0
        a = values[0]
        for b in values[1:]:
            key = (id(a), id(b))
            got = pairs.get(key)
            if got is None:
                got = pairs[key] = _pair_score(a, b)
            score += got
            a = b
        return score

    def pair(self, a: _Cell, b: _Cell) -> float:
        key = (id(a), id(b))
        got = self.pairs.get(key)
        if got is None:
            got = self.pairs[key] = _pair_score(a, b)
        return got

    def score(self, cells: tuple[_Cell, ...], points: bool, clean: bool = True
              ) -> tuple[float, _Plan, float | None]:
        """The header- and number-dependent part of a candidate's score, its plan and check.

        `points`: the parameter is a percentage, so a stated % change may be percentage points.
        `clean`: the parameter shows no sign of a value glued into it, so a row one cell short
        of a header ending in a note may be read as having left the note empty.
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
            for k in self.count_columns:  # one-digit counts are common: `Studies` | `8`
                score += self.lone.get(id(cells[k]), 0.0)
                if k + 1 < n and not cells[k].dp:  # and a count glued to a percentage: `628` | `5%`
                    score += max(self.lone.get(id(cells[k + 1]), 0.0) - _LONE_COUNT, 0.0)
            if self.ratio_columns:  # ratios are compared with each other, not with the arms
                score += self._pairs([cells[k] for k in self.ratio_columns
                                      if cells[k].kind in _VALUE_KINDS])
            for k in self.ci_columns:
                score += self._estimate_in_interval(cells[k - 1], cells[k])
        elif roles is not None and n == len(roles) - 1 and (
                (no_stat := self._lacks_statistic(cells)) or clean and self.no_note is not None):
            plan, short = self.short if no_stat else self.no_note
            score = sum(_role_score(c, r) for c, r in zip(cells, short))
            if not no_stat:
                score -= _EMPTY_NOTE  # an empty note is common, but a full row is likelier
            values = [c for c, r in zip(cells, short) if r == "value" and c.kind in _VALUE_KINDS]
            score += self._pairs([c for c, r in zip(cells, short)
                                  if r == "ratio" and c.kind in _VALUE_KINDS])
        else:
            plan = _plan(cells, roles)
            score = 0.0
            if roles is not None:
                score -= 2.5 * (len(roles) - n) if n < len(roles) else 4.0 * (n - len(roles))
            values = [c for k, c in enumerate(cells)  # an interval is not a value of an arm
                      if k != plan.change and c.kind in _VALUE_KINDS and not c.ranged]
        score += self._pairs(values)
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
    value_columns: list[int]  # the arms' columns, held to like magnitude and format
    sd_shape: bool = False  # two or more value columns, then one change column: the fast path
    ratio_columns: tuple[int, ...] = ()  # estimates comparing arms (hazard ratio ...)
    count_columns: tuple[int, ...] = ()  # columns of counts (n, number of studies)
    ci_columns: tuple[int, ...] = ()  # intervals of the estimate in the column before
    short: tuple | None = None  # (plan, roles) of a row lacking the header's one CI column
    no_note: tuple | None = None  # ... of a row whose last column, a note, was left empty
    bounds: tuple[float, ...] = ()  # most `score` can add for a row of 0, 1, 2 ... cells


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
    short = no_note = None
    stats = [k for k, r in enumerate(roles) if r == "ci"]
    if len(roles) >= 2 and len(stats) == 1:
        k = stats[0]
        short = (_plan_for_roles(roles[:k] + roles[k + 1:])._replace(missing=k),
                 roles[:k] + roles[k + 1:])
    if len(roles) >= 2 and roles[-1] == "note":
        k = len(roles) - 1
        no_note = (_plan_for_roles(roles[:k])._replace(missing=k), roles[:k])
    return _Columns(names, roles, bool(_TWO_SIDED.search(change_name)), _plan_for_roles(roles),
                    [k for k, r in enumerate(roles) if r == "value"], sd_shape,
                    tuple(k for k, r in enumerate(roles) if r == "ratio"),
                    tuple(k for k, r in enumerate(roles) if r == "n"),
                    tuple(k for k in stats if k > 0), short, no_note,
                    _most_extra(roles, short, no_note))


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
    if roles is not None and len(cells) != len(roles) and plan.missing is None:
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


_PLAIN_ROW = re.compile(r"(.*?[^\d.\s+\-−↑↓:/(±,=<>&~≈])(\d[\d.]*)([+\-−])(\d+(?:\.\d+)?)(%?)")


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
    best = -math.inf
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
        clean = row.no_note is None or not _GLUED_IN_NAME.search(param)
        points = "%" in param
        for sc, cells in splits:
            if not cells:
                continue
            if base + sc + row.most_extra(len(cells)) < best - _CLEAR_MARGIN:
                continue  # can be neither the best reading nor a close rival: not worth scoring
            extra, plan, check = row.score(cells, points, clean)
            total = base + sc + extra
            best = max(best, total)
            out.append((total, param, cells, plan, check))
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
