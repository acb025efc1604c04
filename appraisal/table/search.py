"""The scored search of a row and its verdict.

_Row holds one row's text and the caches its candidates share (cells per position, pair scores,
change checks); _candidates lists every (name end, cell split) the grammar allows, bounded and
scored; _split_row tries the fast path first, then the search, and says why a reading is
uncertain.
"""
from __future__ import annotations

import math
import re
from operator import itemgetter

from ..models import Finding
from .cells import _Cell, _FIRST, _cells_at, _label_ends, label_decimals
from .score import (
    _CLEAR_MARGIN, _CUT_DECIMAL, _EMPTY_NOTE, _LONE_COUNT, _LONE_DIGIT, _LONE_FRACTION, _P_FRACTION, _Plan,
    _VALUE_KINDS,
    _change_check, _label_check, _label_score, _own_score, _pair_score, _param_score, _plan,
    _role_score,
)
from .header import _Columns
from .fast import _fast_plain_row, _fast_sd_row
from .finding import _fast_finding, _finding, _known_cells, _unsplit


_MAX_PER_POSITION = 256
_MAX_CANDIDATES = 1500
_MAX_PARAM_ENDS = 40
_FEW_READINGS = 16  # up to this many readings, ordering them by bound costs more than it saves
_MAX_SCANNED = 400  # positions scanned per row, so pathological text stays fast
_ONLY_BLANKS: list = [(0.0, ())]  # the one split of a rest of blanks (shared, never changed)
_FIRST_ITEM = itemgetter(0)

_PLAIN_DECIMAL = re.compile(r"\d+\.\d+")
_LAST_NUMBER = re.compile(r"[-−]?\d+(?:\.\d+)?(?=\D*$)")
# A name that swallowed a cell: a word glued to a capitalised word or to a number
# ("GeneticsFAAH-OUT", "score0 of 21", "IGF-1Raised", "trial)More", "years1.331.46HR"), a decimal ("-0.3 mmol/L") or a %.
_GLUED_IN_NAME = re.compile(r"[a-z]{2}[A-Z]|[a-z]{2}\d|\d[A-Z][a-z]|\)[A-Z][a-z]|\d\.\d|%")
_LABEL_DECIMALS = 4.0  # cost of a glued numeric label with other decimals than the table's
_CUT_TERM = 3.0  # cost of a cell starting inside a header column's coded name (`Tα` | `10.0`)
_NOWHERE: frozenset[int] = frozenset()
_WORD_TAIL = re.compile(r"(?:[ \-][a-z]+)*")


class _Row:
    """One row's search: the text, what the header wants, and caches shared by all candidates."""

    def __init__(self, s: str, cols: _Columns):
        self.s = s
        self.roles = roles = cols.roles
        self.two_sided = cols.two_sided
        self.cells: dict[int, list[_Cell]] = {}
        self.owns: dict[int, tuple[float, float]] = {}  # id -> (own cost, cut cost)
        self.n = len(s)
        self.blank_from = len(s.rstrip())  # a cell ending here or later ends the row
        self.memo: dict[tuple[int, int], list[tuple[float, tuple[_Cell, ...]]]] = {}
        self.pairs: dict[tuple[int, int], float] = {}
        self.fits: dict[tuple[int, int], float] = {}
        self.checks: dict[tuple[int, int, int, bool], float | None] = {}
        self.after: dict[int, tuple[list, list]] = {}
        self.scanned = 0
        # a bare number before `± SD` is cut off only for a count column, and is never one in a row
        # without ±, so `_cells_at` need not look ahead for one there
        self.bare_before_pm = roles is None or "n" in roles or ("±" not in s and "+/-" not in s)
        self.full_plan = cols.full_plan
        self.value_columns = cols.value_columns
        self.ratio_columns = cols.ratio_columns
        self.count_columns = cols.count_columns
        self.lone: dict[int, float] = {}  # id -> cost of one-digit cells cut off a digit run
        self.ci_columns = cols.ci_columns
        self.numeric_label = cols.numeric_label
        self.label_dp = cols.label_dp
        self.short = cols.short
        self.no_note = cols.no_note
        self.bounds = cols.bounds
        self.label_ratio = cols.label_ratio
        # where a header column's coded name (`Tα1`) occurs in the row: its start -> its end
        self.terms: dict[int, int] = {}
        self.inside: frozenset[int] | set[int] = _NOWHERE
        for term in cols.terms:
            k = s.find(term)
            while k >= 0:
                if not k or not s[k - 1].isalnum():
                    self.terms[k] = k + len(term)
                k = s.find(term, k + 1)
        if self.terms:
            self.inside = {j for a, b in self.terms.items() for j in range(a + 1, b)}

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
        return got if got is not None else self._scan(i)

    def _scan(self, i: int) -> list[_Cell]:
        """The cells at s[i], not yet looked for."""
        self.scanned += 1
        got = _cells_at(self.s, i, self.bare_before_pm, self.after) \
            if self.scanned <= _MAX_SCANNED and _FIRST.match(self.s, i) else []
        if self.terms and got:
            got = self._over_terms(got)
        self.cells[i] = got
        return got

    def _over_terms(self, cells: list[_Cell]) -> list[_Cell]:
        """Word cells also read on over a header column's name after them (`Greater with` +
        ` Tα1`), which the word grammar cannot read."""
        s, terms = self.s, self.terms
        out = list(cells)
        for c in cells:
            end = terms.get(c.end + 1) if c.kind == "word" and s[c.end:c.end + 1] == " " else None
            if end is not None:
                out.append(_Cell(c.start, end, "word"))
                tail = _WORD_TAIL.match(s, end).end()
                if tail > end:
                    out.append(_Cell(c.start, tail, "word"))
        return out

    def most_extra(self, n: int) -> float:
        """An upper bound of what `score` can add for n cells (see `_most_extra`)."""
        if self.roles is None:
            return n + 4.0
        return self.bounds[n] if n < len(self.bounds) else self.bounds[-1]

    def _own(self, cell: _Cell) -> tuple[float, float]:
        """A cell's own cost and the cost of its end cutting a run of digits, worked out once
        per cell (the splits of several budgets share it)."""
        own = _own_score(cell)
        if cell.start in self.inside:
            own -= _CUT_TERM
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
        """Ways s[i:] splits into at most `budget` cells, each with its column-free score.

        The two answers that need no search - only blanks left (one empty split) and no budget
        left before text (none) - are given inline rather than by a call and a memo entry: they
        are most of the sub-searches, and neither looks at a cell, so the positions scanned, and
        their order, stay those of the plain recursion.
        """
        got = self.memo.get((i, budget))
        return got if got is not None else self._split(i, budget)

    def _split(self, i: int, budget: int) -> list[tuple[float, tuple[_Cell, ...]]]:
        """`splits` not yet in the memo (its callers look there first)."""
        key = (i, budget)
        memo = self.memo
        s, n = self.s, self.n
        while i < n and s[i].isspace():
            i += 1
        out: list[tuple[float, tuple[_Cell, ...]]] = []
        if i == n:
            out.append((0.0, ()))
        elif budget > 0:
            cells = self.cells.get(i)
            if cells is None:
                cells = self._scan(i)
            owns = self.owns
            blank = self.blank_from
            left = budget - 1
            for cell in cells:
                e = cell.end
                if e >= blank:
                    rests = _ONLY_BLANKS
                elif not left:
                    continue
                else:
                    rests = memo.get((e, left))
                    if rests is None:
                        rests = self._split(e, left)
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
        memo[key] = out
        return out

    def _fit(self, c: _Cell, role: str) -> float:
        """`_role_score`, and in a p column the cost of a whole number cut off a decimal."""
        fit = _role_score(c, role)
        if role == "p" and c.kind == "num" and not c.dp and c.mean > 1 and self._cut_fraction(c):
            fit -= _P_FRACTION
        return fit

    def _cut_fraction(self, c: _Cell) -> bool:
        """The whole number starts inside a decimal's digits (`0.0` | `17` from `0.017`): a
        p-value is at most 1, so in a p column such a number is the end of the one before."""
        s, k = self.s, c.start
        if not k or not s[k - 1].isdigit():
            return False
        while k > 0 and s[k - 1].isdigit():
            k -= 1
        return k > 0 and s[k - 1] == "."

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

    def _one_number_cut(self, cells: tuple[_Cell, ...]) -> bool:
        """The cells together are one plain decimal number cut in pieces (`10` | `4.8` from
        `104.8`, a value given once for all arms). A row that lacks two or more cells even so is
        a sparse row, not glued values, and gains little from the cut, so the number reads
        whole; a row one cell short (`26` | `50.55`) may well be glued values, so it pays nothing."""
        if len(cells) < 2:
            return False
        return _PLAIN_DECIMAL.fullmatch(self.s, cells[0].start, cells[-1].end) is not None

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

    def score(self, cells: tuple[_Cell, ...], points: bool, clean: bool = True,
              label: float | None = None) -> tuple[float, _Plan, float | None]:
        """The header- and number-dependent part of a candidate's score, its plan and check.

        `points`: the parameter is a percentage, so a stated % change may be percentage points.
        `clean`: the parameter shows no sign of a value glued into it, so a row one cell short
        of a header ending in a note may be read as having left the note empty.
        `label`: the value of a name that is a bare number, checked against the table's ratio of
        label to first value when split_table found one.
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
                    v = fits[key] = self._fit(c, roles[k])
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
                if n <= len(roles) - 2 and self._one_number_cut(cells):
                    score -= _CUT_DECIMAL
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
        if label is not None and self.label_ratio is not None and cells:
            got = _label_check(label, cells[0], self.label_ratio)
            if got is not None:
                score += 4 - min(got, 1.0) if got <= 1 else -1.5
        return score, plan, check


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
    if row.numeric_label and cells and _guessed_decimals(s, param, cells[0], row.label_dp):
        reasons.append("the name's decimals run into the first value's digits; where they end"
                       " is a guess")
    return _finding(param, texts, cells, plan, raw, reasons, header_names, roles)


_Candidate = tuple  # (total score, parameter, cells, plan, change check)


def _guessed_decimals(s: str, param: str, first: _Cell, want: int | None) -> bool:
    """A numeric label with decimals glued to the first value's digits (`≤0.018` | `8.4%` or
    `≤0.01` | `88.4%`), unless the table's other labels have those decimals (`want`)."""
    k = first.start
    if not (k and s[k - 1].isdigit() and s[k].isdigit()):
        return False
    dp = label_decimals(param)
    return bool(dp) and dp != want


def _candidates(row: _Row, budget: int) -> list[_Candidate]:
    """Every (parameter end, cell split) the grammar allows, scored; bounded in number.

    All name ends are split first (in the plain search's order, so the positions scanned are
    the same). Many readings (glued digit runs) are then scored best bound first (`_best_first`),
    unless there are so many that the plain search (`_in_order`) would have stopped at
    _MAX_CANDIDATES; a few are scored in order.
    """
    s = row.s
    ends: list[tuple[str, int, int, list, float, float | None]] = []
    total = 0
    labels = _labels(row) if row.numeric_label else {}
    for p, start in _param_ends(s) if not labels else _with_labels(s, labels, row.blank_from):
        splits = row.splits(start, budget)
        if splits:
            param = s[:p].strip()
            if p in labels:
                value, cost = labels[p]
                ends.append((param, p, start, splits, _label_score(s, p, start) - cost, value))
            else:
                ends.append((param, p, start, splits, _param_score(s, p, start, param), None))
            total += len(splits)
    most = [row.most_extra(k) for k in range(budget + 1)]  # a split has at most `budget` cells
    if _FEW_READINGS < total < _MAX_CANDIDATES:
        return _best_first(row, ends, most)
    return _in_order(row, ends, most)


def _labels(row: _Row) -> dict[int, tuple[float | None, float]]:
    """A numeric label's ends (see `_label_ends`): end -> (the bare number's value when the table
    checks it against its ratio of label to first value, else None; what the label's decimals
    cost when the table's labels share other decimals and this one is glued to a digit)."""
    s, ratio, want = row.s, row.label_ratio, row.label_dp
    out = {}
    for e, value, dp in _label_ends(s):
        off = want is not None and dp != want and e < row.n and s[e].isdigit()
        out[e] = (value if ratio is not None else None, _LABEL_DECIMALS if off else 0.0)
    return out


def _with_labels(s: str, labels: dict[int, float | None], blank_from: int) -> list[tuple[int, int]]:
    """`_param_ends` and the ends of a numeric label, in order of the name's end."""
    ends = dict(_param_ends(s))
    for e in labels:
        start = e
        while start < blank_from and s[start].isspace():
            start += 1
        if start < blank_from:
            ends[e] = start
    return sorted(ends.items())


def _param_ends(s: str) -> list[tuple[int, int]]:
    """(name end, first cell start) of every place the parameter name may end, left to right, at
    most _MAX_PARAM_ENDS of them."""
    n = len(s)
    first_pm = s.find("±")
    last_p = n - 1 if first_pm < 0 else first_pm  # a name never contains ±
    out: list[tuple[int, int]] = []
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
        if len(out) == _MAX_PARAM_ENDS:
            break
        out.append((p, start))
    return out


def _name_flags(row: _Row, param: str) -> tuple[bool, bool]:
    """`points` and `clean` of `_Row.score` for a parameter name."""
    return "%" in param, row.no_note is None or not _GLUED_IN_NAME.search(param)


def _in_order(row: _Row, ends: list[tuple[str, int, int, list]], most: list[float]
              ) -> list[_Candidate]:
    """The plain search: name ends left to right, each reading scored unless its upper bound is
    out of the running, stopping at _MAX_CANDIDATES readings."""
    out: list[_Candidate] = []
    best = -math.inf
    for param, p, start, splits, base, label in ends:
        points, clean = _name_flags(row, param)
        for sc, cells in splits:
            if not cells or base + sc + most[len(cells)] < best - _CLEAR_MARGIN:
                continue  # can be neither the best reading nor a close rival: not worth scoring
            extra, plan, check = row.score(cells, points, clean, label)
            total = base + sc + extra
            best = max(best, total)
            out.append((total, param, cells, plan, check))
        if len(out) >= _MAX_CANDIDATES:
            break
    return out


def _best_first(row: _Row, ends: list[tuple[str, int, int, list]], most: list[float]
                ) -> list[_Candidate]:
    """`_in_order`'s readings that matter, with fewer of them scored.

    Readings are scored in order of their upper bound, so the best comes early and scoring stops
    once no bound can come within the margin of it. Every reading the plain search keeps that
    could be the best or a close rival is kept, in the plain search's order, by which ties and the
    runner-up are decided; the others matter only to the _MAX_CANDIDATES cap, which the caller
    has ruled out.
    """
    s = row.s
    bounded = []
    for j, (param, p, start, splits, base, _) in enumerate(ends):
        bounded += [(base + sc + most[len(cells)], j, k, base + sc, cells)
                    for k, (sc, cells) in enumerate(splits) if cells]
    bounded.sort(key=_FIRST_ITEM, reverse=True)
    flags: dict[int, tuple[bool, bool]] = {}
    best = -math.inf
    kept = []
    for bound, j, k, part, cells in bounded:
        if bound < best - _CLEAR_MARGIN:
            break
        param = ends[j][0]
        got = flags.get(j)
        if got is None:
            got = flags[j] = _name_flags(row, param)
        extra, plan, check = row.score(cells, *got, ends[j][5])
        total = part + extra
        best = max(best, total)
        kept.append(((j, k), (total, param, cells, plan, check)))
    kept.sort(key=_FIRST_ITEM)
    return [c for _, c in kept]


def _bounds(param: str, cells: tuple[_Cell, ...]) -> tuple:
    return (len(param),) + tuple((c.start, c.end) for c in cells)
