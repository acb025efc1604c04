"""The shared ground of every fact rule: the vocabulary orders, how the quote for a decision is found,
how one hit is chosen among many (section trust, cue strength, Limitations' negations), and the record of
facts with their quotes. Every other module of the package builds on it.
"""
from __future__ import annotations

import re
from operator import attrgetter

from appraisal.facts.cues import STRONG, WEAK, Hit
from appraisal.facts.numbers import Number
from appraisal.facts.text import BACKGROUND, LIMITATIONS, Document, clean_quote, locate
from appraisal.models import Study

# the order a reader meets hits in: the most trusted part of the study first, then position in it
_SAID_FIRST = attrgetter("rank", "pos")
DESIGN_ORDER = ("meta-analysis", "systematic-review", "rct", "controlled-trial", "cohort",
                "case-control", "cross-sectional", "case-series", "case-report", "narrative-review")
CONTROL_ORDER = ("placebo", "active", "usual-care", "no-treatment", "historical", "none")
BLINDING_ORDER = ("double", "single", "open")
RANDOMIZED_ORDER = (False, True)
REFINES = (("narrative-review", "systematic-review"), ("systematic-review", "meta-analysis"),
           ("controlled-trial", "rct"))
OBSERVATIONAL = {"cohort", "case-control", "cross-sectional", "case-series", "case-report"}
REVIEWS = {"meta-analysis", "systematic-review", "narrative-review"}
_MAX_QUOTE = 240
_NEGATOR = re.compile(r"\b(?:not|never|neither|nor|no)\b|n't\b", re.I)


class _Quotes:
    """Finds the short exact span of Study.text that backs a decision."""

    def __init__(self, study: Study, doc: Document):
        self.text = study.text
        self.doc = doc

    def sentence(self, sentence_index: int, pos: int | None = None, cue: str | None = None) -> str | None:
        raw = clean_quote(self.doc.sentence(sentence_index))
        if len(raw) > _MAX_QUOTE and pos is not None:
            raw = self._clause(sentence_index, pos)
        found = locate(raw, self.text)
        if found:
            return found
        return locate(cue, self.text) if cue else None

    def _clause(self, si: int, pos: int) -> str:
        start, end = self.doc.starts[si], self.doc.ends[si]
        text = self.doc.text
        left = max(text.rfind(";", start, pos), text.rfind(",", start, max(start, pos - 100)), start - 1) + 1
        right_candidates = [i for i in (text.find(";", pos, end), text.find(",", pos + 60, end)) if i != -1]
        right = min(right_candidates) if right_candidates else end
        return clean_quote(text[left:right])[:_MAX_QUOTE * 2]

    def hit(self, h: Hit) -> str | None:
        return self.sentence(h.sentence, h.pos, h.cue)

    def at(self, pos: int) -> str | None:
        """The sentence holding text position `pos` (a pattern's match), shortened around it when long."""
        return self.sentence(self.doc.sentence_index(pos), pos)

    def number(self, n: Number) -> str | None:
        return self.sentence(n.sentence, n.pos)


def _choose(hits: list[Hit], order: tuple | None) -> Hit | None:
    """Most trusted section first, strong cues before weak; ties by `order`, then first mention.

    Background never decides these facts: it describes other studies ("in randomized trials,
    ketamine ..."), so a fact only Background mentions stays unknown.
    """
    if not hits:
        return None
    tiers = (
        [h for h in hits if h.strength == STRONG and h.rank < BACKGROUND],
        [h for h in hits if h.strength == WEAK and h.rank < BACKGROUND],
    )
    for tier in tiers:
        if tier:
            best = min(h.rank for h in tier)
            top = [h for h in tier if h.rank == best]
            if order:
                return min(top, key=lambda h: (order.index(h.value), h.pos))
            return min(top, key=lambda h: h.pos)
    return None


def _with_limitations(hits: list[Hit], chosen: Hit | None, order: tuple | None) -> Hit | None:
    """A negation in Limitations overrides a positive statement elsewhere for the same fact."""
    corrections = [h for h in hits if h.rank == LIMITATIONS and h.negated and h.strength == STRONG]
    if chosen is None or chosen.negated or not corrections:
        return chosen
    return _choose(corrections, order)


# words that put a sentence among people: "human trials", "in patients"
_PEOPLE = re.compile(r"\b(?:humans?|people|patients|participants|volunteers|men|women|adults|children)\b", re.I)


class EvidenceRecord:
    """The facts decided so far, each with its quote, and the cue hits still to be weighed."""

    def set(self, fact: str, value, quote: str | None) -> bool:
        """Record a fact only with its quote: no quote, no fact."""
        if value is None or quote is None:
            return False
        self.values[fact] = value
        self.evidence[fact] = quote
        return True

    def set_hit(self, fact: str, hit: Hit | None, value=None) -> bool:
        if hit is None:
            return False
        return self.set(fact, hit.value if value is None else value, self.quotes.hit(hit))

    def hits(self, fact: str, values: tuple | None = None) -> list[Hit]:
        hs = self.hits_by_fact.get(fact, [])
        return [h for h in hs if values is None or h.value in values]
