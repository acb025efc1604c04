"""The speed-ups of fact extraction must not change what it finds.

The cue matcher skips a cue group when the study lacks a word the group's patterns cannot match
without (facts/prefilter.py). These tests check that gate against every cue group as the tables
stand when the tests run, so a rule added later is covered too: random texts written from each
group's own regex must open its gate whenever the group finds a cue in them, and on every example
and development-set study the gated matcher must find exactly what running every group finds.
"""
from __future__ import annotations

import random
from pathlib import Path
from re import _constants as C  # noqa: N812
from re import _parser

import pytest

from appraisal.facts import cues
from appraisal.facts.prefilter import gate, needed_keys, opens
from appraisal.facts.text import document, lower_text, word_keys
from appraisal.readers import read_path

ROOT = Path(__file__).resolve().parents[1]
_CANDIDATES = " abcdefghijklmnopqrstuvwxyz0123456789-.,;:()/+&%'\n"


def _in_class(ch: str, items) -> bool:
    negate = bool(items) and items[0][0] is C.NEGATE
    hit = False
    for op, av in items[1:] if negate else items:
        if op is C.LITERAL:
            hit = hit or ord(ch) == av
        elif op is C.RANGE:
            hit = hit or av[0] <= ord(ch) <= av[1]
        elif op is C.CATEGORY:
            name = str(av)
            test = {"SPACE": ch.isspace(), "DIGIT": ch.isdigit(), "WORD": ch.isalnum() or ch == "_"}
            kind = next(k for k in test if k in name)
            hit = hit or (test[kind] != ("NOT" in name))
    return hit != negate


def _write(items, rng: random.Random) -> str:
    """One string the parsed pattern may match (lookarounds are ignored; the caller checks)."""
    out = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.NOT_LITERAL:
            out.append("x" if av != ord("x") else "y")
        elif op is C.ANY:
            out.append("a")
        elif op is C.IN:
            allowed = [c for c in _CANDIDATES if _in_class(c, av)]
            out.append(rng.choice(allowed) if allowed else "")
        elif op is C.BRANCH:
            out.append(_write(rng.choice(av[1]), rng))
        elif op is C.SUBPATTERN:
            out.append(_write(av[3], rng))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            out.extend(_write(sub, rng) for _ in range(rng.randint(lo, min(hi, lo + 2))))
        # AT, ASSERT, ASSERT_NOT: zero width
    return "".join(out)


def _records_a_cue(group, low: str) -> bool:
    """The group finds a match where a word starts (what cues.matches keeps)."""
    return any(not (m.start() and low[m.start() - 1].isalnum()) for m in group.regex.finditer(low))


def test_every_gated_group_opens_on_texts_written_from_its_own_regex():
    rng = random.Random(20240607)
    checked = 0
    for group in cues.GROUPS:
        if not group.gate:
            continue
        parsed = list(_parser.parse(group.regex.pattern))
        for _ in range(12 * len(group.cues)):
            sample = _write(parsed, rng)
            for text in (sample, f"Methods: {sample} in all.", f"({sample}) and more"):
                low = lower_text(text)
                if _records_a_cue(group, low):
                    checked += 1
                    assert opens(group.gate, word_keys(low)), (group.regex.pattern[:120], text, group.gate)
    assert checked > 2000  # the writer reaches most groups: the test is not vacuous


def _ungated_matches(low: str, keys: set[str], end_of_study: int):
    """cues.matches as it was before the gates: every group whose first letters the study has.

    (`matches` looks the gate check up in its own module, cues/grouping.py, so that is where it is replaced.)"""
    saved = cues.grouping.opens
    cues.grouping.opens = lambda _gate, _keys: True
    try:
        return cues.matches(low, keys, end_of_study)
    finally:
        cues.grouping.opens = saved


def _studies():
    folders = [ROOT / "data"] + sorted(p for p in (ROOT / "tests").glob("devset*") if p.is_dir())
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            yield from read_path(path)


def test_gated_matcher_finds_what_every_group_finds_on_every_known_study():
    n = 0
    for study in _studies():
        doc = document(study)
        gated = cues.matches(doc.low, doc.keys, doc.end_of_study)
        assert gated == _ungated_matches(doc.low, doc.keys, doc.end_of_study), study.source
        n += 1
    assert n > 500


@pytest.mark.parametrize("pattern, needed", [
    (r"not\s+(?:suitable|appropriate)\s+for", {frozenset({"suit", "appr"})}),
    (r"(?:no)\b", {frozenset({"no"})}),
    (r"(?:db[- ]?rcts?\b)\b", {frozenset({"db", "dbrc"})}),
    (r"chart\s+review", {frozenset({"char"}), frozenset({"revi"})}),
])
def test_needed_words_are_read_off_the_pattern(pattern, needed):
    assert needed <= set(needed_keys(pattern))


@pytest.mark.parametrize("pattern", [
    r"rand\w*\s+(?:[\w-]+\s+)?assigned",   # "assigned" may follow a letter-class word: still a whole word
    r"x(?:abc)?def",                       # "def" may be glued to "x" or "abc": no certain word start
    r"(?i:placebo)",                       # case-insensitive parts say nothing certain
    r"foo[a-z]bar",
])
def test_no_gate_where_no_word_is_certain(pattern):
    keys = needed_keys(pattern)
    if pattern.startswith(r"rand"):
        assert frozenset({"assi"}) in keys
        return
    assert not any(k & {"def", "plac", "bar"} for k in keys)


def test_gate_of_several_patterns_needs_a_word_of_each():
    both = gate([r"(?:alpha\s+beta)\b", r"(?:gamma\s+delta)\b"])
    assert both and opens(both, {"alph", "beta"}) and opens(both, {"gamm", "delt"})
    assert not opens(both, {"delt", "zzz"})  # the second words without either first word
    assert gate([r"(?:alpha\s+beta)\b", r"(?:[a-z]+)\b"]) == ()  # one pattern without a certain word


def test_gate_stays_shut_on_a_text_without_the_needed_word():
    g = next(g for g in cues.GROUPS if g.gate and g.key == "not")
    low = lower_text("These results are not yet known.")
    assert not opens(g.gate, word_keys(low)) or _records_a_cue(g, low)
