"""Loading and validating rubric files: the shipped ones load, malformed ones are named precisely."""
import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appraisal.errors import AppraisalError, RubricError
from appraisal.rubric import (
    RUBRIC_DIR, Rubric, available_rubrics, default_rubric, load_rubric, parse_rubric,
)

# A small valid rubric; each bad case below breaks it with one text replacement.
TINY = '''
id = "tiny"
name = "Tiny"
version = "1"
description = "Two criteria, for tests."

[grading]
basis = "total"

[[grading.bands]]
grade = "Good"
min = 3

[[grading.bands]]
grade = "Fair"
min = 1

[[grading.bands]]
grade = "Poor"

[[criteria]]
id = "design"
name = "Design"
description = "What kind of study."

[[criteria.levels]]
label = "Randomized"
score = 2
when = { design = ["rct", "meta-analysis"], randomized = true }
rationale = "Design is {design}, randomized = {randomized}"

[[criteria.levels]]
label = "Other known design"
score = 1
when = { design = { not = ["case-report"] } }
rationale = "Design is {design}"

[[criteria.levels]]
label = "Not reported"
score = 0
not_reported = true
rationale = "Design not reported"

[[criteria]]
id = "size"
name = "Sample size"

[[criteria.levels]]
label = "Large"
score = 2
when = { n = { min = 100, max = 100000 } }
rationale = "n = {n}"

[[criteria.levels]]
label = "Small"
score = -1
when = { n = { known = true } }
rationale = "n = {n}"

[[criteria.levels]]
label = "Not reported"
score = -1
not_reported = true
rationale = "n not reported"
'''

RCT_LEVEL = '''when = { design = ["rct", "meta-analysis"], randomized = true }'''
NR_DESIGN = '''label = "Not reported"
score = 0
not_reported = true'''


def write(tmp_path, text, name="bad.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the shipped rubrics -------------------------------------------------------------------------

def test_shipped_rubrics_are_found_and_load():
    paths = available_rubrics()
    assert {p.name for p in paths} >= {"grade.toml", "points.toml"}
    for path in paths:
        rubric = load_rubric(path)
        assert rubric.source == str(path)
        assert rubric.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_grade_rubric_shape():
    rubric = default_rubric()
    assert rubric is default_rubric()  # cached
    assert rubric.id == "grade" and rubric.grading.basis == "total"
    assert [c.id for c in rubric.criteria] == ["design", "control", "blinding", "sample_size", "heterogeneity"]
    assert [b.grade for b in rubric.grading.bands] == ["High", "Moderate", "Low", "Very low"]
    assert rubric.max_total() == 4 and rubric.min_total() == -6
    assert rubric.criterion("design").levels[0].label == "Preclinical"
    assert rubric.criterion("design").facts() == ["species", "design", "randomized"]


def test_points_rubric_shape():
    rubric = load_rubric(RUBRIC_DIR / "points.toml")
    assert rubric.id == "points" and rubric.grading.basis == "percent"
    assert len(rubric.criteria) == 7
    for criterion in rubric.criteria:
        assert criterion.max_score() == 4 and criterion.min_score() == 0
    assert rubric.max_total() == 28 and rubric.min_total() == 0


def test_ref_traces_the_exact_file():
    rubric = default_rubric()
    ref = rubric.ref
    assert (ref.id, ref.version, ref.sha256) == (rubric.id, rubric.version, rubric.sha256)
    edited = parse_rubric((RUBRIC_DIR / "grade.toml").read_text() + "\n# edited\n", "grade-edited.toml")
    assert edited.ref.sha256 != ref.sha256


def test_parse_rubric_accepts_text_and_bytes_alike():
    from_text = parse_rubric(TINY, "upload.toml")
    from_bytes = parse_rubric(TINY.encode(), "upload.toml")
    assert isinstance(from_text, Rubric)
    assert from_text.sha256 == from_bytes.sha256 == hashlib.sha256(TINY.encode()).hexdigest()
    assert from_text.max_total() == 4 and from_text.min_total() == -1


def test_unknown_criterion_lookup_names_the_choices():
    with pytest.raises(AppraisalError, match="no criterion 'dsign'.*design, size"):
        parse_rubric(TINY, "t.toml").criterion("dsign")


# --- malformed rubrics ---------------------------------------------------------------------------

BAD = {
    "unknown fact": (RCT_LEVEL, 'when = { desgn = "rct" }', "design", "levels[0].when.desgn", "unknown fact 'desgn'"),
    "enum typo": (RCT_LEVEL, 'when = { design = "rtc" }', "design", "levels[0].when.design",
                  "'rtc' is not one of"),
    "enum typo in a list": (RCT_LEVEL, 'when = { design = ["rct", "rtc"] }', "design",
                            "levels[0].when.design[1]", "'rtc' is not one of"),
    "enum typo in not": ('not = ["case-report"]', 'not = ["case-reprot"]', "design", "levels[1].when.design.not[0]",
                         "'case-reprot' is not one of"),
    "string for a boolean": ("randomized = true", 'randomized = "yes"', "design", "levels[0].when.randomized",
                             "not a boolean"),
    "string for a number": ("min = 100,", 'min = "100",', "size", "levels[0].when.n.min", "not a number"),
    "number equals string": ("n = { known = true }", 'n = "many"', "size", "levels[1].when.n", "not a number"),
    "range on a word fact": ('design = { not = ["case-report"] }', "design = { min = 2 }", "design",
                             "levels[1].when.design.min", "only to numeric facts"),
    "min above max": ("max = 100000", "max = 10", "size", "levels[0].when.n", "greater than max"),
    "unknown condition": ("n = { known = true }", "n = { minimum = 3 }", "size", "levels[1].when.n.minimum",
                          "unknown condition 'minimum'"),
    "level without label": ('label = "Randomized"\n', "", "design", "levels[0].label", "Field required"),
    "level without score": ("score = 2\nwhen = { design", "when = { design", "design", "levels[0].score",
                            "Field required"),
    "score of wrong type": ("score = 2\n", 'score = "high"\n', "design", "levels[0].score", "valid number"),
    "misspelt key": ("score = 2\n", "scroe = 2\n", "design", "levels[0].scroe", "unknown key 'scroe' (and 1 more"),
    "unknown placeholder": ("Design is {design}, randomized", "Design is {dsign}, randomized", "design",
                            "levels[0].rationale", "unknown placeholder {dsign}"),
    "formatted placeholder": ('rationale = "n = {n}"\n\n[[criteria.levels]]\nlabel = "Small"',
                              'rationale = "n = {n:.2f}"\n\n[[criteria.levels]]\nlabel = "Small"',
                              "size", "levels[0].rationale", "must be plain"),
    "no not_reported level": (NR_DESIGN, NR_DESIGN.replace("not_reported = true", "when = { design = { known = false } }"),
                              "design", "levels", "exactly one level must have not_reported = true (found none)"),
    "two not_reported levels": (NR_DESIGN, NR_DESIGN + '\nrationale = "x"\n\n[[criteria.levels]]\nlabel = "Unclear"\n'
                                'score = 0\nnot_reported = true', "design", "levels", "(found levels[2], levels[3])"),
    "not_reported with a condition": (NR_DESIGN, NR_DESIGN + "\nwhen = { design = { known = false } }", "design",
                                      "levels[2].when", "must have no 'when'"),
    "empty when": ('when = { n = { known = true } }', "when = {}", "size", "levels[1].when", "matches every study"),
    "duplicate criterion id": ('id = "size"', 'id = "design"', "design", "criteria[1].id",
                               "duplicate criterion id 'design'"),
    "duplicate level label": ('label = "Small"', 'label = "Large"', "size", "levels[1].label",
                              "duplicate level label 'Large'"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_malformed_rubric_names_file_criterion_and_field(tmp_path, case):
    old, new, criterion, field, reason = BAD[case]
    assert TINY.count(old) >= 1, "the case must change the valid rubric"
    path = write(tmp_path, TINY.replace(old, new, 1))
    with pytest.raises(RubricError) as info:
        load_rubric(path)
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert f"criterion '{criterion}'" in message, message
    assert f"field '{field}" in message, message
    assert reason in message, message
    assert info.value.file == str(path) and info.value.criterion == criterion


def test_the_unmodified_tiny_rubric_is_valid(tmp_path):
    assert load_rubric(write(tmp_path, TINY, "good.toml")).id == "tiny"


def test_enum_typo_message_lists_the_vocabulary(tmp_path):
    path = write(tmp_path, TINY.replace(RCT_LEVEL, 'when = { design = "rtc" }'))
    with pytest.raises(RubricError, match="meta-analysis.*rct.*systematic-review"):
        load_rubric(path)


@pytest.mark.parametrize("old, new, field, reason", [
    ("min = 1\n", "min = 5\n", "grading.bands[1].min", "ordered from highest min to lowest"),
    ('grade = "Fair"\nmin = 1\n', 'grade = "Fair"\n', "grading.bands[1].min", "only the last band may omit min"),
    ('grade = "Poor"\n', 'grade = "Poor"\nmin = 0\n', "grading.bands[2].min", "cover the lowest possible value"),
    ('grade = "Fair"', 'grade = "Good"', "grading.bands[1].grade", "duplicate grade 'Good'"),
    ('basis = "total"', 'basis = "sum"', "grading.basis", "'total' or 'percent'"),
])
def test_bad_grading_names_the_field(tmp_path, old, new, field, reason):
    path = write(tmp_path, TINY.replace(old, new, 1))
    with pytest.raises(RubricError) as info:
        load_rubric(path)
    message = str(info.value)
    assert message.startswith(str(path)) and f"field '{field}'" in message and reason in message, message
    assert info.value.criterion is None


def test_toml_syntax_error_names_file_and_line(tmp_path):
    path = write(tmp_path, TINY.replace('name = "Design"', 'name = "Design'))
    with pytest.raises(RubricError) as info:
        load_rubric(path)
    line = TINY.splitlines().index('name = "Design"') + 1
    assert str(info.value).startswith(str(path)) and f"line {line}" in str(info.value)


def test_wrong_top_level_type_and_missing_fields(tmp_path):
    with pytest.raises(RubricError, match=r"field 'version': Input should be a valid string \(got 1\)"):
        parse_rubric(TINY.replace('version = "1"', "version = 1"), "t.toml")
    with pytest.raises(RubricError, match=r"t.toml, field 'criteria': Field required"):
        parse_rubric(TINY[: TINY.index("[[criteria]]")], "t.toml")


def test_criterion_without_id_is_named_by_position():
    with pytest.raises(RubricError, match=r"criterion '#2', field 'id': Field required"):
        parse_rubric(TINY.replace('id = "size"\n', ""), "t.toml")


def test_loader_fields_cannot_be_set_by_the_file():
    with pytest.raises(RubricError, match="field 'sha256'"):
        parse_rubric('sha256 = "0000"\n' + TINY, "t.toml")


def test_unreadable_and_non_utf8_files_are_rubric_errors(tmp_path):
    with pytest.raises(RubricError, match="missing.toml: cannot read"):
        load_rubric(tmp_path / "missing.toml")
    with pytest.raises(RubricError, match="not UTF-8"):
        parse_rubric(b"id = \"\xff\"", "latin.toml")


def test_percent_basis_needs_a_positive_maximum():
    text = TINY.replace('basis = "total"', 'basis = "percent"').replace("score = 2", "score = 0")
    text = text.replace("score = 1\n", "score = 0\n")
    with pytest.raises(RubricError, match="field 'grading.basis'"):
        parse_rubric(text, "t.toml")


# --- whatever is uploaded, the only failure is a RubricError --------------------------------------

TINY_LINES = TINY.splitlines()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, len(TINY_LINES) - 1), max_size=4), st.text(max_size=30))
def test_damaged_rubrics_fail_only_with_rubric_error(dropped, inserted):
    lines = [line for i, line in enumerate(TINY_LINES) if i not in set(dropped)]
    lines.insert(len(lines) // 2, inserted)
    try:
        rubric = parse_rubric("\n".join(lines), "upload.toml")
    except RubricError as error:
        assert str(error).startswith("upload.toml")
    else:
        assert rubric.min_total() <= rubric.max_total()
