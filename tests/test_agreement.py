"""Agreement statistics checked on published worked examples, and the Agreement report over a store."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from appraisal.agreement import GRADE, agreement, agreement_from_appraisals, consensus_overrides, kappa
from appraisal.models import Appraisal, Judgement, Override, RubricRef

try:
    from store_fixtures import store, store_url  # noqa: F401
except ImportError:  # tests/ became a package
    from tests.store_fixtures import store, store_url  # noqa: F401

DATA = Path(__file__).resolve().parent.parent / "data"
REF = RubricRef(id="toy", version="1", sha256="0" * 64)
TOY = SimpleNamespace(  # only what the agreement reads from a Rubric
    id="toy", version="1",
    criteria=[SimpleNamespace(id="randomized", name="Randomized",
                              levels=[SimpleNamespace(label="yes"), SimpleNamespace(label="no")])],
    grading=SimpleNamespace(bands=[SimpleNamespace(grade=g) for g in ("High", "Moderate", "Low")]),
)


def appraisal(level: str, grade: str) -> Appraisal:
    return Appraisal(source="s", total=0, grade=grade, rubric=REF,
                     judgements=[Judgement(criterion="randomized", level=level, score=0, rationale="r")])


def pairs(counts: dict[tuple[str, str], int]) -> tuple[list[str], list[str]]:
    a, b = [], []
    for (x, y), n in counts.items():
        a += [x] * n
        b += [y] * n
    return a, b


# -- published worked examples -------------------------------------------------------------------
def test_wikipedia_worked_example_kappa_is_0_4():
    # Wikipedia "Cohen's kappa", worked example: 50 proposals, both yes 20, both no 15, A yes/B no 5,
    # A no/B yes 10. p_o = 0.7, p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5, kappa = (0.7 - 0.5) / 0.5 = 0.4.
    a, b = pairs({("yes", "yes"): 20, ("yes", "no"): 5, ("no", "yes"): 10, ("no", "no"): 15})
    appraisals_a = {i: appraisal(x, "High") for i, x in enumerate(a)}
    appraisals_b = {i: appraisal(y, "High") for i, y in enumerate(b)}
    report = agreement_from_appraisals(appraisals_a, appraisals_b, TOY, reviewer_a="A", reviewer_b="B")
    row = report.row("randomized")
    assert (row.n, row.agreed) == (50, 35)
    assert row.percent_agreement == pytest.approx(70.0)
    assert row.kappa == pytest.approx(0.4)
    assert len([d for d in report.disagreements if d.item == "randomized"]) == 15


@pytest.mark.parametrize("counts, expected", [
    # Wikipedia, "same percent agreement, different kappa": both tables agree on 60 of 100 items.
    # 45/15/25/15: p_e = .6 * .7 + .4 * .3 = .54 -> (.6 - .54) / .46 = 0.1304
    ({("yes", "yes"): 45, ("yes", "no"): 15, ("no", "yes"): 25, ("no", "no"): 15}, 0.1304),
    # 25/35/5/35: p_e = .6 * .3 + .4 * .7 = .46 -> (.6 - .46) / .54 = 0.2593
    ({("yes", "yes"): 25, ("yes", "no"): 35, ("no", "yes"): 5, ("no", "no"): 35}, 0.2593),
])
def test_same_agreement_different_kappa(counts, expected):
    a, b = pairs(counts)
    assert kappa(a, b, ["yes", "no"]) == pytest.approx(expected, abs=1e-4)


def test_weighted_kappa_of_the_grade_in_band_order_matches_a_hand_computation():
    # Grades of 20 studies, A in rows, B in columns, order High, Moderate, Low:
    #   [[5, 1, 0], [2, 4, 1], [0, 1, 6]]; row totals 6, 7, 7; column totals 7, 6, 7.
    # Linear disagreement weights |i - j|: observed = (1 + 2 + 1 + 1) / 20 = 0.25;
    # expected = (1*6*6 + 2*6*7 + 1*7*7 + 1*7*7 + 2*7*7 + 1*7*6) / 400 = 358 / 400 = 0.895;
    # weighted kappa = 1 - 0.25 / 0.895 = 0.72067.
    # Unweighted: p_o = 15/20 = .75, p_e = (6*7 + 7*6 + 7*7) / 400 = .3325 -> .4175 / .6675 = 0.62547.
    grades = ["High", "Moderate", "Low"]
    table = [[5, 1, 0], [2, 4, 1], [0, 1, 6]]
    a, b = pairs({(grades[i], grades[j]): table[i][j] for i in range(3) for j in range(3)})
    report = agreement_from_appraisals({i: appraisal("yes", g) for i, g in enumerate(a)},
                                       {i: appraisal("yes", g) for i, g in enumerate(b)}, TOY)
    row = report.row(GRADE)
    assert row.weighted_kappa == pytest.approx(0.72067, abs=1e-5)
    assert row.kappa == pytest.approx(0.62547, abs=1e-5)
    assert row.percent_agreement == pytest.approx(75.0)
    # the order matters: alphabetical order would put Low between High and Moderate
    assert kappa(a, b, sorted(grades), weighted=True) != pytest.approx(0.72067, abs=1e-3)
    assert [(d.level_a, d.level_b) for d in report.disagreements if d.item == GRADE].count(("Moderate", "High")) == 2


def test_kappa_is_undefined_not_a_number_when_everyone_gives_one_level():
    report = agreement_from_appraisals({1: appraisal("yes", "High"), 2: appraisal("yes", "High")},
                                       {1: appraisal("yes", "High"), 2: appraisal("yes", "High")}, TOY)
    for row in report.rows:
        assert row.percent_agreement == 100.0 and row.kappa is None
    assert report.disagreements == []


def test_only_studies_both_reviewed_count_and_the_table_has_every_item():
    report = agreement_from_appraisals({1: appraisal("yes", "High"), 2: appraisal("no", "Low")},
                                       {2: appraisal("yes", "Low"), 3: appraisal("no", "Low")}, TOY,
                                       titles={2: "Two"})
    assert report.study_ids == [2]
    table = report.table()
    assert list(table["item"]) == ["randomized", GRADE]
    assert list(table["n"]) == [1, 1]
    [d] = report.disagreements
    assert (d.study_id, d.title, d.item, d.level_a, d.level_b, d.consensus) == (2, "Two", "randomized", "no", "yes", None)
    assert len(report.disagreements_table()) == 1


def test_consensus_overrides_take_decisions_then_shared_overrides():
    o = lambda c, lv, who: Override(criterion=c, level=lv, reason="r", reviewer=who)  # noqa: E731
    a = [o("design", "X", "a"), o("control", "Y", "a"), o("n", "Z", "a")]
    b = [o("design", "X", "b"), o("control", "W", "b")]
    got = consensus_overrides(a, b, [o("control", "W", "a")])
    assert sorted((x.criterion, x.level) for x in got) == [("control", "W"), ("design", "X")]


# -- the Agreement page's data over a real store -------------------------------------------------------
def test_agreement_over_the_store_uses_both_finished_studies_and_consensus(store):
    from appraisal.readers import read_path
    from appraisal.rubric import default_rubric

    rubric = default_rubric()
    paths = sorted(DATA.glob("*.txt"))[:4]
    ids = [store.add_study(read_path(p)[0])[0] for p in paths]
    # study 1 is randomized by the engine (grade High); bob says observational, alice agrees with the engine
    store.set_override(ids[1], "bob", rubric.ref, "design", "Randomized evidence", "Observational",
                       "allocation by ward, not random", 0)
    store.set_override(ids[3], "bob", rubric.ref, "design", "Randomized evidence", "Observational", "x", 0)
    for sid in ids[:3]:
        store.set_finished(sid, "alice", rubric.id)
        store.set_finished(sid, "bob", rubric.id)
    store.set_finished(ids[3], "alice", rubric.id)  # bob has not finished study 3: not counted

    report = agreement(store, rubric, "alice", "bob")
    assert report.study_ids == ids[:3]
    design = report.row("design")
    assert (design.n, design.agreed) == (3, 2)
    assert [r.item for r in report.rows] == [c.id for c in rubric.criteria] + [GRADE]
    assert report.row("control").percent_agreement == 100.0
    items = {(d.study_id, d.item): d for d in report.disagreements}
    assert set(items) == {(ids[1], "design"), (ids[1], GRADE)}
    assert (items[ids[1], "design"].level_a, items[ids[1], "design"].level_b) == ("Randomized evidence", "Observational")
    assert items[ids[1], GRADE].level_a == "High" and items[ids[1], GRADE].level_b != "High"
    assert len(report.unresolved) == 2

    store.set_consensus(ids[1], rubric.ref, "design", "Randomized evidence", "the methods section says randomised",
                        "alice", from_level="Randomized evidence / Observational")
    report = agreement(store, rubric, "alice", "bob")
    items = {(d.study_id, d.item): d for d in report.disagreements}
    assert items[ids[1], "design"].consensus == "Randomized evidence"
    assert items[ids[1], GRADE].consensus == "High"  # the grade follows the resolved criteria
    assert report.unresolved == []
