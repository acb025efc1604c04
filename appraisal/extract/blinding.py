"""Blinding: double, single or open, from "blind" and "mask" words, from who is named as kept unaware
("neither the participants nor the staff knew which drink"), and from what the report leaves unsaid
("blinding not reported" is unknown, not open). No other fact reads who was kept unaware, so the
long lists of parties and of ways to say "did not know" live here.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from appraisal.facts.cues import GENERIC_BLIND, WEAK, Hit
from appraisal.facts.text import BACKGROUND, LIMITATIONS
from .evidence import BLINDING_ORDER, REVIEWS, _NEGATOR, _choose, _with_limitations
from .screening import _NOT_REPORTED

_PARTIES = re.compile(
    r"\b(?:participants?|patients?|subjects?|investigators?|researchers?|clinicians?|physicians?|"
    r"assessors?|outcome\s+assessors?|evaluators?|graders?|examiners?|scorers?|readers?|staff|caregivers?|pathologists?|raters?|"
    r"statisticians?|care\s+providers?|personnel|observers?|families|parents|surgeons|nurses|analysts?|"
    r"volunteers?|doctors?|dietitians?|technicians?|radiologists?|scientists?|sonographers?|psychologists?|therapists?|"
    r"(?:study|research)\s+team|(?:research\s+|study\s+)?assistants?|"
    # "the probands did not know which preparation they took": the participants, in a German writer's word
    r"probands?|"
    # "masked from mothers and from the field workers", "crew ... knew about the new diet": the people
    # a trial in a community, a ship or a camp could keep unaware
    r"mothers|fathers|(?:field|health|community)\s+workers|crews?|sailors|soldiers|inhabitants|residents|villagers|householders|"
    # "Couples and clinic staff were masked": in a fertility trial the couple is the participant
    r"couples|spouses|"
    # "Women were masked to allocation; acupuncturists could not be": the participants named by who they are (one
    # party, see _SAME_PARTY), and the practitioner who gave the treatment
    r"women|men|children|adults|acupuncturists?|practitioners?|midwives|physiotherapists?|"
    # "owners, attending veterinarians and investigators were unaware of the allocation": a veterinary trial's
    # owners give the treatment and report the signs, its vets examine
    r"owners|veterinarians?|vets|"
    # "a committee unaware of the group assignment adjudicated every event": the end-point committee of a PROBE trial
    r"(?:adjudication\s+|end[- ]?point\s+|endpoint\s+)?committees?|"
    # "only the end-point adjudicators were masked": the people who judged the end points of a PROBE trial
    r"(?:end[- ]?point\s+|endpoint\s+)?adjudicators?|"
    # "The expert panel that decided ... whether someone had developed dementia did not know which group", "The testers
    # who measured everyone's abilities ... were blinded": the panel that judged the end points, the people who tested
    r"panels?|testers?)\b", re.I)
# the participants by another name: "men and women were masked" is one party, not two
_SAME_PARTY = {"women": "participant", "men": "participant", "children": "participant", "adult": "participant"}
# "participants could not be masked", "patients cannot be blinded to surgery": blinding was impossible (open);
# the general negation rule skips "be" so that "not ... were randomized" stays positive
_CANNOT_BE = re.compile(r"\b(?:not|cannot|never)\s+(?:be|been|being)\s+$", re.I)
# "blinding cold exposure is not possible", "blinding of surgeons was impossible": the same, said after the word
_IMPOSSIBLE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:is|was|were|are)\s+(?:not\s+(?:possible|feasible|practical|practicable)|impossible|infeasible|unfeasible)\b",
    re.I)
# "Blinding procedures not described", "Blinding of assessors not reported": blinding unknown, not open
_UNREPORTED_AFTER = re.compile(
    r"[^.;:()]{0,40}?\b(?:not\s+(?:" + _NOT_REPORTED + r"|clear)|unclear|unreported)\b", re.I)
# "Scar area was measured double-blind by two observers", "sections were scored double-blind": the
# people measuring were blinded, nobody else: single
_MEASURED_BEFORE = re.compile(
    r"\b(?:measured|scored|assessed|evaluated|analy[sz]ed|read|graded|quantified|counted|examined|rated)\s+(?:in\s+a\s+)?$", re.I)
_BY_ASSESSORS_AFTER = re.compile(
    r"\s*(?:manner\s+|fashion\s+)?by\s+(?:(?:two|three|independent|blinded|trained|separate)\s+){0,2}(?:observers?|pathologists?|"
    r"assessors?|raters?|readers?|evaluators?|examiners?|histologists?|radiologists?|scorers?|investigators?)\b", re.I)
# "The report does not say whether patients were masked": blinding unknown, not a statement of it
# "did not say whether ... blinded": the phrase, then the cue later in the same clause (no . or ;
# between); the phrase ends are found once per sentence (see _unreported_before)
_UNREPORTED_PHRASE = re.compile(
    r"\b(?:(?:does|do|did)\s+not\s+(?:say|state|report|describe|specify|mention|indicate)|not\s+(?:reported|stated|clear)|"
    r"unclear|unknown|no\s+information\s+(?:on|about))\s+(?:whether|if)\b", re.I)
_CLAUSE_END = re.compile(r"[.;]")
# where a clause of a sentence ends: "knew which pattern they followed, but the staff were unaware"
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:but|although|while|whereas)\b|\b(?:but|although|whereas)\b", re.I)
# "no one was kept in the dark about who was doing what": everyone knew (open), whoever is named
_NOBODY_IN_DARK = r"\b(?:nobody|no[\s-]one)\s+(?:was|were)\s+kept\s+in\s+the\s+dark\b"
# "observer-blind", "assessor-blinded": a term that names one masked party, which its own sentence may widen
_PARTY_BLIND = re.compile(r"(?:assessor|evaluator|observer|rater|investigator|examiner|outcome[- ]assessor)[- ]blind", re.I)
# "Nobody — not the volunteers and not the researchers — knew", "neither the women nor the staff": two parties
_TWO_NAMED = re.compile(r"\bneither\b[^.;]*\bnor\b|\bnot\s+(?:the\s+|their\s+)?[\w-]+[^.;]{0,60}?\b(?:and|or)\s+not\b", re.I)
# what was kept from people in a masked trial: which treatment, drink or group they had
_ALLOCATED = (r"(?:(?:which|whether)\s+(?:[\w-]+\s+){0,3}?(?:real|active|verum|true|genuine)\s+or\s+(?:sham|placebo|dummy|fake|"
              # "not told whether they had real or sham acupuncture": the real treatment or its imitation
              r"inactive|simulated|mock)\b|"
              r"(?:which|whether|what)\s+(?:[\w-]+\s+){0,4}?(?:treatment|intervention|drink|beverage|juice|capsules?|pills?|tablets?|"
              r"powders?|programmes?|programs?|gels?|creams?|ointments?|sprays?|patch(?:es)?|drops|infusions?|"
              # "neither patients nor investigators knew which regimen was being taken": a crossover of two regimens in
              # identical capsules hides which regimen a period was
              r"regimens?|"
              # "nor the clinic staff knew which bottle was which": the bottle holds the capsules
              r"bottles?|"
              # "Neither the probands nor the investigators ... knew which device a proband used": a sham device trial
              # hides which of two look-alike devices (an active or an inactive platform) each person had
              r"devices?|"
              # "neither the nursing staff nor the families could tell which range a baby was really being kept in": a trial
              # of two treatment targets hides which target a patient had
              r"(?:target\s+)?ranges?|targets?|"
              # ("did not know which procedure had been done": a real or a simulated operation)
              r"product|supplement|preparation|injection|drug|medication|agents?|group|arm|condition|diet|formula|placebo|"
              r"procedures?|operations?|surgery|"
              # ("Neither the crew, the patient's family nor the hospital team knew which the patient had received": the
              # one treated named in the singular)
              r"(?:they|(?:the|each|a|every)\s+(?:patient|participant|person|child|subject))\s+(?:had\s+)?"
              r"(?:received|were\s+(?:given|taking|receiving|assigned|allocated)|was\s+(?:given|taking|receiving)|got|took))\b|"
              # "did not know the school's allocation": whose allocation it was (a cluster's, a patient's)
              r"(?:the\s+|their\s+|its\s+)?(?:[\w-]+['’]s\s+)?(?:treatment\s+|group\s+|study\s+)?(?:allocations?|assignments?|group\s+membership)\b|"
              # "knew which eye was treated", "which half of the mouth got the varnish": a split-body trial hides
              # which side had the treatment
              r"which\s+(?:side|half|eye|arm|leg|limb|hand|foot|quadrant|tooth|site)\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?"
              r"(?:received|got|had|was\s+(?:treated|given|assigned))\b|"
              # "knew who got what", "knew who had which powder", "knew who was in which group"
              r"who\s+(?:[\w-]+\s+){0,3}?(?:what|which)\b|"
              # "knew who was taking cinnamon", "knew who was getting the drug": who had the treatment, in a trial
              # of it against none (not "who was taking part")
              # ("did not know who received succimer": the same in the past tense)
              # ("Neither the subjects nor the investigators knew who was on the peptide": on the treatment; not "on call")
              r"who\s+(?:(?:was|were)\s+(?:taking|getting|receiving|given|on)|received|got|took)\s+"
              r"(?!(?:part|time|care|better|worse|well|sick|ill|tired|older|bigger|thinner|heavier|worried|call|duty|leave)\b)(?:the\s+)?[\w-]+|"
              # "did not know who had been operated on", "knew whether they had been operated on": the operated arm of a
              # trial of surgery against none
              r"(?:who|whether\s+(?:they|he|she))\s+(?:had\s+)?(?:been\s+|was\s+|were\s+)operated\s+on\b|"
              # "a pathologist unaware of the treatment groups"
              r"(?:the\s+|their\s+|its\s+)?(?:treatment|study|experimental)\s+(?:groups?|arms?)\b|"
              # "were aware of the assigned dose"
              r"(?:the\s+|their\s+|its\s+)(?:assigned|allocated)\s+(?:[\w-]+\s+)?(?:doses?|treatments?|groups?|arms?|regimens?|products?|"
              r"interventions?|drugs?|medications?|conditions?|diets?|capsules?|tablets?)\b)")
_UNAWARE = re.compile(
    r"\bneither\b[^.;]{1,120}?\bnor\b[^.;]{1,120}?\b(?:knew|know|knowing|were\s+aware\s+of|was\s+aware\s+of|being\s+aware\s+of|could\s+(?:tell|identify|distinguish))\s+"
    r"(?:of\s+)?" + _ALLOCATED + r"|"
    r"\b(?:did\s+not|didn't|do\s+not|don't|does\s+not|doesn't|could\s+not|couldn't|were\s+not|weren't|was\s+not|wasn't|never)\s+(?:know|knew|aware\s+of|"
    r"told|informed\s+(?:of|about)|able\s+to\s+(?:tell|identify|distinguish))\s+" + _ALLOCATED + r"|"
    r"\bunaware\s+of\s+" + _ALLOCATED + r"|"
    # "Families ... knew which group a baby was in; the paediatricians and psychologists who examined the children at 18
    # months were not told": "not told" closing its clause after a sentence about the allocation leaves it unsaid
    # ("were not told about the risks" says what)
    r"\b(?:were|was)\s+not\s+told(?=\s*(?:[.;]|$))|"
    # "assessed by observers unaware of treatment": the bare word, closing its clause ("unaware of treatment
    # options" is about something else)
    r"\bunaware\s+of\s+(?:the\s+)?(?:treatment|intervention)(?![\w-]|\s+[a-z])|"
    # "Nobody — not the volunteers and not the researchers — knew which powder was which"
    r"\b(?:nobody|no[\s-]one)\s*(?:(?:[—–]|--?|,)[^.;—–]{1,100}?(?:[—–]|--?|,)\s*)?"
    r"(?:knew|know|was\s+aware\s+of|could\s+(?:tell|identify|distinguish))\s+(?:of\s+)?"
    + _ALLOCATED + r"|"
    # "the volunteers were kept in the dark"; "kept in the dark about which group each patient was in": what was kept
    # from them, so the patient named after it is the one allocated (_OWN_ALLOCATION), not one kept unaware
    r"\b(?:were|was)\s+kept\s+in\s+the\s+dark\b(?:\s+(?:about|as\s+to|on)\s+" + _ALLOCATED + r")?|"
    r"\b(?:allocations?|assignments?|group\s+membership|treatment\s+identity)\s+(?:was|were)\s+(?:concealed|hidden|masked|kept\s+secret)\s+from\b",
    re.I)
_AWARE = re.compile(r"\b(?:knew|were\s+aware\s+of|was\s+aware\s+of|were\s+told|was\s+told)\s+" + _ALLOCATED + r"|" + _NOBODY_IN_DARK + r"|"
                    # "Crew ... knew about the new diet": they knew what they were being given
                    r"\bknew\s+(?:about|of)\s+(?:the|their)\s+(?:new|assigned|allocated|experimental|active|study)\s+"
                    r"(?:diet|ration|treatment|regimen|drug|medication|intervention|programme|program|supplement)\b", re.I)
# every _UNAWARE / _AWARE match holds one of these
_KNOWING_WORDS = ("knew", "know", "aware", "told", "informed", "conceal", "hidden", "masked", "secret", "tell",
                  "identify", "distinguish", "dark")
# "raters who did not know which group the patient was in": the person whose allocation was hidden,
# named after "which group", is not one of the people kept unaware
_OWN_ALLOCATION = re.compile(r"\s+(?:the|a|each|every|their|that)\s+(?:[\w-]+\s+)?" + _PARTIES.pattern +
                             r"(?=\s+(?:was|were|had|received|got|took|belonged)\b)", re.I)
# "Only one side was kept in the dark: the staff who ran the tests ...; patients knew": the count of masked
# parties is said outright, whoever else the sentence names
_ONE_SIDE = re.compile(r"\b(?:only|just)\s+one\s+(?:side|party)\s+$", re.I)
_LAST_CONJUNCT = re.compile(r",|\b(?:and|but)\b", re.I)
_NOBODY_BEFORE = re.compile(r"\b(?:nobody|no[\s-]one)\s+$", re.I)
# "The orlistat arm was open-label", "orlistat was given open-label as a reference arm", "an open-label comparator
# arm": one arm left unmasked, which does not unmask a trial whose other arms are double-blind
# ("IRS arms were not masked": the arms of one factor left unmasked)
_ARM_BEFORE = re.compile(r"\b(?:arms?|group)\s+(?:was|were)\s+(?:not\s+)?(?:(?:given|kept|left|run|delivered)\s+)?$", re.I)
_ARM_AFTER = re.compile(r"\s+(?:as\s+(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?arm\b(?![\s-]+(?:trial|study|design)\b)", re.I)
# "longer-term efficacy was left to an open-label extension", "an open-label follow-on phase": the open word names a
# later phase that followed the trial, not the trial's own masking (unless the study is that extension)
_LATER_PHASE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:extension|follow[- ]on|continuation)\b", re.I)
# "After the crossover every participant had received psilocybin, so the long-term results have no comparison group": the
# denial is said of the results of a later phase, after the controlled part was over (not "the results have no
# comparison group", which speaks of the whole study)
_LATER_RESULTS_BEFORE = re.compile(
    r"\b(?:long[- ]term|longer[- ]term|later|post[- ]?crossover|post[- ]?trial)\s+(?:[\w-]+\s+)?(?:results|outcomes|data|findings|"
    r"follow[- ]up|phase|period)\s+(?:(?:have|has|had)\s+no|lacks?|lacked|(?:were|was)\s+without)\s+(?:an?\s+|any\s+)?$", re.I)
# "More events after the switch from study drug to open-label therapy at the end of the trial": patients moved on to
# open treatment once the masked trial was over, which says nothing of the trial's own masking
_SWITCHED_TO_BEFORE = re.compile(r"\b(?:switch(?:ed|ing)?|transition(?:ed|ing)?|mov(?:ed|ing)|chang(?:ed|ing))\s+"
                                 r"(?:from\s+[^.;:]{1,40}?\s+)?to\s+(?:an?\s+|the\s+)?$", re.I)
_TRIAL_OVER_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:at|after)\s+the\s+end\s+of\s+the\s+(?:trial|study)\b|"
                               r"\s+(?:[\w-]+\s+)?after\s+the\s+(?:trial|study)\s+(?:ended|closed|finished)\b", re.I)
# the people who judge a PROBE trial's end points (see BlindingRules._judges_unaware)
# ("the paediatricians and psychologists who examined the children at 18 months": named by what they did)
_JUDGE_NOUNS = r"(?:assessor|adjudicator|evaluator|rater|examiner|grader|reader|scorer|tester|panel|committee)"
_JUDGES = re.compile(r"\b(?:" + _JUDGE_NOUNS + r"s?|who\s+(?:examined|assessed|tested|rated|scored|evaluated|judged))\b", re.I)
# "the psychologists who examined the children": the people examined are the ones the judges saw, not a party kept unaware
_EXAMINED = re.compile(r"\bwho\s+(?:examined|assessed|tested|rated|scored|evaluated|judged|saw|measured)\s+(?:the|each|every|all)\s+"
                       r"(?:[\w-]+\s+)?" + _PARTIES.pattern, re.I)
# "After 3 months the sham guys were unblinded", "patients were unmasked at week 12": masking lifted at a stated time
# (a passive verb with a time or the end point), so the trial was masked until then; "Participants were unblinded" with
# no time says nobody was masked
_LIFTED_BEFORE = re.compile(r"\b(?:was|were|been|got)\s+$", re.I)
_LIFTED_WHEN = re.compile(r"\b(?:after|at|from|once|beyond)\s+(?:the\s+)?(?:(?:\d+|one|two|three|four|six|twelve)[- ]"
                          r"(?:weeks?|months?|years?|days?)|(?:week|month|day)\s+\d+|(?:primary\s+)?(?:end[- ]?point|analysis))\b",
                          re.I)
# "only unblinded pharmacy staff preparing the doses knew the arm", "an unblinded pharmacist dispensed the vials": the
# word names the people who made up the doses, kept out of a masked trial, not the trial's masking
_DOSE_PREPARERS_AFTER = re.compile(
    r"\s+(?:(?:study|trial|site|research)\s+)?(?:pharmacists?|pharmacy\b|dispensers?\b|(?:[\w-]+\s+)?(?:staff|personnel|nurses?|team)\s+"
    r"(?:who\s+)?(?:prepar|dispens|reconstitut|mix|made\s+up))", re.I)
_IPD = re.compile(r"individual[- ](?:patient|participant)[- ](?:level\s+)?data|\bipd\b", re.I)


# the people who judge the end points are one party by whatever name: "the physicians assessing neurological prognosis and
# the outcome assessors were blinded" (the bedside team "could not be masked") masks the judges only, as a PROBE trial does
# (single); "patients and outcome assessors" are still two, and so are "patients rating their pain" and the assessors
# (the participants judge only themselves)
_JUDGE_NAME = re.compile(r"(?:(?:outcome|end[- ]?point|adjudication)\s+)?" + _JUDGE_NOUNS + r"$")
_JUDGING_AFTER = re.compile(r"\s+(?:who\s+(?:assess|judg|adjudicat|evaluat|rat|scor|grad)ed|(?:assess|judg|adjudicat|evaluat|rat|scor|grad)ing)\b",
                            re.I)
_PARTICIPANT_NAME = re.compile(r"(?:participant|patient|subject|volunteer|proband|women|men|children|adult|couple|mother|father|"
                               r"famil|parent)")


def _named(found, a: int, b: int) -> set[str]:
    """The parties of `_PARTIES` matches, one name each, skipping those in [a, b)."""
    out = set()
    for p in found:
        if not a <= p.start() < b:
            name = p.group(0).lower().rstrip("s")
            if _JUDGE_NAME.match(name) or (not _PARTICIPANT_NAME.match(name) and _JUDGING_AFTER.match(p.string, p.end())):
                name = "judge"
            out.add(_SAME_PARTY.get(name, name))
    return out


class BlindingRules:
    """The `blinding` fact."""

    def blinding(self):
        hs, unreported, one_arm = [], [], []
        for h in self.hits("blinding"):
            s_start = self.doc.starts[h.sentence]
            if h.cue.lower().startswith(("blind", "mask")) and (
                    _UNREPORTED_AFTER.match(self.doc.text, h.pos + len(h.cue))
                    or self._unreported_before(h.sentence, h.pos) or self._unreporting_before(h)):
                unreported.append(h)
                continue
            if h.value == "double" and self._assessors_only(h):
                h = replace(h, value="single")
            if h.value == GENERIC_BLIND and not h.negated and _CANNOT_BE.search(self.doc.text, max(s_start, h.pos - 20), h.pos):
                if not self._clause_parties(h):
                    continue  # "Exercise could not be blinded": nobody named, whoever the sentence names elsewhere
                h = replace(h, value="open", negated=True)
            if h.value == GENERIC_BLIND and not h.negated and h.cue.lower().startswith(("blinding", "masking")) and \
                    _IMPOSSIBLE_AFTER.match(self.doc.text, h.pos + len(h.cue), self.doc.ends[h.sentence]):
                # "blinding cold exposure is not possible": nobody could be blinded, not a blinded party
                h = replace(h, value="open", negated=True)
            if h.value == GENERIC_BLIND:
                # "Patients were not blinded, but outcome assessors were": the assessors only
                parties = self._parties(h.sentence, h.pos, h.pos + len(h.cue))
                if not parties:
                    continue
                h = replace(h, value="double" if len(parties) >= 2 else "single", strength=WEAK)
            if h.value == "open" and self._later_phase(h):
                continue
            if h.value == "open" and h.cue.lower() in ("unblinded", "unmasked") and \
                    _DOSE_PREPARERS_AFTER.match(self.doc.text, h.pos + len(h.cue), self.doc.ends[h.sentence]):
                continue  # "only unblinded pharmacy staff preparing the doses knew the arm": the preparers, not the trial
            if h.value == "open" and self._one_arm(h):
                one_arm.append(h)
                continue
            hs.append(h)
        if one_arm:
            # "... open-label, so the comparison is not protected by blinding": the same arm's sentence
            arm_sentences = {h.sentence for h in one_arm}
            one_arm += [h for h in hs if h.value == "open" and h.sentence in arm_sentences]
            hs = [h for h in hs if not (h.value == "open" and h.sentence in arm_sentences)]
            if not any(h.value in ("double", "single") and not h.negated and h.rank < BACKGROUND for h in hs):
                hs += one_arm  # nothing else masked: the open arm is the trial's blinding
        masked = self._masked_allocation()
        hs += masked
        chosen = _with_limitations(hs, _choose(hs, BLINDING_ORDER), BLINDING_ORDER)
        if chosen is not None and chosen.value == "open" and chosen.rank == LIMITATIONS:
            # "Treatment was open-label; only the outcome assessment was blinded": the Limitation that calls the
            # treatment open names the one masked party in the same sentence (single)
            masked = [h for h in hs if h.sentence == chosen.sentence and h.value == "single" and not h.negated]
            if masked:
                chosen = masked[0]
        if chosen is not None and chosen.value == "open":
            chosen = self._judges_unaware(chosen, masked)
        if chosen is not None and chosen.value == "single" and _PARTY_BLIND.match(chosen.cue):
            # "observer-blind: neither participants nor the staff adjudicating cases knew the
            # assignment": the sentence that names who was kept unaware explains the term
            explained = [h for h in masked if h.sentence == chosen.sentence and h.value == "double"]
            if explained:
                chosen = explained[0]
        if chosen is not None and chosen.negated and self._names_party(chosen):
            # "Patients were not masked" against "investigator-blinded": one party unblinded is
            # what single-blind means, so it does not make the study open
            kept = [h for h in hs if not (h.negated and self._names_party(h))]
            positive = _choose(kept, BLINDING_ORDER)
            if positive is not None and positive.value == "single":
                chosen = positive
        if chosen is not None and any(u.rank < chosen.rank for u in unreported):
            return  # "Blinding not reported" outranks a looser word about blinding further down
        if self._about_some_studies(chosen):
            return
        if chosen is not None and self.values.get("design") in REVIEWS and not _IPD.search(self.doc.text):
            # "a meta-analysis of double-blind trials": the masking was the included trials', not the
            # review's; only an individual-participant-data analysis re-analyses those masked participants
            return
        self.set_hit("blinding", chosen)

    def _judges_unaware(self, chosen: Hit, masked: list[Hit]) -> Hit:
        """"The trial was open-label ... The expert panel that decided whether someone had developed dementia did not
        know which group each person was in": open treatment with the judges of the end points kept unaware, said
        without the word "blind", is a PROBE design (single), as "open-label with blinded endpoint review" is."""
        for h in masked:
            if h.value == "single" and h.rank <= chosen.rank and _JUDGES.search(self.doc.sentence(h.sentence)):
                return h
        return chosen

    def _one_arm(self, h: Hit) -> bool:
        """"The orlistat arm was open-label": the open word is said of one arm, not of the trial."""
        text, s_start, s_end = self.doc.text, self.doc.starts[h.sentence], self.doc.ends[h.sentence]
        return bool(_ARM_BEFORE.search(text, max(s_start, h.pos - 40), h.pos)
                    or _ARM_AFTER.match(text, h.pos + len(h.cue), s_end))

    def _later_phase(self, h: Hit) -> bool:
        """"Only 14 weeks of controlled treatment; longer-term efficacy was left to an open-label extension", "the switch
        from study drug to open-label therapy at the end of the trial": the open-label phase after the masked trial,
        unless the study is itself the extension; "the long-term results have no comparison group": the uncontrolled
        phase after a controlled one."""
        text, end, s_end = self.doc.text, h.pos + len(h.cue), self.doc.ends[h.sentence]
        if _SWITCHED_TO_BEFORE.search(text, max(self.doc.starts[h.sentence], h.pos - 60), h.pos) \
                and _TRIAL_OVER_AFTER.match(text, end, s_end):
            return True  # "the switch from study drug to open-label therapy at the end of the trial"
        if h.cue.lower() in ("unblinded", "unmasked") and _LIFTED_BEFORE.search(text, max(self.doc.starts[h.sentence], h.pos - 12), h.pos):
            sentence = text[self.doc.starts[h.sentence]:s_end]
            if _LIFTED_WHEN.search(sentence):
                return True  # "After 3 months the sham guys were unblinded": masking lifted later
        if _LATER_RESULTS_BEFORE.search(text, max(self.doc.starts[h.sentence], h.pos - 60), h.pos):
            return True  # "so the long-term results have no comparison group": the phase after the controlled one
        return bool(_LATER_PHASE_AFTER.match(text, end, s_end)) and not self._is_extension()

    def _assessors_only(self, h: Hit) -> bool:
        """"Scar area was measured double-blind by two observers on coded sections": masking of the
        measurement only, as in laboratory work where the animals cannot know (single)."""
        text, s_start = self.doc.text, self.doc.starts[h.sentence]
        return bool(_MEASURED_BEFORE.search(text[max(s_start, h.pos - 40):h.pos])
                    or _BY_ASSESSORS_AFTER.match(text, h.pos + len(h.cue), self.doc.ends[h.sentence]))

    def _masked_allocation(self) -> list[Hit]:
        """Masking said without the word "blind": "Neither the participants nor the staff who scored
        the outcomes knew which drink was being taken", "Patients were unaware of their allocation":
        double when two parties are named, single for one; "Participants knew which group they were
        in" is open. Background is not read (it describes other studies)."""
        out = []
        text = self.doc.text
        # the precise patterns run only on sentences (outside Background) holding a word of knowing
        low = self.doc.low
        found = set()
        for word in _KNOWING_WORDS:
            i = low.find(word)  # str.find is far faster than one regex of alternatives
            while i != -1:
                found.add(i)
                i = low.find(word, i + 1)
        sentences = sorted({self.doc.sentence_index(i) for i in found
                            if any(lo <= i < hi for lo, hi in self.doc.rank_spans)})
        for si in sentences:
            s_start, s_end = self.doc.starts[si], self.doc.ends[si]
            for regex, masked in ((_UNAWARE, True), (_AWARE, False)):
                for m in regex.finditer(text, s_start, s_end):
                    clause = text[max(s_start, m.start() - 80):m.start()]
                    everyone = not masked and m.group(0)[:2].lower() == "no"  # "no one was kept in the dark"
                    if not masked and not everyone and _NEGATOR.search(_LAST_CONJUNCT.split(clause)[-1]):
                        # "did not know which" is read by _UNAWARE; "were not randomly assigned and knew
                        # about the new diet" negates another verb
                        continue
                    if masked and _NOBODY_BEFORE.search(clause):
                        continue  # "no one was kept in the dark" is read by _AWARE
                    own = _OWN_ALLOCATION.match(text, m.end(), s_end) or _EXAMINED.search(text, max(s_start, m.start() - 120), m.start())
                    parties = self._parties(si, m.start(), m.end(), own.span() if own else None)
                    if not parties and not everyone:
                        continue
                    two = masked and _TWO_NAMED.search(m.group(0))
                    one = masked and _ONE_SIDE.search(clause)
                    value = ("double" if (len(parties) >= 2 or two) and not one else "single") if masked else "open"
                    seg = self.doc.segment_of(m.start())
                    out.append(Hit("blinding", value, WEAK, seg.rank, seg.name, m.start(), si, False, m.group(0)))
        return out

    def _clause_parties(self, h: Hit) -> bool:
        """A party named in the clause of a masking word: "Inhabitants ... were masked to the type of net; spraying
        could not be masked" names nobody who could not be masked."""
        text, s_start, s_end = self.doc.text, self.doc.starts[h.sentence], self.doc.ends[h.sentence]
        lo = max(s_start, h.pos - 200)
        for b in _CLAUSE_BREAK.finditer(text, lo, h.pos):
            lo = b.end()
        nxt = _CLAUSE_BREAK.search(text, h.pos, min(s_end, h.pos + 200))
        return _PARTIES.search(text, lo, nxt.start() if nxt else min(s_end, h.pos + 200)) is not None

    def _parties(self, si: int, start: int, end: int, skip: tuple[int, int] | None = None) -> set[str]:
        """Who is named in the clause of a masking statement, else in its sentence: "The participants knew
        which pattern they followed, but the staff who measured the outcomes were kept unaware of group
        assignment" masks the staff only (single), not both parties the sentence names. A party inside
        `skip` ("which group the patient was in") is the one allocated, not one kept unaware."""
        text, s_start, s_end = self.doc.text, self.doc.starts[si], self.doc.ends[si]
        lo = max(s_start, start - 200)
        for b in _CLAUSE_BREAK.finditer(text, lo, start):
            lo = b.end()
        nxt = _CLAUSE_BREAK.search(text, end, min(s_end, end + 200))
        hi = nxt.start() if nxt else min(s_end, end + 200)
        a, b = skip or (0, 0)
        return _named(_PARTIES.finditer(text, lo, hi), a, b) or _named(_PARTIES.finditer(text, s_start, s_end), a, b)

    def _names_party(self, hit: Hit) -> bool:
        """A generic blinding word whose sentence says who ("Investigators were not blinded"; "Participants unblinded"
        in Limitations, the same said with the negative word)."""
        return hit.cue.lower().startswith(("blind", "mask", "unblind", "unmask")) \
            and bool(_PARTIES.search(self.doc.sentence(hit.sentence)))

    def _unreported_before(self, si: int, pos: int) -> bool:
        """An "unclear whether" phrase earlier in the clause of sentence `si` ending before `pos`.

        Phrase ends and clause ends are listed once per sentence, so a long sentence with many
        cues stays linear (a regex search back to the sentence start per cue was quadratic)."""
        marks = self._unreported.get(si)
        if marks is None:
            text, lo, hi = self.doc.text, self.doc.starts[si], self.doc.ends[si]
            marks = self._unreported[si] = ([m.end() for m in _UNREPORTED_PHRASE.finditer(text, lo, hi)],
                                            [m.start() for m in _CLAUSE_END.finditer(text, lo, hi)])
        phrase_ends, clause_ends = marks
        k = bisect_right(phrase_ends, pos)
        if not k:
            return False
        last = phrase_ends[k - 1]
        j = bisect_left(clause_ends, last)
        return j == len(clause_ends) or clause_ends[j] >= pos
