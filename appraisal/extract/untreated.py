"""No-treatment comparators said without the word "control": a group that went without the treatment
("391 not given it"), and a cohort set against never-users, non-users or the unvaccinated in its prose or
its results table. Read when no cue decided the control fact.
"""
from __future__ import annotations

import re

from appraisal.facts.text import BACKGROUND, LIMITATIONS, locate
from .evidence import REVIEWS

# what a group "did not" do that is an outcome, not a treatment it went without ("the rats did not differ", "did not
# lose weight")
_OUTCOME_VERBS = (r"(?:differ|change|improve|worsen|respond|benefit|recover|survive|show|develop|reach|achieve|experience|"
                  r"complete|finish|know|notice|lose|gain)")

# "447 patients given calcifediol and 391 not given it", "1,223 men started testosterone and 7,486 did
# not", "ten received melatonin, ten ... did not", "comparator group: no vitamin D supplement",
# "compared with stimulated cells without curcumin": a concurrent group that went without the treatment
_UNTREATED_ARM = re.compile(
    # ("131 chose to take hydroxyurea (...), and 199 who did not take hydroxyurea were followed concurrently")
    r"\b(?:received|receiving|given|started|took|taking|take|initiated|used|treated\s+with)\b[^.;:]{1,120}?(?:,|\band\b|\bwhile\b|\bwhereas\b)"
    # ("given false expectations, while the rats did not differ": an outcome, not a group that went without)
    r"[^.;:]{0,80}?\b(?:did\s+not(?!\s+" + _OUTCOME_VERBS + r"\b)|not\s+(?:given|receiving|treated|started|taking)|"
    # "7,278 were treated with HBOT and 18,459 were not, and ...": the verb left out after "were not"
    r"\d[\d,]*\s+(?:were|was)\s+not(?=\s*[,.;:)]))\b|"
    r"\b(?:comparator|comparison|control)\s+(?:groups?|arms?)\s*(?::|was|were|received|got)\s*(?:given\s+)?no\s+[\w-]+|"
    # "assigned to consume peanut ... or to avoid peanut entirely": the other arm was told to go without it
    # ("randomised 1:1 to OIT or to continued avoidance (the control group)": went on without it, as before; the ratio's
    # colon is no clause break)
    r"\b(?:assigned|allocated|randomi[sz]ed)\b(?:[^.;:]|(?<=\d):(?=\d)){1,160}?\bor\s+(?:to\s+)?(?:(?:continued|continuing|ongoing)\s+)?"
    r"(?:avoid|avoidance|abstain\s+from|abstinence|refrain\s+from|forgo|go\s+without)\b|"
    # "a text message told each volunteer either to drink caffeinated coffee ... or to avoid coffee": the instruction
    # that set a day or a person in one arm or the other ("told to avoid alcohol" alone is advice to everyone)
    r"\b(?:told|instructed|asked|directed)\b[^.;:]{0,60}?\beither\s+to\b[^.;:]{1,120}?\bor\s+(?:to\s+)?"
    r"(?:avoid|abstain\s+from|refrain\s+from|forgo|go\s+without)\b|"
    # "Controls were women ... who declined supplementation; they received no tablets"
    r"\b(?:controls|control\s+(?:subjects|participants|patients|women|men|children|mothers|families))\s+(?:were|was)\b"
    r"[^.:]{0,160}?\b(?:received|were\s+given|took|got)\s+no\s+[\w-]+|"
    # "the same bacteria incubated without extract": microbes are laboratory material as cells are
    r"\b(?:cells|cultures|animals|mice|rats|bacteria|isolates|strains)\s+(?:[\w-]+\s+){0,2}?without\s+(?:the\s+)?[\w-]+|"
    # "398 received testosterone and 633 were untreated"
    r"\b(?:received|receiving|given|started|took|taking|initiated|used|treated\s+with)\b[^.;:]{1,120}?(?:,|\band\b|\bwhile\b|\bwhereas\b)"
    r"[^.;:]{0,80}?\b(?:were|was|remained|went|stayed)\s+untreated\b|"
    # "Twenty-five men ... who did not make these changes served as the comparison group", "respondents who had
    # never used rapamycin ... served as the comparison group": people defined by going without it; "the other [school],
    # which did not take part in it and added no other activity, served as the comparison": a place or cluster likewise
    r"\b(?:who|that|which)\b[^.;:]{0,60}?\b(?:never|not|did\s+not|didn't|chose\s+not\s+to|declined\s+to|refused\s+to|opted\s+not\s+to)\b"
    r"[^.;:]{1,100}?\b(?:served|acted|were\s+used|was\s+used|formed|made\s+up)\s+(?:as\s+)?(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+)?(?:comparison|control|comparator|reference)s?\b|"
    # "38 chose to take creatine and 34 chose not to, forming the comparison group": people who decided
    # against the treatment make up the comparison
    r"\b(?:chose\s+not\s+to|opted\s+not\s+to|preferred\s+not\s+to|declined|refused)\b[^.;:]{0,80}?,?\s+"
    r"(?:forming|formed|making\s+up|made\s+up|serving\s+as|served\s+as|acting\s+as|acted\s+as|becoming|became)\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+)?(?:comparison|control|comparator|reference)s?\b|"
    # "a comparison group of 25 men who did not make the changes"
    # ("the non-omalizumab group comprised 2,829 patients with similar asthma who were not treated with it": a group
    # named for the drug it went without)
    r"\b(?:comparison|control|comparator|reference|non-[\w-]+)\s+(?:group|arm|cohort)\s+(?:of|was|were|comprised|consisted\s+of)\s+"
    r"(?:[\w,-]+\s+){0,6}?(?:(?:who|that)\s+(?:had\s+|have\s+)?(?:did\s+not|didn't|were\s+not|had\s+not|never)\b|"
    # "A comparison group of 32 patients did not train": the group itself the subject of the denial (not "did not differ",
    # an outcome)
    r"(?:did\s+not|didn't)\s+(?!" + _OUTCOME_VERBS + r"\b)[a-z]+\b)|"
    # "Comparison: progeroid mice that did not receive the induction": the comparison, after a colon, named as those
    # that went without the treatment
    r"\b(?:comparison|control|comparator|reference)(?:\s+(?:groups?|arms?|condition))?\s*:\s*(?:[\w,-]+\s+){0,6}?(?:who|that|which)\s+"
    r"(?:had\s+|have\s+)?(?:did\s+not|didn't|were\s+not|was\s+not|had\s+not|never)\s+(?:receive|get|take|undergo|been\s+given|given|treated|received)\b|"
    # "36 received Tα1 ... in addition to standard treatment; 40 did not receive Tα1"
    r"\b(?:received|receiving|given|started|took|treated\s+with)\b[^.;:]{1,160}?;\s*(?:\d[\d,]*|the\s+(?:other|remaining)\s+\d[\d,]*|"
    r"the\s+others|the\s+rest)\s+(?:[\w-]+\s+)?(?:did\s+not\s+(?:receive|take|get|start)|were\s+not\s+(?:given|treated))\b", re.I)
# "compared with women who had never used hormones", "than unvaccinated children", "semaglutide users
# compared with non-users", "than those who did not": a cohort set against people who went without
# the exposure has a concurrent untreated comparison (exposure levels, thirds or quintiles do not)
_UNEXPOSED_PEOPLE = (
    r"(?:never[- ]?users?|non-?users?|never[- ]?takers?|non-?takers?|unexposed|non-?exposed|unvaccinated|"
    r"non-?vaccinated|non-?recipients?|never[- ]?smokers|non-?smokers|non-?drinkers|"
    # "use of antidepressants ... was compared with the periods of non-use": the person-time without the exposure
    r"(?:periods?|person[- ]time|time|intervals?|days|months|years)\s+(?:of\s+non-?(?:use|exposure)|without\s+(?:use|exposure))\b|"
    # "Runners were compared with non-runners", "persistent runners with never-runners": people who do none of the
    # activity studied (an exposure, not an outcome such as "non-responders")
    r"(?:non|never)-?(?:runners|joggers|exercisers|cyclists|swimmers|walkers|consumers)\b|"
    # "compared with biologic-naive patients": people defined by never having had the exposure
    r"[a-z]+-na[iï]ve\s+(?:[\w-]+\s+)?(?:people|persons|women|men|children|patients|adults|participants|individuals|subjects)\b|"
    r"(?:[\w-]+\s+){0,2}?(?:those|people|persons|folks|women|men|children|patients|adults|participants|individuals|infants|"
    # ("than matched members who did not": a health plan's members)
    r"subjects|mothers|pregnancies|inpatients|outpatients|residents|members|enrollees|enrolees|beneficiaries|"
    # ("160 classmates who had been born at full term": a preterm cohort's unexposed peers)
    r"classmates|peers|siblings)\s+"
    # "patients with diabetes not taking metformin": a short "with ..." qualifier between the people and the denial
    r"(?:with\s+(?:[\w-]+\s+){1,3}?(?=who\s|not\s|never\s))?(?:"
    # "matched ... to about two patients with no such prescriptions": people whose records hold none of the exposure
    r"with\s+no\s+(?:such\s+|[\w-]+\s+)?(?:prescriptions?|dispensings?|exposure|use|vaccinations?)\b|"
    # "patients who received none", "inpatients who received no zolpidem"
    # ("folks who drank none": people who drank, ate or smoked none of it)
    # ("compared with men who did no regular exercise": people who did none of the activity studied; "who did no better"
    # is an outcome)
    r"who\s+(?:received|took|used|got|had\s+been\s+given|were\s+given|drank|ate|smoked|did)\s+(?:none\b|no\s+(?!(?:more|less|fewer|other|"
    r"further|additional|benefit|difference|effect|better|worse|harm)\b))|"
    r"who\s+(?:had\s+|have\s+)?(?:never|not|did\s+not|were\s+not)\s+"
    # "with those who never drank it"; "compared with residents who were not tube-fed": fed by the route under study
    r"(?:used?|taken|took|take|received?|started?|drank|drunk|drink|smoked|ate|eaten|been\s+(?:vaccinated|exposed|treated|prescribed)|vaccinated|exposed|"
    r"treated|prescribed|given|filled|(?:tube[- ]|breast[- ]?|bottle[- ])fed)\b|who\s+(?:did|had)\s+not(?=\s*[.,;)]|\s*$)|"
    # "classmates who had been born at full term": in a cohort of preterm births, term birth is the exposure's absence
    r"who\s+(?:had\s+been|were)\s+born\s+at\s+(?:full\s+)?term\b|not\s+(?:taking|using|exposed\s+to|"
    r"vaccinated|receiving|prescribed)\b|never\s+(?:exposed|treated|prescribed|vaccinated|given)\b))")
_UNEXPOSED_COMPARISON = re.compile(
    # "compared people who drank various amounts of coffee with those who never drank it"
    r"\b(?:compared\s+(?:(?!(?:was|were|and|but)\b)[\w,-]+\s+){0,10}?(?:with|to|against)|comparisons?\s+(?:with|to)|than|versus|vs\.?|relative\s+to|"
    # "For comparison, 160 classmates who had been born at full term ... were tested in the same way"
    r"for\s+comparison,?|"
    # "compared time to surgery between patients who had received HA and patients who had not"
    r"between\s+(?:(?!(?:was|were|but)\b)[\w,-]+\s+){1,12}?and|"
    # "portal users were matched by propensity score (age, sex, ...) to members who did not use the portal"
    r"matched\s+(?:(?:by|on|for)\s+[^.;:]{0,100}?\s)?(?:with|to)|"
    r"(?:reference|comparison)\s+(?:group|category)\s+(?:of|was|were|comprised|:)|(?:comparison|comparators?|reference)(?:\s+(?:group|category))?\s*:)\s+"
    r"(?:(?:the|all|matched|similar|age-matched|otherwise\s+similar)\s+){0,2}"
    # ("were compared with 69,418 non-users": the comparison group's count before it)
    r"(?:\d[\d,]*\s+)?"
    r"(?:" + _UNEXPOSED_PEOPLE + r"|no\s+(?:use|exposure|vaccination)\b)|"
    r"\b(?:unvaccinated|unexposed|non-?exposed|non-?users?|never[- ]?users?)\s+(?:group|comparison|comparators?|cohort|reference|controls?)\b|"
    # "people without a stone episode formed the comparison group": the people who lack the exposure make it up
    r"\b(?:those|people|persons|women|men|children|patients|adults|participants|individuals|subjects|residents)\s+without\s+"
    r"(?:[\w-]+\s+){1,4}?(?:formed|served\s+as|made\s+up|constituted|were\s+used\s+as|acted\s+as)\s+(?:the\s+|a\s+)?"
    r"(?:comparison|control|comparator|reference|unexposed)\s+(?:group|cohort|population|arm)\b|"
    # "90,463 matched non-diabetic controls who were not taking metformin"
    # "Control persons had no diabetes and did not receive any antidiabetic drug" (a short clause before)
    # "matched to a comparator with type 2 diabetes who had never used metformin"
    r"\b(?:controls?|control\s+(?:persons?|people|subjects?|individuals?|participants?)|comparators?|comparison\s+group|reference\s+group)\s+"
    r"(?:with\s+(?:[\w-]+\s+){1,4}?)?(?:(?:who|that)\s+|(?:had|were|was)\s+(?:[\w-]+\s+){1,4}?and\s+)(?:were|was|had|have|did)?\s*(?:not|never)\s+"
    r"(?:taking|using|take|use|used|taken|receiv\w*|exposed|vaccinated|treated|prescribed|given|filled)\b|"
    # "classed as exposed (supplement at any visit) or unexposed", "users and non-users": the two
    # groups named as a pair; "33 in semaglutide users and 371 in non-users": each with its count
    # ("grouped by metformin use (204 users, 161 non-users)": a comma alone joins two counted groups)
    r"\b(?:exposed|users?|takers?|recipients?|vaccinated)\b(?:\s*\([^()]{0,100}\))?\s*(?:(?:,\s*)?(?:or|and|vs\.?|versus)\s+|,\s*(?=\d))"
    r"(?:\d[\d,]*\s+(?:(?:were\s+)?(?:in|among)\s+)?)?(?:the\s+)?(?:unexposed|non-?exposed|non-?users?|never[- ]?users?|non-?takers?|non-?recipients?|unvaccinated)\b|"
    # "Estrogen users had 2.3 times the endometrial cancer risk of nonusers": a risk set against the unexposed's
    r"\b(?:times|twice|thrice|higher|lower|greater|half)\s+(?:the\s+|that\s+of\s+)?(?:[\w-]+\s+){0,3}?(?:risk|rate|odds|incidence|hazard)s?\s+"
    r"(?:of|in|among|for)\s+(?:the\s+)?(?:unexposed|non-?exposed|non-?users?|never[- ]?users?|non-?takers?|non-?recipients?|unvaccinated)\b|"
    # "8 deaths in the exposed group": a cohort that names one group "the exposed group" sets it against the unexposed
    # ("the most exposed group", "the exposed groups" are levels of the exposure)
    r"\b(?:in|of|among|for)\s+the\s+exposed\s+(?:group|cohort|arm)\b|"
    # "154,932 who began service at Camp Lejeune (exposed) were compared with 154,969 who began at Camp Pendleton
    # ... (unexposed)": each group labelled in brackets, in one sentence
    r"\(\s*(?:exposed|users?|vaccinated)\s*\)[^.;]{1,200}?\(\s*(?:unexposed|non-?exposed|non-?users?|never[- ]?users?|unvaccinated)\s*\)",
    re.I)
# "grouped by diabetes medication: 104 on metformin and 179 not on metformin": two counted groups, the second named as
# those not on the first one's drug ("104 on metformin and 179 not on insulin" names two drugs); run only when the text
# has one of _NOT_ON_WORDS
_NOT_ON_PAIR = re.compile(
    r"\b\d[\d,]*\s+(?:(?:were|was)\s+)?(?:on|taking|using)\s+(?P<drug>[\w-]+)(?:\s*\([^()]{0,60}\))?,?\s+(?:and|or|vs\.?|versus)\s+"
    r"\d[\d,]*\s+(?:(?:were|was)\s+)?not\s+(?:on|taking|using)\s+(?:any\s+)?(?P=drug)\b", re.I)
_NOT_ON_WORDS = (" not on ", " not taking ", " not using ")
# "braced and unbraced skiers were compared", "treated and untreated knees": the exposed and those without it named as a
# pair, the second the first's word with "un-" (run only when the text has " un"; "adjusted and unadjusted hazard
# ratios", "matched and unmatched analyses" are statistics, not people)
# ("residence in a fluoridated or non-fluoridated area": the same with "non-", run only when the text has " non")
_PAIRED_UN = re.compile(r"\b(?!(?:adjust|weight|match|select|publish|restrict|stratifi|pair|censor|report|explain|expect|"
                        r"specifi|standardi[sz]|transform|screen)ed\b)([a-z]{3,})ed\s+(?:and|or|versus|vs\.?)\s+(?:un|non-?)\1ed\b", re.I)
# "No comparison with patients not taking X", "lacked a comparison with never-users": a denial of the comparison
_DENIED_BEFORE = re.compile(r"\b(?:no|without|lack(?:s|ed|ing)?|absence\s+of|nor)\s+(?:an?\s+|any\s+)?$", re.I)
# "People with a history of TBI were compared with people without TBI": the people without the exposure the
# sentence's other group has (checked by _PEOPLE_WITH), read in cohorts only
# ("compared adults with a recorded alcohol use disorder (...) with adults without one": a bare "with", read only
# after a "compared" earlier in the sentence)
_PEOPLE_WITHOUT = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|(?P<bare>with))\s+(?:the\s+|matched\s+)?(?:those|people|persons|folks|women|men|children|"
    r"patients|adults|participants|individuals|subjects|veterans|residents)\s+without\s+(?:a\s+history\s+of\s+|any\s+|an?\s+|prior\s+)?"
    r"(?P<what>[\w-]+)", re.I)
_PEOPLE_WITH = r"\bwith\s+(?:a\s+history\s+of\s+|any\s+|an?\s+|prior\s+)?{}\b"
# "People with a recorded cannabis use disorder were compared with those without one": the pronoun stands for what
# the people named before it have, so any "people with ..." earlier in the sentence is the exposed group
_PRONOUNS = ("one", "it", "them", "this")
_ANY_PEOPLE_WITH = re.compile(r"\b(?:people|persons|women|men|children|patients|adults|participants|individuals|subjects|"
                              r"veterans|residents|those)\s+with\s+[\w-]", re.I)
# "diagnoses were compared between respondents with and without sleep complaints": the two groups named as a pair
_WITH_AND_WITHOUT = re.compile(
    r"\bcompared\s+(?:[\w,-]+\s+){0,6}?(?:between|in|among)\s+(?:the\s+)?(?:those|people|persons|women|men|children|patients|"
    r"adults|participants|individuals|subjects|veterans|residents|respondents)\s+with\s+and\s+without\s+[\w-]+", re.I)
# "who took glucosamine ... than those who did not": the elliptical "did not" refers to a treatment verb
_TOOK = re.compile(r"\b(?:took|taking|take|used|using|received|receiving|started|starting|initiated|filled|prescribed|given|"
                   r"vaccinated|exposed|drank|smoked|ate)\b", re.I)
# a results-table column or reference row naming the unexposed: "Non-users", "No use", "Never users",
# "Unvaccinated", "Unexposed (reference)"; "No zinc" when zinc is the compound studied
_UNEXPOSED_CELL = re.compile(
    r"^(?:never[- ]?users?|non-?users?|no\s+(?:use|users?|supplements?|supplementation|exposure|treatment|vaccin\w*)|"
    r"unexposed|non-?exposed|unvaccinated|not\s+vaccinated)(?:\s*\(reference\))?$", re.I)
# "Sedated | Not sedated", "Exposed | Not exposed": a results-table column of those without what the column before names
# (not an outcome: "Improved | Not improved" sorts people by what happened to them)
_NOT_CELL = re.compile(r"^(?:not|no)[\s-]+(?!(?:improved|recovered|cured|responded|survived|relapsed|hospitali[sz]ed|admitted|"
                       r"readmitted|died|infected|diagnosed|significant|reported|applicable|available|known)$)([a-z]+ed)$", re.I)
# a reference row of the results table: "Unexposed (reference)2.6%1.00", "No ED (reference)" (those without the
# exposure the next rows name; "None (reference)" heads exposure levels)
_UNEXPOSED_ROW = re.compile(
    r"^(?:never[- ]?users?|non-?users?|no\s+[\w-]+(?:\s+[\w-]+)?|unexposed|non-?exposed|unvaccinated)\s*\((?:reference|ref\.?)\)", re.I)


def _names_without(cell: str, compounds: set[str]) -> bool:
    """A header cell "No vitamin D" for a compound studied, also when the reader left it glued to
    the next column ("No vitamin DVitamin DHazard ratio")."""
    low = cell.lower()
    if not low.startswith("no "):
        return False
    for c in compounds:
        rest = cell[3 + len(c):]
        if low[3:3 + len(c)] == c and (not rest or rest[0] == " " and not rest[1:2].islower() or rest[0].isupper()):
            return True
    return False


class UntreatedRules:
    """Untreated and unexposed comparison groups (each sets `control` to no-treatment when it finds one)."""

    def _unexposed_comparison(self) -> bool:
        """A cohort that compares the exposed with people who went without the exposure (never-users,
        non-users, the unvaccinated), in its own words (Methods to Limitations) or in its results
        table's columns (a cross-sectional study: in its words only), has a concurrent untreated comparison:
        no-treatment."""
        # a review of observational studies only ("30 cohort and case-control studies", "users vs nonusers"): each
        # pooled study set users against nonusers, so the evidence has an untreated comparison (its words only)
        observational_review = self.values.get("design") in REVIEWS and self._observational_only()
        if self.values.get("design") not in ("cohort", "cross-sectional") and not observational_review:
            return False  # a case-control study's odds against never-users are a reference category
        text = self.doc.text
        paired = " un" in self.doc.low or " non" in self.doc.low
        not_on = any(w in self.doc.low for w in _NOT_ON_WORDS)
        for lo, hi in self.doc.rank_spans:
            if self.doc.segment_of(lo).rank > LIMITATIONS:
                break
            m = _PAIRED_UN.search(text, lo, hi) if paired else None
            if m and not _DENIED_BEFORE.search(text, max(lo, m.start() - 20), m.start()) and \
                    self.set("control", "no-treatment", self.quotes.at(m.start())):
                return True
            pair = _NOT_ON_PAIR.search(text, lo, hi) if not_on else None
            if pair and self.set("control", "no-treatment", self.quotes.at(pair.start())):
                return True  # "104 on metformin and 179 not on metformin"
            for m in _UNEXPOSED_COMPARISON.finditer(text, lo, hi):
                si = self.doc.sentence_index(m.start())
                if _DENIED_BEFORE.search(text, max(self.doc.starts[si], m.start() - 20), m.start()):
                    continue  # "No comparison with patients not taking a thiazolidinedione": the comparison denied
                if m.group(0).lower().rstrip().endswith(("did not", "had not")) and \
                        not _TOOK.search(text, self.doc.starts[si], m.end()):
                    continue  # "than those who did not" respond, recover, ...: not an exposure (the verb may
                    # stand inside the match: "between those who had received HA and those who had not")
                if self.set("control", "no-treatment", self.quotes.sentence(si, m.start())):
                    return True
        if self.values.get("design") == "cohort" and " without " in text:
            for lo, hi in self.doc.rank_spans:
                if self.doc.segment_of(lo).rank > LIMITATIONS:
                    break
                for m in _PEOPLE_WITHOUT.finditer(text, lo, hi):
                    si = self.doc.sentence_index(m.start())
                    if m.group("bare") and "compar" not in self.doc.low[self.doc.starts[si]:m.start()]:
                        continue  # "adults with asthma, along with adults without it": no comparison said
                    exposed = _ANY_PEOPLE_WITH if m.group("what").lower() in _PRONOUNS else \
                        re.compile(_PEOPLE_WITH.format(re.escape(m.group("what"))), re.I)
                    if exposed.search(text, self.doc.starts[si], m.start()) and \
                            self.set("control", "no-treatment", self.quotes.sentence(si, m.start())):
                        return True
                m = _WITH_AND_WITHOUT.search(text, lo, hi)
                if m and self.set("control", "no-treatment",
                                  self.quotes.at(m.start())):
                    return True
        if self.values.get("design") != "cohort":
            # a survey's "Users | Non-users" columns set exposures side by side at one time (LABELLING: a
            # cross-sectional study without an intervention has no control); only its prose can name a comparison group
            return False
        compounds = {w.lower() for c in self.study.compounds for w in re.findall(r"[\w-]+", c)}
        studied = {" ".join(c.lower().split()) for c in self.study.compounds}
        heads = {c.strip().lower() for c in self.study.findings_header[1:]}
        for cell in self.study.findings_header[1:]:
            cell = cell.strip()
            m = _NOT_CELL.match(cell)
            if m and m.group(1).lower() in heads and self.set("control", "no-treatment", locate(cell, self.study.text)):
                return True  # "Sedated | Not sedated": the treated and the untreated side by side
            words = cell.lower().split()
            # "No zinc", "No vitamin D": the column of those without the compound studied
            named = len(words) == 2 and words[0] == "no" and words[1] in compounds or _names_without(cell, studied)
            if (_UNEXPOSED_CELL.match(cell) or named) and self.set("control", "no-treatment", locate(cell, self.study.text)):
                return True
        for finding in self.study.findings:
            m = _UNEXPOSED_ROW.match(finding.parameter.strip())
            if m and self.set("control", "no-treatment", locate(m.group(0), self.study.text)):
                return True
        return False

    def _observational_only(self) -> bool:
        """A review whose words (outside Background) name observational designs and no randomisation: "30 cohort
        and case-control studies", "Observational studies only"."""
        if any(h.value is True and h.rank < BACKGROUND and not h.negated for h in self.hits("randomized")):
            return False
        return any(h.value in ("cohort", "case-control") and h.rank < BACKGROUND and not h.negated for h in self.hits("design"))

    def _untreated_arm(self) -> bool:
        """A group described as going without the treatment ("391 not given it") in Methods, in a
        study that compares groups (a trial, a cohort, or laboratory work), is a no-treatment control."""
        lab = self.values.get("species") in ("animal", "in-vitro")
        if not lab and self.values.get("design") not in ("rct", "controlled-trial", "cohort", "cross-sectional"):
            return False
        return self.set("control", "no-treatment", self._untreated_arm_quote())

    def _untreated_arm_quote(self) -> str | None:
        """The Methods sentence describing a group that went without the treatment ("8 patients ... who did not
        receive ghrelin served as the comparison group"), or None."""
        if not self.doc.rank_spans:
            return None
        lo, hi = self.doc.rank_spans[0]
        m = _UNTREATED_ARM.search(self.doc.text, lo, hi)
        return None if m is None else self.quotes.at(m.start())
