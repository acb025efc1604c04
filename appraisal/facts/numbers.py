"""Numbers: participants (n), included studies, duration, I².

Counts are read only where they describe this study (Methods, Key Finding, results), never from
Background, and never from ages ("aged 45 years") or screening totals ("500 screened").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from appraisal.facts.text import BACKGROUND, METHODS, Document

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
}
_WORDS = "|".join(_WORD_NUMBERS)
# Every pattern starts with the number itself (digits, or a number word), which the regex engine
# finds fast; the context before it is checked afterwards on a short slice.
_DIGITS = r"(\d(?:\d{0,2}(?:,\d{3})+(?![\d,])|\d{0,2}(?:\u2009\d{3})+|\d*(?:\.\d+)?))"
# the same, never starting inside a longer number or a name ("C57BL/6"): the engine skips those
# starts itself instead of handing them to Python to drop; a point glued to a word before it is a full stop whose
# space was left out ("a London fever hospital.300 children received"), not a decimal point
_WHOLE_DIGITS = _DIGITS.replace(r"(\d(?:", r"(\d(?<![\d,/]\d)(?:(?<!\.\d)|(?<=[a-zA-Z]{2}\.\d))(?:", 1)
_WHOLE_DIGITS_NO_SLASH = _DIGITS.replace(r"(\d(?:", r"(\d(?<![\d.,]\d)(?:", 1)
# ("3,4 years": a decimal comma, one or two digits after it; "3,400 days" keeps its thousands)
_NUM = r"(\d+,\d{1,2}(?![\d,])|\d{1,3}(?:,\d{3})+|\d{1,3}(?:\u2009\d{3})+|\d+(?:\.\d+)?|" + _WORDS + r")"
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_SUBJECTS = (
    r"(?:patients|participants|subjects|adults|volunteers|women|men|children|individuals|people|"
    r"persons|infants|neonates|newborns|adolescents|girls|boys|athletes|smokers|students|veterans|"
    r"outpatients|inpatients|residents|cases|controls|pregnancies|mothers|couples|respondents|nurses|"
    # "36 probands received 200 µg sodium selenite": the people studied, in a German writer's word
    r"probands|"
    # ("the users' cohort comprised 44,321 members": a health plan's members)
    r"workers|employees|physicians|doctors|soldiers|survivors|users|members|"
    # "62 male powerlifters who placed first to fifth": athletes named by their sport
    r"cyclists|runners|swimmers|rowers|(?:power|weight)?lifters|bodybuilders|"
    # "154,932 Marines and Navy personnel": service members
    r"marines|sailors|personnel|servicemen|servicewomen|recruits|troops|"
    # "215 eligible donors who had not donated ... were allocated": blood donors are the people studied
    r"donors|"
    # "1609 babies went with their mothers", "6,000 pupils", "153 three-year-olds and 144 eight- and nine-year-olds": the
    # plain words for young children, and children named by their age (the first of two ages left hanging on its hyphen)
    r"babies|toddlers|pupils|schoolchildren|(?:[a-z]+-\s+(?:and|or|to)\s+)?[a-z]+-year-olds|"
    r"rats|mice|animals|dogs|rabbits|pigs|piglets|sheep|monkeys|hamsters|horses|cats|cows|zebrafish|"
    # "Controlled experiment in 18 swine, six per group": pigs by the word a surgical or trauma model uses
    r"swine|"
    # ("Forty-three elbows received a corticosteroid injection": joints counted as the people they belong to)
    r"eyes|knees|teeth|elbows|shoulders|hips|ankles|"
    # ("2,212 procedures in control stages and 2,263 procedures with the checklist": operations counted as the patients
    # operated on, when a surgical study counts nothing else)
    r"procedures|operations)"
)
# words allowed between the number and the noun: adjectives, not units/prepositions/verbs
_FILLER = (r"(?:(?!(?:weeks?|months?|days?|years?|hours?|mg|g|kg|ml|mcg|µg|in|of|with|to|from|for|per|at|"
           r"on|and|or|were|was|who|had|than|times|groups?|arms?|studies|trials|rcts|experiments|"
           # "Two Drugs Turn Couch-Potato Mice ...": the number counts the things it is said of first
           r"drugs|compounds|agents|doses|sessions|visits|injections|supplements|treatments|interventions|diets|"
           r"the|a|an|these|those|this|that|their|our|its|his|her|person|patient)\b)[a-z][\w/-]*,?\s+)")
_COUNT_TAIL = r"\s+" + _FILLER + r"{0,4}?" + _SUBJECTS + r"\b"
_COUNT = re.compile(_WHOLE_DIGITS + _COUNT_TAIL)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"


def _word(w: str) -> str:
    """A number word as a pattern; tens take an optional unit ("forty-eight")."""
    return f"({w}(?:[- ](?:{_UNITS_WORDS}))?)" if w in _TENS else f"({w})"


_COUNT_WORDS = {w: re.compile(_word(w) + _COUNT_TAIL) for w in _WORD_NUMBERS}
# "two hundred and eighty-six patients", "one thousand six hundred and ninety-four women": a count spelled out with
# hundreds or thousands (the single-word patterns above would read only its last part, "eighty-six patients")
_TEENS_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_BELOW_100 = rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{_UNITS_WORDS}))?|{_TEENS_WORDS}|{_UNITS_WORDS})"
_BELOW_1000 = rf"(?:(?:{_UNITS_WORDS})\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?|{_BELOW_100})"
_BIG_WORDS = (rf"(?:{_BELOW_1000}\s+thousand(?:,?\s+(?:and\s+)?{_BELOW_1000})?|"
              rf"(?:{_UNITS_WORDS})\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?)")
_BIG_NUMBER = rf"(?<![\w-])({_BIG_WORDS})\b"
_BIG_COUNT = re.compile(_BIG_NUMBER + _COUNT_TAIL)


def _spelled(raw: str) -> int:
    """"two hundred and sixty-one" -> 261 (a phrase _BIG_NUMBER matched)."""
    total = current = 0
    for word in re.split(r"[\s,-]+", raw.lower()):
        if word == "hundred":
            current *= 100
        elif word == "thousand":
            total, current = total + current * 1000, 0
        elif word in _WORD_NUMBERS:
            current += _WORD_NUMBERS[word]
    return total + current


# ("n = 154, one city": a comma or a full stop after the count ends it; one before more digits is part of a number)
_N_EQUALS = re.compile(r"n\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)(?!\d|[,.]\d)"
                       r"(?!\s*(?:per|in\s+each|each|/|studies|trials|rcts|cohorts|articles|reports)\b)")
# "1.8 million women": a count in millions (the plain pattern sees only the non-integer 1.8)
_MILLIONS = re.compile(_WHOLE_DIGITS + r"\s+million" + _COUNT_TAIL)
_MILLION_AFTER = re.compile(r"[\s-]+(?:million|billion)\b")
_SECOND_ARM = re.compile(
    r"[^.;]{0,80}?\band\s+(\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:patients|participants|subjects|adults|women|men|children)\s+)?"
    r"(?:to\s+receive|to\s+(?:the\s+)?[\w-]+|were\s+(?:assigned|allocated|randomi[sz]ed)|in\s+the\s+[\w-]+\s+(?:group|arm))")
_ALLOCATION = re.compile(r"\b(?:assigned|allocated|randomi[sz]ed)\b")
# "374 to letrozole 2.5–7.5 mg/day, 376 to clomiphene 50–150 mg/day", "47 to group CBT (...) on top of usual care; 49 to
# usual care alone": two arms' sizes, each "N to <arm>" with no noun, side by side (each opens its clause: see
# _ARM_CLAUSE_BEFORE; "aged 18 to 40", "day 7 to day 14" are ranges, not arms)
_ARM_TO = r"(\d{1,3}(?:,\d{3})+|\d+)\s+to\s+(?!\d)(?!(?:" + _WORDS + r"|days?|weeks?|months?|years?|hours?)\b)"
# ("allocated to two groups: 110 to the experimental group and 114 to the comparison group": joined by "and" alone)
_ARM_PAIR = re.compile(_ARM_TO + r"(?:[^.;:()]|\([^()]{0,200}\)|\.(?=\d)){2,160}?(?:[,;]\s+(?:and\s+)?|\s+and\s+)" + _ARM_TO)
_LATER_ARM_TO = re.compile(r"(?:[,;]\s+(?:and\s+)?|\s+and\s+)(?:\d{1,3}(?:,\d{3})+|\d+)\s+to\s")
# "randomly allocated to three groups: 32 to Tα1 for 26 weeks, 34 to the same regimen for 52 weeks, and 32 to no specific
# treatment": a third (and later) arm listed after the pair, the same way
_NEXT_ARM = re.compile(r"(?:[^.;:()]|\([^()]{0,200}\)|\.(?=\d)){2,160}?(?:[,;]\s+(?:and\s+)?|\s+and\s+)" + _ARM_TO)
_ARM_CLAUSE_BEFORE = re.compile(r"(?:[,;:(]|\band)\s*$")
# "the users' cohort comprised 44,321 members and the non-users' cohort another 44,321": a second group of the same
# people, its noun left out after "another" and the clause ended there ("and another 1,200 members left the plan" is
# no group of the study)
_ANOTHER_GROUP = re.compile(
    r"[^.;]{0,80}?\band\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?:another|a\s+further)\s+(\d{1,3}(?:,\d{3})+|\d+)"
    r"(?=\s*[;:)]|\s*$|[.,](?!\d))")
# "154,932 Marines ... (exposed) were compared with 154,969 who began at Camp Pendleton": the comparison group
# counted after "compared with", its people left unnamed ("62 male powerlifters ... were compared with 1,094 men from a
# population health survey": or named as people, with at most one word before the noun)
_COMPARED_GROUP = re.compile(
    r"[^.;]{0,160}?\b(?:were|was)\s+compared\s+(?:with|to)\s+(?:the\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+(?:who|whose|that|"
    r"(?:[\w-]+\s+)?(?:men|women|people|persons|individuals|adults|children|boys|girls|patients|participants|subjects|"
    r"controls|volunteers)\b)")
# "304 animals were in the control enclosure, 303 in the ioniser enclosure and 307 in the UV enclosure": a count, then
# the other groups' sizes without their noun, each "M in the <name> <same word for the group>"
_WERE_IN_GROUP = re.compile(r"\s+(?:were|was)\s+(?:housed\s+|kept\s+|placed\s+)?in\s+the\s+(?:[\w-]+\s+){0,2}?"
                            r"(groups?|arms?|cohorts?|enclosures?|cages?|rooms?|wards?|units?|pens?|tanks?|conditions?)\b")
_NEXT_IN_GROUP = r"\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+)(\d{1,3}(?:,\d{3})+|\d+)\s+in\s+the\s+(?:[\w-]+\s+){0,2}?"
# "ADNI participants: 229 cognitively normal older adults, 397 with mild cognitive impairment, and 193 with Alzheimer's
# disease": after a colon, the sample's groups named by their condition, the first with its noun (and a word for its
# kind), the others bare counts "with" theirs, the list closed by "and" ("500 adults, 120 with diabetes" is a subset)
_NEXT_WITH_GROUP = re.compile(r"[^.;:()%\d]{0,80}?(,\s*(?:and\s+)?|\s+and\s+)(\d{1,3}(?:,\d{3})+|\d+)\s+with\s")
_COLON_BEFORE = re.compile(r":\s*$")
_ENROLLED = re.compile(  # (?<!\d): a start inside a digit run rescans the run (quadratic on long runs)
    # (?<![a-z]): "PM10 or NO2 were included" counts no one, the digit ends a name
    r"(?<![\da-z])(\d(?:\d{0,2}(?:,\d{3})+(?![\d,])|\d*))\s+(?:(?:were|was)\s+(?:enrolled|randomi[sz]ed|included|recruited|studied|analy[sz]ed|"
    r"randomly\s+(?:assigned|allocated))|underwent\s+randomi[sz]ation|"
    # "3,497 were assigned to 4% albumin and 3,500 to 0.9% sodium chloride": the first of two arms counted side by side
    # (_SECOND_ARM adds the second); one arm alone ("120 were assigned to the diet") is no total
    r"(?:were|was)\s+(?:assigned|allocated)\s+to\b(?=[^.;]{0,80}?\band\s+\d))\b")
# "Neighbourhoods ... were the unit of randomisation: 25 were assigned to handwashing promotion and 11 to control": the
# arms counted in clusters, not people
# (places where people were treated, "Adults in 16 ICUs: 3,497 were assigned", are no clusters)
_CLUSTERS_BEFORE = re.compile(r"\b(?:clusters?|cluster[- ]randomi[sz]ed|units?\s+of\s+(?:randomi[sz]ation|allocation))\b")
_SAMPLE = re.compile(r"sample(?:\s+size)?\s*(?:of|was|:|=|comprised)\s*(\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?!\d|\.\d)")
_TOTAL_WORD = re.compile(r"\b(?:total|overall|altogether|in\s+all|combined|pooled)\b", re.I)
_NOT_A_SAMPLE = re.compile(
    r"^[^.;]{0,30}?\b(?:screened|assessed\s+for\s+eligibility|invited|approached|contacted|excluded|"
    # ("Mothers of 185 babies who had died of SIDS": the cases of a case-control study, who died before it; "312 control
    # babies chosen at random from birth records": the source the controls were drawn from, not records screened)
    r"declined|dropped|withdrew|withdrawn|lost|(?<!who\s)(?<!who\shad\s)died|deaths?|(?<!birth\s)(?<!medical\s)(?<!hospital\s)records|"
    r"citations|articles|identified|eligible|potentially|"
    # "roughly three women overdiagnosed for every breast cancer death prevented": a ratio of people to events
    r"for\s+every)\b", re.I)
# How abstracts say which count is the study's: "200 underwent randomisation", "we enrolled 53,454
# persons", "13 trials (164,225 participants)". Weight: 3 randomised, 2 enrolled/analysed/total,
# 1 a sum of stated groups, 0 any other count.
_RANDOMIZED_AFTER = re.compile(
    r"^[^,;:(.]{0,120}?\b(?:(?:were|was|had\s+been)\s+(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))|"
    r"underwent\s+randomi[sz]ation)\b")
_ENROLLED_AFTER = re.compile(
    r"^[^,;:(.]{0,120}?\b(?:(?:were|was|had\s+been)\s+(?:enrolled|included|recruited|analy[sz]ed|studied)|"
    r"whose\s+data\s+were\s+analy[sz]ed)\b")
_RANDOMIZED_BEFORE = re.compile(r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\s+(?:a\s+total\s+of\s+)?$")
_ENROLLED_BEFORE = re.compile(
    r"\b(?:enrolled|included|recruited|studied|followed|analy[sz]ed)\s+(?:a\s+total\s+of\s+)?$"
    r"|\d\s+(?:[\w-]+\s+){0,2}(?:trials|studies|cohorts)\s*\(\s*$")
# "at least 1000 participants", "more than 500 patients": eligibility thresholds, not the sample
_THRESHOLD_BEFORE = re.compile(
    r"(?:\bat\s+least|\bmore\s+than|\bfewer\s+than|\bless\s+than|\bup\s+to|\bminimum\s+of|\bmaximum\s+of|[≥≤<>]|>=|<=)\s*$")
# "five to eight mice per group", "20-30 patients": the upper end of a range is no count
_RANGE_BEFORE = re.compile(r"(?:\d|\b(?:" + _WORDS + r"))\s*(?:to|-|–|—)\s*$"
                           # "Seven or eight dogs were tested": either number, a bound rather than a count
                           r"|(?:\d|\b(?:" + _WORDS + r"))\s+or\s+$"
                           # "between 40 and 60 rats": the upper end of a range said with "between ... and"
                           r"|\bbetween\s+(?:\d[\d,]*|" + _WORDS + r")\s+and\s+$")
# "we documented 3300 new cases of diabetes": events during follow-up, not participants
_EVENTS = re.compile(r"\b(?:new|incident|fatal)\s+cases\b|^\S+\s+cases\s+of\b")
_EVENTS_BEFORE = re.compile(r"\b(?:documented|recorded|ascertained|occurred\s+in|there\s+were)\s+$")
# "Of 18,289 women asked ..., 16,741 ... were analysed": the first count is the pool drawn from
_POOL_BEFORE = re.compile(r"(?:^\s*|[;,:]\s*)(?:of|from)\s+(?:the\s+|these\s+)?$")
# "Thirty-three patients were assigned to each group": one group's size
_EACH_GROUP_AFTER = re.compile(r"^[^.;(,]{0,60}?\b(?:(?:in|to)\s+each|per)\s+(?:of\s+the\s+)?(?:\w+\s+)?(?:group|arm)s?\b"
                               # "60 animals per sex per dose", "ten mice per cage": the size of one group
                               r"|^\s+(?:[\w-]+\s+){0,2}?per\s+(?:sex|dose|dose\s+group|cage|litter|strain)\b")
# "Groups were typically of five mice", "usually in groups of eight": a usual group size, with no count of groups, makes
# no total (LABELLING: bounds and approximate sizes are no count)
_TYPICAL_GROUP_BEFORE = re.compile(
    r"\b(?:groups?|arms?|cages?)\s+(?:(?:were|was|had|contained|comprised|numbered)\s+)?(?:typically|usually|generally|mostly|"
    r"normally|commonly)\s+(?:of\s+)?$|\b(?:typically|usually|generally|mostly|normally|commonly)\s+(?:in\s+)?(?:groups?|cages?)\s+of\s+$")
# "cells from 12 healthy donors", "serum obtained from 5 donors": donors as the source of material
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|each\s+of\s+)?$")
# "about one in four long-term users", "1 in 10 patients": a proportion, its second number no count of the sample
_PROPORTION_BEFORE = re.compile(r"(?:\d|\b(?:" + _WORDS + r"))\s+in\s+$")
_APPROX_BEFORE = re.compile(r"(?:\b(?:approximately|about|around|roughly|nearly|almost)|~)\s*$")
_GROUP_COUNT = re.compile(r"\b(two|three|four|five|six|2|3|4|5|6)\s+(?:[\w-]+\s+){0,2}?(?:groups|arms)\b")
# "229,119 men and 173,141 women", "100 patients with cancer and 200 control patients": the groups
# a study is made of, joined in one clause (no result in brackets or percent between them)
# ("Mothers of 185 babies who had died ... were interviewed at home, as were the mothers of 312 control babies": the
# second group shares the first one's verb)
# ("2,441 CSII users against 15,727 people on MDI": the comparison group set against the first)
_JOINED = re.compile(r"\b(?:and|compared\s+with|versus|vs\.?|against|as\s+(?:were|was))\b")
_NOT_JOINED = re.compile(r"[;]|\(\s*\d|\d\s*%|\bof\s+whom\b|\bincluding\b")
# "1,212 people with cancer (611 lung, 601 upper aerodigestive) and 1,040 people without cancer": a bracket that breaks
# the first group down (its numbers add up to the group) is no result standing between the two groups
_BREAKDOWN = re.compile(r"\(\s*\d[^()]{0,120}\)")
_BRACKET_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d.])")
# "admitted to a London fever hospital.300 children received ...": a full stop after a word, its space left out, ends
# the sentence; the count after it is no decimal tail (a decimal has a digit before its point)
_GLUED_FULL_STOP = re.compile(r"[a-z]{2}\.")
# "In all, 1,212 people ... and 1,040 people ... were interviewed": a total word that opens the sentence, and a verb
# between two counts (which would end the first count's clause)
_LEADING_TOTAL = re.compile(r"(?:^|[.;:]\s*|\n\s*)(?:in\s+all|in\s+total|altogether|overall),?\s*$")
_VERB_BETWEEN = re.compile(r"\b(?:were|was|had|have|has|took|completed|received|underwent)\b")
# one clause about the first group, closed by a semicolon (no result in brackets or percent in it)
_CLAUSE_THEN_CONTROL = re.compile(r"(?:(?!\(\s*\d|\d\s*%|\bof\s+whom\b|\bincluding\b)[^.;])*;\s*")
# "...; the non-omalizumab group comprised 2,829 patients": the next clause opens on the comparison group, named for its
# role or for the drug it went without, and counts it
_CLAUSE_THEN_CONTROL_GROUP = re.compile(
    _CLAUSE_THEN_CONTROL.pattern + r"(?:the\s+)?(?:control|comparison|comparator|reference|untreated|unexposed|non-[\w-]+)\s+"
    r"(?:group|arm|cohort)\s+(?:comprised|included|consisted\s+of|numbered|contained|was|of)\s+")
# between two arms' bracketed sizes: "(67 patients), crizanlizumab 2.5 mg/kg (", "(66 patients) or placebo (" (the arm's
# name between, no result: no digits but its dose, no percent)
_BRACKETED_ARM = re.compile(r"\),?\s+(?:or\s+|and\s+)?(?:to\s+)?(?:[^.;:()%]|\.(?=\d)){1,60}?\(\s*")
# the clause before the first arm allocates ("were assigned to intravenous crizanlizumab 5.0 mg/kg ("): the arms follow
_ALLOCATED_BEFORE = re.compile(r"\b(?:assigned|allocated|randomi[sz]ed)\b(?:[^.;]|\.(?=\d))*$")
# "36 probands received 200 µg sodium selenite orally per day as verum, 34 probands received a placebo tablet": two
# counts of the same people, each the subject of what its arm was given, the first clause closed by a comma
# ("34 patients received conventional therapy plus two hemoperfusion sessions; 30 patients received conventional therapy
# alone": or by a semicolon)
_GIVEN_VERB = r"\s+(?:received|were\s+given|got|took)\s"
_COMMA_THEN_ARM = re.compile(_GIVEN_VERB + r"[^.;:()%]{1,120}?[,;]\s+(?:and\s+|while\s+|whereas\s+)?")
_GIVEN_AFTER = re.compile(_GIVEN_VERB)
# "4,015 patients got adrenaline and 3,999 got the dummy ampoules": the second arm counted without its noun, the subject
# of the same kind of verb after "and" (added up only in a part of the study that allocates: see _allocating_part)
_SECOND_GIVEN = re.compile(_GIVEN_VERB + r"(?:[^.;:()%]|\.(?=\d)){1,80}?\band\s+(\d{1,3}(?:,\d{3})+|\d+)" + _GIVEN_VERB)
# "76 received quercetin phytosome 1,000 mg/day plus standard care and 76 received standard care alone": the same two
# arms with no noun at all, the first count opening its clause (see _given_pairs); _LATER_GIVEN is its cheap guard
_GIVEN_PAIR = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)" + _SECOND_GIVEN.pattern)
_LATER_GIVEN = re.compile(r"and\s+(?:\d{1,3}(?:,\d{3})+|\d+)" + _GIVEN_VERB)
# the count of a control or comparison group: "67 control patients", "40 unexposed workers"
_CONTROL_GROUP = re.compile(r"\d[\d,]*\s+(?:control|comparison|untreated|unexposed)\s")
# "; 300 other children admitted over the same period served as controls": the next clause's group is the control by
# its role, said after its count
_SERVED_AS_CONTROLS = re.compile(r"(?:\s+[\w-]+){0,6}?\s+(?:served|acted|were\s+used)\s+as\s+(?:the\s+|a\s+)?"
                                 r"(?:controls?|comparators?|(?:control|comparison)\s+group)\b")
# "7774 women and 8158 infants": mothers and their babies are the same pregnancies, not two groups
_MOTHERS = re.compile(r"\b(?:women|mothers|pregnancies|pregnant)\b")
_BABIES = re.compile(r"\b(?:infants|babies|newborns|neonates|fetuses|offspring)\b")
# "Sixty albino rats ... were assigned ... and given to 12 psychology students": animals and the people who handled them
# are not two groups of one sample
_ANIMALS = re.compile(r"\b(?:animals|rats|mice|rabbits|dogs|cats|pigs|piglets|swine|sheep|monkeys|hamsters|primates|rodents|"
                      r"chickens|horses|cows|calves|lambs|zebrafish|worms|flies)\b")
# "coronavirus disease 2019 patients", "type 2 diabetic patients", "stage 3 patients": the number
# belongs to a name or a class, not a count
_LABEL_BEFORE = re.compile(r"\b(?:disease|type|grade|stage|class|phase)\s+$"
                           # "5.5 lives per 1,000 children protected": a rate's denominator
                           # ("one extra caries-free child for every six children exposed": a ratio's denominator)
                           r"|\bper\s+$|\b(?:for|in)\s+every\s+$")
_OUTCOME_BEFORE = re.compile(r"\b(?:in|among\s+the)\s+$")
# ("30 cohort and case-control studies": design words may be joined by "and"/"or", one set of studies; "They found 52
# such studies": the studies just described, the ones the search kept)
_STUDY_TAIL = (r"\s+(?:such\s+)?(?:(?:and\s+|or\s+)?(?:randomi[sz]ed|controlled|clinical|observational|prospective|"
               r"retrospective|eligible|primary|independent|original|published|human|animal|cohort|"
               r"case[- ]control|placebo[- ]controlled|double[- ]blind|parallel|crossover|included|relevant|"
               r"separate|individual|small|large|intervention|experimental|preclinical|cross[- ]sectional|"
               r"high[- ]quality|low[- ]quality|quality|open[- ]label|multicenter|multicentre|"
               r"phase[\s-]*(?:[1-4]|iv|i{1,3})[ab]?(?:/(?:[1-4]|iv|i{1,3})[ab]?)?)[\s,-]+){0,4}"
               # "13 large randomised statin trials", "8 vitamin D trials": up to two words naming the topic
               # (not a verb or a plural: "two reviewers selected studies" counts reviewers)
               r"(?:(?!(?:and|or|to|of|in|on|at|by|per|for|from|with|than|more|fewer|less|other|these|those|the|all|such|"
               r"years?|months?|weeks?|days?|hours?|mg|g|kg|iu|ml|patients|participants|people|subjects|adults|children|"
               r"women|men|cases|deaths|events)\b)[a-z][a-z0-9-]*(?<![a-z]ed)(?<!ing)(?<![a-z]s)\s+){0,2}"
               # "19 randomised investigations": a translated writer's word for studies
               # "a meta-analysis of 29 survival experiments": an animal review's studies are experiments
               # "268 reviews and meta-analyses were included": an umbrella review's studies are reviews
               r"(?:studies|trials|rcts|articles|publications|reports|papers|cohorts|investigations|experiments|trial\s+comparisons|"
               r"reviews|meta-analy[sz]es)\b")
_STUDIES = re.compile(_WHOLE_DIGITS_NO_SLASH + _STUDY_TAIL)
_STUDIES_WORDS = {w: re.compile(_word(w) + _STUDY_TAIL) for w in _WORD_NUMBERS}
_K_EQUALS = re.compile(r"k\s*=\s*(\d+)\b")
_UNITS = r"(hours?|days?|weeks?|months?|years?|wks?|mo|yrs?)\b"
_DURATION = re.compile(_WHOLE_DIGITS_NO_SLASH + r"[\s-]*" + _UNITS)
_DURATION_WORDS = {w: re.compile(_word(w) + "[\\s-]+" + _UNITS) for w in _WORD_NUMBERS}
_DURATION_BEFORE = re.compile(
    r"\b(?:for|over|during|lasting|duration\s+of|period\s+of|follow[- ]?up(?:\s+period)?(?:\s+(?:of|was|lasted))?|"
    r"followed\s+(?:up\s+)?(?:for|over)|observation\s+(?:time|period)(?:\s+(?:of|was))?|up\s+to|through|after)[\s:,]+(?:a\s+|an\s+)?"
    r"(?:(?:median|mean|total|minimum|maximum|average)\s+(?:of\s+)?)?$", re.I)
_DURATION_AFTER = re.compile(
    r"[\s-](?!old\b)(?:[\w-]+\s+){0,2}?(?:intervention|treatment|supplementation|trial|study|period|"
    r"follow[- ]?up|program(?:me)?|course|regimen|administration|phase|therapy|protocol|exposure|feeding|diet)\b", re.I)
# "28-day mortality", "5-week vascular mortality": the outcome's time frame is how long patients were followed
_OUTCOME_FRAME = re.compile(r"\s+(?:[\w-]+\s+)?(?:mortality|survival|outcomes?)\b")
# "up to 24 hours after the onset", "within 6 hours of admission": a window for starting, not a duration
_WINDOW_BEFORE = re.compile(r"\b(?:up\s+to|within)\s+$")
_WINDOW_AFTER = re.compile(r"\s+(?:after|before|of|from)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:onset|admission|injury|"
                           r"symptoms?|diagnosis|presentation|arrival|randomi[sz]ation|birth|last\s+known)\b")
# "6 + 6 years": two periods written as a sum
_PLUS_BEFORE = re.compile(r"(\d+(?:\.\d+)?)\s*\+\s*$")
# "at least 14 days of follow-up": an eligibility minimum, not how long the study ran
_MINIMUM_BEFORE = re.compile(r"\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|more\s+than|longer\s+than)\s+$|[≥>]\s*$")
# "continued for another six years" after "After six years": the periods add up
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|further)\s+$")
# "for 6 hours a day, 5 days a week, over 6 months": a daily or weekly schedule, not how long the study ran
_SCHEDULE_AFTER = re.compile(r"\s*(?:(?:a|per|each|every)\s+(?:day|night|week)\b|/\s*(?:day|d|week|wk)\b|daily\b|weekly\b)", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages|older\s+than|younger\s+than|over\s+the\s+age\s+of)\s*$", re.I)
_AGE_AFTER = re.compile(r"\s*(?:of\s+age|old|of\s+life|postnatal|after\s+birth)\b", re.I)
# "I² = 24%", "I2=0", "I-squared statistic of 67%", "I²-statistic 35%", "I² values were 40%", "I^{2}=56%";
# without "%" only after "=" or ":" and as a whole number ("I2 = 0"), so "I² = 0.45" or "I2 of 3" is not read;
# "heterogeneity (I²) was 24%", a table row "Heterogeneity for diabetes (I²)0%": the symbol in brackets
_I2 = re.compile(
    r"\bI\s*(?:²|\^\{?2\}?|2|\(2\)|-squared|\s+squared)\)?\s*(?:[- ]?statistics?\s*|values?\s*)?"
    # ("heterogeneous (I² around 80%)": an approximate value, still the one stated)
    # ("for final height the I² was only 4%": a word that plays the value down, still the one stated)
    r"((?:(?:=|:|was|were|is|of|estimated\s+at|equal\s+to|≈|~|,|around|about|approximately|roughly|nearly|only|just|merely)\s*){0,2})"
    r"(\d{1,3}(?:\.\d+)?)(\s*%)?(?![\d.]*\d)")
_ANY_DURATION = re.compile(_NUM + r"[\s-]*" + _UNITS, re.I)
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "wk": 7, "month": 30, "mo": 30, "year": 365, "yr": 365}


@dataclass
class Number:
    value: float
    rank: int
    pos: int
    sentence: int
    total: bool = False  # said to be the total ("a total of", "n =")
    weight: int = 0      # how surely this is the study's n: 3 randomised, 2 total, 1 sum of groups
    end: int = 0         # where the count's words end
    pool: bool = False   # "Of 18,289 women asked": what a later count was drawn from


_AFTER_TENS = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]$")


def to_number(raw: str) -> float | None:
    raw = raw.strip().lower().replace(",", "").replace("\u2009", "")
    if raw in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[raw])
    parts = re.split(r"[- ]", raw)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[parts[0]] + _WORD_NUMBERS[parts[1]])
    try:
        return float(raw)
    except ValueError:
        return None


def days(amount: float, unit: str) -> float:
    unit = unit.lower().rstrip("s")
    return amount * _UNIT_DAYS.get(unit, 0) if unit in _UNIT_DAYS else amount


def parse_duration(text: str | None) -> float | None:
    """"6 months" -> 180.0; None when no number and unit are found."""
    if not text:
        return None
    m = _ANY_DURATION.search(text)
    if not m:
        return None
    raw = m.group(1)
    amount = float(raw.replace(",", ".")) if _DECIMAL_COMMA.fullmatch(raw) else to_number(raw)
    return None if amount is None else days(amount, m.group(2))


# a results-table row that counts the people studied: "Players tested89", "Number of participants1,204",
# "Patients enrolled (n)312" (a screened or excluded count is not the study's n)
_TABLE_COUNT = re.compile(
    r"^(?:(?:number[ \t]+of|total|all)[ \t]+)?(?:[a-z-]+[ \t]+){0,2}?(?:patients|participants|subjects|adults|volunteers|women|men|"
    # ("Pts randomised4140": patients in a writer's shorthand)
    r"children|individuals|people|athletes|players|runners|recruits|soldiers|conscripts|workers|students|respondents|pts)"
    r"(?:[ \t]+(?:tested|enrolled|included|randomi[sz]ed|analy[sz]ed|studied|examined|assessed|recruited))?"
    r"(?:[ \t]*\((?:n|total)\))?[ \t]*(\d{1,3}(?:,\d{3})+|\d+)$", re.M)
# "11/41 (27%)3/40 (8%)": a row's results as events over each arm's size, one cell per arm
_ARM_FRACTION = re.compile(r"\d+/(\d+)\s*\(")


def table_count(table: str | None) -> tuple[int, str] | None:
    """The participant count a results table gives as a row of its own, with the row's text: the
    fallback when neither the header nor the prose counts anyone."""
    if not table or not any(ch.isdigit() for ch in table):
        return None
    for m in _TABLE_COUNT.finditer(table.lower()):
        raw = m.group(1)
        value = _glued_arms(table, raw) or int(raw.replace(",", ""))
        if value >= 1:
            return value, table[m.start():m.end()]
    return None


def _glued_arms(table: str, raw: str) -> int | None:
    """"Pts randomised4140" above "11/41 (27%)3/40 (8%)": the row's cells lost their boundaries, and its digits are
    the arms' sizes the results rows divide by, one after the other; their sum (81), or None when they are not."""
    if "/" not in table or "," in raw:
        return None
    for line in table.splitlines():
        sizes = _ARM_FRACTION.findall(line)
        if len(sizes) >= 2:
            return sum(map(int, sizes)) if "".join(sizes) == raw else None
    return None


# a results-table column named with its arm's count: "Donor feces (n = 16)", "Whey isolate (randomised, n = 6)"
_COLUMN_N = re.compile(r"\(\s*(?:[^()\d]{0,40}[,;]\s*)?n\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)\s*\)", re.I)
# a column that is already the sum of the arms: "Total (n = 29)", "All participants (n = 40)"
_COLUMN_TOTAL = re.compile(r"^\s*(?:total|overall|all|combined|pooled)\b", re.I)


def column_count(columns: list[str]) -> int | None:
    """The people a results table counts in its column names: the arms' counts added up ("Donor feces (n = 16)",
    "Vancomycin (n = 13)", ...), or the total column's count when there is one ("Total (n = 29)": the arms are its
    parts). Two or more counted columns are needed (one column's "n = 6" may be a subgroup)."""
    if len(columns) < 3 or not any("=" in c for c in columns):
        return None
    heads = [(c, m.group(1)) for c in columns[1:] for m in [_COLUMN_N.search(c)] if m]
    if len(heads) < 2:
        return None
    total = next((size for c, size in heads if _COLUMN_TOTAL.match(c)), None)
    sizes = [total] if total else [size for _, size in heads]
    return sum(int(x.replace(",", "")) for x in sizes)


def _usable(doc: Document, pos: int) -> int | None:
    seg = doc.segment_of(pos)
    return None if seg.rank >= BACKGROUND else seg.rank


_WORD_FIRST3 = [(w, w[:3]) for w in _WORD_NUMBERS]


def _word_matches(doc: Document, regexes: dict[str, re.Pattern], lo: int, hi: int) -> list[re.Match]:
    """Matches of number-word patterns, tried only for words the text contains."""
    out = []
    low = doc.low
    words = doc.cache.get("number words")
    if words is None:
        keys = doc.keys
        words = doc.cache["number words"] = [w for w, first3 in _WORD_FIRST3 if first3 in keys and w in low]
    for word in words:
        for m in regexes[word].finditer(low, lo, hi):
            s = m.start()
            if s and (low[s - 1].isalnum() or low[s - 1] in "- " and _AFTER_TENS.search(low, max(0, s - 9), s)):
                continue  # "eight" in "forty-eight" is read with its tens
            out.append(m)
    return out


def first_rank(doc: Document, find) -> list[Number]:
    """Numbers from the most trusted part of the study that has any (Methods first).

    Scanning stops there, so a long Results or Limitations section costs nothing when Methods
    already states the number.
    """
    for lo, hi in doc.rank_spans:
        found = find(doc, lo, hi)
        if found:
            return found
    return []


def counts(doc: Document, lo: int = 0, hi: int | None = None) -> list[Number]:
    """Counts of participants in [lo, hi), each weighted by how surely it is the study's n."""
    text = doc.low
    hi = doc.end_of_study if hi is None else hi
    found = [(m.start(), m.end(), m.group(1), False, 1) for m in _COUNT.finditer(text, lo, hi)]
    equals = [m for m in _N_EQUALS.finditer(text, lo, hi) if not (m.start() and text[m.start() - 1].isalnum())]
    found += [(m.start(), m.end(), m.group(1), True, 1) for m in equals]
    words = _word_matches(doc, _COUNT_WORDS, lo, hi)
    if words and ("million" in text or "billion" in text):
        # "well over eight million babies have since been born": a number of millions in words, no count of people
        words = [m for m in words if not _MILLION_AFTER.match(text, m.end(1))]
    found += [(m.start(), m.end(), m.group(1), False, 1) for m in words]
    if "hundred" in text or "thousand" in text:
        spelled = [(m.start(), m.end(), str(_spelled(m.group(1))), False, 1) for m in _BIG_COUNT.finditer(text, lo, hi)]
        if spelled:
            # the parts of a spelled-out count ("sixty-one members" in "two hundred and sixty-one members") are no counts
            found = [f for f in found if not any(s0 < f[0] < e0 for s0, e0, _, _, _ in spelled)]
            found += spelled
    found += [(m.start(), m.end(), m.group(1), True, 1) for m in _ENROLLED.finditer(text, lo, hi)
              if not (m.group(0).endswith(" to") and _CLUSTERS_BEFORE.search(
                  text, doc.starts[doc.sentence_index(m.start())], m.start()))]
    if "million" in text:
        found += [(m.start(), m.end(), m.group(1), False, 1_000_000) for m in _MILLIONS.finditer(text, lo, hi)]
    if "sample" in text:
        found += [(m.start(1), m.end(), m.group(1), True, 1) for m in _SAMPLE.finditer(text, lo, hi)]
    out = []
    seen: set[int] = set()
    for start, end, raw, is_equals, scale in sorted(found, key=lambda f: (f[0], -f[4])):
        if start in seen:
            continue  # the same number read by two patterns
        rank = _usable(doc, start)
        if rank is None:
            continue
        value = to_number(raw)
        if value is None:
            continue
        value *= scale
        if value != int(value) or value < 1:
            continue
        if start and (text[start - 1].isdigit() or text[start - 1] in ".,/" or (not is_equals and text[start - 1].isalpha())) \
                and not (start >= 3 and _GLUED_FULL_STOP.match(text, start - 3)):
            continue  # the tail of a longer number or a name ("C57BL/6 mice", "B6C3F1 mice")
        if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
            continue  # "covid-19 were randomly assigned": part of a name
        if _year(text, start, raw):
            continue  # "enrolled from 2001 to 2015 patients ...": a date
        si = doc.sentence_index(start)
        s_start, s_end = doc.starts[si], doc.ends[si]
        before = text[max(s_start, start - 40):start]
        if _NOT_A_SAMPLE.search(text[end:end + 60]) or _AGE_BEFORE.search(before[-20:]):
            continue
        if _LABEL_BEFORE.search(before[-12:]) or _RANGE_BEFORE.search(before[-16:]) or _PROPORTION_BEFORE.search(before[-12:]):
            continue
        if _THRESHOLD_BEFORE.search(before) or _EVENTS.search(text[start:end]) or _EVENTS_BEFORE.search(before):
            continue
        if _TYPICAL_GROUP_BEFORE.search(before):
            continue  # "Groups were typically of five mice": a usual group size, not the study's count
        if text.startswith("donors", end - 6) and _FROM_BEFORE.search(before):
            continue  # "serum from 12 donors was pooled": where laboratory material came from, not people studied
        seen.add(start)
        total = is_equals or bool(_TOTAL_WORD.search(before[-25:]))
        after = text[end:s_end]
        if _RANDOMIZED_AFTER.match(after) or _RANDOMIZED_BEFORE.search(before) or "random" in text[start:end]:
            weight = 3
        elif total or _ENROLLED_AFTER.match(after) or _ENROLLED_BEFORE.search(before):
            weight = 2
        else:
            weight = 0
        number = Number(value, rank, start, si, total, weight, end,
                        bool(_POOL_BEFORE.search(text[max(s_start, start - 12):start])))
        arm = _SECOND_ARM.match(after)
        if arm and _ALLOCATION.search(text[s_start:s_end]):
            # "2104 patients were assigned to dexamethasone and 4321 to usual care": both arms,
            # unless the arms were listed after the total ("20,211 randomised: 10,096 to ... and 10,115")
            second = to_number(arm.group(1))
            between = [to_number(x) for x in re.findall(r"\d{1,3}(?:,\d{3})+|\d+", after[:arm.start(1)])]
            if second and not any(b is not None and abs(b + second - value) < 1 for b in between):
                number.value, number.total, number.weight = value + second, True, max(weight, 2)
        given = _SECOND_GIVEN.match(after) if weight == 0 and not arm and _GIVEN_AFTER.match(after) else None
        if given and _allocating_part(doc, start):
            # "4,015 patients got adrenaline and 3,999 got the dummy ampoules": both arms (as groups joined in one sentence)
            number.value, number.weight = value + to_number(given.group(1)), 1
            seen.add(end + given.start(1))
        other = _ANOTHER_GROUP.match(after) if weight < 2 and not arm and ("another" in after or "further" in after) \
            else None
        if other:
            number.value, number.total, number.weight = value + to_number(other.group(1)), True, max(weight, 1)
        compared = _COMPARED_GROUP.match(after) if number.value == value and "compared" in after else None
        if compared:
            # the exposed group counted with its noun, the comparison group after "were compared with": both
            number.value, number.weight = value + to_number(compared.group(1)), max(weight, 1)
            seen.add(end + compared.start(1))  # "1,094 men" is now part of this count, not a group of its own
        grouped = _WERE_IN_GROUP.match(after) if number.value == value and " in the " in after[:30] else None
        if grouped:
            number.value += _later_groups(after, grouped)
            number.weight = max(number.weight, 1)
        if number.value == value and " with " in after[:140] and _COLON_BEFORE.search(before) \
                and text.count(" ", start, end) >= 2:
            listed = _condition_groups(after)
            if listed:
                number.value, number.weight = value + listed, max(weight, 1)
        if _EACH_GROUP_AFTER.match(after):
            if _APPROX_BEFORE.search(before):
                continue  # "approximately nine volunteers per arm": a rough group size makes no total
            groups = _GROUP_COUNT.search(doc.low)
            k = to_number(groups.group(1)) if groups else 2
            number.value, number.weight = value * k, max(weight, 1)
        out.append(number)
    out += _arm_pairs(doc, lo, hi, seen)
    if _LATER_GIVEN.search(text, lo, hi):
        out += _given_pairs(doc, lo, hi, seen)
    if text.find(": ", lo, hi) != -1:
        out += _place_groups(doc, lo, hi, seen)
    out = _arm_sentences(doc, out)
    if "groups of" in text or "arms of" in text:
        out += _groups_of(doc, lo, hi, seen)
    out.sort(key=lambda n: n.pos)
    return _groups(doc, out)


# "Forty-three elbows received a corticosteroid injection alone. Forty-one received an injection of saline alone. Forty had
# ...": arms counted in sentences of their own, each opening with its count and what the arm was given, the noun said
# only in the first
_ARM_VERB = r"(?:received|underwent|had|got|were\s+given)\s+(?:an?|the)\s"
_ARM_VERB_AFTER = re.compile(r"\s+" + _ARM_VERB)
_BARE_ARM = re.compile(rf"\s*(\d{{1,3}}(?:,\d{{3}})*|{_BELOW_100})\s+" + _ARM_VERB)
_ALLOCATION_WORDS = ("random", "allocat", "assign")


def _allocating_part(doc: Document, pos: int) -> bool:
    """The part of the study holding `pos` (Methods, results ...) speaks of allocation ("allocated at random",
    "assigned"), so counts of what each group was given there are arms, not outcomes."""
    lo, hi = next(((a, b) for a, b in doc.rank_spans if a <= pos < b), (pos, pos))
    text = doc.low
    return any(text.find(w, lo, hi) != -1 for w in _ALLOCATION_WORDS)


def _arm_sentences(doc: Document, found: list[Number]) -> list[Number]:
    """A count opening its sentence with what its arm was given ("Forty-three elbows received ..."), followed by sentences
    that each open with a bare count and the same kind of verb ("Forty-one received ..."): the arms of an allocation in
    the Methods, added up (weight 1, as groups joined in one sentence)."""
    text = doc.low
    out = []
    for n in found:
        si = n.sentence
        if n.total or n.weight or si + 1 >= len(doc.starts) or text[doc.starts[si]:n.pos].strip() \
                or not _ARM_VERB_AFTER.match(text, n.end) or not _BARE_ARM.match(text, doc.starts[si + 1]):
            out.append(n)
            continue
        if not _allocating_part(doc, n.pos):
            out.append(n)  # no allocation in this part of the study: "Twelve had a relapse. Five had ..." are outcomes
            continue
        hi = next((b for a, b in doc.rank_spans if a <= n.pos < b), n.pos)
        total, k, end = n.value, si + 1, n.end
        while k < len(doc.starts) and doc.starts[k] < hi and (m := _BARE_ARM.match(text, doc.starts[k])):
            total += to_number(m.group(1)) or 0
            end, k = m.end(1), k + 1
        out.append(Number(total, n.rank, n.pos, si, False, 1, end))
    return out


def _condition_groups(after: str) -> float:
    """The sizes of the groups listed bare after a count that opens a list: ", 397 with mild cognitive impairment, and
    193 with Alzheimer's disease" (0 unless the list is closed by "and")."""
    total, pos, closed = 0.0, 0, False
    while (m := _NEXT_WITH_GROUP.match(after, pos)) is not None:
        total += to_number(m.group(2)) or 0
        closed, pos = "and" in m.group(1), m.end()
    return total if closed else 0.0


def _later_groups(after: str, first: re.Match) -> float:
    """The sizes of the groups listed after a count that "were in the control enclosure": ", 303 in the ioniser enclosure
    and 307 in the UV enclosure", each named with the first group's word (0 when none follows)."""
    word = first.group(1).rstrip("s")
    nxt = re.compile(_NEXT_IN_GROUP + re.escape(word) + r"s?\b")
    total, pos = 0.0, first.end()
    while (m := nxt.match(after, pos)) is not None:
        total += to_number(m.group(1)) or 0
        pos = m.end()
    return total


# "The team randomised them into six groups of 20", "divided into four arms of 25 patients": equal groups allocated,
# counted as groups times their size ("housed in groups of five" is housing; "four groups of 5 to 8 mice" a range)
_GROUPS_OF = re.compile(
    rf"\b(?:into|in)\s+(\d{{1,2}}|{_WORDS})\s+(?:[\w-]+\s+)?(?:groups|arms)\s+of\s+(\d{{1,3}}(?:,\d{{3}})*|{_WORDS})\b"
    rf"(?![.,]\d)(?!\s*(?:%|to\b|-|–|—|or\b))")
_PUT_IN_GROUPS = re.compile(r"\b(?:randomi[sz]ed|randomly|assigned|allocated|divided|split|placed|put|sorted)\b")


def _groups_of(doc: Document, lo: int, hi: int, seen: set[int]) -> list[Number]:
    """"randomised them into six groups of 20": the number of groups times their size, when the sentence allocates
    people to them (3 when randomised, like a randomised count; 1 otherwise, like a sum of groups)."""
    text = doc.low
    out = []
    for m in _GROUPS_OF.finditer(text, lo, hi):
        rank = _usable(doc, m.start())
        if rank is None or m.start(2) in seen:
            continue
        si = doc.sentence_index(m.start())
        before = text[doc.starts[si]:m.start()]
        if not _PUT_IN_GROUPS.search(before):
            continue
        k, size = to_number(m.group(1)), to_number(m.group(2))
        if k and size and k > 1:
            out.append(Number(k * size, rank, m.start(), si, True, 3 if "random" in before else 1, m.end()))
    return out


def _opens_clause(text: str, s_start: int, start: int) -> bool:
    """The count at `start` opens its sentence or a clause of it (after a comma, semicolon, colon, bracket or "and"):
    an arm's size, not a number inside a phrase ("women aged 18 to 40")."""
    return not text[s_start:start].strip() or bool(_ARM_CLAUSE_BEFORE.search(text, max(s_start, start - 8), start))


def _arm_pairs(doc: Document, lo: int, hi: int, seen: set[int]) -> list[Number]:
    """"374 to letrozole ..., 376 to clomiphene ...": the two arms' sizes added up, a total like "assigned to A
    and 4321 to B" (each count opens its clause, so "women aged 18 to 40" is no arm)."""
    text = doc.low
    out = []
    if not _LATER_ARM_TO.search(text, lo, hi):
        return out  # no clause opens with "N to": the pair cannot match (a cheap search spares the lazy scan)
    listed_to = -1  # the end of the last list of arms read, so its later arms start no pair of their own
    for m in _ARM_PAIR.finditer(text, lo, hi):
        start = m.start()
        if start < listed_to or start in seen or m.start(2) in seen:
            continue  # a count with its noun, already read
        rank = _usable(doc, start)
        si = doc.sentence_index(start)
        if rank is None or si != doc.sentence_index(m.start(2)):
            continue
        s_start = doc.starts[si]
        if not _opens_clause(text, s_start, start):
            continue
        if _CLUSTERS_BEFORE.search(text, s_start, doc.ends[si]):
            continue  # "15 to the intervention and 15 to a wait-list arm; the pharmacy ... was the unit of allocation"
        first, second = to_number(m.group(1)), to_number(m.group(2))
        if first and second and not _year(text, start, m.group(1)):
            total, end = first + second, m.end(2)
            s_end = doc.ends[si]
            while (nxt := _NEXT_ARM.match(text, end, s_end)) and nxt.start(1) not in seen and (more := to_number(nxt.group(1))):
                total, end = total + more, nxt.end(1)
            listed_to = end
            out.append(Number(total, rank, start, si, True, 2, end))
    return out


def _given_pairs(doc: Document, lo: int, hi: int, seen: set[int]) -> list[Number]:
    """"76 received quercetin plus standard care and 76 received standard care alone": two bare counts, each the subject
    of what its arm was given, added up (weight 1, as groups joined in one sentence) in the Methods, or in a part of the
    study that allocates ("Twelve received rescue medication and five received ..." in the results are outcomes)."""
    text = doc.low
    out = []
    for m in _GIVEN_PAIR.finditer(text, lo, hi):
        start = m.start()
        if start in seen or m.start(2) in seen or (start and (text[start - 1].isalnum() or text[start - 1] in ".,/-")):
            continue  # a count with its noun (read with its second arm already), or the tail of a longer number
        rank = _usable(doc, start)
        if rank is None or not (rank == METHODS or _allocating_part(doc, start)):
            continue
        si = doc.sentence_index(start)
        s_start = doc.starts[si]
        if not _opens_clause(text, s_start, start):
            continue  # "the dose was 50 received ...": the count does not open its clause
        first, second = to_number(m.group(1)), to_number(m.group(2))
        if first and second and not _year(text, start, m.group(1)):
            out.append(Number(first + second, rank, start, si, False, 1, m.end(2)))
    return out


# "Long-term users ... were recruited before randomisation: 148 in intervention pharmacies and 155 in wait-list pharmacies":
# after a colon that closes a sentence recruiting or allocating people, the groups counted by the place they were in, each
# "N in <kind> <places>" with the same place word (the people's noun said before the colon)
_PLACE_GROUPS = re.compile(r":\s*(\d{1,3}(?:,\d{3})+|\d+)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?([a-z]{4,})\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                           r"(\d{1,3}(?:,\d{3})+|\d+)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?\2\b")
# the clause before that colon recruits or allocates ("were recruited before randomisation:"), so the groups are the
# sample ("Falls: 12 in the intervention group and 15 in the control group" counts events)
_RECRUITED_BEFORE = re.compile(r"\b(?:were|was)\s+(?:recruited|enrolled|randomi[sz]ed|allocated|assigned|included)\b[^.;:]{0,60}$")


def _place_groups(doc: Document, lo: int, hi: int, seen: set[int]) -> list[Number]:
    """"were recruited before randomisation: 148 in intervention pharmacies and 155 in wait-list pharmacies": the groups
    of a recruiting sentence, counted after its colon by where they were, added up (weight 2, like a stated total)."""
    text = doc.low
    out = []
    for m in _PLACE_GROUPS.finditer(text, lo, hi):
        start = m.start(1)
        rank = _usable(doc, start)
        if rank is None or start in seen:
            continue
        si = doc.sentence_index(start)
        if not _RECRUITED_BEFORE.search(text, doc.starts[si], m.start()):
            continue
        first, second = to_number(m.group(1)), to_number(m.group(3))
        if first and second:
            out.append(Number(first + second, rank, start, si, True, 2, m.end(3)))
    return out


# "The cases were two hundred and sixty-one members ...; the controls were eight hundred and sixty-eight members": a
# case-control study that counts each group in a clause of its own, with whatever noun (members, enrollees, deaths)
# ("Cases: 369 men aged 18 to 44 ... Controls: 979 age-matched men": each group under its role as a label)
_ROLE_COUNT = re.compile(
    # ("people admitted with a vertebrobasilar stroke (cases, n = 582)": the role, then its count after "n =")
    # ("Cases were all people with a first recorded Achilles tendon rupture ...: 1,367 people": who they were, then the
    # count of people after a colon)
    r"\b(cases|controls)(?:\s*:|\s*,\s*n\s*=|\s+(?:were|numbered|comprised|totall?ed)|\s+were\s+[^.;:]{1,160}?:"
    # ("Cases: n = 54 patients with 61 retained items. Controls: n = 235 patients": the count after "n =" in the label)
    r"(?=\s*\d[\d,]*\s+(?:people|persons|patients|individuals|subjects|men|women|children|adults)\b))\s*(?:a\s+total\s+of\s+|n\s*=\s*)?"
    rf"(\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d+(?![\d.,])|{_BIG_WORDS}\b|{_BELOW_100}\b)"
    # ("cases were 40% more likely", "controls were two times as often screened": a result, not a count; "Controls: 4
    # per case" counts one case's controls)
    r"(?!\s*(?:%|per\s*cent|percent|times|fold|-fold)(?!\w))(?!\s+(?:[\w-]+\s+)?(?:per|for\s+each)\s+case\b)")


# "The 66 people who died of asthma were the cases", "giving 2,681 controls in all": the count first, then the role it
# plays (a total word around a bare "N controls", so "each case matched to 10 controls" counts one case's controls)
_COUNT_THEN_ROLE = (
    re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d.,]))\s+(?:[\w-]+\s+){0,6}?(?:were|served\s+as|formed)\s+"
               r"(?:the\s+)?(cases|controls)\b"),
    re.compile(r"\b(?:giving|yielding|a\s+total\s+of|in\s+all,?|in\s+total,?)\s+(\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d.,]))\s+"
               r"(?:matched\s+|eligible\s+)?(cases|controls)\b"),
    re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d.,]))\s+(?:matched\s+|eligible\s+)?(cases|controls)\s+"
               r"(?:in\s+all|in\s+total|altogether|overall)\b"),
)


# how many controls each case had: "each matched to two controls", "to 10 controls" (up to twenty, as database studies match)
_PER_CASE = r"(one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|1\d|20)"
# "1,054 case patients, each with one control matched for age", "400 cases were each matched to two controls": the
# controls counted per case, so n is the cases times one plus that number ("each with one or more controls" is a bound)
# ("all 1,672 CDAD cases recorded 1994–2004, each matched to 10 controls": the cases said where or when they were found
# first, and up to twenty controls each, as database studies match)
_EACH_MATCHED = re.compile(
    r"(?<![\d,.])(\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d.,]))\s+(?:[\w-]+\s+)?cases?(?:\s+(?:patients|subjects))?"
    r"(?:\s+(?:recorded|identified|diagnosed|registered|found|seen|reported)\b[^.;,()]{0,40}?)?\s*,?\s+"
    # ("3,618 cases, each matched on age, sex and date to five people without arrest": what they were matched on said
    # first, and the controls called people without the outcome)
    r"(?:(?:were|was)\s+)?each\s+(?:with|(?:individually\s+)?(?:matched|paired)(?:\s+(?:on|for|by)\s+(?:(?!\bto\b)[^.;:()]){1,60}?)?\s+(?:to|with))\s+"
    + _PER_CASE + r"\s+(?:[\w-]+\s+)?(?:controls?\b|"
    r"(?:people|persons|individuals|subjects|patients|participants|men|women|children)\s+(?:without|free\s+of)\s)")


# "Two control groups: 433 cyclists treated in the same EDs ..., and 558 members of a health maintenance organisation":
# the controls drawn from several sources, each source counted with its noun after the list opens
_CONTROL_GROUPS = re.compile(r"\b(?:two|three|four|[2-4])\s+(?:[\w-]+\s+)?control\s+groups\s*(?::|were|comprised)\s*"
                            r"(\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d.,]))" + _COUNT_TAIL)
_NEXT_CONTROL_GROUP = re.compile(r"[^.;:]{0,160}?(?:,\s*(?:and\s+)?|\s+and\s+)(\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?![\d.,]))"
                                 + _COUNT_TAIL)


def _control_groups(text: str, lo: int, hi: int) -> list[tuple[str, int, int, str]]:
    """"Two control groups: 433 cyclists ... and 558 members ...": the controls of every group added up, as one count of
    the controls (start, end, the sum as words)."""
    out = []
    for m in _CONTROL_GROUPS.finditer(text, lo, hi):
        total, end = to_number(m.group(1)) or 0, m.end()
        while (nxt := _NEXT_CONTROL_GROUP.match(text, end, hi)) is not None:
            total += to_number(nxt.group(1)) or 0
            end = nxt.end()
        out.append(("controls", m.start(1), end, str(int(total))))
    return out


def _role_counts(doc: Document, lo: int = 0, hi: int | None = None) -> dict[str, tuple[int, int, str]]:
    """The first count of the cases and of the controls, each after "were" or before its role (either may be missing),
    as (start, end, the count's words)."""
    text = doc.low
    hi = doc.end_of_study if hi is None else hi
    found: list[tuple[str, int, int, str]] = []
    if "cases" in text or "controls" in text:
        found += [(m.group(1), m.start(2), m.end(), m.group(2)) for m in _ROLE_COUNT.finditer(text, lo, hi)]
        for pattern in _COUNT_THEN_ROLE:
            found += [(m.group(2), m.start(1), m.end(), m.group(1)) for m in pattern.finditer(text, lo, hi)]
    if "control groups" in text:
        found += _control_groups(text, lo, hi)
    first: dict[str, tuple[int, int, str]] = {}
    for role, start, end, raw in sorted(found, key=lambda f: f[1]):
        first.setdefault(role, (start, end, raw))
    return first


def lone_group_count(doc: Document) -> int | None:
    """Where "the controls were 868 members" counts one group of a case-control study whose other group is not
    counted: a part of n, never n itself."""
    first = _role_counts(doc)
    return next(iter(first.values()))[0] if len(first) == 1 else None


def cases_and_controls(doc: Document, lo: int = 0, hi: int | None = None) -> list[Number]:
    """A case-control study's n (LABELLING: cases + controls) when [lo, hi) counts the cases and the controls each
    after "were"; [] unless both are counted."""
    first = _role_counts(doc, lo, hi)
    if len(first) == 1 and "controls" in first:
        matched = _controls_per_case(doc, *first["controls"])
        if matched:
            return matched
    if len(first) < 2:
        return _each_matched(doc, lo, hi)
    rank = _usable(doc, min(start for start, _, _ in first.values()))
    if rank is None:
        return []
    values = [to_number(raw) if raw[0].isdigit() or " " not in raw else _spelled(raw) for _, _, raw in first.values()]
    if any(v is None or v < 1 for v in values):
        return []
    start, end, _ = first["cases"]
    return [Number(sum(values), rank, start, doc.sentence_index(start), True, 2, end)]


# "All 63 women with endometrial cancer ... were identified. Each was matched with four women ..., giving 252 controls": the
# controls counted as a total after how many each case had, the cases counted before without the word "cases"
_EACH_WITH_K = re.compile(r"\beach\s+(?:(?:was|were)\s+)?(?:individually\s+)?(?:matched|paired)\s+(?:to|with)\s+"
                          + _PER_CASE + r"\s")


def _controls_per_case(doc: Document, start: int, end: int, raw: str) -> list[Number]:
    """The cases and controls when only the controls are counted ("giving 252 controls") after "each was matched with
    four": the cases are the count, said in the same or the sentence before, that times four makes the controls."""
    text = doc.low
    si = doc.sentence_index(start)
    per_case = _EACH_WITH_K.search(text, doc.starts[si], start)
    controls = to_number(raw) if raw[0].isdigit() else None
    if per_case is None or not controls:
        return []
    k = to_number(per_case.group(1))
    cases = controls / k if k else 0
    if cases != int(cases) or cases < 1:
        return []
    cases = int(cases)
    lo = doc.starts[si - 1] if si else doc.starts[si]
    m = re.compile(rf"(?<![\d,.])(?:{cases}|{cases:,})(?![\d,.]|\s*%)").search(text, lo, per_case.start())
    rank = _usable(doc, m.start()) if m else None
    if rank is None:
        return []
    return [Number(cases + controls, rank, m.start(), doc.sentence_index(m.start()), True, 2, end)]


def _each_matched(doc: Document, lo: int, hi: int | None) -> list[Number]:
    """"1,054 case patients, each with one control matched for age": the cases and their controls, counted per case."""
    text = doc.low
    hi = doc.end_of_study if hi is None else hi
    if text.find("each", lo, hi) == -1:
        return []  # the pattern needs "each": spare the scan
    for m in _EACH_MATCHED.finditer(text, lo, hi):
        rank = _usable(doc, m.start())
        cases, per_case = to_number(m.group(1)), to_number(m.group(2))
        if rank is not None and cases and per_case:
            return [Number(cases * (1 + per_case), rank, m.start(), doc.sentence_index(m.start()), True, 2, m.end())]
    return []


def _groups(doc: Document, found: list[Number]) -> list[Number]:
    """Add up the groups a study is made of when no total is given.

    "(n = 9), ... (n = 11), or ... (n = 11)" in one sentence, "229,119 men and 173,141 women",
    "100 cases and 200 controls": the sum is a candidate n (weight 1), unless a count earlier in the
    sentence already holds it (a breakdown of a stated total). "Of 18,289 women asked, ... 16,741
    were analysed": the pool a later count was drawn from is dropped.
    """
    text = doc.low
    by_sentence: dict[int, list[Number]] = {}
    for n in found:
        by_sentence.setdefault(n.sentence, []).append(n)
    out: list[Number] = []
    for si, nums in by_sentence.items():
        if len(nums) > 1:
            nums = [n for i, n in enumerate(nums) if not (n.pool and i + 1 < len(nums))]
        if len(nums) > 2:
            nums = _listed_groups(doc, si, nums)
        equals = [n for n in nums if text.startswith("n", n.pos) and n.total]
        if len(equals) > 2 and len(equals) == len(nums) and _stated_total(equals):
            # "randomised 2:1 (n = 53) to emicizumab (n = 35) or no prophylaxis (n = 18)": the first is the total, the
            # others its arms (adding them all would count every patient twice)
            nums = [equals[0]]
        elif len(equals) > 1 and len(equals) == len(nums):
            total = sum(n.value for n in equals)
            nums = [Number(total, equals[0].rank, equals[0].pos, si, False, 1, equals[-1].end)]
        else:
            chain: list[Number] = []
            merged: list[Number] = []
            for n in nums:
                if chain and _joined(text, chain[-1], n):
                    chain.append(n)
                    continue
                merged += _merge(chain, merged)
                chain = [n]
            merged += _merge(chain, merged)
            nums = merged
        out += nums
    out.sort(key=lambda n: n.pos)
    return _control_group_next(text, out)


# "three groups were followed: 198 euthyroid antibody-positive women treated with levothyroxine (group A), 195 ... left
# untreated (group B), and 197 untreated antibody-negative women (group C)": the sentence says how many groups there
# are, then counts each after a colon (a list joined by commas, whose first items no "and" joins)
_LISTED_GROUPS = re.compile(r"\b(two|three|four|five|six|[2-6])\s+(?:[\w-]+\s+){0,2}?(?:groups|arms|cohorts)\b[^.;:]{0,60}:\s*")


def _listed_groups(doc: Document, si: int, nums: list[Number]) -> list[Number]:
    """The counts listed after "three groups were followed:", one per group named, added up (weight 2, like a stated
    total: the sentence says how many groups it counts); `nums` unchanged unless the list has exactly that many."""
    text, s_start, s_end = doc.low, doc.starts[si], doc.ends[si]
    if text.find(":", s_start, s_end) == -1:
        return nums  # no colon, no list (a cheap test spares the scan)
    m = _LISTED_GROUPS.search(text, s_start, nums[-1].pos)
    if m is None:
        return nums
    listed = [n for n in nums if n.pos >= m.end()]
    if len(listed) != to_number(m.group(1)) or any(n.total for n in listed) \
            or any(_NOT_JOINED.search(text, a.end, b.pos) for a, b in zip(listed, listed[1:])):
        return nums
    both = Number(sum(n.value for n in listed), listed[0].rank, listed[0].pos, si, True, 2, listed[-1].end)
    return [n for n in nums if n.pos < m.end()] + [both]


# "The treated group comprised 111 patients. A comparison group of 100 patients received ...", "The 1,304 people in the
# programme group received ... The 1,284 people in the comparison group received no programme": each group counted in a
# sentence of its own, the comparison group right after the treated one
_GROUP_BEFORE = re.compile(r"\b(?:[\w-]+\s+)?(?:group|arm|cohort)\s+(?:comprised|included|consisted\s+of|numbered|contained|of)\s+$")
_GROUP_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|into|to)\s+the\s+(?:[\w-]+\s+){0,2}?(?:group|arm)\b")
_COMPARISON_WORD = re.compile(r"\b(?:control|comparison|comparator|reference)\b")
# "Ninety chronic pain patients referred to the clinic took part in the 10-week programme. A comparison group of 21 ...":
# the treated group counted by what its people took part in
# ("16 healthy adults who signed up for an MBSR course had MRI brain scans ...": the treated group named by the course its
# people signed up for)
_TOOK_PART_AFTER = re.compile(r"[^.;]{0,120}?\b(?:(?:took\s+part|participated|enrolled)\s+in\s+the|signed\s+up\s+for\s+(?:the|an?))\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:programme|program|intervention|course|classes|group|arm)\b")


def _group_words(text: str, n: Number) -> str | None:
    """The words that make count `n` one group's size ("group comprised", "in the comparison group", "took part in the
    programme", or the count's own noun: "17 comparison volunteers"), or None."""
    m = _GROUP_BEFORE.search(text, max(0, n.pos - 40), n.pos) or _GROUP_AFTER.match(text, n.end) \
        or _TOOK_PART_AFTER.match(text, n.end)
    if m:
        return m.group(0)
    own = text[n.pos:n.end]
    return own if _COMPARISON_WORD.search(own) else None


# "1602 babies were looked after as usual in the neonatal intensive care unit", "412 children received usual care": the
# count of a group left to the care it would have had anyway
# ("150 women had an aspiration ... 150 women had nothing done in that cycle", "...; 61 pregnant women did not take any
# iodine supplement": the count of a group given nothing, the other arm of a comparison)
_AS_USUAL_AFTER = re.compile(r"\s+(?:were|was)\s+(?:looked\s+after|cared\s+for|treated|managed|nursed)\s+as\s+usual\b|"
                             r"\s+(?:received|had|got)\s+(?:the\s+)?(?:usual|standard|routine)\s+care\b|"
                             r"\s+(?:had\s+nothing\s+(?:done|given)|(?:did\s+not|didn['’]t)\s+(?:take|receive|get|use)\s+any)\b")
_DIGITS_AT = re.compile(r"[\d,]+\s+")


def _same_people(text: str, a: Number, b: Number) -> bool:
    """Two counts of the same noun ("1609 babies", "1602 babies"; "36 probands", "34 probands"): arms of one sample."""
    return _DIGITS_AT.sub("", text[a.pos:a.end], 1) == _DIGITS_AT.sub("", text[b.pos:b.end], 1)


def _usual_care_next(text: str, a: Number, b: Number) -> bool:
    """"1609 babies went with their mothers into a mother–newborn care unit ... 1602 babies were looked after as usual":
    two counts of the same people, the second left to usual care, are the two arms."""
    return bool(_AS_USUAL_AFTER.match(text, b.end)) and _same_people(text, a, b)


def _control_group_next(text: str, found: list[Number]) -> list[Number]:
    """A treated group's count, alone in its sentence, and the comparison group's, alone in the next: both groups,
    added up (weight 1, as groups joined in one sentence), when nothing says the total."""
    if len(found) < 2 or any(n.total or n.weight for n in found):
        return found
    per_sentence: dict[int, int] = {}
    for n in found:
        per_sentence[n.sentence] = per_sentence.get(n.sentence, 0) + 1
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if b.sentence != a.sentence + 1 or per_sentence[a.sentence] != 1 or per_sentence[b.sentence] != 1:
            continue
        if not _usual_care_next(text, a, b):
            first, second = _group_words(text, a), _group_words(text, b)
            if first is None or second is None or _COMPARISON_WORD.search(first) or not _COMPARISON_WORD.search(second):
                continue
        both = Number(a.value + b.value, a.rank, a.pos, a.sentence, False, 1, b.end)
        return found[:i] + [both] + found[i + 2:]
    return found


def _stated_total(equals: list[Number]) -> bool:
    """The first "n = " count is the sum of the ones after it: a total, then its arms."""
    return abs(equals[0].value - sum(n.value for n in equals[1:])) < 1


def _joined(text: str, a: Number, b: Number) -> bool:
    between = text[a.end:b.pos]
    if a.total and not _shared_total(text, a, between):
        return False
    if len(between) > 200 or b.total or _OUTCOME_BEFORE.search(text[max(0, a.pos - 12):a.pos]) \
            or (_MOTHERS.search(text, a.pos, a.end) and _BABIES.search(text, b.pos, b.end)) \
            or (_ANIMALS.search(text, a.pos, a.end) is None) != (_ANIMALS.search(text, b.pos, b.end) is None):
        return False
    if "(" in between:
        between = _BREAKDOWN.sub(lambda m: " " if _breaks_down(m.group(0), a.value) else m.group(0), between)
    if _JOINED.search(between) and not _NOT_JOINED.search(between):
        return True
    if text[a.pos - 1:a.pos] == "(" and text.startswith(")", a.end) and _BRACKETED_ARM.fullmatch(between) \
            and _ALLOCATED_BEFORE.search(text, max(0, a.pos - 200), a.pos):
        # "assigned to crizanlizumab 5.0 mg/kg (67 patients), crizanlizumab 2.5 mg/kg (66 patients) or placebo (65
        # patients)": each arm's size in brackets after its name, the arms listed with commas and "or" after the
        # allocation verb ("responded on drug (30 patients) and on placebo (10 patients)" counts responders)
        return True
    if a.weight == 0 and _COMMA_THEN_ARM.fullmatch(between) and _GIVEN_AFTER.match(text, b.end) \
            and _same_people(text, a, b):
        return True  # "36 probands received ... as verum, 34 probands received a placebo tablet": two arms, same people
    # "69 patients slept with earplugs ...; 67 control patients received no earplugs": a plain group count, then
    # the control group in the next clause (not "120 were randomised; 60 control patients ...", a total first)
    if a.weight == 0 and ";" in between and _CLAUSE_THEN_CONTROL_GROUP.fullmatch(between) is not None:
        return True  # "The omalizumab group comprised 5,007 patients ...; the non-omalizumab group comprised 2,829 ..."
    # ("133 pregnant women were given iodide ...; 61 pregnant women did not take any": the next clause counts the same
    # people left without it, as _usual_care_next does across two sentences)
    return a.weight == 0 and _CLAUSE_THEN_CONTROL.fullmatch(between) is not None \
        and (_CONTROL_GROUP.match(text, b.pos, b.end) is not None or _SERVED_AS_CONTROLS.match(text, b.end) is not None
             or _usual_care_next(text, a, b))


def _shared_total(text: str, a: Number, between: str) -> bool:
    """"In all, 1,212 people with cancer ... and 1,040 people without cancer were interviewed": a total word opening
    the sentence before two groups that share one verb counts both (not "In all, 1,000 were enrolled and 950 ...")."""
    return bool(_LEADING_TOTAL.search(text, max(0, a.pos - 20), a.pos)) and not _VERB_BETWEEN.search(between)


def _breaks_down(bracket: str, value: float) -> bool:
    """"(611 lung, 601 upper aerodigestive)" after 1,212 people: the bracket's numbers, no percent among them,
    add up to the group before it."""
    if "%" in bracket or "." in bracket.replace(",", ""):
        return False
    parts = [int(x.replace(",", "")) for x in _BRACKET_NUMBER.findall(bracket)]
    return len(parts) >= 2 and sum(parts) == value


def _merge(chain: list[Number], earlier: list[Number]) -> list[Number]:
    if len(chain) < 2:
        return chain
    total = sum(n.value for n in chain)
    if any(e.value >= total for e in earlier):
        return chain  # "1000 adults, 400 men and 500 women": a breakdown, not the groups
    first = chain[0]
    return [Number(total, first.rank, first.pos, first.sentence, False, max(1, first.weight), chain[-1].end)]


_PHASE_BEFORE = re.compile(r"\bphase[\s-]*$", re.I)
# "searched through 2024", "between 2001 and 2005", "since 2010", "March 2019", "2010-2015": a year,
# not a count ("in 2000 patients" and "up to 2000 participants" stay counts)
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:since|until|till|through|thru|between|during|as\s+of|circa|year|early|mid|late|jan(?:uary)?|feb(?:ruary)?|"
    r"march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|"
    r"\b(?:19|20)\d\d\s*(?:and|to|or|-|–|—|/))[\s,-]*$", re.I)


def _year(text: str, start: int, raw: str) -> bool:
    """A four-digit number from 1900 to 2099 after a date word ("through 2024 for studies")."""
    return (len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2099
            and bool(_YEAR_BEFORE.search(text, max(0, start - 16), start)))


# "Fourteen publications reporting eight trials were included": the papers are reports of the studies, which are counted
# next ("14 articles from 8 cohorts"); the count of publications is not the count of studies
# ("11 reports of controlled trials were included": no count of the trials follows, so the reports are the count)
_REPORTS_OF_STUDIES = re.compile(r"[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:publications|articles|reports|papers)\s+"
                                 r"(?:reporting|describing|of|from|on)\s+(?:the\s+)?(?:\d[\d,]*|(?:" + _WORDS + r")(?:-[a-z]+)?)\s+"
                                 r"(?:[\w-]+\s+){0,2}?(?:studies|trials|rcts|cohorts)\b")


# "Of 207 intervention studies identified, 7 ... met the criteria": the studies the search found, the pool the included
# ones were drawn from (not "Of the 12 included trials, 10 were blinded", which counts the included studies)
_SEARCHED_AFTER = re.compile(r"[^.;:,]{0,30}?\b(?:identified|screened|retrieved|found|located|assessed|considered)\b")


def _searched_pool(doc: Document, m: re.Match) -> bool:
    """"Of 207 intervention studies identified, 7 ...": the count of studies opens its clause after "of" and is followed
    by what the search did with them."""
    if not _SEARCHED_AFTER.match(doc.low, m.end(1)):
        return False
    start = m.start(1)
    s_start = doc.starts[doc.sentence_index(start)]
    return bool(_POOL_BEFORE.search(doc.low[max(s_start, start - 12):start]))


def study_counts(doc: Document, lo: int = 0, hi: int | None = None) -> list[Number]:
    text = doc.low
    hi = doc.end_of_study if hi is None else hi
    found = [(m.start(), m.group(1)) for m in _STUDIES.finditer(text, lo, hi) if not _searched_pool(doc, m)]
    found += [(m.start(), m.group(1)) for m in _K_EQUALS.finditer(text, lo, hi)]
    found += [(m.start(), m.group(1)) for m in _word_matches(doc, _STUDIES_WORDS, lo, hi)]
    out = []
    for start, raw in found:
        rank = _usable(doc, start)
        if rank is None:
            continue
        value = to_number(raw)
        if value is None or value < 1 or value != int(value):
            continue
        if start and (text[start - 1].isdigit() or text[start - 1] in ".,"):
            continue
        if _PHASE_BEFORE.search(text, max(0, start - 10), start):
            continue  # "phase 2 trials" names a phase, not a count
        if _year(text, start, raw):
            continue
        if _REPORTS_OF_STUDIES.match(text, start):
            continue  # "Fourteen publications reporting eight trials": the trials are counted next
        out.append(Number(value, rank, start, doc.sentence_index(start)))
    out.sort(key=lambda n: n.pos)
    return out


def durations(doc: Document, lo: int = 0, hi: int | None = None) -> list[Number]:
    text = doc.low
    hi = doc.end_of_study if hi is None else hi
    found = sorted(list(_DURATION.finditer(text, lo, hi)) + _word_matches(doc, _DURATION_WORDS, lo, hi),
                   key=lambda m: m.start())
    out = []
    for m in found:
        start, end = m.start(), m.end()
        rank = _usable(doc, start)
        if rank is None:
            continue
        if start and (text[start - 1].isdigit() or text[start - 1] in ".,"):
            continue
        before = text[max(0, start - 45):start]
        adjectival = "-" in text[start:end]
        plus = _PLUS_BEFORE.search(before)
        if plus:
            before = before[:plus.start()]
        if _MINIMUM_BEFORE.search(before):
            continue
        if _WINDOW_BEFORE.search(before) and _WINDOW_AFTER.match(text, end, end + 60):
            continue
        another = bool(_ANOTHER_BEFORE.search(before))
        if not (_DURATION_BEFORE.search(before) or _DURATION_AFTER.match(text, end, end + 60) or another
                or (adjectival and _OUTCOME_FRAME.match(text, end, end + 40))):
            continue
        if m.group(2)[0] in "hd" and _SCHEDULE_AFTER.match(text, end, end + 12):
            continue
        if _AGE_AFTER.match(text, end, end + 20) or _AGE_BEFORE.search(text[max(0, start - 20):start]):
            continue  # "through 30 months of age", "aged 6 months": an age, not how long the study ran
        amount = to_number(m.group(1))
        if amount is None or amount <= 0:
            continue
        if plus:
            amount += float(plus.group(1))
        value, si = days(amount, m.group(2)), doc.sentence_index(start)
        if another:
            earlier = [n for n in out if n.sentence == si and n.pos < start]
            if earlier:
                earlier[-1].value += value
                continue
            if not _DURATION_BEFORE.search(_ANOTHER_BEFORE.sub("", before)):
                continue  # "another six years" with nothing before it to add to
        out.append(Number(value, rank, start, si))
    out.sort(key=lambda n: n.pos)
    return out


# a glued table cell ("1.60 to 5.74I² = 56%", "Overall heterogeneity, fasting glucoseI² = 71%"): the I²
# may follow a digit or a lower-case word's end directly (a capital before it is another word: "CI2")
_I2_CELL = re.compile(r"(?<![A-Z])" + _I2.pattern[2:])


def _i2_value(m: re.Match) -> float | None:
    """The percentage an I² match states; a bare number only after "=" or ":" and whole."""
    number, percent = m.group(2), m.group(3)
    if percent is None and ("." in number or not any(c in m.group(1) for c in "=:")):
        return None
    value = float(number)
    return value if value <= 100 else None


def table_i2(table: str | None) -> list[tuple[float, str]]:
    """I² values in the Key Findings table, with the words that state each (the table is not
    read for anything else: its cells are results, not design)."""
    if not table:
        return []
    out = []
    for m in _I2_CELL.finditer(table):
        value = _i2_value(m)
        if value is not None:
            out.append((value, m.group(0)))
    return out


# a results table whose last column is I² ("ParameterRisk ratio (95% CI)I²", "... I² (%)")
_I2_LAST_COLUMN = re.compile(r"(?:I\s*²|I\s*\^\s*\{?2\}?|I2|I[- ]squared)\s*(\(%\)|%)?\s*$")
_ROW_END_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(%?)\s*$")
# a decimal run glued to the next number ("2.000.99": "2.00" then "0.99") tells no precision, so it is skipped
_DECIMALS = re.compile(r"(?<=\d)\.(\d+)(?![\d.])")


def i2_column(header: list[str], rows: list[str]) -> list[tuple[float, str]]:
    """I² read from a results table whose last column is headed I²: each row's last cell, with the
    row's words as the quote. Cells are glued ("-3.29 to -0.7124%", "0.98 (0.95–1.02)0%"): a last
    number glued to a decimal is split after as many decimals as the row's other numbers carry
    (two if none), so "-0.7124%" is the bound -0.71 and I² 24%."""
    if not header:
        return []
    head = _I2_LAST_COLUMN.search(header[-1])
    if head is None:
        return []
    out = []
    for raw in rows:
        m = _ROW_END_NUMBER.search(raw)
        if m is None or (not m.group(2) and not head.group(1)):
            continue  # the cell is "-" or words; a bare number only under "I² (%)"
        number, start = m.group(1), m.start(1)
        before = raw[start - 1] if start else ""
        precision = [len(d) for d in _DECIMALS.findall(raw[:start])]
        places = max(sorted(set(precision)), key=precision.count) if precision else 2
        fraction = number.partition(".")[2]
        if len(fraction) > places:
            # more decimals than the row writes: the number runs on into the I² cell
            tail = fraction[places:]
            if len(tail) > 1 and tail.startswith("0"):
                continue  # an impossible "05"
            value = float(tail)
        elif before.isdigit() or (fraction and before in "-−–"):
            continue  # "5224%": where one cell ends is not knowable
        else:
            value = float(number)
        if value <= 100:
            out.append((value, raw))
    return out


def i2_values(doc: Document, lo: int = 0, hi: int | None = None) -> list[Number]:
    out = []
    present = doc.cache.get("i2")
    if present is None:
        low = doc.low
        present = doc.cache["i2"] = "i2" in low or "i²" in low or "i(2)" in low or "i^" in low or "i-sq" in low or "i sq" in low
    if not present:
        return out
    for m in _I2.finditer(doc.text, lo, doc.end_of_study if hi is None else hi):
        rank = _usable(doc, m.start())
        if rank is None:
            continue
        value = _i2_value(m)
        if value is not None:
            out.append(Number(value, rank, m.start(), doc.sentence_index(m.start())))
    return out
