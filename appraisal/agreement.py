"""How far two independent reviewers agree: per criterion and for the grade.

Over the studies both reviewers have finished: the number of studies, percent agreement and
Cohen's kappa per criterion; for the grade also the linearly weighted kappa, since grades are
ordered (High > Moderate > ...) and High vs Moderate is a smaller disagreement than High vs Very
low. Kappa comes from statsmodels (`statsmodels.stats.inter_rater.cohens_kappa`), not from a
formula written here. Kappa is undefined (None) when chance agreement is already total, i.e. both
reviewers gave every study the same single level; percent agreement is then the figure to read.
"""
from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field
from statsmodels.stats.inter_rater import cohens_kappa

from .models import Appraisal, Override

GRADE = "grade"  # the item name of the grade row, next to the criterion ids


class AgreementRow(BaseModel):
    item: str  # criterion id, or GRADE
    name: str
    n: int  # studies both reviewers judged
    agreed: int
    percent_agreement: float | None  # 0-100
    kappa: float | None
    weighted_kappa: float | None = None  # linear weights in the rubric's grade order; grade row only


class Disagreement(BaseModel):
    study_id: int
    title: str
    item: str  # criterion id, or GRADE
    level_a: str
    level_b: str
    consensus: str | None = None  # the resolved level; for the grade, once every criterion is resolved


class AgreementReport(BaseModel):
    rubric_id: str
    rubric_version: str
    reviewer_a: str
    reviewer_b: str
    study_ids: list[int] = Field(default_factory=list)
    rows: list[AgreementRow] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)

    @property
    def n_studies(self) -> int:
        return len(self.study_ids)

    def row(self, item: str) -> AgreementRow:
        return next(r for r in self.rows if r.item == item)

    def table(self) -> pd.DataFrame:
        """One row per criterion and one for the grade, in the rubric's order."""
        columns = list(AgreementRow.model_fields)
        return pd.DataFrame([r.model_dump() for r in self.rows], columns=columns)

    def disagreements_table(self) -> pd.DataFrame:
        columns = list(Disagreement.model_fields)
        return pd.DataFrame([d.model_dump() for d in self.disagreements], columns=columns)

    @property
    def unresolved(self) -> list[Disagreement]:
        return [d for d in self.disagreements if d.consensus is None]


def kappa(levels_a: Sequence[str], levels_b: Sequence[str], categories: Sequence[str],
          weighted: bool = False) -> float | None:
    """Cohen's kappa of two raters' labels (linear weights over `categories` order if weighted)."""
    if len(levels_a) != len(levels_b):
        raise ValueError("both reviewers must rate the same studies")
    if not levels_a:
        return None
    order = list(dict.fromkeys([*categories, *sorted(set(levels_a) | set(levels_b) - set(categories))]))
    index = {c: i for i, c in enumerate(order)}
    table = np.zeros((len(order), len(order)))
    for x, y in zip(levels_a, levels_b):
        table[index[x], index[y]] += 1
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        value = cohens_kappa(table, wt="linear" if weighted else None, return_results=False)
    value = float(value)
    return value if math.isfinite(value) else None


def _row(item: str, name: str, a: list[str], b: list[str], categories: Sequence[str], weighted: bool) -> AgreementRow:
    agreed = sum(x == y for x, y in zip(a, b))
    return AgreementRow(
        item=item, name=name, n=len(a), agreed=agreed,
        percent_agreement=100 * agreed / len(a) if a else None,
        kappa=kappa(a, b, categories),
        weighted_kappa=kappa(a, b, categories, weighted=True) if weighted else None,
    )


def agreement_from_appraisals(a: dict[int, Appraisal], b: dict[int, Appraisal], rubric,
                              titles: dict[int, str] | None = None, reviewer_a: str = "A",
                              reviewer_b: str = "B", consensus: dict[int, dict[str, str]] | None = None
                              ) -> AgreementReport:
    """Agreement of two reviewers' appraisals (study id -> Appraisal) of the studies both made.

    `consensus` (study id -> criterion or GRADE -> level) fills in resolved disagreements.
    """
    titles, consensus = titles or {}, consensus or {}
    ids = sorted(set(a) & set(b))
    report = AgreementReport(rubric_id=rubric.id, rubric_version=rubric.version, reviewer_a=reviewer_a,
                             reviewer_b=reviewer_b, study_ids=ids)
    levels_a = {sid: {j.criterion: j.level for j in a[sid].judgements} for sid in ids}
    levels_b = {sid: {j.criterion: j.level for j in b[sid].judgements} for sid in ids}
    for criterion in rubric.criteria:
        both = [sid for sid in ids if criterion.id in levels_a[sid] and criterion.id in levels_b[sid]]
        la = [levels_a[sid][criterion.id] for sid in both]
        lb = [levels_b[sid][criterion.id] for sid in both]
        report.rows.append(_row(criterion.id, criterion.name, la, lb,
                                [lv.label for lv in criterion.levels], weighted=False))
        report.disagreements += [
            Disagreement(study_id=sid, title=titles.get(sid, ""), item=criterion.id, level_a=x, level_b=y,
                         consensus=consensus.get(sid, {}).get(criterion.id))
            for sid, x, y in zip(both, la, lb) if x != y]
    ga, gb = [a[sid].grade for sid in ids], [b[sid].grade for sid in ids]
    report.rows.append(_row(GRADE, "Grade", ga, gb, [band.grade for band in rubric.grading.bands], weighted=True))
    report.disagreements += [
        Disagreement(study_id=sid, title=titles.get(sid, ""), item=GRADE, level_a=x, level_b=y,
                     consensus=consensus.get(sid, {}).get(GRADE))
        for sid, x, y in zip(ids, ga, gb) if x != y]
    report.disagreements.sort(key=lambda d: (d.study_id, d.item == GRADE))
    return report


def consensus_overrides(overrides_a: Iterable[Override], overrides_b: Iterable[Override],
                        consensus: Iterable[Override]) -> list[Override]:
    """The overrides that make a study's consensus appraisal (for the consensus export).

    A consensus judgement where one was recorded; else a level both reviewers set alike. Where
    neither overrode, both kept the automatic level. An unresolved disagreement gets no override,
    so it shows the automatic level (the report lists it as unresolved).
    """
    decided = {o.criterion: o for o in consensus}
    by_b = {o.criterion: o for o in overrides_b}
    out = list(decided.values())
    for o in overrides_a:
        other = by_b.get(o.criterion)
        if o.criterion not in decided and other is not None and other.level == o.level:
            out.append(o)
    return out


Appraiser = Callable[..., tuple]  # appraise_study(study, rubric, overrides, reviewer) -> (Facts, Appraisal)


def agreement(store, rubric, reviewer_a: str, reviewer_b: str, appraise: Appraiser | None = None) -> AgreementReport:
    """Agreement over the studies both reviewers finished, each with their own overrides applied."""
    if appraise is None:
        from .pipeline import appraise_study as appraise
    ids = store.finished_by_both(reviewer_a, reviewer_b, rubric.id)
    stored = {s.id: s for s in store.studies(ids)}
    over_a = store.all_overrides(reviewer_a, rubric.id)
    over_b = store.all_overrides(reviewer_b, rubric.id)
    decided = store.all_consensus(rubric.id)
    a, b, titles, consensus = {}, {}, {}, {}
    for sid in ids:
        study = stored[sid].study
        titles[sid] = study.title or study.source
        a[sid] = appraise(study, rubric, over_a.get(sid, []), reviewer_a)[1]
        b[sid] = appraise(study, rubric, over_b.get(sid, []), reviewer_b)[1]
        consensus[sid] = {o.criterion: o.level for o in decided.get(sid, [])}
    report = agreement_from_appraisals(a, b, rubric, titles, reviewer_a, reviewer_b, consensus)
    # a grade disagreement is resolved once every criterion disagreement of its study is
    for d in report.disagreements:
        if d.item == GRADE and not any(x.study_id == d.study_id and x.item != GRADE and x.consensus is None
                                       for x in report.disagreements):
            overrides = consensus_overrides(over_a.get(d.study_id, []), over_b.get(d.study_id, []),
                                            decided.get(d.study_id, []))
            d.consensus = appraise(stored[d.study_id].study, rubric, overrides, "consensus")[1].grade
    return report
