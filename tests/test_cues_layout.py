"""Layout of the appraisal/facts/cues package: each module imports only the ones above it.

Reading order is dependency order: the shared strengths and markers, the cue tables (the study table in
contiguous pieces, then the timing, species, heterogeneity and context-word tables), the study table joined
again, the compiler that groups every table into gated regexes, the registry abbreviations, the context
patterns, and scan(). The order of cues inside a table decides which match wins at the same start, so the
tests below also pin the tables and the compiled groups to digests recorded before the package was split.
"""
from __future__ import annotations

import ast
import hashlib
from importlib import import_module
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[1]
_PACKAGE = _ROOT / "appraisal" / "facts" / "cues"
_CUES_LAYERS = ["markers", "blockers", "reviews", "allocation", "blinding", "control", "observational", "timing",
                "species", "heterogeneity", "context_words", "study", "grouping", "abbreviations", "context",
                "scanning"]
# The study table's pieces in the order study.py joins them: (module, variable, length, first and last pattern's start)
_STUDY_PIECES = [
    ("blockers", "_BLOCKER_CUES", 11, r"mendelian\s+randomi[sz]ation", r"(?:matching\s+)?placebos?\s+(?:matching|"),
    ("reviews", "_REVIEW_CUES", 18, r"(?:too\s+(?:[\w-]+\s+){0,3}?(?:for|to\s+",
     r"(?:generali[sz]\w*|extrapolat\w*)\s+to\s"),
    ("allocation", "_ALLOCATION_CUES", 12, r"(?:non|un|quasi)[- ]?randomi[sz]ed,?\s+(",
     r"sealed\s+(?:[\w-]+\s+){0,2}?envelopes|op"),
    ("blinding", "_BLINDING_CUES", 4, r"(?:double|triple|quadruple)[- ]?(?:blind", r"blind(?:ed|ing)?|mask(?:ed|ing)"),
    ("control", "_CONTROL_CUES", 38, r"(?:placebo|sham|vehicle|saline)[- ]contr",
     r"(?:pre[- ]?post|before[- ]and[- ]after|p"),
    ("observational", "_OBSERVATIONAL_CUES", 17, r"cohort\s+(?:study|studies|analysis|desig",
     r"(?:a|one)\s+single\s+case\b(?!\s+(?:of|i"),
]
# sha256 (first 16 hex digits) of repr(table), and of the compiled groups, taken from the single-file cues.py
_DIGESTS = {
    ("study", "_STUDY_CUES"): (100, "4f13e7669f26d7bb"),
    ("timing", "_TIMING_CUES"): (9, "47b6d738f1c7957e"),
    ("species", "_SPECIES_CUES"): (7, "b41b07e62af90c01"),
    ("heterogeneity", "_HETEROGENEITY_CUES"): (13, "91fcc9fb0d7b2226"),
    ("context_words", "_CONTEXT_CUES"): (6, "75cae6b06cfafe27"),
    ("abbreviations", "_ABBREVIATION_CUES"): (8, "52b4d31bee2ffce6"),
}
_GROUPS_DIGEST = (579, "5bc423f38aaf6042")
# every public name of the single-file module (and the gate helpers it imported), still `cues.<name>`
_PUBLIC = ["ALLOCATED", "CONTEXT_TABLE", "GENERIC_BLIND", "GENERIC_CONTROL", "GROUPS", "MIXED_CONTROL", "NEGATE",
           "NOT_PLACEBO", "SPECIES_TABLE", "STRONG", "WEAK", "Hit", "abbreviation_matches", "gate", "matches", "opens",
           "scan"]


def _module(name: str):
    return import_module(f"appraisal.facts.cues.{name}")


def _digest(value) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:16]


def _siblings(name: str) -> list[str]:
    tree = ast.parse((_PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
    return [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 1]


@pytest.mark.parametrize("k, name", list(enumerate(_CUES_LAYERS)))
def test_cues_modules_import_only_the_layers_above(k, name):
    siblings = _siblings(name)
    assert all(m in _CUES_LAYERS[:k] for m in siblings), (name, siblings)


def test_cues_modules_do_not_import_the_package_by_its_absolute_name():
    for name in _CUES_LAYERS + ["__init__"]:
        tree = ast.parse((_PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
        absolute = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 0
                    and (n.module or "").startswith("appraisal.facts.cues")]
        assert not absolute, (name, absolute)


def test_every_module_of_the_package_has_its_place_in_the_order_and_a_docstring():
    assert sorted(p.stem for p in _PACKAGE.glob("*.py") if p.stem != "__init__") == sorted(_CUES_LAYERS)
    assert not (_PACKAGE.parent / "cues.py").exists()
    for name in _CUES_LAYERS:
        assert ast.get_docstring(ast.parse((_PACKAGE / f"{name}.py").read_text(encoding="utf-8"))), name


def test_the_study_table_is_its_pieces_joined_in_order():
    joined = []
    for module, variable, length, first, last in _STUDY_PIECES:
        piece = getattr(_module(module), variable)
        assert (len(piece), piece[0][0][:len(first)], piece[-1][0][:len(last)]) == (length, first, last), module
        joined += piece
    study = _module("study")._STUDY_CUES
    assert study == joined
    assert all(a is b for a, b in zip(study, joined, strict=True))  # the very entries, not copies


@pytest.mark.parametrize("where, length, digest", [(k, *v) for k, v in _DIGESTS.items()])
def test_cue_tables_are_the_ones_of_the_single_file_module(where, length, digest):
    table = getattr(_module(where[0]), where[1])
    assert (len(table), _digest(table)) == (length, digest)


def test_compiled_groups_are_the_ones_of_the_single_file_module():
    from appraisal.facts.cues import GROUPS
    groups = [(g.key, g.regex.pattern, g.required, g.table, sorted(sorted(f) for f in g.gate),
               [(c.table, c.order, c.facts, c.fixed) for c in g.cues]) for g in GROUPS]
    assert (len(groups), _digest(groups)) == _GROUPS_DIGEST


def test_the_plain_rct_cue_is_found_by_identity():
    # scan() compares a cue's facts with `is`: the object must be the allocation piece's own
    scanning = _module("scanning")
    rct = [c for c in _module("allocation")._ALLOCATION_CUES if c[1] is scanning._RCT_FACTS]
    assert len(rct) == 1 and rct[0][0].startswith(r"\brcts?\b")


def test_public_names_are_reachable_from_the_package():
    from appraisal.facts import cues
    assert sorted(cues.__all__) == sorted(_PUBLIC)
    for name in _PUBLIC:
        assert getattr(cues, name) is not None, name
    assert callable(cues.scan) and cues.scan is _module("scanning").scan
    assert cues.Hit is _module("markers").Hit
    assert cues.GROUPS is _module("grouping").GROUPS


def test_the_gate_check_is_looked_up_in_grouping():
    # tests/test_extract_speed.py replaces cues.grouping.opens to run every group: that must reach matches()
    from appraisal.facts import cues
    from appraisal.facts.text import lower_text, word_keys

    assert cues.matches.__globals__ is vars(cues.grouping)
    low = lower_text("A randomised, double-blind, placebo-controlled trial in 40 adults.")
    saved = cues.grouping.opens
    cues.grouping.opens = lambda _gate, _keys: False
    try:
        shut = cues.matches(low, word_keys(low))
    finally:
        cues.grouping.opens = saved
    assert len(shut) < len(cues.matches(low, word_keys(low)))
