"""The context patterns that change what a cue means (a negation before or after it, words about other
studies or hypothetical ones, cells taken from an animal) and NEGATE, what a negated fact becomes. They run only
next to a cue, so they stay out of the cue tables."""
from __future__ import annotations

import re

from .markers import ALLOCATED, GENERIC_BLIND, GENERIC_CONTROL, NOT_PLACEBO


# A negator shortly before the cue, with at most two plain words in between (no verbs like
# "were", so "patients who did not respond were randomized" stays positive).
_NEG_BEFORE = re.compile(
    # ("six deaths with the drug and none with placebo", "none in the control group": a count of zero in
    # that arm, which names the arm rather than denying it; "with or without progestagens, against placebo":
    # an option, not a denial)
    # ("most included studies weren't randomised", "wasn't blinded": the negation contracted onto its verb)
    # ("Not all randomised women started their IVF cycle": "not all" opening the clause counts some of the people
    # the cue describes; "the studies were not all randomised" still denies it)
    r"(?:\b(?:no|none(?![\s-]+(?:with|in|on|among|receiving|taking|given)\b)|(?<=\w\s)not|not(?!\s+(?:all|every)\s+$)|(?:was|were|is|are|did|do|does|had|has|have|could|ca)n[’']t|(?<!with\sor\s)(?<!with\sand\s)without|lack(?:ing|ed|s)?(?:\s+of)?|absence\s+of|absent|neither|nor|never|cannot|no\s+formal|unable\s+to)\b[\s-]+"
    # ("five control hospitals that did not adopt it carried on with their standard practice": the object "it" closes the
    # negated verb, so the cue after it belongs to the main clause)
    r"(?:(?!(?:were|was|is|are|be|been|who|which|that|but|and|then|it)\b)[\w-]+[\s,-]+){0,2}(?:[\w-]+\s+(?:or|nor)\s+)?|\bnon-|\bun|"
    r"\bneither\b[^;:()]*\bnor\b[^;:()]*|"
    # "None of the included studies was randomised", "none of the trials were blinded": every study of the set denied
    # the cue (the subject's words between, then the verb)
    r"\bnone\s+of\s+(?:the\s+|these\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:studies|trials|reports|papers|cohorts|"
    r"experiments)\s+(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?|"
    # "nobody was assigned at random", "no one was put into a group by chance", "Nobody got a dummy capsule"
    r"\b(?:nobody|no[\s-]one)\s+(?:(?:was|were|is|got|had\s+been|has\s+been)\s+|(?:got|received|took|was\s+given)\s+(?:an?|the|any)\s+))$",
    re.I)
_NEG_AFTER = re.compile(
    # ("randomisation was naturally not performed", "was deliberately not blinded": an adverb before the "not")
    r"^[\w-]*\s*(?:(?!(?:who|that|which|whom)\b)\w+\s+)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been|could|did)\s+"
    r"(?:[a-z]+ly\s+)?(?:not|never)"
    r"(?!\s+(?:fed|given|allowed|treated|exposed|restricted|matched|told|aware|informed|paid|selected|chosen|"
    r"different|similar|comparable|significantly|statistically|always|fully|entirely|all|"
    # "sedation in the control arm was not standardised": how the arm's care was run, not a denial of the arm
    r"standardi[sz]ed|protocoli[sz]ed|uniform|supervised)\b"
    # "the placebo group did not improve": an outcome the group had, not a denial of the group
    r"|\s+(?:improv|chang|respond|benefit|differ|worsen|declin|increas|decreas|reach|achiev|experienc|develop)\w*)\b|"
    r"^[\w-]*\s*(?:was|were|is|are)\s+(?:absent|lacking|missing|impossible|not\s+(?:performed|possible|feasible|done|used))|"
    r"^[\w-]*\s*(?:\w+\s+)?(?:not\s+(?:performed|possible|feasible|done|used|reported|described))",
    re.I)
# a structured abstract's "Masking: none", "Control: none", "Randomisation: none": a label that opens its sentence
# (at most one word before the cue, so "Withdrawals with placebo: none" counts events) and is answered "none"
_LABEL_BEFORE = re.compile(r"\s*(?:[\w-]+\s+)?")
_NONE_AFTER = re.compile(r"\s*:\s*none\b(?![\s-]+(?:of|with|in|on|among|after|before|reported|stated|described)\b)", re.I)
# "Twenty-four hours later they were randomly assigned": "later" after a unit of time is when, not
# another study (each lookbehind has a fixed width, so each unit gets its own)
_LATER = "".join(rf"(?<!{u}\s)" for u in ("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                                          "month", "months", "year", "years")) + "later"
# Words that point the cue at other studies ("previous RCTs", "larger trials are needed");
# "the other wards/arm" is this study's other group, and "with each other or with placebo" its own comparisons.
_FOREIGN_BEFORE = re.compile(
    r"\b(?:previous(?:ly)?|prior|earlier|(?<!the\s)(?<!each\s)other"
    # ("exposed to PIF ...; other myotubes were left untreated for comparison": the experiment's own other cultures or
    # animals, not other studies)
    r"(?!\s+(?:cells|cultures|myotubes|[a-z]*cytes|fibroblasts|neurons|explants|organoids|slices|wells|dishes|plates|flasks|"
    r"tubes|mice|rats|animals|worms|flies|larvae|embryos)\b)|larger|existing|published|past|several|many|numerous|"
    r"future|subsequent|additional|further|well[- ]designed|high[- ]quality|adequately[- ]powered|"
    r"ongoing|pivotal|landmark|confirmatory|definitive|unlike|" + _LATER + r")\b"
    # "searched several databases for randomised, placebo-controlled studies": the word counts the places searched
    r"(?![\s,-]+(?:[\w-]+\s+)?(?:databases|libraries|registries|registers|search\s+engines)\b)"
    r"[\s,-]+(?:[\w-]+[\s,-]+){0,2}(?:(?:and|or)\s+)?$|"
    # "A 26-year-old man taking part in a double-blind, placebo-controlled antidepressant trial": the trial one person
    # of a case report was in is another study (not "patients enrolled in the trial were randomised", this study's)
    r"(?:\b(?:an?|one|the)\s+|year[- ]old\s+)(?:man|woman|boy|girl|patient|participant|volunteer|child|infant|gentleman|lady)\s+"
    r"(?:who\s+was\s+)?(?:taking\s+part|participating|enrolled)\s+in\s+an?\s+(?:(?!(?:was|were|is|are|and|who)\b)[\w-]+[\s,-]+){0,3}$",
    re.I)
# "Proper trials, in which patients are split by chance ...", "Small human trials in which volunteers took NR
# or a dummy pill", "the Women's Health Study, which began in the 1990s as a trial in which women were split by
# chance": the clause describes those trials (other studies, or a cohort's source), not this study
_TRIALS_CLAUSE = re.compile(
    r"(?:\btrials\b(?:,[^.;:]{0,40}?)?,?|\bwhich\s+(?:[\w-]+\s+){0,5}?as\s+an?\s+(?:[\w-]+\s+){0,2}?trial,?)\s+(?:in\s+which|where)\s+[^.;:]*$",
    re.I)
# "best read alongside randomised data such as EFFORT", "randomized controlled trials such as RECOVERY": a design word
# that a named study is an example of speaks of other studies (read on the study's case: a name is capitalised; "randomised
# to supplements such as Ensure" allocates this study's people: no preposition or verb between)
_SUCH_AS_NAMED = re.compile(
    r"(?:[\s,]+(?!(?:was|were|is|are|be|to|in|into|with|for|by|on|at|from|of|and|or|but|that|which|who)\b)[\w-]+){0,3}?"
    r"[\s,]+such\s+as\s+(?:the\s+)?[A-Z]")
# ("needed fewer doses", "used as needed": what participants needed, not a study that is needed)
_HYPOTHETICAL = re.compile(
    r"\b(?:(?<!who\s)(?<!as\s)needed(?!\s+(?:no|any)\b|\s+(?:(?:far|much|significantly|markedly|considerably)\s+)?(?:less|fewer|lower)\b|"
    # "the intensive group typically needed one more pill": an amount of treatment the patients took, not a study to do
    r"\s+(?:an?|one|two|three|four|\d+)\s+(?:more|extra|additional)\b)|warranted|required\s+to|needs?\s+to\s+be|"
    # "Confirmation needs a randomised placebo-controlled trial started in ...": the trial the question needs, not this one
    # ("each patient needs a daily injection" names no study)
    r"needs?\s+(?:an?|one)\s+(?:[\w-]+,?\s+){0,4}?(?:trials?|rcts?|stud(?:y|ies)|experiments?)\b|should|would|future|merits?|deserves?|await\w*|"
    r"calls?\s+for|"
    # "The authors themselves ask for prospective studies to confirm the finding": studies asked for, not done ("were
    # asked for stool samples" asks the participants for something)
    r"ask(?:s|ed|ing)?\s+for\s+(?:[\w-]+\s+){0,3}?(?:studies|trials|rcts|research|cohorts|data|evidence)\b|are\s+required|is\s+required|recommended\s+to|remains?\s+to\s+be|confirm\w*\s+in|"
    r"prior\s+(?:studies|trials|work|research)|been\s+(?:shown|reported|observed)|"
    r"has\s+been\s+observed|observed\s+in\s+(?:larger|other|previous)|"
    # "a form of allocation some consider only quasi-random": others' opinion of the study, not what it did
    r"(?:some|critics|others)\s+(?:would\s+)?(?:consider|regard)\b|"
    # "Only a randomised trial of withholding these drugs could establish cause", "Only a long randomised trial could
    # show whether ...", "cause could only be shown by an RCT": the one study that would settle the question, not this
    # one ("the trial could not show" stays; "neither patients nor staff could tell which pill" is this study's masking)
    # ("Only a randomised, placebo-controlled, double-blind trial in a mature system could settle whether": the design
    # words listed with commas)
    r"\bonly\s+(?:an?|one)\s+(?:[\w-]+,?\s+){0,4}?(?:trials?|rcts?|study|experiment)\b[^.;:]{0,80}?\bcould\s+(?!not\b|never\b)|"
    r"\bcould\s+only\s+be\s+(?:established|shown|proven|proved|settled|answered|confirmed|tested)\s+(?:by|in|with)\s+an?\b)\b",
    re.I)
# "an RCT of contraception and cancer is not feasible, so registry evidence ... is the best available", "a placebo
# arm would be unethical": a study named with "a/an" and said to be impossible is one nobody did (the study's own
# "a randomised trial in 200 women, and blinding was not feasible" says it of something else: no comma, conjunction or
# masking word between the study and "not feasible")
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|such\s+an?)\s+(?:[\w-]+\s+){0,2}$", re.I)
_INFEASIBLE_AFTER = re.compile(
    r"(?:(?!\b(?:but|because|although|though|while|whereas|so|since|blind\w*|mask\w*|allocation|concealment)\b)[^.;:,]){0,60}?"
    r"\b(?:is|are|was|were|be)\s+(?:not\s+(?:feasible|possible|ethical)|infeasible|unfeasible|impossible|unethical)\b",
    re.I)
# "in order that neither patients nor investigators should become aware": a purpose clause says what a step
# of this study was for, not a study that should be done
# "The other group carried on as before, with the understanding that they would be offered the same massage course once
# the eight weeks were over": the promise made to a wait-list group is part of this study's design, not a study to come
# "or started fertility care promptly as clinics would usually offer": the habitual "would" of what carers do anyway
# describes this study's comparison arm, not a study that would be done
# ("ran their own CSII under the supervision they would ordinarily have (usual care)": what the patients have anyway)
_PURPOSE = re.compile(r"\b(?:(?:in\s+order|so)\s+that|(?:with|on)\s+the\s+(?:understanding|promise|assurance)\s+that)\s+"
                      r"[^.;:,]{0,80}?\b(?:should|would|might)\b|"
                      r"\b(?:as\s+(?:clinics|clinicians|hospitals|doctors|physicians|practices|surgeons|midwives|nurses)|"
                      r"(?:they|patients|participants|people|families))\s+would\s+"
                      r"(?:usually|normally|routinely|ordinarily|typically)\b", re.I)
# "primary mouse cortical neurons", "rat hepatocytes": the animal is where the cells came from; "rat liver
# mitochondria", "mouse brain homogenates": cell-free material from an animal, studied in the dish; "rat neuronal
# nicotinic receptor subunits" (expressed in oocytes or cell lines): the animal's genes, studied in the dish
_CELLS_AFTER = re.compile(
    r"\s+(?:(?!(?:with|of|and|or|in|from|lacking|without|were|was|had|received|given|whose)\b)[\w-]+\s+(?:\([\w-]+\)\s+)?){0,2}?"
    r"(?:cells|neurone?s|fibroblasts|hepatocytes|keratinocytes|cardiomyocytes|myocytes|myotubes|macrophages|"
    r"monocytes|lymphocytes|splenocytes|astrocytes|microglia|chondrocytes|osteoblasts|adipocytes|islets|"
    r"explants|organoids|cultures?|cell\s+lines?|mitochondria|microsomes|synaptosomes|homogenates|lysates|"
    r"(?:receptor\s+|channel\s+)?subunits|receptors|c[dr]nas?|"
    # "661W cells, a mouse cone photoreceptor-derived line": the animal a cell line came from
    r"[\w]+-derived\s+(?:cell\s+)?lines?)\b", re.I)
# "NG108-15 (mouse neuroblastoma × rat glioma) cells": a parenthesis naming the animals a cell line
# came from, closed right before "cells"
_CELLS_PAREN = re.compile(r"[^()\n]{0,60}\)\s+(?:cells|cell\s+lines?|cultures?)\b", re.I)
# "fibroblasts cultured from Achilles tendons of Sprague-Dawley rats", "Cells from rats, not humans"
_CELL_SOURCE = re.compile(
    r"\b(?:isolated|derived|harvested|obtained|extracted|collected|taken|prepared|dissected|cultured|"
    r"cells|fibroblasts|neurone?s|hepatocytes|keratinocytes|cardiomyocytes|myocytes|macrophages|chondrocytes|"
    r"osteoblasts|adipocytes|explants|cultures)\s+from\s+(?:[\w-]+\s+){0,5}$|"
    # "Tissue explants of adult mouse heart", "cultures of rat hepatocytes": the animal the dish's tissue came from
    r"\b(?:explants|cultures)\s+of\s+(?:[\w-]+\s+){0,3}$|"
    # "Vero E6 cells (African green monkey kidney)": the animal a cell line came from, in brackets after it
    r"\b(?:cells|cell\s+lines?)\s*\((?:[\w-]+\s+){0,3}$", re.I)
# "isolates taken directly from patients", "parasite cultures from patients": people as the source of the
# material studied in the laboratory, not the ones studied ("SARS-CoV-2 isolated from a patient in Hong Kong": a microbe
# taken from a patient; "blood cells isolated from 40 patients" studies those patients)
# ("Semen samples were collected from men with poor semen quality ... and from men with normal semen": the donors of
# the samples a laboratory experiment dosed; the second donor group may come after a long bracket)
_ISOLATE_SOURCE = re.compile(r"\b(?:(?:isolates|cultures|strains)\s+(?:[\w-]+\s+){0,2}?|"
                             r"(?:[a-z]*virus(?:es)?|sars-cov-2|strains?|bacteri(?:um|a)|phages?)\s+(?:(?:was|were)\s+)?isolated\s+)"
                             r"from\s+(?:[\w-]+\s+){0,3}$|"
                             r"\b(?:samples|specimens)\s+(?:were\s+)?(?:collected|obtained|taken|donated)\s+from\s+"
                             r"(?:[^.;:]{0,100}?\band\s+from\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# Sentence about other studies in a review/background sense, ok for reviews' own design words.
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|,\s+(?:but|although|while|whereas)\b|\b(?:but|although|whereas)\b")

NEGATE = {
    ("randomized", True): ("randomized", False),
    ("design", ALLOCATED): ("design", "controlled-trial"),
    ("blinding", "double"): ("blinding", "open"),
    ("blinding", "single"): ("blinding", "open"),
    ("blinding", GENERIC_BLIND): ("blinding", "open"),
    ("control", GENERIC_CONTROL): ("control", "none"),
    ("control", "placebo"): ("control", NOT_PLACEBO),
    ("heterogeneity", "heterogeneous"): ("heterogeneity", "homogeneous"),
    ("heterogeneity", "homogeneous"): ("heterogeneity", "heterogeneous"),
}
# Facts where the hypothetical / other-studies context is ignored (they describe the population).
_CONTEXT_FREE = {"species"}
