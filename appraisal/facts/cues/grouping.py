"""How the cue tables become fast regexes: patterns split into alternatives, grouped by their first
letters, each group gated by the words it cannot match without (prefilter.gate); `GROUPS` and `matches`. Kept apart
from the tables, so a cue is added without reading the compiler."""
from __future__ import annotations

import re
from dataclasses import dataclass

from appraisal.facts.prefilter import gate, opens

from .context_words import _CONTEXT_CUES
from .heterogeneity import _HETEROGENEITY_CUES
from .species import _SPECIES_CUES
from .study import _STUDY_CUES
from .timing import _TIMING_CUES


def _split_top(pattern: str) -> list[str]:
    """Split a pattern on its top-level `|`."""
    parts, depth, cur, i = [], 0, [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur.append(pattern[i:i + 2])
            i += 2
            continue
        if c == "[":
            j = pattern.index("]", i + 1)
            cur.append(pattern[i:j + 1])
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        if c == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append("".join(cur))
    return parts


def _close(pattern: str, start: int) -> int:
    """Index of the `)` matching the `(` at `start`."""
    depth, i = 0, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = pattern.index("]", i + 1) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(pattern)


def _expand(pattern: str) -> list[str]:
    """Rewrite a pattern as alternatives that each start with plain letters where possible.

    Python's regex engine finds a literal start very fast; an alternation of groups it tries at
    every position. So `(?:placebo|sham)-controlled` becomes `placebo-controlled|sham-controlled`.
    """
    out = []
    for alt in _split_top(pattern):
        if alt.startswith(r"\b"):
            alt = alt[2:]
        if alt.startswith("(?:"):
            j = _close(alt, 0)
            inner, rest = alt[3:j], alt[j + 1:]
            if rest.startswith("?"):
                out.extend(_expand(f"(?:{inner}){rest[1:]}") + _expand(rest[1:]))
            elif rest[:1] in ("*", "+", "{"):
                out.append(alt)
            else:
                out.extend(_expand("|".join(a + rest for a in _split_top(inner))))
        else:
            out.append(alt)
    return out


_LITERAL = re.compile(r"[a-z0-9]+")


def _key(alt: str) -> str | None:
    """The first four (or three) letters every match of `alt` starts with; None if not plain."""
    m = _LITERAL.match(alt)
    if not m:
        return None
    lit = m.group(0)
    if alt[m.end():m.end() + 1] in ("?", "*", "{"):
        lit = lit[:-1]
    if len(lit) >= 4:
        return lit[:4]
    return lit if len(lit) == 3 else None


def _required(alt: str) -> str | None:
    """The first plain word of 4+ letters outside any group or class, which every match contains."""
    depth, i, best = 0, 0, None
    while i < len(alt):
        c = alt[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = alt.index("]", i + 1) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0 and c.isalpha():
            j = i
            while j < len(alt) and alt[j].isalpha():
                j += 1
            word = alt[i:j] if alt[j:j + 1] not in ("?", "*", "{") else alt[i:j - 1]
            if len(word) >= 4:
                return word
            i = j
            continue
        i += 1
    return best


@dataclass
class _Cue:
    table: int        # which cue table: matches overlap only within one table
    order: int        # position in its table: earlier wins at the same start (like `|`)
    facts: tuple
    fixed: bool


@dataclass
class _KeyGroup:
    """All alternatives starting with the same letters, as one fast regex."""

    key: str | None
    regex: re.Pattern
    cues: list[_Cue]
    required: str | None = None
    table: int = 0  # for keyless alternatives: a word they cannot match without
    # words the study must have for any alternative to match, read off the patterns (prefilter.gate)
    gate: tuple = ()


def _compile(tables) -> list[_KeyGroup]:
    by_key: dict[tuple[int, str | None], list[tuple[str, _Cue]]] = {}
    for t, table in enumerate(tables):
        for order, (pattern, facts, fixed) in enumerate(table):
            for alt in _expand(pattern):
                by_key.setdefault((t, _key(alt)), []).append((alt, _Cue(t, order, facts, fixed)))
    groups = []
    for (_, key), members in by_key.items():
        if key is None:
            for alt, cue in members:
                groups.append(_KeyGroup(None, re.compile(f"({alt})\\b"), [cue], _required(alt), cue.table,
                                        gate([f"({alt})\\b"])))
            continue
        body = "|".join(f"({alt[len(key):]})" for alt, _ in members)
        groups.append(_KeyGroup(key, re.compile(f"{key}(?:{body})\\b"), [c for _, c in members], None,
                                members[0][1].table, gate([f"({alt})\\b" for alt, _ in members], key)))
    return groups


GROUPS = _compile((_STUDY_CUES, _TIMING_CUES, _SPECIES_CUES, _HETEROGENEITY_CUES, _CONTEXT_CUES))
SPECIES_TABLE, CONTEXT_TABLE = 2, 4
# (group number, group) by key, so a study's words pick their groups with one set intersection
_BY_KEY: dict[str, list[tuple[int, _KeyGroup]]] = {}
for _i, _g in enumerate(GROUPS):
    if _g.key is not None:
        _BY_KEY.setdefault(_g.key, []).append((_i, _g))
_KEYLESS = [(i, g) for i, g in enumerate(GROUPS) if g.key is None]
_KEYS = frozenset(_BY_KEY)


def matches(low: str, keys: set[str], end_of_study: int | None = None):
    """Cue matches; within one table non-overlapping, leftmost first, earlier cue first.

    Only species cues are looked for in Background (after `end_of_study`): nothing else is
    decided there.
    """
    found = []
    size = len(low)
    limit = size if end_of_study is None else end_of_study
    run = [pair for key in _KEYS.intersection(keys) for pair in _BY_KEY[key] if opens(pair[1].gate, keys)]
    run += [(i, g) for i, g in _KEYLESS if opens(g.gate, keys) and (g.required is None or g.required in low)]
    for i, g in run:
        cues = g.cues
        table = g.table
        for m in g.regex.finditer(low, 0, size if table == SPECIES_TABLE or table == CONTEXT_TABLE else limit):
            s = m.start()
            if s and low[s - 1].isalnum():
                continue
            cue = cues[m.lastindex - 1]
            found.append((table, s, cue.order, i, m.end(), cue))
    found.sort()  # (table, start, order, group) never repeats, so the cue objects are never compared
    last_end, table = -1, -1
    out = []
    for t, s, _, _, e, cue in found:
        if t != table:
            table, last_end = t, -1
        if s >= last_end:
            last_end = e
            out.append((s, e, cue))
    return out
