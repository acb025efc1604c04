"""When a placebo is the comparator and when it is not: a placebo named as an arm, a placebo that only
masks doses or drugs (double dummy, "active-controlled"), and an open-label placebo that is itself the
treatment under test. The control rule asks these before it settles on "placebo".
"""
from __future__ import annotations

import re

from appraisal.facts.cues import STRONG
from appraisal.facts.text import BACKGROUND
from .evidence import _SAID_FIRST

# the study's own name for an active comparison: "active-controlled", "active comparator", "dose-comparison"
_DECLARED_ACTIVE = re.compile(r"(?i)active[- ](?:comparators?|controls?|controlled)|dose[- ]comparison")
# "placebo group", "placebo arm", "or placebo", "versus placebo": a placebo that is an arm of its own
_PLACEBO_AS_ARM_AFTER = re.compile(r"s?\s*(?:groups?|arms?|recipients)\b")
_PLACEBO_AS_ARM_BEFORE = re.compile(r"\b(?:or|versus|vs\.?|to|compared\s+with|against)\s+(?:an?\s+|the\s+|matching\s+)?$")
# "open-label placebo plus treatment as usual, or TAU alone": the placebo is the add-on under test and the
# comparison kept usual care only
_PLACEBO_ADDED = re.compile(
    r"\bplacebos?\b[^.;:]{0,40}?\s(?:plus|with|added\s+to|in\s+addition\s+to|on\s+top\s+of)\s+[^.;:]{1,60}?,?\s+"
    r"(?:or|versus|vs\.?|compared\s+(?:with|to))\s+(?:with\s+|to\s+)?(?:the\s+|their\s+)?([^.;:]{1,50}?)\s+(?:alone|only)\b")
_USUAL_ARM = re.compile(r"\b(?:usual|standard|routine|conventional|tau|treatment\s+as\s+usual)\b")
# "randomised to open-label placebo pills (two a day) or a no-treatment control", "non-deceptive placebo versus no
# treatment": a placebo taken knowingly is the treatment under test, and the arm given nothing is the comparator
_OPEN_PLACEBO_VS_NOTHING = re.compile(
    r"\b(?:open[- ]label|non-?deceptive)\s+placebos?\b[^.;:]{0,100}?\s(?:or|versus|vs\.?|compared\s+(?:with|to))\s+"
    r"(?:with\s+|to\s+)?(?:an?\s+|the\s+)?no[- ](?:treatment|intervention)\b|"
    # "trials in which patients were randomly assigned to a placebo or to no treatment" (the placebo the first of two
    # arms, each led by "to"; "compared with placebo or no treatment" names two comparators), "the placebo arm was
    # measured against the arm that received nothing": the placebo is what is tested, against nothing
    r"\b(?:assigned|allocated|randomi[sz]ed)\s+to\s+(?:an?\s+|the\s+)?placebos?\s+or\s+to\s+no[- ](?:treatment|intervention)\b|"
    r"\bplacebo\s+(?:arms?|groups?)\s+(?:was|were)\s+(?:compared|measured|set|contrasted)\s+(?:with|against|to)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:arms?|groups?)\s+(?:that|which)\s+(?:received|got)\s+nothing|no[- ](?:treatment|intervention)|untreated)\b|"
    # "trials comparing open-label placebo with no treatment", "randomised patients to a placebo group and a no-treatment
    # group" ("comparing X with placebo or no treatment" pools two kinds of comparator: not matched)
    r"\b(?:comparing|compared|assigned\s+to|allocated\s+to|randomi[sz]ed\s+(?:[\w-]+\s+)?to)\s+(?:an?\s+|the\s+)?"
    r"(?:open[- ]label\s+|non-?deceptive\s+|honest\s+)?placebos?(?:\s+(?:groups?|arms?|pills?|treatment))?\s+"
    r"(?:(?:or|and|versus|vs\.?)\s+(?:with\s+|to\s+)?|with\s+|to\s+)(?:an?\s+|the\s+)?no[- ](?:treatment|intervention|therapy)\b")
# "told that the pills contained no medication", "told plainly that their pills were inert": a placebo given knowingly,
# in plain words
_TOLD_INERT = re.compile(
    r"\btold\s+(?:plainly\s+|openly\s+|honestly\s+|explicitly\s+)?that\s+(?:the|their)\s+(?:pills|tablets|capsules)\s+"
    r"(?:were\s+(?:inert|placebos?|dummies|sugar\s+pills)|contained\s+no\s+(?:medication|drug|active))\b")


class PlaceboRules:
    """Checks on a placebo comparator, for the control rule."""

    def _placebo_under_test(self) -> bool:
        """"Randomized to open-label placebo plus treatment as usual, or TAU alone" (Methods): the placebo is
        the treatment added on and tested, so the comparator is the usual care the other arm kept alone; "trials
        comparing open-label placebo with no treatment": the comparator is no treatment."""
        if not self.doc.rank_spans:
            return False
        lo, hi = self.doc.rank_spans[0]
        low = self.doc.low
        if ("label placebo" in low or "deceptive placebo" in low or "nothing" in low or "no treatment" in low
                or "no-treatment" in low or "no intervention" in low or "no therapy" in low) \
                and self._open_placebo_vs_nothing(lo, hi):
            return True
        if "told" in low and self._told_inert_vs_nothing(lo, hi):
            return True
        if "alone" not in low and "only" not in low:
            return False
        for m in _PLACEBO_ADDED.finditer(low, lo, hi):
            if _USUAL_ARM.search(m.group(1)) and "placebo" not in m.group(1):
                si = self.doc.sentence_index(m.start())
                return self.set("control", "usual-care", self.quotes.sentence(si, m.start()))
        return False

    def _open_placebo_vs_nothing(self, lo: int, hi: int) -> bool:
        """"Randomised to open-label placebo pills ... or a no-treatment control" (Methods): the placebo is given
        openly as the treatment, so the comparator is the untreated arm (no-treatment)."""
        m = _OPEN_PLACEBO_VS_NOTHING.search(self.doc.low, lo, hi)
        if m is None:
            return False
        si = self.doc.sentence_index(m.start())
        return self.set("control", "no-treatment", self.quotes.sentence(si, m.start()))

    def _told_inert_vs_nothing(self, lo: int, hi: int) -> bool:
        """"Half were ... told that the pills contained no medication ... The rest got nothing extra" (Methods): the
        placebo was given knowingly, as the treatment, so an untreated group said in Methods is the comparator."""
        if _TOLD_INERT.search(self.doc.low, lo, hi) is None:
            return False
        untreated = [h for h in self.hits("control", ("no-treatment",)) if lo <= h.pos < hi and not h.negated]
        if not untreated:
            return False
        return self.set_hit("control", min(untreated, key=_SAID_FIRST))

    def _declared_active(self, hs: list, placebo):
        """"Randomized, double-blind, active-controlled trial ... standard-dose group: monthly placebo plus
        400 IU daily": a study that calls itself active-controlled (or a dose comparison), with no placebo
        arm named, uses its placebo to mask the doses, as a double dummy does; the comparator stays active.
        A "placebo- and active-controlled" sentence names a placebo arm too, so it does not count."""
        placebo_sentences = {h.sentence for h in hs if h.value == "placebo"}
        declared = [h for h in hs if h.value == "active" and h.strength == STRONG and not h.negated
                    and h.rank <= placebo.rank and h.sentence not in placebo_sentences
                    and _DECLARED_ACTIVE.match(h.cue)]
        return min(declared, key=_SAID_FIRST) if declared else None

    def _double_dummy(self) -> bool:
        return any("dummy" in h.cue.lower() and h.rank < BACKGROUND and not h.negated for h in self.hits("blinding"))

    def _placebo_arm(self, hs: list) -> bool:
        """A placebo named as an arm ("placebo-controlled", "placebo group", "or placebo"), not only a dummy."""
        low = self.doc.low
        for h in hs:
            if h.value != "placebo" or h.rank >= BACKGROUND or h.negated:
                continue
            end = h.pos + len(h.cue)
            if "controlled" in h.cue.lower() or _PLACEBO_AS_ARM_AFTER.match(low, end, end + 20) or \
                    _PLACEBO_AS_ARM_BEFORE.search(low, max(0, h.pos - 25), h.pos):
                return True
        return False
