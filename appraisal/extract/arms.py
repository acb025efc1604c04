"""Active comparators found in how a study names its arms: "randomized to semaglutide 1 mg or
dulaglutide 1.5 mg", "A Versus B" in a trial's title, listed regimens, a cohort's groups by the drug they
started. The biggest single reading of the control fact, kept apart from the rule that weighs it.
"""
from __future__ import annotations

import re

from appraisal.facts.text import TITLE

_SECOND_ARM = re.compile(
    r"\s(?:or|versus|vs\.?|compared\s+(?:with|to))\s+(?:to\s+)?(?:receive\s+)?(?:the\s+|a\s+|an\s+)?((?:[^.;:()]|\.(?=\d)){2,60})"
    r"|\bcomparing\s+[^.;:()]{1,60}?\s+(?:with|to|versus|vs\.?)\s+(?:the\s+|a\s+|an\s+)?([^.;:()]{2,60})")
# "standard-dose vitamin D3" is a dose of the studied treatment, not standard care
_NOT_ACTIVE = re.compile(r"\b(?:placebo|sham|saline|vehicle|usual|standard(?![- ]dos)|routine|no|without|control|untreated|non-?users?|unexposed|never|"
                         r"unsupplemented|unvaccinated|unimmuni[sz]ed|unmedicated|non-?supplemented|"
                         r"wait|waiting|nothing|observation|baseline|healthy|na[iï]ve)\b")
# (drug-name stems: "rosiglitazone (67,593) or pioglitazone (159,978)" names a drug without a dose; "comparing
# tacrolimus with ciclosporin": the immunosuppressants' stems, -limus and -sporin)
_DOSED = re.compile(r"\d(?:\.\d+)?\s*(?:(?:mg|g|mcg|µg|μg|iu|ml|units?|mmol)\b|%)|\b[a-z]+(?:tide|gliptin|mab|formin|statin|"
                    r"pril|sartan|olol|azole|cillin|mycin|floxacin|prazole|afil|dronate|parin|xaban|glitazone|gliflozin|"
                    r"limus|sporine?)\b")
_BOTH = re.compile(r"(?:both|the\s+two|the\s+combination|a\s+combination)\b")
# "assigned at random to be labelled "maze-bright" or "maze-dull"": two conditions named in quotes, side by side
_QUOTED_BEFORE = re.compile(r"[\"“][^\"“”]{1,40}[\"”]\s*$")
_QUOTE_OPEN = ('"', "“")
# "death rate ... (10.3% vs 20.7%)": a result just before "vs" makes the pair results, not arms
_RESULT_PAIR = re.compile(r"\d(?:[\d.,]*)\s*%\)?,?\s*$")
# "a control intervention of wellness education and stretching": an attention control is an active arm
_CONTROL_OF = re.compile(r"^control\s+(?:intervention|condition|program(?:me)?|treatment|session)s?\s+(?:of|consisting\s+of|with)\s+")
# "30 to psilocybin (...) and 29 to escitalopram": the group counts of two assigned arms
_SECOND_GROUP_TO = re.compile(r"\d[\d,]*\s+to\s+[^.;:()]{2,60}?(?:\([^()]{0,200}\)\s*)?,?\s+and\s+\d[\d,]*\s+to\s+([^.;:()]{2,60})")
# "oral medazepam (30 mg/day)": a bracket just after an arm's name that holds its dose
_ARM_DOSE = re.compile(r"\s*\(([^()]{1,60})\)")
_DUMMY_IN_ARM = re.compile(r"\b(?:with|plus|and)\s+(?:an?\s+|matching\s+)?placebo\s*[\w-]*")
_DIET = re.compile(r"\bdiet\b")
# "magnesium in weeks 1-6 and nothing in weeks 7-12, or the reverse": the same arms in the other order, not an arm
# ("or a reverse transcriptase inhibitor" is an arm)
_REVERSE_ORDER = re.compile(r"(?:(?:reverse|opposite)(?:\s+(?:order|sequence))?|vice\s+versa)\s*(?:[,)]|$)")
# "flavanol-free white chocolate", "caffeine-free coffee": a product without its active ingredient
_INGREDIENT_FREE = re.compile(r"\b([a-z]+)-free\s+([a-z]+(?:\s+[a-z]+)?)")
# "-free" words that name an outcome or a state, not a missing ingredient
_NOT_INGREDIENTS = frozenset(("event", "disease", "progression", "relapse", "recurrence", "symptom", "pain", "seizure",
                              "tumour", "tumor", "metastasis", "complication", "hospital", "dialysis", "ventilator",
                              "infection", "cancer", "drug", "treatment", "smoke", "smoking", "care", "cost",
                              "duty", "risk", "stress", "error"))
# "two diets for 6 weeks each: ...", "three doses: ...", "one of two strategies: ...": the regimens a trial
# allocated, listed after a colon; "two 5-week conditions in random order, separated by a washout: ...":
# eating or dosing schedules too; "one of three four-week camps: ...": training regimens
# ("randomised to a sequence of three treatments, each given for 14 weeks, ...:" and the treatments as bullet lines: a
# crossover's regimens)
# ("Three arms: vancomycin ... then donor feces; vancomycin ... × 14 days; or the same vancomycin course with lavage": a
# trial's arms by that name, allocated by being arms)
# ("randomised to one of four opioids: oral morphine, oral oxycodone, transdermal fentanyl or transdermal buprenorphine":
# the drugs listed under the name of their class)
_LISTED_ARMS = re.compile(r"\b(?:two|three|four)\s+(?:[\w-]+\s+)?(?:diets|regimens|doses|formulations|preparations|drugs|"
                          r"treatments|therapies|arms|medications|medicines|agents|opioids|analgesics|antidepressants|"
                          r"antibiotics|antipsychotics|antiemetics|anticoagulants|antihypertensives|"
                          r"strategies|conditions|schedules|camps|programmes|programs|protocols|(?:diet|dietary|dose|dosing|regimen|sweetener)\s+(?:groups|arms))\b[^.;:]{0,80}:\s")
# "...between periods:\n- Tiotropium 18 µg ...\n- Beclomethasone 160 µg ...": the listed arms as bullet lines after the colon
# that ends the sentence
_BULLET_LINES = re.compile(r"(?:[ \t]*\n[ \t]*[-•*–][ \t]+[^\n]+)+")
# "Volunteers were formed into three diet groups: ...", "divided into two dose groups: ...": people put into the
# listed groups (an allocation, though not a random one)
_PUT_INTO = re.compile(r"\b(?:formed|divided|split|placed|put|grouped|sorted)\s+into\b")
# "High-egg: two eggs a day ... Low-egg: fewer than two eggs a week", "the high-salt arm ... the low-salt arm": two arms
# named by a high and a low amount of the same thing, a comparison of doses
_HIGH_LOW = re.compile(r"\b(high|low)[- ]([a-z]{3,})(?:\s+(?:group|arm)s?\b|\s*:)[^:]{1,300}?\b(high|low)[- ]\2(?:\s+(?:group|arm)s?\b|\s*:)")
# strata, not arms: "high-risk and low-risk groups" were not given different amounts of anything
_NOT_AMOUNTS = frozenset(("risk", "income", "grade", "quality", "status", "volume", "level", "burden", "severity", "density"))
# "a control schedule (12-hour eating window)": a control arm spelled out as a regimen of its own
_CONTROL_WITH_REGIMEN = re.compile(r"\bcontrol\s+(?=(?:[\w-]+\s+)?\((?!\s*n\s*=)[^()]*\d)")
_TWO_LISTED = re.compile(r"\s(?:and|or)\s|,")
# a trial's "arms" (this rule reads trials only) are the groups it allocated, whether or not the sentence says so
_TRIAL_ARMS = re.compile(r"\barms\b")
# "in random order", "in turn", "crossover": each person had every listed regimen
_IN_TURN = re.compile(r"\brandom\s+(?:order|sequence)|\bin\s+turn\b|\bcross[- ]?over\b")
# "non-opioid arm": an arm called by what it gives (the first words name it, "arm" ends it)
_NAMED_ARM = re.compile(r"(?:[\w-]+\s+)?[\w-]+\s+arm\s*$")
_NAMED_ARM_IN = re.compile(r"\b([\w-]+)\s+arm\b")
# "intervention arm", "the two arms", "each arm": words that say which arm, not what it gives
_GENERIC_ARM = re.compile(r"(?:intervention|treatment|treated|experimental|study|active|comparison|comparator|each|every|both|"
                          r"two|three|four|other|second|first|third|one|either|parallel|the|an?|single|trial|per)$")
# "The unprocessed diet was the comparator": a named arm that is the comparison
_NAMED_COMPARATOR = re.compile(
    r"\b(?:the|an?)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:was|were|served\s+as|acted\s+as)\s+(?:the\s+)?"
    r"(?:comparator|comparison|control\s+(?:arm|condition|treatment|intervention|diet))\b")
# "who started tirzepatide or semaglutide", "prescribed semaglutide or other anti-obesity
# medications": a cohort whose exposure groups took different drugs (an active comparator)
# "recipients ... were grouped by maintenance regimen at discharge": exposure groups named by the drugs they took
# ("while filling prescriptions for either a GLP-1 receptor agonist or an SGLT-2 inhibitor": the pharmacy fills that
# put claims-data patients in one group or the other)
_EXPOSURE = re.compile(r"\b(?:start(?:ed|ing)|initiat(?:ed|ing)|prescribed|new\s+users?|dispensed|maintained\s+on|discharged\s+on|"
                       r"(?:fill(?:ed|ing)|redeem(?:ed|ing))\s+(?:a\s+|their\s+)?prescriptions?\s+for|"
                       r"(?:grouped|classified|categori[sz]ed)\s+by\s+(?:[\w-]+\s+){0,2}?(?:regimens?|treatments?|drugs?|medications?))\b", re.I)
# "5,007 patients already receiving or starting omalizumab": two verbs of one group's exposure, not a second group
_VERB_BEFORE = re.compile(r"\b(?:receiving|taking|using|on|starting|initiating|continuing|prescribed|given)\s*$")
_VERB_FIRST = re.compile(r"(?:starting|initiating|receiving|taking|using|continuing|prescribed|given)\b")
# "or calcineurin inhibitor without a TOR inhibitor": another drug class, taken without the one studied
_WITHOUT_TAIL = re.compile(r"\s+(?:without|alone|only)\b", re.I)
_DRUG_CLASS = re.compile(r"\b(?:medications?|medicines?|drugs?|agents?|inhibitors?|agonists?|antagonists?|blockers?)\b")
# "randomised to chemotherapy alone or chemotherapy plus melatonin", "surgery plus the vaccine or surgery alone": the
# trial adds its treatment to a background therapy and compares with that therapy by itself, i.e. usual care (a
# regimen the trial itself delivers, a diet or exercise, is an active comparator instead: not matched here)
_BACKGROUND_THERAPY = (r"((?:chemo|radio|chemoradio|immuno|hormone|hormonal|standard|antibiotic|antiviral|antiretroviral)?"
                       r"therapy|chemotherapy|radiotherapy|chemoradiation|surgery|treatment|dialysis|antibiotics|medication)")
_ALONE_OR_ADD_ON = re.compile(
    rf"\b{_BACKGROUND_THERAPY}\s+alone\s*(?:\(\s*n\s*=\s*\d[\d,]*\s*\)\s*)?,?\s+(?:or|versus|vs\.?)\s+(?:to\s+)?\1\s+(?:plus|with|and|\+)\s"
    rf"|\b{_BACKGROUND_THERAPY}\s+(?:plus|with|\+)\s+[^.;:]{{1,80}}?\s(?:or|versus|vs\.?)\s+(?:to\s+)?\2\s+alone\b"
    # "Minimal care (education, as in usual practice) vs minimal care plus a polypill": the same care named twice,
    # once with the add-on (without "alone"; the care's own words repeated, so "standard care vs intensive care
    # plus X" is not read)
    r"|\b((?:[\w-]+\s+)?care)\s*(?:\([^()]{1,200}\)\s*)?,?\s+(?:or|versus|vs\.?)\s+(?:to\s+)?\3\s+(?:plus|\+)\s")
# "allocated ... to standard LLIN, PBO LLIN, standard LLIN plus IRS, or PBO LLIN plus IRS": three or more arms listed
# by name after "to", each a thing the trial gave
# "the diet as one meal a day (...) or as three meals a day", "given as a bolus or as an infusion": one treatment in two
# forms or schedules, the arms of a comparison of regimens
_OTHER_FORM = re.compile(r"\bas\s+(?!(?:well|much|many|long|soon|far|to|if|though)\b)([^.;:()]{2,60}?)(?:\s*\([^()]{0,120}\))?,?\s+"
                         r"or\s+as\s+([^.;:()]{2,60})")
_LISTED_BEFORE = re.compile(r"\bto\s+(?:[^,.;:()]{2,40},\s*){2,}$")
# "patients starting etanercept, infliximab or adalimumab": the last of a list of drugs one cohort group started
_ALTERNATIVES_BEFORE = re.compile(r"\b[\w-]+,\s+[\w-]+$")
# "patients first prescribed anxiolytic or hypnotic drugs (or both)": the bracket makes the two drugs one group's
# options (users of either or both), not two groups set against each other
_OR_BOTH_AFTER = re.compile(r"\s*\(\s*or\s+both\s*\)")
# ("treated either with ablation or with antiarrhythmic drugs": a non-randomised trial's two arms, chosen by preference)
# "or to avoid peanut entirely": an arm told to go without, not a second treatment
# ("randomised 1:1 to OIT or to continued avoidance (the control group)": going on without it, as before)
_GO_WITHOUT = re.compile(r"(?:(?:continued|continuing|ongoing)\s+)?(?:avoid|avoidance|abstain|abstinence|refrain|stop|discontinue|"
                         r"withhold|forgo)\b")
# "1:1 to freeze-all with transfer in a later cycle, or fresh day-3 transfer": a ratio that allocates to the first arm
# named after it, the "or" to the second
_RATIO_TO = re.compile(r"\b\d+(?::\d+)+\s+(?:ratio\s+)?to\s+")
# "allocated to a nurse practitioner clinic (7 nurse practitioners) or to one of four physician clinics": the first arm
# named after "to", its head noun last (a bracket after it), before the "or to" of the second
_FIRST_ARM_TO = re.compile(r"\bto\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?([\w-]+)\s*(?:\([^()]{0,80}\)\s*)?,?\s*$")
# heads that name a slot of the allocation, not a kind of care ("to one group or to the other group")
_GENERIC_HEADS = frozenset(("group", "arm", "condition", "sequence", "order", "cluster", "block", "stratum", "period", "phase",
                            "one", "other", "either", "cohort", "study", "trial"))
_ALLOCATION = re.compile(r"\b(?:randomi[sz]ed|randomly|assigned|allocated|comparing|compared|versus|vs|treated\s+either)\b|"
                         + _RATIO_TO.pattern, re.I)


def _same_kind(before: str, arm: str) -> bool:
    """"allocated to a nurse practitioner clinic ... or to one of four physician clinics": the two arms, each after its
    own "to", are the same kind of thing (clinics, teams, wards) run differently, so the second is another way of giving
    care, not a bare control (placebo, usual care and no treatment are ruled out by the caller)."""
    first = _FIRST_ARM_TO.search(before)
    if first is None:
        return False
    head = first.group(1).rstrip("s")
    return head not in _GENERIC_HEADS and len(head) > 3 and head in {w.rstrip("s") for w in re.findall(r"[\w-]+", arm)}


class ArmRules:
    """Active comparators read from the arms a study names (each sets `control` when it finds one)."""

    def _active_arm(self) -> bool:
        """"Randomized to semaglutide 1 mg or dulaglutide 1.5 mg": a second arm that is another
        dosed treatment (not placebo, usual care or no treatment) is an active comparator."""
        cohort = self.values.get("design") == "cohort"
        # a review's "trials in which adults were randomly assigned to A or B" names every trial's arms
        pooled = self.values.get("design") in ("meta-analysis", "systematic-review")
        if self.values.get("design") not in ("rct", "controlled-trial", None) and not cohort and not pooled:
            return False
        low = self.doc.low
        title = self._title_span()
        for lo, hi in self._arm_spans(title):
            for m in _SECOND_ARM.finditer(low, lo, hi):
                arm = m.group(1) or m.group(2)
                arm = _CONTROL_OF.sub("", arm)
                if _REVERSE_ORDER.match(arm):
                    continue
                if cohort:
                    head = _WITHOUT_TAIL.split(arm, 1)[0]
                    if head != arm and _DRUG_CLASS.search(head) and not _NOT_ACTIVE.search(head):
                        arm = head  # the comparison group's own drug, not the one it went without
                # two arms named as such ("either low-dose CT or chest radiography", "comparing X with
                # Y", "as compared with Y") in a trial: the second is another treatment
                before = low[max(lo, m.start() - 80):m.start()]
                # ("allocated ... to apixaban 5 mg ... or to warfarin": the repeated "to" names a second arm)
                either = "either" in before or (before.endswith(" as") and "compared" in m.group(0)) \
                    or (m.group(0).lstrip().startswith("or") and _LISTED_BEFORE.search(before) is not None) \
                    or (m.group(0).lstrip().startswith("or") and _RATIO_TO.search(before) is not None) \
                    or (m.group(0).lstrip().startswith("or to ") and _DOSED.search(before) is not None
                        and not _GO_WITHOUT.match(arm)) \
                    or (arm.startswith(_QUOTE_OPEN) and _QUOTED_BEFORE.search(before) is not None) \
                    or (m.group(0).lstrip().startswith("or to ") and _same_kind(before, arm))
                # a trial's title "A Versus B" sets two treatments against each other by name
                titled = (lo, hi) == title and not m.group(0).lstrip().startswith("or")
                named = (m.group(2) is not None or either or titled or self._arms_named(arm, m.start())) \
                    and self.values.get("design") in ("rct", "controlled-trial")
                # a cohort's second arm: people who started another drug or drug class
                drug = _DOSED.search(arm) or (cohort and _DRUG_CLASS.search(arm))
                if not drug and (m.group(1) or m.group(2)) is not None:
                    # "selank (0.15% solution) or oral medazepam (30 mg/day)": the second arm's dose
                    # stands in brackets right after its name
                    dose = _ARM_DOSE.match(low, m.end(), m.end() + 80)
                    drug = dose is not None and _DOSED.search(dose.group(1)) is not None
                if not drug and _DIET.search(arm) and _DIET.search(before):
                    # "a ketogenic diet or a low-fat diet": two diets set against each other
                    drug = True
                if pooled and not drug:
                    continue
                if not drug and _BOTH.match(arm):
                    # "fluoxetine 20 mg, curcumin 1,000 mg, or both": two dosed treatments set
                    # against each other (and their combination)
                    drug = len(_DOSED.findall(before)) >= 2
                if cohort and m.group(0).lstrip().startswith("or") and (
                        _ALTERNATIVES_BEFORE.search(before) or _OR_BOTH_AFTER.match(low, m.end())
                        or (_VERB_FIRST.match(arm) and _VERB_BEFORE.search(before))):
                    continue  # the exposed group's options ("receiving or starting omalizumab"), not a second group
                if _NOT_ACTIVE.search(arm) or _GO_WITHOUT.match(arm) or not (named or drug):
                    continue
                if _RESULT_PAIR.search(before):
                    continue  # "(10.3% vs 20.7%)": two results set side by side, not two arms
                si = self.doc.sentence_index(m.start())
                if (_EXPOSURE if cohort else _ALLOCATION).search(self._sentence_and_lead_in(si)):
                    if "-free" in low and self._free_of_ingredient(arm):
                        return True
                    quote = self.quotes.sentence(si, m.start())
                    return self.set("control", "active", quote)
        if self.values.get("design") not in ("rct", "controlled-trial"):
            return False
        lo, hi = self.doc.rank_spans[0] if self.doc.rank_spans else (0, 0)
        for m in _NAMED_COMPARATOR.finditer(low, lo, hi):
            if not _NOT_ACTIVE.search(m.group(1)):
                return self.set("control", "active", self.quotes.at(m.start()))
        return self._other_form(lo, hi) or self._listed_arms(lo, hi) or self._high_and_low(lo, hi)

    def _high_and_low(self, lo: int, hi: int) -> bool:
        """"The team split them ... into two groups. High-egg: two eggs a day ... Low-egg: fewer than two eggs a week": a
        trial's Methods name its arms by a high and a low amount of the same food or dose, so the low amount is the
        active comparator (a comparison of doses), unless the words name strata ("high-risk", "low-income")."""
        low = self.doc.low
        if "high" not in low[lo:hi] or "low" not in low[lo:hi]:
            return False
        for m in _HIGH_LOW.finditer(low, lo, hi):
            if m.group(1) == m.group(3) or m.group(2) in _NOT_AMOUNTS:
                continue
            return self.set("control", "active", self.quotes.at(m.start()))
        return False

    def _other_form(self, lo: int, hi: int) -> bool:
        """"Isocaloric diet as one meal a day or as three meals a day, each for 8 weeks": a trial's Methods give
        one treatment in two forms or schedules, neither of them a placebo or nothing, so each arm is the other's
        active comparator."""
        low = self.doc.low
        if " or as " not in low[lo:hi]:
            return False
        for m in _OTHER_FORM.finditer(low, lo, hi):
            if _NOT_ACTIVE.search(m.group(1)) or _NOT_ACTIVE.search(m.group(2)):
                continue
            return self.set("control", "active", self.quotes.at(m.start()))
        return False

    def _alone_or_add_on(self) -> bool:
        """"Randomised to chemotherapy alone (n=126) or chemotherapy plus melatonin": the comparison arm had the
        background therapy by itself, the usual care both arms got ("X plus usual care vs usual care alone")."""
        if self.values.get("design") not in ("rct", "controlled-trial") or ("alone" not in self.doc.low and " care" not in self.doc.low):
            return False
        low = self.doc.low
        for lo, hi in self.doc.rank_spans[:3]:
            for m in _ALONE_OR_ADD_ON.finditer(low, lo, hi):
                si = self.doc.sentence_index(m.start())
                if _ALLOCATION.search(self._sentence_and_lead_in(si)):
                    return self.set("control", "usual-care", self.quotes.sentence(si, m.start()))
        return False

    def _arm_spans(self, title: tuple[int, int] | None) -> list[tuple[int, int]]:
        """Where a trial names its arms: the three most trusted parts, and for a trial its title too
        ("Benazepril Plus Amlodipine Versus Benazepril Plus Hydrochlorothiazide"), which often is the
        only place the comparator is named in full."""
        spans = self.doc.rank_spans[:3]
        return spans + [title] if title is not None and title not in spans else spans

    def _title_span(self) -> tuple[int, int] | None:
        """The title's span, for a trial only (a cohort's "A versus B" title names exposures)."""
        if self.values.get("design") not in ("rct", "controlled-trial"):
            return None
        return next(((lo, hi) for lo, hi in self.doc.rank_spans if self.doc.segment_of(lo).rank == TITLE), None)

    def _free_of_ingredient(self, arm: str) -> bool:
        """"90 g/day of white chocolate" as the second arm, called "flavanol-free white chocolate" elsewhere:
        the comparator is the same kind of product without the ingredient under test, a dummy (placebo),
        not another treatment."""
        for m in _INGREDIENT_FREE.finditer(self.doc.low, 0, self.doc.end_of_study):
            if m.group(1) in _NOT_INGREDIENTS:
                continue
            product = m.group(2)
            if not re.search(r"\b" + re.escape(product) + r"\b", arm):
                product = product.split()[0]
                if len(product) < 4 or not re.search(r"\b" + re.escape(product) + r"\b", arm):
                    continue
            si = self.doc.sentence_index(m.start())
            return self.set("control", "placebo", self.quotes.sentence(si, m.start()))
        return False

    def _listed_arms(self, lo: int, hi: int) -> bool:
        """"followed, in random order, two diets for 6 weeks each: a moderate-fibre diet ... and a
        high-fibre diet": a trial whose Methods list the regimens everyone was allocated between, none
        of them a placebo, usual care or nothing, compares treatments: the comparator is active."""
        low = self.doc.low
        if ":" not in low[lo:hi]:
            return False
        for m in _LISTED_ARMS.finditer(low, lo, hi):
            si = self.doc.sentence_index(m.start())
            listed = low[m.end():self.doc.ends[si]]
            two = _TWO_LISTED.search(listed) is not None
            if not listed.strip():
                # the colon ends the sentence and the arms follow one a line ("- Salmeterol 50 µg twice daily ...")
                bullets = _BULLET_LINES.match(low, self.doc.ends[si], hi)
                listed = bullets.group(0) if bullets else ""
                two = listed.count("\n") >= 2
            listed = _CONTROL_WITH_REGIMEN.sub("", listed)
            if not two or _NOT_ACTIVE.search(listed) or _NOT_ACTIVE.search(m.group(0)):
                continue
            if _ALLOCATION.search(self._sentence_and_lead_in(si)) or _IN_TURN.search(self.doc.sentence(si)) \
                    or _PUT_INTO.search(low, self.doc.starts[si], m.start()) or _TRIAL_ARMS.search(m.group(0)):
                return self.set("control", "active", self.quotes.sentence(si, m.start()))
        return False

    def _arms_named(self, arm: str, start: int) -> bool:
        """"opioid arm (morphine ...) vs non-opioid arm (acetaminophen ...)": both sides of the comparison are
        arms called by what they give, so the second is another treatment, not a bare control."""
        if "arm" not in arm or not _NAMED_ARM.match(arm):
            return False
        s_start = self.doc.starts[self.doc.sentence_index(start)]
        return any(not _GENERIC_ARM.match(a.group(1)) and not _NOT_ACTIVE.search(a.group(1))
                   for a in _NAMED_ARM_IN.finditer(self.doc.low, s_start, start))

    def _sentence_and_lead_in(self, si: int) -> str:
        """A sentence with the one before it in the same section: "Randomized, open-label trial in
        adults. Semaglutide 1.0 mg weekly or liraglutide 1.2 mg daily." names the allocation first
        and the arms next."""
        text = self.doc.sentence(si)
        if si > 0 and self.doc.segment_of(self.doc.starts[si - 1]) == self.doc.segment_of(self.doc.starts[si]):
            text = self.doc.sentence(si - 1) + " " + text
        return text

    def _dummy_comparator(self) -> bool:
        """"30 to psilocybin ... and 29 to escitalopram" in a double-dummy trial: the second group
        assigned to a named treatment (not placebo) is the active comparator."""
        if self.values.get("design") not in ("rct", "controlled-trial") or not self.doc.rank_spans:
            return False
        lo, hi = self.doc.rank_spans[0]
        for m in _SECOND_GROUP_TO.finditer(self.doc.low, lo, hi):
            if not _NOT_ACTIVE.search(m.group(1)):
                si = self.doc.sentence_index(m.start())
                return self.set("control", "active", self.quotes.sentence(si, m.start()))
        # "drug A 100 mg with placebo injections, or drug B 40 mg injections with placebo tablets": the
        # second arm's own dummy does not make it a placebo arm
        for m in _SECOND_ARM.finditer(self.doc.low, lo, hi):
            arm = _DUMMY_IN_ARM.sub("", m.group(1) or m.group(2))
            if _DOSED.search(arm) and not _NOT_ACTIVE.search(arm):
                si = self.doc.sentence_index(m.start())
                return self.set("control", "active", self.quotes.sentence(si, m.start()))
        return False
