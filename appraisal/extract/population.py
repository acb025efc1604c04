"""Who was studied: species (human, animal, in-vitro; a review of mixed evidence has none) and
population heterogeneity (heterogeneous people, not heterogeneous doses, outcomes or trials). Both read
the same sentences about people, and neither depends on the comparison.
"""
from __future__ import annotations

import re
from dataclasses import replace

from appraisal.facts.text import BACKGROUND, LIMITATIONS, METHODS
from .evidence import REVIEWS, _NEGATOR, _PEOPLE, _choose

_HET_LOW_BEFORE = re.compile(
    r"\b(?:low|minimal|little|negligible|no\s+(?:significant\s+)?|non-?significant|insignificant|mild|"
    r"limited|small|moderate-to-low)\s+(?:statistical\s+|between-study\s+)?$", re.I)
_HET_HIGH_BEFORE = re.compile(
    r"\b(?:substantial|considerable|high|significant|moderate|marked|large|important|notable|"
    r"great|clinical|some|marked|wide|between-study|population|patient)\s+(?:statistical\s+)?$", re.I)
_HET_AFTER_LOW = re.compile(r"^\s*(?:was|were|is|remained)\s+(?:low|minimal|negligible|absent|not\s+significant|small)", re.I)
_HET_AFTER_HIGH = re.compile(r"^\s*(?:was|were|is|remained)\s+(?:high|substantial|considerable|significant|moderate|marked|large)", re.I)
_HET_STATISTICAL = re.compile(
    r"\b(?:between[- ](?:trials?|stud(?:y|ies))|statistical(?:ly)?|among\s+(?:the\s+)?(?:trials|studies)|"
    r"across\s+(?:the\s+)?(?:trials|studies)|cochran|i2|i²|q\s+test|tau)\b", re.I)
_HET_POPULATION = re.compile(
    r"\s+(?:in|of|among|across|between)\s+(?:the\s+)?(?:included\s+|study\s+)?(?:populations?|participants|patients|"
    r"people|subjects|ages?|diseases?|conditions|settings?|doses|dosing|diagnos\w+)", re.I)
# what besides people can be heterogeneous: doses, regimens, interventions, measures, designs
_THINGS = (r"(?:dos(?:es|ing)|doses?|dosages?|regimens?|schedules?|interventions?|treatments?|therap(?:y|ies)|programmes?|programs?|"
           r"protocols?|products?|preparations?|formulations?|strains?|outcomes?|outcome\s+measures?|measures?|measurements?|"
           r"methods?|methodolog(?:y|ies)|definitions?|designs?|durations?|trials?|studies|assays?|instruments?|tools?|comparators?|"
           # "The 80 reviews were heterogeneous in scope, methods and quality": an umbrella review's included reviews
           r"reviews?|meta-analy[sz]es|"
           # "Heterogeneous responses: a subset improved while others declined": how people responded, not who they were
           r"responses?|effects?|results?|findings|benefits?|improvements?|trajector(?:y|ies)|"
           # "The overall pooled estimate was heterogeneous (I² around 80%)": the estimate, i.e. statistical heterogeneity
           r"estimates?)")
_HET_OF_THINGS_BEFORE = re.compile(r"\b" + _THINGS + r"[ \t]+(?:(?:was|were|is|are)[ \t]+(?:\w+[ \t]+)?|(?:and[ \t]+[\w-]+[ \t]+)?)$", re.I)
# ("Recipients differed widely across trials": transplant recipients are the people too)
_PEOPLE_FIRST = re.compile(r"(?:populations?|people|patients|participants|subjects|volunteers|residents|individuals|recipients|mothers)\b",
                           re.I)
# "heterogeneously defined", "heterogeneously measured": how something was done, not who was studied
_HET_HOW_DONE = re.compile(r"[ \t]+(?:defined|measured|reported|recorded|assessed|ascertained|classified|collected|coded|graded)\b", re.I)
# ("Mixed neurologic diagnoses and doses": a list after the cue's own noun adds things, the people stay mixed)
_HET_OF_THINGS_AFTER = re.compile(r"^[ \t]+(?!(?:and|or)\b)(?:[\w-]+[ \t]+){0,1}" + _THINGS + r"\b", re.I)
# "Participants differed widely across trials": where the people differed, not what differed
_ACROSS_STUDIES = re.compile(r"^[ \t]+(?:across|between|among)[ \t]+(?:the[ \t]+)?(?:included[ \t]+)?(?:trials|studies)\b", re.I)
_HET_METHOD = re.compile(
    r"(?:\b(?:assess\w*|test\w*\s+for|evaluat\w*|explor\w*|sources?\s+of|investigat\w*|quantif\w*|"
    r"examin\w*|account\s+for|for)\s+(?:\w+\s+)?$)|"
    r"^\s*(?:was|were)\s+(?:assessed|evaluated|quantified|tested|explored|examined|investigated)|^\s*(?:using|with\s+the)\b",
    re.I)
# "...; in vitro-only studies and human reports were excluded": the clause that names what a review left out
_CLAUSE_SPLIT = re.compile(r"[;:]")
_EXCLUSION = re.compile(r"\bexclu(?:ded|ding|sion)\b", re.I)
_MOSTLY = re.compile(r"\b(?:mostly|mainly|largely|predominantly|primarily|chiefly|almost\s+(?:entirely|exclusively|all))\b", re.I)
# "results may not apply to more diverse populations", "may not generalise to other, more varied groups": people the
# results are carried over to, not the people studied
_CARRIED_TO_BEFORE = re.compile(
    r"\b(?:apply|applicable|generali[sz]e|generali[sz]able|generali[sz]ed|extend|extrapolate|extrapolated|transfer|transferable)\s+"
    r"to\s+(?:(?:more|other|less|a|an|the|wider|broader|larger|and|or)[\s,]+)*$", re.I)
# "a review of laboratory, animal and early clinical work": evidence of more than one kind
_EVIDENCE_KINDS = (
    ("human", re.compile(r"\b(?:clinical|humans?|patients?|participants|people|persons|volunteers)\b", re.I)),
    # ("the proportion of patients receiving red cell transfusion", "sickle cell disease": blood cells given to or
    # carried by patients, not cells in a dish)
    ("in-vitro", re.compile(r"\b(?:laboratory|in\s+vitro|(?<!\bred\s)(?<!\bwhite\s)(?<!\bblood\s)(?<!\bsickle\s)cells?"
                            r"(?!\s+(?:transfusions?|counts?|disease|anaemia|anemia|trait)\b)|cultures?|pharmacology|mechanisms?)\b", re.I)),
    # "across model organisms and humans", "from yeast, worms, flies and mice": non-human organisms
    ("animal", re.compile(r"\b(?:animals?|rodents?|preclinical|rats?|mice|mouse|murine|model\s+organisms?|invertebrates|yeast|worms|"
                          r"(?:fruit\s+)?flies|nematodes?|drosophila|zebrafish|primates|monkeys?)\b", re.I)),
)


class PopulationRules:
    """The `species` and `heterogeneity` facts."""

    def species(self):
        hs = self.hits("species")
        for tier_ranks in (lambda r: r < BACKGROUND, lambda r: r >= BACKGROUND):
            tier = [h for h in hs if tier_ranks(h.rank)]
            if not tier:
                continue
            if tier[0].rank >= BACKGROUND and self._header_counts_people():
                break  # "C-cell tumours in rodents" in Background is earlier work; the header counts people
            best = min(h.rank for h in tier)
            top = [h for h in tier if h.rank == best]
            tally = {v: sum(1 for h in top if h.value == v) for v in ("animal", "in-vitro", "human")}
            if self.values.get("design") in REVIEWS and any(
                    len(self._evidence_kinds(si)) > 1 for si in {h.sentence for h in top}):
                return  # "laboratory, animal and early clinical work": a review of mixed evidence
            if self.values.get("design") == "narrative-review" and any(
                    len(self._evidence_kinds(si)) > 1 and not _NEGATOR.search(self.doc.sentence(si))
                    for si in {h.sentence for h in tier if h.rank <= LIMITATIONS}):
                # a narrative review's "Heavy reliance on animal and cell studies": it spans kinds of
                # evidence ("Animal studies ... but no human trials" names one kind)
                return

            value = max(("animal", "in-vitro", "human"), key=lambda v: tally[v])  # ties: listed order
            if value != "human" and tally["human"] == tally[value] and self._header_names_people():
                # "Adults with fatty liver were allocated ... The same paper reports a rat experiment": as many
                # words for people as for animals, and the header counts "184 patients": people were studied
                value = "human"
            self.set_hit("species", min((h for h in top if h.value == value), key=lambda h: h.pos))
            return
        if self._header_counts_people():
            # no word about who was studied outside Background: the site's header counts people
            self.set("species", "human", self.header)

    def _header_names_people(self) -> bool:
        """The header's count is of people by name ("184 patients", "50 women"), not "participants" alone."""
        if not (self.study.header_participants and self.header):
            return False
        slot = re.search(r"/\s*\d[\d,]*\s+([^/]{1,40})/", self.header)
        return slot is not None and _PEOPLE.search(slot.group(1)) is not None and "participant" not in slot.group(1).lower()

    def _header_counts_people(self) -> bool:
        # ("1 participant": one person, counted in the singular)
        return bool(self.study.header_participants and self.header and "participant" in self.header)

    def _evidence_kinds(self, si: int) -> set[str]:
        """Kinds of evidence (human, in-vitro, animal) one sentence names."""
        # "in vitro-only studies and human reports were excluded": kinds a review left out are not its evidence
        sentence = " ".join(part for part in _CLAUSE_SPLIT.split(self.doc.sentence(si)) if not _EXCLUSION.search(part))
        found = {kind: m.start() for kind, words in _EVIDENCE_KINDS for m in [words.search(sentence)] if m}
        mostly = _MOSTLY.search(sentence)
        if mostly and found and mostly.start() < min(found.values()):
            # "mostly from rat injury models and a few cell cultures": one kind dominates the whole list;
            # "35 preclinical studies, predominantly in rats, and one clinical study" only says which animal
            return set()
        return set(found)

    def heterogeneity(self):
        hs = []
        text = self.doc.text
        lab = self.values.get("species") in ("animal", "in-vitro")
        for h in self.hits("heterogeneity"):
            before = text[max(0, h.pos - 40):h.pos]
            after = text[h.pos + len(h.cue):h.pos + len(h.cue) + 40]
            value = h.value
            noun = h.cue.lower().startswith(("heterogeneity", "homogeneity"))
            if _HET_LOW_BEFORE.search(before) or _HET_AFTER_LOW.search(after):
                value = "homogeneous" if not h.negated else value
            elif _HET_HIGH_BEFORE.search(before) or _HET_AFTER_HIGH.search(after):
                value = "heterogeneous" if h.cue.lower().startswith("hetero") and not h.negated else value
            own = text[max(self.doc.starts[h.sentence], h.pos - 40):h.pos]  # the words before it in its sentence
            # names the people itself (also "mixed healthy adults with people ...", after "The trials")
            pooled = h.cue.lower().startswith(("pooled", "lumped", "combined")) or \
                h.cue.lower().startswith("mixed") and " with " in h.cue
            # "The trial populations differed widely": the cue opens with the people, so a word before it
            # ("trial", "study") says whose people they were, not that things differed
            people = _PEOPLE_FIRST.match(h.cue) is not None
            # "The trial was restricted to women aged 20-37": a cue that names who was let in says whose entry
            # was narrowed, so the trial or sample before it is not a thing that varied
            admitted = h.cue.lower().startswith(("restricted", "confined"))
            if not noun and not pooled and ((not people and not admitted and _HET_OF_THINGS_BEFORE.search(own))
                                            or _HET_OF_THINGS_AFTER.match(after) and not (people and _ACROSS_STUDIES.match(after))
                                            or h.cue.lower().endswith("ly") and _HET_HOW_DONE.match(after)):
                # "Dosing regimens were heterogeneous", "heterogeneous outcome measures", "end points were
                # heterogeneously recorded": not who was studied
                continue
            if _CARRIED_TO_BEFORE.search(own):
                continue  # "results may not apply to more diverse populations": other people than those studied
            if lab and _PEOPLE.search(own.rsplit(";", 1)[-1]):
                continue  # "human glaucoma is heterogeneous" in a mouse study: people in general, not its animals
            if noun and _HET_STATISTICAL.search(self.doc.sentence(h.sentence)):
                continue  # statistical heterogeneity between trials goes to i2, not here
            if noun and self.values.get("design") in REVIEWS and not _HET_POPULATION.match(after):
                continue  # in a review "heterogeneity" alone means between studies
            if value == h.value and noun and not h.negated and (
                    _HET_METHOD.search(before) or _HET_METHOD.search(after) or h.rank == METHODS):
                continue  # "heterogeneity was assessed with I²": a method, not a finding
            hs.append(replace(h, value=value))
        self.set_hit("heterogeneity", _choose(hs, None))
