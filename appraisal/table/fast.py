"""The fast path: common glued `mean ± SD` rows and plain-number rows read without the search.

Separate because it is only a shortcut: it must give the search's answer (the tests compare the
two), it takes a row only when the stated change settles the cut clearly, and it returns None
for anything else so the search reads it.
"""
from __future__ import annotations

import re

from .cells import _Cell, _DIGITS, _MAX_FRACTION_DIGITS, _MAX_INT_DIGITS, _decimals
from .score import _BAD_NAME_END, _CLEAR_MARGIN, _LETTER, _change_check, _own_score, _pair_score
from .header import _Columns


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
    first, last = plan.baseline, plan.follow_up
    for pieces in splits:
        # the change check needs only the baseline and follow-up cells: the row's other cells
        # are made only for a reading the change confirms
        at = start
        for text in pieces[:first]:
            at += len(text)
        text = pieces[first]
        base = new(_Cell, (at, at + len(text), "num", float(text), None, None, _decimals(text), 0,
                           False, False))
        for text in pieces[first:last]:
            at += len(text)
        text = pieces[last]
        follow = new(_Cell, (at, at + len(text), "num", float(text), None, None, _decimals(text), 0,
                             False, False))
        check = _change_check(base, follow, change, cols.two_sided, points)
        if check is None:
            return None
        if check > 1:
            continue  # scores at most -1.5: out of the running when the best scores 0 or more
        row = []
        at = start
        for text in pieces:
            row.append(new(_Cell, (at, at + len(text), "num", float(text), None, None,
                                   _decimals(text), 0, False, False)))
            at += len(text)
        row.append(change)
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
