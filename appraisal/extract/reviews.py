"""What a review says of some or all of its included studies ("in most trials", "of mixed design",
"observational studies only"). Such words must not decide the review's own control, blinding or
randomisation, and several fact rules ask the same question, so it is answered here once.
"""
from __future__ import annotations

import re

from appraisal.facts.cues import WEAK, Hit
from appraisal.facts.text import LIMITATIONS
from .evidence import RANDOMIZED_ORDER, REVIEWS, _choose, _with_limitations

# "in most trials", "in one open trial": a review's words about some of its included studies
_SUBSET_OF_STUDIES = re.compile(
    r"\b(?:in|of)\s+(?:most|some|many|several|a\s+few|few|one|two|three|four|five|six|seven|eight|nine|ten|\d+|the\s+remaining|other|"
    r"all\s+but\s+one|a\s+minority\s+of|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:[\w-]+\s+)?(?:trials|studies|trial|study)\b|\bin\s+a\s+few\b|\bin\s+(?:most|some|others)\b|"
    # "Only three were randomised trials; eight were open-label studies", "Most included studies were open-label":
    # a count of the included studies as the subject of its own clause (not "all 12 were randomised trials")
    r"(?i:(?<!\ball\s)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|the\s+remaining|the\s+rest|the\s+others|others)"
    r"\s+(?:was|were)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:trials?|studies|study|rcts?)\b|"
    r"\b(?:most|some|many|several|a\s+few)\s+(?:of\s+the\s+)?(?:(?:included|pooled|eligible)\s+)?(?:trials|studies|rcts)\s+(?:was|were)\b)")
# "pulled together the results of 19 earlier trials": the count is every study the review pooled, not some
# ("Meta-analysis of 11 randomised trials comparing ...": the review's own count of what it pooled)
_POOLED_ALL = re.compile(r"\b(?:results|data|findings|outcomes|pooled|pooling|combined|combining|together|"
                         r"meta[- ]?analy[sz](?:is|es)|systematic\s+reviews?)\s+$", re.I)
# "of mixed design (randomised trials and uncontrolled studies)", "mostly observational cohorts with a
# few randomised trials": a review whose included studies are not all randomised or all controlled
_MIXED_DESIGNS = re.compile(
    r"\b(?:mixed\s+(?:study\s+)?designs?|of\s+mixed\s+design|(?:mostly|mainly|largely|predominantly)\s+"
    r"(?:observational|non-?randomi[sz]ed|uncontrolled|cohorts?)|uncontrolled|non-?randomi[sz]ed|observational)\b", re.I)
# "Observational studies only", "pooled from 57 prospective studies", "meta-analysis of cohort studies": a
# review whose included studies are all observational (the same sentence naming no trial or experiment)
_OBSERVATIONAL_ONLY = re.compile(
    r"\b(?:observational\s+(?:studies|data|evidence|research)\s+only|only\s+observational|"
    r"(?:entirely|exclusively|purely|wholly|all)\s+observational|"
    # "The included studies were observational and used varying lab methods": said of the included studies as a whole
    r"(?:included|pooled|eligible|underlying)\s+studies\s+(?:were|are)\s+(?:all\s+)?observational|"
    r"(?:of|from)\s+(?:\d[\d,]*\s+)?(?:(?:prospective|retrospective|population-based|observational)\s+)*"
    r"(?:cohort|observational|prospective|case-control)\s+(?:studies|cohorts)|"
    # "30 cohort studies reporting cancer mortality per unit of PM2.5 ... were included": the included studies counted,
    # all of one kind (a decimal point may stand between, the text is one sentence already)
    r"\d[\d,]*\s+(?:(?:prospective|retrospective|population-based|observational)\s+)*"
    r"(?:cohort|observational|prospective|case-control)\s+studies\s+(?:[^;]{0,160}?\s)?(?:were|was)\s+included)\b", re.I)
_INTERVENTIONAL = re.compile(r"\b(?:trials?|rcts?|experiment\w*|interventional|randomi[sz]\w*)\b", re.I)
# "the included studies were observational surveys and cohorts rather than trials": trials named only as what the
# included studies were not
_TRIALS_DENIED = re.compile(r"\b(?:rather\s+than|instead\s+of|not)\s+(?:randomi[sz]ed\s+|controlled\s+|clinical\s+)*"
                            r"(?:trials|rcts|experiments)\b", re.I)
# "Mixed populations and study designs", "included studies of mixed design": said of a review,
# its included studies are not all randomised, controlled or blinded alike
# "The clinical studies ranged from randomised placebo-controlled trials to open-label pilots": the same, as a span
_NOT_RANDOMISED_KIND = r"(?:open[- ]label|observational|uncontrolled|non-?randomi[sz]ed|single[- ]arm|case|cohort|pilot)"
_MIXED_STUDY_DESIGNS = re.compile(
    r"\bmixed\s+(?:[\w-]+\s+(?:and|or)\s+)?(?:study\s+)?designs?\b|\bof\s+mixed\s+(?:study\s+)?design|"
    # "A mix of study designs; most included studies weren't randomised", "Both randomised trials and observational
    # studies were admitted": the mixing said as a noun, or both kinds named after "both"
    r"\bmix(?:ture)?\s+of\s+(?:study\s+)?designs\b|"
    r"\bboth\s+randomi[sz]ed\s+(?:[\w-]+\s+)?(?:and|or)\s+(?:[\w-]+\s+)?" + _NOT_RANDOMISED_KIND + r"|"
    r"\bboth\s+" + _NOT_RANDOMISED_KIND + r"\s+(?:[\w-]+\s+)?(?:and|or)\s+(?:[\w-]+\s+)?randomi[sz]ed\b|"
    r"\branged\s+from\s+(?:[\w-]+\s+){0,2}?randomi[sz]ed\b[^.;]{0,80}?\bto\s+(?:[\w-]+\s+){0,3}?" + _NOT_RANDOMISED_KIND + r"|"
    r"\branged\s+from\s+(?:[\w-]+\s+){0,3}?" + _NOT_RANDOMISED_KIND + r"\b[^.;]{0,80}?\bto\s+(?:[\w-]+\s+){0,2}?randomi[sz]ed\b|"
    # "their underlying studies mixed randomised trials, observational designs and before-and-after evaluations", "a mix
    # of observational studies and randomised trials": both kinds named after the word for mixing
    r"\b(?:mixed|mixing|mix(?:ture)?\s+of)\s+(?:[\w-]+\s+){0,2}?randomi[sz]ed\b[^.;]{0,80}?\b" + _NOT_RANDOMISED_KIND + r"|"
    r"\b(?:mixed|mixing|mix(?:ture)?\s+of)\s+(?:[\w-]+\s+){0,2}?" + _NOT_RANDOMISED_KIND + r"\b[^.;]{0,80}?\brandomi[sz]ed\b|"
    # "47 independent studies were included, mostly cohort and case-control studies with a few trials": studies of one
    # kind and some trials besides ("with a few exceptions" names no second kind)
    r"\b(?:mostly|mainly|largely|predominantly)\s+(?:[\w-]+\s+){0,2}?" + _NOT_RANDOMISED_KIND + r"\b[^.;]{0,60}?"
    r"\b(?:with|plus|and)\s+(?:a\s+few|a\s+handful\s+of|some|several|a\s+small\s+number\s+of|one|two|three|four|five|\d+)\s+"
    r"(?:[\w-]+\s+)?(?:trials|rcts)\b|"
    # "Most included studies were case series and cohorts; few were randomised": most of one kind, a few randomised
    r"\b(?:most|many)\s+(?:of\s+the\s+)?(?:included\s+|pooled\s+)?(?:studies|trials)\s+(?:were|was)\s+(?:[\w-]+\s+){0,2}?"
    + _NOT_RANDOMISED_KIND + r"\b[^.]{0,80}?\b(?:a\s+)?few\s+(?:(?:of\s+them|studies|trials)\s+)?(?:were|was)\s+randomi[sz]ed\b",
    re.I)
# "only one human study", "the single clinical trial": one included study, in a review
_ONE_STUDY = re.compile(r"\b(?:only\s+one|one|a\s+single|the\s+single|the\s+only|the\s+one)\s+(?:[\w-]+\s+){0,2}?(?:study|trial)\b", re.I)


def _some_studies(sentence: str) -> bool:
    """"in most trials", "in one open trial": words about some of a review's studies; "the results of 19
    earlier trials" counts all it pooled."""
    return any(not _POOLED_ALL.search(sentence, max(0, m.start() - 40), m.start())
               for m in _SUBSET_OF_STUDIES.finditer(sentence))


class ReviewRules:
    """Questions about a review's included studies, asked by the blinding, control and consistency rules."""

    def _about_some_studies(self, hit: Hit | None) -> bool:
        """In a review, "placebo in most trials and no aspirin in one open trial" or "of mixed design
        (randomised placebo-controlled trials and uncontrolled studies)" describes some included
        trials, not all: the review's control or blinding stays unknown."""
        if hit is None or self.values.get("design") not in REVIEWS:
            return False
        sentence = self.doc.sentence(hit.sentence)
        return bool(_MIXED_DESIGNS.search(sentence) or _some_studies(sentence))

    def _mixed_review(self) -> str | None:
        """The sentence (Methods to Limitations) saying a review's included studies are of mixed
        design, if it says so."""
        if self.values.get("design") not in ("meta-analysis", "systematic-review"):
            return None
        for si in range(len(self.doc.starts)):
            if self.doc.segment_of(self.doc.starts[si]).rank > LIMITATIONS:
                break
            if _MIXED_STUDY_DESIGNS.search(self.doc.sentence(si)):
                return self.quotes.sentence(si)
        return None

    def _review_allocation(self):
        """"The review found only one human study, which was small and uncontrolled": in a review, a
        loose word about one or some included studies says nothing of the evidence as a whole."""
        if self.values.get("design") not in ("meta-analysis", "systematic-review") or "randomized" not in self.values:
            return
        hs = self.hits("randomized", RANDOMIZED_ORDER)
        kept = [h for h in hs if not (h.strength == WEAK and (
            _ONE_STUDY.search(self.doc.sentence(h.sentence)) or _SUBSET_OF_STUDIES.search(self.doc.sentence(h.sentence))))]
        if len(kept) == len(hs):
            return
        self.values.pop("randomized"), self.evidence.pop("randomized")
        self.set_hit("randomized", _with_limitations(kept, _choose(kept, RANDOMIZED_ORDER), RANDOMIZED_ORDER))

    def _observational_review(self):
        """"Observational studies only" (Methods to Limitations): a review that pools only cohorts or other
        observational studies is not randomised evidence, though it names no randomisation at all."""
        if self.values.get("design") not in ("meta-analysis", "systematic-review") or "randomized" in self.values:
            return
        low = self.doc.low
        if "observational" not in low and "prospective" not in low and "cohort" not in low:
            return
        for si in range(len(self.doc.starts)):
            if self.doc.segment_of(self.doc.starts[si]).rank > LIMITATIONS:
                continue
            sentence = self.doc.sentence(si)
            if _OBSERVATIONAL_ONLY.search(sentence) and not _INTERVENTIONAL.search(_TRIALS_DENIED.sub(" ", sentence)):
                self.set("randomized", False, self.quotes.sentence(si))
                return
