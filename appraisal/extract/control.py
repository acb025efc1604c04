"""The control fact: weighs the control cues against the design (no placebo in an observational study,
historical controls over standard care given to both, a review's mixed comparators) and falls back on the
arm, placebo and untreated readings of the modules below it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from appraisal.facts.cues import GENERIC_CONTROL, MIXED_CONTROL, Hit
from appraisal.facts.text import BACKGROUND, LIMITATIONS
from .evidence import CONTROL_ORDER, OBSERVATIONAL, REVIEWS, _SAID_FIRST, _choose, _with_limitations
from .reviews import _some_studies

# "placebo or no intervention", "placebo-controlled and head-to-head trials", "comparators were placebo
# or NSAIDs": a review pooling comparisons against different kinds of comparator
_TWO_COMPARATORS = re.compile(
    # ("sham injection or no intervention": the sham named with what was shammed; "to placebo or a no-nicotine-replacement
    # control": the untreated comparator named with a hyphen)
    r"\b(?:placebo|sham)(?:[- ]controlled)?(?:\s+(?:injections?|procedures?|surgery|operations?|acupuncture|stimulation|"
    r"treatments?|devices?|tablets?|capsules?|pills?))?\s+(?:or|and|and/or)\s+(?:with\s+)?(?:(?:an?\s+)?no[\s-]|usual\s+|standard\s+|conventional\s+|active|head[- ]to[- ]head|(?:an)?other\s+|(?:an?\s+)?alternative\s+|"
    # "compared with placebo or with a comparator such as oestrogen": the other trials' comparator a treatment, named as one
    r"(?:an?\s+)?comparator\s+(?:such\s+as|like|e\.g\.|including|drugs?|treatments?)\b)|"
    # "with placebo, an alternative prophylaxis or no treatment": a list whose last comparator is another kind
    r"\b(?:placebo|sham),\s+(?:[\w-]+\s+){1,4}?(?:or|and|and/or)\s+(?:no\s+|usual\s+|standard\s+|conventional\s+|active\s+|(?:an)?other\s+)|"
    # "against placebo or exercise alone": the other comparator is a co-treatment given by itself
    r"\b(?:placebo|sham)\s+or\s+(?:[\w-]+\s+){1,2}?(?:alone|only)\b|"
    r"\b(?:no\s+(?:treatment|intervention|therapy)|usual\s+care|active\s+(?:comparators?|controls?))\s+(?:or|and|and/or)\s+placebo|"
    # "compared with standard care alone or with a sham chamber session": the untreated comparator first, the sham after
    r"\b(?:usual|standard)\s+(?:[\w-]+\s+)?care\s+(?:alone\s+|only\s+)?(?:or|and/or)\s+(?:with\s+|to\s+)?(?:an?\s+|the\s+)?(?:placebo|sham)\b|"
    # "a comparison condition (no supplement or a non-protein placebo)", "no exercise or a sham programme"
    r"\bno\s+[\w-]+\s+(?:or|and|and/or)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:placebo|sham)|"
    # "comparing the gel with a gel without the drug, with no treatment, or with another agent": each comparator
    # of the list led by its own "with" (three kinds at least)
    r"\bwith\s+[^.;:()]{2,60}?,\s+with\s+[^.;:()]{2,60}?,?\s+(?:or|and|and/or)\s+with\s|"
    # "comparators were placebo or NSAIDs": a list of comparators in a review
    r"\bcomparators\s+(?:were|included|being|:)\s+[^.;:()]{1,40}?\s(?:or|and|and/or)\s|"
    # "Control groups received parenteral nutrition without glutamine, isonitrogenous amino acids or saline": the
    # trials' control groups (plural) got one of three or more things
    r"\bcontrol\s+(?:groups|arms)\s+(?:received|were\s+given|got)\s+[^.;:()]{2,60}?,\s+[^.;:()]{2,60}?,?\s+(?:or|and/or)\s|"
    # "trials comparing the drugs with each other, with laser or with sham": head-to-head and sham comparisons pooled
    r"\b(?:with|against)\s+(?:each\s+other|one\s+another)\b[^.;:()]{0,60}?\b(?:placebo|sham)\b|"
    r"\b(?:placebo|sham)\b[^.;:()]{0,60}?\b(?:with|against)\s+(?:each\s+other|one\s+another)\b", re.I)
# "stayed on their normal diet", "kept their usual food": a usual-care cue that is about what was eaten
_ON_FOOD = re.compile(r"\b(?:diet|diets|food|chow|feed|meals|intake|eating)\b", re.I)
# "No pair-fed control group": the one word between the denial and the control names its kind
_KIND_DENIED = re.compile(r"\b(?:no|without(?:\s+an?)?|lack\s+of\s+an?|absence\s+of\s+an?)\s+([\w-]+)\s+$", re.I)
# kinds whose absence leaves no control at all ("no randomised control", "no separate control group")
_ANY_KIND = re.compile(r"(?:randomi[sz]ed|concurrent|contemporaneous|contemporary|parallel|separate|proper|true|real|formal|"
                       r"adequate|independent|dedicated|comparable|appropriate|external|internal|such|other)$", re.I)
# "X in addition to standard treatment", "on top of usual care": care both groups had, not the comparator
_ADD_ON_BEFORE = re.compile(
    # ("using complementary medicine alongside at least one conventional treatment": care the users had as well)
    r"\b(?:in\s+addition\s+to|on\s+top\s+of|added\s+to|adding\s+to|alongside|plus|as\s+an?\s+add[- ]on\s+to)\s+"
    r"(?:the\s+|their\s+|all\s+|at\s+least\s+one\s+|any\s+)?(?:[\w-]+\s+)?$", re.I)
# "Pooling large placebo-controlled trials", "included 12 placebo-controlled RCTs": what every pooled trial was
_POOLED_PLACEBO = re.compile(
    r"\b(?:pool(?:ed|ing)|combin(?:ed|ing)|includ(?:ed|ing)|synthesi[sz](?:ed|ing))\s+(?:the\s+|all\s+)?(?:\d[\d,]*\s+|[\w-]+\s+){0,2}?"
    r"(?:placebo|sham)[- ]controlled\s+(?:[\w-]+\s+){0,2}?(?:trials|studies|rcts)\b", re.I)
# "non-inferiority randomised clinical trial": the hypothesis tested, which says an active comparator only when the
# comparator is not named ("Control: usual care, with the treating physician deciding ...")
_HYPOTHESIS = re.compile(r"non[- ]?inferiority", re.I)
# "treated in routine care", "as part of usual care": the setting a cohort was treated in
_SETTING_BEFORE = re.compile(r"\b(?:in|during|under|within|as\s+part\s+of)\s+(?:the\s+|their\s+)?$", re.I)
# "versus treatment without PPI co-therapy": what the comparison went without
_WITHOUT_WORD = re.compile(r"\bwithout\s+(?:the\s+|added\s+)?([\w-]+)", re.I)


class ControlRules:
    """The `control` fact."""

    def control(self):
        if self.values.get("design") in REVIEWS and any(
                h.rank < BACKGROUND for h in self.hits("control", (MIXED_CONTROL,))):
            return  # "Mixed comparators": the included studies compared against different things
        hs = self.hits("control", CONTROL_ORDER)
        design = self.values.get("design")
        if design in OBSERVATIONAL:
            # nobody is given a placebo in an observational study ("a later randomized trial found the gel
            # non-inferior to placebo" is another study), and a survey or case-control study compares no
            # care: "as part of routine care" or "standard care" there is a setting, not a comparator
            dropped = ("placebo",) if design == "cohort" else ("placebo", "usual-care", "active")
            if design in ("cross-sectional", "case-control"):
                # "Compared with historical data from men at a 1940s clinic": a survey's figures set beside past ones,
                # not a comparison group the study treated or followed (LABELLING: no intervention, unknown); "no
                # intervention or comparison group was involved" makes a survey no single-arm study either (unknown, not none)
                dropped += ("historical", "none")
            if design == "case-control":
                # its controls are people without the outcome: "current testosterone use was compared with
                # no use" sets exposures side by side, not an untreated group against a treated one
                dropped += ("no-treatment",)
            hs = [h for h in hs if h.value not in dropped]
            if design == "cohort":
                # "veterans who began interferon in routine care": where the cohort was treated, not a
                # comparison group
                hs = [self._with_versus_without(h) for h in hs if h.value != "usual-care"
                      or not _SETTING_BEFORE.search(self.doc.text, max(0, h.pos - 25), h.pos)]
        hs = self._without_extra_kind_denied(hs)
        if any(h.value == "none" and h.rank == LIMITATIONS for h in hs):
            # "durability was assessed only in an uncontrolled 5-year extension of the treated arm": the phase after
            # the trial had no control, the trial had one
            hs = [h for h in hs if h.value != "none" or h.rank != LIMITATIONS or not self._later_phase(h)]
        chosen = _with_limitations(hs, _choose(hs, CONTROL_ORDER), CONTROL_ORDER)
        if chosen is not None and chosen.value == "active":
            chosen = self._named_over_hypothesis(hs, chosen)
        if chosen is not None and chosen.value == "none" and chosen.negated:
            # "No randomized control group (contemporaneous standard-care patients)": the sentence
            # that denies a randomised control names the comparator the study did have
            named = [h for h in hs if h.sentence == chosen.sentence and not h.negated
                     and h.value not in ("none", "historical")]
            if named:
                chosen = min(named, key=lambda h: (CONTROL_ORDER.index(h.value), h.pos))
        if chosen is not None and chosen.value == "none":
            historical = [h for h in hs if h.value == "historical" and h.rank < BACKGROUND]
            if historical:
                chosen = min(historical, key=_SAID_FIRST)
        if chosen is not None and chosen.value == "usual-care":
            # "colchicine plus standard of care" with a "Historical comparison group": standard care
            # is what both groups had; the comparator is defined by when it was treated
            past = [h for h in hs if h.value == "historical" and h.rank < BACKGROUND and not h.negated]
            if past:
                chosen = min(past, key=_SAID_FIRST)
        if chosen is not None and chosen.value == "usual-care" and self.values.get("design") == "cohort":
            # care a cohort's users had as well is no comparator: the non-users are, named beside it in the same section
            # or as the arm that went without ("36 received Tα1 in addition to standard treatment; 40 did not receive
            # Tα1" - standard care is what everyone had, the comparison is without the drug)
            chosen = self._non_users_over_shared_care(hs, chosen)
            if chosen.value == "usual-care" and all(self._added_on(h) for h in hs
                                                    if h.value == "usual-care" and h.rank < BACKGROUND) \
                    and self._untreated_arm():
                return
        if chosen is not None and chosen.value == "usual-care" and self.values.get("species") == "animal" \
                and _ON_FOOD.search(chosen.cue):
            # "the comparison mice stayed on their normal diet": laboratory animals keep no care of their
            # own, so a group left on its ordinary food is an untreated control, as a "control diet" is
            chosen = replace(chosen, value="no-treatment")
        if chosen is not None and chosen.value == "no-treatment":
            # "a natural history cohort of 42 untreated patients": the untreated are the historical controls
            same = [h for h in hs if h.value == "historical" and h.sentence == chosen.sentence]
            if same:
                chosen = same[0]
        if chosen is not None and chosen.value == "historical" and self.values.get("design") == "rct" \
                and self._active_arm():
            # "randomly divided into two groups. 29 received thymosin ...; 33 received interferon ... Results were also
            # set against 30 untreated patients from an earlier period": a randomised trial's comparator is its other
            # randomised arm; past patients are an extra reference, not what was randomised against
            return
        if chosen is not None and chosen.value == "placebo":
            # "No placebo arm" in Limitations outranks a passing mention of placebo elsewhere, unless
            # the study names its placebo more often than it denies one ("placebo without exercise,
            # testosterone without exercise, placebo plus exercise")
            said = sum(1 for h in hs if h.value == "placebo" and h.rank < BACKGROUND)
            denied = sum(1 for h in self.hits("control") if h.value == "not-placebo" and h.rank < BACKGROUND)
            if denied and said <= denied:
                # "No placebo-only arm; all comparisons are between active regimens": the denial leaves the
                # active comparator the study names (its placebos only masked the drugs)
                active = [h for h in hs if h.value == "active" and h.rank < BACKGROUND and not h.negated]
                chosen = min(active, key=_SAID_FIRST) if active else None
        if chosen is not None and chosen.value == "placebo" and self._double_dummy() and not self._placebo_arm(hs):
            # "double-blind, double-dummy": each arm takes a dummy of the other arm's drug, so its placebos
            # mask two treatments; with no placebo arm named, the comparator is the other treatment
            active = [h for h in hs if h.value == "active" and h.rank < BACKGROUND and not h.negated]
            if active:
                chosen = min(active, key=_SAID_FIRST)
            elif self._active_arm() or self._dummy_comparator():
                return
        if chosen is not None and chosen.value == "placebo" and self._placebo_under_test():
            return
        if chosen is not None and chosen.value == "placebo" and not self._placebo_arm(hs):
            declared = self._declared_active(hs, chosen)
            if declared is not None:
                chosen = declared
        if chosen is None and self.values.get("species") in ("animal", "in-vitro"):
            # laboratory work: a concurrent "control group" is an untreated one unless said otherwise (a
            # preparation without the agent, "caffeine-free Ringer's served as controls", is a vehicle)
            if self._free_preparation():
                return
            generic = [h for h in self.hits("control", (GENERIC_CONTROL,)) if h.rank < BACKGROUND]
            if generic:
                self.set_hit("control", min(generic, key=_SAID_FIRST), "no-treatment")
                return
        if self._about_some_studies(chosen):
            return
        if chosen is not None and self.values.get("design") in REVIEWS and any(
                _TWO_COMPARATORS.search(self.doc.sentence(h.sentence)) for h in hs if h.rank == chosen.rank
                and h.value == chosen.value and not h.negated):
            # included trials compared against different kinds of comparator (said in any sentence of the section
            # that decides, not only the first to name the comparator: "Trials compared drugs with a placebo or
            # directly with each other"), unless the review says every trial it pooled had a placebo arm (the
            # other comparisons were extra arms of the same trials)
            self.set_hit("control", self._all_placebo_controlled(hs))
            return
        if self.values.get("design") == "case-report" and (chosen is None or chosen.value != "none"):
            # one patient: reference values are not a control group, and "her mother had received no
            # antenatal treatment" or the patient's own earlier care is history, not a comparator
            self.set("control", "none", self.evidence.get("design"))
            return
        if chosen is None and self._alone_or_add_on():
            return
        if chosen is None and self._active_arm():
            return
        if chosen is None and self._untreated_arm():
            return
        if chosen is None and self._unexposed_comparison():
            return
        self.set_hit("control", chosen)

    def _added_on(self, h: Hit) -> bool:
        """"X in addition to standard treatment", "on top of usual care": the care cue `h` is what every group had."""
        return bool(_ADD_ON_BEFORE.search(self.doc.text, max(0, h.pos - 40), h.pos))

    def _named_over_hypothesis(self, hs: list[Hit], chosen: Hit) -> Hit:
        """"Multicentre, non-inferiority, randomised clinical trial ... Control: usual care": a non-inferiority trial
        may test a strategy against usual care, so when "non-inferiority" is the only active word of the deciding
        section and the same section names usual care as a comparator (not as care added to: "on top of usual
        care"), the named comparator decides."""
        if any(h.value == "active" and h.rank == chosen.rank and not _HYPOTHESIS.fullmatch(h.cue) for h in hs):
            return chosen
        usual = [h for h in hs if h.value == "usual-care" and h.rank == chosen.rank and not h.negated
                 and not self._added_on(h)]
        return min(usual, key=_SAID_FIRST) if usual else chosen

    def _non_users_over_shared_care(self, hs: list[Hit], chosen: Hit) -> Hit:
        """"258 people recorded as using complementary medicine alongside at least one conventional treatment were each
        matched with four people who did not use it": in a cohort, the conventional care the users had as well is not
        the comparator; the non-users named in the same section are (no-treatment). Only when every usual-care cue of
        that section is such an add-on."""
        same = [h for h in hs if h.rank == chosen.rank and not h.negated]
        untreated = [h for h in same if h.value == "no-treatment"]
        if not untreated or not all(self._added_on(h) for h in same if h.value == "usual-care"):
            return chosen
        return min(untreated, key=_SAID_FIRST)

    def _with_versus_without(self, h: Hit) -> Hit:
        """"anticoagulant treatment with PPI co-therapy versus treatment without PPI co-therapy" in a cohort: the
        background treatment is what everyone in the cohort had, the exposure is the "with" word, so those without it
        are non-users (no-treatment), not a usual-care arm a trial allocated."""
        if h.value != "usual-care" or h.negated:
            return h
        m = _WITHOUT_WORD.search(h.cue)
        if m is None:
            return h
        with_it = re.compile(rf"\bwith\s+(?:the\s+|added\s+)?{re.escape(m.group(1))}\b", re.I)
        if not with_it.search(self.doc.text, self.doc.starts[h.sentence], h.pos):
            return h
        return replace(h, value="no-treatment")

    def _without_extra_kind_denied(self, hs: list[Hit]) -> list[Hit]:
        """"No pair-fed control group" in Limitations, under Methods whose control animals "received saline":
        a missing control of one more kind (pair-fed, age-matched, healthy) is not a missing control, so the
        denial leaves the comparator Methods named. "No randomised (concurrent, separate) control group"
        still denies one."""
        denied = [h for h in hs if h.value == "none" and h.negated and h.rank == LIMITATIONS]
        if not denied or not any(h.rank < LIMITATIONS and not h.negated and h.value in CONTROL_ORDER[:4] for h in hs):
            return hs
        text = self.doc.text
        extra = set()
        for h in denied:
            m = _KIND_DENIED.search(text, max(self.doc.starts[h.sentence], h.pos - 40), h.pos)
            if m and not _ANY_KIND.match(m.group(1)):
                extra.add(id(h))
        return [h for h in hs if id(h) not in extra] if extra else hs

    def _all_placebo_controlled(self, hs: list) -> Hit | None:
        """"Pooling large placebo-controlled trials": a review's own words that the trials it pooled were
        placebo-controlled, said of all of them (not "most" or "some", and naming no other comparator)."""
        for h in hs:
            if h.value != "placebo" or h.rank >= BACKGROUND or h.negated or "controlled" not in h.cue.lower():
                continue
            sentence = self.doc.sentence(h.sentence)
            if _POOLED_PLACEBO.search(sentence) and not _TWO_COMPARATORS.search(sentence) and not _some_studies(sentence):
                return h
        return None
