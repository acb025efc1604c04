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
# "trials comparing open-label placebo with no treatment", "randomised patients to a placebo group and a no-treatment
# group", "randomly assigned to placebo or to no treatment": the placebo is the first arm, the one under test, and the
# comparator is nothing ("comparing X with placebo or no treatment" pools two kinds of comparator: not matched)
_PLACEBO_VS_NOTHING = re.compile(
    r"\b(?:comparing|compared|assigned\s+to|allocated\s+to|randomi[sz]ed\s+(?:[\w-]+\s+)?to)\s+(?:an?\s+|the\s+)?"
    r"(?:open[- ]label\s+|non-?deceptive\s+|honest\s+)?placebos?(?:\s+(?:groups?|arms?|pills?|treatment))?\s+"
    r"(?:(?:or|and|versus|vs\.?)\s+(?:with\s+|to\s+)?|with\s+|to\s+)(?:an?\s+|the\s+)?no[- ](?:treatment|intervention|therapy)\b")


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
        if "no treatment" in low or "no-treatment" in low or "no intervention" in low or "no therapy" in low:
            m = _PLACEBO_VS_NOTHING.search(low, lo, hi)
            if m:
                # the placebo itself is tested against nothing: the comparator is no treatment
                return self.set("control", "no-treatment", self.quotes.sentence(self.doc.sentence_index(m.start()), m.start()))
        if "alone" not in low and "only" not in low:
            return False
        for m in _PLACEBO_ADDED.finditer(low, lo, hi):
            if _USUAL_ARM.search(m.group(1)) and "placebo" not in m.group(1):
                si = self.doc.sentence_index(m.start())
                return self.set("control", "usual-care", self.quotes.sentence(si, m.start()))
        return False

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
