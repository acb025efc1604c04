"""The numbers: participants (n), included studies (n_studies), duration in days and I². The header
line decides when it gives one value, else the text, else the results table. Counting judges nothing, so it
stands apart from the rules that weigh design words.
"""
from __future__ import annotations

import re

from appraisal.facts.numbers import (
    cases_and_controls, column_count, counts, durations, first_rank, i2_column, i2_values, lone_group_count, parse_duration,
    study_counts, table_count, table_i2,
)
from appraisal.facts.text import METHODS, has_site_header, locate
from .evidence import REVIEWS

# "after a median follow-up of 39 months", "followed for a mean of 7.3 years": the average follow-up the study states as its
# own, which LABELLING takes as the duration when the header gives none
_STATED_FOLLOW_UP = re.compile(r"(?:\b(?:median|mean|average)\s+follow[- ]?up(?:\s+(?:time|period))?(?:\s+(?:of|was|lasted))?"
                               r"|\bfollowed\s+(?:up\s+)?for\s+an?\s+(?:median|mean|average)\s+of)[\s:,]+$")
# "8 or 12 weeks": two lengths offered (arms of different duration) give no single length, like a range
_RANGE = re.compile(r"\d\s*(?:[a-z]+\s*)?(?:to|or\b|-|–|—)\s*\d", re.I)
# "20 years (women), 11 years (men)": a header with two lengths, one per group, gives no single length (LABELLING: two
# lengths are null, like "8 or 12 weeks")
# ("18 and 12 years": one length per cohort, joined by "and", the unit said once)
_TWO_LENGTHS = re.compile(r"\d[\d.]*\s*(?:years?|months?|weeks?|days?)\b[^\d;,/]{0,30}[;,/]\s*\d[\d.]*\s*(?:years?|months?|weeks?|days?)\b"
                          r"|\d[\d.]*\s+and\s+\d[\d.]*\s*(?:years?|months?|weeks?|days?)\b", re.I)
# a header duration given as a bound ("Up to 14 years", "More than 5 years", "3 months or longer") is no length,
# like a range
_BOUND = re.compile(r"^\s*(?:up\s+to|at\s+least|at\s+most|more\s+than|less\s+than|over|under|[<>≤≥])\s*\d"
                    r"|^\s*\d[\d.,]*\s*[a-z]+\s+(?:or|and)\s+(?:longer|more|over|above|less|shorter|under|fewer)\b", re.I)
# "Short term ≤12 months; long term ≥24 months": the first length the header gives is a bound, after a label
_BOUND_LATER = re.compile(r"^\D*?(?:[<>≤≥]|\b(?:up\s+to|at\s+least|at\s+most|more\s+than|less\s+than)\b)\s*\d", re.I)
# a header that runs from an event to a time point ("Pre-conception to 12 weeks of pregnancy", "Birth to 6
# months", "From diagnosis until 3 years") gives no length: when it starts differs from person to person
_FROM_EVENT = re.compile(r"^\s*[^\d\s][^\d]{0,40}?\s(?:to|until|till|through)\s+(?:the\s+)?(?:age\s+of\s+)?\d"
                         # "Duration of chemotherapy + 4 weeks": a span of varying length plus a fixed one
                         r"|^\s*[^\d\s][^\d]{0,40}?\s(?:\+|plus)\s*\d"
                         # "5 weeks of pairing plus 5 days after injury": two lengths of two phases, counted from
                         # different events
                         r"|^\s*\d[\d.]*\s*(?:hours?|days?|weeks?|months?|years?)\b[^\d/]{0,40}?\s(?:\+|plus)\s*\d", re.I)
# "From 12 months of age until death", "From enrolment to delivery": a header that runs to an event
# (not to a number or a week/month/year) gives no length either
_TO_EVENT = re.compile(r"^\s*from\s+[^.;]{0,40}?\s(?:to|until|till)\s+(?!\d|(?:the\s+)?(?:end\s+of\s+)?"
                       r"(?:weeks?|months?|years?|days?|visits?)\b)[a-z]", re.I)
# "10 days before to 5 days after travel": two lengths counted from an event, "Until age 5 years": to an age
# reached at a different time by each child; neither is one length
_AROUND_EVENT = re.compile(r"^\s*\d[\d.]*\s*[a-z]+\s+(?:before|after|prior\s+to)\b[^/]*?\b(?:to|until|till|through)\s+\d"
                           r"|^\s*(?:until|till|to|up\s+to|through)\s+(?:the\s+)?age\b", re.I)
# "14 weeks' gestation to delivery", "6 months of age until weaning": a header that starts at an age or a stage of
# pregnancy (a time point, not a length) and runs to an event or a later point gives no single length
_FROM_TIME_POINT = re.compile(r"^\s*\d[\d.]*\s*(?:weeks?|months?|years?|days?)['’]?s?\s+(?:of\s+)?"
                              r"(?:gestation|gestational\s+age|pregnancy|age|postpartum)\b[^/]*?\s(?:to|until|till|through)\s", re.I)
# "Two 2-hour walks", "Single 3-hour infusion", "3 × 30-minute sessions": sessions of minutes or hours are
# exposures, not how long the study ran ("Two 6-week periods" are treatment periods, and keep their length)
_SESSIONS = re.compile(r"^\s*(?:single|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)(?:\s*[×x]\s*|\s+)"
                       r"\d[\d.]*[\s-]*(?:minutes?|min|hours?|h)[\s-]+[a-z]", re.I)
# "Lifetime (from 12 months of age)", "Lifelong": treatment until each animal died, however long it lived; the number
# in brackets is the age it started at, not a length
_LIFELONG = re.compile(r"^\s*(?:life[- ]?(?:time|long)|whole\s+life)\b", re.I)
_WASHOUT = re.compile(r"\d[\w.\s-]{0,12}?wash[- ]?outs?\b", re.I)
# "45 cohort studies", "218 meta-analyses": a header that counts included studies of some kind
_POOLED_PEOPLE = (r"(?:participants|patients|pts|people|men|women|adults|children|subjects|individuals|infants|babies|"
                  r"newborns|neonates|mothers|pregnancies|pairs|persons|volunteers|residents|workers|employees|students|survivors|"
                  # "599,912 current drinkers": people named by what they do
                  r"drinkers|smokers|users|respondents|"
                  # "30 trials (4,102 recipients)": transplant recipients
                  r"recipients|donors)")
# a count in a header slot: "2,994", or "2.192" with dots between groups of three (a head count is whole)
_HEADER_COUNT = r"(\d{1,3}(?:\.\d{3})+(?![\d.])|\d[\d,]*)"
# ("21 RCT, 2.192 participants": "RCT" counted in the singular)
_HEADER_STUDIES = re.compile(
    r"/\s*\d[\d,]*\s+(?:[\w-]+\s+)?(?:studies|trials|rcts?|articles|reports|papers|reviews|cohorts|meta-?analy[sz]es)\s*"
    # "27 trials (2,994 men)", "19 RCTs (n = 1,084)": the pooled people follow the count of studies in brackets
    rf"(?:\(\s*(?:{_HEADER_COUNT}\s+(?:[\w-]+\s+)?{_POOLED_PEOPLE}|n\s*=\s*{_HEADER_COUNT})\s*\)\s*"
    # "25 RCTs, 1,024 participants", "12 trials; 980 infants": the same, after a comma or a semicolon
    rf"|[,;]\s*{_HEADER_COUNT}\s+(?:[\w-]+\s+)?{_POOLED_PEOPLE}\s*"
    # "137 studies comprising 33,243 participants": the same, in words
    rf"|\s+(?:comprising|including|totall?ing|involving|with)\s+{_HEADER_COUNT}\s+(?:[\w-]+\s+)?{_POOLED_PEOPLE}\s*"
    # "83 studies, 40,310 deaths": something else counted after the studies; still a header of studies
    # "147 studies (113 preclinical, 34 clinical)": the studies broken down by kind, no people counted
    rf"|[,;][^/]*|\s*\((?![^()/]*(?:\bn\s*=|\b{_POOLED_PEOPLE}\b))[^()/]*\)\s*)?/", re.I)
# "300 cases and 571 controls", "195 cases and 780 matched controls", "462 cases, 462 controls" in the site header
_HEADER_CASES_CONTROLS = re.compile(
    r"/\s*(\d[\d,]*)\s+(?:[\w-]+\s+)?cases(?:\s*,\s*(?:and\s+)?|\s*\+\s*|\s+and\s+)(\d[\d,]*)\s+(?:[\w-]+\s+)?controls\s*/", re.I)
# "1,987 pairs", "400 matched pairs": in a case-control study each pair is one case and its control
_HEADER_PAIRS = re.compile(r"/\s*(\d[\d,]*)\s+(?:matched\s+|case[- ]control\s+)?pairs\s*/", re.I)
# "713,872 person-seasons", "52,000 patient-years": time at risk summed over people, not a count of people
_HEADER_PERSON_TIME = re.compile(
    r"/\s*\d[\d,]*\s+(?:person|patient|participant|subject|child|woman|man)[- ](?:years?|seasons?|months?|weeks?|days?|time)\s*/", re.I)

# "21 countries", "600 villages", "48 schools": a header that counts places or clusters, not people (an ecological or
# cluster study's head count, if any, is the text's)
# "906 households in 36 neighbourhoods", "171 surveys in 70 countries": homes and data sets are no people either
_HEADER_PLACES = re.compile(
    r"/\s*\d[\d,]*\s+(?:[\w-]+\s+)?(?:countries|nations|regions|provinces|counties|cities|towns|villages|communities|"
    r"districts|municipalities|schools|hospitals|practices|clinics|wards|clusters|households|homes|dwellings|"
    r"neighbou?rhoods|surveys|datasets|data\s+sets)(?:\s+(?:in|from|across)\s+\d[\d,]*\s+[\w-]+)?\s*/", re.I)

# "6–9 rats per group", "20 to 30 patients": a range in the header's count slot is no count (LABELLING: bounds and
# ranges are null); "12,483 women aged 70–85" counts, its range is of ages
# "36 completers": those left at the end, not the randomised or enrolled total (the text may still give it)
_HEADER_COMPLETERS = re.compile(r"/\s*\d[\d,]*\s+(?:[\w-]+\s+)?completers\s*/", re.I)
_COMPLETED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?completed\b")
_HEADER_RANGE = re.compile(r"/\s*\d[\d,]*\s*(?:[–—-]|to)\s*\d[\d,]*\s+[^/]*/", re.I)

# "3,760 patients were observed before and 3,820 after; patient numbers for the control hospitals are not given": the
# sentence that counts some groups says another group's count is missing, so no count of it is the study's n
_GROUP_UNCOUNTED = re.compile(
    r"\b(?:patient\s+|participant\s+)?(?:numbers|counts|sizes)\s+(?:of\s+(?:patients|participants)\s+)?(?:for|in|of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:groups?|arms?|hospitals|sites|clinics|wards|units|practices|centres|centers|controls?)\s+"
    r"(?:are|were|is|was)\s+not\s+(?:given|reported|stated|available|known|provided)\b", re.I)

# the count nouns of an animal study that name no animal
_NOT_ANIMALS = re.compile(r"\b(?:cases|controls|patients|participants|people|persons|volunteers|adults|children|women|men|"
                          r"individuals|subjects)\b", re.I)


def _other_header_counts(slot: str) -> set[int]:
    """The numbers a header slot of studies gives after the count of studies: "47 studies (65,540 cancer cases)",
    "83 studies, 40,310 deaths" (events or cases, the slot having named no people)."""
    return {int(x.replace(",", "")) for x in re.findall(r"\d[\d,]*\d|\d", slot)[1:]}


class SizeRules:
    """The `n`, `n_studies`, `duration_days` and `i2` facts."""

    def n(self):
        header_n = self.study.header_participants
        if header_n == 0 and has_site_header(self.study):
            # "0 participants" (a review, cell work): the study has none of its own; the "266 elderly
            # patients" its prose mentions are those of the work it describes
            return
        studies = _HEADER_STUDIES.search(self.header) if header_n and self.header else None
        not_people = set()
        if studies:
            # "HSS Journal/2025/36 studies/N/A": the header counts included studies, not people; "27 trials
            # (2,994 men)" gives the pooled people too
            pooled = next((g for g in studies.groups() if g), None)
            header_n = int(pooled.replace(",", "").replace(".", "")) if pooled else None
            if pooled is None:
                not_people = _other_header_counts(studies.group(0))
        # "5–12 rats per experiment": the header says the count varies, so only a total stated in the text decides
        header_range = bool(header_n and self.header and _HEADER_RANGE.search(self.header))
        completers = bool(header_n and self.header and _HEADER_COMPLETERS.search(self.header))
        if header_n and self.header and (header_range or completers or _HEADER_PLACES.search(self.header)):
            header_n = None
        person_time = bool(header_n and self.header and "-" in self.header and _HEADER_PERSON_TIME.search(self.header))
        if person_time:
            header_n = None  # the header counts person-time; the Methods may still count the people
        both = _HEADER_CASES_CONTROLS.search(self.header) if header_n and self.header else None
        if both:
            # "BMJ/2009/300 cases and 571 controls/N/A": a case-control study's n is both groups
            header_n = sum(int(g.replace(",", "")) for g in both.groups())
        pairs = _HEADER_PAIRS.search(self.header) if header_n and self.header and self.values.get("design") == "case-control" else None
        if pairs:
            header_n = 2 * int(pairs.group(1).replace(",", ""))
        if (header_n or person_time) and self.doc.rank_spans:
            # the header decides; Methods (the first span) is read only to report a disagreement
            text_counts = counts(self.doc, *self.doc.rank_spans[0])
        else:
            text_counts = first_rank(self.doc, counts)
        if text_counts and self.values.get("species") == "animal":
            # "the dose trend rests on four cases", "in 300 patients" in an animal study: tumours and people,
            # not the animals studied
            text = self.doc.text
            text_counts = [c for c in text_counts if not _NOT_ANIMALS.search(text, c.pos, max(c.end, c.pos + 1))]
        if text_counts and not_people:
            # "47 studies (65,540 cancer cases)" and the Methods' "the 65,540 cancer cases": the count the header
            # gave beside its studies, again, is still no count of people
            text_counts = [c for c in text_counts if int(c.value) not in not_people]
        if completers:
            # the same completers in the text ("Thirty-six volunteers completed the study") are no total either
            low = self.doc.low
            text_counts = [c for c in text_counts if not _COMPLETED_AFTER.match(low, c.end)]
        best = None
        if text_counts:
            # most trusted part first; there, randomised > enrolled/total > sum of groups > first count
            top_rank = min(c.rank for c in text_counts)
            top = [c for c in text_counts if c.rank == top_rank]
            best = max(top, key=lambda c: (c.weight, -c.pos))
            if header_range and best.weight < 2 and not best.total:
                best = None  # "separate groups (5 rats each)": one group of one experiment, not the study's count
            elif best is not None and not header_n and " not " in self.doc.sentence(best.sentence) \
                    and _GROUP_UNCOUNTED.search(self.doc.sentence(best.sentence)):
                best = None  # "patient numbers for the control hospitals are not given": the groups counted are a part

        if not header_n and self.values.get("design") == "case-control":
            # "the cases were 261 members ...; the controls were 868 members": both groups, counted apart
            both_groups = first_rank(self.doc, cases_and_controls)
            if both_groups and (best is None or both_groups[0].rank <= best.rank):
                best = both_groups[0]
            elif best is not None and best.pos == lone_group_count(self.doc):
                best = None  # "the controls were 868 members", the cases not counted: one group is not n
        if not header_n and (best is None or best.rank > METHODS) and self.values.get("species") != "in-vitro":
            # "Whey isolate (randomised, n = 6)" and "Casein (randomised, n = 7)": the arms counted only in the results
            # table's column names add up (or its "Total (n = 13)" column counts them), before a count outside the
            # Methods (one column's "n = 6" among them)
            arms = column_count(self.study.findings_header)
            if arms and self.set("n", arms, self._column_quote()):
                return
        if header_n:
            quote = self.header or locate(f"{header_n} participants", self.study.text)
            if self.set("n", int(header_n), quote):
                if best is not None and int(best.value) != int(header_n) and best.total:
                    self.conflicts["n"] = (f"header says {header_n}; text says {int(best.value)} "
                                           f"({self.quotes.number(best)})")
                return
        if best is not None:
            self.set("n", int(best.value), self.quotes.number(best))
        elif not header_n and not text_counts and self.values.get("species") not in ("animal", "in-vitro"):
            # "Players tested89": the only count is a row of the results table
            table = self.study.sections.get("Key Findings")
            row = table_count(table)
            if row:
                self.set("n", row[0], locate(row[1], self.study.text) or row[1])

    def _column_quote(self) -> str | None:
        """The results table's line of column names as it stands in the text, else its first counted column."""
        columns = self.study.findings_header
        return locate("".join(columns), self.study.text) or next(
            (quote for c in columns if "=" in c and (quote := locate(c, self.study.text))), None)

    def n_studies(self):
        if self.values.get("design") not in REVIEWS:
            return
        if self.study.header_participants and self.header and _HEADER_STUDIES.search(self.header):
            # "HSS Journal/2025/36 studies/N/A": the header's count of included studies decides, as it does for n
            # (the prose may count the records searched, "Of 1,545 articles identified", or only parts of the
            # studies, "201 meta-analyses of observational research ... and 17 of interventional research")
            self.set("n_studies", int(self.study.header_participants), self.header)
            return
        found = first_rank(self.doc, study_counts)
        if found:
            top_rank = min(c.rank for c in found)
            best = next(c for c in found if c.rank == top_rank)
            self.set("n_studies", int(best.value), self.quotes.number(best))

    def duration(self):
        # "Single doses, 7-day washouts": a washout is the gap between periods, not how long anyone was treated
        header = _WASHOUT.sub("", self.study.header_duration or "")
        no_length = _RANGE.search(header) or _TWO_LENGTHS.search(header) or _BOUND.match(header) or _BOUND_LATER.match(header) or _FROM_EVENT.match(header) or _TO_EVENT.match(header) \
            or _AROUND_EVENT.match(header) or _FROM_TIME_POINT.match(header) or _SESSIONS.match(header) or _LIFELONG.match(header)
        header_days = None if no_length else parse_duration(header)
        if header_days and self.set("duration_days", header_days, self.header):
            return
        if has_site_header(self.study):
            # the header says "N/A", "Single dose", "Lifetime": prose durations are follow-ups of other things, unless
            # Methods state the study's own median or mean follow-up
            self._stated_follow_up()
            return
        found = first_rank(self.doc, durations)
        if found:
            top_rank = min(c.rank for c in found)
            best = next(c for c in found if c.rank == top_rank)
            self.set("duration_days", best.value, self.quotes.number(best))

    def _stated_follow_up(self):
        """"The trial was stopped early, after a median follow-up of 39 months" in Methods: one average follow-up,
        stated once or always the same (a review's or an IPD analysis's several follow-ups, one per group of trials,
        give no single length)."""
        low = self.doc.low
        if "follow" not in low or self.values.get("design") in REVIEWS or not self.doc.rank_spans:
            return
        lo, hi = self.doc.rank_spans[0]
        if self.doc.segment_of(lo).rank != METHODS or ("median" not in low[lo:hi] and "mean" not in low[lo:hi]
                                                       and "average" not in low[lo:hi]):
            return
        found = [d for d in durations(self.doc, lo, hi) if _STATED_FOLLOW_UP.search(low, max(lo, d.pos - 45), d.pos)]
        if found and len({d.value for d in found}) == 1:
            self.set("duration_days", found[0].value, self.quotes.number(found[0]))

    def i2(self):
        found = first_rank(self.doc, i2_values)
        if found:
            top_rank = min(c.rank for c in found)
            best = next(c for c in found if c.rank == top_rank)
            self.set("i2", best.value, self.quotes.number(best))
            return
        for value, words in table_i2(self.study.sections.get("Key Findings")):
            # the prose gives none; the results table states it
            if self.set("i2", value, locate(words, self.study.text)):
                return
        rows = [f.raw for f in self.study.findings]
        for value, row in i2_column(self.study.findings_header, rows):
            # a results table with an I² column: the first outcome that has one
            if self.set("i2", value, locate(row, self.study.text)):
                return
