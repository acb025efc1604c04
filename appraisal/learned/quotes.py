"""Which sentence a learned reading quotes: a strong one that names the value, so the quote explains.

The sentence that pushes the model hardest is often a bystander ("In vitro only", "Retrospective
data" quoted for a no-treatment control). Among the sentences that push at least a quarter as hard as
the strongest, the first that names the value ("observed without treatment", "users compared with
non-users", "versus statin therapy alone") is quoted instead; when none does, the strongest is.
The choice never changes a reading's value or probability, only which sentence stands behind it.

Measured on the learned decisions of leave-one-set-out cross-validation (189 over 955 studies): the
quote names the value in 69 with the strongest sentence, 103 with this preference (109 with any
pushing sentence, 97 with half as hard; a quarter keeps the quote among the strong contributors).
"""
from __future__ import annotations

import re
from collections.abc import Sequence


def _words(*patterns: str) -> re.Pattern:
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(patterns) + ")")


# per fact and value: the words of a sentence that says so (design and control: the facts the
# model decides; a value missing here has no preference)
NAMES: dict[str, dict[str, re.Pattern]] = {
    "design": {
        "rct": _words(r"randomi[sz]", r"random(?:ly)?\b", r"trials?\b", r"allocat", r"assigned", r"cross-?over",
                      r"placebo-controlled", r"double-blind"),
        "controlled-trial": _words(r"trials?\b", r"controlled", r"non-?random", r"allocat", r"assigned", r"compared",
                                   r"control (?:group|arm)s?", r"groups?\b"),
        "cohort": _words(r"cohorts?\b", r"followed", r"follow-up", r"prospective", r"retrospective", r"regist",
                         r"records?\b", r"database", r"observational", r"longitudinal"),
        "case-control": _words(r"case-control", r"cases\b", r"controls\b", r"matched"),
        "cross-sectional": _words(r"cross-sectional", r"surveys?\b", r"questionnaires?", r"prevalence",
                                  r"at one time"),
        "case-series": _words(r"case series", r"series\b", r"single-?arm", r"single group", r"one group",
                              r"uncontrolled", r"open-label", r"pilot", r"consecutive", r"no control"),
        "case-report": _words(r"case report", r"a \d+-year-old",
                              r"(?:one|a|single) (?:patient|woman|man|boy|girl|child|case)\b"),
        "meta-analysis": _words(r"meta-?analy", r"pooled", r"trials\b", r"studies\b", r"systematic"),
        "systematic-review": _words(r"systematic", r"reviews?\b", r"studies\b", r"trials\b"),
        "narrative-review": _words(r"reviews?\b", r"overview", r"literature", r"narrative"),
    },
    "control": {
        "placebo": _words(r"placebo", r"vehicle", r"sham", r"dummy", r"inactive", r"inert", r"matched", r"identical",
                          r"\w+-free\b"),
        "active": _words(r"versus\b", r"vs\.?", r"compared", r"comparator", r"against\b", r"doses?\b", r"regimens?\b",
                         r"either\b"),
        "usual-care": _words(r"usual", r"standard", r"routine", r"conventional", r"alone\b", r"care\b"),
        "no-treatment": _words(r"untreated", r"no (?:treatment|intervention|supplement)", r"non-?users", r"never",
                               r"unexposed", r"wait", r"control (?:group|arm|animals)",
                               r"did not (?:receive|take|use)", r"without\b", r"controls\b"),
        "historical": _words(r"historical", r"external", r"general population", r"expected", r"previous", r"prior",
                             r"regist", r"reference", r"background"),
        "none": _words(r"single-?arm", r"single group", r"one (?:arm|group)", r"no (?:control|comparison)",
                       r"uncontrolled", r"without a control", r"case (?:series|report)",
                       r"all (?:patients|participants)"),
    },
}
SHARE = 0.25  # a named sentence must push at least this share of the strongest sentence's push


def names(fact: str, value: str, sentence: str) -> bool:
    """Does the sentence name this value of the fact (True where no words are known for it)?"""
    pattern = NAMES.get(fact, {}).get(value)
    return pattern is None or pattern.search(sentence) is not None


def quote_order(scored: Sequence[tuple[float, str]], fact: str, value: str) -> list[str]:
    """The sentences in the order to try as the quote. `scored`: (push, sentence), strongest first."""
    if not scored:
        return []
    floor = max(scored[0][0] * SHARE, 0.0)
    named = [s for push, s in scored if push > floor and names(fact, value, s)]
    first = named[0] if named else scored[0][1]
    return [first] + [s for _, s in scored if s is not first]
