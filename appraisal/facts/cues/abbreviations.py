"""Registry abbreviations ("DB, PC RCT", "OL", "vs SoC") and how they are found: with str.find in
the text as written (not lower-cased), each counting only next to the words of a design or an arm."""
from __future__ import annotations

import re
from operator import itemgetter

from .grouping import _Cue
from .markers import STRONG, WEAK


# Registry abbreviations ("DB, PC RCT", "OL, single-arm pilot", "vs SoC"), matched in the text as
# written: lower-cased, "db" is a decibel or a db/db mouse, "tau" a protein, "soc" a journal's
# "Soc", "pc" a phosphatidylcholine. Two capitals also name other things ("SB" S. boulardii, "PC"
# prostate cancer, "OL" oral leukoplakia), so each one counts only next to words of a design or
# an arm.
_DESIGN_NEXT = re.compile(r"[,;/\s-]+(?:[\w-]{1,30}[,;/\s]+){0,3}?"
                          r"(?:R?CTs?|PC|PBO|[Rr]andomi[sz]ed|[Cc]ross-?over|[Tt]rials?|[Pp]lacebo|[Pp]ilot|[Pp]hase|[Ss]tudy|[Dd]esign)\b")
# an arm's name comes after "vs", "plus", "Control:" ... or before "alone", "arm", "group"
_ARM_BEFORE = re.compile(r"(?:\bvs\.?|\bversus|\bplus|\+|\bor|\band|\bwith|\bto|:)\s$|\($")
_ARM_AFTER = re.compile(r"\s+(?:alone|only|arms?|groups?|controls?|conditions?)\b")
_CLAUSE_START = re.compile(r"(?:^|[;:(,.\n])\s?$")
# a review's pooled studies named after it: "MA of observational studies", "MA of 12 RCTs"
_STUDIES_NEXT = re.compile(r"\s+of\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,3}?(?:R?CTs|[Tt]rials|[Ss]tudies|[Cc]ohorts)\b")
# (words, facts, fixed, where): `where` says which words around it make it count. Found with
# str.find, one word at a time: far faster than a regex alternation tried at every position.
_ABBREVIATION_CUES: list[tuple[tuple[str, ...], tuple, bool, str]] = [
    (("DBPC", "DBPCT", "DBPCRCT", "DB-PC", "DB-PC-RCT", "DB-PC-CT"),
     (("blinding", "double", STRONG), ("control", "placebo", STRONG)), False, ""),
    (("DB",), (("blinding", "double", STRONG),), False, "design"),
    (("SB",), (("blinding", "single", STRONG),), False, "design"),
    # "Design: OL, single-arm", "open (OL)", "... group. OL; staff aware": OL starting a clause
    (("OL",), (("blinding", "open", STRONG),), True, "design|clause"),
    (("PC",), (("control", "placebo", STRONG),), False, "design|after-db"),
    (("SoC", "SOC", "TAU", "BSC"), (("control", "usual-care", STRONG),), False, "arm"),
    # "vs PBO", "PBO-controlled": placebo, unless the text spells it out as something else ("piperonyl butoxide (PBO)")
    (("PBO", "PBOs"), (("control", "placebo", STRONG),), False, "unless-spelt"),
    (("WLC",), (("control", "no-treatment", STRONG), ("design", "controlled-trial", WEAK)), True, ""),
    (("AC-controlled",), (("control", "active", STRONG),), False, ""),
    # "MA of observational studies published 1989–2015": a meta-analysis, abbreviated, with the studies it pooled
    # (not the state "Boston, MA" or an author's initials "Hernán MA")
    (("MA",), (("design", "meta-analysis", STRONG),), False, "studies"),
]
# each word with its lower-case word key (see text.word_keys): a study without that key is skipped
_ABBREVIATION_WORDS = [(w, w.split("-")[0].lower()[:4], _Cue(0, -1, facts, fixed), where)
                       for words, facts, fixed, where in _ABBREVIATION_CUES for w in words]


def _spelt_otherwise(text: str, word: str) -> bool:
    """The text defines the abbreviation as words other than its registry meaning: "the synergist piperonyl butoxide
    (PBO)" or "PBO (piperonyl butoxide)" (not "placebo (PBO)")."""
    i = text.find(f"({word})")
    if i > 0 and not text[max(0, i - 12):i].rstrip().lower().endswith("placebo"):
        return True
    j = text.find(f"{word} (")
    return j >= 0 and not text[j + len(word) + 2:j + len(word) + 12].lower().startswith("placebo")


def _abbreviation_counts(text: str, s: int, e: int, where: str) -> bool:
    """The words around an abbreviation make it a design or an arm (each check reads a few characters)."""
    if not where:
        return True
    if where == "unless-spelt":
        return not _spelt_otherwise(text, text[s:e].rstrip("s"))
    if "design" in where and _DESIGN_NEXT.match(text, e, e + 140):
        return True
    if "clause" in where and _CLAUSE_START.search(text[max(0, s - 2):s]) and (e == len(text) or text[e] in " \n,;:)"):
        return True
    if "after-db" in where and text[max(0, s - 4):s].rstrip(" ,/").endswith("DB"):
        return True
    if where == "studies":
        return _STUDIES_NEXT.match(text, e, e + 80) is not None
    if "arm" in where and (_ARM_BEFORE.search(text[max(0, s - 9):s]) or _ARM_AFTER.match(text, e, e + 20)):
        return True
    return False


def abbreviation_matches(text: str, end_of_study: int, keys: set[str] | None = None) -> list:
    """Registry abbreviations in the study's own parts (not Background), as (start, end, cue)."""
    out = []
    size = len(text)
    for word, key, cue, where in _ABBREVIATION_WORDS:
        if keys is not None and key not in keys:
            continue
        s = text.find(word, 0, end_of_study)
        while s >= 0:
            e = s + len(word)
            if not ((s and (text[s - 1].isalnum() or text[s - 1] in "/-")) or (e < size and (text[e].isalnum() or text[e] == "/"))) \
                    and _abbreviation_counts(text, s, e, where):
                out.append((s, e, cue))  # (not part of a longer word or a slash pair: "db/db", "SB-431542")
            s = text.find(word, e, end_of_study)
    out.sort(key=itemgetter(0))
    return out
