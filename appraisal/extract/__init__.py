"""Study -> Facts: the quality-deciding facts, each with the sentence that decided it.

The rules, in the reviewer's terms:
- Methods speaks for the study; then the header line, Key Finding, results, Limitations, title,
  Clinical Significance; Background last (it mostly describes other studies).
- A negation in Limitations ("No randomized control group") corrects a positive elsewhere, but
  only for that fact.
- Words about other or future studies ("larger RCTs are needed") decide nothing.
- MEDLINE indexing decides design when it is specific (Randomized Controlled Trial,
  Meta-Analysis, ...); the text decides numbers. Disagreements are recorded in `conflicts`.
- A fact without a quote from the text stays unknown.
- A review named in the title outranks the trials its Methods count ("Pooled 13 randomized trials");
  a review whose studies are "of mixed design" is not randomised and has no single comparator.
- A comparison group described without the word "control" ("given plain water", "started tirzepatide
  or semaglutide") is one; "No comparison group" with no design named is a case series.
- A dose comparison or "A, B, or both" has an active comparator; "added to X versus X alone" is usual
  care; a non-randomised study compared only with its own pre-treatment values is a case series.
- Uncounted "randomized trials" outside a review's pooling sentence are other studies (noted as a
  conflict for an observational design); groups compared after the fact ("We reviewed the records")
  are a cohort however concurrent; a historical comparison group outranks standard care given to both.
- A cohort that sets the exposed against never-users, non-users or the unvaccinated (in its prose or
  its results table's columns) has a no-treatment comparison; exposure thirds or quintiles do not.
- A trial in people that gives its treatment is prospective, randomised or not; a review whose trials
  are "randomised or not" is not randomised evidence as a whole.
- A document that calls itself a narrative or literature review is one, whatever trials it names;
  in a review, words about one included study ("only one human study, uncontrolled") decide nothing.
- Masking is also said without "blind" ("neither participants nor staff knew which drink").
- Observational studies give no placebo, and surveys and case-control studies compare no care;
  a group "who did not ..." or "were untreated" that served as the comparison is no-treatment.
- The rules each development round added, in the same words, are listed in `appraisal/extract/rules.md`;
  their tests (tests/test_extract.py, tests/test_extract_devsetN.py) hold an example and a near miss for each.
"""
from __future__ import annotations

from appraisal.learned import decide, enabled
from appraisal.models import Facts, Study
from .builder import _Builder

__all__ = ["extract_facts"]


def extract_facts(study: Study, learned: bool | None = None) -> Facts:
    """The quality-deciding facts of one study, each backed by an exact quote from study.text.

    The rules decide; then, for design and control, the learned reader (appraisal.learned) fills in a
    fact the rules left unknown or overrides them when confident (p >= 0.9), with its own quote and a
    note in `conflicts`. `learned=False` (or the environment variable APPRAISAL_LEARNED=0) gives the
    rules alone; None follows the environment (on by default)."""
    builder = _Builder(study)
    facts = builder.build()
    if not (enabled() if learned is None else learned):
        return facts
    decisions = decide(facts, study)
    return builder.revise(decisions) if decisions else facts
