"""The header: its column names from a glued line, and what it asks of every row.

split_header cuts the header line; _column_role says what each column holds; _Columns gathers,
once per table, the plans and score bounds every row of that table is read against. Separate
from the rows because it runs once per table, and the cell grammar and scores need none of it.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .cells import _ENDS_IN_P, _KNOWN_UNITS
from .score import _Plan, _most_extra, _plan_for_roles


# Pieces shared by the patterns below: a confidence-interval heading, a p-value heading, vitamin D
# chemistry (`25(OH)D`, `1,25(OH)2D3`), a span of years, and an acronym with a lower-case prefix.
_CI = r"9[059]\s?% CI"
_P_VALUE = r"[pP][- ]values?"
_CHEMISTRY = r"(?:\d+,)?\d+\(OH\)\d?D\d?"
_YEARS = r"(?:19|20)\d\d\s?[-–]\s?(?:19|20)?\d\d(?!\d)"
_PREFIXED = r"(?:rh|h)GH|hCG|mTORC?\d?|eGFR|iPSCs?"
# Terms whose inner case, digit or bracket changes are not column boundaries: markers, units after
# a number or a slash, chemistry, virus names, a lower-case prefix on an acronym (`hGH`, `eGFR`),
# and short mixed-case acronyms (`CoQ10`, `SoC`, `CaAKG`).
_PROTECTED_TERMS = (
    r"HbA1c|HRQoL|QoL|VO2\s?max|Ig[GEAM]|mmHg|(?<![A-Za-z])(?:[mdμµn]L|pH)(?![a-z])"
    rf"|{_CI}|{_P_VALUE}|[A-Z]*-?CoV(?:-\d+)?|GHK-Cu|CD\d+:CD\d+|{_CHEMISTRY}"
    rf"|{_PREFIXED}|[mst]i?RNAs?|(?<![A-Za-z])(?:POR|IRR|aOR|aHR)(?![A-Za-z])"
    r"|\d\s?(?:[μµnmpk]?(?:M|mol|g|L)|IU)(?:/[a-zμµ]*L?)*(?![a-z])"
    rf"|{_YEARS}"
    r"|[A-Z][a-z]{1,2}(?!(?:HR|OR|RR|CI|P)(?![A-Za-z]))[A-Z]+\d*(?![a-z])")
# Terms that always start a column, even glued to the word before ("Treatedp-value",
# "ratio95% CI", "Parameter25(OH)D", "Supplement1999–2000", "menhGH", "wk≥15% loss").
_STARTS_TERMS = (
    rf"{_P_VALUE}|{_CI}|{_CHEMISTRY}|{_YEARS}|{_PREFIXED}|[≥≤<>]\s?\d|(?<=[A-Za-z])%\s[a-z]")
# Terms that always end a column ("95% CII²", "95% CIp", "2011–2012p for trend").
_ENDS_TERMS = rf"{_CI}|{_YEARS}"


def _led_by(lead: str, terms: str) -> re.Pattern:
    """`terms` compiled behind a look-ahead at how any of them can begin: a header is scanned at
    every position, and most positions then fail on one test instead of on every term."""
    return re.compile(rf"(?={lead})(?:{terms})")


# The leads: the first one or two characters of every term above (the tests hold them to that).
_PROTECTED = _led_by(r"[A-Z\d\-]|m[mLTiR]|[dnμµ]L|p[H\- ]|rh|h[GC]|eG|iP|[st][iR]|a[OH]",
                     _PROTECTED_TERMS)
_STARTS_COLUMN = _led_by(r"[P\d≥≤<>%]|p[\- ]|rh|h[GC]|mT|eG|iP", _STARTS_TERMS)
_ENDS_COLUMN = _led_by(r"\d", _ENDS_TERMS)
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

_TRAILING_P = re.compile(r"(.*?([A-Za-z-]*[a-z)I]))p")
# Characters that are never a capital or a digit, so no column starts at them unless forced.
_MAY_CUT = re.compile(r"[^a-z\s\-,.;:/()\[\]%&+=<>'\"]")
_BRACKET = re.compile(r"[(\[)\]]")


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
    # Only a forced boundary or one before a capital or a digit can cut, so only those are looked
    # at; the bracket depth before each is counted from the brackets passed since the last one.
    looked = {m.start() for m in _MAY_CUT.finditer(s, 1)}
    looked.update(forced)
    brackets = _BRACKET.finditer(s) if "(" in s or "[" in s else None
    bracket = next(brackets, None) if brackets else None
    depth = 0
    cuts = [0]
    for k in sorted(looked):
        if k < 1:
            continue
        if k >= n:
            break
        while bracket is not None and bracket.start() < k:
            depth += 1 if bracket.group() in "([" else -1
            bracket = next(brackets, None)
        a, b = s[k - 1], s[k]
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
    if part[-1:] != "p":
        return False
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
# A column (or a row) that names a ratio: hazard, odds, risk, rate ratios, SMR, SIR. One vocabulary
# for the column's role here and for the forest chart's scale (finding.py).
RATIO_WORDS = re.compile(r"(?i:\bratios?\b|relative risk|\bodds\b|\bhazards?\b)|\b(?:a?HR|a?OR|a?RR|IRR|POR|SMR|SIR)\b")


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
    if RATIO_WORDS.search(name):
        return "ratio"
    return "value"


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
    numeric_label: bool = False  # the parameter column names a unit: a row may be named by a number
    terms: tuple[str, ...] = ()  # coded names of the value columns (`Tα1`), never cut in a row
    label_ratio: float | None = None  # label / first value, constant over the table (split_table)
    label_dp: int | None = None  # decimals of most numeric labels of the table (split_table)


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
                    _most_extra(roles, short, no_note), _names_unit(header[0]),
                    _coded_terms(names))


# A bracket that names a unit (`Dose in feed (ppm)`, `HBV DNA (copies/mL)`, `Hypnotic use
# (doses/year)`), not a time point, a comparison or a statistic (`(6 months)`, `(vs reference)`,
# `(median)`).
_BRACKETED = re.compile(r"\(([^()]{1,40})\)")
_UNIT_WORDS = _KNOWN_UNITS | frozenset("ppm ppb ppt".split())


def _is_unit_word(word: str) -> bool:
    word = word.casefold()
    return word in _UNIT_WORDS or word[-1:] == "s" and word[:-1] in _UNIT_WORDS \
        or word + "s" in _UNIT_WORDS


def _names_unit(name: str) -> bool:
    """The parameter column's name gives a unit, so its rows may be named by a quantity (`80`,
    `<300`, `5.1–10.0`) rather than by words: `Dose in feed (ppm)`, `Peak troponin T (ng/mL)`."""
    for m in _BRACKETED.finditer(name):
        words = m.group(1).split()
        if not words or len(words) >= 2 and words[1][:1].isdigit():
            continue  # `(week 26)`: a time point
        first = words[0]
        atoms = [a for a in first.split("/") if a]
        if atoms and atoms[0][:1].isalpha() and atoms[0].casefold() not in ("n", "no", "per") and (
                _is_unit_word(atoms[0]) or len(atoms) >= 2 and all(a[:1].isalpha() for a in atoms)
                and any(_is_unit_word(a) for a in atoms)):
            return True
    return False


_TOKEN = re.compile(r"[^\s()\[\],;:]+")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_A-Za-z]")


def _coded_terms(names: list[str]) -> tuple[str, ...]:
    """Words of the value columns' names that a row may repeat and the cell grammar cannot read
    as a word: a letter and then a digit or a letter outside ASCII (`Tα1`, `D3`, `CoQ10`), so a
    row's `Greater with Tα10.017` is not cut inside the arm's name (`Tα` | `10.0`). Bracketed
    parts (`(n = 181)`) are left out."""
    out: list[str] = []
    for name in names:
        for tok in _TOKEN.findall(re.sub(r"\([^()]*\)", " ", name)):
            if len(tok) >= 2 and tok[0].isalpha() and tok not in out and (
                    any(ch.isdigit() for ch in tok) or _NON_ASCII_LETTER.search(tok)):
                out.append(tok)
    return tuple(out)
