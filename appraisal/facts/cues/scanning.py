"""scan(): every cue of a study with its context-corrected meaning, and the helpers that tell counted
trials (a review's included studies) from other studies. The one entry point the fact rules of appraisal/extract
call."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import itemgetter

from appraisal.facts.text import SIGNIFICANCE, Document

from .abbreviations import abbreviation_matches
from .context import (
    _CELL_SOURCE, _CELLS_AFTER, _CELLS_PAREN, _CLAUSE_BREAK, _CONTEXT_FREE, _FOREIGN_BEFORE, _HYPOTHETICAL, _INDEFINITE_BEFORE,
    _INFEASIBLE_AFTER, _ISOLATE_SOURCE, _LABEL_BEFORE, _NEG_AFTER, _NEG_BEFORE, NEGATE, _NONE_AFTER, _PURPOSE, _SUCH_AS_NAMED,
    _TRIALS_CLAUSE,
)
from .grouping import CONTEXT_TABLE, matches
from .markers import STRONG, WEAK, Hit
from .study import _STUDY_CUES


# the plain RCT cue's own facts object (compared by identity in scan())
_RCT_FACTS = next(c[1] for c in _STUDY_CUES if c[1] == (("design", "rct", STRONG), ("randomized", True, STRONG)))
# "22 randomised trials", "a number of RCTs": counted trials are the studies a synthesis includes
_INCLUDED_RCTS = (("design", "meta-analysis", WEAK), ("randomized", True, STRONG))
_COUNT_BEFORE = re.compile(
    r"(?:\d[\d,]*|a\s+number\s+of|a\s+(?:few|handful\s+of)|dozens\s+of|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)\s+(?:(?:individual|separate|large|published|eligible|placebo-controlled|double-blind)\s+)?$",
    re.I)
# ("19 randomised, placebo-controlled trials": the count's other design words in between)
_TRIALS_AFTER = re.compile(r",?\s+(?:(?:placebo[- ]controlled|(?:double|single)[- ]blind(?:ed)?|controlled|clinical),?\s+){0,3}"
                           r"(?:trials|studies)\b", re.I)


def _counted_trials(text: str, start: int, end: int, s_start: int) -> bool:
    if not (text[end - 1] in "sS" or _TRIALS_AFTER.match(text, end, end + 40)):
        return False
    return bool(_COUNT_BEFORE.search(text, max(s_start, start - 40), start))


# "the negative randomized trials of hydroxychloroquine", "small randomized studies have so far been
# inconclusive", "large randomised, placebo-controlled trials ... found no benefit": uncounted trials or
# studies in the plural are a body of other studies, unless the sentence is a review's own account of what
# it pooled ("meta-analysis of randomized trials")
_PLURAL_RCTS = re.compile(
    r",?\s+(?:(?:placebo-|(?:double|single)-blind(?:ed)?,?\s+|controlled,?\s+|clinical\s+|intervention\s+)){0,3}(?:trials|studies)\b|s\b", re.I)
_POOLING_WORDS = re.compile(
    r"meta[- ]?analy|systematic|pooled|pooling|includ|search|eligib|enroll|criteria|review(?:ed)?\s+(?:\d|all|eligible)|\bsrs?\b|"
    r"individual[- ](?:patient|participant)[- ]data|\bipd\b|(?:analys[ie]s|data)\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?randomi|"
    r"\d[\d,]*\s+(?:[\w-]+\s+){0,3}(?:trials|rcts|studies)|(?:were|was)\s+(?:identified|retrieved)\b", re.I)
# "In two parallel double-blind, placebo-controlled randomised trials, the drug doubled mortality": one report of
# twin trials run to the same protocol is the study itself, not a body of other trials ("Two consecutive open-label
# randomised controlled studies, one for the primary course and one for the booster": one report of two trials run
# one after the other)
_TWIN_TRIALS = re.compile(
    r"\b(?:two|both|twin)\s+(?:parallel|identical|identically[- ]designed|twin|companion|sister|replicate|consecutive|"
    r"sequential|back-to-back)\b[^.;:]*$", re.I)


def _other_trials(text: str, end: int, s_end: int, pooling: bool) -> bool:
    """`pooling`: the sentence has pooling words (looked up once per sentence by the caller)."""
    # the cue itself may be the plural ("Supplement RCTs ... have been negative")
    return not pooling and (text[end - 1] in "sS" or bool(_PLURAL_RCTS.match(text, end, s_end)))


# how far back the clause before a cue is read: the context patterns look at its last 60
# characters, so a longer window changes nothing, and a fixed window keeps a very long sentence
# with many cues linear
_PREFIX_WINDOW = 120


def _clause_prefix(text: str, s_start: int, start: int) -> str:
    """The part of the clause before the cue at `start` (from the last clause break), at most
    _PREFIX_WINDOW characters of it."""
    before = text[max(s_start, start - _PREFIX_WINDOW):start]
    last = 0
    for m in _CLAUSE_BREAK.finditer(before):
        last = m.end()
    return before[last:]


def _markers(doc: Document, found) -> tuple[list, dict[int, list[tuple[int, int, str]]]]:
    """Split matches into cues and context words; context words are grouped by sentence."""
    cues, context = [], {}
    starts = doc.starts
    for start, end, cue in found:
        if cue.table == CONTEXT_TABLE:
            si = max(bisect_right(starts, start) - 1, 0)  # Document.sentence_index, inlined
            for _, kind, _ in cue.facts:
                context.setdefault(si, []).append((start, end, kind))
        elif cue.facts:
            cues.append((start, end, cue))
    return cues, context


def _near(marks, kind: str, lo: int, hi: int) -> bool:
    """A context word of this kind starts in [lo, hi] (`marks` is sorted by start)."""
    for i in range(bisect_left(marks, lo, key=_START), len(marks)):
        p, _, k = marks[i]
        if p > hi:
            return False
        if k == kind:
            return True
    return False


# "would have been excluded", "would probably have been missed": what would have happened, said of this study
_WOULD_HAVE = re.compile(r"\s+(?:probably\s+|likely\s+|also\s+)?have\b", re.I)


def _hypothetical_reaches(text: str, s_start: int, s_end: int, end: int) -> bool:
    """A sentence with a hypothetical word: does it reach the cue ending at `end`? "A narrow, carefully screened
    population; many patients seen in practice would have been excluded": a later clause (after a semicolon) that
    only says what would have happened speaks of this study, not of another one. A hypothetical word before the cue
    or in its own clause still reaches it ("Larger trials would be needed; ideally randomised"), and so does one of a
    study to come in a later clause ("...; a future double-blind trial would be required")."""
    semicolon = text.find(";", end, s_end)
    if semicolon == -1:
        return True
    if _HYPOTHETICAL.search(_PURPOSE.sub(" ", text[s_start:semicolon])):
        return True
    later = _PURPOSE.sub(" ", text[semicolon:s_end])
    return any(m.group(0).lower() != "would" or not _WOULD_HAVE.match(later, m.end()) for m in _HYPOTHETICAL.finditer(later))


_START = itemgetter(0)
# "No placebo (sham) plug was used": a word glossed in brackets right after a negated cue is negated with it
# (the clause prefix stops at the bracket, so the negator before it is not seen from inside)
_GLOSS_OPEN = re.compile(r"\s*\(\s*")


def scan(doc: Document) -> list[Hit]:
    """Every cue in the document with its context-corrected meaning.

    Context words (negators, "previous", "needed", ...) are found in the same pass as the cues;
    the precise context patterns run only where such a word stands near a cue.
    """
    hits: list[Hit] = []
    text = doc.text
    found = matches(doc.low, doc.keys, doc.end_of_study)
    abbreviations = abbreviation_matches(text, doc.end_of_study, doc.keys)
    if abbreviations:
        # into the study table by position; the other tables keep their order
        found = sorted(found + abbreviations, key=lambda f: (f[2].table, f[0]))
    cues, context = _markers(doc, found)
    hypothetical: dict[int, bool] = {}
    pooling: dict[int, bool] = {}  # per sentence, so a long sentence is searched once
    starts, ends, seg_starts, segments = doc.starts, doc.ends, doc.seg_starts, doc.segments

    def pooled(si: int) -> bool:
        """Sentence `si` has pooling words ("included", "meta-analysis"): a review speaking of its own trials."""
        if si not in pooling:
            pooling[si] = bool(_POOLING_WORDS.search(text, starts[si], ends[si]))
        return pooling[si]

    negated_end = -1  # where the last negated cue ended
    for start, end, cue in cues:
        facts, fixed = cue.facts, cue.fixed
        si = bisect_right(starts, start) - 1  # Document.sentence_index, inlined: the hot loop
        if si < 0:
            si = 0
        s_start, s_end = starts[si], ends[si]
        marks = context.get(si, ())
        seg = segments[max(bisect_right(seg_starts, start) - 1, 0)]
        negated = foreign = False
        prefix = None
        if marks:
            if not fixed and _near(marks, "neg", start - 60, start - 1):
                prefix = _clause_prefix(text, s_start, start)
                negated = bool(_NEG_BEFORE.search(prefix[-60:]))
            if not fixed and not negated and _near(marks, "not", end, end + 50):
                negated = bool(_NEG_AFTER.search(text[end:min(s_end, end + 50)])) or bool(
                    _NONE_AFTER.match(text, end, s_end) and _LABEL_BEFORE.fullmatch(text, s_start, start))
            if not fixed and not negated and 0 < start - negated_end <= 4 and _GLOSS_OPEN.fullmatch(text, negated_end, start):
                negated = True
            if negated:
                negated_end = end
            if _near(marks, "foreign", start - 50, start - 1):
                if prefix is None:
                    prefix = _clause_prefix(text, s_start, start)
                foreign = bool(_FOREIGN_BEFORE.search(prefix[-50:]))
            if not foreign and _near(marks, "such", end, end + 40) and _SUCH_AS_NAMED.match(text, end, min(s_end, end + 60)):
                foreign = not pooled(si)  # a review's "included trials such as WHI" are its own
            if si not in hypothetical:
                hypothetical[si] = any(k == "hyp" for _, _, k in marks) and bool(
                    _HYPOTHETICAL.search(_PURPOSE.sub(" ", text[s_start:s_end])))
        hyp = hypothetical.get(si, False)
        if hyp:
            hyp = _hypothetical_reaches(text, s_start, s_end, end)
        if not hyp and not negated and marks and _near(marks, "infeasible", end, end + 70) \
                and _INFEASIBLE_AFTER.match(text, end, min(s_end, end + 70)) \
                and _INDEFINITE_BEFORE.search(text, max(s_start, start - 30), start):
            hyp = True  # "an RCT of X is not feasible": a study that was never done
        described = False
        if not foreign and ("which" in text[max(s_start, start - 120):start] or "where" in text[max(s_start, start - 120):start]):
            described = bool(_TRIALS_CLAUSE.search(text, max(s_start, start - 120), start))
            if described:
                if pooled(si):
                    # a review's own account of the trials it pooled: their allocation is the evidence's
                    described = False
                    if ("design", "rct", STRONG) in facts:
                        facts = _INCLUDED_RCTS
                else:
                    foreign = True
        if facts is _RCT_FACTS and _counted_trials(text, start, end, s_start):
            facts = _INCLUDED_RCTS
        others = False
        if facts is _RCT_FACTS and not foreign and not hyp:
            others = _other_trials(text, end, s_end, pooled(si))
            if others and seg.rank < SIGNIFICANCE and _TWIN_TRIALS.search(text, max(s_start, start - 60), start):
                others = False  # the study's own twin trials (said where the study describes itself)
        for fact, value, strength in facts:
            if fact not in _CONTEXT_FREE and (foreign or (hyp and not negated)):
                # "Larger RCTs are needed" is about other studies; a plain negation ("not
                # blinded, so blinded trials are needed") still describes this study.
                continue
            if fact == "species":
                if (foreign or hyp) and seg.rank > 0:
                    continue
                if value == "animal":
                    before = text[max(s_start, start - 60):start]
                    # (the source's "from", the "explants of" / "cultures of" it came out of, or the bracket after
                    # the cells that names it)
                    if ("from" in before or "s of " in before or "(" in before) and _CELL_SOURCE.search(before):
                        continue
                if value == "human" and "from" in text[max(s_start, start - 50):start] and \
                        _ISOLATE_SOURCE.search(text[max(s_start, start - 160):start]):
                    continue
                if value == "animal" and (_CELLS_AFTER.match(text, end, min(s_end, end + 60))
                                          or _CELLS_PAREN.match(text, end, min(s_end, end + 80))):
                    continue
            was_negated = negated
            if negated:
                flipped = NEGATE.get((fact, value))
                if flipped is None:
                    continue
                fact, value = flipped
            hits.append(Hit(fact, value, strength, seg.rank, seg.name, start, si,
                            was_negated or (fixed and value in (False, "open", "none")), text[start:end],
                            others and not negated))
    return hits
